package csp.enrollment.notification.notice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The e-mails of contract.md §6, one per partner-facing event (two for
 * {@code ProfileVerified} and two for {@code EnrollmentCompleted}: indirect reseller and
 * direct bill partners are told different next steps), and the reminder (§8), which no
 * single event triggers.
 */
public enum Template {

    APPLICATION_RECEIVED("application-received"), REVIEW_IN_PROGRESS("review-in-progress"),
    INDIRECT_RESELLER_VERIFIED("indirect-reseller-verified"), DIRECT_BILL_VERIFIED("direct-bill-verified"),
    PROFILE_REJECTED("profile-rejected"), CREDIT_CHECK_PASSED("credit-check-passed"),
    CREDIT_CHECK_FAILED("credit-check-failed"), INDIRECT_RESELLER_WELCOME("indirect-reseller-welcome"),
    DIRECT_BILL_WELCOME("direct-bill-welcome"),
    /**
     * The one reminder of a partner who has not completed the enrollment (contract.md
     * §8).
     */
    ENROLLMENT_REMINDER("enrollment-reminder"), TRANSITION_TO_INDIRECT("transition-to-indirect");

    private final String slug;

    Template(String slug) {
        this.slug = slug;
    }

    /**
     * The name used in template files, URLs and the e-mail records, e.g.
     * {@code application-received}.
     */
    public String slug() {
        return slug;
    }

    /** The e-mail a verified profile gets: the next steps differ per enrollment type. */
    public static Template forVerifiedProfile(EnrollmentKind kind) {
        return kind == EnrollmentKind.DIRECT_BILL ? DIRECT_BILL_VERIFIED : INDIRECT_RESELLER_VERIFIED;
    }

    /**
     * The welcome e-mail of a completed enrollment: what the partner can do now differs
     * per enrollment type.
     */
    public static Template forCompletedEnrollment(EnrollmentKind kind) {
        return kind == EnrollmentKind.DIRECT_BILL ? DIRECT_BILL_WELCOME : INDIRECT_RESELLER_WELCOME;
    }

    public static Optional<Template> ofSlug(String slug) {
        return Arrays.stream(values()).filter(template -> template.slug.equals(slug)).findFirst();
    }

}
