package csp.enrollment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadRedactionTests {

    @Test
    void redactsARecordQuotedInAConversionError() {
        String message = "Cannot convert from [csp.enrollment.events.EnrollmentApplication] for GenericMessage "
                + "[payload={\"mpnId\": \"4412345\", \"bank\": {\"iban\": \"NL91ABNA0417164300\", \"bic\": \"A}B\"}}, "
                + "headers={kafka_offset=7}]";

        String redacted = PayloadRedaction.redact(message);

        assertThat(redacted).doesNotContain("NL91ABNA0417164300")
            .doesNotContain("4412345")
            .contains("payload=" + PayloadRedaction.REDACTED + ", headers={kafka_offset=7}]")
            .startsWith("Cannot convert from [csp.enrollment.events.EnrollmentApplication]");
    }

    @Test
    void leavesTextWithoutRecordsAlone() {
        assertThat(PayloadRedaction.redact("unknown magic byte 0x7B for topic 'enrollment.submitted'"))
            .isEqualTo("unknown magic byte 0x7B for topic 'enrollment.submitted'");
        assertThat(PayloadRedaction.redact(null)).isNull();
    }

    @Test
    void redactsToTheEndWhenARecordIsCutOff() {
        assertThat(PayloadRedaction.redact("payload={\"iban\": \"NL91ABNA0417"))
            .isEqualTo("payload=" + PayloadRedaction.REDACTED);
    }

}
