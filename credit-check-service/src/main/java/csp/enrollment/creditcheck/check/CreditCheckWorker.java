package csp.enrollment.creditcheck.check;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works stored checks in the background, so a listener never waits on the bureau: asks the
 * bureau about due checks, re-publishes decisions whose event is not out, reports overdue checks.
 */
@Component
class CreditCheckWorker {

    private final CreditCheckManagement management;

    CreditCheckWorker(CreditCheckManagement management) {
        this.management = management;
    }

    @Scheduled(fixedDelayString = "${credit-check.worker.poll-interval:1s}")
    void run() {
        management.workDueChecks();
        management.publishPendingDecisions();
        management.reportOverdueChecks();
    }
}
