package csp.enrollment.testinfra.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /actuator/prometheus} of a service, scraped over a real socket and without a
 * token, as Prometheus does. Series are matched by name and a subset of their labels.
 */
public final class PrometheusScrape {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, Double> series;

    private final String text;

    private PrometheusScrape(String text) {
        this.text = text;
        this.series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
    }

    /**
     * An exposition already fetched (e.g. through MockMvc, in a service whose tests have
     * no port).
     */
    public static PrometheusScrape parse(String text) {
        return new PrometheusScrape(text);
    }

    /**
     * Scrapes the service on {@code localhost:port}; fails unless it answers 200 without
     * a token.
     */
    public static PrometheusScrape of(int port) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(
                        "/actuator/prometheus answered " + response.statusCode() + ": " + response.body());
            }
            return new PrometheusScrape(response.body());
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * The sum of the series named {@code name} carrying all of {@code labels} (e.g.
     * {@code channel="HTTP"}); 0 when none.
     */
    public double value(String name, String... labels) {
        return matching(name, labels).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Whether a series named {@code name} with all of {@code labels} is there at all. */
    public boolean has(String name, String... labels) {
        return !matching(name, labels).isEmpty();
    }

    /** The series named {@code name} with all of {@code labels}, each with its value. */
    public Map<String, Double> matching(String name, String... labels) {
        Set<String> wanted = Arrays.stream(labels).collect(Collectors.toSet());
        return series.entrySet()
            .stream()
            .filter(entry -> nameOf(entry.getKey()).equals(name) && labelsOf(entry.getKey()).containsAll(wanted))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The exposition as scraped, for failure messages. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String nameOf(String series) {
        int brace = series.indexOf('{');
        return brace < 0 ? series : series.substring(0, brace);
    }

    private static Set<String> labelsOf(String series) {
        int brace = series.indexOf('{');
        if (brace < 0) {
            return Set.of();
        }
        // label values here are names, statuses and topics: no commas or quotes inside
        // them
        return Arrays.stream(series.substring(brace + 1, series.lastIndexOf('}')).split(","))
            .map(String::trim)
            .filter(label -> !label.isEmpty())
            .collect(Collectors.toSet());
    }

}
