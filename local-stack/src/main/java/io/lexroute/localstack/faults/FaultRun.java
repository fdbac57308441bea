package io.lexroute.localstack.faults;

import io.lexroute.localstack.demo.ExampleCase;
import io.lexroute.localstack.demo.OrderClient;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One fault run against a running LexRoute: orders go in at a steady rate while the faults are injected, then the
 * run waits until every accepted order is decided (or the drain timeout passes) and checks each one in intake's
 * database, gateway's database and on order.decided.
 */
public final class FaultRun {

    private static final Duration START_DELAY = Duration.ofSeconds(1);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);
    /** How long a submit is retried while intake does not answer, from the order's due time. */
    private static final Duration GIVE_UP_SUBMIT_AFTER = Duration.ofMinutes(3);

    private final LexRouteSystem system;
    private final FaultRunOptions options;
    private final Consumer<String> progress;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final FaultRunOrders orders = new FaultRunOrders(runId);

    public FaultRun(LexRouteSystem system, FaultRunOptions options, Consumer<String> progress) {
        this.system = system;
        this.options = options;
        this.progress = progress;
    }

    public FaultRunReport run() throws IOException, InterruptedException, SQLException {
        OrderClient client = system.orderClient();
        for (ExampleCase exampleCase : orders.cases()) {
            client.putCatalog(exampleCase);
        }
        try (DecisionLog decisions = DecisionLog.follow(system.kafkaBootstrapServers())) {
            Instant start = Instant.now().plus(START_DELAY);
            progress.accept(String.format("Run %s: %d orders at %.1f/s (about %d s), faults: %s", runId,
                    options.orders(), options.ratePerSecond(), options.submitPeriod().toSeconds(),
                    options.faults().stream().map(FaultTarget::label).collect(Collectors.joining(", "))));
            FaultInjector injector = FaultInjector.start(system, options, start, progress);
            SteadySubmitter submitter = new SteadySubmitter(client, orders, options.orders(),
                    options.ratePerSecond(), GIVE_UP_SUBMIT_AFTER);
            Submissions submissions = submitWithProgress(submitter, start, decisions);
            List<InjectedFault> faults = injector.awaitAll();
            Set<String> acceptedIds = submissions.accepted().stream().map(AcceptedOrder::orderId)
                    .collect(Collectors.toSet());
            Instant deadline = Instant.now().plus(options.drainTimeout());
            awaitDecided(decisions, acceptedIds, deadline);
            DatabaseFacts database = awaitDatabases(submissions, decisions, acceptedIds, deadline);
            return new FaultRunReport(runId, options, start, submissions, database.storedWithout(acceptedIds),
                    Verdict.of(submissions.accepted(), decisions::records, database),
                    new FaultRunReport.Records(decisions.unreadable(),
                            DeadLetters.count(system.kafkaBootstrapServers())), faults);
        }
    }

    private Submissions submitWithProgress(SteadySubmitter submitter, Instant start, DecisionLog decisions)
            throws InterruptedException {
        Thread reporter = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(PROGRESS_EVERY.toMillis());
                    progress.accept(String.format("+%.0f s: %d accepted, %d decided", Times.seconds(
                            Duration.between(start, Instant.now())), submitter.acceptedCount(),
                            decisions.decidedAmong(submitter.submissions().accepted().stream()
                                    .map(AcceptedOrder::orderId).toList())));
                }
            } catch (InterruptedException stopped) {
                // Submitting is over.
            }
        }, "fault-run-progress");
        reporter.setDaemon(true);
        reporter.start();
        try {
            return submitter.run(start);
        } finally {
            reporter.interrupt();
        }
    }

    private void awaitDecided(DecisionLog decisions, Set<String> acceptedIds, Instant deadline)
            throws InterruptedException {
        Instant nextProgress = Instant.now().plus(PROGRESS_EVERY);
        long decided = decisions.decidedAmong(acceptedIds);
        while (decided < acceptedIds.size() && Instant.now().isBefore(deadline)) {
            if (Instant.now().isAfter(nextProgress)) {
                progress.accept(String.format("draining: %d of %d accepted orders decided", decided,
                        acceptedIds.size()));
                nextProgress = Instant.now().plus(PROGRESS_EVERY);
            }
            Thread.sleep(CHECK_EVERY.toMillis());
            decided = decisions.decidedAmong(acceptedIds);
        }
        progress.accept(String.format("%d of %d accepted orders decided on order.decided", decided,
                acceptedIds.size()));
    }

    /** Intake records a decision when it consumes order.decided, a moment after the topic has it. */
    private DatabaseFacts awaitDatabases(Submissions submissions, DecisionLog decisions, Set<String> acceptedIds,
            Instant deadline) throws SQLException, InterruptedException {
        DatabaseFacts database = DatabaseFacts.read(system.jdbcUrl(), orders.idempotencyKeyPrefix(), acceptedIds);
        while (!Verdict.of(submissions.accepted(), decisions::records, database).lost().isEmpty()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(CHECK_EVERY.toMillis());
            database = DatabaseFacts.read(system.jdbcUrl(), orders.idempotencyKeyPrefix(), acceptedIds);
        }
        return database;
    }
}
