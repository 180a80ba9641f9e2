package csp.enrollment.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.EnrollmentType;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.security.RequestSizeLimitFilter;
import csp.enrollment.testinfra.TestKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * contract.md §1 over a real socket: answers, problem documents, and what is stored and
 * emitted.
 */
@IntakeIntegrationTest
class EnrollmentApiIntegrationTests {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private IntakeApi api;

    private TestKafka.TopicReader<Object> submitted;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
        submitted = TestKafka.events(Topics.SUBMITTED);
    }

    @AfterEach
    void disconnect() {
        submitted.close();
    }

    @Test
    void acceptsTheContractExampleAndAnnouncesItWithoutTheBankAccount() {
        var response = api.submit(Requests.CONTRACT_EXAMPLE);

        assertThat(response.statusCode()).isEqualTo(202);
        String enrollmentId = IntakeApi.json(response).get("enrollmentId").asString();
        assertThat(IntakeApi.json(response).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/enrollments/" + enrollmentId);

        var event = (EnrollmentSubmitted) await().atMost(EVENT_TIMEOUT)
            .until(() -> submitted.valuesWithKey(enrollmentId), events -> !events.isEmpty())
            .get(0);
        assertThat(event.getMetadata().getEnrollmentId()).isEqualTo(enrollmentId);
        assertThat(event.getMetadata().getProducer()).isEqualTo("enrollment-intake");
        assertThat(event.getMetadata().getCausationId()).isNull();
        assertThat(event.getEnrollmentType()).isEqualTo(EnrollmentType.DIRECT_BILL);
        assertThat(event.getMpnId()).isEqualTo("4412345");
        assertThat(event.getCompany().getAddress().getPostalCode()).isEqualTo("1015 CJ");
        assertThat(event.getBank().getAccountLast4()).isEqualTo("4300");
        assertThat(event.getBank().getIbanCountryCode()).isEqualTo("NL");
        assertThat(event.getBank().getBic()).isEqualTo("ABNANL2A");
        assertThat(event.getDirectBill().getCspCloudRevenueTtmUsd()).isEqualByComparingTo("350000.00");
        assertThat(event.getDirectBill().getManagedServices()).containsExactly("Managed Microsoft 365 security");
        assertThat(event.toString()).doesNotContain("NL91ABNA0417164300");
        try (var raw = TestKafka.raw(Topics.SUBMITTED)) {
            byte[] bytes = await().atMost(EVENT_TIMEOUT)
                .until(() -> raw.valuesWithKey(enrollmentId), v -> !v.isEmpty())
                .get(0);
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("NL91ABNA0417164300",
                    "0417164300");
        }
    }

    @Test
    void showsTheEnrollmentWithTheAccountMasked() {
        String enrollmentId = IntakeApi.json(api.submit(Requests.indirectReseller().toString()))
            .get("enrollmentId")
            .asString();

        var response = api.enrollment(enrollmentId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode enrollment = IntakeApi.json(response);
        assertThat(enrollment.get("enrollmentId").asString()).isEqualTo(enrollmentId);
        assertThat(enrollment.get("enrollmentType").asString()).isEqualTo("INDIRECT_RESELLER");
        assertThat(enrollment.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(enrollment.get("market").isNull()).isTrue();
        assertThat(enrollment.get("currency").isNull()).isTrue();
        assertThat(enrollment.get("bank").toString()).isEqualTo("{\"accountLast4\":\"4300\"}");
        assertThat(enrollment.get("history")).hasSize(1);
        assertThat(enrollment.get("history").get(0).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(enrollment.get("history").get(0).get("reasons")).isEmpty();
        assertThat(response.body()).doesNotContain("NL91", "0417164300", "ABNANL2A", "accountHolder");
    }

    @Test
    void answersUnknownEnrollmentWithNotFoundProblem() {
        var response = api.enrollment("0b8a8c5e-3f4e-4a8e-9d59-2f7c0c2e1f10");

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, 404);
        assertThat(IntakeApi.json(response).get("instance").asString())
            .isEqualTo("/api/enrollments/0b8a8c5e-3f4e-4a8e-9d59-2f7c0c2e1f10");
    }

    @Test
    void listsEveryProblemOfTheBodyInOneAnswerAndStoresNothing() {
        ObjectNode body = Requests.directBill();
        String tenantId = body.get("tenantId").asString();
        Requests.with(body, b -> {
            b.put("mpnId", "12");
            Requests.object(b, "company.address").putNull("postalCode");
            Requests.object(b, "company.address").put("countryCode", "ZZ");
            Requests.object(b, "bank").put("iban", "NL92ABNA0417164300");
            Requests.object(b, "admin").put("lastName", "de Vries\r\nBcc: someone@example.com");
            Requests.object(b, "admin").put("preferredLanguage", "nl_NL");
            b.remove("directBill");
        });

        var response = api.submit(body.toString());

        assertProblem(response, 400);
        JsonNode problem = IntakeApi.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:csp-enrollment:problem:invalid-application");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid application");
        assertThat(problem.get("detail").asString()).isEqualTo("The application has 7 problems, listed in errors.");
        assertThat(errors(problem)).containsExactlyInAnyOrder(tuple("mpnId", "INVALID_FORMAT"),
                tuple("company.address.postalCode", "REQUIRED"),
                tuple("company.address.countryCode", "INVALID_COUNTRY"), tuple("bank.iban", "INVALID_IBAN"),
                tuple("admin.lastName", "CONTROL_CHARACTERS"), tuple("admin.preferredLanguage", "INVALID_FORMAT"),
                tuple("directBill", "REQUIRED"));
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("NL92ABNA0417164300");
        assertThat(mongo.exists(Query.query(Criteria.where("application.tenantId").is(tenantId)), "enrollments"))
            .isFalse();
    }

    @Test
    void reportsValuesOfTheWrongTypeAndUnknownEnumValuesWithTheirPaths() {
        String body = Requests.with(Requests.directBill(), b -> {
            b.put("enrollmentType", "DIRECT");
            b.put("mpnId", 4412345);
            Requests.object(b, "company").put("address", "Keizersgracht 123, Amsterdam");
            Requests.object(b, "directBill").put("cspCloudRevenueTtmUsd", "350000.00");
            Requests.object(b, "directBill").put("hasSigningAuthority", "yes");
            Requests.object(b, "directBill").putArray("managedServices").add("Managed security").add(42);
        });

        var response = api.submit(body);

        assertProblem(response, 400);
        assertThat(errors(IntakeApi.json(response))).containsExactlyInAnyOrder(tuple("enrollmentType", "INVALID_VALUE"),
                tuple("mpnId", "INVALID_TYPE"), tuple("company.address", "INVALID_TYPE"),
                tuple("directBill.cspCloudRevenueTtmUsd", "INVALID_TYPE"),
                tuple("directBill.hasSigningAuthority", "INVALID_TYPE"),
                tuple("directBill.managedServices[1]", "INVALID_TYPE"));
    }

    @Test
    void refusesDirectBillSectionForIndirectReseller() {
        String body = Requests.with(Requests.directBill(), b -> b.put("enrollmentType", "INDIRECT_RESELLER"));

        assertThat(errors(IntakeApi.json(api.submit(body)))).containsExactly(tuple("directBill", "NOT_ALLOWED"));
    }

    @Test
    void acceptsIndirectResellerWithNullDirectBill() {
        String body = Requests.with(Requests.indirectReseller(), b -> b.putNull("directBill"));

        assertThat(api.submit(body).statusCode()).isEqualTo(202);
    }

    @Test
    void refusesMalformedJsonWithoutRepeatingIt() {
        String body = "{\"enrollmentType\": \"DIRECT_BILL\", \"bank\": {\"iban\": \"NL91ABNA0417164300\" ";

        var response = api.submit(body);

        assertProblem(response, 400);
        assertThat(errors(IntakeApi.json(response))).containsExactly(tuple(null, "MALFORMED_JSON"));
        assertThat(response.body()).doesNotContain("NL91ABNA0417164300");
    }

    @Test
    void refusesDuplicateKeysAndTrailingContentAsMalformed() {
        assertThat(errors(IntakeApi.json(api.submit("{\"mpnId\": \"4412345\", \"mpnId\": \"9999999\"}"))))
            .containsExactly(tuple(null, "MALFORMED_JSON"));
        assertThat(errors(IntakeApi.json(api.submit(Requests.CONTRACT_EXAMPLE + " {}"))))
            .containsExactly(tuple(null, "MALFORMED_JSON"));
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        for (String body : List.of("[]", "\"DIRECT_BILL\"", "42", "null")) {
            var response = api.submit(body);
            assertProblem(response, 400);
            assertThat(errors(IntakeApi.json(response))).containsExactly(tuple(null, "INVALID_TYPE"));
        }
    }

    @Test
    void refusesAnEmptyBody() {
        var response = api.submit("");

        assertProblem(response, 400);
        assertThat(errors(IntakeApi.json(response))).containsExactly(tuple(null, "REQUIRED"));
    }

    @Test
    void refusesAnInvalidIdempotencyKeyWithTheOtherProblems() {
        String body = Requests.with(Requests.directBill(), b -> b.put("mpnId", "12"));

        var response = api.submit(body, "k".repeat(129));

        assertThat(errors(IntakeApi.json(response))).containsExactlyInAnyOrder(tuple("Idempotency-Key", "TOO_LONG"),
                tuple("mpnId", "INVALID_FORMAT"));
    }

    @Test
    void acceptsABodyOfExactlySixtyFourKibibytes() {
        String json = Requests.indirectReseller().toString();
        byte[] body = (json + " ".repeat(RequestSizeLimitFilter.MAX_BODY_BYTES - json.length()))
            .getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(64 * 1024);

        assertThat(api.post("/api/enrollments", "application/json", body).statusCode()).isEqualTo(202);
    }

    @Test
    void refusesABodyOneByteOverSixtyFourKibibytes() {
        String json = Requests.indirectReseller().toString();
        byte[] body = (json + " ".repeat(RequestSizeLimitFilter.MAX_BODY_BYTES + 1 - json.length()))
            .getBytes(StandardCharsets.UTF_8);

        var response = api.post("/api/enrollments", "application/json", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, 413);
    }

    @Test
    void refusesAChunkedBodyOverSixtyFourKibibytes() {
        String json = Requests.indirectReseller().toString();
        byte[] body = (json + " ".repeat(200 * 1024)).getBytes(StandardCharsets.UTF_8);

        var response = api.submitChunked(body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response, 413);
    }

    @Test
    void acceptsAChunkedBodyWithinTheLimit() {
        assertThat(
                api.submitChunked(Requests.indirectReseller().toString().getBytes(StandardCharsets.UTF_8)).statusCode())
            .isEqualTo(202);
    }

    @Test
    void refusesAnotherContentTypeWithUnsupportedMediaType() {
        byte[] body = Requests.CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8);

        assertProblem(api.post("/api/enrollments", "text/plain", body), 415);
        assertProblem(api.post("/api/enrollments", "application/xml", body), 415);
        assertProblem(api.post("/api/enrollments", null, body), 415);
    }

    @Test
    void acceptsJsonWithCharsetParameter() {
        var response = api.post("/api/enrollments", "application/json; charset=UTF-8",
                Requests.indirectReseller().toString().getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void answersUnknownPathAndWrongMethodWithProblems() {
        assertProblem(api.get("/api/enrolments"), 404);
        var wrongMethod = api.send("DELETE", "/api/enrollments");
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.headers().firstValue("Allow"))
            .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void neverAnswersClientInputWithAServerError() {
        List<String> bodies = List.of("{", "}", "\u0000\u0001\u0002",
                "{\"directBill\": {\"cspCloudRevenueTtmUsd\": 1e999999}}",
                "{\"enrollmentType\": \"DIRECT_BILL\", \"directBill\": {\"cspCloudRevenueTtmUsd\": 1e999999}}",
                "{\"directBill\": {\"cspCloudRevenueTtmUsd\": NaN}}", "[".repeat(5000) + "]".repeat(5000),
                "{\"company\": {\"address\": {\"countryCode\": null}}, \"bank\": {}, \"admin\": {}}",
                "{\"mpnId\": \"\\ud800\"}", "\"\\u0000\"", "{\"a\":" + "1".repeat(2000) + "}");
        for (String body : bodies) {
            var response = api.submit(body);
            assertThat(response.statusCode()).as(body.length() > 80 ? body.substring(0, 80) : body).isBetween(400, 499);
            assertProblem(response, response.statusCode());
        }
        byte[] notUtf8 = { '{', '"', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
        assertThat(api.post("/api/enrollments", "application/json", notUtf8).statusCode()).isEqualTo(400);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = IntakeApi.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    private static List<org.assertj.core.groups.Tuple> errors(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
            .map(error -> tuple(error.get("field").isNull() ? null : error.get("field").asString(),
                    error.get("code").asString()))
            .toList();
    }

}
