package csp.enrollment.security;

/** A service that trusts no issuer would have to run open, so it does not start. */
public class NoIssuerConfiguredException extends IllegalStateException {

    public NoIssuerConfiguredException() {
        super("No JWT issuer is configured, so this service cannot check bearer tokens and refuses to start "
                + "rather than run open. Set " + ServiceSecurityAutoConfiguration.ISSUER_PROPERTY
                + " (environment SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI), e.g. http://localhost:9000 "
                + "for the local stack's identity provider, or spring.security.oauth2.resourceserver.jwt.jwk-set-uri.");
    }

}
