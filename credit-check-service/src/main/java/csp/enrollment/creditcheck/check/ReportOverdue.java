package csp.enrollment.creditcheck.check;

import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkLogContext;
import csp.enrollment.work.WorkResults;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reports a check still undecided {@code credit-check.overdue-after} after it was
 * requested, once across all instances: a durable timer stored with the check, so no
 * sweep looks at the checks that are not overdue. A check decided by then makes the timer
 * do nothing.
 */
@Component
class ReportOverdue implements WorkHandler {

    private static final Logger log = LoggerFactory.getLogger(ReportOverdue.class);

    private final CreditChecks checks;

    private final CreditCheckSettings settings;

    private final Clock clock;

    ReportOverdue(CreditChecks checks, CreditCheckSettings settings, Clock clock) {
        this.checks = checks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public WorkKind kind() {
        return CreditCheckWork.REPORT_OVERDUE;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        WorkResults results = new WorkResults();
        Instant now = clock.instant();
        Map<String, CreditCheck> stored = checks.findAll(items.stream().map(PendingWork::ref).toList());
        for (PendingWork item : items) {
            CreditCheck check = stored.get(item.ref());
            if (check != null && check.overdueReportedAt().isEmpty() && check.decision().isEmpty()) {
                if (!check.isOverdue(now, settings.overdueAfter())) {
                    // handed out early (another instance's clock): due when the stored
                    // check becomes overdue
                    results.retryAt(item.ref(), check.requestedAt().plus(settings.overdueAfter()), "not overdue yet");
                    continue;
                }
                if (checks.markOverdueReported(check.enrollmentId(), now)) {
                    try (var context = WorkLogContext.of(item)) {
                        log.warn("Credit check for enrollment {} is overdue: requested {}, still {} after {} attempts",
                                check.enrollmentId(), check.requestedAt(), check.state(), check.attemptCount());
                    }
                }
            }
            results.done(item.ref());
        }
        return results;
    }

}
