#!/usr/bin/env bash
# Inbox at scale: starts the app jar on a fresh PostgreSQL database, seeds 100,000 conversations and
# 1,000,000 messages (bench/inbox-seed.sql, bulk SQL into the app's own schema), then measures what one
# user waits for (list, thread, search; /actuator/health as the baseline) and the SSE fan-out to N browsers.
#   bench/inbox.sh [requests] [browsers] [rounds]        (defaults: 200 200 5)
# BENCH_APP_JAR=other.jar runs another build of the app; BENCH_DB=name reuses a seeded database (kept).
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-200}
BROWSERS=${2:-200}
ROUNDS=${3:-5}
PORT=${BENCH_PORT:-18280}
PG=${BENCH_PG:-127.0.0.1:5432}
APP_JAR=${BENCH_APP_JAR:-app/target/switchboard.jar}
KEY="sb_bench_17640000000000000000000000" # fixed, so a kept database (BENCH_DB) still knows it
SECRET="bench-app-secret-inbox"
PASSWORD=bench-password-1
PHONE=100000000000099
WORK=$(mktemp -d)
JAVA=${JAVA_HOME:-}
for d in /usr/lib/jvm/*; do [[ -x "$d/bin/java" ]] && "$d/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && JAVA="$d"; done
[[ -n "$JAVA" ]] || { echo "needs a JDK 21+" >&2; exit 1; }
psql_() { psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -v ON_ERROR_STOP=1 "$@"; }

if [[ ! -f app/target/switchboard.jar || ! -f bench/target/switchboard-bench.jar ]] || [[ -n "${BENCH_REBUILD:-}" ]]; then
    ./switchboard mvn -q -DskipTests -Dspotless.check.skip=true package
fi

if curl -s "http://127.0.0.1:$PORT/" >/dev/null; then echo "port $PORT is in use (set BENCH_PORT)" >&2; exit 1; fi
FRESH=
DB=${BENCH_DB:-}
if [[ -z "$DB" ]]; then
    DB="sb_inbox_$(date +%s)"
    FRESH=1
fi
if ! psql_ -lqt | cut -d'|' -f1 | grep -qw "$DB"; then
    psql_ -qc "create database $DB" >/dev/null
    FRESH=1
fi

# A kept database needs the same data directory next time: the encryption key of stored secrets lives there.
DATA=${BENCH_DB:+/tmp/switchboard-bench-$DB}
SERVER_PORT=$PORT SWITCHBOARD_DATA_DIR="${DATA:-$WORK/data}" SWITCHBOARD_DATABASE_URL="jdbc:postgresql://$PG/$DB" \
    SWITCHBOARD_DATABASE_USERNAME=postgres SWITCHBOARD_ADMIN_EMAIL=bench@example.test \
    SWITCHBOARD_ADMIN_PASSWORD=$PASSWORD SWITCHBOARD_BOOTSTRAP_API_KEY="$KEY" \
    "$JAVA/bin/java" -jar "$APP_JAR" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'status=$?; [[ $status -ne 0 ]] && grep -E "ERROR|Exception" "$WORK/app.log" | tail -20; kill $APP 2>/dev/null || true; [[ -z "${BENCH_DB:-}" ]] && psql_ -qc "drop database if exists $DB with (force)" >/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 900); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { tail -50 "$WORK/app.log"; exit 1; }

if [[ -n "$FRESH" ]]; then
    curl -sS --fail-with-body -X POST "http://127.0.0.1:$PORT/api/v1/channels" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
        -d "{\"phoneNumberId\":\"$PHONE\",\"wabaId\":\"200000000000099\",\"displayPhoneNumber\":\"+1 555 0199\",\"accessToken\":\"t\",\"appSecret\":\"$SECRET\",\"verifyToken\":\"v\"}" >"$WORK/channel.json" || { cat "$WORK/channel.json"; tail -30 "$WORK/app.log"; exit 1; }
    SEED_START=$(date +%s)
    psql_ -d "$DB" -q -v phone=$PHONE -f bench/inbox-seed.sql
    echo "seeded in $(( $(date +%s) - SEED_START )) s"
fi
THREAD=$(psql_ -d "$DB" -Atc "select c.id from inbox_conversation c join contacts_identity i
    on i.workspace_id = c.workspace_id and i.contact_id = c.contact_id
    where i.kind = 'WA_ID' and i.identity_value = '490000000001'")

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA/bin/java" -jar bench/target/switchboard-bench.jar inbox --url "http://127.0.0.1:$PORT" --password $PASSWORD \
    --admin bench@example.test --api-key "$KEY" --thread "$THREAD" --name "Anna Garcia" --phone "+490000012345" \
    --word zeppelin --common-word parcel --requests "$REQUESTS" --seconds 30 --fanout "$BROWSERS" --rounds "$ROUNDS" --secret "$SECRET" \
    --phone-number-id $PHONE --wa-id 490000000002 ${BENCH_ONLY:+--only "$BENCH_ONLY"} | tee "$WORK/results"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
printf '%-20s %8s %6s %6s %9s %9s %9s %8s\n' endpoint requests errors hits p50_ms p95_ms p99_ms req/s
grep '^RESULT' "$WORK/results" | sed -E 's/^RESULT endpoint=([^ ]+) requests=([0-9]+) errors=([0-9]+) hits=([0-9-]+) p50_ms=([0-9.]+) p95_ms=([0-9.]+) p99_ms=([0-9.]+) req_per_s=([0-9.]+)/\1 \2 \3 \4 \5 \6 \7 \8/' |
    awk '{printf "%-20s %8s %6s %6s %9s %9s %9s %8s\n", $1, $2, $3, $4, $5, $6, $7, $8}'
echo
grep '^FANOUT' "$WORK/results" || true
