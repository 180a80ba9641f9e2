package csp.enrollment.verification.profile;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Direct bill: at least USD 300,000 CSP revenue over the trailing twelve months, counting
 * cloud revenue only (perpetual software sold in CSP is excluded, so it is never added).
 * Exactly 300,000.00 passes.
 */
public final class RevenueRequirement extends DirectBillRule {

    /** The seed's "USD300K". */
    public static final BigDecimal MINIMUM_USD = new BigDecimal("300000.00");

    private static final String FIELD = "directBill.cspCloudRevenueTtmUsd";

    @Override
    Check check(DirectBillDeclaration declaration) {
        BigDecimal cloudRevenue = declaration.cspCloudRevenueTtmUsd();
        if (cloudRevenue == null) {
            return withoutDeclaration();
        }
        if (cloudRevenue.compareTo(MINIMUM_USD) < 0) {
            return Check.failed(name(), ReasonCodes.REVENUE_BELOW_MINIMUM, FIELD,
                    "CSP cloud revenue over the trailing twelve months is USD " + usd(cloudRevenue) + "; at least USD "
                            + usd(MINIMUM_USD) + " is required (perpetual software does not count).");
        }
        return Check.passed(name(),
                "CSP cloud revenue over the trailing twelve months is USD " + usd(cloudRevenue) + ".");
    }

    @Override
    Check withoutDeclaration() {
        return Check.failed(name(), ReasonCodes.REVENUE_BELOW_MINIMUM, FIELD,
                "No CSP cloud revenue was declared; at least USD " + usd(MINIMUM_USD)
                        + " over the trailing twelve months is required.");
    }

    private static String usd(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

}
