package io.lexroute.localstack.faults;

import io.lexroute.localstack.services.LexRouteService;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a fault run can break: a service (SIGKILL, then a restart) or the Kafka broker (a restart). */
public enum FaultTarget {
    REQUEST_INTAKE(LexRouteService.REQUEST_INTAKE),
    JURISDICTION_RESOLVER(LexRouteService.JURISDICTION_RESOLVER),
    DATA_LOCATOR(LexRouteService.DATA_LOCATOR),
    RESPONSE_GATEWAY(LexRouteService.RESPONSE_GATEWAY),
    KAFKA(null);

    private final LexRouteService service;

    FaultTarget(LexRouteService service) {
        this.service = service;
    }

    /** The service to kill; empty for the broker. */
    public Optional<LexRouteService> service() {
        return Optional.ofNullable(service);
    }

    /** As on the command line: the module name, or {@code kafka}. */
    public String label() {
        return service == null ? "kafka" : service.module();
    }

    /** What happens to the target, for the report. */
    public String action() {
        return service == null ? "broker restart" : "SIGKILL + restart";
    }

    public static FaultTarget parse(String label) {
        return Arrays.stream(values())
                .filter(target -> target.label().equals(label.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown fault target " + label + "; one of "
                        + Arrays.stream(values()).map(FaultTarget::label).collect(Collectors.joining(", "))));
    }
}
