package csp.enrollment.creditcheck.bureau;

import java.time.Instant;

/**
 * What the simulated bureau knows of one company.
 *
 * @param score the score, null when {@code noRecord}
 * @param noRecord the bureau does not know the company
 * @param answersFrom before this moment the bureau says the report is pending; null =
 * answers at once
 * @param source {@code OPERATOR} when an operator stored it, {@code DEFAULT} for the
 * deterministic score
 */
record SimulatedReport(String mpnId, Integer score, boolean noRecord, Instant answersFrom, Source source) {

    enum Source {

        OPERATOR, DEFAULT

    }

    /**
     * The score of a company nobody stored a report for:
     * {@code floorMod(mpnId.hashCode(), 101)}, stable across runs and JVMs because
     * {@link String#hashCode()} is specified by the language.
     */
    static SimulatedReport deterministic(String mpnId) {
        return new SimulatedReport(mpnId, Math.floorMod(mpnId.hashCode(), 101), false, null, Source.DEFAULT);
    }

    BureauAnswer answerAt(Instant now) {
        if (answersFrom != null && now.isBefore(answersFrom)) {
            return BureauAnswer.pending();
        }
        return noRecord ? BureauAnswer.noRecord() : BureauAnswer.score(score);
    }
}
