package csp.enrollment.notification.email;

import csp.enrollment.work.Backoff;
import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkLogContext;
import csp.enrollment.work.WorkQueue;
import csp.enrollment.work.WorkResults;
import csp.enrollment.work.WorkSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends stored PENDING e-mails, a batch over one SMTP connection, and records each
 * outcome as soon as the server answered for it, before the next e-mail goes out: a crash
 * then leaves at most one e-mail accepted but not yet recorded SENT (sent again with the
 * same Message-ID). An e-mail that is SENT or FAILED, or was never stored, is not sent. A
 * deferral (no connection, 4xx) is tried again after the shared back-off, whose time is
 * stored on the record as well; a refusal (5xx) marks it FAILED for good. Before a batch
 * goes out, each e-mail gets its timer for forgetting its content
 * ({@link ForgetEmailContent}): set first, so no crash leaves a sent e-mail without one.
 */
@Component
class SendEmails implements WorkHandler {

    private static final Logger log = LoggerFactory.getLogger(SendEmails.class);

    private final Emails emails;

    private final Emailer emailer;

    private final Backoff backoff;

    private final Clock clock;

    private final EmailMetrics metrics;

    /**
     * The queue hands its work to this handler, so it is looked up when first used;
     * absent where a test builds the handler alone.
     */
    private final ObjectProvider<WorkQueue> timers;

    private final Duration contentRetention;

    SendEmails(Emails emails, Emailer emailer, WorkSettings work, Clock clock) {
        this(emails, emailer, work, clock, EmailMetrics.NONE, null, null);
    }

    @Autowired
    SendEmails(Emails emails, Emailer emailer, WorkSettings work, Clock clock, EmailMetrics metrics,
            ObjectProvider<WorkQueue> timers, MailSettings mail) {
        this.metrics = metrics;
        this.timers = timers;
        this.contentRetention = mail == null ? null : mail.contentRetention();
        this.emails = emails;
        this.emailer = emailer;
        this.backoff = work.backoffOf(EmailWork.SEND_EMAIL);
        this.clock = clock;
    }

    @Override
    public WorkKind kind() {
        return EmailWork.SEND_EMAIL;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        WorkResults results = new WorkResults();
        Map<String, Email> stored = emails.byIds(items.stream().map(PendingWork::ref).toList());
        List<Email> pending = new ArrayList<>();
        for (PendingWork item : items) {
            Email email = stored.get(item.ref());
            if (email == null || email.status() != EmailStatus.PENDING) {
                // never stored (the instance died after writing the ticket), or its
                // outcome is recorded: never again
                results.done(item.ref());
            }
            else {
                pending.add(email);
            }
        }
        if (!pending.isEmpty()) {
            forgetContentLater(pending);
            Map<String, String> traces = WorkLogContext.traceparents(items);
            // re-read right before each one goes out: an e-mail cancelled by an erasure
            // meanwhile is not sent
            emailer.sendAll(pending.stream().map(Email::outgoing).toList(), i -> emails.isPending(pending.get(i).id()),
                    (i, delivery) -> {
                        Email email = pending.get(i);
                        try (var context = WorkLogContext.of(traces.get(email.id()), email.enrollmentId())) {
                            record(email, delivery, results);
                        }
                    });
        }
        return results;
    }

    /**
     * One write for the batch; an e-mail deferred now gets its timer again with its next
     * attempt.
     */
    private void forgetContentLater(List<Email> pending) {
        if (timers == null) {
            return;
        }
        Instant forgetAt = clock.instant().plus(contentRetention);
        timers.getObject()
            .schedule(EmailWork.FORGET_CONTENT,
                    pending.stream().collect(Collectors.toMap(Email::id, email -> forgetAt, (a, b) -> a)));
    }

    private void record(Email email, Delivery delivery, WorkResults results) {
        Instant now = clock.instant();
        int attempt = email.attempts() + 1;
        if (delivery instanceof Delivery.Sent sent) {
            if (emails.markSent(email.id(), sent.messageId(), now)) {
                metrics.sent(email);
            }
            log.info("E-mail {} ({}) sent for enrollment {}, attempt {}", email.id(), email.template(),
                    email.enrollmentId(), attempt);
            results.done(email.id());
        }
        else if (delivery instanceof Delivery.Refused refused) {
            if (emails.markFailed(email.id(), refused.cause())) {
                metrics.failed(email);
            }
            log.warn("E-mail {} ({}) for enrollment {} refused for good: {}", email.id(), email.template(),
                    email.enrollmentId(), refused.cause());
            results.done(email.id());
        }
        else if (delivery instanceof Delivery.Withdrawn) {
            log.info("E-mail {} ({}) for enrollment {} is no longer pending: not sent", email.id(), email.template(),
                    email.enrollmentId());
            results.done(email.id());
        }
        else {
            String cause = ((Delivery.Deferred) delivery).cause();
            Instant next = now.plus(backoff.after(attempt));
            emails.defer(email.id(), next, cause);
            log.warn("E-mail {} ({}) for enrollment {} not sent (attempt {}), retrying at {}: {}", email.id(),
                    email.template(), email.enrollmentId(), attempt, next, cause);
            results.retryAt(email.id(), next, cause);
        }
    }

}
