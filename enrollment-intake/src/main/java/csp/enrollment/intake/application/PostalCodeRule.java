package csp.enrollment.intake.application;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code company.address.postalCode} is required, except in the countries that have no
 * postal code system; when given, it is 2 to 16 letters, digits, spaces or hyphens.
 */
final class PostalCodeRule implements ApplicationRule {

    static final String FIELD = "company.address.postalCode";

    /**
     * Countries and territories without postal codes (address-format data as used by
     * postal services).
     */
    private static final Set<String> WITHOUT_POSTAL_CODES = Set.of("AE", "AG", "AO", "AW", "BF", "BI", "BJ", "BO", "BQ",
            "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK", "CM", "CW", "DJ", "DM", "ER", "FJ", "GA", "GD", "GH", "GM",
            "GQ", "GY", "HK", "KI", "KM", "KN", "KP", "LY", "MO", "ML", "MR", "MW", "NR", "NU", "QA", "RW", "SB", "SC",
            "SL", "SR", "SS", "ST", "SX", "SY", "TD", "TF", "TG", "TK", "TL", "TO", "TV", "UG", "VU", "YE", "ZW");

    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,14}[A-Za-z0-9]");

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (form.company() == null || form.company().address() == null) {
            return;
        }
        ApplicationForm.Address address = form.company().address();
        if (Violations.isBlank(address.postalCode())) {
            if (address.countryCode() == null || !WITHOUT_POSTAL_CODES.contains(address.countryCode())) {
                violations.required(FIELD);
            }
        }
        else if (!POSTAL_CODE.matcher(address.postalCode()).matches()) {
            violations.add(FIELD, ViolationCode.INVALID_FORMAT, "must be 2 to 16 letters, digits, spaces or hyphens");
        }
    }

}
