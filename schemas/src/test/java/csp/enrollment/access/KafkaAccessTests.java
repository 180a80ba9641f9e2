package csp.enrollment.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import csp.enrollment.events.Topics;

class KafkaAccessTests {

    @Test
    void upstreamWritesOnlyApplicationsAndReadsTheRejectionsAndTheStatusEvents() {
        assertThat(KafkaAccess.UPSTREAM.writes()).containsExactly(Topics.APPLICATIONS);
        assertThat(KafkaAccess.UPSTREAM.reads()).contains(Topics.APPLICATION_REJECTED)
            .containsAll(Topics.STATUS_EVENTS)
            .doesNotContain(Topics.APPLICATIONS);
        assertThat(KafkaAccess.UPSTREAM.mayUseGroup("upstream-portal")).isTrue();
        assertThat(KafkaAccess.UPSTREAM.mayUseGroup("enrollment-intake")).isFalse();
    }

    @Test
    void everyTopicHasExactlyOneProducer() {
        for (String topic : Topics.ALL) {
            assertThat(KafkaAccess.PRODUCERS.stream().filter(p -> p.writes().contains(topic))).as(topic).hasSize(1);
        }
        assertThat(KafkaAccess.producerOf(Topics.SUBMITTED)).isEqualTo(KafkaAccess.ENROLLMENT_INTAKE);
        assertThat(KafkaAccess.producerOf(Topics.CREDIT_CHECK_PASSED)).isEqualTo(KafkaAccess.CREDIT_CHECK_SERVICE);
        assertThatThrownBy(() -> KafkaAccess.producerOf(Topics.deadLetterTopicOf(Topics.SUBMITTED)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aServiceWritesWhatItProducesAndTheDeadLetterTopicsOfWhatItConsumesAndUsesItsOwnGroup() {
        var verification = KafkaAccess.VERIFICATION_SERVICE;

        // it reads what frees or passes on a tenant (TENANT_ALREADY_ENROLLED) besides the
        // submissions
        assertThat(verification.writes()).containsExactlyInAnyOrder(Topics.REVIEW_REQUESTED, Topics.PROFILE_VERIFIED,
                Topics.PROFILE_REJECTED, Topics.deadLetterTopicOf(Topics.SUBMITTED),
                Topics.deadLetterTopicOf(Topics.CREDIT_CHECK_FAILED), Topics.deadLetterTopicOf(Topics.TRANSITIONED),
                Topics.deadLetterTopicOf(Topics.PERSONAL_DATA_ERASED));
        assertThat(verification.reads()).containsExactlyInAnyOrder(Topics.SUBMITTED, Topics.CREDIT_CHECK_FAILED,
                Topics.TRANSITIONED, Topics.PERSONAL_DATA_ERASED);
        assertThat(KafkaAccess.ENROLLMENT_INTAKE.writes()).as("intake produces the events of the partner's commands")
            .containsAll(Topics.PARTNER_COMMAND_EVENTS);
        assertThat(KafkaAccess.ENROLLMENT_INTAKE.reads())
            .as("intake writes enrollment.submitted and never reads it back")
            .contains(Topics.APPLICATIONS, Topics.PROFILE_VERIFIED)
            .doesNotContain(Topics.SUBMITTED);
        assertThat(verification.mayUseGroup("verification-service")).isTrue();
        assertThat(verification.mayUseGroup("verification-service-2")).isFalse();
        assertThat(KafkaAccess.NOTIFICATION_SERVICE.writes())
            .allMatch(topic -> topic.endsWith(Topics.DEAD_LETTER_SUFFIX));
    }

    @Test
    void aServicesOperationsLoginReadsTheDeadLettersOfWhatItConsumesAndWritesOnlyThoseTopicsForReplay() {
        var operations = KafkaAccess.named("verification-service-operations");

        assertThat(operations.reads()).containsExactlyInAnyOrder(Topics.deadLetterTopicOf(Topics.SUBMITTED),
                Topics.deadLetterTopicOf(Topics.CREDIT_CHECK_FAILED), Topics.deadLetterTopicOf(Topics.TRANSITIONED),
                Topics.deadLetterTopicOf(Topics.PERSONAL_DATA_ERASED));
        assertThat(operations.writes()).isEqualTo(KafkaAccess.VERIFICATION_SERVICE.reads());
        assertThat(operations.mayUseGroup("verification-service")).as("it reads assigned partitions, in no group")
            .isFalse();
        assertThat(operations.aclBindings())
            .noneMatch(binding -> binding.pattern().resourceType() == ResourceType.GROUP);
        assertThat(KafkaAccess.OPERATIONS).hasSameSizeAs(KafkaAccess.SERVICES);
    }

    @Test
    void everyConsumedTopicIsOneOfThePipelines() {
        KafkaAccess.PRODUCERS
            .forEach(principal -> assertThat(Topics.ALL).as(principal.name()).containsAll(principal.reads()));
    }

    @Test
    void theAclsGrantWriteReadAndTheConsumerGroupsAndNothingElse() {
        var bindings = KafkaAccess.UPSTREAM.aclBindings();

        assertThat(bindings).allSatisfy(binding -> {
            assertThat(binding.entry().principal()).isEqualTo("User:upstream");
            assertThat(binding.entry().host()).isEqualTo("*");
            assertThat(binding.entry().operation()).isIn(AclOperation.READ, AclOperation.WRITE);
        });
        assertThat(bindings).filteredOn(binding -> binding.pattern().resourceType() == ResourceType.GROUP)
            .singleElement()
            .satisfies(group -> {
                assertThat(group.pattern().name()).isEqualTo(KafkaAccess.UPSTREAM_GROUP_PREFIX);
                assertThat(group.pattern().patternType()).isEqualTo(PatternType.PREFIXED);
            });
        assertThat(KafkaAccess.aclBindings()).hasSize(KafkaAccess.ALL.stream()
            .mapToInt(p -> p.writes().size() + p.reads().size() + (p.groups() == null ? 0 : 1))
            .sum());
        assertThat(KafkaAccess.named("credit-check-service")).isEqualTo(KafkaAccess.CREDIT_CHECK_SERVICE);
    }

}
