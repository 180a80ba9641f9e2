package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;

/**
 * (a) The whole stack killed with SIGKILL in the middle of a run and started again on the
 * same data dir: every application reaches its final status, every admin gets exactly the
 * e-mails of contract.md §6, once each. The stack runs as a child process; the mail
 * server runs here, so what was sent before the kill is still counted after it.
 */
final class KillScenario {

    /**
     * One message per SMTP connection the notification service has open at once (its work
     * threads).
     */
    private static final int IN_FLIGHT_AT_A_KILL = 2;

    static final String NAME = "kill -9 mid-run";

    private final FaultSettings settings;

    private final Progress progress;

    KillScenario(FaultSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    ScenarioResult run() throws Exception {
        var result = new ScenarioResult.Builder(NAME).applications(settings.killApplications());
        Path dataDir = settings.dataDir().resolve("kill");
        Path log = settings.dataDir().resolve("kill-child.log");
        try (EmbeddedMailServer mailServer = EmbeddedMailServer.start(0, 0);
                ChildStack child = new ChildStack(dataDir, log, "localhost:" + mailServer.smtpPort(), leases())) {
            say("starting the stack as a child process (log: %s)", log);
            Duration startup = child.start();
            say("child stack (pid %d) ready in %.1f s", child.pid(), startup.toMillis() / 1000.0);
            FaultTarget target = child.target();
            var http = new PipelineClient(target.urls());
            var mail = new MailLedger(mailServer);
            List<PlannedApplication> applications = PlannedApplication.plan(1, "kill", settings.killApplications(),
                    JourneyKind.EVERY_KIND);
            PartnerDirectory.prepare(http, applications);
            try (var submitter = new Submitter(http)) {
                say("submitting %d applications of every kind at %d/s, each with an Idempotency-Key",
                        applications.size(), settings.rate());
                submitter.start(applications, settings.rate(), settings.patience());
                int half = applications.size() / 2;
                submitter.awaitAcknowledged(half, settings.patience());
                // ... and once e-mails are going out, so the kill also cuts into sending
                // them.
                awaitMail(mailServer, applications.size() / 4);
                int acknowledgedAtKill = submitter.acknowledged();
                int mailsAtKill = mailServer.receivedMessages().size();
                child.kill();
                say("SIGKILL to pid %d with %d/%d acknowledged and %d e-mails delivered; the client keeps retrying",
                        child.pid(), acknowledgedAtKill, applications.size(), mailsAtKill);
                Duration restart = child.start();
                long restartedAt = System.nanoTime();
                say("restarted on the same data dir (pid %d) in %.1f s", child.pid(), restart.toMillis() / 1000.0);
                boolean allAcknowledged = submitter.awaitAll(applications.size(), settings.patience());
                say("%d acknowledged: %d new (202), %d repeated (200: stored before the kill, answer lost), %d retries",
                        submitter.acknowledged(), submitter.accepted(), submitter.repeated(), submitter.retries());
                var outcome = new JourneyWatcher(http, mail, progress, "kill").await(submitter.enrollmentIds(),
                        settings.patience(), restartedAt + settings.lease().plusSeconds(10).toNanos());
                long deadLetters;
                try (var kafka = new KafkaProbe(target)) {
                    deadLetters = kafka.deadLetters();
                }
                int lost = outcome.incomplete() + applications.size() - submitter.acknowledged();
                // handed to SMTP by the killed process but not yet marked sent, so sent
                // again after the
                // lease: SMTP has no idempotency, so such copies (same Message-ID) are
                // the inherent window
                int inFlight = outcome.duplicatesWithSameMessageId();
                int realDuplicates = outcome.duplicatedEmails() - inFlight;
                result.lost(lost)
                    .duplicatedEmails(outcome.duplicatedEmails())
                    .deadLettered(deadLetters)
                    .serverErrors(http.serverErrors())
                    .check(allAcknowledged, "not every application was acknowledged: " + submitter.refused())
                    .check(outcome.problems().isEmpty(), "incomplete: " + outcome.problems())
                    .check(realDuplicates == 0,
                            realDuplicates + " e-mails sent twice (besides " + inFlight
                                    + " copies with the first copy's Message-ID)")
                    .check(inFlight <= IN_FLIGHT_AT_A_KILL,
                            inFlight + " copies with the first copy's Message-ID:" + " more than the "
                                    + IN_FLIGHT_AT_A_KILL + " a kill can leave handed to SMTP but not marked sent")
                    .check(deadLetters == 0, deadLetters + " records were dead-lettered")
                    .check(http.serverErrors() == 0, http.serverErrors() + " answers were 5xx")
                    .check(mailsAtKill > 0 && mailsAtKill < mailServer.receivedMessages().size(),
                            "the kill did not fall in the middle of the e-mails (" + mailsAtKill + " before it)")
                    .note(inFlight + " e-mails in flight at the kill arrived twice with the same Message-ID")
                    .note("killed at " + acknowledgedAtKill + "/" + applications.size() + " acknowledged, "
                            + mailsAtKill + " e-mails delivered; " + submitter.repeated()
                            + " answered 200 on retry (stored before the kill); child restarted in "
                            + String.format(Locale.ROOT, "%.1f s", restart.toMillis() / 1000.0) + "; leases "
                            + settings.lease().toSeconds() + " s");
            }
        }
        return result.build();
    }

    /**
     * Work claimed when the process dies is taken up by the next claim after its lease;
     * the services' production leases are minutes, which would only make this run wait.
     * Nothing else is changed.
     */
    private Map<String, String> leases() {
        String lease = settings.lease().toSeconds() + "s";
        // one key for every service's stored work (work-support); each service's own file
        // sets minutes
        return Map.of("pipeline.work.lease", lease);
    }

    private void awaitMail(EmbeddedMailServer mailServer, int count) throws InterruptedException {
        long deadline = System.nanoTime() + settings.patience().toNanos();
        while (mailServer.receivedMessages().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private void say(String format, Object... args) {
        progress.say("kill", format, args);
    }

}
