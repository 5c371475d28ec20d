#!/usr/bin/env bash
# Installs what building and testing Portico needs, and only what is missing:
# the wasm target, cargo-leptos, the wasm-bindgen CLI matching Cargo.lock, wasm-opt, sass,
# and (with --test) Chromium and the end-to-end npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

CARGO_LEPTOS_VERSION=0.3.10
BINARYEN_VERSION=132
# The CLI must equal the wasm-bindgen crate that Cargo.lock pins.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(cargo leptos --version 2>/dev/null || true)" != *"$CARGO_LEPTOS_VERSION"* ]]; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 11 minutes on 2 cores, once)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != *"$WASM_BINDGEN_VERSION"* ]]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v wasm-opt >/dev/null; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION) from npm"
  npm install -g "binaryen@$BINARYEN_VERSION"
fi

if ! command -v sass >/dev/null; then
  say "installing sass from npm"
  npm install -g sass
fi

if $want_test; then
  if ! command -v chromium >/dev/null; then
    say "installing Chromium for the browser tests"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  fi
  if [[ ! -d end2end/node_modules/@playwright/test || ! -d end2end/node_modules/@backstage/catalog-client || ! -d end2end/node_modules/axe-core ]]; then
    say "installing the end-to-end test packages"
    (cd end2end && if [[ -f package-lock.json ]]; then npm ci; else npm install; fi)
  fi
fi
