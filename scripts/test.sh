#!/usr/bin/env bash
# One command for the tests: install (with the test extra) into ./.venv, then run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test
set +e
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
rc=$?
set -e
# pytest exits 5 when nothing was collected: that is a failure of the suite here.
exit $rc
