package csp.enrollment.intake.completion;

import java.time.Instant;

/**
 * An accepted agreement as intake keeps it.
 *
 * @param signerName who accepted it (personal data: dropped when the partner's data is
 * erased)
 * @param signerEmail their e-mail address (likewise)
 * @param acceptedAt when intake accepted the command
 */
public record RecordedAgreement(AgreementType agreement, String version, String signerName, String signerEmail,
        Instant acceptedAt) {
}
