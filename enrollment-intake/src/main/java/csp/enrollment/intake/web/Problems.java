package csp.enrollment.intake.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.completion.CommandRefusal;

/** The RFC 9457 problem documents of this API that carry more than a status. */
final class Problems {

    static final URI INVALID_APPLICATION = URI.create("urn:csp-enrollment:problem:invalid-application");
    static final URI IDEMPOTENCY_KEY_REUSED = URI.create("urn:csp-enrollment:problem:idempotency-key-reused");
    static final URI ENROLLMENT_NOT_FOUND = URI.create("urn:csp-enrollment:problem:enrollment-not-found");
    static final URI ENROLLMENT_NOT_FINAL = URI.create("urn:csp-enrollment:problem:enrollment-not-final");
    static final URI INVALID_COMMAND = URI.create("urn:csp-enrollment:problem:invalid-command");
    static final URI INVALID_REQUEST = URI.create("urn:csp-enrollment:problem:invalid-request");
    static final URI COMMAND_NOT_ALLOWED = URI.create("urn:csp-enrollment:problem:command-not-allowed");

    private Problems() {
    }

    /** 400 listing every problem of the application in {@code errors}. */
    static ResponseEntity<ProblemDetail> invalidApplication(List<Violation> violations, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.size() == 1 ? "The application has a problem, listed in errors."
                        : "The application has " + violations.size() + " problems, listed in errors.");
        problem.setType(INVALID_APPLICATION);
        problem.setTitle("Invalid application");
        problem.setProperty("errors", violations.stream().map(FieldError::of).toList());
        return answer(problem, instance);
    }

    /**
     * 400 of a partner's command, listing every problem of its body in {@code errors}, as
     * for an application.
     */
    static ResponseEntity<ProblemDetail> invalidCommand(List<Violation> violations, String instance) {
        return invalidRequest(INVALID_COMMAND, violations, instance);
    }

    /**
     * 400 of a search, listing every problem of its query parameters in {@code errors},
     * as for a command.
     */
    static ResponseEntity<ProblemDetail> invalidQuery(List<Violation> violations, String instance) {
        return invalidRequest(INVALID_REQUEST, violations, instance);
    }

    private static ResponseEntity<ProblemDetail> invalidRequest(URI type, List<Violation> violations, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.size() == 1 ? "The request has a problem, listed in errors."
                        : "The request has " + violations.size() + " problems, listed in errors.");
        problem.setType(type);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", violations.stream().map(FieldError::of).toList());
        return answer(problem, instance);
    }

    /**
     * 409 of a partner's command the enrollment as it stands does not allow, with the
     * {@code code} saying why.
     */
    static ResponseEntity<ProblemDetail> commandNotAllowed(CommandRefusal refusal, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.detail());
        problem.setType(COMMAND_NOT_ALLOWED);
        problem.setTitle("Not allowed in the enrollment's status");
        problem.setProperty("code", refusal.name());
        return answer(problem, instance);
    }

    static ResponseEntity<ProblemDetail> idempotencyKeyReused(String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This Idempotency-Key was already used for a different application. "
                        + "Use a new key for a new application.");
        problem.setType(IDEMPOTENCY_KEY_REUSED);
        problem.setTitle("Idempotency key reused");
        return answer(problem, instance);
    }

    static ResponseEntity<ProblemDetail> enrollmentNotFound(String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such enrollment.");
        problem.setType(ENROLLMENT_NOT_FOUND);
        problem.setTitle("Enrollment not found");
        return answer(problem, instance);
    }

    static ResponseEntity<ProblemDetail> enrollmentNotFinal(String instance) {
        ProblemDetail problem = ProblemDetail
            .forStatusAndDetail(HttpStatus.CONFLICT, "The enrollment is not in a final "
                    + "status (REJECTED, CREDIT_CHECK_FAILED, ENROLLED, TRANSITIONED); its personal data is still needed.");
        problem.setType(ENROLLMENT_NOT_FINAL);
        problem.setTitle("Enrollment not final");
        return answer(problem, instance);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, String instance) {
        problem.setInstance(URI.create(instance));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One entry of {@code errors}. */
    record FieldError(String field, String code, String message) {

        static FieldError of(Violation violation) {
            return new FieldError(violation.field(), violation.code().name(), violation.message());
        }
    }

}
