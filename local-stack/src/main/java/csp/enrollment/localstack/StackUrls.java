package csp.enrollment.localstack;

/** Where each service of a running stack answers. */
public record StackUrls(String intake, String verification, String creditCheck, String notification) {

    StackUrls(LocalStackOptions options, EmbeddedParts parts) {
        this(url(options.port("intake")), url(options.port("verification")), url(options.port("credit-check")),
                url(options.port("notification")));
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }
}
