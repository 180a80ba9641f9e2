package csp.enrollment.intake.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.ViolationCode;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error of this API is an {@code application/problem+json} document: Spring MVC's
 * own (404 unknown path, 405, 415, 406) through {@link ResponseEntityExceptionHandler},
 * and ours. Anything a client sent is answered with a 4xx; a 5xx means the service itself
 * is in trouble.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(UnreadableApplicationException ex, HttpServletRequest request) {
        return Problems.invalidApplication(List.of(ex.violation()), request.getRequestURI());
    }

    /**
     * Only a missing body gets here: the body is read as bytes and parsed by
     * {@link ApplicationJsonReader}.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violation = new Violation(null, ViolationCode.REQUIRED, "the request body is required");
        return asObject(Problems.invalidApplication(List.of(violation), path(request)));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> storageUnavailable(DataAccessResourceFailureException ex) {
        log.error("Intake's database is unreachable: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot store applications right now. Try again later with the same Idempotency-Key.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, "30")
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred in the service.");
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String path(WebRequest request) {
        return request.getDescription(false).replaceFirst("^uri=", "");
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

}
