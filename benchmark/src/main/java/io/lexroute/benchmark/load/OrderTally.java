package io.lexroute.benchmark.load;

import io.lexroute.benchmark.kafka.TopicWatcher;
import io.lexroute.benchmark.report.LatencyFigures;
import io.lexroute.benchmark.report.RunFigures;
import io.lexroute.contracts.OrderTopic;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/** Waits for a run's orders to be decided (within a bound) and turns what was seen into {@link RunFigures}. */
final class OrderTally {

    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);
    private static final Duration DRAIN_POLL = Duration.ofMillis(50);
    private static final int ERRORS_KEPT = 5;
    /** The steps of an order's journey; a step from null starts at the POST. */
    private static final List<Step> STEPS = List.of(
            new Step("POST -> order.received (request-intake)", null, OrderTopic.RECEIVED),
            new Step("order.received -> order.assessed (jurisdiction-resolver)", OrderTopic.RECEIVED,
                    OrderTopic.ASSESSED),
            new Step("order.assessed -> order.located (data-locator)", OrderTopic.ASSESSED, OrderTopic.LOCATED),
            new Step("order.located -> order.decided (response-gateway)", OrderTopic.LOCATED, OrderTopic.DECIDED));

    private OrderTally() {
    }

    /**
     * Every order the run meant to send goes into the decision latencies: a decided one from its intended send to its
     * decision, any other (undecided, rejected, failed, and in a constant-rate run unsent) from its intended send to
     * the end of the wait for decisions, a lower bound of a latency it never had.
     *
     * @param start            the run's name and the backlog it started with
     * @param offeredPerSecond the constant rate, or 0 for a closed-loop run
     * @param clients          the closed-loop clients, or 0 for a constant-rate run
     * @param scheduled        how many orders the run meant to send
     * @param unsentDue        when each scheduled order that was never sent was due (System.nanoTime())
     */
    static RunFigures tally(RunStart start, double offeredPerSecond, int clients, int scheduled,
            List<SubmittedOrder> orders, List<Long> unsentDue, double maxSendLagMs, TopicWatcher watcher,
            Duration drainTimeout) {
        List<String> acceptedIds = orders.stream().filter(SubmittedOrder::accepted).map(SubmittedOrder::orderId)
                .toList();
        long drainEnd = awaitDecisions(acceptedIds, watcher, drainTimeout);
        start.backlog().addAll(acceptedIds.stream().filter(id -> !watcher.decided(id)).toList());
        return tally(start, offeredPerSecond, clients, scheduled, orders, unsentDue, maxSendLagMs, watcher::seenAt,
                drainEnd);
    }

    /** The figures of what was seen by {@code drainEnd}; {@code seen} tells when an order was seen on a topic. */
    static RunFigures tally(RunStart start, double offeredPerSecond, int clients, int scheduled,
            List<SubmittedOrder> orders, List<Long> unsentDue, double maxSendLagMs, Sightings seen, long drainEnd) {
        int accepted = (int) orders.stream().filter(SubmittedOrder::accepted).count();

        Histogram decision = histogram();
        Histogram post = histogram();
        Map<String, Histogram> stages = new LinkedHashMap<>();
        STEPS.forEach(step -> stages.put(step.name(), histogram()));
        int decided = 0;
        long lastDecided = Long.MIN_VALUE;
        for (SubmittedOrder order : orders) {
            if (!order.accepted()) {
                decision.recordValue(micros(drainEnd - order.intendedAt()));
                continue;
            }
            post.recordValue(micros(order.answeredAt() - order.intendedAt()));
            OptionalLong decidedAt = seen.at(OrderTopic.DECIDED, order.orderId());
            if (decidedAt.isPresent()) {
                decided++;
                lastDecided = Math.max(lastDecided, decidedAt.getAsLong());
                decision.recordValue(micros(decidedAt.getAsLong() - order.intendedAt()));
                recordStages(order, seen, stages);
            } else {
                decision.recordValue(micros(drainEnd - order.intendedAt()));
            }
        }
        unsentDue.forEach(due -> decision.recordValue(micros(drainEnd - due)));

        long firstIntended = orders.stream().mapToLong(SubmittedOrder::intendedAt).min().orElse(0);
        int unsent = Math.max(0, scheduled - orders.size());
        long firstSent = orders.stream().mapToLong(SubmittedOrder::sentAt).min().orElse(0);
        long lastSent = orders.stream().mapToLong(SubmittedOrder::sentAt).max().orElse(0);
        long lastAnswered = orders.stream().filter(SubmittedOrder::accepted).mapToLong(SubmittedOrder::answeredAt)
                .max().orElse(firstSent);
        Map<String, LatencyFigures> stageFigures = new LinkedHashMap<>();
        stages.forEach((stage, histogram) -> stageFigures.put(stage, LatencyFigures.fromMicros(histogram)));
        return new RunFigures(start.label(), offeredPerSecond, clients, start.backlogAtStart(),
                clients == 0 ? "intended send time of the constant-rate schedule (free of coordinated omission)"
                        : "actual send time (closed loop: each client waits for its answer; not free of"
                        + " coordinated omission)",
                scheduled, orders.size(), unsent, accepted,
                (int) orders.stream().filter(order -> !order.accepted() && order.status() != 0).count(),
                (int) orders.stream().filter(order -> order.status() == 0).count(),
                decided, accepted - decided,
                perSecond(orders.size() - 1, lastSent - firstSent),
                perSecond(accepted, lastAnswered - firstSent),
                perSecond(decided - 1, lastDecided - firstIntended),
                maxSendLagMs,
                LatencyFigures.fromMicros(decision),
                LatencyFigures.fromMicros(post),
                stageFigures,
                sampleErrors(orders));
    }

    /** Returns when every accepted order is decided or the timeout is over, whichever comes first. */
    private static long awaitDecisions(List<String> orderIds, TopicWatcher watcher, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (watcher.countDecided(orderIds) < orderIds.size() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(DRAIN_POLL.toNanos());
        }
        return System.nanoTime();
    }

    private static void recordStages(SubmittedOrder order, Sightings seen, Map<String, Histogram> stages) {
        for (Step step : STEPS) {
            OptionalLong from = step.from() == null
                    ? OptionalLong.of(order.intendedAt()) : seen.at(step.from(), order.orderId());
            OptionalLong to = seen.at(step.to(), order.orderId());
            if (from.isPresent() && to.isPresent()) {
                // Each topic's partitions are fetched separately, so a step can look a hair negative: count it as 0.
                stages.get(step.name()).recordValue(micros(Math.max(0, to.getAsLong() - from.getAsLong())));
            }
        }
    }

    private static List<String> sampleErrors(List<SubmittedOrder> orders) {
        Set<String> errors = new LinkedHashSet<>();
        for (SubmittedOrder order : orders) {
            if (order.error() != null && errors.size() < ERRORS_KEPT) {
                errors.add(order.error());
            }
        }
        return List.copyOf(errors);
    }

    private static Histogram histogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    private static long micros(long nanos) {
        return Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

    private static double perSecond(long count, long nanos) {
        return count <= 0 || nanos <= 0 ? 0 : count / (nanos / 1e9);
    }

    private record Step(String name, OrderTopic from, OrderTopic to) {
    }

    /** When this JVM first saw an order on a topic ({@link TopicWatcher#seenAt}), System.nanoTime(). */
    @FunctionalInterface
    interface Sightings {
        OptionalLong at(OrderTopic topic, String orderId);
    }
}
