package csp.enrollment.intake.application;

import java.util.Optional;

/** An idempotency key is 1 to 128 printable ASCII characters (contract.md §1). */
public final class IdempotencyKeyRule {

    static final int MAX_LENGTH = 128;

    private IdempotencyKeyRule() {
    }

    /** The problem with {@code key}, reported under {@code field}, if any. */
    public static Optional<Violation> check(String key, String field) {
        if (key.isEmpty()) {
            return Optional.of(new Violation(field, ViolationCode.INVALID_FORMAT, "must not be empty"));
        }
        if (key.length() > MAX_LENGTH) {
            return Optional
                .of(new Violation(field, ViolationCode.TOO_LONG, "must be at most " + MAX_LENGTH + " characters"));
        }
        if (!key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            return Optional
                .of(new Violation(field, ViolationCode.INVALID_FORMAT, "must consist of printable ASCII characters"));
        }
        return Optional.empty();
    }

}
