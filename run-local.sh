#!/usr/bin/env bash
# Runs LexRoute on this machine with nothing but a JDK: builds it if needed, starts a real Kafka broker (KRaft, from
# its Maven Central jars) and a real PostgreSQL (embedded-postgres binaries), the four services on ports 8081-8084,
# submits the seed's two stories, prints their outcomes and the URLs, and stays up until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"

jars=(local-stack/target/local-stack.jar
      request-intake/target/quarkus-app/quarkus-run.jar
      jurisdiction-resolver/target/quarkus-app/quarkus-run.jar
      data-locator/target/quarkus-app/quarkus-run.jar
      response-gateway/target/quarkus-app/quarkus-run.jar)

# True when a runnable jar is missing or older than any main source, resource or pom.
needs_build() {
    for jar in "${jars[@]}"; do
        [ -f "$jar" ] || return 0
        [ -z "$(find . -path ./.git -prune -o -path ./benchmark -prune -o \( -path '*/src/main/*' -o -name pom.xml \) \
            -type f -newer "$jar" -print -quit)" ] || return 0
    done
    return 1
}

if needs_build; then
    echo "Building LexRoute (first run takes a few minutes)..."
    ./mvnw -B -q install -DskipTests
fi
exec java -cp local-stack/target/local-stack.jar io.lexroute.localstack.LocalRun "$@"
