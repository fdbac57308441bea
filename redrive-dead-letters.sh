#!/usr/bin/env bash
# Puts dead-lettered records back on the topic they came from, once their cause is mended.
#   ./redrive-dead-letters.sh [--bootstrap-servers 127.0.0.1:9092] [--topic order.located.dlq] [--order ID] [--dry-run]
set -euo pipefail
cd "$(dirname "$0")"
[ -f local-stack/target/local-stack.jar ] || ./mvnw -B -q install -DskipTests -pl local-stack -am
exec java -cp local-stack/target/local-stack.jar io.lexroute.localstack.DeadLetterRedrive "$@"
