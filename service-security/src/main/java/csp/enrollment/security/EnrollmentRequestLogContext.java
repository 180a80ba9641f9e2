package csp.enrollment.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the enrollment in every log line written while a request about it is handled, as
 * the Kafka listeners do for a record: the enrollment id of the path
 * ({@code /api/enrollments/{id}}, {@code /api/reviews/{id}/decision},
 * {@code /api/credit-checks/{id}}: the first UUID segment) or of the {@code enrollmentId}
 * query parameter, as {@value #KEY} in the logging context (MDC).
 */
final class EnrollmentRequestLogContext extends OncePerRequestFilter {

    static final String KEY = "enrollmentId";

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static final Pattern IN_PATH = Pattern.compile("/(" + UUID + ")(?=/|$)");

    private static final Pattern IN_QUERY = Pattern.compile("(?:^|&)" + KEY + "=(" + UUID + ")(?=&|$)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String enrollmentId = enrollmentOf(request);
        if (enrollmentId == null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(KEY, enrollmentId);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(KEY);
        }
    }

    /**
     * The enrollment a request is about, or null; only well-formed UUIDs, so nothing odd
     * reaches a log line.
     */
    static String enrollmentOf(HttpServletRequest request) {
        Matcher inPath = IN_PATH.matcher(request.getRequestURI());
        if (inPath.find()) {
            return inPath.group(1).toLowerCase();
        }
        // read from the query string itself: asking for a parameter could read a form
        // body
        Matcher inQuery = IN_QUERY.matcher(request.getQueryString() == null ? "" : request.getQueryString());
        return inQuery.find() ? inQuery.group(1).toLowerCase() : null;
    }

}
