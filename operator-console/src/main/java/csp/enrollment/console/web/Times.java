package csp.enrollment.console.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the console writes an instant: to the minute, in UTC, said so (reviewers sit in
 * many time zones). Every page has it as {@code times}.
 */
public final class Times {

    static final Times INSTANCE = new Times();

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
        .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

}
