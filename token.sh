#!/usr/bin/env bash
# Prints a dev token for the local run; ./token.sh with no arguments explains the roles.
set -euo pipefail
cd "$(dirname "$0")"
[ -f local-stack/target/local-stack.jar ] || ./mvnw -B -q install -DskipTests -pl local-stack -am >&2
exec java -cp local-stack/target/local-stack.jar io.lexroute.localstack.tokens.TokenMain "$@"
