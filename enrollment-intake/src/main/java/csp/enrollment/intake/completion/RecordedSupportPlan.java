package csp.enrollment.intake.completion;

import java.time.Instant;

/**
 * A support plan as intake keeps it.
 *
 * @param purchasedAt when the partner bought it, as the partner told
 * @param recordedAt when intake accepted the command
 */
public record RecordedSupportPlan(SupportPlanType plan, Instant purchasedAt, Instant recordedAt) {
}
