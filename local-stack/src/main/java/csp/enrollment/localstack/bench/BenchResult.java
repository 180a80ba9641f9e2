package csp.enrollment.localstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The figures of one run, printed as a table and written as JSON. */
record BenchResult(int applications, int overHttp, int overKafka, double throughputPerSecond, int latencyApplications,
        int offeredRate, double p50Ms, double p95Ms, double p99Ms, double kafkaBaselineRecordsPerSecond, int recordSize,
        double ioFloorPerSecond, IoProfile io, int preloaded, long peakHeapMb, long peakRssMb, int lost,
        int duplicatedEmails, double wallSeconds) {

    double ratioToKafka() {
        return kafkaBaselineRecordsPerSecond == 0 ? 0 : throughputPerSecond / kafkaBaselineRecordsPerSecond;
    }

    double ratioToIoFloor() {
        return ioFloorPerSecond == 0 ? 0 : throughputPerSecond / ioFloorPerSecond;
    }

    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("applications", applications);
        json.put("over_http", overHttp);
        json.put("over_kafka", overKafka);
        json.put("throughput_per_s", round(throughputPerSecond));
        json.put("latency_applications", latencyApplications);
        json.put("offered_rate_per_s", offeredRate);
        json.put("p50_ms", round(p50Ms));
        json.put("p95_ms", round(p95Ms));
        json.put("p99_ms", round(p99Ms));
        json.put("kafka_baseline_records_per_s", round(kafkaBaselineRecordsPerSecond));
        json.put("kafka_baseline_record_bytes", recordSize);
        json.put("ratio_to_kafka", Math.round(ratioToKafka() * 10_000) / 10_000.0);
        json.put("io_floor_apps_per_s", round(ioFloorPerSecond));
        json.put("ratio_to_io_floor", Math.round(ratioToIoFloor() * 1000) / 1000.0);
        json.put("io_per_application",
                Map.of("kafka_records_written", round(io.kafkaWritten()), "kafka_records_read", round(io.kafkaRead()),
                        "mongodb_documents_written", round(io.mongoWritten()), "mongodb_documents_read",
                        round(io.mongoRead()), "mongodb_documents_scanned", round(io.mongoScanned()), "smtp_messages",
                        round(io.smtpMessages())));
        json.put("preloaded_enrollments", preloaded);
        json.put("peak_heap_mb", peakHeapMb);
        json.put("peak_rss_mb", peakRssMb);
        json.put("lost", lost);
        json.put("duplicated_emails", duplicatedEmails);
        json.put("wall_s", round(wallSeconds));
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("java", System.getProperty("java.version"));
        return json;
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file,
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(asJson())
                        + System.lineSeparator());
    }

    void print(PrintStream out) {
        out.println();
        out.println("+-------------------------------------+-------------------+");
        row(out, "applications (HTTP / Kafka)", applications + " (" + overHttp + " / " + overKafka + ")");
        row(out, "end-to-end throughput", String.format("%.1f /s", throughputPerSecond));
        row(out, "latency at " + offeredRate + "/s, n=" + latencyApplications, "");
        row(out, "  p50", String.format("%.0f ms", p50Ms));
        row(out, "  p95", String.format("%.0f ms", p95Ms));
        row(out, "  p99", String.format("%.0f ms", p99Ms));
        row(out, "Kafka baseline (" + recordSize + " B records)",
                String.format("%.0f /s", kafkaBaselineRecordsPerSecond));
        row(out, "pipeline / Kafka baseline", String.format("%.4f", ratioToKafka()));
        row(out, "I/O floor", String.format("%.1f /s", ioFloorPerSecond));
        row(out, "pipeline / I/O floor", String.format("%.3f", ratioToIoFloor()));
        row(out, "preloaded enrollments", Integer.toString(preloaded));
        row(out, "peak heap", peakHeapMb + " MB");
        row(out, "peak RSS", peakRssMb + " MB");
        row(out, "lost", Integer.toString(lost));
        row(out, "duplicated e-mails", Integer.toString(duplicatedEmails));
        out.println("+-------------------------------------+-------------------+");
    }

    private static void row(PrintStream out, String name, String value) {
        out.printf("| %-35s | %17s |%n", name, value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
