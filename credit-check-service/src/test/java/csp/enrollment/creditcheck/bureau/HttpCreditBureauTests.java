package csp.enrollment.creditcheck.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter against a real HTTP server (the JDK's) playing the external bureau.
 */
class HttpCreditBureauTests {

    private static final CompanyRef CONTOSO = new CompanyRef("4412345", "Contoso Cloud B.V.", "NL");

    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();

    private final List<URI> requests = new CopyOnWriteArrayList<>();

    private final CountDownLatch releaseSlowReplies = new CountDownLatch(1);

    private HttpServer server;

    private ExecutorService executor;

    private HttpCreditBureau bureau;

    @BeforeEach
    void startBureau() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        bureau = bureauAt(URI.create("http://localhost:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stopBureau() {
        releaseSlowReplies.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void answersTheScoreTheBureauReports() {
        replies.add(Reply.json(200, "{\"score\": 72, \"reportId\": \"r-1\"}"));

        assertThat(bureau.report(CONTOSO)).isEqualTo(BureauAnswer.score(72));
        assertThat(requests).singleElement().satisfies(uri -> {
            assertThat(uri.getPath()).isEqualTo("/reports/4412345");
            assertThat(uri.getQuery()).contains("countryCode=NL").contains("legalName=Contoso Cloud B.V.");
        });
    }

    @Test
    void readsTheScoreEvenWithoutContentType() {
        replies.add(new Reply(200, "{\"score\": 64}", false, null));

        assertThat(bureau.report(CONTOSO)).isEqualTo(BureauAnswer.score(64));
    }

    @Test
    void answersNoRecordWhenTheBureauDoesNotKnowTheCompany() {
        replies.add(Reply.json(404, "{\"message\": \"unknown company\"}"));

        assertThat(bureau.report(CONTOSO)).isEqualTo(BureauAnswer.noRecord());
    }

    @Test
    void answersPendingWhileTheReportIsBeingPrepared() {
        replies.add(Reply.json(202, ""));
        replies.add(Reply.json(200, "{\"status\": \"PENDING\"}"));

        assertThat(bureau.report(CONTOSO)).isEqualTo(BureauAnswer.pending());
        assertThat(bureau.report(CONTOSO)).isEqualTo(BureauAnswer.pending());
    }

    @Test
    void retriesAServerErrorAndReturnsTheLaterAnswer() {
        replies.add(Reply.json(503, "{\"message\": \"maintenance\"}"));
        replies.add(Reply.json(200, "{\"score\": 61}"));

        assertThat(bureau.report(CONTOSO)).isEqualTo(BureauAnswer.score(61));
        assertThat(requests).hasSize(2);
    }

    @Test
    void givesUpAfterBoundedRetriesWhenTheBureauStaysDown() {
        for (int i = 0; i < 5; i++) {
            replies.add(Reply.json(503, ""));
        }

        assertThatExceptionOfType(BureauUnavailableException.class).isThrownBy(() -> bureau.report(CONTOSO))
            .withMessageContaining("503");
        assertThat(requests).hasSize(2);
    }

    @Test
    void treatsASlowBureauAsUnavailable() {
        replies.add(Reply.slow());
        replies.add(Reply.slow());

        assertThatExceptionOfType(BureauUnavailableException.class).isThrownBy(() -> bureau.report(CONTOSO));
        assertThat(requests).hasSize(2);
    }

    @Test
    void retriesATimeoutAndReturnsTheLaterAnswer() {
        replies.add(Reply.slow());
        replies.add(Reply.json(200, "{\"score\": 90}"));

        assertThat(bureau.report(CONTOSO)).isEqualTo(BureauAnswer.score(90));
    }

    @Test
    void doesNotRetryAClientError() {
        replies.add(Reply.json(400, "{\"message\": \"bad request\"}"));

        assertThatExceptionOfType(BureauUnavailableException.class).isThrownBy(() -> bureau.report(CONTOSO))
            .withMessageContaining("400");
        assertThat(requests).hasSize(1);
    }

    @Test
    void treatsAnAnswerWithoutValidScoreAsUnavailable() {
        replies.add(Reply.json(200, "{\"score\": 250}"));
        replies.add(Reply.json(200, "not json"));

        assertThatExceptionOfType(BureauUnavailableException.class).isThrownBy(() -> bureau.report(CONTOSO));
        assertThatExceptionOfType(BureauUnavailableException.class).isThrownBy(() -> bureau.report(CONTOSO));
    }

    @Test
    void treatsAnUnreachableBureauAsUnavailable() {
        server.stop(0);

        assertThatExceptionOfType(BureauUnavailableException.class).isThrownBy(() -> bureau.report(CONTOSO));
    }

    @Test
    void carriesItsConfiguredName() {
        assertThat(bureau.name()).isEqualTo("test-bureau");
    }

    private static HttpCreditBureau bureauAt(URI baseUrl) {
        return new HttpCreditBureau(new BureauSettings(BureauSettings.Mode.HTTP,
                new BureauSettings.Http("test-bureau", baseUrl, Duration.ofSeconds(1), Duration.ofMillis(300), 1,
                        Duration.ofMillis(10), 2.0, Duration.ofMillis(50))));
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI());
        Reply reply = replies.poll();
        if (reply == null) {
            reply = Reply.json(500, "{\"message\": \"no reply scripted\"}");
        }
        if (reply.holdsBack()) {
            try {
                // Holds the answer past the client's read timeout; released when the test
                // ends.
                releaseSlowReplies.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            reply = Reply.json(200, "{\"score\": 99}");
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private record Reply(int status, String body, boolean holdsBack, String contentType) {

        static Reply json(int status, String body) {
            return new Reply(status, body, false, "application/json");
        }

        static Reply slow() {
            return new Reply(0, "", true, "application/json");
        }
    }

}
