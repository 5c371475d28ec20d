#!/usr/bin/env bash
# The release build: wasm bundle, CSS and public/ into target/site (precompressed), then the
# server binary, which embeds that site. Prints where the binary is and the bundle's size.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/portico/target}"

cargo leptos build --release --precompress

wasm=target/site/pkg/portico.wasm
if [[ -f "$wasm" ]]; then
  printf 'bundle: wasm %s KB, gzip %s KB, brotli %s KB\n' \
    "$(( $(stat -c %s "$wasm") / 1024 ))" \
    "$(( $(gzip -9 -c "$wasm" | wc -c) / 1024 ))" \
    "$(( $( [[ -f "$wasm.br" ]] && stat -c %s "$wasm.br" || echo 0) / 1024 ))"
fi
echo "binary: $CARGO_TARGET_DIR/release/portico"
