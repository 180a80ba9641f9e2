package csp.enrollment.intake.completion;

import csp.enrollment.intake.status.EnrollmentStatus;

/**
 * A direct bill enrollment's move to the indirect reseller model (contract.md §9), kept
 * on the old enrollment.
 *
 * @param newEnrollmentId the indirect reseller enrollment that continues it
 * @param reason why, as the partner told
 * @param previousStatus the status it left: ENROLLED or CREDIT_CHECK_FAILED
 */
public record Transition(String newEnrollmentId, String reason, EnrollmentStatus previousStatus) {
}
