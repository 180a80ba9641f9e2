package csp.enrollment.creditcheck.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BureauAnswerTests {

    @Test
    void acceptsScoresFromZeroToHundred() {
        assertThat(BureauAnswer.score(0).value()).isZero();
        assertThat(BureauAnswer.score(100).value()).isEqualTo(100);
    }

    @Test
    void refusesScoresOutsideZeroToHundred() {
        assertThatIllegalArgumentException().isThrownBy(() -> BureauAnswer.score(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> BureauAnswer.score(101));
    }

}
