package csp.enrollment.localstack;

/**
 * Where each service of a running stack answers, and the issuer of the tokens they accept
 * ({@code null}: services that ask for no token).
 */
public record StackUrls(String intake, String verification, String creditCheck, String notification, String issuer,
        String console) {

    public StackUrls(String intake, String verification, String creditCheck, String notification) {
        this(intake, verification, creditCheck, notification, null, null);
    }

    StackUrls(LocalStackOptions options, EmbeddedParts parts) {
        this(url(options.port("intake")), url(options.port("verification")), url(options.port("credit-check")),
                url(options.port("notification")), PipelineServices.issuer(options), url(options.port("console")));
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }
}
