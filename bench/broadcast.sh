#!/usr/bin/env bash
# Broadcast load: starts the standalone sandbox jar and the app jar (on a fresh PostgreSQL database, its
# embedded sandbox off), then the driver: raw sends straight to the sandbox (baseline), and campaigns with
# the sandbox's limits off and on. Loopback only.
#   bench/broadcast.sh [scenarios] [baseline count] [concurrency]
#   scenarios: limit:count,… (limit 0 = limits off; a q after the limit = the campaign is queued in full before
#   the dispatcher may send, which measures the dispatcher alone); default 0:20000,0q:10000,80q:4800,1000q:10000
set -euo pipefail
cd "$(dirname "$0")/.."
SCENARIOS=${1:-0:20000,0q:10000,80q:4800,1000q:10000}
BASELINE=${2:-20000}
CONCURRENCY=${3:-32}
PORT=${BENCH_PORT:-18080}
SANDBOX_PORT=${BENCH_SANDBOX_PORT:-18081}
SINK_PORT=${BENCH_SINK_PORT:-18082}
PG=${BENCH_PG:-127.0.0.1:5432}
APP_JAR=${BENCH_APP_JAR:-app/target/switchboard.jar}
KEY="sb_bench_$(date +%s)0000000000000000"
WORK=$(mktemp -d)
JAVA=${JAVA_HOME:-}
for d in /usr/lib/jvm/*; do [[ -x "$d/bin/java" ]] && "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && JAVA="$d"; done
[[ -n "$JAVA" ]] || { echo "needs a JDK 21+" >&2; exit 1; }

if [[ ! -f app/target/switchboard.jar || ! -f bench/target/switchboard-bench.jar ]] || [[ -n "${BENCH_REBUILD:-}" ]]; then
    ./switchboard mvn -q -DskipTests -Dspotless.check.skip=true package
fi
SANDBOX_JAR=${BENCH_SANDBOX_JAR:-$(ls sandbox/target/switchboard-sandbox-*-standalone.jar | head -1)}

PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [[ -n "${DB:-}" ]] && psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

SERVER_PORT=$SANDBOX_PORT SWITCHBOARD_SANDBOX_MAX_MESSAGES=400000 "$JAVA/bin/java" -Xmx1g -jar "$SANDBOX_JAR" \
    >"$WORK/sandbox.log" 2>&1 &
PIDS+=($!)
DB="sb_bcast_$(date +%s)_$$"
psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -qc "create database $DB" >/dev/null
SERVER_PORT=$PORT SWITCHBOARD_DATA_DIR="$WORK/data" SWITCHBOARD_DATABASE_URL="jdbc:postgresql://$PG/$DB" \
    SWITCHBOARD_DATABASE_USERNAME=postgres SWITCHBOARD_SANDBOX_ENABLED=false SWITCHBOARD_MESSAGING_LEASE_DURATION=5s \
    SWITCHBOARD_ADMIN_EMAIL=bench@example.test SWITCHBOARD_ADMIN_PASSWORD=bench-password-1 \
    SWITCHBOARD_BOOTSTRAP_API_KEY="$KEY" "$JAVA/bin/java" -jar "$APP_JAR" >"$WORK/app.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null &&
        curl -sf "http://127.0.0.1:$SANDBOX_PORT/sandbox/control/limits" >/dev/null && break
    sleep 1
done
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA/bin/java" -jar bench/target/switchboard-bench.jar broadcast --app "http://127.0.0.1:$PORT" --key "$KEY" \
    --sandbox "http://127.0.0.1:$SANDBOX_PORT" --sink-port "$SINK_PORT" --scenarios "$SCENARIOS" \
    --baseline "$BASELINE" --concurrency "$CONCURRENCY" --jdbc-url "jdbc:postgresql://$PG/$DB" | tee "$WORK/results"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -iE "error|exception" "$WORK/app.log" | grep -v "^\s*at " | head -5 || true

echo
printf '%-9s %6s %7s %9s %9s %8s %10s %10s %9s %8s %7s %7s %9s\n' mode limit count prepare_s queuing_s last_s end2end/s send/s steady/s of_limit 130429 131056 status_s
awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
       if (v["mode"] == "baseline")
           printf "%-9s %6s %7s %9s %9s %8s %10s %10s %9s %8s %7s %7s %9s\n", "raw", v["limit"], v["count"], "-", "-", "-", "-", v["accepted_per_s"], "-", "-", "-", "-", "-"
       else
           printf "%-9s %6s %7s %9s %9s %8s %10s %10s %9s %8s %7s %7s %9s\n", v["mode"], v["limit"], v["count"], v["prepare_s"], v["queued_before_s"], v["last_s"], v["end_to_end_per_s"], v["send_phase_per_s"], v["steady_per_s"], v["of_limit"], v["e130429"], v["e131056"], v["last_status_s"]
       delete v }' <(grep '^RESULT' "$WORK/results")
