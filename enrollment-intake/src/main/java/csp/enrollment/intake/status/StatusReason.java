package csp.enrollment.intake.status;

/** A reason or warning that came with a status, e.g. {@code REVENUE_BELOW_MINIMUM}. */
public record StatusReason(String code, String message) {
}
