#!/usr/bin/env bash
# The Python package: pytest (shared vectors, API, bad inputs, DataFrames, docstrings, README
# quickstart, example notebook), the native module's stubs against the module
# (mypy.stubtest), and mypy --strict on the package and a typed usage file.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export VIRTUAL_ENV="$ROOT/.venv" PATH="$ROOT/.venv/bin:$PATH" PYO3_PYTHON="$ROOT/.venv/bin/python"
cd bindings-python
python scripts/gen_types.py --check  # python/lhs_maturity/_types.py is what spec/schema gives
echo "-- mypy.stubtest lhs_maturity._native"
python -m mypy.stubtest lhs_maturity._native
echo "-- mypy --strict (package and tests/typed_usage.py)"
python -m mypy --strict python/lhs_maturity tests/typed_usage.py
echo "-- pytest"
python -m pytest -q -p no:cacheprovider tests
