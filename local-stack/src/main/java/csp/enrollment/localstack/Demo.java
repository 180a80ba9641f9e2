package csp.enrollment.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;

/**
 * {@code --demo}: sets up the partner-network directory and the simulated credit bureau, submits
 * one application per path, prints each status as it moves (approving the one that waits for a
 * person), then the subjects of the e-mails every admin received.
 */
final class Demo {

    private static final Set<String> FINAL = Set.of("REJECTED", "VERIFIED", "CREDIT_CHECK_PASSED",
            "CREDIT_CHECK_FAILED");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final PipelineClient client;
    private final EmbeddedMailServer mail;
    private final PrintStream out;
    private final Instant begin = Instant.now();

    Demo(StackUrls urls, EmbeddedMailServer mail, PrintStream out) {
        this.client = new PipelineClient(urls);
        this.mail = mail;
        this.out = out;
    }

    /** One application and what should become of it. */
    private record Case(String name, String adminEmail, String body, String expected) {
    }

    void run() throws InterruptedException {
        try {
            submitAndFollow();
        }
        catch (IOException ex) {
            out.println("The demo stopped: a service did not answer (" + ex.getMessage() + ")");
        }
    }

    private void submitAndFollow() throws IOException, InterruptedException {
        String run = Long.toString(System.currentTimeMillis() % 100_000);
        client.putMembership("41" + run + "1", "ACTIVE", "NL");
        client.putMembership("41" + run + "2", "ACTIVE", "NL");
        client.putMembership("41" + run + "3", "ACTIVE", "NL");
        client.putMembership("41" + run + "4", "ACTIVE", "NL");
        client.putCreditReport("41" + run + "2", 92);
        client.putCreditReport("41" + run + "3", 12);
        List<Case> cases = List.of(
                new Case("indirect reseller", "daan." + run + "@fabrikam.nl",
                        SampleApplications.indirectReseller("41" + run + "1", "daan." + run + "@fabrikam.nl"), "VERIFIED"),
                new Case("direct bill, credit ok", "sanne." + run + "@contoso.nl",
                        SampleApplications.directBill("41" + run + "2", "sanne." + run + "@contoso.nl", "350000.00"),
                        "CREDIT_CHECK_PASSED"),
                new Case("direct bill, credit low", "pieter." + run + "@northwind.nl",
                        SampleApplications.directBill("41" + run + "3", "pieter." + run + "@northwind.nl", "410000.00"),
                        "CREDIT_CHECK_FAILED"),
                new Case("profile rejected", "jan." + run + "@gmail.com",
                        SampleApplications.directBill("41" + run + "4", "jan." + run + "@gmail.com", "120000.00"),
                        "REJECTED"),
                new Case("human review", "eva." + run + "@tailspin.nl",
                        SampleApplications.indirectReseller("41" + run + "5", "eva." + run + "@tailspin.nl"), "VERIFIED"));

        out.println("Demo: submitting " + cases.size() + " applications and an invalid one");
        var invalid = client.submit(SampleApplications.invalid("41" + run + "6", "noor." + run + "@litware.nl"));
        out.printf("  invalid application -> HTTP %d, errors: %s%n", invalid.status(), invalid.body().path("errors"));

        Map<String, Case> byId = new LinkedHashMap<>();
        for (Case c : cases) {
            var answer = client.submit(c.body());
            String id = answer.body().path("enrollmentId").asString();
            byId.put(id, c);
            out.printf("%s %-24s submitted as %s (HTTP %d)%n", at(), c.name(), id, answer.status());
        }
        follow(byId);
        printMail(cases);
    }

    private void follow(Map<String, Case> byId) throws IOException, InterruptedException {
        Map<String, String> last = new LinkedHashMap<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (var entry : byId.entrySet()) {
                String status = client.enrollment(entry.getKey()).body().path("status").asString("UNKNOWN");
                if (!status.equals(last.put(entry.getKey(), status))) {
                    out.printf("%s %-24s %s%n", at(), entry.getValue().name(), status);
                    if (status.equals("IN_REVIEW")) {
                        client.decideReview(entry.getKey(), true, "MPN ID confirmed by phone", "demo-reviewer");
                        out.printf("%s %-24s reviewer approves%n", at(), entry.getValue().name());
                    }
                }
            }
            if (byId.keySet().stream().allMatch(id -> FINAL.contains(last.get(id)))) {
                out.printf("%s all applications reached their final status%n", at());
                return;
            }
            Thread.sleep(250);
        }
        out.println("Some applications did not reach a final status within " + PATIENCE.toSeconds() + " s: " + last);
    }

    private void printMail(List<Case> cases) throws InterruptedException {
        Thread.sleep(2000); // e-mails are sent by a poller shortly after the last event
        out.println("E-mails sent:");
        for (Case c : cases) {
            out.println("  to " + c.adminEmail() + ":");
            for (String subject : subjects(c.adminEmail())) {
                out.println("    - " + subject);
            }
        }
    }

    private List<String> subjects(String address) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : mail.receivedMessagesFor(address)) {
            try {
                subjects.add(message.getSubject());
            }
            catch (MessagingException ex) {
                subjects.add("(unreadable: " + ex.getMessage() + ")");
            }
        }
        return subjects;
    }

    private String at() {
        return String.format("[+%5.1fs]", Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }
}
