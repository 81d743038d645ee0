#!/usr/bin/env bash
# Set up, build the index from seeds/, then start the bot when DISCORD_TOKEN is configured
# (environment or .env), or answer a sample question in the terminal when it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE="${HF_HUB_OFFLINE:-1}"
.venv/bin/python -m index build
if .venv/bin/python -c 'import os, sys; from index.config import load_dotenv_files; load_dotenv_files(); sys.exit(0 if os.environ.get("DISCORD_TOKEN", "").strip() else 1)'; then
  exec .venv/bin/python -m bot
fi
question="${1:-What do they say about foreign interference in Iran?}"
echo
echo "No DISCORD_TOKEN configured: answering in the terminal instead (see README, 'Running the bot')."
echo
.venv/bin/python -m index ask "$question"
