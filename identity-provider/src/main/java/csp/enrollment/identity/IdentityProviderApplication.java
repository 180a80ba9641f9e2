package csp.enrollment.identity;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The development identity provider: an OAuth 2.1 / OpenID Connect authorization server
 * (Spring Authorization Server) issuing the JWTs the services accept. The local stack
 * runs it; docker-compose runs Keycloak with the same clients, people and scopes instead.
 * <p>
 * It imports only the auto-configuration it uses, not everything on the classpath: in the
 * local stack and in the services' tests it shares a JVM with Kafka, MongoDB, mail and
 * actuator, none of which belongs in this context.
 */
@SpringBootConfiguration
@ComponentScan
@EnableConfigurationProperties(IdentitySettings.class)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, SslAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
public class IdentityProviderApplication {

    /**
     * The application's name and its configuration file ({@code identity-provider.yml}).
     */
    public static final String NAME = "identity-provider";

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The application with its own configuration file, so it can share a JVM with the
     * services.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IdentityProviderApplication.class).properties("spring.config.name=" + NAME);
    }

}
