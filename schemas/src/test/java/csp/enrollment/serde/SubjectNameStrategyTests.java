package csp.enrollment.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.ProfileVerified;

class SubjectNameStrategyTests {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void topicRecordNameStrategyLetsOneTopicHoldRecordsOfSeveralTypes() {
        var serializer = serializer("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy");

        serializer.serialize("enrollment.submitted.DLT", SampleEvents.enrollmentSubmitted());
        serializer.serialize("enrollment.submitted.DLT", SampleEvents.profileVerified());

        assertThat(registry.subjects()).containsExactlyInAnyOrder(
                "enrollment.submitted.DLT-csp.enrollment.events.EnrollmentSubmitted",
                "enrollment.submitted.DLT-csp.enrollment.events.ProfileVerified");
    }

    @Test
    void recordNameStrategyUsesTheRecordsFullName() {
        serializer("RecordNameStrategy").serialize("any-topic", SampleEvents.profileVerified());

        assertThat(registry.subjects()).containsExactly(ProfileVerified.getClassSchema().getFullName());
    }

    @Test
    void topicNameStrategyIsTheDefault() {
        var serializer = new AvroSerializer(registry);
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://unused"), false);

        serializer.serialize("enrollment.profile-verified", SampleEvents.profileVerified());

        assertThat(registry.subjects()).containsExactly("enrollment.profile-verified-value");
    }

    @Test
    void refusesAnUnknownStrategyNamingTheKey() {
        assertThatThrownBy(() -> serializer("com.example.MyStrategy")).isInstanceOf(ConfigException.class)
            .hasMessageContaining(SubjectNameStrategy.VALUE_SUBJECT_NAME_STRATEGY);
    }

    private AvroSerializer serializer(String strategy) {
        var serializer = new AvroSerializer(registry);
        serializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://unused",
                SubjectNameStrategy.VALUE_SUBJECT_NAME_STRATEGY, strategy), false);
        return serializer;
    }

}
