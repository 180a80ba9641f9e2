package csp.enrollment.events;

import java.util.List;

/**
 * The catalogue of the pipeline's Kafka topics (contract.md §5). Every record is keyed by the
 * enrollment id; values are Avro in the Confluent wire format under the subject
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

    /** Suffix of a topic's dead-letter topic. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** Every topic of the pipeline, in the order an enrollment moves through them. */
    public static final List<String> ALL = List.of(APPLICATIONS, SUBMITTED, APPLICATION_REJECTED,
            REVIEW_REQUESTED, PROFILE_VERIFIED, PROFILE_REJECTED, CREDIT_CHECK_PASSED, CREDIT_CHECK_FAILED);

    /** The status events enrollment-intake folds into its status view. */
    public static final List<String> STATUS_EVENTS = List.of(SUBMITTED, REVIEW_REQUESTED, PROFILE_VERIFIED,
            PROFILE_REJECTED, CREDIT_CHECK_PASSED, CREDIT_CHECK_FAILED);

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
