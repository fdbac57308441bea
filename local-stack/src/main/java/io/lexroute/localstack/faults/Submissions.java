package io.lexroute.localstack.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What submitting gave: the accepted orders, and the orders intake never answered 202 for, with the last reason.
 * An order that needed more than one attempt (its POST failed while intake was down) is accepted all the same
 * once a retry with the same Idempotency-Key got its 202.
 */
record Submissions(List<AcceptedOrder> accepted, Map<String, String> notAccepted) {

    Submissions {
        accepted = List.copyOf(accepted);
        notAccepted = Map.copyOf(notAccepted);
    }

    long retried() {
        return accepted.stream().filter(order -> order.attempts() > 1).count();
    }

    /** The longest an order waited, from its due time, for its 202: about the longest intake outage. */
    Duration longestWait() {
        return accepted.stream().map(order -> Duration.between(order.dueAt(), order.acceptedAt()))
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    Optional<Instant> lastAcceptedAt() {
        return accepted.stream().map(AcceptedOrder::acceptedAt).max(Comparator.naturalOrder());
    }
}
