package csp.enrollment.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ApplicationFingerprintTests {

    @Test
    void isTheSameForTheSameApplication() {
        assertThat(ApplicationFingerprint.of(ApplicationForms.directBill().build()))
            .isEqualTo(ApplicationFingerprint.of(ApplicationForms.directBill().build()))
            .hasSize(64);
    }

    @Test
    void ignoresTrailingZerosOfAmounts() {
        var withCents = ApplicationForms.directBill()
            .with(f -> f.directBill.cspCloudRevenueTtmUsd = new BigDecimal("350000.00"));
        var withoutCents = ApplicationForms.directBill()
            .with(f -> f.directBill.cspCloudRevenueTtmUsd = new BigDecimal("350000"));
        assertThat(ApplicationFingerprint.of(withCents.build()))
            .isEqualTo(ApplicationFingerprint.of(withoutCents.build()));
    }

    @Test
    void differsWhenOneCharacterDiffers() {
        var other = ApplicationForms.directBill().with(f -> f.company.address.line1 = "Keizersgracht 124");
        assertThat(ApplicationFingerprint.of(other.build()))
            .isNotEqualTo(ApplicationFingerprint.of(ApplicationForms.directBill().build()));
    }

    @Test
    void tellsAMissingValueFromAnEmptyOne() {
        var missing = ApplicationForms.directBill().with(f -> f.company.address.line2 = null);
        var empty = ApplicationForms.directBill().with(f -> f.company.address.line2 = "");
        assertThat(ApplicationFingerprint.of(missing.build())).isNotEqualTo(ApplicationFingerprint.of(empty.build()));
    }

    @Test
    void tellsValuesMovedBetweenFieldsApart() {
        var one = ApplicationForms.directBill().with(f -> {
            f.admin.firstName = "Sanne de";
            f.admin.lastName = "Vries";
        });
        assertThat(ApplicationFingerprint.of(one.build()))
            .isNotEqualTo(ApplicationFingerprint.of(ApplicationForms.directBill().build()));
    }

}
