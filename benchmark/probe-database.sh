#!/usr/bin/env bash
# What an order costs PostgreSQL and request-intake at one constant rate, from counters rather than latencies: runs
# the benchmark at --rate orders/s and, in the middle of that run, takes two snapshots of the benchmark's PostgreSQL
# (WAL bytes, TOAST inserts, commits, updates of request-intake's orders, and each table's row operations and scans)
# and of the CPU time of PostgreSQL and request-intake, then prints them per decided order, and how long after its
# event each step reached request-intake's read-model. Needs psql; an investigation tool (benchmark/README.md, "The
# morning session of 6 December").
#
#   ./benchmark/probe-database.sh [--rate 30] [--window 40] [--out DIR] [-- benchmark options...]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rate=30
window=40
out="$root/benchmark/target/probe"
while [ $# -gt 0 ]; do
    case "$1" in
        --rate) rate="$2"; shift 2 ;;
        --window) window="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --) shift; break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v psql >/dev/null || { echo "psql is needed" >&2; exit 2; }

mkdir -p "$out"
log="$out/benchmark.log"
duration=$((window + 50))
# run-benchmark.sh builds what is missing or out of date, then becomes the benchmark's JVM.
"$root/benchmark/run-benchmark.sh" --out "$out" \
    --rates "$rate" --duration "$duration" --warmup 20 --flat-out 200 --relay 500 "$@" > "$log" 2>&1 &
benchmark=$!

for _ in $(seq 1 400); do
    grep -q "Constant rate: $rate " "$log" 2>/dev/null && break
    kill -0 "$benchmark" 2>/dev/null || { echo "the benchmark stopped; see $log" >&2; exit 1; }
    sleep 3
done
sleep 25

postmaster=$(pgrep -f "postgres -D [^ ]*lexroute-local-stack" | head -1)
port=$(tr '\0' ' ' < "/proc/$postmaster/cmdline" | sed -E 's/.* -p ([0-9]+).*/\1/')
intake=$(pgrep -f "request-intake/target/quarkus-app" | head -1)

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() {
    local total=0 pid
    for pid in "$postmaster" $(pgrep -P "$postmaster"); do total=$((total + $(ticks "$pid"))); done
    echo "$total"
}
counters() {
    psql -h 127.0.0.1 -p "$port" -U postgres -d lexroute -Atc "select
        (select wal_bytes from pg_stat_wal),
        (select coalesce(sum(n_tup_ins), 0) from pg_stat_all_tables where schemaname = 'pg_toast'),
        (select sum(xact_commit) from pg_stat_database),
        (select n_tup_upd from pg_stat_all_tables where schemaname = 'intake' and relname = 'orders'),
        (select count(*) from intake.orders where status not in ('RECEIVED', 'ASSESSED', 'LOCATED'))"
    echo "|$(postgres_ticks)|$(ticks "$intake")"
}
# Each table's row operations and scans so far, one "schema.table|ins|upd|del|idx|seq" line per table.
table_counters() {
    psql -h 127.0.0.1 -p "$port" -U postgres -d lexroute -Atc "select schemaname || '.' || relname, n_tup_ins,
        n_tup_upd, n_tup_del, coalesce(idx_scan, 0), seq_scan from pg_stat_user_tables
        order by schemaname || '.' || relname collate \"C\""
}

before=$(counters | tr -d '\n')
table_counters > "$out/tables-before"
sleep "$window"
after=$(counters | tr -d '\n')
table_counters > "$out/tables-after"
lag=$(psql -h 127.0.0.1 -p "$port" -U postgres -d lexroute -Atc "select step || ' ' ||
        round(1000 * percentile_cont(0.5) within group (order by extract(epoch from recorded_at - occurred_at))::numeric, 1)
        || ' / ' ||
        round(1000 * percentile_cont(0.99) within group (order by extract(epoch from recorded_at - occurred_at))::numeric, 1)
        || ' ms' from intake.order_timeline where recorded_at > now() - interval '$window seconds' and step <> 'RECEIVED'
        group by step order by step")
wait "$benchmark" || true

hertz=$(getconf CLK_TCK)
awk -v before="$before" -v after="$after" -v hz="$hertz" -v rate="$rate" -v window="$window" 'BEGIN {
    split(before, a, "|"); split(after, b, "|");
    n = b[5] - a[5];
    printf "%d orders decided in %d s at %s orders/s; per decided order:\n", n, window, rate;
    printf "  WAL                   %8.0f bytes\n", (b[1] - a[1]) / n;
    printf "  TOAST inserts         %8.2f\n", (b[2] - a[2]) / n;
    printf "  commits               %8.2f\n", (b[3] - a[3]) / n;
    printf "  order updates         %8.2f\n", (b[4] - a[4]) / n;
    printf "  PostgreSQL CPU        %8.2f ms\n", (b[6] - a[6]) * 1000 / hz / n;
    printf "  request-intake CPU    %8.2f ms\n", (b[7] - a[7]) * 1000 / hz / n;
}'
decided=$(awk -v before="$before" -v after="$after" \
    'BEGIN { split(before, a, "|"); split(after, b, "|"); print b[5] - a[5] }')
echo "Per table, per decided order (rows inserted, updated, deleted; index and sequential scans, which count"
echo "lookups, updates and deletes by key, and the foreign-key checks of inserts):"
LC_ALL=C join -t '|' "$out/tables-before" "$out/tables-after" | awk -F '|' -v n="$decided" '{
    ins = ($7 - $2) / n; upd = ($8 - $3) / n; del = ($9 - $4) / n; idx = ($10 - $5) / n; seq = ($11 - $6) / n;
    if (ins + upd + del + idx + seq >= 0.005)
        printf "  %-32s ins %5.2f  upd %5.2f  del %5.2f  idx %5.2f  seq %5.2f\n", $1, ins, upd, del, idx, seq;
}'
echo "Read-model lag, event created -> step recorded (p50 / p99):"
echo "$lag" | sed 's/^/  /'
echo "The benchmark's own summary: $out/summary.txt"
