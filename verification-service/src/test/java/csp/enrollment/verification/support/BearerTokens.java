package csp.enrollment.verification.support;

import csp.enrollment.testinfra.security.TestIdentityProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every MockMvc request of the integration tests carries a fresh bearer token from the
 * test identity provider, subject {@value #SUBJECT}, with every scope of the service,
 * unless the test set its own {@code Authorization} header (e.g.
 * {@link #as(String, String...)}) or marked the request {@link #ANONYMOUS}.
 */
public final class BearerTokens {

    /**
     * The subject of the default token, so the reviewer a decision records unless a test
     * names another.
     */
    public static final String SUBJECT = "verification-tests";

    /** A request attribute: set it (to anything) to send the request without a token. */
    public static final String ANONYMOUS = BearerTokens.class.getName() + ".anonymous";

    static final String[] SCOPES = { "reviews.read", "reviews.write", "directory.write", "operations.write" };

    private BearerTokens() {
    }

    /**
     * {@code Authorization} header value for {@code subject} with {@code scopes} (all of
     * the service's if none).
     */
    public static String as(String subject, String... scopes) {
        return "Bearer " + TestIdentityProvider.get().token(subject, scopes.length == 0 ? SCOPES : scopes);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DefaultToken {

        @Bean
        MockMvcBuilderCustomizer bearerTokenOnEveryRequest() {
            RequestPostProcessor token = request -> {
                if (request.getHeader("Authorization") == null && request.getAttribute(ANONYMOUS) == null) {
                    request.addHeader("Authorization", as(SUBJECT));
                }
                return request;
            };
            return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(token));
        }

    }

}
