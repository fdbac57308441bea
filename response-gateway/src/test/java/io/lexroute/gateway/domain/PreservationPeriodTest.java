package io.lexroute.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the issuing authority may still do to a preservation's period (Regulation (EU) 2023/1543, Art. 11). */
class PreservationPeriodTest {

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    private static final Instant END = NOW.plus(Duration.ofDays(20));
    private static final PreservationPeriod RUNNING = new PreservationPeriod(END, true, null, null, null, null, null,
            null, null);

    @Test
    void aRunningPeriodMayBeExtendedConfirmedForProductionOrWithdrawn() {
        assertThat(RUNNING.extensionRefused(NOW)).isEmpty();
        assertThat(RUNNING.productionRequestRefused(NOW)).isEmpty();
        assertThat(RUNNING.withdrawalRefused()).isEmpty();
        assertThat(RUNNING.endOf(END)).isEqualTo(END);
    }

    @Test
    void aPeriodIsExtendedOnceByThirtyDays() {
        PreservationPeriod extended = new PreservationPeriod(END.plus(Duration.ofDays(30)), true, NOW,
                "authority de-test", null, null, null, null, null);

        assertThat(extended.endOf(END)).isEqualTo(END.plus(Duration.ofDays(30)));
        // A revision since the extension already shows the extended end: it is not extended again.
        assertThat(extended.endOf(END.plus(Duration.ofDays(30)))).isEqualTo(END.plus(Duration.ofDays(30)));
        assertThat(extended.decisionEnd(END)).isEqualTo(END.plus(Duration.ofDays(30)));
        assertThat(extended.extensionRefused(NOW)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("extended already").contains("one extension of 30 days"));
        // A request for production may still be confirmed within the extended period.
        assertThat(extended.productionRequestRefused(NOW.plus(Duration.ofDays(40)))).isEmpty();
    }

    @Test
    void aPeriodThatPassedCannotBeExtendedNorKeptForProduction() {
        assertThat(RUNNING.extensionRefused(END)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("period ended"));
        assertThat(RUNNING.productionRequestRefused(END.plusSeconds(1))).isPresent();
        // The scheduler has not ended it yet: the authority may still say preservation is no longer necessary.
        assertThat(RUNNING.withdrawalRefused()).isEmpty();
    }

    @Test
    void dataKeptForAProductionRequestHasNoEndToExtend() {
        PreservationPeriod kept = new PreservationPeriod(null, true, null, null, NOW, "authority de-test", "REF", null,
                null);

        assertThat(kept.endOf(END)).isNull();
        assertThat(kept.decisionEnd(END)).isNull();
        assertThat(kept.extensionRefused(NOW.plus(Duration.ofDays(400)))).hasValueSatisfying(reason ->
                assertThat(reason).contains("request for production was confirmed"));
        assertThat(kept.productionRequestRefused(NOW)).hasValueSatisfying(reason ->
                assertThat(reason).contains("confirmed already"));
        assertThat(kept.withdrawalRefused()).isEmpty();
    }

    @Test
    void anEndedDutyTakesNoFurtherAction() {
        PreservationPeriod withdrawn = new PreservationPeriod(END, false, null, null, null, null, null, NOW,
                PreservationEndReason.WITHDRAWN);

        // The decision shows when the duty ended; a task opened now would still be given the period's end, then end.
        assertThat(withdrawn.decisionEnd(END)).isEqualTo(NOW);
        assertThat(withdrawn.endOf(NOW)).isEqualTo(END);
        assertThat(new PreservationPeriod(END, false, null, null, null, null, null, END.plusSeconds(5),
                PreservationEndReason.PERIOD_ENDED).decisionEnd(END)).isEqualTo(END);
        assertThat(withdrawn.extensionRefused(NOW)).hasValueSatisfying(reason ->
                assertThat(reason).contains("ended").contains("WITHDRAWN"));
        assertThat(withdrawn.productionRequestRefused(NOW)).isPresent();
        assertThat(withdrawn.withdrawalRefused()).isPresent();
        assertThat(PreservationPeriod.NONE.withdrawalRefused()).hasValueSatisfying(reason ->
                assertThat(reason).contains("nothing of the order is being preserved"));
    }
}
