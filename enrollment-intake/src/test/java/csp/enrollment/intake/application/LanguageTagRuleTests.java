package csp.enrollment.intake.application;

import static csp.enrollment.intake.application.RuleAssertions.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagRuleTests {

    private final LanguageTagRule rule = new LanguageTagRule();

    @ParameterizedTest
    @ValueSource(strings = { "en", "nl", "nl-BE", "en-GB", "zh-Hant-TW", "sr-Latn", "es-419" })
    void acceptsWellFormedTags(String tag) {
        assertThat(problems(rule, withLanguage(tag))).isEmpty();
    }

    @Test
    void acceptsNoPreferredLanguage() {
        assertThat(problems(rule, withLanguage(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "nl_NL", "n", "en-", "en--GB", "123" })
    void refusesIllFormedTags(String tag) {
        assertThat(problems(rule, withLanguage(tag))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("admin.preferredLanguage", ViolationCode.INVALID_FORMAT));
    }

    @Test
    void refusesTagLongerThanThirtyFiveCharacters() {
        assertThat(LanguageTagRule.isWellFormed("en-abcdefgh-bcdefghi-cdefghij")).isTrue();
        assertThat(LanguageTagRule.isWellFormed("en-abcdefgh-bcdefghi-cdefghij-defghijk")).isFalse();
    }

    private static ApplicationForms withLanguage(String tag) {
        return ApplicationForms.directBill().with(f -> f.admin.preferredLanguage = tag);
    }

}
