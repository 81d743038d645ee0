"""Per-question cost of `ask` as the bot calls it (15 hits fetched, the page's 3 shown),
warm, in one process, over a labelled half's questions, with the real model.

    .venv/bin/python scripts/bench_ask.py [HALF-FOLDER]   # default tests/data/collection/dev

Prints median and 95th-percentile milliseconds with every hit highlighted (what `ask` does
by default) and with only the shown page highlighted (what the bot asks for).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index.config import PROJECT_ROOT, Settings
from index.embedding import SentenceTransformerEmbedder
from index.search import Engine

FETCH, PAGE = 15, 3


def main() -> None:
    half = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT_ROOT / "tests/data/collection/dev"
    settings = Settings.from_env()
    engine = Engine(
        half / "statements",
        settings.data_dir / "eval" / half.name,
        SentenceTransformerEmbedder(settings.embedding_model),
    )
    engine.ensure_fresh()
    lines = (half / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()]
    for question in questions[:5]:  # warm up
        engine.ask(question, FETCH)
    print(f"{len(questions)} questions over {half.name}, {FETCH} hits each, warm:")
    for label, highlight in (("every hit highlighted", None), ("the page highlighted", PAGE)):
        times = []
        for question in questions:
            start = time.perf_counter()
            engine.ask(question, FETCH, highlight=highlight)
            times.append(time.perf_counter() - start)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(
            f"  {label:24} median {statistics.median(times) * 1000:6.1f} ms"
            f"   p95 {p95 * 1000:6.1f} ms"
        )


if __name__ == "__main__":
    main()
