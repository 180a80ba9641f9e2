package csp.enrollment.creditcheck.check;

import csp.enrollment.creditcheck.check.Decision.Reason;
import csp.enrollment.creditcheck.check.Decision.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * Contract §4: the bureau's score decides. A score at or above the minimum passes; below
 * it fails with {@code CREDIT_SCORE_TOO_LOW}. A company the bureau does not know fails
 * with {@code CREDIT_BUREAU_NO_RECORD}: without a record its credit cannot be
 * established.
 */
public final class CreditPolicy {

    public static final int DEFAULT_MINIMUM_SCORE = 60;

    private final int minimumScore;

    public CreditPolicy(int minimumScore) {
        if (minimumScore < 0 || minimumScore > 100) {
            throw new IllegalArgumentException("The minimum credit score is between 0 and 100, not " + minimumScore);
        }
        this.minimumScore = minimumScore;
    }

    public int minimumScore() {
        return minimumScore;
    }

    /** The decision for a score the bureau reported. */
    public Decision decide(int score, String bureau, Instant at) {
        if (score >= minimumScore) {
            return new Decision(Verdict.PASSED, score, minimumScore, List.of(), bureau, at);
        }
        Reason tooLow = new Reason(CreditReasonCode.CREDIT_SCORE_TOO_LOW,
                "The credit score " + score + " is below the required minimum of " + minimumScore + ".");
        return new Decision(Verdict.FAILED, score, minimumScore, List.of(tooLow), bureau, at);
    }

    /** The decision when the bureau has no record of the company. */
    public Decision noRecord(String bureau, Instant at) {
        Reason noRecord = new Reason(CreditReasonCode.CREDIT_BUREAU_NO_RECORD,
                "The credit bureau has no record of the company, so its credit could not be established.");
        return new Decision(Verdict.FAILED, null, minimumScore, List.of(noRecord), bureau, at);
    }

}
