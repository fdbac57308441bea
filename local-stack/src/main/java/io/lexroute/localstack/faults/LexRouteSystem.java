package io.lexroute.localstack.faults;

import io.lexroute.localstack.LexRouteDatabase;
import io.lexroute.localstack.LocalStackProcess;
import io.lexroute.localstack.demo.OrderClient;
import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.RunningServices;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A whole LexRoute of its own for a fault run: Kafka and PostgreSQL in a child JVM (the local stack, so that the
 * broker can be restarted) and the four services as they ship, all on free ports, all stopped by {@link #close()}.
 */
public final class LexRouteSystem implements AutoCloseable {

    private final LocalStackProcess stack;
    private final RunningServices services;
    private final Duration readyTimeout;

    private LexRouteSystem(LocalStackProcess stack, RunningServices services, Duration readyTimeout) {
        this.stack = stack;
        this.services = services;
        this.readyTimeout = readyTimeout;
    }

    /**
     * Starts everything (the services after their migration steps) and returns once every service is ready; the
     * services log into {@code logDir}.
     */
    public static LexRouteSystem start(Path projectDir, Path logDir, Duration readyTimeout)
            throws IOException, InterruptedException {
        LocalStackProcess stack = LocalStackProcess.start();
        try {
            RunningServices.migrate(projectDir, stack.bootstrapServers(), stack.jdbcUrl().orElseThrow(),
                    LexRouteDatabase.OWNER, LexRouteDatabase.RUNTIME, logDir, readyTimeout);
            RunningServices services = RunningServices.start(projectDir, stack.bootstrapServers(),
                    stack.jdbcUrl().orElseThrow(), logDir, false, readyTimeout);
            return new LexRouteSystem(stack, services, readyTimeout);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Breaks {@code target} and returns once it serves again. */
    void inject(FaultTarget target) throws IOException, InterruptedException {
        Optional<LexRouteService> service = target.service();
        if (service.isPresent()) {
            services.crashAndRestart(service.get(), Map.of(), readyTimeout);
        } else {
            stack.restartKafka(readyTimeout);
        }
    }

    public OrderClient orderClient() {
        return new OrderClient(services.uri(LexRouteService.REQUEST_INTAKE),
                services.uri(LexRouteService.DATA_LOCATOR));
    }

    public String kafkaBootstrapServers() {
        return stack.bootstrapServers();
    }

    public String jdbcUrl() {
        return stack.jdbcUrl().orElseThrow();
    }

    /** Stops the services before the broker and database they depend on. */
    @Override
    public void close() {
        try {
            services.close();
        } finally {
            stack.close();
        }
    }
}
