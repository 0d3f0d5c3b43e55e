#!/usr/bin/env bash
# Starts app/target/switchboard.jar on a fresh data directory with the first-start variables and checks
# that health is UP, the bootstrap API key works and the owner can open the sign-in page.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="$(./switchboard java-home)/bin/java"
DATA="$(mktemp -d)"
PORT=$(( 20000 + RANDOM % 20000 ))
KEY="smoke-test-key-$(date +%s)-0123456789"
SERVER_PORT=$PORT SWITCHBOARD_DATA_DIR="$DATA" SWITCHBOARD_ADMIN_EMAIL=owner@example.test \
  SWITCHBOARD_ADMIN_PASSWORD='smoke test password' SWITCHBOARD_BOOTSTRAP_API_KEY="$KEY" \
  "$JAVA" -jar app/target/switchboard.jar >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for i in $(seq 1 90); do
    if curl -fs "http://localhost:$PORT/actuator/health" | grep -q '"UP"'; then
        echo "smoke: health UP after ${i}s"; break
    fi
    if ! kill -0 $APP 2>/dev/null; then cat "$DATA/app.log"; echo "smoke: the app died"; exit 1; fi
    sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health" | grep -q '"UP"' || { tail -50 "$DATA/app.log"; echo "smoke: not UP"; exit 1; }
curl -fs -H "Authorization: Bearer $KEY" "http://localhost:$PORT/api/v1/workspace" | grep -q '"name"' \
    || { echo "smoke: bootstrap API key refused"; exit 1; }
test "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/api/v1/workspace")" = 401
if grep -q "$KEY\|smoke test password" "$DATA/app.log"; then echo "smoke: a secret was logged"; exit 1; fi
echo "smoke test of the run path: OK (health UP, bootstrap key accepted, no key refused, no secret in the log)"
