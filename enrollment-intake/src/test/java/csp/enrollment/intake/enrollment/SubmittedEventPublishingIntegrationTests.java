package csp.enrollment.intake.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.testinfra.TestKafka;

/**
 * An accepted application's event goes out when it is stored: this context sweeps only
 * once an hour.
 */
@IntakeIntegrationTest
class SubmittedEventPublishingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private TestKafka.TopicReader<Object> submitted;

    @BeforeEach
    void connect() {
        submitted = TestKafka.events(Topics.SUBMITTED);
    }

    @AfterEach
    void disconnect() {
        submitted.close();
    }

    @Test
    void publishesAtOnceAndLeavesNoTicketBehind() {
        var response = new IntakeApi(port).submit(Requests.directBill().toString());

        String enrollmentId = IntakeApi.json(response).get("enrollmentId").asString();
        var event = (EnrollmentSubmitted) await().atMost(Duration.ofSeconds(10))
            .until(() -> submitted.valuesWithKey(enrollmentId), events -> !events.isEmpty())
            .get(0);
        Document stored = mongo.findById(enrollmentId, Document.class, "enrollments");
        assertThat(event.getMetadata().getEventId())
            .isEqualTo(stored.get("outbox", Document.class).getString("eventId"));
        await().atMost(Duration.ofSeconds(10))
            .until(() -> mongo.findById(enrollmentId, Document.class, "enrollments")
                .get("outbox", Document.class)
                .getBoolean("published")
                    && mongo.findById(SubmittedEventPublishing.KIND_NAME + ":" + enrollmentId, Document.class,
                            "pendingWork") == null);
    }

}
