package csp.enrollment.verification.review;

import csp.enrollment.verification.web.ConflictException;

/**
 * The case has no review waiting for a decision: it was decided already, or never needed
 * one.
 */
class ReviewNotPendingException extends ConflictException {

    ReviewNotPendingException(String message) {
        super(message);
    }

}
