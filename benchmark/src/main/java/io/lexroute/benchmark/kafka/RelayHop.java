package io.lexroute.benchmark.kafka;

import java.util.List;

/**
 * One consume → produce step of the raw relay, standing in for a LexRoute step.
 *
 * @param name   the step it stands in for, e.g. "jurisdiction-resolver"
 * @param output the real records that step produced; the hop produces the same bytes, one after the other
 */
public record RelayHop(String name, List<RecordSample> output) {

    public RelayHop {
        if (output.isEmpty()) {
            throw new IllegalArgumentException("relay hop " + name + " has no record to replay");
        }
        output = List.copyOf(output);
    }

    RecordSample record(long sequence) {
        return output.get((int) (sequence % output.size()));
    }

    double meanValueBytes() {
        return output.stream().mapToInt(RecordSample::valueBytes).average().orElse(0);
    }

    double meanHeaderBytes() {
        return output.stream().mapToInt(RecordSample::headerBytes).average().orElse(0);
    }
}
