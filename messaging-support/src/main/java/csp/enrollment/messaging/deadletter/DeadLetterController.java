package csp.enrollment.messaging.deadletter;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code /api/dead-letters} of every service (docs/api/README.md#dead-letters), scope
 * {@code operations.write}: the dead letters of the topics the service consumes (one
 * topic, or all of them without {@code topic}), and their replay.
 */
@RestController
@RequestMapping(path = "/api/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
class DeadLetterController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private static final URI INVALID_REQUEST = URI.create("urn:csp-enrollment:problem:invalid-request");

    private static final URI NOT_FOUND = URI.create("urn:csp-enrollment:problem:dead-letter-not-found");

    private static final URI ALREADY_REPLAYED = URI.create("urn:csp-enrollment:problem:dead-letter-already-replayed");

    private static final URI UNAVAILABLE = URI.create("urn:csp-enrollment:problem:service-unavailable");

    /**
     * One dead letter. {@code topic}, {@code partition} and {@code offset} name the
     * record that failed (and the replay path); {@code time} is when it was
     * dead-lettered.
     */
    record DeadLetterView(String topic, int partition, long offset, String key, Instant time, String causeClass,
            String causeMessage, boolean replayed, Instant replayedAt, String replayedBy, String deadLetterTopic,
            int deadLetterPartition, long deadLetterOffset) {

        static DeadLetterView of(DeadLetters.Listed listed) {
            DeadLetter letter = listed.letter();
            var replay = listed.replay().filter(of -> listed.replayed());
            return new DeadLetterView(letter.original().topic(), letter.original().partition(),
                    letter.original().offset(), letter.key(), letter.deadLetteredAt(), letter.causeClass(),
                    letter.causeMessage(), listed.replayed(),
                    replay.map(DeadLetterReplays.Replay::replayedAt).orElse(null),
                    replay.map(DeadLetterReplays.Replay::by).orElse(null), letter.location().topic(),
                    letter.location().partition(), letter.location().offset());
        }
    }

    /** One problem of a request, as in every service's {@code errors}. */
    record FieldError(String field, String code, String message) {
    }

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** A parameter the API refuses: 400 {@code invalid-request}. */
    private static final class InvalidParameterException extends RuntimeException {

        private final transient FieldError error;

        InvalidParameterException(FieldError error) {
            super(error.message());
            this.error = error;
        }

    }

    @GetMapping
    List<DeadLetterView> list(@RequestParam(required = false) String topic,
            @RequestParam(required = false) Integer limit) {
        if (topic != null && !deadLetters.consumedTopics().contains(topic)) {
            throw new InvalidParameterException(new FieldError("topic", "INVALID_VALUE", "This service consumes "
                    + String.join(", ", deadLetters.consumedTopics()) + "; it has no dead letters of other topics."));
        }
        int count = limit == null ? DEFAULT_LIMIT : limit;
        if (count < 1 || count > MAX_LIMIT) {
            throw new InvalidParameterException(
                    new FieldError("limit", "OUT_OF_RANGE", "limit must be between 1 and " + MAX_LIMIT + "."));
        }
        return deadLetters.latest(topic == null ? deadLetters.consumedTopics() : Set.of(topic), count)
            .stream()
            .map(DeadLetterView::of)
            .toList();
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    DeadLetterView replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
            Principal principal) {
        String by = principal == null ? "anonymous" : principal.getName();
        return DeadLetterView.of(deadLetters.replay(new RecordLocation(topic, partition, offset), by));
    }

    @ExceptionHandler(DeadLetterNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(DeadLetterNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Dead letter not found", exception.getMessage(), null);
    }

    @ExceptionHandler(DeadLetterAlreadyReplayedException.class)
    ResponseEntity<ProblemDetail> alreadyReplayed(DeadLetterAlreadyReplayedException exception) {
        return problem(HttpStatus.CONFLICT, ALREADY_REPLAYED, "Dead letter already replayed", exception.getMessage(),
                Map.of("code", "DEAD_LETTER_ALREADY_REPLAYED"));
    }

    @ExceptionHandler(DeadLettersUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(DeadLettersUnavailableException exception) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE,
                "Service unavailable", exception.getMessage() + "; nothing was replayed. Try again shortly.", null);
        return ResponseEntity.status(answer.getStatusCode())
            .headers(answer.getHeaders())
            .header(HttpHeaders.RETRY_AFTER, "5")
            .body(answer.getBody());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException exception) {
        return invalid(exception.error);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> notANumber(MethodArgumentTypeMismatchException exception) {
        return invalid(
                new FieldError(exception.getName(), "INVALID_VALUE", exception.getName() + " must be a whole number."));
    }

    private static ResponseEntity<ProblemDetail> invalid(FieldError error) {
        return problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
                "The request has a problem, listed in errors.", Map.of("errors", List.of(error)));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        if (properties != null) {
            properties.forEach(problem::setProperty);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
