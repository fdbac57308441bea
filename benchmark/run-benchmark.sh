#!/usr/bin/env bash
# Benchmarks LexRoute on this machine (see benchmark/README.md): builds what is missing or out of date, starts a real
# Kafka, a real PostgreSQL and the four services on 127.0.0.1, measures, and writes benchmark/results/.
# Options are passed to the benchmark; ./benchmark/run-benchmark.sh --help lists them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

source scripts/lib/build-if-needed.sh

# The benchmark carries copies of local-stack and event-contracts (target/lib): a project built by other means than
# this script (./mvnw install) makes them stale too.
benchmark_needs_build() {
    [ ! -f benchmark/target/benchmark.jar ] \
        || [ -n "$(find benchmark/src benchmark/pom.xml -newer benchmark/target/benchmark.jar -print -quit)" ] \
        || [ -n "$(find local-stack/target event-contracts/target -maxdepth 1 -name '*.jar' \
            -newer benchmark/target/benchmark.jar -print -quit)" ]
}

build_if_needed
# After a project build too: target/lib holds copies of local-stack and event-contracts.
if $lexroute_rebuilt || benchmark_needs_build; then
    echo "==> Building the benchmark"
    ./mvnw -B -q -f benchmark/pom.xml package
fi
exec java -Xmx512m -Dlexroute.project.dir="$root" -jar benchmark/target/benchmark.jar "$@"
