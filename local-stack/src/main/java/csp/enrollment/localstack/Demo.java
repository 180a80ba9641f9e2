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
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import csp.enrollment.infrastructure.mail.EmbeddedMailServer;

/**
 * {@code --demo}: sets up the partner-network directory and the simulated credit bureau,
 * submits one application per path and prints each status as it moves, acting as the
 * people involved: the reviewer approves the case that waits for a person, and each
 * partner completes its enrollment (contract §8) or, after a failed credit check, moves
 * to the indirect reseller model (§9). Then a second application for an enrolled tenant
 * is rejected, and the subjects of the e-mails every admin received are printed.
 */
final class Demo {

    private static final Set<String> FINAL = Set.of("REJECTED", "ENROLLED", "TRANSITIONED");

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static final String AGREEMENT_VERSION = "2026-01";

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
        for (int i = 1; i <= 4; i++) {
            client.putMembership("41" + run + i, "ACTIVE", "NL");
        }
        client.putMembership("41" + run + "7", "ACTIVE", "NL");
        client.putCreditReport("41" + run + "2", 92);
        client.putCreditReport("41" + run + "3", 12);
        String tenant = UUID.randomUUID().toString();
        List<Case> cases = List.of(
                new Case("indirect reseller", "daan." + run + "@fabrikam.nl",
                        SampleApplications.indirectReseller("41" + run + "1", tenant, "daan." + run + "@fabrikam.nl"),
                        "ENROLLED"),
                new Case("direct bill, credit ok", "sanne." + run + "@contoso.nl",
                        SampleApplications.directBill("41" + run + "2", "sanne." + run + "@contoso.nl", "350000.00"),
                        "ENROLLED"),
                new Case("direct bill, credit low", "pieter." + run + "@northwind.nl",
                        SampleApplications.directBill("41" + run + "3", "pieter." + run + "@northwind.nl", "410000.00"),
                        "TRANSITIONED"),
                new Case("profile rejected", "jan." + run + "@gmail.com",
                        SampleApplications.directBill("41" + run + "4", "jan." + run + "@gmail.com", "120000.00"),
                        "REJECTED"),
                new Case("human review", "eva." + run + "@tailspin.nl",
                        SampleApplications.indirectReseller("41" + run + "5", "eva." + run + "@tailspin.nl"),
                        "ENROLLED"));

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
        String directBill = byId.keySet().stream().skip(1).findFirst().orElseThrow();
        var early = client.recordSupportPlan(directBill, "ASFP");
        out.printf("%s %-24s support plan before the credit check -> HTTP %d %s%n", at(), "direct bill, credit ok",
                early.status(), early.body().path("code").asString(""));
        follow(byId);

        Case tenantTaken = new Case("same tenant again", "noor." + run + "@litware.nl",
                SampleApplications.indirectReseller("41" + run + "7", tenant, "noor." + run + "@litware.nl"),
                "REJECTED");
        var again = client.submit(tenantTaken.body());
        String againId = again.body().path("enrollmentId").asString();
        out.printf("%s %-24s submitted as %s (HTTP %d): the tenant of \"indirect reseller\"%n", at(),
                tenantTaken.name(), againId, again.status());
        follow(new LinkedHashMap<>(Map.of(againId, tenantTaken)));
        out.printf("%s %-24s reasons: %s%n", at(), tenantTaken.name(), reasonsOf(againId, "REJECTED"));

        List<Case> everyone = new ArrayList<>(cases);
        everyone.add(tenantTaken);
        printMail(everyone);
    }

    /**
     * Polls every enrollment until all are final, printing each new status and acting on
     * it as the reviewer or the partner would; a transition adds the new enrollment to
     * those followed.
     */
    private void follow(Map<String, Case> byId) throws IOException, InterruptedException {
        Map<String, String> last = new LinkedHashMap<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (var entry : List.copyOf(byId.entrySet())) {
                var enrollment = client.enrollment(entry.getKey()).body();
                String status = enrollment.path("status").asString("UNKNOWN");
                if (!status.equals(last.put(entry.getKey(), status))) {
                    out.printf("%s %-24s %s%n", at(), entry.getValue().name(), status);
                    act(entry.getKey(), entry.getValue(), enrollment.path("enrollmentType").asString(), status, byId);
                }
            }
            if (byId.keySet().stream().allMatch(id -> FINAL.contains(last.get(id)))) {
                out.printf("%s all enrollments reached their final status%n", at());
                return;
            }
            Thread.sleep(250);
        }
        out.println("Some enrollments did not reach a final status within " + PATIENCE.toSeconds() + " s: " + last);
    }

    /**
     * What the reviewer or the partner does when an enrollment reaches {@code status}.
     */
    private void act(String id, Case c, String type, String status, Map<String, Case> byId) throws IOException {
        switch (status) {
            case "IN_REVIEW" -> {
                client.decideReview(id, true, "MPN ID confirmed by phone", "demo-reviewer");
                out.printf("%s %-24s reviewer approves%n", at(), c.name());
            }
            case "VERIFIED" -> {
                if (type.equals("INDIRECT_RESELLER")) {
                    var answer = client.acceptAgreement(id, "INDIRECT_RESELLER_TERMS", c.adminEmail());
                    out.printf("%s %-24s partner accepts the indirect reseller terms %s -> HTTP %d%n", at(), c.name(),
                            AGREEMENT_VERSION, answer.status());
                }
            }
            case "CREDIT_CHECK_PASSED" -> {
                var plan = client.recordSupportPlan(id, "ASFP");
                out.printf("%s %-24s partner records its support plan ASFP -> HTTP %d%n", at(), c.name(),
                        plan.status());
                var agreement = client.acceptAgreement(id, "MICROSOFT_PARTNER_AGREEMENT", c.adminEmail());
                out.printf("%s %-24s partner accepts the Microsoft Partner Agreement -> HTTP %d%n", at(), c.name(),
                        agreement.status());
            }
            case "CREDIT_CHECK_FAILED" -> {
                var moved = client.transition(id, "Credit check not passed; we buy through a distributor");
                String newId = moved.body().path("enrollmentId").asString();
                out.printf("%s %-24s partner moves to the indirect reseller model -> HTTP %d, new enrollment %s%n",
                        at(), c.name(), moved.status(), newId);
                byId.put(newId, new Case(c.name() + " (new)", c.adminEmail(), null, "ENROLLED"));
            }
            default -> {
                // SUBMITTED, REJECTED, ENROLLED, TRANSITIONED: nothing for anyone to do
            }
        }
    }

    /** The reason codes recorded with {@code status}. */
    private List<String> reasonsOf(String id, String status) throws IOException {
        List<String> codes = new ArrayList<>();
        for (var entry : client.enrollment(id).body().path("history")) {
            if (entry.path("status").asString().equals(status)) {
                entry.path("reasons").forEach(reason -> codes.add(reason.path("code").asString()));
            }
        }
        return codes;
    }

    private void printMail(List<Case> cases) throws InterruptedException {
        Thread.sleep(2000); // the last e-mails go out shortly after the last event
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
