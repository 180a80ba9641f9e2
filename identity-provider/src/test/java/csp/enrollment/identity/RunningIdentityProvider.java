package csp.enrollment.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One identity provider for this module's tests, started as the local stack starts it, on
 * a free port.
 */
final class RunningIdentityProvider {

    private static RunningIdentityProvider instance;

    final String issuer;

    final ConfigurableApplicationContext context;

    private RunningIdentityProvider(int port) {
        this.issuer = "http://localhost:" + port;
        this.context = IdentityProviderApplication.builder()
            .registerShutdownHook(true)
            .run("--server.port=" + port, "--identity.issuer=" + issuer);
    }

    static synchronized RunningIdentityProvider get() {
        if (instance == null) {
            instance = new RunningIdentityProvider(freePort());
        }
        return instance;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
