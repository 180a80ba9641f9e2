package csp.enrollment.intake.completion;

import java.util.Arrays;

import csp.enrollment.intake.application.EnrollmentType;

/**
 * The agreement a partner accepts to complete its enrollment (contract.md §8): one per
 * enrollment type.
 */
public enum AgreementType {

    INDIRECT_RESELLER_TERMS, MICROSOFT_PARTNER_AGREEMENT;

    /** The agreement an enrollment of {@code type} accepts. */
    public static AgreementType requiredFor(EnrollmentType type) {
        return type == EnrollmentType.DIRECT_BILL ? MICROSOFT_PARTNER_AGREEMENT : INDIRECT_RESELLER_TERMS;
    }

    /** The agreement named exactly {@code value}, or null when there is none. */
    public static AgreementType parse(String value) {
        return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst().orElse(null);
    }

}
