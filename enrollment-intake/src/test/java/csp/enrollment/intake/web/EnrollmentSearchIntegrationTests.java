package csp.enrollment.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import csp.enrollment.events.Topics;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.intake.support.TestEvents;
import csp.enrollment.testinfra.TestKafka;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/enrollments}: the operator's search by MPN ID, tenant id or admin
 * e-mail address.
 */
@IntakeIntegrationTest
class EnrollmentSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void findsTheEnrollmentsOfAnMpnIdNewestFirstWithoutBankDetailsOrEmailAddress() {
        IntakeApi api = new IntakeApi(port);
        String mpnId = uniqueMpnId();
        String older = submit(api, mpnId, UUID.randomUUID().toString(), uniqueEmail());
        String newer = submit(api, mpnId, UUID.randomUUID().toString(), uniqueEmail());

        var response = api.get("/api/enrollments?mpnId=" + mpnId);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode found = IntakeApi.json(response);
        assertThat(ids(found)).containsExactly(newer, older);
        JsonNode first = found.get(0);
        assertThat(first.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.get("enrollmentType").asString()).isEqualTo("DIRECT_BILL");
        assertThat(first.get("mpnId").asString()).isEqualTo(mpnId);
        assertThat(first.get("legalName").asString()).isEqualTo("Contoso Cloud B.V.");
        assertThat(first.get("receivedAt").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("bank", "accountLast4", "NL91", "@example.");
    }

    @Test
    void findsByTenantIdAndByAdminEmailInAnyCase() {
        IntakeApi api = new IntakeApi(port);
        String tenantId = UUID.randomUUID().toString();
        String email = uniqueEmail();
        String enrollmentId = submit(api, uniqueMpnId(), tenantId, email);

        assertThat(ids(IntakeApi.json(api.get("/api/enrollments?tenantId=" + tenantId)))).containsExactly(enrollmentId);
        assertThat(ids(IntakeApi.json(api.get("/api/enrollments?adminEmail=" + encoded(email.toUpperCase())))))
            .containsExactly(enrollmentId);
        assertThat(ids(IntakeApi.json(api.get("/api/enrollments?tenantId=" + UUID.randomUUID())))).isEmpty();
    }

    @Test
    void anErasedEnrollmentIsNoLongerFoundByItsAdminsEmailAddress() {
        IntakeApi api = new IntakeApi(port);
        String mpnId = uniqueMpnId();
        String email = uniqueEmail();
        String enrollmentId = submit(api, mpnId, UUID.randomUUID().toString(), email);
        TestKafka.publish(Topics.PROFILE_REJECTED, enrollmentId,
                TestEvents.profileRejected(enrollmentId, Instant.now().truncatedTo(ChronoUnit.MILLIS).plusSeconds(60)));
        await().atMost(Duration.ofSeconds(60))
            .until(() -> "REJECTED".equals(IntakeApi.json(api.enrollment(enrollmentId)).get("status").asString()));

        assertThat(api.erasePersonalData(enrollmentId).statusCode()).isEqualTo(202);

        assertThat(ids(IntakeApi.json(api.get("/api/enrollments?adminEmail=" + encoded(email))))).isEmpty();
        JsonNode byMpnId = IntakeApi.json(api.get("/api/enrollments?mpnId=" + mpnId));
        assertThat(ids(byMpnId)).containsExactly(enrollmentId);
        assertThat(byMpnId.get(0).get("legalName").isNull()).isTrue();
        assertThat(byMpnId.get(0).get("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void refusesAQueryWithoutExactlyOneCriterionListingEveryProblem() {
        IntakeApi api = new IntakeApi(port);

        assertInvalid(api.get("/api/enrollments"), List.of());
        assertInvalid(api.get("/api/enrollments?mpnId=4412345&tenantId=" + UUID.randomUUID()),
                List.of("mpnId", "tenantId"));
        assertInvalid(api.get("/api/enrollments?mpnId=4412345&mpnId=4412346"), List.of("mpnId"));
        assertInvalid(api.get("/api/enrollments?adminEmail=%20"), List.of("adminEmail"));
        assertInvalid(api.get("/api/enrollments?mpnId=" + "1".repeat(11)), List.of("mpnId"));
    }

    private static void assertInvalid(HttpResponse<String> response, List<String> fields) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = IntakeApi.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:csp-enrollment:problem:invalid-request");
        assertThat(problem.get("errors").size()).isPositive();
        if (!fields.isEmpty()) {
            assertThat(StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asString())
                .toList()).containsExactlyInAnyOrderElementsOf(fields);
        }
    }

    private static String submit(IntakeApi api, String mpnId, String tenantId, String email) {
        var response = api.submit(Requests.with(Requests.directBill(), body -> {
            body.put("mpnId", mpnId);
            body.put("tenantId", tenantId);
            Requests.object(body, "admin").put("workEmail", email);
        }));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return IntakeApi.json(response).get("enrollmentId").asString();
    }

    private static List<String> ids(JsonNode found) {
        return StreamSupport.stream(found.spliterator(), false)
            .map(node -> node.get("enrollmentId").asString())
            .toList();
    }

    /**
     * An MPN ID no other test of this JVM submits: the database is shared between test
     * classes.
     */
    private static String uniqueMpnId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
    }

    private static String uniqueEmail() {
        return "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
