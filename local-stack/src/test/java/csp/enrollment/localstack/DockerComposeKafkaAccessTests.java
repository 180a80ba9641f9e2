package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.resource.PatternType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.access.KafkaPrincipal;

/**
 * docker-compose.yml grants in shell what {@link KafkaAccess} grants the local stack's
 * broker, and each service's environment logs its Kafka clients in as its own principal.
 * Compose's {@code ${VAR:-default}} defaults are the local stack's development logins.
 */
class DockerComposeKafkaAccessTests {

    private static final Path COMPOSE_FILE = Path.of("").toAbsolutePath().resolveSibling("docker-compose.yml");

    /**
     * Principals of the infrastructure, not of the contract: Confluent Schema Registry's
     * own.
     */
    private static final Set<String> INFRASTRUCTURE = Set.of("schema-registry");

    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{(\\w+):-([^}]*)}");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheComposeFile() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE_FILE));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    /**
     * What one principal is granted by the setup script's lines; {@code other}: bare
     * kafka-acls arguments.
     */
    private record Grants(Set<String> writes, Set<String> reads, Set<String> groups, Set<String> prefixedGroups,
            Set<String> other) {

        Grants() {
            this(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        }
    }

    @Test
    void theSetupGrantsEveryPrincipalExactlyWhatKafkaAccessGrants() {
        Map<String, Grants> granted = grants(setupScript());

        for (KafkaPrincipal principal : KafkaAccess.ALL) {
            Grants grants = granted.getOrDefault(principal.name(), new Grants());
            assertThat(grants.writes()).as(principal.name() + " writes")
                .containsExactlyInAnyOrderElementsOf(principal.writes());
            assertThat(grants.reads()).as(principal.name() + " reads")
                .containsExactlyInAnyOrderElementsOf(principal.reads());
            if (principal.groups() == null) {
                assertThat(grants.groups()).as(principal.name() + " uses no consumer group").isEmpty();
                assertThat(grants.prefixedGroups()).as(principal.name() + " uses no consumer group").isEmpty();
            }
            else {
                assertThat(principal.groupPattern() == PatternType.PREFIXED ? grants.prefixedGroups() : grants.groups())
                    .as(principal.name() + "'s consumer groups")
                    .containsExactly(principal.groups());
                assertThat(principal.groupPattern() == PatternType.PREFIXED ? grants.groups() : grants.prefixedGroups())
                    .isEmpty();
            }
            assertThat(grants.other()).as(principal.name() + ": nothing beyond writes, reads and its groups").isEmpty();
        }
        Set<String> principals = new TreeSet<>(granted.keySet());
        KafkaAccess.ALL.forEach(principal -> principals.remove(principal.name()));
        assertThat(principals).as("principals granted anything beyond the contract's").isSubsetOf(INFRASTRUCTURE);
    }

    @Test
    void theSetupCreatesAUserForEveryPrincipalWithTheLocalStacksPasswordAsDevelopmentDefault() {
        Map<String, String> environment = environment("kafka-setup");
        Matcher users = Pattern.compile("(?m)^\\s*user (\\S+) \"\\$\\$(\\w+)\"$").matcher(setupScript());
        Map<String, String> passwords = new HashMap<>();
        while (users.find()) {
            passwords.put(users.group(1), environment.get(users.group(2)));
        }
        for (KafkaPrincipal principal : KafkaAccess.ALL) {
            assertThat(passwords.get(principal.name())).as(principal.name())
                .isEqualTo(KafkaDevelopmentLogins.of(principal).password());
        }
        assertThat(environment.get("KAFKA_ADMIN_PASSWORD")).isEqualTo(KafkaDevelopmentLogins.ADMIN.password());
        assertThat(environment("kafka").get("KAFKA_BROKER_PASSWORD"))
            .isEqualTo(KafkaDevelopmentLogins.BROKER.password());
    }

    @Test
    void everyServiceLogsItsKafkaClientsInAsItsOwnPrincipalItsDeadLetterApiAsItsOperationsLoginAndCreatesNoTopics() {
        for (KafkaPrincipal service : KafkaAccess.SERVICES) {
            Map<String, String> environment = environment(service.name());
            // Bound as Spring Boot binds environment variables, so the names must really
            // reach the clients.
            var source = new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(environment));
            var binder = new Binder(ConfigurationPropertySources.from(source));
            KafkaProperties kafka = binder.bind("spring.kafka", KafkaProperties.class).get();
            Map<String, Object> expected = Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism",
                    "SCRAM-SHA-512", "sasl.jaas.config", KafkaDevelopmentLogins.of(service).jaasConfig());

            assertThat(kafka.buildProducerProperties()).as(service.name() + " producer").containsAllEntriesOf(expected);
            assertThat(kafka.buildConsumerProperties()).as(service.name() + " consumer").containsAllEntriesOf(expected);
            assertThat(kafka.buildAdminProperties()).as(service.name() + " admin").containsAllEntriesOf(expected);
            assertThat(binder.bind("pipeline.messaging.topics.create", Boolean.class).get()).isFalse();
            assertThat(binder
                .bind("pipeline.messaging.dead-letters.kafka-properties", Bindable.mapOf(String.class, String.class))
                .get()).as(service.name() + "'s dead-letter API")
                .containsEntry("sasl.jaas.config",
                        KafkaDevelopmentLogins.of(KafkaPrincipal.operationsOf(service)).jaasConfig());
        }
    }

    private static String setupScript() {
        Object command = services.get("kafka-setup").get("command");
        return command instanceof List<?> list ? list.get(0).toString() : command.toString();
    }

    /**
     * The setup script's writes / reads / group / groups_prefixed / grant lines, per
     * principal.
     */
    private static Map<String, Grants> grants(String script) {
        Set<String> verbs = Set.of("writes", "reads", "group", "groups_prefixed", "grant");
        Map<String, Grants> grants = new LinkedHashMap<>();
        for (String line : script.split("\n")) {
            List<String> words = List.of(line.trim().split("\\s+"));
            if (words.size() < 3 || !verbs.contains(words.get(0))) {
                continue;
            }
            Grants of = grants.computeIfAbsent(words.get(1), name -> new Grants());
            List<String> rest = words.subList(2, words.size());
            switch (words.get(0)) {
                case "writes" -> of.writes().addAll(rest);
                case "reads" -> of.reads().addAll(rest);
                case "group" -> of.groups().addAll(rest);
                case "groups_prefixed" -> of.prefixedGroups().addAll(rest);
                default -> of.other().add(String.join(" ", rest));
            }
        }
        return grants;
    }

    /**
     * A service's environment with anchors merged and compose's {@code ${VAR:-default}}
     * defaults filled in.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Map<String, String> environment = new HashMap<>();
        ((Map<String, Object>) services.get(service).get("environment"))
            .forEach((name, value) -> environment.put(name, withDefaults(String.valueOf(value))));
        return environment;
    }

    private static String withDefaults(String value) {
        assertThat(value).as("every variable has a development default").doesNotContainPattern("\\$\\{\\w+}");
        return DEFAULTED.matcher(value).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
    }

}
