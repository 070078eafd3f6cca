#!/usr/bin/env bash
# One command for a new machine: install into ./.venv, then analyse the bundled sample.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/newsgraph analyze samples/sample-article.txt
