package csp.enrollment.verification.cases;

import csp.enrollment.verification.profile.ProfileVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Verifies submitted enrollments, following the pipeline's processing rule: a submission already applied is not
 * verified again, only its stored output is published if it may not be out yet; a new one is verified and stored
 * with its input event id in one insert, then its output event is published.
 */
@Service
public class VerificationManagement {

    private static final Logger log = LoggerFactory.getLogger(VerificationManagement.class);

    private final ProfileVerification verification;
    private final Verifications verifications;
    private final CasePublication publication;
    private final Clock clock;

    VerificationManagement(ProfileVerification verification, Verifications verifications, CasePublication publication, Clock clock) {
        this.verification = verification;
        this.verifications = verifications;
        this.publication = publication;
        this.clock = clock;
    }

    public VerificationCase verify(Submission submission) {
        VerificationCase verificationCase = verifications.find(submission.enrollmentId())
                .map(existing -> alreadyOpened(existing, submission))
                .orElseGet(() -> open(submission));
        publication.publishPending(verificationCase);
        return verificationCase;
    }

    private VerificationCase open(Submission submission) {
        VerificationCase opened = VerificationCase.open(submission, verification.verify(submission.profile()), now());
        if (verifications.insert(opened)) {
            log.info("Enrollment {} verified: {}", opened.id(), opened.status());
            return opened;
        }
        // Another instance opened the case between our read and our insert.
        return alreadyOpened(verifications.find(submission.enrollmentId()).orElseThrow(), submission);
    }

    private VerificationCase alreadyOpened(VerificationCase existing, Submission submission) {
        if (!existing.hasApplied(submission.eventId())) {
            log.warn("Enrollment {} was already verified from event {}; event {} is recorded but decides nothing",
                    existing.id(), existing.submittedEventId(), submission.eventId());
            verifications.recordApplied(existing.id(), submission.eventId());
        } else {
            log.info("Event {} of enrollment {} was already applied", submission.eventId(), existing.id());
        }
        return existing;
    }

    /** Milliseconds, as MongoDB stores them, so a stored case reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
