package csp.enrollment.notification.email;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Erases what the service holds of one enrollment's partner (docs/personal-data.md): its
 * e-mails still PENDING are cancelled, and every e-mail record loses recipient, subject,
 * content and last error; ids, template, language, status, dates and attempts stay. Every
 * other {@link PersonalDataHolder} (the contact kept for the reminder) drops its copy
 * too. Each step is one idempotent write, so a redelivery or a crash half-way is repaired
 * by the next delivery, and an unknown enrollment is only remembered. The tombstone comes
 * first: an e-mail stored after it sees it ({@link EmailOutbox}), one stored before it is
 * found by the erasing updates.
 */
@Service
public class PersonalDataErasure {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);

    private final ErasedEnrollments erased;

    private final Emails emails;

    private final Clock clock;

    private final List<PersonalDataHolder> others;

    PersonalDataErasure(ErasedEnrollments erased, Emails emails, Clock clock) {
        this(erased, emails, clock, List.of());
    }

    @Autowired
    PersonalDataErasure(ErasedEnrollments erased, Emails emails, Clock clock, List<PersonalDataHolder> others) {
        this.erased = erased;
        this.emails = emails;
        this.clock = clock;
        this.others = List.copyOf(others);
    }

    public void erase(String enrollmentId) {
        erased.remember(enrollmentId, clock.instant());
        long cancelled = emails.cancelPending(enrollmentId);
        Instant now = clock.instant();
        long anonymised = emails.erasePersonalData(enrollmentId, now);
        long elsewhere = others.stream().mapToLong(holder -> holder.erasePersonalData(enrollmentId, now)).sum();
        log.info("Personal data of enrollment {} erased: {} e-mail(s) anonymised, {} pending e-mail(s) cancelled, "
                + "{} other record(s) anonymised", enrollmentId, anonymised, cancelled, elsewhere);
    }

    /**
     * Whether the enrollment's personal data was erased: nothing more may be stored or
     * sent for it.
     */
    public boolean isErased(String enrollmentId) {
        return erased.contains(enrollmentId);
    }

}
