package csp.enrollment.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import csp.enrollment.identity.person.RoleScopes;

class RoleScopesTests {

    private final IdentitySettings settings = new IdentitySettings("http://localhost:9000", "api",
            Duration.ofMinutes(5), new IdentitySettings.SigningKey(null), List.of(),
            Map.of("reviewer", Set.of("reviews.read", "reviews.write")),
            List.of(new IdentitySettings.User("reviewer", "{noop}reviewer", Set.of("reviewer"))));

    @Test
    void grantsARoleItsScopesAndTheOpenIdConnectScopes() {
        assertThat(new RoleScopes(settings).grantable("reviewer", Set.of("openid", "reviews.read", "reviews.write")))
            .containsExactlyInAnyOrder("openid", "reviews.read", "reviews.write");
    }

    @Test
    void dropsAScopeTheRoleDoesNotHave() {
        assertThat(new RoleScopes(settings).grantable("reviewer", Set.of("reviews.read", "operations.write")))
            .containsExactly("reviews.read");
    }

    @Test
    void grantsAnUnknownPersonNothingButTheOpenIdConnectScopes() {
        assertThat(new RoleScopes(settings).grantable("someone", Set.of("openid", "reviews.read")))
            .containsExactly("openid");
    }

    @Test
    void refusesAUserWithAnUndefinedRole() {
        var broken = new IdentitySettings(null, "api", Duration.ofMinutes(5), new IdentitySettings.SigningKey(null),
                List.of(), Map.of(), List.of(new IdentitySettings.User("x", "{noop}x", Set.of("admin"))));

        assertThatThrownBy(() -> new RoleScopes(broken)).hasMessageContaining("role 'admin'");
    }

}
