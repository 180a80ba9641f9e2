package csp.enrollment.localstack.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import csp.enrollment.localstack.faults.FaultSettings.Scenario;

class FaultSettingsTests {

    @Test
    void runsEveryScenarioWithTheDocumentedDefaults() {
        FaultSettings settings = FaultSettings.parse("--faults");

        assertThat(settings.scenarios()).containsExactlyInAnyOrder(Scenario.values());
        assertThat(settings.killApplications()).isEqualTo(240);
        assertThat(settings.outageApplications()).isEqualTo(60);
        assertThat(settings.outage()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.dataDir().toString()).endsWith(".local-stack-faults");
    }

    @Test
    void readsScenariosSizesAndWaits() {
        FaultSettings settings = FaultSettings.parse("--faults", "--fault-scenarios=smtp, http",
                "--fault-applications=90", "--fault-outage=10s", "--fault-patience=2m", "--data-dir=/tmp/x");

        assertThat(settings.scenarios()).containsExactlyInAnyOrder(Scenario.SMTP, Scenario.HTTP);
        assertThat(settings.killApplications()).isEqualTo(90);
        assertThat(settings.outage()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.patience()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.dataDir().toString()).isEqualTo("/tmp/x");
    }

    @Test
    void refusesAnUnknownScenarioANonNumberAndAZeroDuration() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.parse("--fault-scenarios=flood"))
            .withMessageContaining("flood");
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.parse("--fault-applications=many"))
            .withMessageContaining("number");
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.parse("--fault-outage=0s"))
            .withMessageContaining("positive");
    }

    @Test
    void refusesOptionsThatWouldBypassItsOwnMailServer() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> FaultSettings.parse("--faults", "--external-smtp=localhost:25"))
            .withMessageContaining("external-smtp");
    }

}
