package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;

import java.util.List;

/**
 * (b) SMTP down during a run: applications keep coming and moving through the pipeline,
 * their e-mails wait, and once SMTP is back every admin gets each of them exactly once.
 */
final class SmtpOutageScenario {

    static final String NAME = "SMTP down";

    private final InProcessStack stack;

    private final FaultSettings settings;

    private final Progress progress;

    SmtpOutageScenario(InProcessStack stack, FaultSettings settings, Progress progress) {
        this.stack = stack;
        this.settings = settings;
        this.progress = progress;
    }

    ScenarioResult run() throws Exception {
        var result = new ScenarioResult.Builder(NAME + " " + settings.outage().toSeconds() + " s")
            .applications(settings.outageApplications());
        var http = new PipelineClient(stack.target().urls());
        List<PlannedApplication> applications = PlannedApplication.plan(2, "smtp", settings.outageApplications(),
                JourneyKind.EVERY_KIND);
        List<String> admins = applications.stream().map(PlannedApplication::adminEmail).toList();
        PartnerDirectory.prepare(http, applications);
        try (var submitter = new Submitter(http); var kafka = new KafkaProbe(stack.target())) {
            long deadLettersBefore = kafka.deadLetters();
            // Submissions run through the outage: a quarter before it, the rest while
            // SMTP is down.
            double rate = applications.size() / (settings.outage().toMillis() / 1000.0);
            submitter.start(applications, rate, settings.patience());
            submitter.awaitAcknowledged(applications.size() / 4, settings.patience());
            int cut = stack.smtpGate().shut();
            long outageEnd = System.nanoTime() + settings.outage().toNanos();
            int mailsAtShut = mailsTo(admins);
            say("SMTP down for %d s after %d/%d submissions (%d e-mails delivered so far)",
                    settings.outage().toSeconds(), submitter.acknowledged(), applications.size(), mailsAtShut);
            boolean allAcknowledged = submitter.awaitAll(applications.size(), settings.patience());
            while (System.nanoTime() < outageEnd) {
                Thread.sleep(100);
            }
            int mailsDuringOutage = mailsTo(admins) - mailsAtShut;
            stack.smtpGate().reopen();
            say("SMTP back; %d e-mails got through while it was down; waiting for the rest", mailsDuringOutage);
            var outcome = new JourneyWatcher(http, stack.mail(), progress, "smtp").await(submitter.enrollmentIds(),
                    settings.patience(), System.nanoTime());
            long deadLetters = kafka.deadLetters() - deadLettersBefore;
            // copies of a message in flight when the gate cut its connection: the
            // inherent SMTP window
            int inFlight = Math.min(outcome.duplicatesWithSameMessageId(), cut);
            int realDuplicates = outcome.duplicatedEmails() - inFlight;
            int expected = applications.stream().mapToInt(a -> a.kind().emails()).sum();
            result.lost(outcome.incomplete() + applications.size() - submitter.acknowledged())
                .duplicatedEmails(outcome.duplicatedEmails())
                .deadLettered(deadLetters)
                .serverErrors(http.serverErrors())
                .check(allAcknowledged, "not every application was acknowledged: " + submitter.refused())
                .check(mailsDuringOutage <= inFlight,
                        mailsDuringOutage + " e-mails arrived while SMTP was down" + " (" + inFlight
                                + " of them in flight when it went down): no outage")
                .check(outcome.problems().isEmpty(), "incomplete: " + outcome.problems())
                .check(realDuplicates == 0,
                        realDuplicates + " e-mails sent twice (besides " + inFlight
                                + " copies of messages in flight when SMTP went down)")
                .check(deadLetters == 0, deadLetters + " records were dead-lettered")
                .check(http.serverErrors() == 0, http.serverErrors() + " answers were 5xx")
                .note(inFlight + " e-mails in flight when SMTP went down arrived twice with the same Message-ID")
                .note(mailsAtShut + " of " + expected + " e-mails delivered before the outage, "
                        + (expected - mailsAtShut) + " held back and delivered after it");
        }
        finally {
            stack.smtpGate().reopen();
        }
        return result.build();
    }

    private int mailsTo(List<String> admins) {
        return admins.stream().mapToInt(admin -> stack.mail().to(admin).size()).sum();
    }

    private void say(String format, Object... args) {
        progress.say("smtp", format, args);
    }

}
