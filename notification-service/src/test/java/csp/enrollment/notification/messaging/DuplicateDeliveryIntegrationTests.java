package csp.enrollment.notification.messaging;

import static csp.enrollment.notification.TestEvents.reason;
import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.Topics;
import csp.enrollment.notification.NotificationIntegrationTest;
import csp.enrollment.notification.TestApi;
import csp.enrollment.notification.TestEvents;
import csp.enrollment.notification.TestEvents.Partner;
import csp.enrollment.notification.TestMail;
import csp.enrollment.testinfra.TestKafka;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@NotificationIntegrationTest
class DuplicateDeliveryIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anEventDeliveredAgainAndAgainSendsOneEmail() {
        String enrollmentId = TestEvents.newEnrollmentId();
        Partner partner = Partner.of("nl", "NL");
        ProfileRejected event = TestEvents.profileRejected(enrollmentId, partner,
                List.of(reason("MARKET_NOT_SUPPORTED", "CN is in no CSP market.")));

        TestKafka.publish(Topics.PROFILE_REJECTED, enrollmentId, event);
        TestKafka.publish(Topics.PROFILE_REJECTED, enrollmentId, event);
        TestMail.awaitFirst(partner.email());
        TestKafka.publish(Topics.PROFILE_REJECTED, enrollmentId, event);
        // a later event of the same enrollment, so the same partition: once its e-mail is
        // out,
        // every copy before it has been consumed, and any e-mail of theirs sent
        Partner later = Partner.of("en", "NL");
        TestKafka.publish(Topics.PROFILE_REJECTED, enrollmentId, TestEvents.profileRejected(enrollmentId, later,
                List.of(reason("MARKET_NOT_SUPPORTED", "CN is in no CSP market."))));
        TestMail.awaitFirst(later.email());

        assertThat(TestMail.messagesTo(partner.email())).hasSize(1);
        List<Map<String, Object>> records = new TestApi(port).notifications(enrollmentId);
        assertThat(records).filteredOn(record -> partner.email().equals(record.get("recipient")))
            .singleElement()
            .satisfies(record -> {
                assertThat(record.get("eventId")).isEqualTo(event.getMetadata().getEventId());
                assertThat(record.get("status")).isEqualTo("SENT");
                assertThat(record.get("attempts")).isEqualTo(1);
            });
    }

}
