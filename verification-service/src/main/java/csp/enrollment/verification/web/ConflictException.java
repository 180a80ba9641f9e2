package csp.enrollment.verification.web;

/**
 * The request contradicts the resource's state (e.g. a second review decision): answered
 * 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

}
