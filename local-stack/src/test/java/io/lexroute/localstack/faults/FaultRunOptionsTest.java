package io.lexroute.localstack.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultRunOptionsTest {

    @Test
    void byDefaultKillsEachServiceOnceAndRestartsTheBrokerOnce() {
        FaultRunOptions options = FaultRunOptions.parse();

        assertThat(options.orders()).isEqualTo(5000);
        assertThat(options.faults()).containsExactlyInAnyOrder(FaultTarget.values());
    }

    @Test
    void spreadsTheFaultsEvenlyOverTheSubmittingPeriod() {
        FaultRunOptions options = FaultRunOptions.parse("--orders", "300", "--rate", "20",
                "--faults", "jurisdiction-resolver,kafka");

        assertThat(options.submitPeriod()).isEqualTo(Duration.ofSeconds(15));
        assertThat(options.faults()).containsExactly(FaultTarget.JURISDICTION_RESOLVER, FaultTarget.KAFKA);
        assertThat(options.faultOffset(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.faultOffset(1)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesWhatItCannotRun() {
        assertThatThrownBy(() -> FaultRunOptions.parse("--faults", "postgres"))
                .hasMessageContaining("request-intake, jurisdiction-resolver, data-locator, response-gateway, kafka");
        assertThatThrownBy(() -> FaultRunOptions.parse("--rate", "0")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> FaultRunOptions.parse("--orders")).hasMessageContaining("Missing value");
    }
}
