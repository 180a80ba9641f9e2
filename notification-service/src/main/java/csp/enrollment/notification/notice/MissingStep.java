package csp.enrollment.notification.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * What a partner still has to do after {@code VERIFIED} (indirect reseller) or
 * {@code CREDIT_CHECK_PASSED} (direct bill) to be {@code ENROLLED} (contract.md §8): an
 * indirect reseller accepts the indirect reseller terms; a direct bill partner accepts
 * the Microsoft Partner Agreement and records its support plan, in either order.
 */
public enum MissingStep {

    INDIRECT_RESELLER_TERMS, MICROSOFT_PARTNER_AGREEMENT,
    /**
     * A support plan: Advanced Support for Partners (ASfP) or Premier Support for
     * Partners (PSfP).
     */
    SUPPORT_PLAN;

    /**
     * What is still missing, in the order the reminder names it; empty once the
     * enrollment is complete.
     */
    public static List<MissingStep> stillMissing(EnrollmentKind kind, boolean agreementAccepted,
            boolean supportPlanRecorded) {
        List<MissingStep> missing = new ArrayList<>();
        if (kind == EnrollmentKind.INDIRECT_RESELLER) {
            if (!agreementAccepted) {
                missing.add(INDIRECT_RESELLER_TERMS);
            }
            return List.copyOf(missing);
        }
        if (!agreementAccepted) {
            missing.add(MICROSOFT_PARTNER_AGREEMENT);
        }
        if (!supportPlanRecorded) {
            missing.add(SUPPORT_PLAN);
        }
        return List.copyOf(missing);
    }

}
