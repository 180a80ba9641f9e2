package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The observability stack of docker-compose: the dashboard it provisions queries only
 * metrics the services publish (as docs/metrics.md lists them), Prometheus scrapes every
 * service, and every service sends its traces there.
 */
class ObservabilityStackTests {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Path DEPLOY = ROOT.resolve("deploy").resolve("observability");

    /**
     * Metric names as PromQL uses them: a name before a range, a selector or a closing
     * parenthesis.
     */
    private static final Pattern METRIC = Pattern.compile("\\b([a-z][a-z0-9_]*)(?=\\s*[\\[{)])");

    private static final Set<String> PROMQL_WORDS = Set.of("rate", "sum", "max", "by", "histogram_quantile");

    @Test
    void theDashboardQueriesOnlyDocumentedMetrics() throws IOException {
        JsonNode dashboard = JsonMapper.builder()
            .build()
            .readTree(Files.readString(DEPLOY.resolve("pipeline-dashboard.json")));
        String documented = Files.readString(ROOT.resolve("docs").resolve("metrics.md"));

        Set<String> queried = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                // label lists ("by (service, kind)") name labels, not metrics
                Matcher metric = METRIC.matcher(target.path("expr").asString().replaceAll("by \\([^)]*\\)", ""));
                while (metric.find()) {
                    if (!PROMQL_WORDS.contains(metric.group(1))) {
                        queried.add(metric.group(1));
                    }
                }
            }
        }

        assertThat(queried).as("metrics the dashboard shows")
            .contains("enrollments_submitted_total", "enrollments_status_total", "emails_sent_total",
                    "pipeline_work_pending", "reviews_pending", "kafka_consumer_fetch_manager_records_lag_max",
                    "enrollments_time_to_status_seconds_bucket");
        List<String> undocumented = new ArrayList<>();
        for (String name : queried) {
            String base = name.replaceFirst("_(sum|count|max|bucket)$", "");
            if (!documented.contains(name) && !documented.contains(base)) {
                undocumented.add(name);
            }
        }
        assertThat(undocumented).as("queried but not in docs/metrics.md").isEmpty();
        assertThat(dashboard.path("uid").asString()).isEqualTo("csp-enrollment-pipeline");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryServiceAndEveryServiceExportsItsTraces() throws IOException {
        Map<String, Object> prometheus = new Yaml().load(Files.readString(DEPLOY.resolve("prometheus.yaml")));
        String scrape = prometheus.get("scrape_configs").toString();
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        for (String service : List.of("enrollment-intake", "verification-service", "credit-check-service",
                "notification-service")) {
            int port = Integer.parseInt(
                    ((Map<String, Object>) services.get(service).get("environment")).get("SERVER_PORT").toString());
            assertThat(scrape).as(service).contains("names=[" + service + "]", "port=" + port);
            assertThat(((Map<String, Object>) services.get(service).get("environment"))
                .get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT")).as(service)
                .isEqualTo("http://observability:4318/v1/traces");
        }
        assertThat(scrape).contains("metrics_path=/actuator/prometheus");
        assertThat(services.get("observability").get("volumes").toString()).contains(
                "prometheus.yaml:/otel-lgtm/prometheus.yaml", "dashboards.yaml:/otel-lgtm/grafana/conf/provisioning",
                "pipeline-dashboard.json:/otel-lgtm/csp-enrollment-dashboards/");
    }

}
