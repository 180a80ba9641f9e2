package csp.enrollment.localstack.faults;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The fault table: one row per scenario, then each scenario's failures and notes. */
final class ResultTable {

    private ResultTable() {
    }

    static void print(List<ScenarioResult> results, PrintStream out) {
        String format = "| %-24s | %12s | %4s | %18s | %13s | %3s | %-7s |%n";
        out.println();
        out.printf(Locale.ROOT, format, "scenario", "applications", "lost", "duplicated e-mails", "dead-lettered",
                "5xx", "verdict");
        out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(26), "-".repeat(14), "-".repeat(6),
                "-".repeat(20), "-".repeat(15), "-".repeat(5), "-".repeat(9));
        for (ScenarioResult result : results) {
            out.printf(Locale.ROOT, format, result.scenario(), result.applications(), result.lost(),
                    result.duplicatedEmails(), result.deadLettered(), result.serverErrors(), verdict(result));
        }
        out.println();
        for (ScenarioResult result : results) {
            for (String failure : result.failures()) {
                out.println(result.scenario() + " FAILED: " + failure);
            }
            for (String issue : result.knownIssues()) {
                out.println(result.scenario() + " KNOWN ISSUE: " + issue);
            }
            for (String note : result.notes()) {
                out.println(result.scenario() + ": " + note);
            }
        }
        long failed = results.stream().filter(result -> !result.passed()).count();
        long known = results.stream().mapToLong(result -> result.knownIssues().size()).sum();
        out.println();
        out.println((failed == 0 ? "All " + results.size() + " fault scenarios passed."
                : failed + " of " + results.size() + " fault scenarios failed.")
                + (known == 0 ? "" : " PASS* = passed, with " + known + " known issue(s) listed above."));
        out.flush();
    }

    private static String verdict(ScenarioResult result) {
        if (!result.passed()) {
            return "FAIL";
        }
        return result.knownIssues().isEmpty() ? "PASS" : "PASS*";
    }

}
