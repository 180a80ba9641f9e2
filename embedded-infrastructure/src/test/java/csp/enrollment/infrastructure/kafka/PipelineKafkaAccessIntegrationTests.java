package csp.enrollment.infrastructure.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.access.KafkaPrincipal;
import csp.enrollment.events.Topics;

/**
 * The pipeline's principals and rights (contract.md §7, {@link KafkaAccess}) on a real
 * broker: what a forger with an upstream login or a service's login could try, refused;
 * what each may do, done.
 */
class PipelineKafkaAccessIntegrationTests {

    private static final ScramUser BROKER = new ScramUser("broker", "broker-test-secret");

    private static final ScramUser ADMIN = new ScramUser("admin", "admin-test-secret");

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startTheBrokerWithThePipelinesAcls() {
        var security = KafkaSecurity.builder(BROKER, ADMIN)
            .users(KafkaAccess.ALL.stream().map(PipelineKafkaAccessIntegrationTests::login).toList())
            .acls(KafkaAccess.aclBindings())
            .build();
        broker = EmbeddedKafkaBroker.builder().security(security).build().start();
        var admin = KafkaClientProbe.as(broker, ADMIN);
        for (String topic : Topics.ALL) {
            assertThat(admin.createTopic(topic)).isNull();
            assertThat(admin.createTopic(Topics.deadLetterTopicOf(topic))).isNull();
        }
        assertThat(admin.write(Topics.APPLICATION_REJECTED)).isNull();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void upstreamWritesApplicationsAndReadsRejectionsButForgesNoPipelineEventAndReadsNoApplication() {
        var upstream = client(KafkaAccess.UPSTREAM);

        assertThat(upstream.write(Topics.APPLICATIONS)).as("idempotent, acks=all").isNull();
        assertThat(upstream.readOne(Topics.APPLICATION_REJECTED, "upstream-portal")).isNull();
        assertThat(upstream.write(Topics.SUBMITTED)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(upstream.write(Topics.CREDIT_CHECK_PASSED)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(upstream.readOne(Topics.APPLICATIONS, "upstream-portal"))
            .as("other partners' applications, bank details and all")
            .isInstanceOf(TopicAuthorizationException.class);
        assertThat(upstream.readOne(Topics.APPLICATION_REJECTED, "enrollment-intake")).as("a service's consumer group")
            .isInstanceOf(GroupAuthorizationException.class);
        assertThat(upstream.createTopic("upstream-own-topic")).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceWritesItsOwnTopicsAndItsDeadLettersButNotAnotherServicesTopic() {
        var verification = client(KafkaAccess.VERIFICATION_SERVICE);

        assertThat(verification.write(Topics.PROFILE_VERIFIED)).isNull();
        assertThat(verification.write(Topics.deadLetterTopicOf(Topics.SUBMITTED))).as("its error handler's").isNull();
        assertThat(verification.write(Topics.CREDIT_CHECK_PASSED)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(verification.write(Topics.SUBMITTED)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(verification.write(Topics.deadLetterTopicOf(Topics.PROFILE_VERIFIED)))
            .as("a dead-letter topic of what another service consumes")
            .isInstanceOf(TopicAuthorizationException.class);
        assertThat(verification.readOne(Topics.APPLICATIONS, "verification-service"))
            .isInstanceOf(TopicAuthorizationException.class);
        assertThat(verification.readOne(Topics.SUBMITTED, "credit-check-service")).as("another service's group")
            .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void everyServiceWritesWhatItProducesAndReadsWhatItConsumesInItsOwnGroup() {
        for (KafkaPrincipal service : KafkaAccess.SERVICES) {
            var client = client(service);
            service.writes()
                .forEach(topic -> assertThat(client.write(topic)).as(service.name() + " writes " + topic).isNull());
            assertThat(client.readOne(Topics.SUBMITTED, service.name()))
                .as(service.name() + " reads " + Topics.SUBMITTED)
                .satisfies(refusal -> {
                    if (service.reads().contains(Topics.SUBMITTED)) {
                        assertThat(refusal).isNull();
                    }
                    else {
                        assertThat(refusal).isInstanceOf(TopicAuthorizationException.class);
                    }
                });
        }
    }

    private static KafkaClientProbe client(KafkaPrincipal principal) {
        return KafkaClientProbe.as(broker, login(principal));
    }

    private static ScramUser login(KafkaPrincipal principal) {
        return new ScramUser(principal.name(), principal.name() + "-test-secret");
    }

}
