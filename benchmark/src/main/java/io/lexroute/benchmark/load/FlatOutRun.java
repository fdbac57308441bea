package io.lexroute.benchmark.load;

import io.lexroute.benchmark.kafka.TopicWatcher;
import io.lexroute.benchmark.report.RunFigures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * As many orders as a few concurrent clients can push: each client POSTs, waits for the 202, and POSTs the next,
 * until the count or the time limit is reached. Measures the most decided orders per second LexRoute sustains.
 */
public final class FlatOutRun {

    private static final Duration JOIN_MARGIN = Duration.ofSeconds(45);

    private final OrderPoster poster;
    private final OrderBodies bodies;
    private final TopicWatcher watcher;

    public FlatOutRun(OrderPoster poster, OrderBodies bodies, TopicWatcher watcher) {
        this.poster = poster;
        this.bodies = bodies;
        this.watcher = watcher;
    }

    public RunFigures run(RunStart start, int orders, int clients, Duration limit, Duration drainTimeout)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<SubmittedOrder> submitted = new ConcurrentLinkedQueue<>();
        long stopAt = System.nanoTime() + limit.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < orders && System.nanoTime() < stopAt;
                        i = next.getAndIncrement()) {
                    submitted.add(poster.post(start.label(), i, bodies.body(i)));
                }
            }, start.label() + "-client-" + c);
            client.setDaemon(true);
            client.start();
            threads.add(client);
        }
        long joinDeadline = System.nanoTime() + limit.toNanos() + JOIN_MARGIN.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
        }
        // Orders not sent within the limit had no send time: counted as unsent, not in the latencies (closed loop).
        return OrderTally.tally(start, 0, clients, orders, List.copyOf(submitted), List.of(), 0, watcher,
                drainTimeout);
    }
}
