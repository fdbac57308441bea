package io.lexroute.intake.domain;

import static io.lexroute.contracts.OrderStatus.ASSESSED;
import static io.lexroute.contracts.OrderStatus.DELIVERED;
import static io.lexroute.contracts.OrderStatus.IN_LEGAL_REVIEW;
import static io.lexroute.contracts.OrderStatus.LOCATED;
import static io.lexroute.contracts.OrderStatus.ON_HOLD;
import static io.lexroute.contracts.OrderStatus.RECEIVED;
import static io.lexroute.contracts.OrderStatus.REFUSED;
import static io.lexroute.contracts.OrderStatus.RELEASED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexroute.contracts.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderProgressTest {

    @Test
    void movesForwardThroughAssessedAndLocated() {
        OrderProgress progress = OrderProgress.received().reached(ASSESSED).reached(LOCATED);

        assertThat(progress.status()).isEqualTo(LOCATED);
    }

    @Test
    void aLateAssessmentDoesNotMoveALocatedOrderBack() {
        OrderProgress located = OrderProgress.received().reached(LOCATED);

        assertThat(located.reached(ASSESSED).status()).isEqualTo(LOCATED);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"RECEIVED", "ASSESSED", "LOCATED"}, mode = EnumSource.Mode.EXCLUDE)
    void nothingMovesADecidedOrderBackToProgress(OrderStatus decided) {
        OrderProgress progress = OrderProgress.received().decided(1, decided);

        assertThat(progress.reached(ASSESSED).status()).isEqualTo(decided);
        assertThat(progress.reached(LOCATED).status()).isEqualTo(decided);
        assertThat(OrderProgress.isDecided(decided)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"RECEIVED", "ASSESSED", "LOCATED"})
    void progressStatusesAreNotDecided(OrderStatus status) {
        assertThat(OrderProgress.isDecided(status)).isFalse();
    }

    @Test
    void onlyMilestonesCanBeReached() {
        assertThatThrownBy(() -> OrderProgress.received().reached(RELEASED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderProgress.received().reached(RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewerRevisionReplacesTheDecision() {
        OrderProgress onHold = OrderProgress.received().reached(LOCATED).decided(1, ON_HOLD);

        assertThat(onHold.acceptsRevision(2)).isTrue();
        OrderProgress released = onHold.decided(2, RELEASED);
        assertThat(released.status()).isEqualTo(RELEASED);
        assertThat(released.decisionRevision()).isEqualTo(2);
    }

    @Test
    void anOlderOrSameRevisionIsRefused() {
        OrderProgress revised = OrderProgress.received().decided(3, IN_LEGAL_REVIEW);

        assertThat(revised.acceptsRevision(3)).isFalse();
        assertThat(revised.acceptsRevision(2)).isFalse();
        assertThatThrownBy(() -> revised.decided(2, REFUSED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anyRevisionIsAcceptedBeforeTheFirstDecision() {
        assertThat(OrderProgress.received().acceptsRevision(0)).isTrue();
    }

    @Test
    void closingSetsItsStatusAndIsFinal() {
        OrderProgress closed = OrderProgress.received().decided(1, RELEASED).closedWith(DELIVERED);

        assertThat(closed.status()).isEqualTo(DELIVERED);
        assertThat(closed.closed()).isTrue();
        OrderProgress lateDecision = closed.decided(2, ON_HOLD);
        assertThat(lateDecision.status()).isEqualTo(DELIVERED);
        assertThat(lateDecision.decisionRevision()).isEqualTo(2);
        assertThat(closed.reached(LOCATED).status()).isEqualTo(DELIVERED);
    }

    @Test
    void closingWithoutAStatusKeepsTheCurrentOne() {
        assertThat(OrderProgress.received().decided(1, REFUSED).closedWith(null).status()).isEqualTo(REFUSED);
    }
}
