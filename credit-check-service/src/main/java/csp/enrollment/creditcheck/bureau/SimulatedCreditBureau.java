package csp.enrollment.creditcheck.bureau;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The bureau of the local stack and the tests. Answers an operator's stored report (see
 * {@link SimulatedBureauController}), else a deterministic score; can be switched off to
 * simulate an outage, and a report can be held back to simulate a bureau that answers
 * later.
 */
@Component
@SimulatedBureauMode
class SimulatedCreditBureau implements CreditBureau {

    static final String NAME = "simulated-bureau";

    private final SimulatedBureauRecords records;

    private final Clock clock;

    SimulatedCreditBureau(SimulatedBureauRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BureauAnswer report(CompanyRef company) {
        if (!records.available()) {
            throw new BureauUnavailableException("The simulated credit bureau is switched off");
        }
        return reportOf(company.mpnId()).answerAt(clock.instant());
    }

    /** The stored report of {@code mpnId}, or the deterministic one. */
    SimulatedReport reportOf(String mpnId) {
        return records.report(mpnId).orElseGet(() -> SimulatedReport.deterministic(mpnId));
    }

}
