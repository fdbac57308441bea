package io.lexroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    @Test
    void defaultsMatchTheDocumentedOnes() {
        LocalStackOptions options = LocalStackOptions.parse();

        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.kafkaControllerPort()).isZero();
        assertThat(options.postgresPort()).isEqualTo(15432);
        assertThat(options.workDir()).isEqualTo(Path.of(".local-stack"));
        assertThat(options.startPostgres()).isTrue();
        assertThat(options.exitWithParent()).isFalse();
    }

    @Test
    void readsEveryOption() {
        LocalStackOptions options = LocalStackOptions.parse(
                "--kafka-port", "0", "--kafka-controller-port", "29093", "--postgres-port", "25432",
                "--work-dir", "/tmp/stack", "--no-postgres", "--exit-with-parent");

        assertThat(options).isEqualTo(new LocalStackOptions(0, 29093, 25432, Path.of("/tmp/stack"), false, true));
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndBadPorts() {
        assertThatThrownBy(() -> LocalStackOptions.parse("--kafka")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> LocalStackOptions.parse("--kafka-port")).hasMessageContaining("Missing value");
        assertThatThrownBy(() -> LocalStackOptions.parse("--postgres-port", "x")).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> LocalStackOptions.parse("--kafka-port", "70000")).hasMessageContaining("between 0 and 65535");
    }

    @Test
    void theUsageNamesTheCommandThatTakesTheOptionsAndEachOption() {
        assertThat(LocalStackOptions.usage("./run-local.sh"))
                .startsWith("Usage: ./run-local.sh [options]")
                .contains("--kafka-port", "--kafka-controller-port", "--postgres-port", "--work-dir", "--no-postgres",
                        "--exit-with-parent");
        assertThat(LocalStackOptions.USAGE).startsWith("Usage: java -jar local-stack.jar [options]");
    }
}
