package csp.enrollment.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;

/**
 * The catalogue of the pipeline's Kafka topics (contract.md §5). Every record is keyed by
 * the enrollment id; values are Avro in the Confluent wire format under the subject
 * {@code <topic>-value}.
 */
public final class Topics {

    /** {@link EnrollmentApplication} from upstream systems. */
    public static final String APPLICATIONS = "enrollment.applications";

    /** {@link EnrollmentSubmitted} from enrollment-intake. */
    public static final String SUBMITTED = "enrollment.submitted";

    /** {@link ApplicationRejected} from enrollment-intake. */
    public static final String APPLICATION_REJECTED = "enrollment.application-rejected";

    /** {@link ReviewRequested} from verification-service. */
    public static final String REVIEW_REQUESTED = "enrollment.review-requested";

    /** {@link ProfileVerified} from verification-service. */
    public static final String PROFILE_VERIFIED = "enrollment.profile-verified";

    /** {@link ProfileRejected} from verification-service. */
    public static final String PROFILE_REJECTED = "enrollment.profile-rejected";

    /** {@link CreditCheckPassed} from credit-check-service. */
    public static final String CREDIT_CHECK_PASSED = "enrollment.credit-check-passed";

    /** {@link CreditCheckFailed} from credit-check-service. */
    public static final String CREDIT_CHECK_FAILED = "enrollment.credit-check-failed";

    /**
     * {@link AgreementAccepted} from enrollment-intake (the partner's command, contract
     * §8).
     */
    public static final String AGREEMENT_ACCEPTED = "enrollment.agreement-accepted";

    /**
     * {@link SupportPlanRecorded} from enrollment-intake (the partner's command, contract
     * §8).
     */
    public static final String SUPPORT_PLAN_RECORDED = "enrollment.support-plan-recorded";

    /** {@link EnrollmentCompleted} from enrollment-intake: the enrollment is ENROLLED. */
    public static final String COMPLETED = "enrollment.completed";

    /**
     * {@link EnrollmentTransitioned} from enrollment-intake: a direct bill enrollment
     * moved to indirect reseller (§9).
     */
    public static final String TRANSITIONED = "enrollment.transitioned";

    /**
     * {@link PersonalDataErased} from enrollment-intake: every service erases what it
     * holds of the enrollment.
     */
    public static final String PERSONAL_DATA_ERASED = "enrollment.personal-data-erased";

    /** Suffix of a topic's dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** Every topic of the pipeline, in the order an enrollment moves through them. */
    public static final List<String> ALL = List.of(APPLICATIONS, SUBMITTED, APPLICATION_REJECTED, REVIEW_REQUESTED,
            PROFILE_VERIFIED, PROFILE_REJECTED, CREDIT_CHECK_PASSED, CREDIT_CHECK_FAILED, AGREEMENT_ACCEPTED,
            SUPPORT_PLAN_RECORDED, COMPLETED, TRANSITIONED, PERSONAL_DATA_ERASED);

    /**
     * The status events: what moves an enrollment along contract §2. enrollment-intake
     * folds the other services' into its status view and writes its own with the
     * enrollment.
     */
    public static final List<String> STATUS_EVENTS = List.of(SUBMITTED, REVIEW_REQUESTED, PROFILE_VERIFIED,
            PROFILE_REJECTED, CREDIT_CHECK_PASSED, CREDIT_CHECK_FAILED, AGREEMENT_ACCEPTED, SUPPORT_PLAN_RECORDED,
            COMPLETED, TRANSITIONED);

    /**
     * The events enrollment-intake produces for the partner's commands (contract §8, §9).
     */
    public static final List<String> PARTNER_COMMAND_EVENTS = List.of(AGREEMENT_ACCEPTED, SUPPORT_PLAN_RECORDED,
            COMPLETED, TRANSITIONED);

    /**
     * Suffix of the subject a topic's values are registered under (Confluent's
     * TopicNameStrategy).
     */
    public static final String VALUE_SUBJECT_SUFFIX = "-value";

    private Topics() {
    }

    /** The subject of a topic's values: {@code <topic>-value}. */
    public static String valueSubjectOf(String topic) {
        return topic + VALUE_SUBJECT_SUFFIX;
    }

    /**
     * The value schema of every topic, in the order of {@link #ALL}: the generated
     * classes' schemas, exactly as the serializer registers them (with Avro's Java string
     * hints).
     */
    public static Map<String, Schema> valueSchemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(APPLICATIONS, EnrollmentApplication.getClassSchema());
        schemas.put(SUBMITTED, EnrollmentSubmitted.getClassSchema());
        schemas.put(APPLICATION_REJECTED, ApplicationRejected.getClassSchema());
        schemas.put(REVIEW_REQUESTED, ReviewRequested.getClassSchema());
        schemas.put(PROFILE_VERIFIED, ProfileVerified.getClassSchema());
        schemas.put(PROFILE_REJECTED, ProfileRejected.getClassSchema());
        schemas.put(CREDIT_CHECK_PASSED, CreditCheckPassed.getClassSchema());
        schemas.put(CREDIT_CHECK_FAILED, CreditCheckFailed.getClassSchema());
        schemas.put(AGREEMENT_ACCEPTED, AgreementAccepted.getClassSchema());
        schemas.put(SUPPORT_PLAN_RECORDED, SupportPlanRecorded.getClassSchema());
        schemas.put(COMPLETED, EnrollmentCompleted.getClassSchema());
        schemas.put(TRANSITIONED, EnrollmentTransitioned.getClassSchema());
        schemas.put(PERSONAL_DATA_ERASED, PersonalDataErased.getClassSchema());
        return schemas;
    }

    /** {@link #valueSchemas()} keyed by subject, {@code <topic>-value}. */
    public static Map<String, Schema> valueSchemasBySubject() {
        Map<String, Schema> bySubject = new LinkedHashMap<>();
        valueSchemas().forEach((topic, schema) -> bySubject.put(valueSubjectOf(topic), schema));
        return bySubject;
    }

    /**
     * The subjects a dead-letter producer writes under: a dead-letter topic holds
     * whatever decoded record failed, so each contract type has its own subject per
     * dead-letter topic ({@code <topic>.DLT-<record full name>}, Confluent's
     * TopicRecordNameStrategy).
     */
    public static Map<String, Schema> deadLetterSchemasBySubject() {
        Map<String, Schema> bySubject = new LinkedHashMap<>();
        for (String topic : ALL) {
            valueSchemas().values()
                .forEach(schema -> bySubject.put(deadLetterTopicOf(topic) + "-" + schema.getFullName(), schema));
        }
        return bySubject;
    }

    /**
     * Every subject the deploy step registers, since services only look schemas up: the
     * value subjects and the dead-letter subjects.
     */
    public static Map<String, Schema> schemasToRegister() {
        Map<String, Schema> all = new LinkedHashMap<>(valueSchemasBySubject());
        all.putAll(deadLetterSchemasBySubject());
        return all;
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

}
