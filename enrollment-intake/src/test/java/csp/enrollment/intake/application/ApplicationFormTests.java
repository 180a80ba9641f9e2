package csp.enrollment.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationFormTests {

    @Test
    void showsOnlyTheLastFourCharactersOfTheIban() {
        var bank = ApplicationForms.directBill().with(f -> f.bank.iban = "NL91 ABNA 0417 1643 00").build().bank();
        assertThat(bank.accountLast4()).isEqualTo("4300");
        assertThat(bank.ibanCountryCode()).isEqualTo("NL");
    }

    @Test
    void showsOnlyTheLastFourCharactersOfTheAccountNumber() {
        var bank = new ApplicationForm.Bank("Contoso Inc.", null, null, "000123456789", "021000021");
        assertThat(bank.accountLast4()).isEqualTo("6789");
        assertThat(bank.ibanCountryCode()).isNull();
    }

    @Test
    void neverPrintsTheAccount() {
        var form = ApplicationForms.directBill().build();
        assertThat(form.toString()).doesNotContain("NL91ABNA0417164300")
            .doesNotContain("0417164300")
            .contains("****4300");
    }

}
