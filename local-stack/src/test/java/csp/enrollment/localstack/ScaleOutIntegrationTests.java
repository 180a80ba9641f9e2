package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.Topics;
import csp.enrollment.serde.AvroDeserializer;
import csp.enrollment.serde.AvroSerializer;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, item 5: two instances of every service on one broker and one database. Kafka
 * shares each consumer group's partitions between the two, every application is processed
 * once (one {@code enrollment.submitted} and one event per outcome), nothing is lost,
 * nothing is dead-lettered, and every admin gets exactly the e-mails contract.md §6
 * lists, once each.
 */
class ScaleOutIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final int PARTITIONS = 6;

    private static final List<String> SERVICES = List.of("enrollment-intake", "verification-service",
            "credit-check-service", "notification-service");

    private static final List<String> OUTCOMES = List.of(Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED,
            Topics.PROFILE_REJECTED, Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED);

    @TempDir
    static Path dataDir;

    private static LocalStack stack;

    private static LocalStack.MoreInstances second;

    /** index 0: the stack's own instances; index 1: the second instances. */
    private static List<PipelineClient> clients;

    @BeforeAll
    static void startTwoInstancesOfEveryService() {
        stack = LocalStack.startOnFreePorts(dataDir);
        second = stack.startMoreInstances();
        clients = List.of(new PipelineClient(stack.urls()), new PipelineClient(second.urls()));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    /**
     * The paths the mix takes: where each ends, the outcome events and the e-mails on the
     * way.
     */
    private enum Kind {

        INDIRECT("VERIFIED", List.of(Topics.PROFILE_VERIFIED),
                List.of("application-received", "indirect-reseller-verified")),
        DIRECT_PASS("CREDIT_CHECK_PASSED", List.of(Topics.PROFILE_VERIFIED, Topics.CREDIT_CHECK_PASSED),
                List.of("application-received", "direct-bill-verified", "credit-check-passed")),
        DIRECT_FAIL("CREDIT_CHECK_FAILED", List.of(Topics.PROFILE_VERIFIED, Topics.CREDIT_CHECK_FAILED),
                List.of("application-received", "direct-bill-verified", "credit-check-failed")),
        REJECTED("REJECTED", List.of(Topics.PROFILE_REJECTED), List.of("application-received", "profile-rejected"));

        final String finalStatus;

        final List<String> outcomeTopics;

        final List<String> templates;

        Kind(String finalStatus, List<String> outcomeTopics, List<String> templates) {
            this.finalStatus = finalStatus;
            this.outcomeTopics = outcomeTopics;
            this.templates = templates;
        }

    }

    private record Application(int number, Kind kind, boolean overKafka) {

        String mpnId() {
            return String.format("7%05d", number);
        }

        String adminEmail() {
            return kind == Kind.REJECTED ? "jan." + number + "@gmail.com" : "admin." + number + "@fabrikam.nl";
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndProcessEveryApplicationOnceWithEveryEmailOnce() throws Exception {
        Map<String, Map<Integer, Set<TopicPartition>>> assigned = awaitPartitionsSharedByBothInstances();
        assertEveryGroupHasMembersWithPartitionsOnBothInstances();

        List<Application> mix = new ArrayList<>();
        Kind[] kinds = Kind.values();
        IntStream.range(0, 24).forEach(i -> mix.add(new Application(i + 1, kinds[i % kinds.length], false)));
        IntStream.range(24, 30)
            .forEach(i -> mix.add(new Application(i + 1, i % 2 == 0 ? Kind.INDIRECT : Kind.DIRECT_PASS, true)));
        // the partner directory and the bureau are in the shared databases: written on
        // one instance,
        // read by whichever instance verifies or checks
        for (Application application : mix) {
            PipelineClient client = clients.get(application.number() % 2);
            assertThat(client.putMembership(application.mpnId(), "ACTIVE", "NL").accepted()).isTrue();
            if (application.kind() == Kind.DIRECT_PASS || application.kind() == Kind.DIRECT_FAIL) {
                int score = application.kind() == Kind.DIRECT_PASS ? 90 : 10;
                assertThat(client.putCreditReport(application.mpnId(), score).accepted()).isTrue();
            }
        }

        Map<String, Application> byEnrollment = new LinkedHashMap<>();
        int[] acceptedBy = new int[2];
        for (Application application : mix) {
            if (application.overKafka()) {
                publishApplication(application);
                continue;
            }
            int instance = application.number() % 2;
            var answer = clients.get(instance).submit(body(application));
            assertThat(answer.status()).as("intake %d, application %d", instance + 1, application.number())
                .isEqualTo(202);
            acceptedBy[instance]++;
            byEnrollment.put(answer.body().path("enrollmentId").asString(), application);
        }
        assertThat(acceptedBy).as("applications accepted by each intake over HTTP").containsExactly(12, 12);
        byEnrollment.putAll(awaitSubmittedOverKafka(mix));
        assertThat(byEnrollment).hasSize(mix.size());

        await("every enrollment at its final status").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> {
                int i = 0;
                for (var entry : byEnrollment.entrySet()) {
                    // either intake answers for every enrollment: one database
                    assertThat(status(clients.get(i++ % 2), entry.getKey()))
                        .as("enrollment %d", entry.getValue().number())
                        .isEqualTo(entry.getValue().kind().finalStatus);
                }
            });
        await("every e-mail in the SMTP server").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> byEnrollment.values()
                .forEach(application -> assertThat(stack.parts().mail.messageCountFor(application.adminEmail()))
                    .as(application.adminEmail())
                    .isGreaterThanOrEqualTo(application.kind().templates.size())));

        // exactly once: each event once per enrollment, each contracted e-mail once, no
        // dead letters
        Map<String, List<ConsumerRecord<String, Object>>> events = new TreeMap<>();
        for (String topic : concat(List.of(Topics.SUBMITTED), OUTCOMES)) {
            events.put(topic, readToEnd(topic));
        }
        for (var entry : byEnrollment.entrySet()) {
            String enrollmentId = entry.getKey();
            Application application = entry.getValue();
            events.forEach((topic, records) -> {
                long expected = topic.equals(Topics.SUBMITTED) || application.kind().outcomeTopics.contains(topic) ? 1
                        : 0;
                assertThat(records.stream().filter(record -> enrollmentIdOf(record).equals(enrollmentId)).count())
                    .as("%s events for application %d (%s)", topic, application.number(), application.kind())
                    .isEqualTo(expected);
            });
            assertThat(sentTemplates(clients.get(application.number() % 2), enrollmentId))
                .as("e-mails sent for application %d", application.number())
                .containsExactlyInAnyOrderElementsOf(application.kind().templates);
            assertThat(stack.parts().mail.receivedMessagesFor(application.adminEmail()))
                .as("messages in the SMTP server for %s", application.adminEmail())
                .hasSize(application.kind().templates.size());
        }
        assertThat(events.get(Topics.SUBMITTED)).hasSize(mix.size());
        for (String topic : Topics.ALL) {
            assertThat(readToEnd(Topics.deadLetterTopicOf(topic))).as("dead letters of " + topic).isEmpty();
        }
        int expectedEmails = mix.stream().mapToInt(application -> application.kind().templates.size()).sum();
        assertThat(stack.parts().mail.receivedMessages()).as("every e-mail of the run").hasSize(expectedEmails);

        // both instances did the work: each consumed its own share of the partitions
        assertBothInstancesConsumed("verification-service", Topics.SUBMITTED, assigned, events);
        assertBothInstancesConsumed("notification-service", Topics.SUBMITTED, assigned, events);
        assertBothInstancesConsumed("credit-check-service", Topics.PROFILE_VERIFIED, assigned, events);
        assertBothInstancesConsumed("enrollment-intake", Topics.PROFILE_VERIFIED, assigned, events);
        assertThat(clients.get(0).serverErrors() + clients.get(1).serverErrors()).isZero();
        System.out.printf(
                "scale-out: %d applications (%d over HTTP, %d/%d per intake; %d over Kafka), %d e-mails,"
                        + " partitions %s%n",
                mix.size(), acceptedBy[0] + acceptedBy[1], acceptedBy[0], acceptedBy[1],
                mix.size() - acceptedBy[0] - acceptedBy[1], expectedEmails, describe(assigned));
    }

    /**
     * Per service and instance, the partitions its listener containers hold, once every
     * topic a service listens to has its six partitions split between the two instances,
     * none held twice.
     */
    private static Map<String, Map<Integer, Set<TopicPartition>>> awaitPartitionsSharedByBothInstances() {
        return await("partitions shared by both instances").atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(250))
            .until(ScaleOutIntegrationTests::assignedPartitions, assigned -> {
                for (String service : SERVICES) {
                    Map<Integer, Set<TopicPartition>> instances = assigned.get(service);
                    if (instances == null || instances.size() != 2) {
                        return false;
                    }
                    Set<TopicPartition> first = instances.get(0);
                    Set<TopicPartition> other = instances.get(1);
                    for (String topic : subscribedTopics(service)) {
                        long mine = first.stream().filter(p -> p.topic().equals(topic)).count();
                        long theirs = other.stream().filter(p -> p.topic().equals(topic)).count();
                        if (mine == 0 || theirs == 0 || mine + theirs != PARTITIONS) {
                            return false;
                        }
                    }
                    if (first.stream().anyMatch(other::contains)) {
                        return false;
                    }
                }
                return true;
            });
    }

    /**
     * The topics the listener containers of {@code service} subscribe to (on the first
     * instance).
     */
    private static Set<String> subscribedTopics(String service) {
        Set<String> topics = new TreeSet<>();
        for (ConfigurableApplicationContext context : stack.services().contexts()) {
            if (service.equals(context.getEnvironment().getProperty("spring.application.name"))) {
                for (MessageListenerContainer container : context.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainers()) {
                    topics.addAll(List.of(container.getContainerProperties().getTopics()));
                }
            }
        }
        assertThat(topics).as("topics %s listens to", service).isNotEmpty();
        return topics;
    }

    private static Map<String, Map<Integer, Set<TopicPartition>>> assignedPartitions() {
        Map<String, Map<Integer, Set<TopicPartition>>> assigned = new TreeMap<>();
        List<List<ConfigurableApplicationContext>> instances = List.of(stack.services().contexts(),
                second.services().contexts());
        for (int instance = 0; instance < 2; instance++) {
            for (ConfigurableApplicationContext context : instances.get(instance)) {
                String service = context.getEnvironment().getProperty("spring.application.name");
                if (!SERVICES.contains(service)) {
                    continue;
                }
                Set<TopicPartition> partitions = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
                for (MessageListenerContainer container : context.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainers()) {
                    assertThat(container.getGroupId()).isEqualTo(service);
                    var held = container.getAssignedPartitions();
                    if (held != null) {
                        partitions.addAll(held);
                    }
                }
                assigned.computeIfAbsent(service, s -> new TreeMap<>()).put(instance, partitions);
            }
        }
        return assigned;
    }

    /**
     * The broker's view: each service's group has members on both instances, each holding
     * partitions.
     */
    private static void assertEveryGroupHasMembersWithPartitionsOnBothInstances() throws Exception {
        try (Admin admin = Admin.create(adminProperties())) {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(SERVICES)
                .all()
                .get(30, TimeUnit.SECONDS);
            for (String service : SERVICES) {
                List<MemberDescription> holding = groups.get(service)
                    .members()
                    .stream()
                    .filter(member -> !member.assignment().topicPartitions().isEmpty())
                    .toList();
                // one member per listener container (each service has several: e.g. its
                // events and erasures)
                assertThat(holding).as("members of %s holding partitions", service)
                    .hasSize(listenerContainers(service));
                int held = holding.stream().mapToInt(member -> member.assignment().topicPartitions().size()).sum();
                assertThat(held).as("partitions held in %s", service)
                    .isEqualTo(groups.get(service)
                        .members()
                        .stream()
                        .flatMap(member -> member.assignment().topicPartitions().stream())
                        .collect(Collectors.toSet())
                        .size());
            }
        }
    }

    /** The listener containers of {@code service} on both instances together. */
    private static int listenerContainers(String service) {
        int containers = 0;
        for (List<ConfigurableApplicationContext> instance : List.of(stack.services().contexts(),
                second.services().contexts())) {
            for (ConfigurableApplicationContext context : instance) {
                if (service.equals(context.getEnvironment().getProperty("spring.application.name"))) {
                    containers += context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().size();
                }
            }
        }
        return containers;
    }

    /**
     * Records of {@code topic} on the partitions each instance of {@code service} held:
     * both non-empty.
     */
    private static void assertBothInstancesConsumed(String service, String topic,
            Map<String, Map<Integer, Set<TopicPartition>>> assigned,
            Map<String, List<ConsumerRecord<String, Object>>> events) {
        int[] consumed = new int[2];
        for (ConsumerRecord<String, Object> record : events.get(topic)) {
            var partition = new TopicPartition(record.topic(), record.partition());
            for (int instance = 0; instance < 2; instance++) {
                if (assigned.get(service).get(instance).contains(partition)) {
                    consumed[instance]++;
                }
            }
        }
        System.out.printf("scale-out: %s consumed %s records of %s: %d and %d%n", service, "its partitions'", topic,
                consumed[0], consumed[1]);
        assertThat(consumed).as("%s records of %s per instance", service, topic).doesNotContain(0);
        assertThat(consumed[0] + consumed[1]).isEqualTo(events.get(topic).size());
    }

    private static String describe(Map<String, Map<Integer, Set<TopicPartition>>> assigned) {
        return assigned.entrySet()
            .stream()
            .map(service -> service.getKey() + " "
                    + service.getValue()
                        .values()
                        .stream()
                        .map(partitions -> Integer.toString(partitions.size()))
                        .collect(Collectors.joining("+")))
            .collect(Collectors.joining(", "));
    }

    private static Map<String, Application> awaitSubmittedOverKafka(List<Application> mix) {
        Map<String, Application> byMpn = new HashMap<>();
        mix.stream().filter(Application::overKafka).forEach(application -> byMpn.put(application.mpnId(), application));
        try {
            return await("applications over Kafka submitted").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> submittedOf(byMpn), found -> found.size() == byMpn.size());
        }
        catch (ConditionTimeoutException timedOut) {
            // say where the applications are, so a failure tells which step did not
            // happen
            throw new AssertionError(String.format(
                    "applications over Kafka: %d on %s, %d submitted (of %d records"
                            + " on %s), %d on %s, %d dead-lettered",
                    count(Topics.APPLICATIONS, byMpn), Topics.APPLICATIONS, submittedOf(byMpn).size(),
                    readToEnd(Topics.SUBMITTED).size(), Topics.SUBMITTED, readToEnd(Topics.APPLICATION_REJECTED).size(),
                    Topics.APPLICATION_REJECTED, readToEnd(Topics.deadLetterTopicOf(Topics.APPLICATIONS)).size()),
                    timedOut);
        }
    }

    private static Map<String, Application> submittedOf(Map<String, Application> byMpn) {
        Map<String, Application> found = new LinkedHashMap<>();
        for (ConsumerRecord<String, Object> record : readToEnd(Topics.SUBMITTED)) {
            Application application = byMpn.get(((GenericRecord) record.value()).get("mpnId").toString());
            if (application != null) {
                found.put(enrollmentIdOf(record), application);
            }
        }
        return found;
    }

    private static long count(String topic, Map<String, Application> byMpn) {
        return readToEnd(topic).stream()
            .filter(record -> byMpn.containsKey(((GenericRecord) record.value()).get("mpnId").toString()))
            .count();
    }

    private static String enrollmentIdOf(ConsumerRecord<String, Object> record) {
        return ((GenericRecord) ((GenericRecord) record.value()).get("metadata")).get("enrollmentId").toString();
    }

    /**
     * Every record of {@code topic}, read as the admin from the start to the current end.
     */
    private static List<ConsumerRecord<String, Object>> readToEnd(String topic) {
        Map<String, Object> config = adminProperties();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put("schema.registry.url", stack.parts().registry.url());
        config.put("specific.avro.reader", "true");
        var deserializer = new AvroDeserializer();
        deserializer.configure(config, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer)) {
            List<TopicPartition> partitions = IntStream.range(0, PARTITIONS)
                .mapToObj(partition -> new TopicPartition(topic, partition))
                .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, Object>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                assertThat(System.nanoTime()).as("reading %s to its end", topic).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static Map<String, Object> adminProperties() {
        return new HashMap<>(stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.ADMIN));
    }

    private static void publishApplication(Application application) throws Exception {
        Map<String, Object> config = new HashMap<>(
                stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.UPSTREAM));
        config.put("schema.registry.url", stack.parts().registry.url());
        var serializer = new AvroSerializer();
        serializer.configure(config, false);
        EnrollmentApplication record = application.kind() == Kind.INDIRECT
                ? SampleApplications.indirectResellerRecord(application.mpnId(), UUID.randomUUID().toString(),
                        application.adminEmail())
                : SampleApplications.directBillRecord(application.mpnId(), UUID.randomUUID().toString(),
                        application.adminEmail(), "420000.00");
        try (var producer = new KafkaProducer<String, Object>(config, new StringSerializer(), serializer)) {
            // waits for the broker's acknowledgement: a refused record fails here, not as
            // a timeout later
            producer.send(new ProducerRecord<>(Topics.APPLICATIONS, "crm-" + UUID.randomUUID(), record))
                .get(30, TimeUnit.SECONDS);
        }
    }

    private static String body(Application application) {
        return switch (application.kind()) {
            case INDIRECT -> SampleApplications.indirectReseller(application.mpnId(), application.adminEmail());
            case REJECTED -> SampleApplications.directBill(application.mpnId(), application.adminEmail(), "120000.00");
            default -> SampleApplications.directBill(application.mpnId(), application.adminEmail(), "350000.00");
        };
    }

    private static String status(PipelineClient client, String enrollmentId) throws IOException {
        return client.enrollment(enrollmentId).body().path("status").asString("");
    }

    private static List<String> sentTemplates(PipelineClient client, String enrollmentId) throws IOException {
        JsonNode list = client.notifications(enrollmentId).body();
        List<String> templates = new ArrayList<>();
        for (JsonNode email : list.isArray() ? list : list.path("emails")) {
            if (email.path("status").asString().equals("SENT")) {
                templates.add(email.path("template").asString());
            }
        }
        return templates;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

}
