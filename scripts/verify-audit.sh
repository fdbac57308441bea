#!/usr/bin/env bash
# Verifies the response-gateway's hash-chained audit log and prints a report.
#   scripts/verify-audit.sh [gateway-base-url]        (default http://localhost:8084)
# Exit status: 0 the chain is intact, 1 it is broken (an altered or missing entry), 2 it could not be verified.
# The operator token comes from ./token.sh (dev key: the local run); set LEXROUTE_TOKEN to use another one.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://localhost:8084}"
base="${base%/}"

token="${LEXROUTE_TOKEN:-}"
if [ -z "$token" ]; then
  token="$(./token.sh operator audit-verifier)" || { echo "could not get an operator token from ./token.sh" >&2; exit 2; }
fi

body="$(mktemp)"
trap 'rm -f "$body"' EXIT
status="$(curl -sS -o "$body" -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Accept: application/json' \
  "$base/api/v1/audit/verification")" || { echo "could not reach $base" >&2; exit 2; }
if [ "$status" != 200 ]; then
  echo "verification failed: HTTP $status from $base/api/v1/audit/verification" >&2
  cat "$body" >&2; echo >&2
  exit 2
fi

if command -v jq >/dev/null 2>&1; then
  jq -r --arg base "$base" '
    "Audit log of \($base)",
    "  entries:    \(.entries)",
    "  last entry: \(if .lastSeq == null then "none" else "seq \(.lastSeq), hash \(.lastHash)" end)",
    (if .intact then "  chain:      INTACT"
     else "  chain:      BROKEN",
          "  first problem: entry \(.firstProblem.seq) \(.firstProblem.kind)",
          "    \(.firstProblem.detail)"
     end)' "$body"
  intact="$(jq -r '.intact' "$body")"
else
  cat "$body"; echo
  intact="$(grep -q '"intact":true' "$body" && echo true || echo false)"
fi
[ "$intact" = true ] || exit 1
