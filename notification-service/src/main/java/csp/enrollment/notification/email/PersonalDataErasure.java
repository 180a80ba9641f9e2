package csp.enrollment.notification.email;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Erases what the service holds of one enrollment's partner (docs/personal-data.md): its e-mails
 * still PENDING are cancelled, and every e-mail record loses recipient, subject, content and last
 * error; ids, template, language, status, dates and attempts stay. Each step is one idempotent
 * write, so a redelivery or a crash half-way is repaired by the next delivery, and an unknown
 * enrollment is only remembered. The tombstone comes first: an e-mail stored after it sees it
 * ({@link EmailOutbox}), one stored before it is found by the erasing updates.
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final ErasedEnrollments erased;
    private final Emails emails;
    private final Clock clock;

    PersonalDataErasure(ErasedEnrollments erased, Emails emails, Clock clock) {
        this.erased = erased;
        this.emails = emails;
        this.clock = clock;
    }

    public void erase(String enrollmentId) {
        erased.remember(enrollmentId, clock.instant());
        long cancelled = emails.cancelPending(enrollmentId);
        long anonymised = emails.erasePersonalData(enrollmentId, clock.instant());
        log.info("Personal data of enrollment {} erased: {} e-mail(s) anonymised, {} pending e-mail(s) cancelled",
                enrollmentId, anonymised, cancelled);
    }

    boolean isErased(String enrollmentId) {
        return erased.contains(enrollmentId);
    }
}
