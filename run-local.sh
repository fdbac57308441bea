#!/usr/bin/env bash
# Runs LexRoute on this machine with nothing but a JDK: builds it if needed, starts a real Kafka broker (KRaft, from
# its Maven Central jars) and a real PostgreSQL (embedded-postgres binaries), the four services on ports 8081-8084,
# submits the seed's two stories, prints their outcomes and the URLs, and stays up until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"

source scripts/lib/build-if-needed.sh
build_if_needed
exec java -cp local-stack/target/local-stack.jar io.lexroute.localstack.LocalRun "$@"
