#!/usr/bin/env bash
# Benchmarks LexRoute on this machine (see benchmark/README.md): builds what is missing or out of date, starts a real
# Kafka, a real PostgreSQL and the four services on 127.0.0.1, measures, and writes benchmark/results/.
# Options are passed to the benchmark; ./benchmark/run-benchmark.sh --help lists them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

runnable=(local-stack/target/local-stack.jar
          request-intake/target/quarkus-app/quarkus-run.jar
          jurisdiction-resolver/target/quarkus-app/quarkus-run.jar
          data-locator/target/quarkus-app/quarkus-run.jar
          response-gateway/target/quarkus-app/quarkus-run.jar)

newer_main_source() {
    find . -path ./.git -prune -o -path ./benchmark -prune -o -path '*/src/main/*' -type f \
        \( -name '*.java' -o -name '*.properties' -o -name '*.sql' -o -name '*.json' \) -newer "$1" -print -quit
}

newer_pom() {
    find . -maxdepth 2 -name pom.xml -not -path ./benchmark/pom.xml -newer "$1" -print -quit
}

# True when a runnable jar is missing or older than any main source or pom: the figures must not be those of stale code.
project_needs_build() {
    for jar in "${runnable[@]}"; do
        [ -f "$jar" ] || return 0
        [ -z "$(newer_main_source "$jar")" ] || return 0
        [ -z "$(newer_pom "$jar")" ] || return 0
    done
    return 1
}

benchmark_needs_build() {
    [ ! -f benchmark/target/benchmark.jar ] \
        || [ -n "$(find benchmark/src benchmark/pom.xml -newer benchmark/target/benchmark.jar -print -quit)" ]
}

rebuilt=false
if project_needs_build; then
    echo "==> Building LexRoute (./mvnw install -DskipTests; the first build takes a few minutes)"
    ./mvnw -B -q install -DskipTests
    rebuilt=true
fi
# After a project build too: target/lib holds copies of local-stack and event-contracts.
if $rebuilt || benchmark_needs_build; then
    echo "==> Building the benchmark"
    ./mvnw -B -q -f benchmark/pom.xml package
fi
exec java -Xmx512m -Dlexroute.project.dir="$root" -jar benchmark/target/benchmark.jar "$@"
