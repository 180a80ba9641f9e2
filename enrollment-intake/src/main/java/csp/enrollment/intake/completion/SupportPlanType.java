package csp.enrollment.intake.completion;

import java.util.Arrays;

/**
 * The Microsoft support plans a direct bill partner buys: Advanced or Premier Support for
 * Partners.
 */
public enum SupportPlanType {

    ASFP, PSFP;

    /** The plan named exactly {@code value}, or null when there is none. */
    public static SupportPlanType parse(String value) {
        return Arrays.stream(values()).filter(plan -> plan.name().equals(value)).findFirst().orElse(null);
    }

}
