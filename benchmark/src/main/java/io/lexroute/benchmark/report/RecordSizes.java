package io.lexroute.benchmark.report;

import io.lexroute.benchmark.kafka.RecordSample;
import java.util.IntSummaryStatistics;
import java.util.List;

/** Sizes of the real records seen on one topic (what the relay replays). */
public record RecordSizes(int samples, double meanValueBytes, int minValueBytes, int maxValueBytes,
        double meanHeaderBytes) {

    public static RecordSizes of(List<RecordSample> samples) {
        IntSummaryStatistics values = samples.stream().mapToInt(RecordSample::valueBytes).summaryStatistics();
        double headers = samples.stream().mapToInt(RecordSample::headerBytes).average().orElse(0);
        return samples.isEmpty()
                ? new RecordSizes(0, 0, 0, 0, 0)
                : new RecordSizes(samples.size(), values.getAverage(), values.getMin(), values.getMax(), headers);
    }
}
