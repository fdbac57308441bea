package io.lexroute.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void theReasonIsTheMessageOnOneLine() {
        assertThat(CommandLine.reason(new IllegalStateException("Port 9092 cannot be used\n  (in use)")))
                .isEqualTo("Port 9092 cannot be used (in use)");
    }

    @Test
    void theRootCauseIsAddedWhenTheMessageDoesNotSayIt() {
        IOException root = new BindException("Address already in use");

        assertThat(CommandLine.reason(new UncheckedIOException("PostgreSQL did not start on port 15432",
                new IOException("initdb failed", root))))
                .isEqualTo("PostgreSQL did not start on port 15432 (Address already in use)");
        assertThat(CommandLine.reason(new IllegalStateException(root))).isEqualTo("java.net.BindException: "
                + "Address already in use");
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsType() {
        assertThat(CommandLine.reason(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
