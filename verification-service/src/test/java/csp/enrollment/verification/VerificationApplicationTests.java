package csp.enrollment.verification;

import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.security.TrustTestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as {@code main} builds it: its own configuration file, health UP, clean
 * stop.
 */
@PipelineInfrastructure
@TrustTestIdentityProvider
class VerificationApplicationTests {

    @Test
    void startsWithItsOwnConfigurationReportsUpAndStopsCleanly() throws Exception {
        ConfigurableApplicationContext context = VerificationApplication.builder()
            .run("--server.port=0",
                    // its own consumer group, so the shared test context's listener is
                    // not rebalanced
                    "--spring.kafka.consumer.group-id=verification-service-startup-test",
                    "--pipeline.work.sweep-interval=PT1H");
        try {
            assertThat(context.getEnvironment().getProperty("spring.application.name"))
                .isEqualTo("verification-service");
            assertThat(context.getEnvironment().getProperty("spring.mongodb.database"))
                .isEqualTo("verification_service");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            HttpResponse<String> health = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
        finally {
            context.close();
        }
        assertThat(context.isActive()).isFalse();
        assertThat(context.isRunning()).isFalse();
    }

}
