package csp.enrollment.creditcheck.bureau;

/**
 * The bureau could not be asked (down, slow, garbled answer): a transient fault, never
 * the partner's fault.
 */
public class BureauUnavailableException extends RuntimeException {

    public BureauUnavailableException(String message) {
        super(message);
    }

    public BureauUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

}
