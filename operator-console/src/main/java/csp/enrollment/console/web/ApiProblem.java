package csp.enrollment.console.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.client.ClientHttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service refused or failed a call: its status and, from its problem document, the
 * detail and the messages of its field errors, in words a person can act on.
 */
public class ApiProblem extends RuntimeException {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int status;

    ApiProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiProblem of(ClientHttpResponse response) {
        try {
            int status = response.getStatusCode().value();
            String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            return new ApiProblem(status, describe(status, body));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String describe(int status, String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            StringBuilder text = new StringBuilder(problem.path("detail").asString(problem.path("title").asString("")));
            for (JsonNode error : problem.path("errors")) {
                text.append(' ').append(error.path("message").asString(""));
            }
            return text.isEmpty() ? "The service answered " + status + "." : text.toString().trim();
        }
        catch (RuntimeException notJson) {
            return "The service answered " + status + ".";
        }
    }

}
