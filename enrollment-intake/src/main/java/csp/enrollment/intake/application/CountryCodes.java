package csp.enrollment.intake.application;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The ISO 3166-1 alpha-2 codes, plus XK (Kosovo, user-assigned but used by the CSP
 * markets table).
 */
final class CountryCodes {

    private static final Set<String> CODES = Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of("XK"))
        .collect(Collectors.toUnmodifiableSet());

    private CountryCodes() {
    }

    static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

}
