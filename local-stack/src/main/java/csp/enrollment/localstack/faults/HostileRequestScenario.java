package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.ClientCredentialsToken;
import csp.enrollment.localstack.PipelineClient;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import csp.enrollment.events.EnrollmentSubmitted;
import csp.enrollment.events.Topics;
import csp.enrollment.localstack.SampleApplications;

/**
 * (e) Malformed and hostile HTTP requests: each answered with a 4xx and an
 * {@code application/problem+json} document, none with a 5xx, and none stored (no
 * EnrollmentSubmitted, no membership, no bureau report, the bureau still available).
 * Partner text that is merely unusual, a script tag in a name, is accepted and must reach
 * the e-mail escaped.
 */
final class HostileRequestScenario {

    static final String NAME = "hostile HTTP requests";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InProcessStack stack;

    private final FaultSettings settings;

    private final Progress progress;

    private final ClientCredentialsToken token;

    HostileRequestScenario(InProcessStack stack, FaultSettings settings, Progress progress) {
        this.stack = stack;
        this.settings = settings;
        this.progress = progress;
        this.token = ClientCredentialsToken.operatorCli(stack.target().issuer());
    }

    /** What one request got. */
    record Answered(HostileRequest request, int status, String contentType, boolean problemDocument) {

        boolean asRequired() {
            boolean status4xx = status >= 400 && status < 500;
            boolean expectedStatus = request.expectedStatus() == 0 || request.expectedStatus() == status;
            return status4xx && expectedStatus && problemDocument;
        }

        @Override
        public String toString() {
            return "'" + request.name() + "' (" + request.method() + " " + request.service() + ") -> " + status + " "
                    + (contentType.isEmpty() ? "no content type" : contentType)
                    + (request.expectedStatus() != 0 && request.expectedStatus() != status
                            ? ", want " + request.expectedStatus() : "");
        }
    }

    ScenarioResult run() throws Exception {
        var result = new ScenarioResult.Builder(NAME);
        var http = new PipelineClient(stack.target().urls());
        String run = String.format(Locale.ROOT, "%03d", ThreadLocalRandom.current().nextInt(1000));
        String markerMpn = "65" + run + "4321";
        String markerTenant = UUID.randomUUID().toString();
        String usedKey = "hostile-" + UUID.randomUUID();

        // A control: the base application is valid, so each refusal below is for its one
        // defect.
        var control = http.submit(HostileRequests.validApplication("66" + run + "4321", UUID.randomUUID().toString()),
                usedKey);
        result.check(control.status() == 202, "the valid base application was answered " + control.status());

        List<HostileRequest> requests = HostileRequests.all(markerMpn, markerTenant, usedKey);
        say("sending %d malformed or hostile requests (%d to intake, %d to the other services)", requests.size(),
                requests.stream().filter(r -> r.service() == HostileRequest.Service.INTAKE).count(),
                requests.stream().filter(r -> r.service() != HostileRequest.Service.INTAKE).count());
        List<Answered> answers = new ArrayList<>();
        int serverErrors = 0;
        for (HostileRequest request : requests) {
            Answered answered = send(request);
            answers.add(answered);
            if (answered.status() >= 500) {
                serverErrors++;
            }
        }
        List<Answered> wrong = answers.stream()
            .filter(a -> a.request().knownIssue() == null && !a.asRequired())
            .toList();
        List<Answered> knownIssues = answers.stream()
            .filter(a -> a.request().knownIssue() != null && !a.asRequired())
            .toList();
        List<Answered> knownButFixed = answers.stream()
            .filter(a -> a.request().knownIssue() != null && a.asRequired())
            .toList();
        List<Answered> not4xx = answers.stream().filter(a -> a.status() < 400 || a.status() >= 500).toList();

        EscapeCheck escaped = scriptTagIsEscaped(http, run);
        Thread.sleep(3000); // the outbox relay publishes within a second: anything stored
                            // would be out by now
        List<String> stored = stored(http, stack.target(), markerMpn, markerTenant);

        result.applications(requests.size())
            .lost(stored.size())
            .serverErrors(serverErrors + http.serverErrors())
            .check(not4xx.isEmpty(), "not answered with a 4xx: " + not4xx)
            .check(wrong.isEmpty(), wrong.size() + " answers were not a 4xx problem document as required: " + wrong)
            .check(stored.isEmpty(), "stored though refused: " + stored)
            .check(escaped.accepted(),
                    "an application with a script tag in a name was not accepted: " + escaped.detail())
            .check(escaped.safe(), "the script tag reached the e-mail's HTML unescaped: " + escaped.detail())
            .note(answers.size() - wrong.size() - knownIssues.size() + "/" + answers.size()
                    + " answered 4xx with a problem document; a script tag in a name was accepted and "
                    + escaped.detail());
        for (Answered known : knownIssues) {
            result.knownIssue(false, known + ": " + known.request().knownIssue());
        }
        for (Answered fixed : knownButFixed) {
            result.note("fixed, drop its known-issue mark: " + fixed);
        }
        return result.build();
    }

