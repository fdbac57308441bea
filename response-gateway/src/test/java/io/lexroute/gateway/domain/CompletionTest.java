package io.lexroute.gateway.domain;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.DataCategory.SUBSCRIBER;
import static io.lexroute.contracts.DataCategory.TRAFFIC;
import static io.lexroute.contracts.Outcome.HOLD;
import static io.lexroute.contracts.Outcome.LEGAL_REVIEW;
import static io.lexroute.contracts.Outcome.PRESERVE;
import static io.lexroute.contracts.Outcome.REDIRECT;
import static io.lexroute.contracts.Outcome.REFUSE;
import static io.lexroute.contracts.Outcome.RELEASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.DataCategory;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.contracts.Outcome;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionTest {

    private static final OutcomeKey SUBSCRIBER_US = new OutcomeKey(SUBSCRIBER, "US");
    private static final OutcomeKey TRAFFIC_US = new OutcomeKey(TRAFFIC, "US");

    @Test
    void anOrderWithAHoldOrAReviewStaysOpen() {
        assertThat(Completion.closingStatus(List.of(outcome(CONTENT, "NL", HOLD)), Set.of())).isEmpty();
        assertThat(Completion.closingStatus(List.of(outcome(CONTENT, "IE", LEGAL_REVIEW),
                outcome(SUBSCRIBER, "US", RELEASE)), Set.of(SUBSCRIBER_US))).isEmpty();
    }

    @Test
    void nothingReleasedClosesWithTheDecidedStatus() {
        assertThat(Completion.closingStatus(List.of(outcome(CONTENT, "IE", REDIRECT),
                outcome(SUBSCRIBER, null, REFUSE)), Set.of())).contains(OrderStatus.REDIRECTED);
        assertThat(Completion.closingStatus(List.of(outcome(SUBSCRIBER, null, REFUSE)), Set.of()))
                .contains(OrderStatus.REFUSED);
    }

    @Test
    void aPreservedOrderClosesAsPreservedOnceTheProviderConfirmedEveryPreservation() {
        List<CategoryOutcome> outcomes = List.of(outcome(CONTENT, "IE", PRESERVE), outcome(CONTENT, "US", PRESERVE),
                outcome(TRAFFIC, null, REFUSE));

        assertThat(Completion.closingStatus(outcomes, Set.of())).isEmpty();
        assertThat(Completion.closingStatus(outcomes, Set.of(new OutcomeKey(CONTENT, "IE")))).isEmpty();
        assertThat(Completion.closingStatus(outcomes, Set.of(new OutcomeKey(CONTENT, "IE"),
                new OutcomeKey(CONTENT, "US")))).contains(OrderStatus.PRESERVED);
    }

    @Test
    void aPreservationIsCarriedOutOnceConfirmedOrOnceItsDutyEnded() {
        assertThat(EnumSet.allOf(PreservationTaskStatus.class).stream().filter(Completion::preservationCarriedOut))
                .containsExactlyInAnyOrder(PreservationTaskStatus.PRESERVING, PreservationTaskStatus.ENDED);
        // A provider that never confirmed: the period's end or the withdrawal carries its preservation out.
        List<CategoryOutcome> outcomes = List.of(outcome(CONTENT, "IE", PRESERVE));
        assertThat(Completion.closingStatus(outcomes, Set.of(new OutcomeKey(CONTENT, "IE"))))
                .contains(OrderStatus.PRESERVED);
    }

    @Test
    void aReleaseStillAwaitingItsPackageKeepsTheOrderOpen() {
        List<CategoryOutcome> outcomes = List.of(outcome(SUBSCRIBER, "US", RELEASE), outcome(TRAFFIC, "US", RELEASE));

        assertThat(Completion.closingStatus(outcomes, Set.of())).isEmpty();
        assertThat(Completion.closingStatus(outcomes, Set.of(SUBSCRIBER_US))).isEmpty();
    }

    @Test
    void everyReleasedPackageArrivedIsDeliveredWhateverWasRefused() {
        List<CategoryOutcome> outcomes = List.of(outcome(SUBSCRIBER, "US", RELEASE), outcome(TRAFFIC, "US", RELEASE),
                outcome(CONTENT, "IE", REDIRECT));

        assertThat(Completion.closingStatus(outcomes, Set.of(SUBSCRIBER_US, TRAFFIC_US)))
                .contains(OrderStatus.DELIVERED);
    }

    private static CategoryOutcome outcome(DataCategory category, String location, Outcome outcome) {
        return new CategoryOutcome(category, location, outcome, List.of());
    }
}
