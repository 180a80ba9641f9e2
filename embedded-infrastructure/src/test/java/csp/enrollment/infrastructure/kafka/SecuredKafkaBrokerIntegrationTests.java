package csp.enrollment.infrastructure.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import csp.enrollment.infrastructure.FreePorts;

/**
 * The embedded broker with SASL/SCRAM-SHA-512 and ACLs: who cannot log in is refused, who
 * can is allowed exactly what its ACLs say, and a restart on the same log directory keeps
 * it that way.
 */
class SecuredKafkaBrokerIntegrationTests {

    private static final ScramUser BROKER = new ScramUser("broker", "broker-test-secret");

    private static final ScramUser ADMIN = new ScramUser("admin", "admin-test-secret");

    private static final ScramUser ALICE = new ScramUser("alice", "alice-test-secret");

    private static final ScramUser BOB = new ScramUser("bob", "bob-test-secret");

    @TempDir
    Path dir;

    @Test
    void refusesAClientWithoutSaslOrWithAWrongPassword() throws Exception {
        try (EmbeddedKafkaBroker broker = securedBroker(aliceWritesOrders()).build().start()) {
            KafkaClientProbe.as(broker, ADMIN).createTopic("orders");

            assertThat(KafkaClientProbe.plaintext(broker.bootstrapServers()).write("orders"))
                .as("a client that speaks no SASL never gets past the handshake")
                .isInstanceOf(TimeoutException.class);
            assertThat(KafkaClientProbe.as(broker, new ScramUser("alice", "guessed")).write("orders"))
                .isInstanceOf(SaslAuthenticationException.class);
            assertThat(KafkaClientProbe.as(broker, new ScramUser("mallory", "anything")).write("orders"))
                .isInstanceOf(SaslAuthenticationException.class);
            assertThat(KafkaClientProbe.as(broker, ALICE).write("orders")).as("alice, who may").isNull();
        }
    }

