#!/usr/bin/env bash
# Python: the virtual environment .venv at the repository root, with the pinned test tools of
# bindings-python/requirements-dev.txt, and the lhs_maturity package built into it (release
# profile, so that `cargo test` and this build never rebuild each other's pyo3). Idempotent: a
# re-run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export VIRTUAL_ENV="$ROOT/.venv" PATH="$ROOT/.venv/bin:$PATH" PYO3_PYTHON="$ROOT/.venv/bin/python"

[ -x .venv/bin/python ] || python3 -m venv .venv

# Install the pinned tools when the pins changed (or were never installed).
REQ=bindings-python/requirements-dev.txt
STAMP=.venv/.lhs-requirements.sha256
want=$(sha256sum "$REQ" | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null || true)" != "$want" ]; then
  python -m pip install -q --disable-pip-version-check --upgrade pip
  python -m pip install -q --disable-pip-version-check -r "$REQ"
  echo "$want" > "$STAMP"
fi

# Build and install the package in place (editable: the pure-Python files are used from
# bindings-python/python). maturin reuses the workspace target/; a re-run without changes takes
# a few seconds.
(cd bindings-python && maturin develop --release)
python -c "import lhs_maturity; print('lhs_maturity', lhs_maturity.__version__, 'installed in .venv')"
