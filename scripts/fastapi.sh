#!/usr/bin/env bash
# Installs the pinned FastAPI service's Python packages (tests/fastapi/
# requirements.txt, from PyPI) into a virtual environment outside the
# repository, once per set of pins, and prints its python's path.
#
# The environment is $FASTAPI_VENV (default:
# ~/.cache/ory-rust-client/fastapi/venv); tests/fastapi.rs finds it there.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${FASTAPI_VENV:-$HOME/.cache/ory-rust-client/fastapi/venv}"
requirements=tests/fastapi/requirements.txt
python="$venv/bin/python"

if [[ -x "$python" ]] && cmp -s "$requirements" "$venv/requirements.txt"; then
  echo "$python"
  exit 0
fi
if ! command -v python3 >/dev/null; then
  # Not an error for `cargo xtask test` on a machine without Python: the
  # FastAPI test says it is skipped (and fails in CI, where Python must be).
  echo "scripts/fastapi.sh: python3 is not installed; the FastAPI service is not set up" >&2
  [[ -z "${CI:-}" ]] && exit 0
  exit 1
fi
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$requirements" >&2
cp "$requirements" "$venv/requirements.txt"
echo "$python"
