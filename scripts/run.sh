#!/usr/bin/env bash
# Builds the release binary (installing what is missing) and serves the portal with the demo
# catalog on the embedded defaults: SQLite and a local index under ./data, no config needed.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/portico/target}"
scripts/setup.sh
scripts/build.sh
exec "$CARGO_TARGET_DIR/release/portico" serve "$@"
