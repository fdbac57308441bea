package io.lexroute.benchmark.kafka;

import java.util.List;
import org.apache.kafka.common.header.Header;

/** A real record's value and headers, replayed by the raw relay so that it moves the same bytes as LexRoute. */
public record RecordSample(byte[] value, List<Header> headers) {

    public int valueBytes() {
        return value == null ? 0 : value.length;
    }

    /** Header names plus values, the bytes a header adds to a record on the wire (give or take varints). */
    public int headerBytes() {
        return headers.stream().mapToInt(header -> header.key().length()
                + (header.value() == null ? 0 : header.value().length)).sum();
    }
}
