package csp.enrollment.localstack.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import csp.enrollment.access.KafkaAccess;
import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.ProfileRejected;
import csp.enrollment.events.ProfileVerified;
import csp.enrollment.events.Topics;
import csp.enrollment.infrastructure.mail.EmbeddedMailServer;
import csp.enrollment.localstack.KafkaDevelopmentLogins;
import csp.enrollment.serde.AvroDeserializer;

/**
 * Watches the pipeline from the outside, as a partner would: the status topics tell when
 * each application reached its final status, the SMTP server when each of its e-mails
 * arrived (every application has an admin of its own, so its inbox holds exactly its
 * e-mails).
 */
final class OutcomeTracker implements AutoCloseable {

    /** What became of one application. Times are {@link System#nanoTime()}. */
    static final class Outcome {

        final BenchApplication application;

        /** When the client started sending it. */
        volatile long submittedAt;

        volatile long finalAt;

        final AtomicInteger emails = new AtomicInteger();

        final AtomicBoolean counted = new AtomicBoolean();

        volatile long lastEmailAt;

        Outcome(BenchApplication application) {
            this.application = application;
        }

        boolean complete() {
            return finalAt != 0 && emails.get() >= application.kind().emails();
        }

        long completedAt() {
            return Math.max(finalAt, lastEmailAt);
        }

    }

    private final Map<String, Outcome> byTenant = new ConcurrentHashMap<>();

    private final Map<String, Outcome> byEnrollment = new ConcurrentHashMap<>();

    /**
     * Final events seen before their EnrollmentSubmitted (another topic, so no order
     * between them).
     */
    private final Map<String, Long> earlyFinals = new ConcurrentHashMap<>();

    private final Map<String, Boolean> earlyVerifiedIndirect = new ConcurrentHashMap<>();

    private final AtomicInteger completed = new AtomicInteger();

    /**
     * Applications by their admin's (lower-case) address, which is unique per
     * application.
     */
    private final Map<String, Outcome> byAdmin = new ConcurrentHashMap<>();

    private final AtomicBoolean running = new AtomicBoolean(true);

    private final Thread consumerThread;

    private final EmbeddedMailServer mail;

    OutcomeTracker(Map<String, Object> kafkaClient, String registryUrl, EmbeddedMailServer mail) {
        this.mail = mail;
        // It watches the status topics as an upstream system would, with its login and
        // group prefix.
        Map<String, Object> config = new HashMap<>(kafkaClient);
        config.putAll(KafkaDevelopmentLogins.UPSTREAM.clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG,
                KafkaAccess.UPSTREAM_GROUP_PREFIX + "benchmark-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.put("schema.registry.url", registryUrl);
        config.put("specific.avro.reader", true);
        var deserializer = new AvroDeserializer();
        deserializer.configure(config, false);
        var consumer = new KafkaConsumer<>(config, new StringDeserializer(), deserializer);
        consumer.subscribe(List.of(Topics.SUBMITTED, Topics.PROFILE_VERIFIED, Topics.PROFILE_REJECTED,
                Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED));
        mail.onAccepted(this::mailAccepted);
        consumerThread = new Thread(() -> consume(consumer), "benchmark-tracker");
        consumerThread.setDaemon(true);
        consumerThread.start();
    }

    Outcome expect(BenchApplication application) {
        var outcome = new Outcome(application);
        byTenant.put(application.tenantId(), outcome);
        byAdmin.put(application.adminEmail().toLowerCase(java.util.Locale.ROOT), outcome);
        return outcome;
    }

    int completed() {
        return completed.get();
    }

    private void consume(KafkaConsumer<String, Object> consumer) {
        try (consumer) {
            while (running.get()) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(100))) {
                    onEvent(record.value(), System.nanoTime());
                }
            }
        }
    }

    private void onEvent(Object event, long now) {
        if (event instanceof EnrollmentSubmitted submitted) {
            Outcome outcome = byTenant.get(submitted.getTenantId());
            if (outcome != null) {
                String enrollmentId = submitted.getMetadata().getEnrollmentId();
                byEnrollment.put(enrollmentId, outcome);
                Long early = earlyFinals.remove(enrollmentId);
                Boolean indirect = earlyVerifiedIndirect.remove(enrollmentId);
                if (early != null) {
                    reachedFinal(outcome, early);
                }
                else if (indirect != null && outcome.application.kind() == ApplicationKind.INDIRECT_RESELLER) {
                    reachedFinal(outcome, now);
                }
            }
        }
        else if (event instanceof ProfileVerified verified) {
            String enrollmentId = verified.getMetadata().getEnrollmentId();
            boolean indirect = verified.getEnrollmentType().name().equals("INDIRECT_RESELLER");
            Outcome outcome = byEnrollment.get(enrollmentId);
            if (outcome == null && indirect) {
                earlyFinals.put(enrollmentId, now);
            }
            else if (outcome != null && indirect) {
                reachedFinal(outcome, now);
            }
        }
        else if (event instanceof ProfileRejected rejected) {
            finalFor(rejected.getMetadata().getEnrollmentId(), now);
        }
        else if (event instanceof CreditCheckPassed passed) {
            finalFor(passed.getMetadata().getEnrollmentId(), now);
        }
        else if (event instanceof CreditCheckFailed failed) {
            finalFor(failed.getMetadata().getEnrollmentId(), now);
        }
    }

    private void finalFor(String enrollmentId, long now) {
        Outcome outcome = byEnrollment.get(enrollmentId);
        if (outcome == null) {
            earlyFinals.put(enrollmentId, now);
        }
        else {
            reachedFinal(outcome, now);
        }
    }

    private void reachedFinal(Outcome outcome, long at) {
        if (outcome.finalAt == 0) {
            outcome.finalAt = at;
            countIfComplete(outcome);
        }
    }

    /** An e-mail accepted by SMTP, told by the mail server as it arrives. */
    private void mailAccepted(String recipient) {
        Outcome outcome = byAdmin.get(recipient);
        if (outcome != null) {
            outcome.lastEmailAt = System.nanoTime();
            if (outcome.emails.incrementAndGet() == outcome.application.kind().emails()) {
                countIfComplete(outcome);
            }
        }
    }

    /**
     * E-mails beyond what each application's admin should get; read after the run has
     * settled.
     */
    int duplicatedEmails() {
        int duplicates = 0;
        for (Outcome outcome : byTenant.values()) {
            duplicates += Math.max(0,
                    mail.messageCountFor(outcome.application.adminEmail()) - outcome.application.kind().emails());
        }
        return duplicates;
    }

    /**
     * Called when an outcome's final event or its last e-mail arrived (from the tracker's
     * thread and the mail server's); counts it once, whichever came last.
     */
    private void countIfComplete(Outcome outcome) {
        if (outcome.complete() && outcome.counted.compareAndSet(false, true)) {
            completed.incrementAndGet();
        }
    }

    @Override
    public void close() {
        mail.onAccepted(recipient -> {
        });
        running.set(false);
        try {
            consumerThread.join(5000);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
