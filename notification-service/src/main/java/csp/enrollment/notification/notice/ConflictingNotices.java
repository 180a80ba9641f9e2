package csp.enrollment.notification.notice;

import static csp.enrollment.notification.notice.Template.CREDIT_CHECK_FAILED;
import static csp.enrollment.notification.notice.Template.CREDIT_CHECK_PASSED;
import static csp.enrollment.notification.notice.Template.DIRECT_BILL_VERIFIED;
import static csp.enrollment.notification.notice.Template.INDIRECT_RESELLER_VERIFIED;
import static csp.enrollment.notification.notice.Template.PROFILE_REJECTED;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * E-mails that contradict one another (contract.md §2): a partner told the profile was
 * rejected is never told it was verified or how its credit check went, nor the other way
 * round, and a credit check never both passes and fails. Symmetric, so the order of
 * arrival does not matter: the e-mail stored first stands and the contradicting event is
 * refused (issue 13; intake's status view applies the same rules).
 */
public final class ConflictingNotices {

    private static final Map<Template, Set<Template>> CONFLICTS = Map.ofEntries(
            Map.entry(Template.APPLICATION_RECEIVED, EnumSet.noneOf(Template.class)),
            Map.entry(Template.REVIEW_IN_PROGRESS, EnumSet.noneOf(Template.class)),
            Map.entry(INDIRECT_RESELLER_VERIFIED, EnumSet.of(PROFILE_REJECTED)),
            Map.entry(DIRECT_BILL_VERIFIED, EnumSet.of(PROFILE_REJECTED)),
            Map.entry(PROFILE_REJECTED,
                    EnumSet.of(INDIRECT_RESELLER_VERIFIED, DIRECT_BILL_VERIFIED, CREDIT_CHECK_PASSED,
                            CREDIT_CHECK_FAILED)),
            Map.entry(CREDIT_CHECK_PASSED, EnumSet.of(PROFILE_REJECTED, CREDIT_CHECK_FAILED)),
            Map.entry(CREDIT_CHECK_FAILED, EnumSet.of(PROFILE_REJECTED, CREDIT_CHECK_PASSED)),
            // enrollment-intake emits completion and transition only from the statuses
            // that allow them
            // (contract.md §8, §9), and no reminder is sent once the enrollment completed
            // or moved on
            Map.entry(Template.INDIRECT_RESELLER_WELCOME, EnumSet.noneOf(Template.class)),
            Map.entry(Template.DIRECT_BILL_WELCOME, EnumSet.noneOf(Template.class)),
            Map.entry(Template.ENROLLMENT_REMINDER, EnumSet.noneOf(Template.class)),
            Map.entry(Template.TRANSITION_TO_INDIRECT, EnumSet.noneOf(Template.class)));

    private ConflictingNotices() {
    }

    /** The templates an e-mail with {@code template} contradicts. */
    public static Set<Template> conflictsOf(Template template) {
        return Set.copyOf(CONFLICTS.get(template));
    }

    /**
     * The first of {@code earlier} (the enrollment's stored e-mails) that
     * {@code template} contradicts.
     */
    public static Optional<Template> conflictWith(Template template, Collection<Template> earlier) {
        return CONFLICTS.get(template).stream().filter(earlier::contains).findFirst();
    }

}
