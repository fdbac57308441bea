package io.lexroute.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The relay's one thread publishes every event of its service: no failure may end it. A database that throws an
 * Error once (as an OutOfMemoryError would surface) and is away after that must find the relay still trying.
 */
class OutboxRelayFailureTest {

    @Test
    void anErrorDoesNotEndTheRelay() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        DataSource database = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (attempts.incrementAndGet() == 1) {
                        throw new OutOfMemoryError("thrown by the test");
                    }
                    throw new SQLException("the database is away (test)", "08001");
                });
        OutboxRelay relay = new OutboxRelay(database,
                new TestOutboxConfig(Duration.ofMillis(10), 10, "outbox-relay-failure-test"),
                Map.of("bootstrap.servers", "127.0.0.1:1"), new OutboxMetrics(new SimpleMeterRegistry()),
                new OrderTracing(OpenTelemetry.noop()));

        relay.start(null);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (attempts.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThat(attempts.get()).as("attempts to reach the database after the error").isGreaterThanOrEqualTo(3);
            assertThat(relay.stoppedWhileRunning()).isFalse();
            assertThat(relay.failingSince()).isPresent();
        } finally {
            relay.stop(null);
        }
    }
}
