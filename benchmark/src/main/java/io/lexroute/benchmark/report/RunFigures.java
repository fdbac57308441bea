package io.lexroute.benchmark.report;

import java.util.List;
import java.util.Map;

/**
 * The figures of one run of orders through LexRoute.
 *
 * @param label               "rate-50", "flat-out", ...
 * @param offeredPerSecond    the constant rate asked for; 0 for the flat-out run
 * @param clients             concurrent HTTP clients of the flat-out run; 0 for a constant-rate run (open loop)
 * @param backlogAtStart      orders of earlier runs still undecided when this run started (0 unless an earlier run
 *                            was cut short; then this run's figures include queueing behind them)
 * @param latencyMeasuredFrom what each order's latency is measured from
 * @param scheduled           orders the run meant to send
 * @param sent                orders actually sent (fewer when a time bound cut the run short)
 * @param unsent              orders scheduled but never sent: the run's time bound came first
 * @param accepted            POSTs answered 2xx with an order id
 * @param rejected            POSTs answered with another status
 * @param failed              POSTs without an answer (connection refused, timeout)
 * @param decided             accepted orders whose order.decided record was seen
 * @param undecided           accepted orders still undecided when the run stopped waiting
 * @param sentPerSecond       the rate the orders actually went out at
 * @param acceptedPerSecond   accepted orders over the time from the first POST to the last answer
 * @param decidedPerSecond    decided orders after the first over the time from the first (intended) POST to the last
 *                            decision seen: the intervals between orders over the time they span, so that it is the
 *                            offered rate (less the last order's latency) while LexRoute keeps up
 * @param maxSendLagMs        how late the sender was against its schedule at worst (constant-rate runs)
 * @param decisionLatency     POST → order.decided seen; every order the run meant to send is in it: an undecided,
 *                            rejected, failed or (constant-rate runs) unsent one with the time from its intended send
 *                            until the run stopped waiting, a lower bound
 * @param postLatency         POST → 202 answer
 * @param stages              time between an order's appearances on consecutive topics, by step
 * @param sampleErrors        a few of the distinct failures, if any
 */
public record RunFigures(
        String label,
        double offeredPerSecond,
        int clients,
        int backlogAtStart,
        String latencyMeasuredFrom,
        int scheduled,
        int sent,
        int unsent,
        int accepted,
        int rejected,
        int failed,
        int decided,
        int undecided,
        double sentPerSecond,
        double acceptedPerSecond,
        double decidedPerSecond,
        double maxSendLagMs,
        LatencyFigures decisionLatency,
        LatencyFigures postLatency,
        Map<String, LatencyFigures> stages,
        List<String> sampleErrors) {

    /**
     * Whether LexRoute kept up with the offered rate: every order sent, accepted and decided, at 80 % of the rate or
     * more. (decided/s counts the last order's latency into the window, so even a run that keeps up stays a little
     * below 100 %.)
     */
    public boolean keptUp() {
        return allDecided() && decidedPerSecond >= 0.8 * offeredPerSecond;
    }

    /** Whether every order the run meant to send was sent, accepted and decided. */
    public boolean allDecided() {
        return unsent == 0 && rejected == 0 && failed == 0 && undecided == 0;
    }
}
