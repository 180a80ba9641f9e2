package csp.enrollment.notification.email;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due PENDING e-mails. Each is claimed atomically with a lease, so any number of
 * instances can run this and none sends an e-mail another one is sending. A failed attempt
 * leaves the e-mail PENDING with an exponential back-off; a permanent refusal marks it FAILED.
 *
 * <p>The one at-least-once window: if the process dies after the SMTP server accepted an e-mail
 * but before it is marked SENT, the lease runs out and the e-mail is sent again, with the same
 * Message-ID header, which lets the receiving side recognise it.
 */
// not "mailSender": that is the name of Spring Boot's JavaMailSender bean
@Component("pendingEmailSender")
class MailSender {

    private static final Logger log = LoggerFactory.getLogger(MailSender.class);

    /** E-mails handed to the server over one connection. */
    private static final int SMTP_BATCH = 25;

    private final Emails emails;
    private final Emailer emailer;
    private final DeliverySettings settings;
    private final RetryBackoff backoff;
    private final Clock clock;

    MailSender(Emails emails, Emailer emailer, DeliverySettings settings, Clock clock) {
        this.emails = emails;
        this.emailer = emailer;
        this.settings = settings;
        this.backoff = settings.backoff();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${notification.delivery.poll-interval:1s}",
            initialDelayString = "${notification.delivery.poll-interval:1s}")
    void sendDueEmails() {
        // One e-mail first: if the server is down, only it pays an attempt this round.
        List<Email> probe = claim(1);
        if (probe.isEmpty() || !attempt(probe.get(0), send(probe.get(0)))) {
            return;
        }
        int handled = 1;
        while (handled < settings.batchSize()) {
            List<Email> batch = claim(Math.min(SMTP_BATCH, settings.batchSize() - handled));
            if (batch.isEmpty()) {
                return;
            }
            boolean[] goOn = {false};
            sendAll(batch, (i, delivery) -> goOn[0] |= attempt(batch.get(i), delivery));
            handled += batch.size();
            if (!goOn[0]) {
                return;
            }
        }
    }

    private List<Email> claim(int limit) {
        Instant now = clock.instant();
        return emails.claimDue(now, now.plus(settings.lease()), UUID.randomUUID().toString(), limit);
    }

    /** @return whether to go on: after a deferral the server is likely down for the rest too. */
    private boolean attempt(Email email, Delivery delivery) {
        Instant now = clock.instant();
        if (delivery instanceof Delivery.Sent sent) {
            record(emails.markSent(email, sent.messageId(), now), email);
            log.info("E-mail {} ({}) sent for enrollment {}, attempt {}", email.id(), email.template(),
                    email.enrollmentId(), email.attempts());
            return true;
        }
        if (delivery instanceof Delivery.Refused refused) {
            record(emails.markFailed(email, refused.cause()), email);
            log.warn("E-mail {} ({}) for enrollment {} refused for good: {}", email.id(), email.template(),
                    email.enrollmentId(), refused.cause());
            return true;
        }
        String cause = ((Delivery.Deferred) delivery).cause();
        Instant next = now.plus(backoff.delayAfter(email.attempts()));
        record(emails.defer(email, next, cause), email);
        log.warn("E-mail {} ({}) for enrollment {} not sent (attempt {}), retrying at {}: {}", email.id(),
                email.template(), email.enrollmentId(), email.attempts(), next, cause);
        return false;
    }

    /** Each outcome is recorded as soon as the server answered for it, before the next e-mail goes out. */
    private void sendAll(List<Email> batch, BiConsumer<Integer, Delivery> record) {
        boolean[] recorded = new boolean[batch.size()];
        try {
            emailer.sendAll(batch.stream().map(Email::outgoing).toList(), (i, delivery) -> {
                recorded[i] = true;
                record.accept(i, delivery);
            });
        } catch (RuntimeException unexpected) {
            for (int i = 0; i < batch.size(); i++) {
                if (!recorded[i]) {
                    record.accept(i, new Delivery.Deferred(unexpected.toString()));
                }
            }
        }
    }

    private Delivery send(Email email) {
        try {
            return emailer.send(email.outgoing());
        } catch (RuntimeException unexpected) {
            return new Delivery.Deferred(unexpected.toString());
        }
    }

    private static void record(boolean updated, Email email) {
        if (!updated) {
            // the lease ran out during the attempt and another instance took the e-mail over
            log.warn("E-mail {} was taken over by another attempt before its outcome was stored", email.id());
        }
    }
}
