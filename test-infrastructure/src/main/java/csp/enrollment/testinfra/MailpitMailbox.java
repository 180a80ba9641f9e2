package csp.enrollment.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads Mailpit's messages over its HTTP API and parses each raw message into a
 * {@link MimeMessage}.
 */
final class MailpitMailbox implements Mailbox {

    private static final int PAGE = 250;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<String> baseUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final ObjectMapper json = new ObjectMapper();

    private final Session session = Session.getInstance(new Properties());

    MailpitMailbox(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public List<MimeMessage> messagesTo(String address) {
        return messages(summary -> addressedTo(summary, address));
    }

    @Override
    public List<MimeMessage> all() {
        return messages(summary -> true);
    }

    @Override
    public void clear() {
        send(HttpRequest.newBuilder(URI.create(baseUrl.get() + "/api/v1/messages"))
            .header("Content-Type", "application/json")
            .method("DELETE", HttpRequest.BodyPublishers.ofString("{}")), HttpResponse.BodyHandlers.discarding());
    }

    private List<MimeMessage> messages(Predicate<JsonNode> wanted) {
        List<MimeMessage> found = new ArrayList<>();
        for (JsonNode summary : summaries()) {
            if (wanted.test(summary)) {
                found.add(raw(summary.get("ID").asText()));
            }
        }
        // Mailpit lists the newest first
        Collections.reverse(found);
        return found;
    }

    private List<JsonNode> summaries() {
        List<JsonNode> summaries = new ArrayList<>();
        int start = 0;
        while (true) {
            JsonNode page = readJson("/api/v1/messages?start=" + start + "&limit=" + PAGE);
            page.path("messages").forEach(summaries::add);
            int count = page.path("messages").size();
            start += count;
            if (count == 0 || start >= page.path("total").asInt()) {
                return summaries;
            }
        }
    }

    private static boolean addressedTo(JsonNode summary, String address) {
        for (String field : List.of("To", "Cc", "Bcc")) {
            for (JsonNode recipient : summary.path(field)) {
                if (recipient.path("Address").asText().equalsIgnoreCase(address)) {
                    return true;
                }
            }
        }
        return false;
    }

    private MimeMessage raw(String id) {
        byte[] bytes = send(get("/api/v1/message/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/raw"),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            return new MimeMessage(session, new ByteArrayInputStream(bytes));
        }
        catch (MessagingException e) {
            throw new IllegalStateException("Mailpit message " + id + " is not a MIME message", e);
        }
    }

    private JsonNode readJson(String path) {
        try {
            return json.readTree(send(get(path), HttpResponse.BodyHandlers.ofByteArray()));
        }
        catch (IOException e) {
            throw new IllegalStateException("Unreadable answer from Mailpit " + path, e);
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).GET();
    }

    private <T> T send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> response = http.send(request.timeout(TIMEOUT).build(), handler);
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "Mailpit answered " + response.statusCode() + " to " + response.request().uri());
            }
            return response.body();
        }
        catch (IOException e) {
            throw new IllegalStateException("Mailpit unreachable", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading Mailpit", e);
        }
    }

}
