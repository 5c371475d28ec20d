#!/usr/bin/env bash
# Measures `portico serve` start-up on an existing data dir: wall time from exec until
# /healthcheck answers 200 (so config, database open, migrations check and bind are included).
# Usage: scripts/startup-time.sh [runs]   (default 10). Prints each run and the median.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/portico/target}"
bin="$CARGO_TARGET_DIR/release/portico"
runs="${1:-10}"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

start_once() {
  local t0 t1 pid
  t0=$(date +%s%N)
  "$bin" serve --data-dir "$data" --addr "127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/healthcheck" >/dev/null 2>&1; do sleep 0.002; done
  t1=$(date +%s%N)
  kill -TERM $pid; wait $pid 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

start_once >/dev/null   # creates and migrates the data dir: later runs start on an existing one
times=()
for i in $(seq 1 "$runs"); do
  ms=$(start_once); times+=("$ms"); echo "run $i: ${ms} ms"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms, max: " a[NR] " ms"}'
