package io.lexroute.benchmark.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes results.json, summary.txt and chart.html into the output folder. */
public final class ResultsWriter {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new SimpleModule().addSerializer(Double.class, new RoundedDouble())
                    .addSerializer(double.class, new RoundedDouble()))
            .build();

    private ResultsWriter() {
    }

    /** Writes the three files and returns the summary text. */
    public static String write(BenchmarkResults results, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        JSON.writeValue(outDir.resolve("results.json").toFile(), results);
        String summary = SummaryText.of(results);
        Files.writeString(outDir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve("chart.html"), ChartHtml.of(results), StandardCharsets.UTF_8);
        return summary;
    }

    /**
     * Three decimals (four significant digits below 1, e.g. the LexRoute / relay ratio) are more than the
     * measurements are worth; more would only be noise in a committed file.
     */
    private static final class RoundedDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                generator.writeNull();
            } else {
                BigDecimal exact = BigDecimal.valueOf(value);
                BigDecimal rounded = Math.abs(value) >= 1
                        ? exact.setScale(3, RoundingMode.HALF_UP)
                        : exact.round(new MathContext(4, RoundingMode.HALF_UP));
                generator.writeNumber(rounded.stripTrailingZeros());
            }
        }
    }
}
