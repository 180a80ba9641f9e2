package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.sun.net.httpserver.HttpServer;

import csp.enrollment.testinfra.security.TestIdentityProvider;

/**
 * The demo, benchmark and fault suite get tokens the way a client would, once asked to.
 */
class PipelineClientTokenTests {

    private final TestIdentityProvider idp = TestIdentityProvider.get();

    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private final AtomicInteger refuseNext = new AtomicInteger();

    private HttpServer service;

    private StackUrls urls;

    /**
     * A service that records the Authorization header of every call and can refuse one
     * with 401.
     */
    @BeforeEach
    void startAService() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 401 : 200, -1);
            exchange.close();
        });
        service.start();
        String url = "http://127.0.0.1:" + service.getAddress().getPort();
        urls = new StackUrls(url, url, url, url);
    }

    @AfterEach
    void stopTheService() {
        service.stop(0);
    }

    @Test
    void sendsNoTokenUnlessAsked() throws IOException {
        new PipelineClient(urls).enrollment("e-1");

        assertThat(authorizations).containsExactly("null");
    }

    @Test
    void sendsTheOperatorCliTokenWithEveryScope() throws IOException {
        new PipelineClient(urls, ClientCredentialsToken.operatorCli(idp.issuer())).enrollment("e-1");

        Jwt jwt = NimbusJwtDecoder.withIssuerLocation(idp.issuer()).build().decode(bearer(authorizations.get(0)));
        assertThat(jwt.getSubject()).isEqualTo("operator-cli");
        assertThat(jwt.getClaimAsString("scope").split(" "))
            .containsExactlyInAnyOrder(ClientCredentialsToken.EVERY_SCOPE.split(" "));
    }

    @Test
    void keepsTheTokenAndFetchesANewOneBeforeItExpires() throws IOException {
        var clock = new SettableClock();
        var token = new ClientCredentialsToken(idp.tokenEndpoint(), "upstream-portal", "upstream-portal-secret",
                "enrollments.read", clock);
        var client = new PipelineClient(urls, token);

        client.enrollment("e-1");
        clock.advance(Duration.ofMinutes(4));
        client.enrollment("e-1");
        // the token lives 5 minutes; 30 seconds before that it is replaced
        clock.advance(Duration.ofSeconds(31));
        client.enrollment("e-1");

        assertThat(authorizations.get(1)).isEqualTo(authorizations.get(0));
        assertThat(authorizations.get(2)).isNotEqualTo(authorizations.get(1));
    }

    @Test
    void afterA401FetchesANewTokenAndTriesOnceMore() throws IOException {
        var client = new PipelineClient(urls, ClientCredentialsToken.operatorCli(idp.issuer()));
        client.enrollment("e-1");
        refuseNext.set(1);

        PipelineClient.Answer answer = client.enrollment("e-1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(authorizations).hasSize(3);
        assertThat(authorizations.get(2)).isNotEqualTo(authorizations.get(1));
    }

    private static String bearer(String authorization) {
        assertThat(authorization).startsWith("Bearer ");
        return authorization.substring("Bearer ".length());
    }

    private static final class SettableClock extends Clock {

        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

    }

}
