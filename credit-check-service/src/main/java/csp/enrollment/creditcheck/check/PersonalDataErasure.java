package csp.enrollment.creditcheck.check;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Erases the partner's personal data from an enrollment's credit check
 * (docs/personal-data.md): the legal name and the admin go; ids, state, dates, attempts,
 * score and decision stay. The tombstone is written first, then the check is updated,
 * each one idempotent write: a redelivery changes nothing, an unknown enrollment is only
 * remembered, and a check stored after the tombstone sees it
 * ({@link CreditCheckManagement}).
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final ErasedEnrollments erased;

    private final CreditChecks checks;

    private final Clock clock;

    PersonalDataErasure(ErasedEnrollments erased, CreditChecks checks, Clock clock) {
        this.erased = erased;
        this.checks = checks;
        this.clock = clock;
    }

    public void erase(String enrollmentId) {
        Instant now = clock.instant();
        erased.remember(enrollmentId, now);
        if (checks.erasePersonalData(enrollmentId, now)) {
            log.info("Personal data of enrollment {} erased from its credit check", enrollmentId);
        }
        else {
            log.info("Enrollment {}: no credit check with personal data, the erasure is remembered", enrollmentId);
        }
    }

    boolean isErased(String enrollmentId) {
        return erased.contains(enrollmentId);
    }

}
