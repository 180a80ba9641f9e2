package csp.enrollment.notification.notice;

/**
 * One reason or warning an event carries.
 *
 * @param code the stable code of contract.md (e.g. {@code REVENUE_BELOW_MINIMUM}): the
 * e-mail explains it in words
 * @param message the producer's English wording, shown when the code has no text of its
 * own
 */
public record NoticeReason(String code, String message) {
}
