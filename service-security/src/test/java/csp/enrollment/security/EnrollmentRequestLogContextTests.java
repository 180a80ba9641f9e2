package csp.enrollment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EnrollmentRequestLogContextTests {

    private static final String ID = "0b8a8c5e-3f4e-4a8e-9d59-2f7c0c2e1f10";

    @Test
    void findsTheEnrollmentInThePathOrTheQuery() {
        assertThat(enrollmentOf("/api/enrollments/" + ID, null)).isEqualTo(ID);
        assertThat(enrollmentOf("/api/enrollments/" + ID + "/agreement", null)).isEqualTo(ID);
        assertThat(enrollmentOf("/api/reviews/" + ID.toUpperCase() + "/decision", null)).isEqualTo(ID);
        assertThat(enrollmentOf("/api/notifications", "lang=nl&enrollmentId=" + ID)).isEqualTo(ID);
    }

    @Test
    void namesNothingWhenTheRequestIsAboutNoWellFormedEnrollmentId() {
        assertThat(enrollmentOf("/api/enrollments", null)).isNull();
        assertThat(enrollmentOf("/api/enrollments/" + ID + "x", null)).isNull();
        assertThat(enrollmentOf("/api/notifications", "enrollmentId=" + ID + "%0A-forged")).isNull();
        assertThat(enrollmentOf("/api/partner-network/memberships/4412345", null)).isNull();
    }

    @Test
    void theIdIsInTheLoggingContextWhileTheRequestIsHandledAndGoneAfter() throws Exception {
        AtomicReference<String> during = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/enrollments/" + ID);

        new EnrollmentRequestLogContext().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> during.set(MDC.get(EnrollmentRequestLogContext.KEY)));

        assertThat(during.get()).isEqualTo(ID);
        assertThat(MDC.get(EnrollmentRequestLogContext.KEY)).isNull();
    }

    private static String enrollmentOf(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        return EnrollmentRequestLogContext.enrollmentOf(request);
    }

}
