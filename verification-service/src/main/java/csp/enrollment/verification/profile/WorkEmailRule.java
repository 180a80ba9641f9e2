package csp.enrollment.verification.profile;

import java.util.Locale;

/**
 * The admin signs in with a work e-mail (the company's Azure AD tenant), not an address
 * at a consumer mail domain.
 */
public final class WorkEmailRule implements ProfileRule {

    private static final String FIELD = "admin.workEmail";

    private final ConsumerMailDomains consumerDomains;

    public WorkEmailRule(ConsumerMailDomains consumerDomains) {
        this.consumerDomains = consumerDomains;
    }

    @Override
    public Check check(Candidate candidate) {
        Admin admin = candidate.profile().admin();
        String email = admin == null ? null : admin.workEmail();
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return Check.failed(name(), ReasonCodes.WORK_EMAIL_REQUIRED, FIELD,
                    "The admin needs a work e-mail address.");
        }
        String domain = email.substring(at + 1);
        if (consumerDomains.contains(domain)) {
            return Check.failed(name(), ReasonCodes.WORK_EMAIL_REQUIRED, FIELD,
                    "The admin's e-mail is at the consumer mail domain " + domain.toLowerCase(Locale.ROOT)
                            + "; use a work e-mail address of the company.");
        }
        return Check.passed(name(), "The admin's e-mail is at a work domain.");
    }

}
