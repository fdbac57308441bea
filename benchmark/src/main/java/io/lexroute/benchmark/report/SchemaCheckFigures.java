package io.lexroute.benchmark.report;

/**
 * A consumer's work on a topic's real record values before it applies one, in the benchmark's JVM.
 *
 * @param samples        how many real values were timed, round after round
 * @param meanValueBytes their mean size
 * @param mapMicros      mean microseconds to read a value's JSON and map it to its event
 * @param checkMicros    mean microseconds the check against the topic's JSON Schema adds to that
 */
public record SchemaCheckFigures(int samples, double meanValueBytes, double mapMicros, double checkMicros) {
}
