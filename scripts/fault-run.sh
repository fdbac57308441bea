#!/usr/bin/env bash
# The fault run (README, "Fault run"): builds LexRoute if needed, starts a LexRoute of its own on free ports (a real
# Kafka and PostgreSQL in a child JVM, the four services as they ship), submits orders at a steady rate while it kills
# each service once with SIGKILL (and restarts it) and restarts the Kafka broker once, waits until every accepted
# order is decided, and checks in intake's and gateway's databases and on order.decided that each has exactly one
# decision. Prints lost, duplicated, redelivered and the drain time, writes them to target/fault-run/fault-run.json,
# stops everything, and exits with 1 when an order was lost or duplicated (or a fault could not be injected).
#
#   scripts/fault-run.sh                                   # 5,000 orders at 20/s, all five faults
#   scripts/fault-run.sh --orders 300 --rate 20 --faults jurisdiction-resolver,kafka
#   scripts/fault-run.sh --help                            # every option
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/build-if-needed.sh
build_if_needed
exec java -Xmx512m -cp local-stack/target/local-stack.jar io.lexroute.localstack.faults.FaultRunMain "$@"
