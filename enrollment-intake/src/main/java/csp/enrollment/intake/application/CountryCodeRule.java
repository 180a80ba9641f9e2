package csp.enrollment.intake.application;

/**
 * {@code company.address.countryCode} is an ISO 3166-1 alpha-2 code in upper case: it
 * decides the partner's CSP market.
 */
final class CountryCodeRule implements ApplicationRule {

    static final String FIELD = "company.address.countryCode";

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (form.company() == null || form.company().address() == null) {
            return;
        }
        String code = form.company().address().countryCode();
        if (Violations.isBlank(code)) {
            violations.required(FIELD);
        }
        else if (!CountryCodes.isKnown(code)) {
            violations.add(FIELD, ViolationCode.INVALID_COUNTRY,
                    "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. NL");
        }
    }

}
