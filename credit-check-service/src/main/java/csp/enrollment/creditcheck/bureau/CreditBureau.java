package csp.enrollment.creditcheck.bureau;

/**
 * A credit bureau. Adapters: {@link HttpCreditBureau} for an external bureau and
 * {@link SimulatedCreditBureau} for the local stack; {@code credit-check.bureau.mode}
 * picks one.
 */
public interface CreditBureau {

    /** The bureau's name, carried by the decision events. */
    String name();

    /**
     * The bureau's answer for {@code company}.
     * @throws BureauUnavailableException when the bureau is down or too slow; the check
     * waits and asks again
     */
    BureauAnswer report(CompanyRef company);

}
