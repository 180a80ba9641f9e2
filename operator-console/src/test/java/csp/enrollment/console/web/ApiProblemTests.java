package csp.enrollment.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person reads when a service refuses a call from the console. */
class ApiProblemTests {

    @Test
    void namesTheDetailAndEveryFieldError() {
        String problem = """
                {"type": "urn:csp-enrollment:problem:invalid-request", "status": 400,
                 "detail": "The request has 1 problem, listed in errors.",
                 "errors": [{"field": "reason", "code": "REQUIRED", "message": "A rejection needs a reason."}]}""";

        assertThat(ApiProblem.describe(400, problem))
            .isEqualTo("The request has 1 problem, listed in errors. A rejection needs a reason.");
    }

    @Test
    void fallsBackToTheTitleAndThenToTheStatus() {
        assertThat(ApiProblem.describe(409, "{\"title\": \"Review not pending\"}")).isEqualTo("Review not pending");
        assertThat(ApiProblem.describe(502, "<html>Bad gateway</html>")).isEqualTo("The service answered 502.");
    }

}
