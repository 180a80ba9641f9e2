package csp.enrollment.creditcheck.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Secure by default: an external bureau, and no start without its address; the simulator
 * only when asked for.
 */
class BureauSettingsTests {

    @Test
    void withNothingConfiguredTheServiceRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> bind(Map.of())).rootCause()
            .hasMessageContaining("credit-check.bureau.http.base-url")
            .hasMessageContaining("credit-check.bureau.mode=simulated");
    }

    @Test
    void anExternalBureauWithItsAddressIsTheDefaultMode() {
        BureauSettings settings = bind(Map.of("credit-check.bureau.http.base-url", "https://bureau.example"));

        assertThat(settings.mode()).isEqualTo(BureauSettings.Mode.HTTP);
        assertThat(settings.http().baseUrl()).isEqualTo(URI.create("https://bureau.example"));
    }

    @Test
    void theSimulatedBureauNeedsNoAddress() {
        assertThat(bind(Map.of("credit-check.bureau.mode", "simulated")).mode())
            .isEqualTo(BureauSettings.Mode.SIMULATED);
    }

    private static BureauSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("credit-check.bureau",
                BureauSettings.class);
    }

}
