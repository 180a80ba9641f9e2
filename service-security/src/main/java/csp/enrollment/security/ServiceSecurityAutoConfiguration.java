package csp.enrollment.security;

import jakarta.servlet.DispatcherType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Makes a servlet service an OAuth 2.0 resource server (contract section 7): a bearer JWT
 * from the configured issuer ({@value #ISSUER_PROPERTY}, or {@code ...jwt.jwk-set-uri})
 * on every request except health, Prometheus and the OpenAPI documents; the scope each
 * endpoint needs from the service's {@link ServiceAccessRules}; an endpoint no rule names
 * refused ({@link UnlistedEndpoints}); {@code 401}/{@code 403} as problem documents.
 * Stateless, no session, no CSRF (a bearer token is not sent by a browser on its own), no
 * basic or form login.
 * <p>
 * Secure by default: a service with no issuer configured does not start.
 */
@AutoConfiguration(before = ServletWebSecurityAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceSecurityAutoConfiguration {

    public static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private static final Logger log = LoggerFactory.getLogger(ServiceSecurityAutoConfiguration.class);

    @Bean
    SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http, ObjectProvider<ServiceAccessRules> declared,
            ObjectProvider<JwtDecoder> decoders, ObjectProvider<RequestMappingHandlerMapping> mappings)
            throws Exception {
        if (decoders.getIfAvailable() == null) {
            throw new NoIssuerConfiguredException();
        }
        ServiceAccessRules rules = declared.getIfAvailable(ServiceAccessRules::of);
        if (rules.rules().isEmpty()) {
            log.warn(
                    "The service declares no ServiceAccessRules: every request but health and the OpenAPI documents is refused");
        }
        AccessProblems problems = new AccessProblems(rules);
        RequestMatcher open = OpenEndpoints.matcher();
        return http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .httpBasic(basic -> basic.disable())
            .formLogin(form -> form.disable())
            .logout(logout -> logout.disable())
            .anonymous(Customizer.withDefaults())
            .authorizeHttpRequests(requests -> authorize(requests, open, rules,
                    new UnlistedEndpoints(() -> mappings.orderedStream().toList())))
            .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                .bearerTokenResolver(ignoringOpenEndpoints(open))
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems))
            .exceptionHandling(
                    exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            RequestMatcher open, ServiceAccessRules rules, UnlistedEndpoints unlisted) {
        // the error page renders a problem the request already earned; it grants nothing
        // itself
        requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        requests.requestMatchers(open).permitAll();
        for (ScopeRule rule : rules.rules()) {
            requests.requestMatchers(rule.matcher()).hasAnyAuthority(rule.authorities());
        }
        requests.anyRequest().access(unlisted);
    }

    /**
     * The 64 KiB body limit, ahead of the token check: a stranger's large body costs
     * nothing to refuse.
     */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter() {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * The enrollment id of a request's path or query in the logging context of its log
     * lines.
     */
    @Bean
    FilterRegistrationBean<EnrollmentRequestLogContext> enrollmentRequestLogContext() {
        FilterRegistrationBean<EnrollmentRequestLogContext> registration = new FilterRegistrationBean<>(
                new EnrollmentRequestLogContext());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * The trace id in every problem document answered by a controller or Spring MVC
     * itself.
     */
    @Bean
    TraceIdInProblems traceIdInProblems() {
        return new TraceIdInProblems();
    }

    /**
     * The access table in the OpenAPI document, when the service serves one (springdoc).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApiDocument {

        @Bean
        AccessInOpenApi accessInOpenApi(ObjectProvider<ServiceAccessRules> declared) {
            return new AccessInOpenApi(declared.getIfAvailable(ServiceAccessRules::of));
        }

    }

    /**
     * A stale token on a health probe is no reason to refuse it: open endpoints do not
     * read the token.
     */
    private static BearerTokenResolver ignoringOpenEndpoints(RequestMatcher open) {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> open.matches(request) ? null : bearer.resolve(request);
    }

}
