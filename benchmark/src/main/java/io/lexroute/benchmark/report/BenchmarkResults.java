package io.lexroute.benchmark.report;

import io.lexroute.benchmark.resources.ResourceUsage;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured; written as results.json.
 *
 * @param infrastructureUnderLoad the broker's JVM, PostgreSQL and the load generator during the flat-out run
 * @param infrastructureInRelay   the same during the raw relay (the services are stopped by then)
 * @param usageByRate             every watched process group (services included) during each constant-rate run, by
 *                                the run's label
 * @param recordSizes             sizes of the real records per topic, as the relay replays them
 * @param schemaChecks            per topic, what mapping a real value and checking it against its schema cost here
 * @param outboxRelay             the same relay with each hop through its inbox and outbox in PostgreSQL
 * @param infrastructureInOutboxRelay the broker, PostgreSQL and the load generator during that relay
 * @param lexRouteToRelayRatio    flat-out decided orders/s over raw-relay messages/s, null without both
 * @param maxConsumerLag          largest lag per consumer group and topic during the flat-out run
 * @param notes                   what was not run or not measured, and why
 */
public record BenchmarkResults(
        RunConditions conditions,
        List<ServiceFigures> services,
        Map<String, ResourceUsage> infrastructureUnderLoad,
        Map<String, ResourceUsage> infrastructureInRelay,
        Map<String, Map<String, ResourceUsage>> usageByRate,
        Map<String, RecordSizes> recordSizes,
        Map<String, SchemaCheckFigures> schemaChecks,
        RunFigures warmup,
        List<RunFigures> rates,
        RunFigures flatOut,
        RelayFigures relay,
        RelayFigures outboxRelay,
        Map<String, ResourceUsage> infrastructureInOutboxRelay,
        Double lexRouteToRelayRatio,
        Map<String, Long> maxConsumerLag,
        List<TargetCheck> targets,
        List<String> notes) {
}
