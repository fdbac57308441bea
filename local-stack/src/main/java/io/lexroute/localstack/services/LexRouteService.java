package io.lexroute.localstack.services;

import java.nio.file.Path;

/** The four services, their default ports and where Maven builds their runnable form. */
public enum LexRouteService {
    REQUEST_INTAKE("request-intake", 8081),
    JURISDICTION_RESOLVER("jurisdiction-resolver", 8082),
    DATA_LOCATOR("data-locator", 8083),
    RESPONSE_GATEWAY("response-gateway", 8084);

    private final String module;
    private final int defaultPort;

    LexRouteService(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public Path runnableJar(Path projectDir) {
        return projectDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
