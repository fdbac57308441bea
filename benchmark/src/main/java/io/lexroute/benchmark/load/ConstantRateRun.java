package io.lexroute.benchmark.load;

import io.lexroute.benchmark.kafka.TopicWatcher;
import io.lexroute.benchmark.report.RunFigures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Submits orders open loop on a fixed schedule (order i is due at start + i / rate, sent without waiting for earlier
 * answers) and measures each order's latency from the moment it was due, not from when it actually went out. A
 * stalled system thus shows in every order that should have been sent during the stall, which a send-then-wait loop
 * would quietly leave out (coordinated omission).
 */
public final class ConstantRateRun {

    private static final Duration START_DELAY = Duration.ofMillis(100);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(45);

    private final OrderPoster poster;
    private final OrderBodies bodies;
    private final TopicWatcher watcher;

    public ConstantRateRun(OrderPoster poster, OrderBodies bodies, TopicWatcher watcher) {
        this.poster = poster;
        this.bodies = bodies;
        this.watcher = watcher;
    }

    public RunFigures run(RunStart run, int ratePerSecond, Duration duration, Duration drainTimeout)
            throws InterruptedException {
        int scheduled = (int) Math.max(1, Math.round(ratePerSecond * duration.toMillis() / 1000.0));
        double intervalNanos = 1e9 / ratePerSecond;
        long start = System.nanoTime() + START_DELAY.toNanos();
        // Async sends keep to the schedule, but bound the loop anyway should the client itself stall.
        long giveUpAt = start + duration.toNanos() * 2 + TimeUnit.SECONDS.toNanos(10);
        List<Pending> answers = new ArrayList<>(scheduled);
        long maxLag = 0;
        int i = 0;
        for (; i < scheduled; i++) {
            long due = start + Math.round(i * intervalNanos);
            long now = System.nanoTime();
            while (now < due) {
                LockSupport.parkNanos(due - now);
                now = System.nanoTime();
            }
            if (now > giveUpAt) {
                break;
            }
            maxLag = Math.max(maxLag, now - due);
            answers.add(new Pending(i, due, poster.postAsync(run.label(), i, due, bodies.body(i))));
        }
        List<Long> unsentDue = new ArrayList<>(scheduled - i);
        for (; i < scheduled; i++) {
            unsentDue.add(start + Math.round(i * intervalNanos));
        }
        List<SubmittedOrder> orders = collect(answers);
        return OrderTally.tally(run, ratePerSecond, 0, scheduled, orders, unsentDue, maxLag / 1e6, watcher,
                drainTimeout);
    }

    private static List<SubmittedOrder> collect(List<Pending> answers) throws InterruptedException {
        try {
            CompletableFuture.allOf(answers.stream().map(Pending::answer).toArray(CompletableFuture[]::new))
                    .get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the ones without an answer are counted below
        }
        List<SubmittedOrder> orders = new ArrayList<>(answers.size());
        for (Pending pending : answers) {
            CompletableFuture<SubmittedOrder> answer = pending.answer();
            orders.add(answer.isDone() && !answer.isCompletedExceptionally()
                    ? answer.join()
                    : new SubmittedOrder(pending.sequence(), pending.due(), pending.due(), System.nanoTime(), 0, null,
                            "no answer within " + ANSWER_TIMEOUT));
        }
        return orders;
    }

    private record Pending(long sequence, long due, CompletableFuture<SubmittedOrder> answer) {
    }
}
