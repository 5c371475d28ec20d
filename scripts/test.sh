#!/usr/bin/env bash
# Every check CI runs, in order: formatting, lints, the release build, Rust tests (SQLite, and
# PostgreSQL when PORTICO_TEST_DATABASE_URL is set), then the Playwright suite in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/portico/target}"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

scripts/setup.sh --test

say "cargo fmt --check"
cargo fmt --all -- --check

say "clippy (server and app with ssr)"
cargo clippy --all-targets -- -D warnings
say "clippy (browser bundle, wasm32)"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

say "release build (server binary with the site embedded)"
scripts/build.sh

if [[ -z "${PORTICO_TEST_DATABASE_URL:-}" ]]; then
  say "PORTICO_TEST_DATABASE_URL is not set: PostgreSQL tests will be SKIPPED"
fi
say "cargo test"
# One test at a time per binary: several servers rendering pages in parallel inside one test
# process hang now and then (about 1 run in 10 of tests/shell.rs; never with one thread, never
# in the real one-server-per-process binary). Root cause open, see the issue notes.
cargo test -p server -p app --features app/ssr -- --nocapture --test-threads=1 2>&1 | tee "${TMPDIR:-/tmp}/portico-cargo-test.log"
grep -h "^SKIPPED" "${TMPDIR:-/tmp}/portico-cargo-test.log" || true

say "end-to-end tests (Playwright, Chromium)"
scripts/end2end.sh
