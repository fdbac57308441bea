package io.lexroute.intake.service;

import io.lexroute.contracts.OrderStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * lexroute_orders{status} (orders in the read-model by status) and lexroute_order_decision_latency (from receipt to
 * the first decision applied here).
 */
@ApplicationScoped
public class IntakeMetrics {

    private final MeterRegistry registry;
    private final OrderStatusCounts counts;
    private final Timer decisionLatency;

    public IntakeMetrics(MeterRegistry registry, OrderStatusCounts counts) {
        this.registry = registry;
        this.counts = counts;
        decisionLatency = Timer.builder("lexroute.order.decision.latency")
                .description("Time from an order's receipt to its first decision")
                .register(registry);
    }

    /** The gauges exist from the start, not from the first order this instance handles. */
    void registerGauges(@Observes StartupEvent startup) {
        for (OrderStatus status : OrderStatus.values()) {
            Gauge.builder("lexroute.orders", counts, c -> c.count(status))
                    .description("Orders in the request-intake read-model, by status")
                    .tag("status", status.name())
                    .strongReference(true)
                    .register(registry);
        }
    }

    public void firstDecision(Duration sinceReceipt) {
        decisionLatency.record(sinceReceipt);
    }
}
