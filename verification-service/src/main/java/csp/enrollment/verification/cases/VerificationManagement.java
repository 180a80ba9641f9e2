package csp.enrollment.verification.cases;

import csp.enrollment.verification.profile.ProfileVerification;
import csp.enrollment.work.Reservation;
import csp.enrollment.work.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Verifies submitted enrollments, following the pipeline's processing rule: a new
 * submission is verified and stored with its input event id in one insert, then its
 * output event is published at once, off the listener's thread; a submission already
 * applied changes nothing, only its stored output is published if it is not out yet. The
 * {@link OutcomePublishing} ticket is written before the case, so a crash in between
 * loses nothing.
 */
@Service
public class VerificationManagement {

    private static final Logger log = LoggerFactory.getLogger(VerificationManagement.class);

    private final ProfileVerification verification;

    private final Verifications verifications;

    private final WorkQueue work;

    private final PersonalDataErasure erasure;

    private final Clock clock;

    VerificationManagement(ProfileVerification verification, Verifications verifications, WorkQueue work,
            PersonalDataErasure erasure, Clock clock) {
        this.erasure = erasure;
        this.verification = verification;
        this.verifications = verifications;
        this.work = work;
        this.clock = clock;
    }

    /**
     * Inserts first and reads the stored case only when the enrollment has one already (a
     * redelivery, or another instance won the race): a new submission costs no read of
     * its case, a redelivery only a verdict thrown away. A submission of an enrollment
     * whose personal data was erased is dropped: it would store the partner again.
     * @return the case, empty when the submission was dropped for an erased enrollment
     */
    public Optional<VerificationCase> verify(Submission submission) {
        if (erasure.isErased(submission.enrollmentId())) {
            log.info("Event {} arrived after the personal data of enrollment {} was erased: not verified",
                    submission.eventId(), submission.enrollmentId());
            return Optional.empty();
        }
        VerificationCase opened = VerificationCase.open(submission,
                verification.verify(submission.enrollmentId(), submission.profile()), now());
        // Empty when the enrollment has a ticket already (its holder publishes); else it
        // also re-publishes a
        // stored outcome a crash left unpublished, with the same id.
        Reservation publication = work.reserve(OutcomePublishing.KIND, List.of(opened.id()));
        try {
            if (verifications.insert(opened)) {
                log.info("Enrollment {} verified: {}", opened.id(), opened.status());
                if (erasure.isErased(opened.id())) {
                    // the erasure came in between the check above and the insert: it may
                    // not have seen this case
                    erasure.erase(opened.id());
                }
                return Optional.of(opened);
            }
            return Optional.of(alreadyOpened(verifications.find(submission.enrollmentId()).orElseThrow(), submission));
        }
        finally {
            work.start(publication);
        }
    }

    private VerificationCase alreadyOpened(VerificationCase existing, Submission submission) {
        if (!existing.hasApplied(submission.eventId())) {
            log.warn("Enrollment {} was already verified from event {}; event {} is recorded but decides nothing",
                    existing.id(), existing.submittedEventId(), submission.eventId());
            verifications.recordApplied(existing.id(), submission.eventId());
        }
        else {
            log.info("Event {} of enrollment {} was already applied", submission.eventId(), existing.id());
        }
        return existing;
    }

    /** Milliseconds, as MongoDB stores them, so a stored case reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

}
