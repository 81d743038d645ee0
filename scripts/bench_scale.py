"""How the engine's non-model work scales: build, incremental refresh, load and every lookup over
N synthetic statements (invented organisations and word salad), with the hash-based test
embedder so that the model's encoding time (measured elsewhere) does not hide the rest.

    .venv/bin/python scripts/bench_scale.py [N]      # default 2000
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index.search import Engine
from tests.support import FakeEmbedder

WORDS = (
    "workers union peace solidarity struggle democracy rights prisoners release imperialism "
    "sanctions war ceasefire sovereignty independence women youth students farmers land reform "
    "wages pensions strike harbour climate housing tenants health education"
).split()
PLACES = ["Freedonia", "Ruritania", "Latveria", "Genovia", "Elbonia", "Zubrowka", "Molvania"]
KINDS = ["Workers Party", "Communist Party", "Socialist League", "Green Left", "Youth Union"]


def write_statements(seeds: Path, n: int, rng: random.Random) -> None:
    """N statements of 3-8 paragraphs, each signed by 2-30 organisations, each with a date."""
    orgs = [f"{k} of {p}" for k in KINDS for p in PLACES]
    orgs += [f"{p} {k} ({p[:2].upper()}{k[0]})" for k in KINDS for p in PLACES]
    for i in range(n):
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 120))).capitalize() + "."
            for _ in range(rng.randint(3, 8))
        ]
        signers = rng.sample(orgs, rng.randint(2, 30))
        text = (
            f"Joint statement number {i} on {rng.choice(WORDS)}\n\n"
            + "\n\n".join(paragraphs)
            + "\n\nSigned by:\n"
            + "\n".join(signers)
            + "\n"
        )
        (seeds / f"s{i:05d}.txt").write_text(text, encoding="utf-8")
        date = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (seeds / f"s{i:05d}.toml").write_text(f"date = {date}\n", encoding="utf-8")


def timed(label: str, action: Callable[[], object]) -> None:
    """Run twice: the first call pays for lazily built structures, the second is steady state."""
    times = []
    for _ in range(2):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    print(f"  {label:<34} first {times[0]:8.1f} ms   then {times[1]:8.1f} ms")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    root = Path(tempfile.mkdtemp(prefix="undersigned-bench-"))
    seeds = root / "seeds"
    seeds.mkdir()
    write_statements(seeds, n, random.Random(1))
    engine = Engine(seeds, root / "data", FakeEmbedder())
    started = time.perf_counter()
    report = engine.refresh()
    print(f"{n} statements, {report.passages} passages (hash embedder; model time excluded)")
    print(f"  {'first build':<34} {time.perf_counter() - started:8.2f} s")
    (seeds / "new.txt").write_text(
        "A new statement\n\nWe support the harbour strike.\n\nSigned by:\nGreen Left of Genovia\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    report = engine.refresh()
    print(
        f"  {'refresh after adding one':<34} {time.perf_counter() - started:8.2f} s "
        f"({report.embedded} embedded, {report.tokenized} tokenised)"
    )
    fresh = Engine(seeds, root / "data", FakeEmbedder())
    started = time.perf_counter()
    _ = fresh.snapshot
    print(f"  {'load from disk':<34} {time.perf_counter() - started:8.2f} s")
    org = "Workers Party of Freedonia"
    timed("ask", lambda: fresh.ask("What about the release of prisoners and wages?"))
    timed("ask, organisation filter", lambda: fresh.ask("prisoners", organisation=org))
    timed("ask, date from the question", lambda: fresh.ask("statements from 2024 about peace"))
    timed("signed-by (exact)", lambda: fresh.lookup(org))
    timed("signed-by (typo)", lambda: fresh.lookup("Workers Partty of Freedonia"))
    timed("signed-by (unknown, suggestions)", lambda: fresh.lookup("Pizza Party"))
    timed("signed-by --and", lambda: fresh.signed_by_all([org, "Green Left of Genovia"]))
    timed("cosigners", lambda: fresh.cosigners(org, 10))
    timed("statements list", fresh.statements)
    timed("organisations (autocomplete)", fresh.organisations)


if __name__ == "__main__":
    main()
