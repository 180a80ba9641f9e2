package csp.enrollment.creditcheck.web;

import java.util.List;

/** A request the service refuses (400), with every problem found in it. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "Invalid request" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, String code, String message) {
        this(List.of(new FieldProblem(field, code, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One problem: the field concerned, a stable code, words for people. */
    public record FieldProblem(String field, String code, String message) {
    }

}
