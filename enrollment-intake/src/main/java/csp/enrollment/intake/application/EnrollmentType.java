package csp.enrollment.intake.application;

import java.util.Arrays;

/** How the partner takes part in the CSP program (contract.md §1). */
public enum EnrollmentType {

    INDIRECT_RESELLER, DIRECT_BILL;

    /** The type named exactly {@code value}, or null when there is none. */
    public static EnrollmentType parse(String value) {
        return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst().orElse(null);
    }

}
