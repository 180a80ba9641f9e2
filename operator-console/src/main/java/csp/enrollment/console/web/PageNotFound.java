package csp.enrollment.console.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What a page asked for does not exist: answered 404 with the message on the error page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFound extends RuntimeException {

    public PageNotFound(String message) {
        super(message);
    }

}
