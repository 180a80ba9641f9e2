package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows submitted applications as their partner and a reviewer would: reads each status
 * until it is final, decides the reviews a person must decide, and counts the e-mails
 * each admin received.
 */
final class JourneyWatcher {

    private static final Duration ROUND = Duration.ofMillis(500);

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    /** Watch this long after everything arrived, for a late second copy of an e-mail. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    private final PipelineClient http;

    private final MailLedger mail;

    private final Progress progress;

    private final String scenario;

    JourneyWatcher(PipelineClient http, MailLedger mail, Progress progress, String scenario) {
        this.http = http;
        this.mail = mail;
        this.progress = progress;
        this.scenario = scenario;
    }

    /**
     * What became of the applications.
     *
     * @param incomplete applications that did not reach their final status or miss an
     * e-mail
     * @param duplicatedEmails second copies of an e-mail (same subject, same admin)
     * @param duplicatesWithSameMessageId of those, copies that carry the first one's
     * Message-ID
     * @param problems each incomplete or wrong application in words (the first ten)
     */
    record Outcome(int applications, int incomplete, int duplicatedEmails, int duplicatesWithSameMessageId,
            List<String> problems) {
    }

    /**
     * Waits up to {@code patience} for every application to complete, then at least until
     * {@code quietUntilNanos} (a {@link System#nanoTime()}) for late duplicates.
     */
    Outcome await(Map<PlannedApplication, String> enrollmentIds, Duration patience, long quietUntilNanos)
            throws InterruptedException {
        Map<PlannedApplication, String> finalStatus = new HashMap<>();
        Set<PlannedApplication> decided = new HashSet<>();
        Set<PlannedApplication> mailed = new HashSet<>();
        long begin = System.nanoTime();
        long deadline = begin + patience.toNanos();
        long nextReport = begin + REPORT_EVERY.toNanos();
        while (System.nanoTime() < deadline) {
            for (var entry : enrollmentIds.entrySet()) {
                PlannedApplication application = entry.getKey();
                if (!finalStatus.containsKey(application)) {
                    follow(application, entry.getValue(), finalStatus, decided);
                }
                if (!mailed.contains(application)
                        && mail.distinctSubjects(application.adminEmail()) >= application.kind().emails()) {
                    mailed.add(application);
                }
            }
            if (finalStatus.size() == enrollmentIds.size() && mailed.size() == enrollmentIds.size()) {
                break;
            }
            if (System.nanoTime() > nextReport) {
                progress.say(scenario, "waiting: %d/%d at their final status, %d/%d with every e-mail",
                        finalStatus.size(), enrollmentIds.size(), mailed.size(), enrollmentIds.size());
                nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
            }
            Thread.sleep(ROUND.toMillis());
        }
        progress.say(scenario,
                "%d/%d at their final status, %d/%d with every e-mail after %.1f s; watching for late copies",
                finalStatus.size(), enrollmentIds.size(), mailed.size(), enrollmentIds.size(),
                (System.nanoTime() - begin) / 1e9);
        long quietEnd = Math.max(quietUntilNanos, System.nanoTime() + QUIET.toNanos());
        while (System.nanoTime() < quietEnd) {
            Thread.sleep(ROUND.toMillis());
        }
        return outcome(enrollmentIds, finalStatus);
    }

    private void follow(PlannedApplication application, String enrollmentId,
            Map<PlannedApplication, String> finalStatus, Set<PlannedApplication> decided) {
        try {
            String status = http.enrollment(enrollmentId).body().path("status").asString("");
            if (isFinal(application.kind(), status)) {
                finalStatus.put(application, status);
            }
            else if (status.equals("IN_REVIEW") && application.kind().needsReview() && !decided.contains(application)) {
                int answer = http
                    .decideReview(enrollmentId, application.kind() == JourneyKind.REVIEW_APPROVED,
                            "Checked by the fault suite", "fault-suite")
                    .status();
                if (answer == 200 || answer == 409) {
                    decided.add(application);
                }
            }
        }
        catch (IOException unreachable) {
            // the stack is restarting: ask again next round
        }
    }

    /**
     * Final statuses (contract.md §2); VERIFIED is final only for an indirect reseller.
     */
    private static boolean isFinal(JourneyKind kind, String status) {
        return switch (status) {
            case "REJECTED", "CREDIT_CHECK_PASSED", "CREDIT_CHECK_FAILED" -> true;
            case "VERIFIED" -> !kind.isDirectBill();
            default -> false;
        };
    }

    private Outcome outcome(Map<PlannedApplication, String> enrollmentIds,
            Map<PlannedApplication, String> finalStatus) {
        List<String> problems = new ArrayList<>();
        int incomplete = 0;
        for (var entry : enrollmentIds.entrySet()) {
            PlannedApplication application = entry.getKey();
            String status = finalStatus.get(application);
            int subjects = mail.distinctSubjects(application.adminEmail());
            boolean wrong = status == null || !status.equals(application.kind().finalStatus())
                    || subjects < application.kind().emails();
            if (subjects > application.kind().emails() && problems.size() < 10) {
                problems
                    .add(application + " got " + subjects + " different e-mails, want " + application.kind().emails());
            }
            if (wrong) {
                incomplete++;
                if (problems.size() < 10) {
                    problems.add(application + " enrollment " + entry.getValue() + ": status "
                            + (status == null ? "not final" : status) + " (want " + application.kind().finalStatus()
                            + "), " + subjects + "/" + application.kind().emails() + " e-mails");
                }
            }
        }
        List<String> addresses = enrollmentIds.keySet().stream().map(PlannedApplication::adminEmail).toList();
        return new Outcome(enrollmentIds.size(), incomplete, mail.duplicates(addresses),
                mail.duplicatesWithSameMessageId(addresses), problems);
    }

}
