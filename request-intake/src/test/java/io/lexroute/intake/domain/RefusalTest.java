package io.lexroute.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalTest {

    private static final String LINK = "http://gateway.example/api/v1/orders/6e1f/refusal";
    private static final Ground SCA = new Ground("SCA_2703D", "18 U.S.C. 2703(d)", "order on articulable facts");
    private static final Ground MSFT = new Ground("EXTRATERRITORIAL_SCA_WARRANT",
            "Microsoft v. United States, 829 F.3d 197 (2d Cir. 2016)", "a warrant does not reach Dublin");
    private static final Ground MLAT = new Ground("REDIRECT_US_IE_MLAT",
            "US–Ireland Treaty on Mutual Legal Assistance, TIAS 13137", "ask through the central authority");
    private static final Ground NOT_HELD = new Ground("DATA_NOT_HELD", "Reg. (EU) 2023/1543 Annex III",
            "the provider holds no such data");

    private static Decision decision(Decision.CategoryOutcome... outcomes) {
        return new Decision(List.of(outcomes), "2026.11", Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aFullyReleasedOrderHasNoRefusal() {
        assertThat(Refusal.of(decision(new Decision.CategoryOutcome(DataCategory.TRAFFIC, "US", Outcome.RELEASE,
                List.of(SCA))), LINK)).isEmpty();
    }

    @Test
    void listsRefusedAndRedirectedOutcomesWithTheirGrounds() {
        Refusal refusal = Refusal.of(decision(
                new Decision.CategoryOutcome(DataCategory.TRAFFIC, "US", Outcome.RELEASE, List.of(SCA)),
                new Decision.CategoryOutcome(DataCategory.CONTENT, "IE", Outcome.REDIRECT, List.of(MSFT, MLAT)),
                new Decision.CategoryOutcome(DataCategory.SUBSCRIBER, null, Outcome.REFUSE, List.of(NOT_HELD))),
                LINK).orElseThrow();

        assertThat(refusal.documentLink()).isEqualTo(LINK);
        assertThat(refusal.outcomes()).extracting(Refusal.RefusedOutcome::dataCategory)
                .containsExactly(DataCategory.CONTENT, DataCategory.SUBSCRIBER);
        Refusal.RefusedOutcome redirect = refusal.outcomes().get(0);
        assertThat(redirect.grounds()).containsExactly(MSFT, MLAT);
        assertThat(redirect.channel()).isEqualTo(MLAT.citation());
        assertThat(refusal.outcomes().get(1).channel()).isNull();
        assertThat(refusal.outcomes().get(1).location()).isNull();
    }

    @Test
    void theChannelIsFoundWhereverItIsListed() {
        assertThat(Refusal.channelOf(List.of(MLAT, MSFT))).isEqualTo(MLAT.citation());
        Ground eio = new Ground("EIO", "Directive 2014/41/EU (European Investigation Order)", "use an EIO");
        assertThat(Refusal.channelOf(List.of(eio, MSFT))).isEqualTo(eio.citation());
    }

    @Test
    void withoutANamedChannelTheFirstGroundIsTheRedirect() {
        assertThat(Refusal.channelOf(List.of(MSFT, SCA))).isEqualTo(MSFT.citation());
        assertThat(Refusal.channelOf(List.of(MSFT))).isEqualTo(MSFT.citation());
        assertThat(Refusal.channelOf(List.of())).isNull();
    }
}