    private Answered send(HostileRequest request) {
        URI base = URI.create(switch (request.service()) {
            case INTAKE -> stack.target().intake();
            case VERIFICATION -> stack.target().verification();
            case CREDIT_CHECK -> stack.target().creditCheck();
            case NOTIFICATION -> stack.target().notification();
        });
        try {
            // with a valid token, so each answer is about the request's one defect, not
            // about access
            List<String> headers = new ArrayList<>(request.headers());
            headers.add("Authorization: Bearer " + token.value());
            var response = RawHttp.exchange(base.getPort(), request.method(), request.path(), headers, request.body(),
                    request.chunked());
            return new Answered(request, response.status(), response.contentType(),
                    isProblemDocument(response.contentType(), response.body(), response.status()));
        }
        catch (IOException | RuntimeException ex) {
            return new Answered(request, -1, "no answer: " + ex.getMessage(), false);
        }
    }

    /**
     * application/problem+json whose body is an object with the answer's status and a
     * title.
     */
    private static boolean isProblemDocument(String contentType, String body, int status) {
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.isObject() && problem.path("status").asInt() == status && problem.hasNonNull("title");
        }
        catch (RuntimeException notJson) {
            return false;
        }
    }

    /** What the refused requests might have left behind. */
    private static List<String> stored(PipelineClient http, FaultTarget target, String markerMpn, String markerTenant)
            throws IOException {
        List<String> stored = new ArrayList<>();
        try (var kafka = new KafkaProbe(target)) {
            kafka.readAll(List.of(Topics.SUBMITTED), EnrollmentSubmitted.class)
                .stream()
                .filter(e -> e.getMpnId().equals(markerMpn) || e.getTenantId().equals(markerTenant))
                .forEach(e -> stored.add("EnrollmentSubmitted " + e.getMetadata().getEnrollmentId()));
        }
        if (http.membership(markerMpn).status() != 404) {
            stored.add("a partner-network membership for " + markerMpn);
        }
        if (http.creditReport(markerMpn).body().path("source").asString("").equals("OPERATOR")) {
            stored.add("a bureau report for " + markerMpn);
        }
        if (!http.bureauAvailability().body().path("available").asBoolean(false)) {
            stored.add("the bureau switched off");
        }
        return stored;
    }

    /**
     * Whether an application with a script tag in its names was accepted, and how its
     * e-mail shows it.
     */
    private record EscapeCheck(boolean accepted, boolean safe, String detail) {
    }

    private EscapeCheck scriptTagIsEscaped(PipelineClient http, String run) throws Exception {
        String email = "script-" + run + "-" + UUID.randomUUID().toString().substring(0, 8) + "@fabrikam.nl";
        String body = SampleApplications.indirectReseller("67" + run + "4321", email)
            .replace("\"Fabrikam Reseller B.V.\"", "\"<script>alert(1)</script> & Co\"")
            .replace("\"Daan\"", "\"<script>alert(2)</script>\"");
        var answer = http.submit(body, "script-" + UUID.randomUUID());
        if (answer.status() != 202) {
            return new EscapeCheck(false, true, "HTTP " + answer.status() + " " + answer.body());
        }
        long deadline = System.nanoTime() + settings.patience().toNanos();
        while (stack.mail().to(email).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        var mails = stack.mail().to(email);
        if (mails.isEmpty()) {
            return new EscapeCheck(true, false, "its e-mail never came");
        }
        String html = mails.get(0).html();
        boolean raw = html.contains("<script");
        boolean escapedForm = html.contains("&lt;script&gt;");
        return new EscapeCheck(true, !raw, raw ? "the HTML part contains <script" : escapedForm
                ? "shown escaped (&lt;script&gt;) in the e-mail's HTML" : "not shown in the e-mail's HTML");
    }

    private void say(String format, Object... args) {
        progress.say("http", format, args);
    }

}
