package io.lexroute.testsupport;

/** Where a test JVM gets a piece of its infrastructure from, in order of preference. */
enum InfrastructureSource {

    ENVIRONMENT("the environment"),
    TESTCONTAINERS("Testcontainers"),
    LOCAL_STACK("the local stack");

    private final String label;

    InfrastructureSource(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
