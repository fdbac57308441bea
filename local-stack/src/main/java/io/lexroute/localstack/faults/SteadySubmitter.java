package io.lexroute.localstack.faults;

import io.lexroute.localstack.demo.OrderClient;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Submits a run's orders on a steady schedule, open loop: order {@code i} is due at {@code start + i / rate} and is
 * handed to a worker then, whatever became of the orders before it, so a stalled intake does not slow the schedule.
 * A POST that fails because intake is down or unwell (no connection, 5xx) is retried with the same Idempotency-Key,
 * which answers with the same order if the first attempt was stored: an order counts as accepted only on its 202.
 */
final class SteadySubmitter {

    private static final int WORKERS = 16;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    /** OrderClient reports a non-2xx answer as "POST <uri> answered <status>: <body>". */
    private static final Pattern SERVER_ERROR = Pattern.compile(".* answered 5\\d\\d(:.*)?", Pattern.DOTALL);

    private final OrderClient client;
    private final FaultRunOrders orders;
    private final int count;
    private final double ratePerSecond;
    private final Duration giveUpAfter;
    private final Queue<AcceptedOrder> accepted = new ConcurrentLinkedQueue<>();
    private final Map<String, String> notAccepted = new ConcurrentHashMap<>();

    SteadySubmitter(OrderClient client, FaultRunOrders orders, int count, double ratePerSecond, Duration giveUpAfter) {
        this.client = client;
        this.orders = orders;
        this.count = count;
        this.ratePerSecond = ratePerSecond;
        this.giveUpAfter = giveUpAfter;
    }

    /** Submits every order, the first due at {@code start}, and returns once each is accepted or given up. */
    Submissions run(Instant start) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "fault-run-submitter");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < count; i++) {
                Instant due = start.plusNanos(Math.round(i * 1e9 / ratePerSecond));
                Times.sleepUntil(due);
                int index = i;
                workers.execute(() -> submit(index, due));
            }
            workers.shutdown();
            while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                // Orders still being retried while intake is down; each gives up after giveUpAfter.
            }
        } finally {
            workers.shutdownNow();
        }
        return submissions();
    }

    /** The orders accepted so far. */
    int acceptedCount() {
        return accepted.size();
    }

    Submissions submissions() {
        return new Submissions(accepted.stream().toList(), notAccepted);
    }

    private void submit(int index, Instant due) {
        String key = orders.idempotencyKey(index);
        Instant giveUpAt = due.plus(giveUpAfter);
        for (int attempt = 1; ; attempt++) {
            try {
                String orderId = client.submit(orders.body(index), key);
                accepted.add(new AcceptedOrder(orderId, key, orders.exampleCase(index).id(), due, Instant.now(),
                        attempt));
                return;
            } catch (IOException | RuntimeException e) {
                if (!retryable(e) || Instant.now().isAfter(giveUpAt)) {
                    notAccepted.put(key, "after " + attempt + " attempts: " + e);
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                notAccepted.put(key, "interrupted after " + attempt + " attempts");
                return;
            }
            if (!pause()) {
                notAccepted.put(key, "interrupted after " + attempt + " attempts");
                return;
            }
        }
    }

    private static boolean retryable(Exception e) {
        return e instanceof IOException
                || e instanceof IllegalStateException && e.getMessage() != null
                        && SERVER_ERROR.matcher(e.getMessage()).matches();
    }

    private static boolean pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
