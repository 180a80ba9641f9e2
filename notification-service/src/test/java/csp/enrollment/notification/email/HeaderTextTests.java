package csp.enrollment.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTextTests {

    @Test
    void replacesLineBreaksSoNoHeaderCanBeInjected() {
        assertThat(HeaderText.sanitize("Eve\r\nBcc: victim@example.com")).isEqualTo("Eve Bcc: victim@example.com");
        assertThat(HeaderText.sanitize("Eve\nX")).isEqualTo("Eve X");
        assertThat(HeaderText.sanitize("Eve\u2028X\u2029Y\u0085Z")).isEqualTo("Eve X Y Z");
    }

    @Test
    void removesControlAndBidiFormattingCharacters() {
        assertThat(HeaderText.sanitize("Ev\u0000e\u0007 \u202Emoc.live")).isEqualTo("Ev e moc.live");
        assertThat(HeaderText.sanitize("tab\there")).isEqualTo("tab here");
    }

    @Test
    void keepsOrdinaryAccentedNames() {
        assertThat(HeaderText.sanitize("  Zoë   van 't Hof-Ærø ")).isEqualTo("Zoë van 't Hof-Ærø");
    }

    @Test
    void capsTheLength() {
        assertThat(HeaderText.sanitize("x".repeat(500))).hasSize(HeaderText.MAX_LENGTH);
    }

    @Test
    void turnsNothingIntoAnEmptyString() {
        assertThat(HeaderText.sanitize(null)).isEmpty();
    }

    @Test
    void tellsWhetherTextIsAlreadyClean() {
        assertThat(HeaderText.isClean("sanne@contoso.nl")).isTrue();
        assertThat(HeaderText.isClean("sanne@contoso.nl\r\nBcc: x@y")).isFalse();
        assertThat(HeaderText.isClean(null)).isFalse();
    }

}
