package csp.enrollment.security;

import org.slf4j.MDC;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts the request's trace id into every problem document a service answers
 * ({@code traceId}), so whoever got an error can quote one id that finds the request's
 * log lines and trace in every service (docs/observability.md). Micrometer Tracing keeps
 * the current trace id in the logging context; without tracing nothing is added.
 */
@ControllerAdvice
public class TraceIdInProblems implements ResponseBodyAdvice<Object> {

    /** The logging-context key Micrometer Tracing writes the trace id under. */
    static final String TRACE_ID = "traceId";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            String traceId = currentTraceId();
            if (traceId != null) {
                problem.setProperty(TRACE_ID, traceId);
            }
        }
        return body;
    }

    /** The current trace id, or null outside a trace. */
    static String currentTraceId() {
        String traceId = MDC.get(TRACE_ID);
        return traceId == null || traceId.isBlank() ? null : traceId;
    }

}
