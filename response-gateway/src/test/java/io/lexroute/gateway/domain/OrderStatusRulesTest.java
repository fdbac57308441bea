package io.lexroute.gateway.domain;

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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStatusRulesTest {

    @Test
    void anyLegalReviewPutsTheOrderInReview() {
        assertThat(status(RELEASE, HOLD, LEGAL_REVIEW, REFUSE)).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
    }

    @Test
    void otherwiseAnyHoldPutsTheOrderOnHold() {
        assertThat(status(RELEASE, HOLD, REDIRECT)).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void allReleasedIsReleased() {
        assertThat(status(RELEASE, RELEASE)).isEqualTo(OrderStatus.RELEASED);
    }

    @Test
    void someReleasedIsPartiallyReleased() {
        assertThat(status(RELEASE, REDIRECT)).isEqualTo(OrderStatus.PARTIALLY_RELEASED);
        assertThat(status(REFUSE, RELEASE)).isEqualTo(OrderStatus.PARTIALLY_RELEASED);
    }

    @Test
    void withoutReleaseAnyPreservationIsPreserved() {
        assertThat(status(PRESERVE, PRESERVE)).isEqualTo(OrderStatus.PRESERVED);
        assertThat(status(PRESERVE, REFUSE, REDIRECT)).isEqualTo(OrderStatus.PRESERVED);
    }

    @Test
    void aPreservationStillWaitsForReview() {
        assertThat(status(PRESERVE, LEGAL_REVIEW)).isEqualTo(OrderStatus.IN_LEGAL_REVIEW);
    }

    @Test
    void withoutReleaseAnyRedirectIsRedirected() {
        assertThat(status(REFUSE, REDIRECT)).isEqualTo(OrderStatus.REDIRECTED);
    }

    @Test
    void onlyRefusalsIsRefused() {
        assertThat(status(REFUSE, REFUSE)).isEqualTo(OrderStatus.REFUSED);
    }

    @Test
    void nothingToReleaseIsNotReleased() {
        assertThat(status()).isEqualTo(OrderStatus.REFUSED);
    }

    private static OrderStatus status(Outcome... outcomes) {
        return DecisionMaker.statusOf(Arrays.stream(outcomes)
                .map(outcome -> new CategoryOutcome(DataCategory.CONTENT, "IE", outcome, List.of()))
                .toList());
    }
}
