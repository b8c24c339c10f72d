#!/usr/bin/env bash
# WebAssembly package and self-assessment page: the wasm32 target, the wasm-bindgen CLI pinned in
# bindings-wasm/Cargo.toml (built from crates.io), Chromium and the Noto fonts (Arabic faces) from
# Debian (for the browser test), the npm tools of bindings-wasm/ (package-lock.json), then
# bindings-wasm/build.
# Each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

rustup target add wasm32-unknown-unknown 2>&1 | grep -v "is up to date" || true

WBG_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' bindings-wasm/Cargo.toml)"
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WBG_VERSION"; then
  echo "installing wasm-bindgen-cli $WBG_VERSION (builds from source, about 2 minutes)"
  # No --locked: the CLI's lockfile pins a webpki-roots version crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian) for the browser test"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# The Arabic faces of the page's font stack (Noto Naskh Arabic, Noto Sans Arabic), so that the
# browser test measures Arabic text in the font a reader would see.
if ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
  echo "installing fonts-noto-core (Arabic faces) for the browser test"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core >/dev/null
fi

# npm ci only when package-lock.json changed since the last install.
STAMP=bindings-wasm/node_modules/.lhs-lock.sha256
LOCK_SUM="$(sha256sum bindings-wasm/package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$LOCK_SUM" ]; then
  (cd bindings-wasm && npm ci --no-audit --no-fund --loglevel=error)
  echo "$LOCK_SUM" > "$STAMP"
fi

bindings-wasm/build
