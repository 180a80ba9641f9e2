package csp.enrollment.intake.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import csp.enrollment.intake.privacy.BankDetailsVault;
import csp.enrollment.intake.status.StatusHistory;
import csp.enrollment.work.Reservation;
import csp.enrollment.work.WorkQueue;

/**
 * Erases the personal data of an enrollment in a final status (docs/personal-data.md):
 * deletes its data key, so its sealed bank details can never be read again, anonymises
 * intake's document in one write, and has {@code PersonalDataErased} published through
 * the same kind of outbox as the submit, so the other services erase theirs. A repeated
 * request changes nothing and announces nothing new.
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final Enrollments enrollments;

    private final BankDetailsVault vault;

    private final WorkQueue work;

    private final Clock clock;

    PersonalDataErasure(Enrollments enrollments, BankDetailsVault vault, WorkQueue work, Clock clock) {
        this.enrollments = enrollments;
        this.vault = vault;
        this.work = work;
        this.clock = clock;
    }

    public ErasureOutcome erase(String enrollmentId, String requestedBy) {
        var stored = enrollments.findById(enrollmentId);
        if (stored.isEmpty()) {
            return ErasureOutcome.NOT_FOUND;
        }
        if (stored.get().erasure() != null) {
            return ErasureOutcome.ERASED;
        }
        var status = new StatusHistory(stored.get().history()).current();
        if (status == null || !status.isFinal()) {
            return ErasureOutcome.NOT_FINAL;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var erasure = new EnrollmentDocument.Erasure(UUID.randomUUID().toString(), now, requestedBy, false, null);
        // The ticket first: if this instance dies after the write, the sweep still
        // announces the erasure.
        Reservation announcement = work.reserve(ErasedEventPublishing.KIND, List.of(enrollmentId));
        try {
            vault.shred(enrollmentId);
            if (enrollments.erase(enrollmentId, erasure)) {
                log.info("Enrollment {}: personal data erased at the request of {}", enrollmentId, requestedBy);
            }
        }
        finally {
            // also when another request erased it first: the handler then announces the
            // stored erasure once
            work.start(announcement);
        }
        return ErasureOutcome.ERASED;
    }

}
