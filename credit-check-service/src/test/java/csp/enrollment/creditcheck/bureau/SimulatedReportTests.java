package csp.enrollment.creditcheck.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import csp.enrollment.creditcheck.bureau.SimulatedReport.Source;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedReportTests {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void givesUnknownCompanyTheSameScoreEveryTime() {
        SimulatedReport report = SimulatedReport.deterministic("4412345");

        assertThat(report.score()).isEqualTo(Math.floorMod("4412345".hashCode(), 101));
        assertThat(SimulatedReport.deterministic("4412345")).isEqualTo(report);
        assertThat(report.source()).isEqualTo(Source.DEFAULT);
    }

    @Test
    void keepsDeterministicScoresWithinRange() {
        for (int mpnId = 100000; mpnId < 101000; mpnId++) {
            assertThat(SimulatedReport.deterministic(Integer.toString(mpnId)).score()).isBetween(0, 100);
        }
    }

    @Test
    void answersPendingUntilTheReportIsReady() {
        SimulatedReport report = new SimulatedReport("4412345", 70, false, NOW, Source.OPERATOR);

        assertThat(report.answerAt(NOW.minusMillis(1))).isEqualTo(BureauAnswer.pending());
        assertThat(report.answerAt(NOW)).isEqualTo(BureauAnswer.score(70));
    }

    @Test
    void answersNoRecordForCompanyItDoesNotKnow() {
        SimulatedReport report = new SimulatedReport("4412345", null, true, null, Source.OPERATOR);

        assertThat(report.answerAt(NOW)).isEqualTo(BureauAnswer.noRecord());
    }

}
