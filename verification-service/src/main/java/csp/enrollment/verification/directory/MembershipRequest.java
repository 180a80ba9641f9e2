package csp.enrollment.verification.directory;

import csp.enrollment.verification.web.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Body of {@code PUT /api/partner-network/memberships/{mpnId}}: {@code {"status":
 * "ACTIVE", "countryCode": "NL"}}.
 */
record MembershipRequest(String status, String countryCode) {

    private static final Pattern MPN_ID = Pattern.compile("\\d{6,10}");

    /** ISO 3166-1 alpha-2, plus Kosovo's user-assigned XK that the markets table uses. */
    private static final Set<String> COUNTRIES = countries();

    List<FieldError> validate(String mpnId) {
        List<FieldError> errors = new ArrayList<>();
        if (mpnId == null || !MPN_ID.matcher(mpnId).matches()) {
            errors.add(FieldError.invalid("mpnId", "mpnId must be 6 to 10 digits."));
        }
        if (status == null || status.isBlank()) {
            errors.add(FieldError.required("status"));
        }
        else if (!status.equals("ACTIVE") && !status.equals("INACTIVE")) {
            errors.add(FieldError.invalid("status", "status must be ACTIVE or INACTIVE."));
        }
        if (countryCode == null || countryCode.isBlank()) {
            errors.add(FieldError.required("countryCode"));
        }
        else if (!COUNTRIES.contains(countryCode)) {
            errors.add(FieldError.invalid("countryCode",
                    "countryCode must be an ISO 3166-1 alpha-2 code in capitals, e.g. NL."));
        }
        return errors;
    }

    private static Set<String> countries() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
