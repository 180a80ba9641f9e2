package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.bureau.CompanyRef;
import java.util.Objects;

/** The partner whose credit is checked, and the admin the decision is e-mailed to. */
public record Applicant(String mpnId, String legalName, String countryCode, Admin admin) {

    public Applicant {
        Objects.requireNonNull(mpnId, "mpnId");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(admin, "admin");
    }

    /** What the credit bureau is asked about. */
    public CompanyRef company() {
        return new CompanyRef(mpnId, legalName, countryCode);
    }

    /** The partner's admin; {@code preferredLanguage} may be null. */
    public record Admin(String firstName, String lastName, String workEmail, String preferredLanguage) {
    }
}
