package csp.enrollment.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Secure by default: no issuer, no service; with one, the service's chain is the only
 * one.
 */
class ServiceSecurityAutoConfigurationTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
                    OAuth2ResourceServerAutoConfiguration.class, ServiceSecurityAutoConfiguration.class));

    @Test
    void aServiceWithoutAnIssuerDoesNotStartAndSaysWhatToSet() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(NoIssuerConfiguredException.class)
                .hasMessageContaining(ServiceSecurityAutoConfiguration.ISSUER_PROPERTY);
            FailureAnalysis analysis = new NoIssuerConfiguredFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getAction()).contains(ServiceSecurityAutoConfiguration.ISSUER_PROPERTY);
        });
    }

    @Test
    void withAnIssuerTheServicesChainIsTheOnlyOne() {
        runner.withPropertyValues(ServiceSecurityAutoConfiguration.ISSUER_PROPERTY + "=http://localhost:9000")
            .withBean(ServiceAccessRules.class,
                    () -> ServiceAccessRules.of(ScopeRule.get("/api/things/**", "things.read")))
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBeansOfType(SecurityFilterChain.class))
                    .containsOnlyKeys("serviceSecurityFilterChain");
                assertThat(context.getBean("requestSizeLimitFilter", FilterRegistrationBean.class).getFilter())
                    .isInstanceOf(RequestSizeLimitFilter.class);
            });
    }

    @Test
    void problemTextIsEscapedForJson() {
        assertThat(AccessProblems.quote("a\"b\\c\n<script>")).isEqualTo("\"a\\\"b\\\\c\\n\\u003cscript\\u003e\"");
    }

    @Test
    void aRuleNeedsAScopeAndNamesItsAuthorities() {
        assertThat(ScopeRule.get("/api/x", "a.read", "b.write").authorities()).containsExactly("SCOPE_a.read",
                "SCOPE_b.write");
        assertThat(ScopeRule.any("/api/x/**", "a.write")).hasToString("* /api/x/** -> a.write");
    }

}
