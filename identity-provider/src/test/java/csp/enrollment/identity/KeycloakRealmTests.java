package csp.enrollment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;

/**
 * docker-compose's Keycloak realm and the local stack's identity provider define the same
 * clients, secrets, people, roles and scopes, so a token works alike from either.
 * Keycloak resolves {@code ${VAR:default}} in the realm from its environment; compared
 * here is the default.
 */
class KeycloakRealmTests {

    private static final Path REALM = Path.of("..", "deploy", "keycloak", "csp-enrollment-realm.json");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z_]+:(.*)}");

    private static JsonNode realm;

    private static IdentitySettings configured;

    @BeforeAll
    static void readBoth() throws IOException {
        realm = TokenRequests.JSON.readTree(Files.readString(REALM));
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("identity-provider", new ClassPathResource("identity-provider.yml"))
            .forEach(environment.getPropertySources()::addLast);
        configured = new Binder(ConfigurationPropertySources.get(environment),
                new PropertySourcesPlaceholdersResolver(environment))
            .bind("identity", IdentitySettings.class)
            .get();
    }

    @Test
    void theRealmParsesAndIsNamed() {
        assertThat(realm.path("realm").asString()).isEqualTo("csp-enrollment");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
    }

    @Test
    void definesTheSameClientsWithTheSameSecretsScopesAndRedirects() {
        Map<String, JsonNode> clients = byName(realm.path("clients"), "clientId");
        assertThat(clients.keySet()).isEqualTo(
                configured.clients().stream().map(IdentitySettings.Client::clientId).collect(Collectors.toSet()));
        for (IdentitySettings.Client client : configured.clients()) {
            JsonNode kc = clients.get(client.clientId());
            assertThat(resolved(kc.path("secret").asString())).as(client.clientId())
                .isEqualTo(client.secret().replace("{noop}", ""));
            // "openid" is no client scope in Keycloak: it always answers it
            assertThat(strings(kc.path("optionalClientScopes"))).as(client.clientId())
                .isEqualTo(without(client.scopes(), "openid"));
            assertThat(strings(kc.path("redirectUris"))).as(client.clientId()).isEqualTo(client.redirectUris());
            assertThat(kc.path("serviceAccountsEnabled").asBoolean()).as(client.clientId())
                .isEqualTo(client.grantTypes().contains("client_credentials"));
            assertThat(kc.path("standardFlowEnabled").asBoolean()).as(client.clientId())
                .isEqualTo(client.grantTypes().contains("authorization_code"));
            assertThat(strings(kc.path("defaultClientScopes"))).as("only the audience, no scope by default")
                .containsExactly("csp-enrollment-api");
        }
    }

    @Test
    void grantsEachRoleTheSameScopes() {
        Map<String, Set<String>> realmRoles = scopesByRole();
        configured.roles().forEach((role, scopes) -> assertThat(realmRoles.get(role)).as(role).isEqualTo(scopes));
    }

    @Test
    void definesTheSamePeopleWithTheSamePasswordsAndRoles() {
        Map<String, JsonNode> users = byName(realm.path("users"), "username");
        Set<String> people = users.entrySet()
            .stream()
            .filter(e -> !e.getValue().has("serviceAccountClientId"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
        assertThat(people)
            .isEqualTo(configured.users().stream().map(IdentitySettings.User::username).collect(Collectors.toSet()));
        for (IdentitySettings.User user : configured.users()) {
            JsonNode kc = users.get(user.username());
            assertThat(resolved(kc.path("credentials").get(0).path("value").asString()))
                .isEqualTo(user.password().replace("{noop}", ""));
            assertThat(strings(kc.path("realmRoles"))).isEqualTo(user.roles());
            // Keycloak asks a person with an incomplete profile to complete it before any
            // token
            assertThat(kc.path("firstName").asString()).isNotBlank();
            assertThat(kc.path("email").asString()).isNotBlank();
        }
    }

    /**
     * Keycloak grants a role-bound scope only to a subject with the role: for a client,
     * its service account.
     */
    @Test
    void eachServiceAccountHoldsARoleForEveryScopeOfItsClient() {
        Map<String, Set<String>> roleScopes = scopesByRole();
        for (JsonNode user : realm.path("users")) {
            if (!user.has("serviceAccountClientId")) {
                continue;
            }
            String clientId = user.path("serviceAccountClientId").asString();
            Set<String> reachable = strings(user.path("realmRoles")).stream()
                .flatMap(role -> roleScopes.getOrDefault(role, Set.of()).stream())
                .collect(Collectors.toSet());
            IdentitySettings.Client client = configured.clients()
                .stream()
                .filter(c -> c.clientId().equals(clientId))
                .findFirst()
                .orElseThrow();
            assertThat(reachable).as(clientId).containsAll(client.scopes());
        }
    }

    @Test
    void everyScopeIsWrittenToTheScopeClaimAndEveryTokenIsForTheApi() {
        Map<String, JsonNode> scopes = byName(realm.path("clientScopes"), "name");
        configured.roles()
            .values()
            .stream()
            .flatMap(Set::stream)
            .forEach(scope -> assertThat(scopes.get(scope).path("attributes").path("include.in.token.scope").asString())
                .as(scope)
                .isEqualTo("true"));
        JsonNode audience = scopes.get("csp-enrollment-api").path("protocolMappers").get(0);
        assertThat(audience.path("protocolMapper").asString()).isEqualTo("oidc-audience-mapper");
        assertThat(audience.path("config").path("included.custom.audience").asString())
            .isEqualTo(configured.audience());
    }

    private static Map<String, Set<String>> scopesByRole() {
        Map<String, Set<String>> scopesByRole = new HashMap<>();
        for (JsonNode mapping : realm.path("scopeMappings")) {
            for (String role : strings(mapping.path("roles"))) {
                scopesByRole.computeIfAbsent(role, r -> new HashSet<>()).add(mapping.path("clientScope").asString());
            }
        }
        return scopesByRole;
    }

    private static Map<String, JsonNode> byName(JsonNode array, String field) {
        Map<String, JsonNode> byName = new HashMap<>();
        array.forEach(node -> byName.put(node.path(field).asString(), node));
        return byName;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> strings = new LinkedHashSet<>();
        array.forEach(node -> strings.add(node.asString()));
        return strings;
    }

    private static Set<String> without(Set<String> scopes, String scope) {
        Set<String> rest = new HashSet<>(scopes);
        rest.remove(scope);
        return rest;
    }

    private static String resolved(String value) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        return placeholder.matches() ? placeholder.group(1) : value;
    }

}
