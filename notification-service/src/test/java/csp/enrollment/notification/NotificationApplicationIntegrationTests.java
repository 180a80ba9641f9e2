package csp.enrollment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.testinfra.PipelineInfrastructure;
import csp.enrollment.testinfra.security.TrustTestIdentityProvider;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as {@code main} starts it: its own configuration file, UP, and a clean
 * stop. Its listeners stay off and it uses a database of its own, so it takes no events
 * or e-mails from the context the other integration tests share.
 */
@PipelineInfrastructure
@TrustTestIdentityProvider
class NotificationApplicationIntegrationTests {

    @Test
    void startsReportsUpAndStopsCleanly() {
        // arguments, not builder properties: those are defaults, which the service's own
        // file overrides
        ConfigurableApplicationContext app = NotificationApplication.builder()
            .run("--server.port=0", "--spring.mongodb.database=notification_lifecycle_test",
                    "--spring.kafka.listener.auto-startup=false");
        try {
            assertThat(app.getEnvironment().getProperty("spring.application.name"))
                .isEqualTo(NotificationApplication.NAME);
            String health = new TestApi(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")))
                .client()
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);
            assertThat(health).contains("\"status\":\"UP\"");
        }
        finally {
            app.close();
        }
        assertThat(app.isActive()).isFalse();
        assertThat(app.isRunning()).isFalse();
    }

}
