package csp.enrollment.creditcheck.bureau;

/**
 * What a credit bureau says about a company: a score, that it has no record of the
 * company, or that the report is not ready yet (real bureaus can take days).
 */
public sealed interface BureauAnswer permits BureauAnswer.Score, BureauAnswer.NoRecord, BureauAnswer.Pending {

    static Score score(int value) {
        return new Score(value);
    }

    static NoRecord noRecord() {
        return new NoRecord();
    }

    static Pending pending() {
        return new Pending();
    }

    /** A credit score from 0 (worst) to 100 (best). */
    record Score(int value) implements BureauAnswer {

        public static final int MIN = 0;

        public static final int MAX = 100;

        public Score {
            if (value < MIN || value > MAX) {
                throw new IllegalArgumentException("A credit score is between 0 and 100, not " + value);
            }
        }
    }

    /** The bureau does not know the company. */
    record NoRecord() implements BureauAnswer {
    }

    /** The bureau is working on the report; ask again later. */
    record Pending() implements BureauAnswer {
    }

}
