package csp.enrollment.notification.email;

import csp.enrollment.work.PendingWork;
import csp.enrollment.work.WorkHandler;
import csp.enrollment.work.WorkKind;
import csp.enrollment.work.WorkResults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Forgets the content of e-mails finished longer ago than
 * {@code notification.mail.content-retention} (docs/personal-data.md): what a
 * {@code forget-email-content} timer, set when the e-mail went out, stands for. An e-mail
 * still PENDING (deferred since) is looked at again a retention later; one sent later
 * than the timer assumed, when its own retention is over; a missing one needs nothing.
 */
@Component
class ForgetEmailContent implements WorkHandler {

    private static final Logger log = LoggerFactory.getLogger(ForgetEmailContent.class);

    private final Emails emails;

    private final Duration retention;

    private final Clock clock;

    ForgetEmailContent(Emails emails, MailSettings settings, Clock clock) {
        this.emails = emails;
        this.retention = settings.contentRetention();
        this.clock = clock;
    }

    @Override
    public WorkKind kind() {
        return EmailWork.FORGET_CONTENT;
    }

    @Override
    public WorkResults work(List<PendingWork> items) {
        Instant now = clock.instant();
        WorkResults results = new WorkResults();
        Map<String, Email> stored = emails.byIds(items.stream().map(PendingWork::ref).toList());
        List<String> expired = new ArrayList<>();
        for (PendingWork item : items) {
            Email email = stored.get(item.ref());
            if (email == null) {
                results.done(item.ref());
            }
            else if (email.status() == EmailStatus.PENDING) {
                results.retryAt(item.ref(), now.plus(retention), "not sent yet: content kept");
            }
            else if (email.sentAt() != null && email.sentAt().plus(retention).isAfter(now)) {
                results.retryAt(item.ref(), email.sentAt().plus(retention), "sent later than the timer was set");
            }
            else {
                expired.add(email.id());
                results.done(item.ref());
            }
        }
        if (!expired.isEmpty()) {
            long forgotten = emails.forgetContent(expired, now);
            log.info("Content of {} finished e-mail(s) forgotten after the retention of {}", forgotten, retention);
        }
        return results;
    }

}
