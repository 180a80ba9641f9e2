package csp.enrollment.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import csp.enrollment.intake.application.ApplicationForms;
import csp.enrollment.intake.application.Violation;
import csp.enrollment.intake.application.ViolationCode;
import csp.enrollment.intake.support.Requests;

class ApplicationJsonReaderTests {

    @Test
    void readsTheContractExampleIntoTheSameFormAsTheDomainFixture() {
        var read = ApplicationJsonReader.read(Requests.CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8));

        assertThat(read.problems()).isEmpty();
        assertThat(read.form()).isEqualTo(ApplicationForms.directBill().build());
    }

    @Test
    void keepsAmountsExactWithCents() {
        var read = read(
                "{\"directBill\": {\"cspCloudRevenueTtmUsd\": 300000, \"perpetualSoftwareRevenueTtmUsd\": 123456789012.34}}");

        assertThat(read.form().directBill().cspCloudRevenueTtmUsd()).hasToString("300000.00");
        assertThat(read.form().directBill().perpetualSoftwareRevenueTtmUsd()).hasToString("123456789012.34");
    }

    @Test
    void leavesAnAbsurdExponentUnexpanded() {
        var read = read("{\"directBill\": {\"cspCloudRevenueTtmUsd\": 1e999999}}");

        assertThat(read.form().directBill().cspCloudRevenueTtmUsd().precision()).isEqualTo(1);
    }

    @Test
    void reportsWrongTypesAndReadsTheRest() {
        var read = read(
                "{\"mpnId\": 4412345, \"tenantId\": \"t\", \"admin\": [], \"directBill\": {\"managedServices\": [\"a\", 1, \"c\"]}}");

        assertThat(read.problems()).extracting(Violation::field, Violation::code)
            .containsExactly(tuple("mpnId", ViolationCode.INVALID_TYPE), tuple("admin", ViolationCode.INVALID_TYPE),
                    tuple("directBill.managedServices[1]", ViolationCode.INVALID_TYPE));
        assertThat(read.form().tenantId()).isEqualTo("t");
        assertThat(read.form().directBill().managedServices()).containsExactly("a", "", "c");
    }

    @Test
    void treatsNullAsMissing() {
        var read = read("{\"mpnId\": null, \"directBill\": null}");

        assertThat(read.problems()).isEmpty();
        assertThat(read.form().mpnId()).isNull();
        assertThat(read.form().directBill()).isNull();
    }

    @Test
    void ignoresUnknownProperties() {
        assertThat(read("{\"comment\": \"hello\"}").problems()).isEmpty();
    }

    @Test
    void refusesMalformedJsonNamingOnlyThePlace() {
        assertThatThrownBy(() -> read("{\"iban\": \"NL91ABNA0417164300\" x}"))
            .isInstanceOfSatisfying(UnreadableApplicationException.class, ex -> {
                assertThat(ex.violation().code()).isEqualTo(ViolationCode.MALFORMED_JSON);
                assertThat(ex.violation().message()).contains("line 1").doesNotContain("NL91");
            });
    }

    private static ApplicationJsonReader.ReadApplication read(String json) {
        return ApplicationJsonReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

}
