package csp.enrollment.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import csp.enrollment.events.PersonalDataErased;
import csp.enrollment.events.Topics;
import csp.enrollment.intake.support.IntakeApi;
import csp.enrollment.intake.support.IntakeIntegrationTest;
import csp.enrollment.intake.support.Requests;
import csp.enrollment.intake.support.TestEvents;
import csp.enrollment.testinfra.TestKafka;
import tools.jackson.databind.JsonNode;

/**
 * Bank details sealed at rest, and DELETE /api/enrollments/{id}/personal-data: the data
 * key deleted, intake's document anonymised, {@code PersonalDataErased} announced once.
 */
@IntakeIntegrationTest
class PersonalDataErasureIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The IBAN of {@link Requests#directBill()}. */
    private static final String IBAN = "NL91ABNA0417164300";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    BankDetailsVault vault;

    @Autowired
    PrivacySettings settings;

    private IntakeApi api;

    private TestKafka.TopicReader<Object> erased;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
        erased = TestKafka.events(Topics.PERSONAL_DATA_ERASED);
    }

    @AfterEach
    void disconnect() {
        erased.close();
    }

    @Test
    void storesTheBankDetailsOnlyAsCipherTextThatItsDataKeyOpens() {
        String enrollmentId = submit();

        Document stored = storedDocument(enrollmentId);
        assertThat(stored.toJson()).doesNotContain(IBAN).doesNotContain("0417164300");
        Document bank = stored.get("bank", Document.class);
        assertThat(bank.getString("accountLast4")).isEqualTo("4300");
        assertThat(bank.getString("ibanCountryCode")).isEqualTo("NL");
        byte[] sealed = bank.get("sealed", org.bson.types.Binary.class).getData();
        assertThat(vault.open(sealed)).hasValueSatisfying(details -> assertThat(details.compactIban()).isEqualTo(IBAN));
        assertThat(dataKeys(enrollmentId)).isEqualTo(1);
        assertThat(IntakeApi.json(api.enrollment(enrollmentId)).get("personalData").asString()).isEqualTo("STORED");
    }

    @Test
    void erasesARejectedEnrollmentOnceAndAnnouncesItOnce() {
        String enrollmentId = submit();
        TestKafka.publish(Topics.PROFILE_REJECTED, enrollmentId,
                TestEvents.profileRejected(enrollmentId, Instant.now().truncatedTo(ChronoUnit.MILLIS).plusSeconds(60)));
        await().atMost(PATIENCE).until(() -> "REJECTED".equals(status(enrollmentId)));

        assertThat(api.erasePersonalData(enrollmentId).statusCode()).isEqualTo(202);

        JsonNode view = IntakeApi.json(api.enrollment(enrollmentId));
        assertThat(view.get("personalData").asString()).isEqualTo("ERASED");
        assertThat(view.get("bank").isNull()).isTrue();
        assertThat(view.get("status").asString()).isEqualTo("REJECTED");
        String stored = storedDocument(enrollmentId).toJson();
        assertThat(stored)
            .doesNotContain("0417164300", "Contoso", "Keizersgracht", "1015 CJ", "Amsterdam", "Sanne", "de Vries",
                    "sanne.devries")
            .contains(enrollmentId, "REJECTED", "DIRECT_BILL");
        assertThat(dataKeys(enrollmentId)).as("the enrollment's data key").isZero();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(erased.valuesWithKey(enrollmentId)).hasSize(1));
        var event = (PersonalDataErased) erased.valuesWithKey(enrollmentId).get(0);
        assertThat(event.getRequestedBy()).isEqualTo(IntakeApi.PRIVACY_OFFICER);
        assertThat(event.getMetadata().getEnrollmentId()).isEqualTo(enrollmentId);

        // again: nothing more happens
        assertThat(api.erasePersonalData(enrollmentId).statusCode()).isEqualTo(202);
        await().during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> erased.valuesWithKey(enrollmentId).size() == 1);
    }

    @Test
    void refusesAnEnrollmentThatIsNotFinalAndOneThatDoesNotExist() {
        String enrollmentId = submit();

        var notFinal = api.erasePersonalData(enrollmentId);
        var unknown = api.erasePersonalData("0b8a8c5e-3f4e-4a8e-9d59-2f7c0c2e1f10");

        assertThat(notFinal.statusCode()).isEqualTo(409);
        assertThat(IntakeApi.json(notFinal).get("type").asString())
            .isEqualTo("urn:csp-enrollment:problem:enrollment-not-final");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(IntakeApi.json(api.enrollment(enrollmentId)).get("personalData").asString()).isEqualTo("STORED");
        assertThat(dataKeys(enrollmentId)).isEqualTo(1);
    }

    private String submit() {
        var response = api.submit(Requests.directBill().toString());
        assertThat(response.statusCode()).isEqualTo(202);
        return IntakeApi.json(response).get("enrollmentId").asString();
    }

    private String status(String enrollmentId) {
        return IntakeApi.json(api.enrollment(enrollmentId)).get("status").asString();
    }

    private Document storedDocument(String enrollmentId) {
        return mongo.getCollection("enrollments").find(new Document("_id", enrollmentId)).first();
    }

    private long dataKeys(String enrollmentId) {
        String[] namespace = settings.keyVaultNamespace().split("\\.", 2);
        return mongo.getMongoDatabaseFactory()
            .getMongoDatabase(namespace[0])
            .getCollection(namespace[1])
            .countDocuments(new Document("keyAltNames", enrollmentId));
    }

}
