package csp.enrollment.localstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import csp.enrollment.events.Topics;
import csp.enrollment.localstack.PipelineClient;
import csp.enrollment.serde.AvroSerializer;

/**
 * {@code --bench}: drives a freshly started stack with applications over both paths and reports
 * end-to-end throughput (first submit until every application reached its final status and all
 * its e-mails were accepted by SMTP), latency at a fixed offered rate, peak heap and RSS, and a raw
 * Kafka baseline measured on the same broker in the same run.
 */
public final class Benchmark {

    private static final int HTTP_CLIENTS = 8;
    private static final int WARM_UP = 200;
    private static final int LATENCY_SECONDS = 30;
    private static final Duration STALL = Duration.ofSeconds(120);

    private final BenchTarget target;
    private final PrintStream out;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000);
    private final PipelineClient http;
    private final ExecutorService httpPool = Executors.newFixedThreadPool(HTTP_CLIENTS);
    private final AtomicInteger failedSubmits = new AtomicInteger();
    private int sequence;

    public Benchmark(BenchTarget target, PrintStream out) {
        this.target = target;
        this.out = out;
        this.http = new PipelineClient(target.urls());
    }

    /** Runs every phase, prints the table, writes {@code jsonFile}; returns whether nothing was lost. */
    public boolean run(int applications, int rate, Path jsonFile) throws Exception {
        long begin = System.nanoTime();
        registerMemberships();
        try (var resources = new ResourceSampler();
                var tracker = new OutcomeTracker(target.bootstrapServers(), target.registryUrl(), target.mail());
                var producer = applicationProducer()) {
            phase("warm-up", WARM_UP, tracker, producer, 0);
            List<OutcomeTracker.Outcome> throughputRun = phase("throughput", applications, tracker, producer, 0);
            int latencyCount = Math.min(applications, rate * LATENCY_SECONDS);
            List<OutcomeTracker.Outcome> latencyRun = phase("latency", latencyCount, tracker, producer, rate);

            int recordSize = applicationSize();
            out.println("Kafka baseline: " + applications + " records of " + recordSize + " bytes");
            double baseline = KafkaBaseline.recordsPerSecond(target.bootstrapServers(), applications, recordSize);

            List<Double> latencies = latencyRun.stream().filter(OutcomeTracker.Outcome::complete)
                    .map(o -> (o.finalAt - o.submittedAt) / 1e6).sorted().toList();
            int lost = (int) (throughputRun.stream().filter(o -> !o.complete()).count()
                    + latencyRun.stream().filter(o -> !o.complete()).count());
            var result = new BenchResult(applications, (int) throughputRun.stream().filter(o -> !o.application.overKafka()).count(),
                    (int) throughputRun.stream().filter(o -> o.application.overKafka()).count(),
                    throughput(throughputRun), latencyCount, rate, percentile(latencies, 50), percentile(latencies, 95),
                    percentile(latencies, 99), baseline, recordSize, resources.peakHeapMb(), resources.peakRssMb(),
                    lost, tracker.duplicatedEmails(), (System.nanoTime() - begin) / 1e9);
            result.print(out);
            result.write(jsonFile);
            out.println("Figures written to " + jsonFile.toAbsolutePath());
            if (failedSubmits.get() > 0) {
                out.println("Submissions that failed: " + failedSubmits.get());
            }
            return lost == 0 && tracker.duplicatedEmails() == 0;
        }
        finally {
            httpPool.shutdownNow();
        }
    }

    /**
     * Submits {@code count} applications (alternately over HTTP and Kafka), as fast as possible or
     * at {@code rate} per second, and waits until each is complete or the phase times out.
     */
    private List<OutcomeTracker.Outcome> phase(String name, int count, OutcomeTracker tracker,
            KafkaProducer<String, Object> producer, int rate) throws InterruptedException {
        List<OutcomeTracker.Outcome> outcomes = new ArrayList<>(count);
        int completedBefore = tracker.completed();
        AtomicInteger submitted = new AtomicInteger();
        Semaphore inFlight = new Semaphore(HTTP_CLIENTS * 4);
        try (var bar = new ProgressBar(out, name, count, submitted::get, () -> tracker.completed() - completedBefore)) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                BenchApplication application = BenchApplication.of(sequence++, run);
                OutcomeTracker.Outcome outcome = tracker.expect(application);
                outcomes.add(outcome);
                outcome.submittedAt = System.nanoTime();
                if (application.overKafka()) {
                    producer.send(new ProducerRecord<>(Topics.APPLICATIONS, "bench-" + application.tenantId(),
                            application.record()));
                    submitted.incrementAndGet();
                }
                else {
                    inFlight.acquire();
                    httpPool.execute(() -> {
                        try {
                            submitOverHttp(application);
                            submitted.incrementAndGet();
                        }
                        finally {
                            inFlight.release();
                        }
                    });
                }
            }
            producer.flush();
            awaitCompletion(tracker, completedBefore + count);
        }
        return outcomes;
    }

    /**
     * Waits until {@code target} applications are complete, or nothing has completed for
     * {@link #STALL}: a pipeline that still makes progress is slow, one that makes none has lost
     * what is missing.
     */
    private static void awaitCompletion(OutcomeTracker tracker, int target) throws InterruptedException {
        int last = tracker.completed();
        long lastProgress = System.nanoTime();
        while (tracker.completed() < target && System.nanoTime() - lastProgress < STALL.toNanos()) {
            TimeUnit.MILLISECONDS.sleep(50);
            if (tracker.completed() != last) {
                last = tracker.completed();
                lastProgress = System.nanoTime();
            }
        }
    }

    private void submitOverHttp(BenchApplication application) {
        try {
            if (http.submit(application.json()).status() != 202) {
                failedSubmits.incrementAndGet();
            }
        }
        catch (IOException ex) {
            failedSubmits.incrementAndGet();
        }
    }

    private void registerMemberships() throws IOException {
        for (int i = 0; i < BenchApplication.MPN_POOL; i++) {
            var answer = http.putMembership(BenchApplication.mpnId(i), "ACTIVE", "NL");
            if (!answer.accepted()) {
                throw new IllegalStateException(
                        "Could not register MPN ID " + BenchApplication.mpnId(i) + ": HTTP " + answer.status());
            }
        }
    }

    private KafkaProducer<String, Object> applicationProducer() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                "schema.registry.url", target.registryUrl());
        var serializer = new AvroSerializer();
        serializer.configure(config, false);
        return new KafkaProducer<>(config, new StringSerializer(), serializer);
    }

    /** The size of one application on the topic, for a baseline of records of the same size. */
    private int applicationSize() {
        try (var serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", target.registryUrl()), false);
            return serializer.serialize(Topics.APPLICATIONS, BenchApplication.of(0, run).record()).length;
        }
    }

    /** Applications per second from the first submit until the last one was complete. */
    private static double throughput(List<OutcomeTracker.Outcome> outcomes) {
        long first = outcomes.stream().mapToLong(o -> o.submittedAt).min().orElse(0);
        long last = outcomes.stream().filter(OutcomeTracker.Outcome::complete)
                .mapToLong(OutcomeTracker.Outcome::completedAt).max().orElse(first);
        long done = outcomes.stream().filter(OutcomeTracker.Outcome::complete).count();
        return last == first ? 0 : done / ((last - first) / 1e9);
    }

    private static double percentile(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
