package csp.enrollment.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.TestMasterKey;

@IntakeIntegrationTest
class IntakeApplicationIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String applicationName;

    @Value("${spring.mongodb.database}")
    String database;

    private IntakeApi api;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
    }

    @Test
    void readsItsOwnConfigurationFile() {
        assertThat(applicationName).isEqualTo(EnrollmentIntakeApplication.NAME);
        assertThat(database).isEqualTo("enrollment_intake");
    }

    @Test
    void reportsHealthUp() {
        var response = api.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(IntakeApi.json(response).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void publishesAnOpenApiDocumentWithTheEndpointsAndTheErrorSchema() {
        var response = api.get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        var document = IntakeApi.json(response);
        assertThat(document.get("paths").propertyNames()).contains("/api/enrollments",
                "/api/enrollments/{enrollmentId}");
        var post = document.get("paths").get("/api/enrollments").get("post");
        assertThat(post.get("responses").propertyNames()).contains("202", "200", "400", "409", "413", "415");
        assertThat(post.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString())
            .endsWith("/EnrollmentApplication");
        assertThat(document.get("components").get("schemas").propertyNames()).contains("EnrollmentApplication",
                "Problem", "FieldError", "Enrollment");
        assertThat(document.get("components")
            .get("schemas")
            .get("FieldError")
            .get("properties")
            .get("code")
            .get("enum")
            .toString()).contains("INVALID_IBAN", "REQUIRED", "MALFORMED_JSON");
    }

    @Test
    void documentsThePartnersCommandsWithExamples() {
        var paths = IntakeApi.json(api.get("/v3/api-docs")).get("paths");
        for (String command : List.of("agreement", "support-plan", "transition")) {
            var post = paths.get("/api/enrollments/{enrollmentId}/" + command).get("post");
            assertThat(post.get("responses").propertyNames()).as(command).contains("202", "200", "400", "404", "409");
            assertThat(post.get("requestBody").get("content").get("application/json").get("examples").size())
                .as(command + ": a request example")
                .isPositive();
        }
        assertThat(paths.get("/api/enrollments/{enrollmentId}/support-plan")
            .get("post")
            .get("responses")
            .get("409")
            .toString()).contains("CREDIT_CHECK_NOT_PASSED");
    }

    @Test
    void startsReportsUpAndStopsCleanly() {
        Instant started = Instant.now();
        var context = EnrollmentIntakeApplication.builder()
            .run("--server.port=0", "--" + TestMasterKey.KEY, "--" + TestMasterKey.ACTIVE);
        int instancePort = ((WebServerApplicationContext) context).getWebServer().getPort();
        var response = new IntakeApi(instancePort).get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(IntakeApi.json(response).get("status").asString()).isEqualTo("UP");

        context.close();

        assertThat(context.isActive()).isFalse();
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(60));
        assertThatThrownBy(() -> new Socket("localhost", instancePort).close()).isInstanceOf(IOException.class);
    }

    @Test
    void servesTheBrowsableApiDocumentation() {
        var response = api.get("/swagger-ui/index.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Swagger UI");
        assertThat(api.get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

}
