package csp.enrollment.verification.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Erases the partner's personal data from an enrollment's verification case
 * (docs/personal-data.md): the legal name and the admin go, ids, statuses, dates, checks
 * and reason codes, market and country stay. The tombstone is written first, then the
 * case is updated, each one idempotent write: a redelivery changes nothing, an unknown
 * enrollment is only remembered, and a submission stored after the tombstone sees it
 * ({@link VerificationManagement}).
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final ErasedEnrollments erased;

    private final Verifications verifications;

    private final Clock clock;

    PersonalDataErasure(ErasedEnrollments erased, Verifications verifications, Clock clock) {
        this.erased = erased;
        this.verifications = verifications;
        this.clock = clock;
    }

    public void erase(String enrollmentId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        erased.remember(enrollmentId, now);
        if (verifications.erasePersonalData(enrollmentId, now)) {
            log.info("Personal data of enrollment {} erased from its verification case", enrollmentId);
        }
        else {
            log.info("Enrollment {}: no verification case with personal data, the erasure is remembered", enrollmentId);
        }
    }

    boolean isErased(String enrollmentId) {
        return erased.contains(enrollmentId);
    }

}
