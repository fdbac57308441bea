#!/usr/bin/env bash
# Tails the order topics and their dead-letter twins, decoded: CloudEvents headers and JSON values.
#   ./tail-orders.sh [--bootstrap-servers 127.0.0.1:9092] [--order ORDER_ID] [--from-beginning]
set -euo pipefail
cd "$(dirname "$0")"
[ -f local-stack/target/local-stack.jar ] || ./mvnw -B -q install -DskipTests -pl local-stack -am
exec java -cp local-stack/target/local-stack.jar io.lexroute.localstack.TopicTail "$@"
