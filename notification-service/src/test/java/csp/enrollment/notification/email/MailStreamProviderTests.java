package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailStreamProviderTests {

    @Test
    void theSmtpAdapterNamesAngusMailsStreamProviderSoNoPartLooksItUpAgain() throws Exception {
        new SmtpEmailer(new JavaMailSenderImpl(),
                new MailSettings("a@example.com", "A", "mail.test", Duration.ofDays(30)));

        assertThat(System.getProperty(MailStreamProvider.PROPERTY)).isEqualTo(MailStreamProvider.ANGUS);
        // the named provider is what Jakarta Mail now builds parts with
        assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName())
            .isEqualTo(MailStreamProvider.ANGUS);
    }

}
