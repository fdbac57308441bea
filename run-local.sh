#!/usr/bin/env bash
# Runs LexRoute on this machine with nothing but a JDK: builds it if needed, starts a real Kafka broker (KRaft, from
# its Maven Central jars) and a real PostgreSQL (embedded-postgres binaries), the four services on ports 8081-8084,
# submits the seed's two stories, prints their outcomes and the URLs, and stays up until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"

# A run already going here (its work directory's lock names a live pid) is not rebuilt under: LocalRun refuses the
# second run itself, but only after the build would have replaced the jars the first one runs from.
work_dir=.local-stack
for ((i = 1; i <= $#; i++)); do
  [ "${!i}" = "--work-dir" ] && j=$((i + 1)) && work_dir="${!j}"
done
running_pid=$(cat "$work_dir/.lock" 2>/dev/null || true)
if [ -n "$running_pid" ] && kill -0 "$running_pid" 2>/dev/null; then
  echo "LexRoute did not start: LexRoute's local stack is already running in $work_dir (pid $running_pid); stop it first" >&2
  exit 1
fi

source scripts/lib/build-if-needed.sh
build_if_needed
exec java -cp local-stack/target/local-stack.jar io.lexroute.localstack.LocalRun "$@"
