package csp.enrollment.notification.language;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Contract.md §6: an e-mail is written in the admin's preferred language if a template
 * exists for it, else in the language of the company's country, else in English. Tags
 * match on their primary language subtag, so {@code nl-BE} and {@code NL} both choose
 * Dutch.
 */
public final class LanguageChoice {

    public static final String ENGLISH = "en";

    private final Set<String> available;

    /**
     * @param available the languages templates exist for (primary subtags, lower case);
     * English always is.
     */
    public LanguageChoice(Set<String> available) {
        this.available = Set.copyOf(Objects.requireNonNull(available));
    }

    public String languageFor(String preferredLanguage, String countryCode) {
        return primarySubtag(preferredLanguage).filter(available::contains)
            .or(() -> CountryLanguages.of(countryCode).stream().filter(available::contains).findFirst())
            .orElse(ENGLISH);
    }

    /**
     * The primary language subtag of a BCP 47 tag, lower case; empty for a blank or
     * malformed tag.
     */
    static Optional<String> primarySubtag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return language.isEmpty() ? Optional.empty() : Optional.of(language.toLowerCase(Locale.ROOT));
    }

}
