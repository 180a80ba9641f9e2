package csp.enrollment.notification.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language(s) e-mails to a company in a country are written in when the admin's own
 * preference cannot be served, most used first. A country absent from the table has no
 * such language (the e-mail falls back to English). Multilingual countries list their
 * languages by the share of the population that speaks them, so Belgium is Dutch first.
 */
final class CountryLanguages {

    private static final Map<String, List<String>> TABLE = Map.ofEntries(
            // Dutch-speaking countries and territories
            Map.entry("NL", List.of("nl")), Map.entry("BE", List.of("nl", "fr", "de")), Map.entry("SR", List.of("nl")),
            Map.entry("AW", List.of("nl")), Map.entry("CW", List.of("nl")), Map.entry("SX", List.of("nl", "en")),
            Map.entry("BQ", List.of("nl")),
            // other languages, so that adding their templates is all it takes
            Map.entry("DE", List.of("de")), Map.entry("AT", List.of("de")), Map.entry("LI", List.of("de")),
            Map.entry("CH", List.of("de", "fr", "it")), Map.entry("LU", List.of("fr", "de")),
            Map.entry("FR", List.of("fr")), Map.entry("MC", List.of("fr")), Map.entry("ES", List.of("es")),
            Map.entry("MX", List.of("es")), Map.entry("AR", List.of("es")), Map.entry("CO", List.of("es")),
            Map.entry("CL", List.of("es")), Map.entry("PE", List.of("es")), Map.entry("IT", List.of("it")),
            Map.entry("PT", List.of("pt")), Map.entry("BR", List.of("pt")), Map.entry("PL", List.of("pl")),
            Map.entry("SE", List.of("sv")), Map.entry("DK", List.of("da")), Map.entry("NO", List.of("nb")),
            Map.entry("FI", List.of("fi", "sv")), Map.entry("JP", List.of("ja")));

    private CountryLanguages() {
    }

    /**
     * The languages of {@code countryCode}, most used first; empty for an unknown
     * country.
     */
    static List<String> of(String countryCode) {
        if (countryCode == null) {
            return List.of();
        }
        return TABLE.getOrDefault(countryCode.trim().toUpperCase(Locale.ROOT), List.of());
    }

}