    @Test
    void theControllerListenerTakesNoClientButTheBroker() {
        int controllerPort = FreePorts.resolve(0);
        try (EmbeddedKafkaBroker broker = securedBroker(aliceWritesOrders()).controllerPort(controllerPort)
            .build()
            .start()) {
            assertThat(describeAclsOnTheController(controllerPort, Map.of())).as("without SASL")
                .isInstanceOf(TimeoutException.class);
            assertThat(describeAclsOnTheController(controllerPort,
                    Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN", "sasl.jaas.config",
                            plainLogin(ADMIN))))
                .as("even the admin: only the broker logs in there")
                .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aUserMayDoExactlyWhatItsAclsAllow() throws Exception {
        try (EmbeddedKafkaBroker broker = securedBroker(aliceWritesOrders()).build().start()) {
            var admin = KafkaClientProbe.as(broker, ADMIN);
            assertThat(admin.createTopic("orders")).as("the admin creates topics").isNull();
            assertThat(admin.createTopic("payments")).isNull();
            var alice = KafkaClientProbe.as(broker, ALICE);
            var bob = KafkaClientProbe.as(broker, BOB);

            assertThat(alice.write("orders")).as("idempotent producer, acks=all, WRITE on the topic only").isNull();
            assertThat(alice.write("payments")).isInstanceOf(TopicAuthorizationException.class);
            assertThat(alice.createTopic("alices-own")).isInstanceOf(TopicAuthorizationException.class);
            assertThat(bob.readOne("orders", "bobs-group")).as("bob reads orders in his group").isNull();
            assertThat(bob.readOne("orders", "another-group")).isInstanceOf(GroupAuthorizationException.class);
            assertThat(bob.readOne("payments", "bobs-group")).isInstanceOf(TopicAuthorizationException.class);
            // which refusal comes first depends on whether the producer asks for its id
            // or the
            // topic's metadata first: either way, nothing is written
            assertThat(bob.write("orders")).as("no WRITE anywhere: neither an idempotent producer id nor the topic")
                .isInstanceOfAny(ClusterAuthorizationException.class, TopicAuthorizationException.class);
        }
    }

    @Test
    void aRestartOnTheSameLogDirectoryKeepsUsersAclsAndRecords() throws Exception {
        try (EmbeddedKafkaBroker broker = securedBroker(aliceWritesOrders()).logDir(dir).build().start()) {
            KafkaClientProbe.as(broker, ADMIN).createTopic("orders");
            assertThat(KafkaClientProbe.as(broker, ALICE).write("orders")).isNull();
        }

        try (EmbeddedKafkaBroker restarted = securedBroker(aliceWritesOrders()).logDir(dir).build().start()) {
            assertThat(KafkaClientProbe.as(restarted, BROKER).createTopic("after-restart"))
                .as("the broker's own credential, written only when the directory was formatted")
                .isNull();
            assertThat(KafkaClientProbe.as(restarted, ALICE).write("orders")).isNull();
            assertThat(KafkaClientProbe.as(restarted, ALICE).write("payments"))
                .isInstanceOf(TopicAuthorizationException.class);
            assertThat(KafkaClientProbe.as(restarted, BOB).read("orders", "bobs-group", 2))
                .as("the record from before the restart and the one after")
                .hasSize(2);
            assertThat(KafkaClientProbe.plaintext(restarted.bootstrapServers()).write("orders")).isNotNull();
        }
    }

    @Test
    void aRestartWithAnotherDescriptionLeavesExactlyTheNewUsersAndAcls() throws Exception {
        try (EmbeddedKafkaBroker broker = securedBroker(aliceWritesOrders()).logDir(dir).build().start()) {
            KafkaClientProbe.as(broker, ADMIN).createTopic("orders");
        }
        ScramUser alicesNewPassword = new ScramUser("alice", "rotated-secret");
        KafkaSecurity withoutBob = KafkaSecurity.builder(BROKER, ADMIN)
            .user(alicesNewPassword)
            .acls(List.of(allow(alicesNewPassword, AclOperation.WRITE, ResourceType.TOPIC, "orders")))
            .build();

        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.builder()
            .security(withoutBob)
            .logDir(dir)
            .build()
            .start()) {
            assertThat(KafkaClientProbe.as(restarted, alicesNewPassword).write("orders")).isNull();
            assertThat(KafkaClientProbe.as(restarted, ALICE).write("orders")).as("the old password")
                .isInstanceOf(SaslAuthenticationException.class);
            assertThat(KafkaClientProbe.as(restarted, BOB).readOne("orders", "bobs-group"))
                .as("a user no longer described")
                .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aSecuredBrokerRefusesALogDirectoryFormattedWithoutSecurity() {
        try (EmbeddedKafkaBroker unsecured = EmbeddedKafkaBroker.builder().logDir(dir).build().start()) {
            assertThat(unsecured.security()).isEmpty();
        }

        var secured = securedBroker(aliceWritesOrders()).logDir(dir).build();
        assertThat(catching(secured::start)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("formatted without security");
    }

    private static KafkaSecurity aliceWritesOrders() {
        return KafkaSecurity.builder(BROKER, ADMIN)
            .user(ALICE)
            .user(BOB)
            .acls(List.of(allow(ALICE, AclOperation.WRITE, ResourceType.TOPIC, "orders"),
                    allow(BOB, AclOperation.READ, ResourceType.TOPIC, "orders"),
                    allow(BOB, AclOperation.READ, ResourceType.GROUP, "bobs-group")))
            .build();
    }

    private static EmbeddedKafkaBroker.Builder securedBroker(KafkaSecurity security) {
        return EmbeddedKafkaBroker.builder().security(security);
    }

    private static AclBinding allow(ScramUser user, AclOperation operation, ResourceType type, String name) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(user.principal(), "*", operation, AclPermissionType.ALLOW));
    }

    private static Throwable describeAclsOnTheController(int controllerPort, Map<String, Object> login) {
        Map<String, Object> config = new HashMap<>(login);
        config.put(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, "localhost:" + controllerPort);
        config.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        config.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(config)) {
            return catching(() -> admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS));
        }
    }

    private static String plainLogin(ScramUser user) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user.name()
                + "\" password=\"" + user.password() + "\";";
    }

    private static Throwable catching(ThrowingRunnable action) {
        try {
            action.run();
            return null;
        }
        catch (ExecutionException e) {
            return e.getCause();
        }
        catch (Throwable e) {
            return e;
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {

        void run() throws Exception;

    }

}
