package io.lexroute.localstack.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.localstack.faults.DatabaseFacts.IntakeOrder;
import io.lexroute.localstack.faults.DecisionLog.DecisionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final IntakeOrder RELEASED = new IntakeOrder("RELEASED", 1);

    @Test
    void anEventPublishedTwiceWithItsIdIsARedeliveryNotADuplicate() {
        Verdict verdict = Verdict.of(List.of(accepted("a")),
                id -> List.of(decision("e1", 1, 5), decision("e1", 1, 9)),
                new DatabaseFacts(Map.of("a", RELEASED), Map.of("a", 1)));

        assertThat(verdict.lost()).isEmpty();
        assertThat(verdict.duplicated()).isEmpty();
        assertThat(verdict.redeliveredRecords()).isEqualTo(1);
        assertThat(verdict.lastFirstDecisionAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void twoDistinctFirstRevisionDecisionsAreADuplicate() {
        Verdict verdict = Verdict.of(List.of(accepted("a")),
                id -> List.of(decision("e1", 1, 5), decision("e2", 1, 6)),
                new DatabaseFacts(Map.of("a", RELEASED), Map.of("a", 1)));

        assertThat(verdict.duplicated()).containsExactly("a");
        assertThat(verdict.redeliveredRecords()).isZero();
    }

    @Test
    void aLaterRevisionIsNeitherADuplicateNorARedelivery() {
        Verdict verdict = Verdict.of(List.of(accepted("a")),
                id -> List.of(decision("e1", 1, 5), decision("e2", 2, 60)),
                new DatabaseFacts(Map.of("a", new IntakeOrder("RELEASED", 2)), Map.of("a", 1)));

        assertThat(verdict.duplicated()).isEmpty();
        assertThat(verdict.laterRevisionOrders()).isEqualTo(1);
        assertThat(verdict.lastFirstDecisionAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void anOrderMissingFromAnyOfTheThreePlacesIsLost() {
        Map<String, List<DecisionRecord>> topic = Map.of(
                "decided-everywhere", List.of(decision("e1", 1, 1)),
                "not-final-at-intake", List.of(decision("e2", 1, 2)),
                "no-gateway-row", List.of(decision("e3", 1, 3)));
        DatabaseFacts database = new DatabaseFacts(
                Map.of("decided-everywhere", RELEASED, "not-final-at-intake", new IntakeOrder("LOCATED", 0),
                        "no-gateway-row", RELEASED, "not-on-topic", RELEASED),
                Map.of("decided-everywhere", 1, "not-final-at-intake", 1, "not-on-topic", 1));

        Verdict verdict = Verdict.of(List.of(accepted("decided-everywhere"), accepted("not-final-at-intake"),
                accepted("no-gateway-row"), accepted("not-on-topic")), id -> topic.getOrDefault(id, List.of()),
                database);

        assertThat(verdict.lost()).containsExactly("not-final-at-intake", "no-gateway-row", "not-on-topic");
        assertThat(verdict.notFinalAtIntake()).isEqualTo(1);
        assertThat(verdict.withoutGatewayDecision()).isEqualTo(1);
        assertThat(verdict.notOnTopic()).isEqualTo(1);
        assertThat(verdict.lastFirstDecisionAt()).as("not every order is on order.decided: not drained").isEmpty();
    }

    private static AcceptedOrder accepted(String orderId) {
        return new AcceptedOrder(orderId, "key-" + orderId, "be-skype-2017", T0, T0, 1);
    }

    private static DecisionRecord decision(String eventId, int revision, int secondsAfterStart) {
        return new DecisionRecord(eventId, revision, T0.plusSeconds(secondsAfterStart));
    }
}
