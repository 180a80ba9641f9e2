package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.bureau.CompanyRef;
import java.util.Objects;

/**
 * The partner whose credit is checked, and the admin the decision is e-mailed to. Once
 * the personal data is erased (docs/personal-data.md) {@code legalName} and {@code admin}
 * are null.
 */
public record Applicant(String mpnId, String legalName, String countryCode, Admin admin) {

    public Applicant {
        Objects.requireNonNull(mpnId, "mpnId");
        Objects.requireNonNull(countryCode, "countryCode");
    }

    /** What the credit bureau is asked about. */
    public CompanyRef company() {
        return new CompanyRef(mpnId, legalName, countryCode);
    }

    /** The partner's admin; {@code preferredLanguage} may be null. */
    public record Admin(String firstName, String lastName, String workEmail, String preferredLanguage) {
    }
}
