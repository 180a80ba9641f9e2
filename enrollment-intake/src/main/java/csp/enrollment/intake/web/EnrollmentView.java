package csp.enrollment.intake.web;

import java.time.Instant;
import java.util.List;

import csp.enrollment.intake.enrollment.EnrollmentDetails;
import csp.enrollment.intake.status.EnrollmentStatus;
import csp.enrollment.intake.status.StatusEntry;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Enrollment", description = "An enrollment's status and history. Bank details are never "
        + "returned, only the last four characters of the account.")
record EnrollmentView(@Schema(example = "0b8a8c5e-3f4e-4a8e-9d59-2f7c0c2e1f10") String enrollmentId,
        @Schema(allowableValues = {
                "INDIRECT_RESELLER", "DIRECT_BILL" }) String enrollmentType,
        @Schema(description = "The status furthest along the pipeline (contract §2).") EnrollmentStatus status,
        @Schema(description = "CSP market of the company's country; null until the profile was verified.",
                example = "Europe", nullable = true) String market,
        @Schema(description = "Currency of that market for the country; null until the profile was verified.",
                example = "EUR", nullable = true) String currency,
        @Schema(description = "Masked bank account; null if intake never saw the application.",
                nullable = true) Bank bank,
        @Schema(description = "STORED, or ERASED once the partner's personal data was erased on request "
                + "(DELETE /api/enrollments/{enrollmentId}/personal-data).",
                allowableValues = { "STORED", "ERASED" }) String personalData,
        @Schema(description = "Every status the enrollment had, oldest first.") List<HistoryEntry> history,
        @Schema(description = "The agreement the partner accepted (contract §8); null until accepted.",
                nullable = true) Agreement agreement,
        @Schema(description = "The support plan a direct bill partner recorded; null until recorded.",
                nullable = true) SupportPlan supportPlan,
        @Schema(description = "The direct bill enrollment this indirect reseller enrollment continues (§9); null "
                + "for an application.", nullable = true) String transitionedFrom,
        @Schema(description = "The indirect reseller enrollment that continues this one once TRANSITIONED; else null.",
                nullable = true) String transitionedTo){

    static EnrollmentView of(EnrollmentDetails details) {
        return new EnrollmentView(details.enrollmentId(), details.enrollmentType(), details.status(), details.market(),
                details.currency(), details.accountLast4() == null ? null : new Bank(details.accountLast4()),
                details.personalDataErased() ? "ERASED" : "STORED",
                details.history().stream().map(HistoryEntry::of).toList(),
                details.agreement() == null ? null
                        : new Agreement(details.agreement().agreement().name(), details.agreement().version(),
                                details.agreement().acceptedAt()),
                details.supportPlan() == null ? null
                        : new SupportPlan(details.supportPlan().plan().name(), details.supportPlan().purchasedAt(),
                                details.supportPlan().recordedAt()),
                details.transitionedFrom(), details.transitionedTo());
    }

    @Schema(name = "AcceptedAgreement")
    record Agreement(@Schema(allowableValues = {
            "INDIRECT_RESELLER_TERMS", "MICROSOFT_PARTNER_AGREEMENT" }) String agreement,
            @Schema(example = "2026-01") String version, Instant acceptedAt){
    }

    @Schema(name = "RecordedSupportPlan")
    record SupportPlan(@Schema(allowableValues = {
            "ASFP", "PSFP" }) String plan, Instant purchasedAt, Instant recordedAt){
    }

    @Schema(name = "MaskedBank")
    record Bank(@Schema(description = "Last four characters of the IBAN or account number.",
            example = "4300") String accountLast4) {
    }

    @Schema(name = "HistoryEntry")
    record HistoryEntry(EnrollmentStatus status, Instant at,
            @Schema(description = "Reasons (rejections, review), warnings (verified), or what completed or moved "
                    + "the enrollment (ENROLLED: AGREEMENT_ACCEPTED, SUPPORT_PLAN_RECORDED; TRANSITIONED: "
                    + "TRANSITIONED_TO_INDIRECT_RESELLER), with their codes.") List<Reason> reasons) {

        static HistoryEntry of(StatusEntry entry) {
            return new HistoryEntry(entry.status(), entry.at(),
                    entry.reasons().stream().map(reason -> new Reason(reason.code(), reason.message())).toList());
        }
    }

    @Schema(name = "Reason")
    record Reason(@Schema(example = "REVENUE_BELOW_MINIMUM") String code, String message) {
    }
}
