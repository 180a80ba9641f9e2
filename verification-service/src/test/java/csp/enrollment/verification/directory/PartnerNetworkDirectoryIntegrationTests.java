package csp.enrollment.verification.directory;

import csp.enrollment.verification.support.SubmittedEvents;
import csp.enrollment.verification.support.VerificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@VerificationIntegrationTest
class PartnerNetworkDirectoryIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PartnerNetworkDirectory directory;

    @Test
    void createsThenReplacesAMembership() {
        String mpnId = SubmittedEvents.newMpnId();

        assertThat(put(mpnId, "{\"status\": \"ACTIVE\", \"countryCode\": \"NL\"}")).hasStatus(HttpStatus.CREATED)
            .bodyJson()
            .extractingPath("$.status")
            .isEqualTo("ACTIVE");
        assertThat(put(mpnId, "{\"status\": \"INACTIVE\", \"countryCode\": \"BE\"}")).hasStatus(HttpStatus.OK);

        assertThat(directory.find(mpnId)).hasValueSatisfying(membership -> {
            assertThat(membership.status()).isEqualTo(MembershipStatus.INACTIVE);
            assertThat(membership.countryCode()).isEqualTo("BE");
        });
        assertThat(mvc.get().uri("/api/partner-network/memberships/{mpnId}", mpnId)).hasStatusOk()
            .bodyJson()
            .extractingPath("$.countryCode")
            .isEqualTo("BE");
    }

    @Test
    void answers404ForAnUnknownMpnId() {
        assertThat(mvc.get().uri("/api/partner-network/memberships/{mpnId}", SubmittedEvents.newMpnId()))
            .hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsEveryInvalidFieldAsAProblem() {
        assertThat(put("12ab", "{\"status\": \"MAYBE\", \"countryCode\": \"nl\"}")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.errors[*].field")
            .asArray()
            .containsExactly("mpnId", "status", "countryCode");
        assertThat(put(SubmittedEvents.newMpnId(), "{}")).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .extractingPath("$.errors[*].code")
            .asArray()
            .containsExactly("REQUIRED", "REQUIRED");
    }

    @Test
    void answersMalformedJsonWithAProblem() {
        assertThat(put(SubmittedEvents.newMpnId(), "{\"status\": ")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult put(String mpnId, String body) {
        return mvc.put()
            .uri("/api/partner-network/memberships/{mpnId}", mpnId)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .exchange();
    }

}
