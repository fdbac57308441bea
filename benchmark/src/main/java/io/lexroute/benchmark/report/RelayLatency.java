package io.lexroute.benchmark.report;

/**
 * A relay run at a fixed rate, open loop: each message's latency from when it was due until it came out of the last
 * hop. The schedule starts once the hops are primed (they and the sending producer ready).
 *
 * @param ratePerSecond messages sent into the first topic per second
 * @param sent          messages sent
 * @param delivered     messages that came out of the last hop in time
 * @param latency       of the delivered messages (the undelivered ones are not in it)
 * @param note          why fewer came out than were sent, or null
 */
public record RelayLatency(int ratePerSecond, int sent, int delivered, LatencyFigures latency, String note) {
}
