package csp.enrollment.notification.messaging;

import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;
import csp.enrollment.messaging.RefusedEventException;
import csp.enrollment.messaging.UnexpectedEventException;
import csp.enrollment.notification.email.EmailOutbox;
import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.progress.ProgressTracking;

import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every partner-facing event puts its e-mail in the outbox. Storing it is all that
 * happens here: sending is the mail sender's job, so an SMTP outage never holds up a
 * partition. {@code ApplicationRejected} has no e-mail (contract.md §6), so its topic is
 * not consumed. A verified indirect reseller and a direct bill partner who passed the
 * credit check also get their reminder timer ({@link ProgressTracking}): it is now the
 * partner's turn.
 */
@Component
@KafkaListener(topics = { Topics.SUBMITTED, Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED, Topics.PROFILE_REJECTED,
        Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED })
class PartnerEventListener {

    private final EmailOutbox outbox;

    private final ProgressTracking progress;

    PartnerEventListener(EmailOutbox outbox, ProgressTracking progress) {
        this.outbox = outbox;
        this.progress = progress;
    }

    @KafkaHandler
    void on(EnrollmentSubmitted event) {
        outbox.enqueue(PartnerNotices.of(event));
    }

    @KafkaHandler
    void on(ReviewRequested event) {
        outbox.enqueue(PartnerNotices.of(event));
    }

    @KafkaHandler
    void on(ProfileVerified event) {
        Notice verified = PartnerNotices.of(event);
        enqueueUnlessContradicted("ProfileVerified", verified);
        progress.partnersTurn(verified);
    }

    @KafkaHandler
    void on(ProfileRejected event) {
        enqueueUnlessContradicted("ProfileRejected", PartnerNotices.of(event));
    }

    @KafkaHandler
    void on(CreditCheckPassed event) {
        Notice passed = PartnerNotices.of(event);
        enqueueUnlessContradicted("CreditCheckPassed", passed);
        progress.partnersTurn(passed);
    }

    @KafkaHandler
    void on(CreditCheckFailed event) {
        enqueueUnlessContradicted("CreditCheckFailed", PartnerNotices.of(event));
    }

    /**
     * A notice that contradicts an e-mail the partner already got (e.g. "credit check
     * passed" after "profile rejected": a forged or wrong record) is not sent; the record
     * is dead-lettered at once with the reason (ids and templates only) and the partition
     * moves on.
     */
    private void enqueueUnlessContradicted(String eventType, Notice notice) {
        outbox.contradictedBy(notice).ifPresent(earlier -> {
            throw new RefusedEventException(
                    "Refused " + eventType + " " + notice.eventId() + " for enrollment " + notice.enrollmentId() + ": "
                            + notice.template().slug() + " contradicts the " + earlier.slug() + " e-mail sent before");
        });
        outbox.enqueue(notice);
    }

    /**
     * A record of another type on one of these topics: dead-lettered at once, the
     * partition moves on.
     */
    @KafkaHandler(isDefault = true)
    void unexpected(Object event) {
        throw new UnexpectedEventException(event);
    }

}
