package io.lexroute.gateway.domain;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.REDIRECT;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettledOutcomesTest {

    private static final Instant EARLIER = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Ground LAWFUL = new Ground("LAWFUL", "Some Act, s. 1", "The order is lawful.");
    private static final Ground NOTIFY = new Ground("EEVID_NOTIFICATION", "Regulation (EU) 2023/1543, Art. 8",
            "The enforcing State may object.");
    private static final Ground OBJECTION = new Ground("ENFORCING_STATE_OBJECTION", "Objection raised by NL",
            "Immunity under Dutch law.");
    private static final Ground ENDED = new Ground("HOLD_ENDED", NOTIFY.citation(), "The window ended.");
    private static final Ground REVIEWED = new Ground("LEGAL_REVIEW_DECISION", "Reviewed by Ada", "No conflict.");
    private static final Ground CONFLICT = new Ground("GDPR_48", "GDPR Art. 48", "Conflict with EU law.");
    private static final Ground NO_BASIS = new Ground("NO_BINDING_BASIS", "Newer Act, s. 2", "Not any more.");

    private static final OutcomeKey CONTENT_NL = new OutcomeKey(CONTENT, "NL");
    private static final OutcomeKey TRAFFIC_NL = new OutcomeKey(TRAFFIC, "NL");
    private static final OutcomeKey CONTENT_US = new OutcomeKey(CONTENT, "US");
    private static final OutcomeKey CONTENT_IE = new OutcomeKey(CONTENT, "IE");

    /** After an objection (content in NL), an ended window (traffic in NL) and a review (content in the US). */
    private static final Decision LATEST = new Decision(List.of(
            new CategoryOutcome(SUBSCRIBER, "NL", RELEASE, List.of(LAWFUL)),
            new CategoryOutcome(CONTENT, "NL", REFUSE, List.of(OBJECTION, NOTIFY)),
            new CategoryOutcome(TRAFFIC, "NL", RELEASE, List.of(ENDED, NOTIFY)),
            new CategoryOutcome(CONTENT, "US", RELEASE, List.of(REVIEWED, CONFLICT))), "rb-1", EARLIER);

    private static final SettledOutcomes SETTLED =
            new SettledOutcomes(Set.of(CONTENT_NL), Set.of(TRAFFIC_NL), Set.of(CONTENT_US), Set.of(), Set.of());

    @Test
    void aFreshHoldOrReviewDoesNotUndoWhatWasSettled() {
        Decision fresh = new Decision(List.of(
                new CategoryOutcome(SUBSCRIBER, "NL", HOLD, List.of(NOTIFY)),
                new CategoryOutcome(CONTENT, "NL", HOLD, List.of(NOTIFY)),
                new CategoryOutcome(TRAFFIC, "NL", HOLD, List.of(NOTIFY)),
                new CategoryOutcome(CONTENT, "US", LEGAL_REVIEW, List.of(CONFLICT))), "rb-2", NOW);

        Decision kept = SETTLED.keptIn(fresh, LATEST);

        assertThat(kept.outcomes()).containsExactly(
                fresh.outcomes().get(0), LATEST.outcomes().get(1), LATEST.outcomes().get(2),
                LATEST.outcomes().get(3));
        assertThat(kept.rulebookVersion()).isEqualTo("rb-2");
        assertThat(kept.decidedAt()).isEqualTo(NOW);
    }

    @Test
    void anObjectionOutlastsAFreshReleaseButAFreshRefusalOrRedirectStands() {
        Decision released = new Decision(List.of(
                new CategoryOutcome(CONTENT, "NL", RELEASE, List.of(LAWFUL))), "rb-2", NOW);
        assertThat(SETTLED.keptIn(released, LATEST).outcomes()).containsExactly(LATEST.outcomes().get(1));

        Decision refused = new Decision(List.of(
                new CategoryOutcome(CONTENT, "NL", REFUSE, List.of(NO_BASIS)),
                new CategoryOutcome(CONTENT, "US", REDIRECT, List.of(NO_BASIS))), "rb-2", NOW);
        assertThat(SETTLED.keptIn(refused, LATEST).outcomes()).isEqualTo(refused.outcomes());
    }

    @Test
    void aFiledObjectionUnderArticle17OutlastsAFreshReleaseHoldOrReviewButNotARefusal() {
        CategoryOutcome suspended = new CategoryOutcome(CONTENT, "US", LEGAL_REVIEW, List.of(REVIEWED, CONFLICT));
        Decision latest = new Decision(List.of(suspended), "rb-1", EARLIER);
        SettledOutcomes settled = new SettledOutcomes(Set.of(), Set.of(), Set.of(), Set.of(CONTENT_US), Set.of());

        for (Outcome fresh : List.of(RELEASE, HOLD, LEGAL_REVIEW)) {
            Decision decided = new Decision(List.of(new CategoryOutcome(CONTENT, "US", fresh, List.of(LAWFUL))),
                    "rb-2", NOW);
            assertThat(settled.keptIn(decided, latest).outcomes()).as("fresh %s", fresh).containsExactly(suspended);
        }
        Decision refused = new Decision(List.of(new CategoryOutcome(CONTENT, "US", REFUSE, List.of(NO_BASIS))),
                "rb-2", NOW);
        assertThat(settled.keptIn(refused, latest).outcomes()).isEqualTo(refused.outcomes());
    }

    @Test
    void theSameDataFoundAtANewLocationIsSuspendedWithTheObjection() {
        Ground filed = Grounds.objectionFiled("Ada", "Disclosure would breach 18 U.S.C. 2702(a).");
        CategoryOutcome suspended = new CategoryOutcome(CONTENT, "US", LEGAL_REVIEW, List.of(filed, CONFLICT));
        Decision latest = new Decision(List.of(suspended), "rb-1", EARLIER);
        SettledOutcomes settled = new SettledOutcomes(Set.of(), Set.of(), Set.of(), Set.of(CONTENT_US), Set.of());
        Decision fresh = new Decision(List.of(
                new CategoryOutcome(CONTENT, "US", LEGAL_REVIEW, List.of(CONFLICT)),
                new CategoryOutcome(CONTENT, "IE", RELEASE, List.of(LAWFUL)),
                new CategoryOutcome(CONTENT, "FR", HOLD, List.of(NOTIFY)),
                new CategoryOutcome(SUBSCRIBER, "IE", RELEASE, List.of(LAWFUL))), "rb-2", NOW);

        assertThat(settled.keptIn(fresh, latest).outcomes()).containsExactly(
                suspended,
                new CategoryOutcome(CONTENT, "IE", LEGAL_REVIEW, List.of(filed, LAWFUL)),
                new CategoryOutcome(CONTENT, "FR", LEGAL_REVIEW, List.of(filed, NOTIFY)),
                fresh.outcomes().get(3));
    }

    @Test
    void onlyDeliveredDataEscapesTheSuspensionAndOnlyAnObjectionThatStillStandsSuspends() {
        Ground filed = Grounds.objectionFiled("Ada", "Disclosure would breach 18 U.S.C. 2702(a).");
        Decision latest = new Decision(List.of(
                new CategoryOutcome(CONTENT, "US", LEGAL_REVIEW, List.of(filed, CONFLICT)),
                new CategoryOutcome(CONTENT, "IE", RELEASE, List.of(LAWFUL))), "rb-1", EARLIER);
        CategoryOutcome delivered = new CategoryOutcome(CONTENT, "IE", RELEASE, List.of(LAWFUL));
        CategoryOutcome french = new CategoryOutcome(CONTENT, "FR", RELEASE, List.of(LAWFUL));

        // The Irish copy was delivered before the objection (so not suspended): a fresh release there stands.
        SettledOutcomes irishDelivered = new SettledOutcomes(Set.of(), Set.of(), Set.of(), Set.of(CONTENT_US),
                Set.of(CONTENT_IE));
        Decision again = new Decision(List.of(latest.outcomes().get(0), delivered), "rb-2", NOW);
        assertThat(irishDelivered.keptIn(again, latest).outcomes())
                .containsExactly(latest.outcomes().get(0), delivered);

        // A newer rulebook refuses the objected outcome outright: the objection no longer suspends a new location
        // (and the delivered Irish copy stays released, though the fresh decision no longer lists it).
        CategoryOutcome refused = new CategoryOutcome(CONTENT, "US", REFUSE, List.of(NO_BASIS));
        Decision outright = new Decision(List.of(refused, french), "rb-2", NOW);
        assertThat(irishDelivered.keptIn(outright, latest).outcomes()).containsExactly(refused, french, delivered);
    }

    @Test
    void aDeliveredReleaseStandsWhateverAFreshDecisionSaysOfIt() {
        CategoryOutcome released = new CategoryOutcome(CONTENT, "IE", RELEASE, List.of(LAWFUL));
        CategoryOutcome traffic = new CategoryOutcome(TRAFFIC, "US", RELEASE, List.of(LAWFUL));
        Decision latest = new Decision(List.of(released, traffic), "rb-1", EARLIER);
        SettledOutcomes settled = new SettledOutcomes(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(CONTENT_IE));
        CategoryOutcome trafficRefused = new CategoryOutcome(TRAFFIC, "US", REFUSE, List.of(NO_BASIS));

        for (Outcome fresh : List.of(REFUSE, REDIRECT, HOLD, LEGAL_REVIEW)) {
            Decision decided = new Decision(List.of(new CategoryOutcome(CONTENT, "IE", fresh, List.of(NO_BASIS)),
                    trafficRefused), "rb-2", NOW);
            assertThat(settled.keptIn(decided, latest).outcomes()).as("fresh %s", fresh)
                    .containsExactly(released, trafficRefused);
        }
        Decision withoutIreland = new Decision(List.of(trafficRefused), "rb-2", NOW);
        assertThat(settled.keptIn(withoutIreland, latest).outcomes()).containsExactly(trafficRefused, released);
    }

    @Test
    void aCopyTheObjectionDidNotReachThenIsSuspendedWhenReleasedAgain() {
        Ground filed = Grounds.objectionFiled("Ada", "Disclosure would breach 18 U.S.C. 2702(a).");
        CategoryOutcome objected = new CategoryOutcome(CONTENT, "US", LEGAL_REVIEW, List.of(filed, CONFLICT));
        // Irish content was refused as not found when the objection was filed, and a Dutch copy redirected.
        Decision latest = new Decision(List.of(objected,
                new CategoryOutcome(CONTENT, "IE", REFUSE, List.of(NO_BASIS)),
                new CategoryOutcome(CONTENT, "NL", REDIRECT, List.of(NO_BASIS))), "rb-1", EARLIER);
        SettledOutcomes settled = new SettledOutcomes(Set.of(), Set.of(), Set.of(), Set.of(CONTENT_US), Set.of());
        Decision fresh = new Decision(List.of(
                new CategoryOutcome(CONTENT, "US", LEGAL_REVIEW, List.of(CONFLICT)),
                new CategoryOutcome(CONTENT, "IE", RELEASE, List.of(LAWFUL)),
                new CategoryOutcome(CONTENT, "NL", HOLD, List.of(NOTIFY))), "rb-2", NOW);

        assertThat(settled.keptIn(fresh, latest).outcomes()).containsExactly(
                objected,
                new CategoryOutcome(CONTENT, "IE", LEGAL_REVIEW, List.of(filed, LAWFUL)),
                new CategoryOutcome(CONTENT, "NL", LEGAL_REVIEW, List.of(filed, NOTIFY)));
    }

    @Test
    void whatANewerRulebookDecidesOutrightReplacesAnEndedHoldOrAReview() {
        Decision fresh = new Decision(List.of(
                new CategoryOutcome(TRAFFIC, "NL", REFUSE, List.of(NO_BASIS)),
                new CategoryOutcome(CONTENT, "US", RELEASE, List.of(LAWFUL)),
                new CategoryOutcome(CONTENT, "IE", HOLD, List.of(NOTIFY))), "rb-2", NOW);

        assertThat(SETTLED.keptIn(fresh, LATEST).outcomes()).isEqualTo(fresh.outcomes());
    }
}
