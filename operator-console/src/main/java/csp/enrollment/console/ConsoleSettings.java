package csp.enrollment.console;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services answer ({@code console.services.*}); the console calls their APIs
 * with the logged-in person's token.
 */
@ConfigurationProperties("console")
public record ConsoleSettings(Services services) {

    public record Services(URI intake, URI verification, URI creditCheck, URI notification) {
    }
}
