package io.lexroute.benchmark.stack;

import io.lexroute.localstack.services.LexRouteService;
import io.lexroute.localstack.services.ServiceProcess;
import java.time.Duration;
import java.util.Optional;

/**
 * A service JVM of the benchmark and how long it took to start.
 *
 * @param readyIn          from launching the JVM until /q/health/ready answered 200
 * @param quarkusStartedIn what Quarkus itself logged as its start time ("started in 1.234s"), if it did
 */
public record StartedService(LexRouteService service, ServiceProcess process, Duration readyIn,
        Optional<Duration> quarkusStartedIn) {

    public String name() {
        return service.module();
    }

    public long pid() {
        return process.pid();
    }
}
