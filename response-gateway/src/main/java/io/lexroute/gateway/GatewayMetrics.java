package io.lexroute.gateway;

import io.lexroute.contracts.Decision;
import io.lexroute.contracts.Decision.CategoryOutcome;
import io.lexroute.contracts.Ground;
import io.lexroute.outbox.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Gauges of the work that waits on someone, read from the database at each scrape (so they are right whichever
 * instance did the work): open and overdue release tasks, unconfirmed preservation tasks, pending holds, pending
 * legal reviews, discarded packages whose bytes are still kept.
 */
@ApplicationScoped
public class GatewayMetrics {

    private static final Logger LOG = Logger.getLogger(GatewayMetrics.class);

    private final MeterRegistry registry;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<OutcomeTags, Counter> outcomeCounters = new ConcurrentHashMap<>();

    public GatewayMetrics(MeterRegistry registry, DataSource dataSource,
            TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    void register(@Observes StartupEvent startup) {
        gauge("lexroute.gateway.release.tasks.open", "Release tasks waiting for the provider",
                "select count(*) from release_task where status = 'OPEN'");
        gauge("lexroute.gateway.release.tasks.overdue", "Open release tasks past the order's answer deadline",
                "select count(*) from release_task where status = 'OPEN' and deadline < now()");
        gauge("lexroute.gateway.preservation.tasks.open", "Preservation tasks the provider has not confirmed",
                "select count(*) from preservation_task where status = 'OPEN'");
        gauge("lexroute.gateway.holds.pending", "Notification windows not yet released: held outcomes waiting for"
                + " their window and the release grace after it to end, or an objection, and outcomes in review whose"
                + " notified State may still object",
                "select count(*) from hold_timer where state = 'PENDING'");
        gauge("lexroute.gateway.reviews.pending", "Outcomes waiting for a legal reviewer",
                "select count(*) from legal_review where status = 'PENDING'");
        gauge("lexroute.gateway.discarded.packages.bytes.kept", "Discarded packages whose bytes are not known to be "
                + "deleted from the package directory yet: they must never reach the issuing authority",
                "select count(*) from data_package where discarded_at is not null and bytes_deleted_at is null");
        ageGauge("lexroute.gateway.reviews.oldest.pending.age", "How long the oldest pending legal review has waited",
                "select extract(epoch from now() - min(created_at)) from legal_review where status = 'PENDING'");
        ageGauge("lexroute.gateway.preservation.tasks.oldest.open.age",
                "How long the oldest unconfirmed preservation task has waited for the provider",
                "select extract(epoch from now() - min(created_at)) from preservation_task where status = 'OPEN'");
    }

    /**
     * Counts the category outcomes of a decision revision published in the caller's transaction, once it commits, in
     * lexroute_outcomes_total{outcome,code}: once per ground code the outcome gives, or with code "none" when it gives
     * no ground. A transaction that rolls back (a poll applied again record by record, a retry, a failed request)
     * counts nothing.
     */
    public void outcomesPublished(Decision decision) {
        if (decision == null || decision.outcomes() == null) {
            return;
        }
        AfterCommit.run(transactions, () -> count(decision));
    }

    private void count(Decision decision) {
        for (CategoryOutcome outcome : decision.outcomes()) {
            String name = String.valueOf(outcome.outcome());
            if (outcome.grounds() == null || outcome.grounds().isEmpty()) {
                outcomeCounter(name, "none").increment();
                continue;
            }
            for (Ground ground : outcome.grounds()) {
                outcomeCounter(name, ground.code() == null ? "none" : ground.code()).increment();
            }
        }
    }

    // Kept once built: registering again finds the same counter, but only after building its id and searching every
    // registry of the composite, for each ground of each decision.
    private Counter outcomeCounter(String outcome, String code) {
        return outcomeCounters.computeIfAbsent(new OutcomeTags(outcome, code),
                tags -> Counter.builder("lexroute.outcomes")
                        .description("Category outcomes of published decision revisions, by outcome and ground code")
                        .tag("outcome", tags.outcome())
                        .tag("code", tags.code())
                        .register(registry));
    }

    private record OutcomeTags(String outcome, String code) {
    }

    private void gauge(String name, String description, String countQuery) {
        Gauge.builder(name, () -> number(countQuery)).description(description).register(registry);
    }

    /** Seconds since the oldest entry a query finds began to wait; 0 when none waits. */
    private void ageGauge(String name, String description, String secondsQuery) {
        Gauge.builder(name, () -> number(secondsQuery)).description(description).baseUnit("seconds")
                .register(registry);
    }

    /** The query's one number; 0 for SQL null (nothing to count the age of). */
    private double number(String query) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getDouble(1);
        } catch (SQLException e) {
            LOG.debugf("Metric query failed: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
