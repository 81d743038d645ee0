#!/usr/bin/env bash
# Set up with the test extras, then lint, type-check and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export HF_HUB_OFFLINE=1
.venv/bin/ruff check index bot tests scripts
.venv/bin/ruff format --check index bot tests scripts
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
