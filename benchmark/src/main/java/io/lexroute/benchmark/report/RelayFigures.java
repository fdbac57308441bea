package io.lexroute.benchmark.report;

import java.util.List;

/**
 * The raw relay: the same message sizes through four consume → produce hops with plain Kafka clients.
 *
 * @param messages          messages put on the first topic (while the primed first hop is held, so the producer is
 *                          not the limit)
 * @param delivered         messages that came out of the fourth hop in time
 * @param elapsedSeconds    from releasing the primed first hop until the last message came out
 * @param messagesPerSecond delivered / elapsedSeconds: messages through all four hops per second
 * @param prefillPerSecond  how fast one producer filled the first topic (acks=all), for comparison
 * @param kafkaOperationsPerMessage produces and consumes each delivered message took in that window, which is the
 *                          CPU sampling window too: a consume and a produce at each hop and the consume of the sink
 *                          that counts it (9 with four hops; the prefill's produce is before the window)
 * @param hops              what each hop consumes and produces
 * @param note              why the relay did not run or not all of it came out, or null
 * @param atRate            the same hops at a fixed rate, open loop, with each message's latency; null if not run
 */
public record RelayFigures(int messages, int delivered, double elapsedSeconds, double messagesPerSecond,
        double prefillPerSecond, int kafkaOperationsPerMessage, List<HopFigures> hops, String note,
        RelayLatency atRate) {

    public static RelayFigures notRun(String why) {
        return new RelayFigures(0, 0, 0, 0, 0, 0, List.of(), why, null);
    }

    public RelayFigures withLatency(RelayLatency latency) {
        return new RelayFigures(messages, delivered, elapsedSeconds, messagesPerSecond, prefillPerSecond,
                kafkaOperationsPerMessage, hops, note, latency);
    }

    /**
     * @param name            the LexRoute step this hop stands in for
     * @param meanValueBytes  mean size of the values it produces (real records of that topic)
     * @param meanHeaderBytes mean size of the headers it produces (the real CloudEvents headers)
     */
    public record HopFigures(String name, String from, String to, double meanValueBytes, double meanHeaderBytes) {
    }
}
