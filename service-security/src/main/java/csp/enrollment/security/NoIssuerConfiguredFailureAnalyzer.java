package csp.enrollment.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines why the service did not start and what to set. */
class NoIssuerConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoIssuerConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoIssuerConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Point the service at the identity provider it trusts: "
                        + ServiceSecurityAutoConfiguration.ISSUER_PROPERTY + "=<issuer>, e.g. http://localhost:9000.",
                cause);
    }

}
