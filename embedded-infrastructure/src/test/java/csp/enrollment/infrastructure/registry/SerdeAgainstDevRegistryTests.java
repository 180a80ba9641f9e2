package csp.enrollment.infrastructure.registry;

import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.events.ApplicationRejected;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EnrollmentApplication;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.ReviewRequested;
import csp.enrollment.events.Topics;
import csp.enrollment.serde.AvroDeserializer;
import csp.enrollment.serde.AvroSerializer;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The serde speaks to the development registry over HTTP exactly as to Confluent's. */
class SerdeAgainstDevRegistryTests {

    private static DevSchemaRegistryServer server;

    @BeforeAll
    static void startRegistry() {
        server = DevSchemaRegistryServer.start(0);
    }

    @AfterAll
    static void stopRegistry() {
        server.close();
    }

    static Stream<Arguments> events() {
        return Stream.of(Arguments.of(Topics.APPLICATIONS, EnrollmentApplication.class),
                Arguments.of(Topics.SUBMITTED, EnrollmentSubmitted.class),
                Arguments.of(Topics.APPLICATION_REJECTED, ApplicationRejected.class),
                Arguments.of(Topics.REVIEW_REQUESTED, ReviewRequested.class),
                Arguments.of(Topics.PROFILE_VERIFIED, ProfileVerified.class),
                Arguments.of(Topics.PROFILE_REJECTED, ProfileRejected.class),
                Arguments.of(Topics.CREDIT_CHECK_PASSED, CreditCheckPassed.class),
                Arguments.of(Topics.CREDIT_CHECK_FAILED, CreditCheckFailed.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("events")
    void roundTripsEveryEventThroughTheRegistryOverHttp(String topic, Class<? extends SpecificRecord> type) {
        SpecificRecord event = SampleEvents.of(type);
        Map<String, Object> config = Map.of("schema.registry.url", server.url(), "specific.avro.reader", true);
        byte[] bytes;
        Object decoded;
        try (AvroSerializer serializer = new AvroSerializer(); AvroDeserializer deserializer = new AvroDeserializer()) {
            serializer.configure(config, false);
            deserializer.configure(config, false);
            bytes = serializer.serialize(topic, event);
            decoded = deserializer.deserialize(topic, bytes);
        }

        assertThat(decoded).isInstanceOf(type).isEqualTo(event);
        ByteBuffer wire = ByteBuffer.wrap(bytes);
        assertThat(wire.get()).isZero();
        int id = wire.getInt();
        RegistryHttp http = new RegistryHttp(server.url());
        RegistryHttp.Answer latest = http.get("/subjects/" + topic + "-value/versions/latest");
        assertThat(latest.body().get("id").asInt()).isEqualTo(id);
        assertThat(new Schema.Parser().parse(http.get("/schemas/ids/" + id).body().get("schema").asText()))
            .isEqualTo(event.getSchema());
    }

}
