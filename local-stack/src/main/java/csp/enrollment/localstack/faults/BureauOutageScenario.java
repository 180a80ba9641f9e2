package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import csp.enrollment.events.CreditCheckFailed;
import csp.enrollment.events.CreditCheckPassed;
import csp.enrollment.events.EventMetadata;
import csp.enrollment.events.Topics;

/**
 * (c) The credit bureau down during a run: direct bill applications are verified and
 * their checks wait; none fails for it. Once the bureau is back every check completes,
 * once: one decision event per enrollment and one e-mail.
 */
final class BureauOutageScenario {

    static final String NAME = "credit bureau down";

    private final InProcessStack stack;

    private final FaultSettings settings;

    private final Progress progress;

    BureauOutageScenario(InProcessStack stack, FaultSettings settings, Progress progress) {
        this.stack = stack;
        this.settings = settings;
        this.progress = progress;
    }

    ScenarioResult run() throws Exception {
        var result = new ScenarioResult.Builder(NAME + " " + settings.outage().toSeconds() + " s")
            .applications(settings.outageApplications());
        var http = new PipelineClient(stack.target().urls());
        List<PlannedApplication> applications = PlannedApplication.plan(3, "bureau", settings.outageApplications(),
                JourneyKind.DIRECT_BILL);
        PartnerDirectory.prepare(http, applications);
        try (var submitter = new Submitter(http); var kafka = new KafkaProbe(stack.target())) {
            long deadLettersBefore = kafka.deadLetters();
            check(http.bureauAvailable(false), "switching the bureau off");
            long outageEnd = System.nanoTime() + settings.outage().toNanos();
            say("credit bureau down for %d s; submitting %d direct bill applications during the first half",
                    settings.outage().toSeconds(), applications.size());
            submitter.start(applications, applications.size() / (settings.outage().toMillis() / 2000.0),
                    settings.patience());
            boolean allAcknowledged = submitter.awaitAll(applications.size(), settings.patience());
            while (System.nanoTime() < outageEnd) {
                Thread.sleep(100);
            }
            int decidedDuringOutage = decided(http, submitter.enrollmentIds().values());
            check(http.bureauAvailable(true), "switching the bureau on");
            say("bureau back; %d checks were decided while it was down", decidedDuringOutage);
            var outcome = new JourneyWatcher(http, stack.mail(), progress, "bureau").await(submitter.enrollmentIds(),
                    settings.patience(), System.nanoTime());
            Set<String> enrollments = new HashSet<>(submitter.enrollmentIds().values());
            Map<String, Integer> decisions = decisionEvents(kafka, enrollments);
            long checksThatWaited = enrollments.stream().filter(id -> sawBureauDown(http, id)).count();
            long twice = decisions.values().stream().filter(count -> count > 1).count();
            long never = enrollments.stream().filter(id -> !decisions.containsKey(id)).count();
            long deadLetters = kafka.deadLetters() - deadLettersBefore;
            result.lost(outcome.incomplete() + applications.size() - submitter.acknowledged())
                .duplicatedEmails(outcome.duplicatedEmails())
                .deadLettered(deadLetters)
                .serverErrors(http.serverErrors())
                .check(allAcknowledged, "not every application was acknowledged: " + submitter.refused())
                .check(decidedDuringOutage == 0, decidedDuringOutage + " checks were decided while the bureau was down")
                .check(checksThatWaited > 0, "no check recorded the bureau as unavailable: the outage was not felt")
                .check(outcome.problems().isEmpty(), "incomplete: " + outcome.problems())
                .check(twice == 0, twice + " enrollments got more than one credit check decision event")
                .check(never == 0, never + " enrollments got no credit check decision event")
                .check(outcome.duplicatedEmails() == 0, outcome.duplicatedEmails() + " e-mails sent twice")
                .check(deadLetters == 0, deadLetters + " records were dead-lettered")
                .check(http.serverErrors() == 0, http.serverErrors() + " answers were 5xx")
                .note(checksThatWaited + " of " + enrollments.size()
                        + " checks asked the bureau while it was down and waited; each decided once after");
        }
        finally {
            http.bureauAvailable(true);
        }
        return result.build();
    }

    /** How many of the enrollments reached a credit check status. */
    private static int decided(PipelineClient http, Iterable<String> enrollmentIds) throws IOException {
        int decided = 0;
        for (String id : enrollmentIds) {
            if (http.enrollment(id).body().path("status").asString("").startsWith("CREDIT_CHECK")) {
                decided++;
            }
        }
        return decided;
    }

    /** Decision events per enrollment, on both decision topics. */
    private static Map<String, Integer> decisionEvents(KafkaProbe kafka, Set<String> enrollments) {
        Map<String, Integer> counts = new HashMap<>();
        for (var read : kafka.readAll(List.of(Topics.CREDIT_CHECK_PASSED, Topics.CREDIT_CHECK_FAILED))) {
            EventMetadata metadata = metadata(read.decoded());
            if (metadata != null && enrollments.contains(metadata.getEnrollmentId())) {
                counts.merge(metadata.getEnrollmentId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static EventMetadata metadata(Object event) {
        if (event instanceof CreditCheckPassed passed) {
            return passed.getMetadata();
        }
        if (event instanceof CreditCheckFailed failed) {
            return failed.getMetadata();
        }
        return null;
    }

    /**
     * Whether the check's recorded attempts include one that found the bureau
     * unavailable.
     */
    private static boolean sawBureauDown(PipelineClient http, String enrollmentId) {
        try {
            for (var attempt : http.creditCheck(enrollmentId).body().path("attempts")) {
                if (attempt.path("outcome").asString("").equals("BUREAU_UNAVAILABLE")) {
                    return true;
                }
            }
            return false;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static void check(PipelineClient.Answer answer, String what) {
        if (!answer.accepted()) {
            throw new IllegalStateException(what + ": HTTP " + answer.status() + " " + answer.body());
        }
    }

    private void say(String format, Object... args) {
        progress.say("bureau", format, args);
    }

}
