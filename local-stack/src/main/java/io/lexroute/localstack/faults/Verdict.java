package io.lexroute.localstack.faults;

import io.lexroute.localstack.faults.DecisionLog.DecisionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every accepted order checked against the three places that must agree that it has exactly one decision: intake's
 * orders (a final status), gateway's decisions (one first revision) and the order.decided topic (one distinct
 * first-revision event; copies of an event with the same ce_id are redeliveries, not decisions).
 */
record Verdict(long decidedOnTopic, List<String> lost, long notFinalAtIntake, long withoutGatewayDecision,
        long notOnTopic, List<String> duplicated, long redeliveredRecords, long laterRevisionOrders,
        Optional<Instant> lastFirstDecisionAt) {

    Verdict {
        lost = List.copyOf(lost);
        duplicated = List.copyOf(duplicated);
    }

    /** {@code decisions}: the order.decided records of an order id, as {@link DecisionLog#records} gives them. */
    static Verdict of(List<AcceptedOrder> accepted, Function<String, List<DecisionRecord>> decisions,
            DatabaseFacts database) {
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        long decidedOnTopic = 0;
        long notFinalAtIntake = 0;
        long withoutGatewayDecision = 0;
        long redelivered = 0;
        long laterRevisions = 0;
        Instant lastFirstDecision = null;
        for (AcceptedOrder order : accepted) {
            String id = order.orderId();
            List<DecisionRecord> records = decisions.apply(id);
            long firstRevisionEvents = records.stream().filter(DecisionRecord::firstRevision)
                    .map(DecisionRecord::eventId).distinct().count();
            Optional<Instant> firstPublished = records.stream().filter(DecisionRecord::firstRevision)
                    .map(DecisionRecord::publishedAt).min(Comparator.naturalOrder());
            boolean finalAtIntake = database.finalAtIntake(id);
            int gatewayRows = database.firstDecisionRows(id);
            if (firstRevisionEvents > 0) {
                decidedOnTopic++;
            }
            notFinalAtIntake += finalAtIntake ? 0 : 1;
            withoutGatewayDecision += gatewayRows == 0 ? 1 : 0;
            if (!finalAtIntake || gatewayRows == 0 || firstRevisionEvents == 0) {
                lost.add(id);
            }
            if (gatewayRows > 1 || firstRevisionEvents > 1) {
                duplicated.add(id);
            }
            redelivered += records.size() - records.stream().map(DecisionRecord::eventId).distinct().count();
            laterRevisions += records.stream().anyMatch(record -> record.revision() > 1) ? 1 : 0;
            if (firstPublished.isPresent() && (lastFirstDecision == null
                    || firstPublished.get().isAfter(lastFirstDecision))) {
                lastFirstDecision = firstPublished.get();
            }
        }
        boolean allOnTopic = decidedOnTopic == accepted.size();
        return new Verdict(decidedOnTopic, lost, notFinalAtIntake, withoutGatewayDecision,
                accepted.size() - decidedOnTopic, duplicated, redelivered, laterRevisions,
                allOnTopic ? Optional.ofNullable(lastFirstDecision) : Optional.empty());
    }
}
