#!/usr/bin/env bash
# Inbound webhook load: starts the app jar on H2, then on a fresh PostgreSQL database, posts signed
# text webhooks with the bench driver and prints a table. Loopback only.
#   bench/inbound.sh [count] [concurrency] [messages per webhook]      (defaults: 20000 32 1)
#   BENCH_APP_JAR=other/switchboard.jar bench/inbound.sh …   measures another build of the app (before/after)
#   BENCH_ONLY=postgresql (or h2) bench/inbound.sh …          one database only
# On PostgreSQL the database's statistics are reset before the measured webhooks, and the transactions
# committed per stored message are printed after them (load-independent, unlike the rates).
# Before measuring, 2,000 messages warm the app up and the tables are analyzed, as autovacuum does on any
# production PostgreSQL (this machine's runs with autovacuum off: without statistics the planner picks
# whole-workspace index scans for single-row lookups).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-20000}
CONCURRENCY=${2:-32}
PER_WEBHOOK=${3:-1}
PORT=${BENCH_PORT:-18080}
PG=${BENCH_PG:-127.0.0.1:5432}
KEY="sb_bench_$(date +%s)0000000000000000"
SECRET="bench-app-secret-$RANDOM$RANDOM"
PHONE=100000000000099
WORK=$(mktemp -d)
JAVA=${JAVA_HOME:-}
for d in /usr/lib/jvm/*; do [[ -x "$d/bin/java" ]] && "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && JAVA="$d"; done
[[ -n "$JAVA" ]] || { echo "needs a JDK 21+" >&2; exit 1; }

if [[ ! -f app/target/switchboard.jar || ! -f bench/target/switchboard-bench.jar ]] || [[ -n "${BENCH_REBUILD:-}" ]]; then
    ./switchboard mvn -q -DskipTests -Dspotless.check.skip=true package
fi

run_app() { # $1 = label, $2 = database url, $3 = jdbc url for the driver, $4 = jdbc user
    local log="$WORK/app-$1.log"
    SERVER_PORT=$PORT SWITCHBOARD_DATA_DIR="$WORK/data-$1" SWITCHBOARD_DATABASE_URL="$2" \
        SWITCHBOARD_DATABASE_USERNAME="$4" SWITCHBOARD_ADMIN_EMAIL=bench@example.test \
        SWITCHBOARD_ADMIN_PASSWORD=bench-password-1 SWITCHBOARD_BOOTSTRAP_API_KEY="$KEY" \
        "$JAVA/bin/java" -jar "${BENCH_APP_JAR:-app/target/switchboard.jar}" >"$log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
    curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/channels" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
        -d "{\"phoneNumberId\":\"$PHONE\",\"wabaId\":\"200000000000099\",\"displayPhoneNumber\":\"+1 555 0199\",\"accessToken\":\"t\",\"appSecret\":\"$SECRET\",\"verifyToken\":\"v\"}" >/dev/null
    "$JAVA/bin/java" -jar bench/target/switchboard-bench.jar inbound --url "http://127.0.0.1:$PORT" --count 2000 \
        --concurrency "$CONCURRENCY" --baseline >/dev/null # warm-up
    "$JAVA/bin/java" -jar bench/target/switchboard-bench.jar inbound --url "http://127.0.0.1:$PORT" --count 2000 \
        --concurrency "$CONCURRENCY" --secret "$SECRET" --phone-number-id "$PHONE" --jdbc-url "$3" --jdbc-user "$4" >/dev/null
    if [[ "$1" == postgresql ]]; then psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d "${3##*/}" -qc analyze; fi
    "$JAVA/bin/java" -jar bench/target/switchboard-bench.jar inbound --url "http://127.0.0.1:$PORT" --count "$COUNT" \
        --concurrency "$CONCURRENCY" --baseline | sed "s/^RESULT/$1/"
    if [[ "$1" == postgresql ]]; then psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d "${3##*/}" -qAtc "select pg_stat_reset()" >/dev/null; fi
    "$JAVA/bin/java" -jar bench/target/switchboard-bench.jar inbound --url "http://127.0.0.1:$PORT" --count "$COUNT" \
        --concurrency "$CONCURRENCY" --per-webhook "$PER_WEBHOOK" --secret "$SECRET" --phone-number-id "$PHONE" \
        --jdbc-url "$3" --jdbc-user "$4" | sed "s/^RESULT/$1/"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    if [[ "$1" == postgresql ]]; then # after the app's connections closed and so reported their statistics
        sleep 1
        psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d "${3##*/}" -qAtc \
            "select 'commits per stored message: ' || round(xact_commit::numeric / $COUNT, 2) from pg_stat_database where datname = current_database()" >&2
    fi
}

H2_URL="jdbc:h2:file:$WORK/h2/switchboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
touch "$WORK/results"
if [[ "${BENCH_ONLY:-h2}" == h2 ]]; then
    run_app h2 "$H2_URL" "$H2_URL" sa | tee -a "$WORK/results"
fi
if [[ "${BENCH_ONLY:-postgresql}" == postgresql ]]; then
    DB="sb_bench_$(date +%s)"
    psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -qc "create database $DB" >/dev/null
    run_app postgresql "jdbc:postgresql://$PG/$DB" "jdbc:postgresql://$PG/$DB" postgres | tee -a "$WORK/results"
    psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -qc "drop database $DB with (force)" >/dev/null || true
fi

echo
printf '%-11s %-9s %8s %6s %10s %9s %9s %10s %6s\n' database mode count refused accepted/s p50_ms p99_ms stored/s msgs/wh
sed -E 's/^([a-z0-9]+) mode=([a-z]+) count=([0-9]+) concurrency=[0-9]+ refused=([0-9]+) accepted_per_s=([0-9.]+) p50_ms=([0-9.]+) p99_ms=([0-9.]+) stored_per_s=([A-Za-z0-9.]+) per_webhook=([0-9]+)/\1 \2 \3 \4 \5 \6 \7 \8 \9/' "$WORK/results" |
    awk '{printf "%-11s %-9s %8s %6s %10s %9s %9s %10s %6s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9}'
rm -rf "$WORK"
