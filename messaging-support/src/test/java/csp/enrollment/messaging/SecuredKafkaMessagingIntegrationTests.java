package csp.enrollment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import csp.enrollment.access.KafkaPrincipal;
import csp.enrollment.events.Topics;
import csp.enrollment.infrastructure.kafka.EmbeddedKafkaBroker;
import csp.enrollment.infrastructure.kafka.KafkaSecurity;
import csp.enrollment.infrastructure.kafka.ScramUser;
import csp.enrollment.infrastructure.registry.DevSchemaRegistryServer;
import csp.enrollment.messaging.deadletter.DeadLetter;
import csp.enrollment.messaging.deadletter.DeadLetterHeaders;
import csp.enrollment.messaging.deadletter.DeadLetters;
import csp.enrollment.testinfra.PipelineInfrastructure;

/**
 * The shared plumbing on a broker with SASL/SCRAM and ACLs, configured as a service is in
 * the local stack and in docker-compose: its principal in
 * {@code spring.kafka.properties.*}, topics created beforehand by the admin. The
 * listener, the event publisher, the dead-letter producer (a producer of its own, built
 * from the same properties) and the registry client all work, and the dead-letter API
 * works as the service's operations login.
 */
@PipelineInfrastructure
@SpringBootTest(classes = MessagingTestApplication.class, properties = { "spring.application.name=enrollment-intake",
        // a broker of its own, so a database of its own: a replay is stored by the
        // original
        // record's topic, partition and offset, which the shared broker's records reuse
        "spring.mongodb.database=messaging_support_secured_test", "pipeline.messaging.topics.create=false",
        "pipeline.messaging.retry.initial-interval=50ms", "pipeline.messaging.retry.max-retries=1" })
class SecuredKafkaMessagingIntegrationTests {

    private static final ScramUser ADMIN = new ScramUser("admin", "admin-test-secret");

    /**
     * The test application publishes enrollment.submitted and listens to it and to
     * .review-requested: a service's rights for exactly that, as KafkaAccess grants them.
     */
    private static final KafkaPrincipal SERVICE = KafkaPrincipal.service("enrollment-intake", List.of(Topics.SUBMITTED),
            List.of(Topics.SUBMITTED, Topics.REVIEW_REQUESTED));

    private static final ScramUser SERVICE_LOGIN = new ScramUser(SERVICE.name(), "intake-test-secret");

    /**
     * The dead-letter API's login: reads the dead letters, writes the consumed topics to
     * replay.
     */
    private static final KafkaPrincipal OPERATIONS = KafkaPrincipal.operationsOf(SERVICE);

    private static final ScramUser OPERATIONS_LOGIN = new ScramUser(OPERATIONS.name(), "operations-test-secret");

    private static final EmbeddedKafkaBroker broker = startBroker();

    private static final DevSchemaRegistryServer registry = DevSchemaRegistryServer.start(0);

    private static final List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();

    @Autowired
    EventPublisher publisher;

    @Autowired
    MessagingTestApplication.SubmittedListener listener;

    @Autowired
    DeadLetters deadLetterApi;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry properties) {
        properties.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
        properties.add("spring.kafka.properties.schema.registry.url", registry::url);
        properties.add("spring.kafka.security.protocol", () -> ScramUser.SECURITY_PROTOCOL);
        properties.add("spring.kafka.properties.sasl.mechanism", () -> ScramUser.MECHANISM);
        properties.add("spring.kafka.properties.sasl.jaas.config", SERVICE_LOGIN::jaasConfig);
        properties.add("pipeline.messaging.dead-letters.kafka-properties.sasl.jaas.config",
                OPERATIONS_LOGIN::jaasConfig);
    }

    @AfterAll
    static void stop() {
        registry.close();
        broker.close();
    }

    @Test
    void aPublishedEventReachesTheListenerThroughTheRegistry() {
        var event = SampleEvents.submitted("Secured Cloud B.V.");

        publisher.publish(Topics.SUBMITTED, event.getMetadata().getEnrollmentId(), event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listener.received).contains(event));
    }

    @Test
    void theDeadLetterProducerLogsInAsTheServiceAndWritesTheDeadLetterTopic() {
        String poison = "poison-" + UUID.randomUUID();
        var failing = SampleEvents.submitted("fail");
        sendAsTheService(Topics.SUBMITTED, poison, "not avro".getBytes(StandardCharsets.UTF_8));
        publisher.publish(Topics.SUBMITTED, failing.getMetadata().getEnrollmentId(), failing);

        assertThat(awaitDeadLetter(poison).value()).isEqualTo("not avro".getBytes(StandardCharsets.UTF_8));
        assertThat(awaitDeadLetter(failing.getMetadata().getEnrollmentId()).value()[0])
            .as("re-encoded as Avro: the dead-letter producer's registry client registered its schema")
            .isZero();
    }

    @Test
    void theDeadLetterApiReadsAndReplaysAsTheServicesOperationsLogin() {
        String poison = "poison-" + UUID.randomUUID();
        sendAsTheService(Topics.SUBMITTED, poison, "still not avro".getBytes(StandardCharsets.UTF_8));
        DeadLetter letter = await().atMost(Duration.ofSeconds(60))
            .until(() -> deadLetterApi.latest(List.of(Topics.SUBMITTED), 100)
                .stream()
                .map(DeadLetters.Listed::letter)
                .filter(listed -> poison.equals(listed.key()))
                .findFirst()
                .orElse(null), listed -> listed != null);

        deadLetterApi.replay(letter.original(), "operator");

        // replayed unchanged, so it fails again: a second dead letter naming the first's
        // record
        ConsumerRecord<String, byte[]> again = await().atMost(Duration.ofSeconds(60)).until(() -> {
            awaitDeadLetter(poison);
            return deadLetters.stream()
                .filter(record -> poison.equals(record.key())
                        && record.headers().lastHeader(DeadLetterHeaders.REPLAYED_FROM) != null)
                .findFirst()
                .orElse(null);
        }, record -> record != null);
        assertThat(
                new String(again.headers().lastHeader(DeadLetterHeaders.REPLAYED_FROM).value(), StandardCharsets.UTF_8))
            .isEqualTo(letter.original().id());
    }

    private static EmbeddedKafkaBroker startBroker() {
        var security = KafkaSecurity.builder(new ScramUser("broker", "broker-test-secret"), ADMIN)
            .user(SERVICE_LOGIN)
            .acls(SERVICE.aclBindings())
            .user(OPERATIONS_LOGIN)
            .acls(OPERATIONS.aclBindings())
            .build();
        var started = EmbeddedKafkaBroker.builder().security(security).build().start();
        try (Admin admin = Admin.create(started.clientProperties(ADMIN))) {
            admin.createTopics(PipelineTopicsFactory.newTopics(2, (short) 1)).all().get(30, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            started.close();
            throw new IllegalStateException("Cannot create the topics", e);
        }
        return started;
    }

    private static void sendAsTheService(String topic, String key, byte[] value) {
        try (var producer = new KafkaProducer<>(broker.clientProperties(SERVICE_LOGIN), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    /**
     * Read as the admin: reading dead letters is an operator's job, not a right of the
     * service.
     */
    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        Map<String, Object> config = new HashMap<>(broker.clientProperties(ADMIN));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetterTopicOf(Topics.SUBMITTED)));
            return await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
                return deadLetters.stream().filter(record -> key.equals(record.key())).findFirst().orElse(null);
            }, record -> record != null);
        }
    }

}
