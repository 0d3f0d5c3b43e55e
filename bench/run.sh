#!/usr/bin/env bash
# Runs the benchmarks; each prints a table that goes into the README's Performance section.
set -euo pipefail
cd "$(dirname "$0")/.."
ls bench/*.sh | grep -v run.sh || { echo "no benchmarks yet"; exit 0; }
for script in bench/*.sh; do
    [[ "$script" == bench/run.sh ]] && continue
    echo "== $script"; bash "$script" "$@"
done
