package csp.enrollment.notification;

import static org.awaitility.Awaitility.await;

import csp.enrollment.testinfra.TestInfrastructure;

import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;

/** Reads what reached the real SMTP server. */
public final class TestMail {

    private TestMail() {
    }

    /** The first e-mail to {@code address}, waiting for it to arrive. */
    public static ReceivedMail awaitFirst(String address) {
        List<MimeMessage> messages = await().atMost(Duration.ofSeconds(60))
            .until(() -> messagesTo(address), received -> !received.isEmpty());
        return ReceivedMail.of(messages.get(0));
    }

    public static List<MimeMessage> messagesTo(String address) {
        return TestInfrastructure.get().mailbox().messagesTo(address);
    }

}
