package csp.enrollment.localstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import csp.enrollment.infrastructure.Directories;
import csp.enrollment.localstack.KafkaDevelopmentLogins;
import csp.enrollment.localstack.LocalStack;
import csp.enrollment.localstack.LocalStackOptions;
import csp.enrollment.localstack.PipelineClient;
import csp.enrollment.serde.AvroSerializer;

/**
 * {@code --bench}: drives a freshly started stack with applications over both paths and
 * reports end-to-end throughput (first submit until every application reached its final
 * status and all its e-mails were accepted by SMTP), latency at a fixed offered rate,
 * peak heap and RSS, and two yardsticks measured on the same parts in the same run: a raw
 * Kafka baseline and the I/O floor (the bare I/O of the applications, issued by plain
 * clients).
 */
public final class Benchmark {

    private static final int HTTP_CLIENTS = 8;

    private static final int WARM_UP = 200;

    private static final Duration STALL = Duration.ofSeconds(120);

    private final BenchTarget target;

    private final PrintStream out;

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000);

    private final PipelineClient http;

    private final ExecutorService httpPool = Executors.newFixedThreadPool(HTTP_CLIENTS);

    private final AtomicInteger failedSubmits = new AtomicInteger();

    private final List<OutcomeTracker.Outcome> everything = new ArrayList<>();

    private int sequence;

    /**
     * Starts a stack on a fresh data dir, runs the benchmark against it, stops; 0 when
     * nothing was lost or mailed twice.
     */
    public static int runOnFreshStack(LocalStackOptions options, PrintStream out) {
        Directories.deleteQuietly(options.dataDir());
        try (LocalStack stack = LocalStack.start(options)) {
            stack.printBanner(out);
            var target = new BenchTarget(stack.urls(), stack.adminKafkaClient(), stack.registryUrl(), stack.mail(),
                    stack.mongo());
            var settings = new BenchSettings(options.applications(), options.rate(),
                    Duration.ofSeconds(options.latencySeconds()), options.preload(), options.out());
            return new Benchmark(target, out).run(settings) ? 0 : 1;
        }
        catch (Exception ex) {
            System.err.println("The benchmark failed: " + ex);
            return 2;
        }
    }

    public Benchmark(BenchTarget target, PrintStream out) {
        this.target = target;
        this.out = out;
        this.http = new PipelineClient(target.urls());
    }

    /**
     * Runs every phase, prints the table, writes the JSON; returns whether nothing was
     * lost or mailed twice.
     */
    public boolean run(BenchSettings settings) throws Exception {
        long begin = System.nanoTime();
        registerMemberships();
        try (var resources = new ResourceSampler();
                var tracker = new OutcomeTracker(target.kafkaClient(), target.registryUrl(), target.mail());
                var meter = new IoMeter(target.kafkaClient(), target.mongo(), target.mail());
                var producer = applicationProducer()) {
            if (settings.preload() > 0) {
                long start = System.nanoTime();
                submitAll("preload", settings.preload(), tracker, producer);
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("Preloaded %d finished enrollments through the pipeline (HTTP and Kafka) in %.0f s%n",
                        settings.preload(), seconds);
            }
            submitAll("warm-up", WARM_UP, tracker, producer);

            IoMeter.Snapshot before = meter.snapshot();
            List<OutcomeTracker.Outcome> throughputRun = submitAll("throughput", settings.applications(), tracker,
                    producer);
            IoProfile io = IoProfile.between(before, meter.snapshot(), settings.applications());
            io.print(out);
            target.mongo()
                .operations()
                .mostScanning(5)
                .forEach((query, documents) -> out.printf("  scanned %,d documents in all: %s%n", documents, query));

            List<OutcomeTracker.Outcome> latencyRun = latencyPhase(settings, tracker, producer);

            int recordSize = applicationSize();
            out.println("Kafka baseline: " + settings.applications() + " records of " + recordSize + " bytes");
            double baseline = KafkaBaseline.recordsPerSecond(target.kafkaClient(), settings.applications(), recordSize);
            out.println("I/O floor: the I/O of " + settings.applications() + " applications by plain clients");
            double floor = new IoFloor(target.kafkaClient(), target.mongo().connectionString(), target.mail().host(),
                    target.mail().smtpPort())
                .applicationsPerSecond(io, settings.applications(), recordSize);

            awaitIdle(tracker, everything.size());
            int lost = (int) everything.stream().filter(o -> !o.complete()).count();
            List<Double> latencies = latencyRun.stream()
                .filter(OutcomeTracker.Outcome::complete)
                .map(o -> (o.finalAt - o.submittedAt) / 1e6)
                .sorted()
                .toList();
            var result = new BenchResult(settings.applications(),
                    (int) throughputRun.stream().filter(o -> !o.application.overKafka()).count(),
                    (int) throughputRun.stream().filter(o -> o.application.overKafka()).count(),
                    throughput(throughputRun), latencyRun.size(), settings.rate(), percentile(latencies, 50),
                    percentile(latencies, 95), percentile(latencies, 99), baseline, recordSize, floor, io,
                    settings.preload(), resources.peakHeapMb(), resources.peakRssMb(), lost, tracker.duplicatedEmails(),
                    (System.nanoTime() - begin) / 1e9);
            result.print(out);
            result.write(settings.out());
            out.println("Figures written to " + settings.out().toAbsolutePath());
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
     * Submits {@code count} applications as fast as the pipeline takes them and waits
     * until they are complete.
     */
    private List<OutcomeTracker.Outcome> submitAll(String phase, int count, OutcomeTracker tracker,
            KafkaProducer<String, Object> producer) throws InterruptedException {
        int completedBefore = tracker.completed();
        AtomicInteger submitted = new AtomicInteger();
        List<OutcomeTracker.Outcome> outcomes = new ArrayList<>(count);
        try (var bar = new ProgressBar(out, phase, count, submitted::get,
                () -> tracker.completed() - completedBefore)) {
            Semaphore inFlight = new Semaphore(HTTP_CLIENTS * 4);
            for (int i = 0; i < count; i++) {
                outcomes.add(submit(tracker, producer, inFlight, submitted));
            }
            producer.flush();
            awaitCompletion(tracker, completedBefore + count);
        }
        return outcomes;
    }

    /**
     * Offers {@code rate} applications per second for the phase's duration; latency is
     * submit to final status.
     */
    private List<OutcomeTracker.Outcome> latencyPhase(BenchSettings settings, OutcomeTracker tracker,
            KafkaProducer<String, Object> producer) throws InterruptedException {
        int count = (int) (settings.rate() * settings.latencyPhase().toSeconds());
        int completedBefore = tracker.completed();
        AtomicInteger submitted = new AtomicInteger();
        List<OutcomeTracker.Outcome> outcomes = new ArrayList<>(count);
        try (var bar = new ProgressBar(out, "latency", count, submitted::get,
                () -> tracker.completed() - completedBefore)) {
            Semaphore inFlight = new Semaphore(HTTP_CLIENTS * 4);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long wait = start + (long) (i * 1e9 / settings.rate()) - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                outcomes.add(submit(tracker, producer, inFlight, submitted));
            }
            producer.flush();
            awaitCompletion(tracker, completedBefore + count);
        }
        return outcomes;
    }

    private OutcomeTracker.Outcome submit(OutcomeTracker tracker, KafkaProducer<String, Object> producer,
            Semaphore inFlight, AtomicInteger submitted) throws InterruptedException {
        BenchApplication application = BenchApplication.of(sequence++, run);
        OutcomeTracker.Outcome outcome = tracker.expect(application);
        everything.add(outcome);
        outcome.submittedAt = System.nanoTime();
        if (application.overKafka()) {
            producer.send(
                    new ProducerRecord<>(Topics.APPLICATIONS, "bench-" + application.tenantId(), application.record()));
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
        return outcome;
    }

    /**
     * Waits until {@code target} applications are complete, or nothing has completed for
     * {@link #STALL}: a pipeline that still makes progress is slow, one that makes none
     * is stuck.
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

    /**
     * Before counting what is lost: everything complete, or the pipeline idle for
     * {@link #STALL}.
     */
    private static void awaitIdle(OutcomeTracker tracker, int expected) throws InterruptedException {
        awaitCompletion(tracker, expected);
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

    /** Applications over Kafka come from an upstream system, with its login. */
    private KafkaProducer<String, Object> applicationProducer() {
        // It submits as an upstream system would, with its own login.
        Map<String, Object> config = new HashMap<>(target.kafkaClient());
        config.putAll(KafkaDevelopmentLogins.UPSTREAM.clientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put("schema.registry.url", target.registryUrl());
        var serializer = new AvroSerializer();
        serializer.configure(config, false);
        return new KafkaProducer<>(config, new StringSerializer(), serializer);
    }

    /**
     * The size of one application on the topic, for a baseline of records of the same
     * size.
     */
    private int applicationSize() {
        try (var serializer = new AvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", target.registryUrl()), false);
            return serializer.serialize(Topics.APPLICATIONS, BenchApplication.of(0, run).record()).length;
        }
    }

    /** Applications per second from the first submit until the last one was complete. */
    private static double throughput(List<OutcomeTracker.Outcome> outcomes) {
        long first = outcomes.stream().mapToLong(o -> o.submittedAt).min().orElse(0);
        long last = outcomes.stream()
            .filter(OutcomeTracker.Outcome::complete)
            .mapToLong(OutcomeTracker.Outcome::completedAt)
            .max()
            .orElse(first);
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
