package csp.enrollment.creditcheck.web;

import csp.enrollment.creditcheck.web.InvalidRequestException.FieldProblem;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json} (RFC 9457); a 400 lists every problem
 * found in {@code errors: [{field, code, message}]}, like the rest of the pipeline's API.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException invalid) {
        return badRequest(invalid.problems());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = invalid.getBindingResult()
            .getFieldErrors()
            .stream()
            .map(error -> new FieldProblem(error.getField(), code(error.getCode()), error.getDefaultMessage()))
            .toList();
        return ResponseEntity.badRequest().body(badRequest(problems));
    }

    private static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? problems.get(0).message() : problems.size() + " problems in the request");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return problem;
    }

    /**
     * Bean Validation's constraint name as a stable code: {@code Max} →
     * {@code OUT_OF_RANGE}.
     */
    private static String code(String constraint) {
        if (constraint == null) {
            return "INVALID";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Min", "Max", "Range", "DecimalMin", "DecimalMax" -> "OUT_OF_RANGE";
            default -> "INVALID";
        };
    }

}
