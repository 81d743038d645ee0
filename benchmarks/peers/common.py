"""What the two peers share: the command line, the passages, the timing of questions, the output.

Imported by bare.py and langchain_peer.py (each run by its own virtual environment's python, with
this folder first on sys.path). The passages of both are the same: the paragraphs of DIR/*.txt.
"""

import argparse
import contextlib
import json
import os
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

WARMUP = 3
BLANK_LINES = re.compile(r"\n\s*\n")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collection", required=True, type=Path, help="folder of *.txt files")
    parser.add_argument("--questions", required=True, type=Path, help="one question per line")
    parser.add_argument("--out", required=True, type=Path, help="result JSON to write")
    parser.add_argument("--k", type=int, default=5, help="hits per question")
    parser.add_argument("--batch-size", type=int, default=32, help="encoding batch size")
    args = parser.parse_args()
    if args.k < 1 or args.batch_size < 1:
        parser.error("--k and --batch-size must be at least 1")
    if not args.collection.is_dir():
        parser.error(f"no such folder: {args.collection}")
    if not args.questions.is_file():
        parser.error(f"no such file: {args.questions}")
    return args


def read_passages(folder: Path) -> tuple[list[str], list[dict], int]:
    """Paragraphs of every *.txt file in `folder`, files sorted by name."""
    files = sorted(folder.glob("*.txt"), key=lambda p: p.name)
    texts: list[str] = []
    metas: list[dict] = []
    for path in files:
        paragraphs = (p.strip() for p in BLANK_LINES.split(path.read_text(encoding="utf-8")))
        for i, paragraph in enumerate(p for p in paragraphs if p):
            texts.append(paragraph)
            metas.append({"file": path.name, "paragraph": i})
    if not texts:
        raise SystemExit(f"error: no passages in {folder}/*.txt")
    return texts, metas, len(files)


def read_questions(path: Path) -> list[str]:
    questions = [q.strip() for q in path.read_text(encoding="utf-8").splitlines() if q.strip()]
    if not questions:
        raise SystemExit(f"error: no questions in {path}")
    return questions


def versions(*names: str) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for name in names:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def time_questions(
    ask: Callable[[str], list[list[Any]]], questions: list[str]
) -> tuple[list[float], list[list[Any]]]:
    """Milliseconds per question, one at a time after a warm-up, and the first question's hits."""
    for question in questions[:WARMUP]:
        ask(question)
    question_ms: list[float] = []
    first_hits: list[list[Any]] = []
    for n, question in enumerate(questions):
        t = time.perf_counter()
        hits = ask(question)
        question_ms.append((time.perf_counter() - t) * 1000)
        if n == 0:
            first_hits = hits
    return question_ms, first_hits


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(peer: str, run: Callable[[argparse.Namespace], dict[str, Any]]) -> int:
    args = parse_args()
    stdout = sys.stdout
    try:
        with contextlib.redirect_stdout(sys.stderr):  # libraries' chatter stays off stdout
            result = run(args)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    except SystemExit:
        raise
    except Exception as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    ms = result["question_ms"]
    print(
        f"{peer}: {result['passages']} passages from {result['files']} files;"
        f" load {result['load_seconds']:.2f}s read {result['read_seconds']:.2f}s"
        f" build {result['build_seconds']:.2f}s save {result['save_seconds']:.3f}s"
        f" total {result['total_seconds']:.2f}s; index {result['index_bytes']} B;"
        f" {len(ms)} questions, median {statistics.median(ms):.1f} ms;"
        f" peak RSS {result['peak_rss_mb']:.0f} MB",
        file=stdout,
    )
    return 0
