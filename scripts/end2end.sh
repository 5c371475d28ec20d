#!/usr/bin/env bash
# Starts the release binary on a free port with a fresh data dir and runs Playwright against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/portico/target}"

bin="$CARGO_TARGET_DIR/release/portico"
[[ -x "$bin" ]] || { echo "no release binary at $bin: run scripts/build.sh" >&2; exit 1; }

data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log="$data/portico.log"
# Run from another directory: the binary must not need the source tree.
(cd "$data" && env -u DATABASE_URL "$bin" serve --data-dir "$data/data" --addr "127.0.0.1:$port" >"$log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthcheck" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done

mkdir -p end2end/screenshots
cd end2end
PORTICO_URL="http://127.0.0.1:$port" npx playwright test "$@" || { echo "--- server log"; tail -50 "$log"; exit 1; }
