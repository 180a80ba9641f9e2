package csp.enrollment.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationValidatorTests {

    private final ApplicationValidator validator = new ApplicationValidator();

    @Test
    void acceptsTheDirectBillExampleOfTheContract() {
        assertThat(validator.validate(ApplicationForms.directBill().build())).isEmpty();
    }

    @Test
    void acceptsAnIndirectReseller() {
        assertThat(validator.validate(ApplicationForms.indirectReseller().build())).isEmpty();
    }

    @Test
    void acceptsADomesticAccountForACountryWithoutIban() {
        var form = ApplicationForms.indirectReseller().with(f -> {
            f.company.address.countryCode = "US";
            f.company.address.postalCode = "98052";
            f.company.address.stateOrProvince = "WA";
            f.bank.iban = null;
            f.bank.bic = null;
            f.bank.accountNumber = "000123456789";
            f.bank.routingNumber = "021000021";
        }).build();
        assertThat(validator.validate(form)).isEmpty();
    }

    @Test
    void listsEveryProblemAtOnce() {
        var form = ApplicationForms.directBill().with(f -> {
            f.mpnId = "12";
            f.tenantId = null;
            f.company.address.postalCode = null;
            f.company.address.countryCode = "NLD";
            f.bank.iban = "NL92ABNA0417164300";
            f.admin.workEmail = "sanne\r\n@contoso.nl";
            f.admin.preferredLanguage = "nl_NL";
            f.directBill = null;
        }).build();

        assertThat(validator.validate(form)).extracting(Violation::field, Violation::code)
            .containsExactlyInAnyOrder(tuple("mpnId", ViolationCode.INVALID_FORMAT),
                    tuple("tenantId", ViolationCode.REQUIRED),
                    tuple("company.address.postalCode", ViolationCode.REQUIRED),
                    tuple("company.address.countryCode", ViolationCode.INVALID_COUNTRY),
                    tuple("bank.iban", ViolationCode.INVALID_IBAN),
                    tuple("admin.workEmail", ViolationCode.INVALID_FORMAT),
                    tuple("admin.workEmail", ViolationCode.CONTROL_CHARACTERS),
                    tuple("admin.preferredLanguage", ViolationCode.INVALID_FORMAT),
                    tuple("directBill", ViolationCode.REQUIRED));
    }

    @Test
    void reportsAValueOfTheWrongTypeOnceNotAlsoAsMissing() {
        var form = ApplicationForms.directBill().with(f -> {
            f.mpnId = null;
            f.company = null;
            f.directBill.hasSigningAuthority = null;
        }).build();
        List<Violation> readingProblems = List.of(
                new Violation("mpnId", ViolationCode.INVALID_TYPE, "must be a string"),
                new Violation("company", ViolationCode.INVALID_TYPE, "must be an object"),
                new Violation("directBill.hasSigningAuthority", ViolationCode.INVALID_TYPE, "must be true or false"));

        assertThat(validator.validate(form, readingProblems)).containsExactlyElementsOf(readingProblems);
    }

    @Test
    void keepsProblemsOfOtherFieldsNextToReadingProblems() {
        var form = ApplicationForms.directBill().with(f -> {
            f.mpnId = null;
            f.tenantId = "nope";
        }).build();
        var readingProblem = new Violation("mpnId", ViolationCode.INVALID_TYPE, "must be a string");

        assertThat(validator.validate(form, List.of(readingProblem))).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("mpnId", ViolationCode.INVALID_TYPE),
                    tuple("tenantId", ViolationCode.INVALID_FORMAT));
    }

}
