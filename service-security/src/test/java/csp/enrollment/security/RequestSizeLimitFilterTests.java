package csp.enrollment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The 64 KiB body limit every service shares, announced or chunked. */
class RequestSizeLimitFilterTests {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter();

    @Test
    void aBodyOfExactlySixtyFourKibibytesIsHandedOnIntact() throws Exception {
        byte[] body = "x".repeat(RequestSizeLimitFilter.MAX_BODY_BYTES).getBytes(StandardCharsets.UTF_8);
        AtomicReference<byte[]> seen = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request(body, true), response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException {
                seen.set(((HttpServletRequest) request).getInputStream().readAllBytes());
            }
        });

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(body);
    }

    @Test
    void anAnnouncedBodyOneByteOverIsRefusedWithAProblemDocument() throws Exception {
        MockHttpServletResponse response = refused(request(new byte[RequestSizeLimitFilter.MAX_BODY_BYTES + 1], true));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"type\":\"urn:csp-enrollment:problem:content-too-large\"",
                "\"status\":413");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAfterReadingOneByteTooMany() throws Exception {
        MockHttpServletRequest chunked = request(new byte[200 * 1024], false);
        chunked.addHeader("Transfer-Encoding", "chunked");

        assertThat(refused(chunked).getStatus()).isEqualTo(413);
    }

    private MockHttpServletResponse refused(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("handed on").isNull();
        return response;
    }

    private static MockHttpServletRequest request(byte[] body, boolean announceLength) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things") {
            @Override
            public long getContentLengthLong() {
                return announceLength ? super.getContentLengthLong() : -1;
            }
        };
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }

}
