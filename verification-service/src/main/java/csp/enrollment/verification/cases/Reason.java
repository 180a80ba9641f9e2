package csp.enrollment.verification.cases;

import csp.enrollment.verification.profile.Check;

/** A reason for a rejection or review, or a warning, as the output events carry it. */
public record Reason(String code, String message, String field) {

    static Reason of(Check check) {
        return new Reason(check.code(), check.message(), check.field());
    }
}
