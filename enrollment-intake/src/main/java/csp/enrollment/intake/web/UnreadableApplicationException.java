package csp.enrollment.intake.web;

import csp.enrollment.intake.application.Violation;

/** The body is not a JSON object at all, so there is no application to validate. */
class UnreadableApplicationException extends RuntimeException {

    private final transient Violation violation;

    UnreadableApplicationException(Violation violation) {
        super(violation.message());
        this.violation = violation;
    }

    Violation violation() {
        return violation;
    }

}
