package csp.enrollment.creditcheck.check;

import csp.enrollment.work.Reservation;
import csp.enrollment.work.WorkQueue;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one entry point of the credit check: stores requests and starts them at once
 * ({@link AskBureau} does the work), and answers what operators ask. Keeps nothing in
 * memory between calls.
 */
@Service
public class CreditCheckManagement {

    private static final Logger log = LoggerFactory.getLogger(CreditCheckManagement.class);

    private final CreditChecks checks;

    private final WorkQueue work;

    private final CreditCheckSettings settings;

    private final PersonalDataErasure erasure;

    private final Clock clock;

    CreditCheckManagement(CreditChecks checks, WorkQueue work, CreditCheckSettings settings,
            PersonalDataErasure erasure, Clock clock) {
        this.erasure = erasure;
        this.checks = checks;
        this.work = work;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores a check for a verified direct bill partner, starts it and returns at once:
     * the bureau is asked off the caller's thread. An indirect reseller is ignored (its
     * provider sets its credit terms), and a request for an enrollment that already has a
     * check (a redelivered event) changes nothing: the stored check's decision is
     * published, with the same event id, whenever it is made. A request for an enrollment
     * whose personal data was erased is dropped: it would store the partner again.
     * @return whether a new check was stored
     */
    public boolean request(CreditCheckRequest request) {
        if (!request.requiresCreditCheck()) {
            log.debug("No credit check for indirect reseller enrollment {}", request.enrollmentId());
            return false;
        }
        if (erasure.isErased(request.enrollmentId())) {
            log.info("Event {} arrived after the personal data of enrollment {} was erased: no credit check",
                    request.cause().eventId(), request.enrollmentId());
            return false;
        }
        CreditCheck check = CreditCheck.requested(request, clock.instant());
        List<String> id = List.of(check.enrollmentId());
        // Tickets first: a crash before the insert leaves a ticket with nothing to do,
        // one after it
        // leaves a ticket the sweep hands out again; no check is ever stored without one.
        Reservation askBureau = work.reserve(CreditCheckWork.ASK_BUREAU, id);
        work.schedule(CreditCheckWork.REPORT_OVERDUE,
                Map.of(check.enrollmentId(), check.requestedAt().plus(settings.overdueAfter())));
        boolean stored = checks.insert(check);
        if (stored && erasure.isErased(check.enrollmentId())) {
            // the erasure came in between the check above and the insert: it may not have
            // seen this check
            erasure.erase(check.enrollmentId());
        }
        // Also for a redelivered event: the handler finds the stored check and does only
        // what is left.
        work.start(askBureau);
        if (stored) {
            log.info("Credit check requested for enrollment {}", request.enrollmentId());
        }
        else {
            log.info("Enrollment {} already has a credit check; event {} ignored", request.enrollmentId(),
                    request.cause().eventId());
        }
        return stored;
    }

    public Optional<CreditCheck> find(String enrollmentId) {
        return checks.find(enrollmentId);
    }

    /**
     * Checks still undecided {@code credit-check.overdue-after} after they were
     * requested, oldest first.
     */
    public List<CreditCheck> overdue(int limit) {
        return checks.undecidedSince(clock.instant().minus(settings.overdueAfter()), limit);
    }

    /**
     * Whether {@code check} is still undecided {@code credit-check.overdue-after} after
     * it was requested.
     */
    public boolean isOverdue(CreditCheck check) {
        return check.isOverdue(clock.instant(), settings.overdueAfter());
    }

    /** Checks in {@code state} (all when null), oldest first. */
    public List<CreditCheck> list(CreditCheckState state, int limit) {
        return checks.inState(state, limit);
    }

}
