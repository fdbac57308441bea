package io.lexroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadyLineTest {

    @Test
    void printsTheDocumentedLineAndReadsItBack() {
        ReadyLine ready = new ReadyLine("127.0.0.1:9092", Optional.of("jdbc:postgresql://127.0.0.1:15432/lexroute"));

        assertThat(ready.format())
                .isEqualTo("LOCAL-STACK READY kafka=127.0.0.1:9092 jdbc=jdbc:postgresql://127.0.0.1:15432/lexroute");
        assertThat(ReadyLine.parse(ready.format())).contains(ready);
    }

    @Test
    void withoutPostgresTheJdbcPartSaysNone() {
        ReadyLine ready = new ReadyLine("127.0.0.1:9092", Optional.empty());

        assertThat(ready.format()).isEqualTo("LOCAL-STACK READY kafka=127.0.0.1:9092 jdbc=none");
        assertThat(ReadyLine.parse(ready.format())).contains(ready);
    }

    @Test
    void ignoresOtherLines() {
        assertThat(ReadyLine.parse("12:00:00.000 [main] INFO LocalStack - Kafka ready")).isEmpty();
    }
}
