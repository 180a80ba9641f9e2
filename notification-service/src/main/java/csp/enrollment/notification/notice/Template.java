package csp.enrollment.notification.notice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The e-mails of contract.md §6, one per partner-facing event (two for {@code ProfileVerified}:
 * indirect reseller and direct bill partners are told different next steps).
 */
public enum Template {

    APPLICATION_RECEIVED("application-received"),
    REVIEW_IN_PROGRESS("review-in-progress"),
    INDIRECT_RESELLER_VERIFIED("indirect-reseller-verified"),
    DIRECT_BILL_VERIFIED("direct-bill-verified"),
    PROFILE_REJECTED("profile-rejected"),
    CREDIT_CHECK_PASSED("credit-check-passed"),
    CREDIT_CHECK_FAILED("credit-check-failed");

    private final String slug;

    Template(String slug) {
        this.slug = slug;
    }

    /** The name used in template files, URLs and the e-mail records, e.g. {@code application-received}. */
    public String slug() {
        return slug;
    }

    /** The e-mail a verified profile gets: the next steps differ per enrollment type. */
    public static Template forVerifiedProfile(EnrollmentKind kind) {
        return kind == EnrollmentKind.DIRECT_BILL ? DIRECT_BILL_VERIFIED : INDIRECT_RESELLER_VERIFIED;
    }

    public static Optional<Template> ofSlug(String slug) {
        return Arrays.stream(values()).filter(template -> template.slug.equals(slug)).findFirst();
    }
}
