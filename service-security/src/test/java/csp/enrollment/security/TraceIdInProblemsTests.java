package csp.enrollment.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

class TraceIdInProblemsTests {

    private final TraceIdInProblems advice = new TraceIdInProblems();

    @AfterEach
    void clear() {
        MDC.remove(TraceIdInProblems.TRACE_ID);
    }

    @Test
    void aProblemAnsweredInATraceNamesItsTraceId() {
        MDC.put(TraceIdInProblems.TRACE_ID, "4bf92f3577b34da6a3ce929d0e0e4736");
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);

        advice.beforeBodyWrite(problem, null, MediaType.APPLICATION_PROBLEM_JSON, null, null, null);

        assertThat(problem.getProperties()).containsEntry("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void outsideATraceAndForOtherBodiesNothingIsAdded() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        advice.beforeBodyWrite(problem, null, MediaType.APPLICATION_PROBLEM_JSON, null, null, null);
        assertThat(problem.getProperties()).isNull();

        MDC.put(TraceIdInProblems.TRACE_ID, "4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(advice.beforeBodyWrite("plain", null, MediaType.TEXT_PLAIN, null, null, null)).isEqualTo("plain");
    }

}
