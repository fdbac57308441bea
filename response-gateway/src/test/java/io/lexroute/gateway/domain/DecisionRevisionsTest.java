package io.lexroute.gateway.domain;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.PRESERVE;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRevisionsTest {

    private static final Instant FIRST = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-12T10:00:00Z");
    private static final Ground LAWFUL = new Ground("LAWFUL", "Some Act, s. 1", "The order is lawful.");
    private static final Ground NOTIFY = new Ground("EEVID_NOTIFICATION", "Regulation (EU) 2023/1543, Art. 8",
            "The enforcing State may object.");
    private static final Ground CONFLICT = new Ground("GDPR_48", "GDPR Art. 48", "Conflict with EU law.");

    private static final Decision DECISION = new Decision(List.of(
            new CategoryOutcome(SUBSCRIBER, "US", RELEASE, List.of(LAWFUL)),
            new CategoryOutcome(TRAFFIC, "US", RELEASE, List.of(LAWFUL)),
            new CategoryOutcome(CONTENT, "NL", HOLD, List.of(NOTIFY)),
            new CategoryOutcome(CONTENT, "IE", LEGAL_REVIEW, List.of(CONFLICT))), "rb-7", FIRST);

    @Test
    void changesOnlyTheNamedOutcomeAndKeepsEverythingElse() {
        Ground ended = Grounds.holdEnded(NOTIFY, 240, LATER);

        Decision next = DecisionRevisions.apply(DECISION,
                List.of(OutcomeChange.holdEnded(new OutcomeKey(CONTENT, "NL"), ended)), LATER);

        assertThat(next.outcomes()).extracting(CategoryOutcome::outcome)
                .containsExactly(RELEASE, RELEASE, RELEASE, LEGAL_REVIEW);
        assertThat(next.outcomes().get(2).grounds()).containsExactly(ended, NOTIFY);
        assertThat(next.outcomes().get(0)).isEqualTo(DECISION.outcomes().get(0));
        assertThat(next.outcomes().get(3)).isEqualTo(DECISION.outcomes().get(3));
        assertThat(next.rulebookVersion()).isEqualTo("rb-7");
        assertThat(next.decidedAt()).isEqualTo(LATER);
    }

    @Test
    void aHoldThatEndsCitesTheHoldAndSaysWhenItEnded() {
        Ground ended = Grounds.holdEnded(NOTIFY, 96, LATER);

        assertThat(ended.code()).isEqualTo("HOLD_ENDED");
        assertThat(ended.citation()).isEqualTo(NOTIFY.citation());
        assertThat(ended.reason()).contains("96-hour").contains(LATER.toString());
    }

    @Test
    void notFoundReplacesTheGroundsThatMadeReleaseLawful() {
        OutcomeKey traffic = new OutcomeKey(TRAFFIC, "US");
        Ground notHeld = Grounds.notFoundByProvider(Instrument.EPOC, traffic, "microsoft");

        Decision next = DecisionRevisions.apply(DECISION, List.of(OutcomeChange.notFound(traffic, notHeld)), LATER);

        CategoryOutcome refused = next.outcomes().get(1);
        assertThat(refused.outcome()).isEqualTo(REFUSE);
        assertThat(refused.grounds()).containsExactly(notHeld);
        assertThat(notHeld.code()).isEqualTo("DATA_NOT_HELD");
        assertThat(notHeld.citation()).contains("Annex III");
        assertThat(notHeld.reason()).contains("microsoft").contains("traffic").contains("US");
    }

    @Test
    void outsideEuropeanOrdersNotFoundCitesNoAnnex() {
        Ground notHeld = Grounds.notFoundByProvider(Instrument.US_SCA_WARRANT, new OutcomeKey(TRAFFIC, "US"), "m");

        assertThat(notHeld.citation()).doesNotContain("Annex");
    }

    @Test
    void anObjectionRefusesAndKeepsTheHoldGroundAfterIt() {
        Ground objection = Grounds.objection("Officier van justitie, Amsterdam", "Immunity under Dutch law.");

        Decision next = DecisionRevisions.apply(DECISION,
                List.of(OutcomeChange.objected(new OutcomeKey(CONTENT, "NL"), objection)), LATER);

        assertThat(next.outcomes().get(2).outcome()).isEqualTo(REFUSE);
        assertThat(next.outcomes().get(2).grounds()).containsExactly(objection, NOTIFY);
        assertThat(objection.code()).isEqualTo("ENFORCING_STATE_OBJECTION");
        assertThat(objection.citation()).isEqualTo("Objection raised by Officier van justitie, Amsterdam");
        assertThat(objection.reason()).isEqualTo("Immunity under Dutch law.");
    }

    @Test
    void aReviewerDecisionNamesTheReviewer() {
        Ground review = Grounds.reviewDecision("Dr. A. Reviewer", "No conflict: the subject is not an EU resident.");

        Decision next = DecisionRevisions.apply(DECISION,
                List.of(OutcomeChange.reviewed(new OutcomeKey(CONTENT, "IE"), RELEASE, review)), LATER);

        assertThat(next.outcomes().get(3).outcome()).isEqualTo(RELEASE);
        assertThat(next.outcomes().get(3).grounds()).containsExactly(review, CONFLICT);
        assertThat(review.code()).isEqualTo("LEGAL_REVIEW_DECISION");
        assertThat(review.citation()).isEqualTo("Reviewed by Dr. A. Reviewer");
    }

    @Test
    void aReviewersReleaseOfHeldDataIsHeldWithTheHoldsGroundFirst() {
        Ground review = Grounds.reviewDecision("Dr. A. Reviewer", "No conflict with US law for this provider.");

        Decision next = DecisionRevisions.apply(DECISION, List.of(
                OutcomeChange.reviewedReleaseStillHeld(new OutcomeKey(CONTENT, "IE"), NOTIFY, review)), LATER);

        assertThat(next.outcomes().get(3).outcome()).isEqualTo(HOLD);
        assertThat(next.outcomes().get(3).grounds()).containsExactly(NOTIFY, review, CONFLICT);
    }

    @Test
    void anObjectionUnderArticle17KeepsTheOutcomeInReviewWithItsGroundFirst() {
        Ground objection = Grounds.objectionFiled("Dr. A. Reviewer", "Disclosure would breach 18 U.S.C. 2702(a)");

        Decision next = DecisionRevisions.apply(DECISION,
                List.of(OutcomeChange.objectionFiled(new OutcomeKey(CONTENT, "IE"), objection)), LATER);

        assertThat(next.outcomes().get(3).outcome()).isEqualTo(LEGAL_REVIEW);
        assertThat(next.outcomes().get(3).grounds()).containsExactly(objection, CONFLICT);
        assertThat(objection.code()).isEqualTo("CONFLICT_OBJECTION_FILED");
        assertThat(objection.citation()).isEqualTo("Regulation (EU) 2023/1543, Art. 17");
        assertThat(objection.reason()).isEqualTo("Reasoned objection filed by Dr. A. Reviewer: Disclosure would breach "
                + "18 U.S.C. 2702(a). Execution is suspended while the issuing authority decides whether to maintain "
                + "the order and, if it does, while a court of the issuing State reviews it.");
    }

    @Test
    void aReviewerOnlyReleasesOrRefuses() {
        for (Outcome other : List.of(HOLD, LEGAL_REVIEW, Outcome.REDIRECT)) {
            assertThatThrownBy(() -> OutcomeChange.reviewed(new OutcomeKey(CONTENT, "IE"), other, LAWFUL))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aChangeToAnOutcomeTheDecisionDoesNotHaveIsRejected() {
        assertThatThrownBy(() -> DecisionRevisions.apply(DECISION,
                List.of(OutcomeChange.objected(new OutcomeKey(CONTENT, "LU"), LAWFUL)), LATER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CONTENT@LU");
    }

    @Test
    void oneOutcomeCannotBeChangedTwiceInOneRevision() {
        OutcomeKey held = new OutcomeKey(CONTENT, "NL");

        assertThatThrownBy(() -> DecisionRevisions.apply(DECISION,
                List.of(OutcomeChange.objected(held, LAWFUL), OutcomeChange.holdEnded(held, LAWFUL)), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final Ground PRESERVATION = new Ground("EEVID_PRESERVATION", PreservationPeriod.LEGAL_BASIS,
            "The provider preserves the data.");
    private static final Instant UNTIL = FIRST.plus(Duration.ofDays(60));
    private static final Instant EXTENDED = UNTIL.plus(PreservationPeriod.EXTENSION);
    private static final Decision PRESERVED = new Decision(List.of(
            new CategoryOutcome(SUBSCRIBER, "IE", PRESERVE, List.of(PRESERVATION), UNTIL),
            new CategoryOutcome(CONTENT, "IE", PRESERVE, List.of(PRESERVATION), UNTIL),
            new CategoryOutcome(TRAFFIC, null, REFUSE, List.of(LAWFUL))), "rb-7", FIRST);

    @Test
    void aChangedPeriodGivesThePreservedOutcomeItsNewEndAndLeavesTheOthersTheirs() {
        Ground extended = Grounds.preservationExtended("authority de-test", LATER, EXTENDED);

        Decision next = DecisionRevisions.apply(PRESERVED, List.of(
                OutcomeChange.preservationPeriod(new OutcomeKey(SUBSCRIBER, "IE"), extended, EXTENDED)), LATER);

        assertThat(next.outcomes().get(0)).isEqualTo(
                new CategoryOutcome(SUBSCRIBER, "IE", PRESERVE, List.of(extended, PRESERVATION), EXTENDED));
        assertThat(next.outcomes().get(1)).isEqualTo(PRESERVED.outcomes().get(1));
        assertThat(next.outcomes().get(2)).isEqualTo(PRESERVED.outcomes().get(2));
        assertThat(extended.code()).isEqualTo("PRESERVATION_EXTENDED");
        assertThat(extended.citation()).isEqualTo("Regulation (EU) 2023/1543, Art. 11");
        assertThat(extended.reason()).contains("30 days").contains("once").contains(EXTENDED.toString());
    }

    @Test
    void dataKeptForAProductionRequestHasNoEndAndAnyOtherOutcomeNone() {
        OutcomeKey subscriber = new OutcomeKey(SUBSCRIBER, "IE");
        Ground kept = Grounds.productionRequestConfirmed("authority de-test", LATER, "EPOC-7");

        Decision next = DecisionRevisions.apply(PRESERVED, List.of(
                OutcomeChange.preservationPeriod(subscriber, kept, null),
                OutcomeChange.notFound(new OutcomeKey(CONTENT, "IE"), LAWFUL)), LATER);

        assertThat(next.outcomes()).extracting(CategoryOutcome::outcome, CategoryOutcome::preservationExpiresAt)
                .containsExactly(tuple(PRESERVE, null),
                        tuple(REFUSE, null),
                        tuple(REFUSE, null));
        assertThat(kept.reason()).contains("EPOC-7").contains("no end date");
        assertThatThrownBy(() -> new OutcomeChange(subscriber, REFUSE, List.of(LAWFUL), false, UNTIL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreshDecisionShowsThePeriodAsTheAuthorityAndTimeChangedIt() {
        PreservationPeriod extended = new PreservationPeriod(EXTENDED, true, LATER, "authority de-test", null, null,
                null, null, null);
        Decision fresh = DecisionRevisions.showingPeriod(PRESERVED, extended);
        assertThat(fresh.outcomes().get(0).preservationExpiresAt()).isEqualTo(EXTENDED);
        assertThat(fresh.outcomes().get(0).grounds()).containsExactly(
                Grounds.preservationExtended("authority de-test", LATER, EXTENDED), PRESERVATION);
        assertThat(fresh.outcomes().get(2)).isEqualTo(PRESERVED.outcomes().get(2));

        Instant withdrawnAt = LATER.plus(Duration.ofDays(1));
        PreservationPeriod withdrawn = new PreservationPeriod(EXTENDED, false, LATER, "authority de-test", null, null,
                null, withdrawnAt, PreservationEndReason.WITHDRAWN);
        assertThat(DecisionRevisions.showingPeriod(PRESERVED, withdrawn).outcomes().get(1))
                .extracting(CategoryOutcome::preservationExpiresAt, outcome -> outcome.grounds().get(0).code(),
                        outcome -> outcome.grounds().get(1).code())
                .containsExactly(withdrawnAt, "PRESERVATION_WITHDRAWN", "PRESERVATION_EXTENDED");

        PreservationPeriod ended = new PreservationPeriod(UNTIL, false, null, null, null, null, null,
                UNTIL.plusSeconds(30), PreservationEndReason.PERIOD_ENDED);
        CategoryOutcome endedOutcome = DecisionRevisions.showingPeriod(PRESERVED, ended).outcomes().get(0);
        assertThat(endedOutcome.preservationExpiresAt()).isEqualTo(UNTIL);
        assertThat(endedOutcome.grounds().get(0)).isEqualTo(Grounds.preservationPeriodEnded(UNTIL));

        PreservationPeriod untouched = new PreservationPeriod(UNTIL, true, null, null, null, null, null, null, null);
        assertThat(DecisionRevisions.showingPeriod(PRESERVED, untouched)).isEqualTo(PRESERVED);
    }
}
