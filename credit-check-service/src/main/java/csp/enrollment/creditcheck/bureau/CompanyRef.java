package csp.enrollment.creditcheck.bureau;

import java.util.Objects;

/** The company a credit bureau is asked about: its MPN id, legal name and country. */
public record CompanyRef(String mpnId, String legalName, String countryCode) {

    public CompanyRef {
        Objects.requireNonNull(mpnId, "mpnId");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(countryCode, "countryCode");
    }
}
