package csp.enrollment.notification.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class LanguageChoiceTests {

    private final LanguageChoice choice = new LanguageChoice(Set.of("en", "nl"));

    @Test
    void choosesThePreferredLanguageWhenItHasTemplates() {
        assertThat(choice.languageFor("nl", "US")).isEqualTo("nl");
        assertThat(choice.languageFor("en", "NL")).isEqualTo("en");
    }

    @Test
    void matchesThePreferredLanguageOnItsPrimarySubtag() {
        assertThat(choice.languageFor("nl-BE", "US")).isEqualTo("nl");
        assertThat(choice.languageFor("NL", "US")).isEqualTo("nl");
        assertThat(choice.languageFor("nl_NL", "US")).isEqualTo("nl");
        assertThat(choice.languageFor(" en-GB ", "NL")).isEqualTo("en");
    }

    @Test
    void fallsBackToTheLanguageOfTheCompanysCountryWhenThePreferredOneHasNoTemplates() {
        assertThat(choice.languageFor("fr", "NL")).isEqualTo("nl");
        assertThat(choice.languageFor("de-DE", "SR")).isEqualTo("nl");
    }

    @Test
    void usesTheCountrysLanguageWhenNoLanguageIsPreferred() {
        assertThat(choice.languageFor(null, "NL")).isEqualTo("nl");
        assertThat(choice.languageFor("", "be")).isEqualTo("nl");
        assertThat(choice.languageFor("  ", "CW")).isEqualTo("nl");
    }

    @Test
    void takesTheFirstLanguageOfAMultilingualCountryThatHasTemplates() {
        assertThat(choice.languageFor(null, "BE")).isEqualTo("nl");
        assertThat(new LanguageChoice(Set.of("en", "fr")).languageFor(null, "BE")).isEqualTo("fr");
    }

    @Test
    void fallsBackToEnglishWhenNeitherThePreferenceNorTheCountryHasTemplates() {
        assertThat(choice.languageFor("de", "DE")).isEqualTo("en");
        assertThat(choice.languageFor(null, "US")).isEqualTo("en");
        assertThat(choice.languageFor("ja", "JP")).isEqualTo("en");
        assertThat(choice.languageFor(null, null)).isEqualTo("en");
    }

    @Test
    void ignoresAMalformedPreference() {
        assertThat(choice.languageFor("???", "NL")).isEqualTo("nl");
        assertThat(choice.languageFor("12", "US")).isEqualTo("en");
    }

    @Test
    void readsAPrimarySubtagOutOfATag() {
        assertThat(LanguageChoice.primarySubtag("nl-BE")).contains("nl");
        assertThat(LanguageChoice.primarySubtag("EN")).contains("en");
        assertThat(LanguageChoice.primarySubtag(null)).isEmpty();
        assertThat(LanguageChoice.primarySubtag("-")).isEmpty();
    }

}
