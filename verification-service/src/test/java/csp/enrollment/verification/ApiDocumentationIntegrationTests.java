package csp.enrollment.verification;

import csp.enrollment.verification.support.VerificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@VerificationIntegrationTest
class ApiDocumentationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void describesEveryEndpointInOpenApi() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
            .bodyJson()
            .extractingPath("$.paths")
            .asMap()
            .containsKeys("/api/partner-network/memberships/{mpnId}", "/api/reviews",
                    "/api/reviews/{enrollmentId}/decision", "/api/verifications/{enrollmentId}");
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        assertThat(mvc.get().uri("/api/nothing-here")).hasStatus(404).hasContentType("application/problem+json");
    }

}
