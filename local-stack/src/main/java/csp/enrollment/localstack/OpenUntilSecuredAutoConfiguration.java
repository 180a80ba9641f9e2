package csp.enrollment.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Keeps a service that has no security of its own as open as it is in its own jar. Spring
 * Security is on the local stack's classpath for the identity provider, and Boot would
 * otherwise lock such a service behind a generated password. Backs off by itself as soon
 * as the service declares a {@link SecurityFilterChain}, so a secured service stays
 * secured here too.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class },
        // a service with service-security declares its chain there: this one must see it
        afterName = "csp.enrollment.security.ServiceSecurityAutoConfiguration",
        beforeName = {
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnDefaultWebSecurity
public class OpenUntilSecuredAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OpenUntilSecuredAutoConfiguration.class);

    @Bean
    SecurityFilterChain openUntilSecured(HttpSecurity http, @Value("${spring.application.name:service}") String name) {
        log.warn("{} declares no security of its own: its HTTP API is open, as in its own jar", name);
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.disable())
            .headers(headers -> headers.disable())
            .requestCache(cache -> cache.disable())
            .build();
    }

}
