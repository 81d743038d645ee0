"""The engine at scale: a generated collection of N passages and M organisations, with synthetic
passage vectors (see synthetic.py: the model's passage encoding, measured by compare.py, would
take hours here) and questions encoded by the real model.

    .venv/bin/python -m benchmarks.scale [--passages 100000] [--organisations 30000]

Prints: build, load and start-up; question latency p50/p95/p99 with and without the encoding,
one at a time and 20 at once; `signed-by` (exact, misspelt, unknown), autocomplete and the
organisation card against the number of organisations; adding one statement in a fresh process
above a no-op; the serving process's peak RSS and the index on disk.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .generate import generate

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TQDM_DISABLE": "1"}

# Run in a fresh process: build (or refresh) with synthetic passage vectors, optionally answer.
CHILD = """
import resource, sys, time
started = time.perf_counter()
sys.path.insert(0, {root!r})
from pathlib import Path
from index.config import Settings
from index.search import Engine
from benchmarks.synthetic import SyntheticDocuments
settings = Settings.from_env(seeds_dir={seeds!r}, data_dir={data!r})
engine = Engine.from_settings(settings, SyntheticDocuments(settings.embedder()))
if {refresh}:
    report = engine.refresh(warm=not {question!r})
question = {question!r}
if question:
    engine.embedder.embed_queries(["warm up"])
    engine.ask(question)
# VmHWM: this process's own peak (ru_maxrss can carry the parent's across fork and exec)
hwm = [int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")][0] / 1024
print(time.perf_counter() - started, hwm)
"""


def child(seeds: Path, data: Path, *, refresh: bool, question: str = "") -> tuple[float, float]:
    """(seconds, peak RSS MB) of a fresh process doing the work, from its own clock."""
    code = CHILD.format(
        root=str(ROOT), seeds=str(seeds), data=str(data), refresh=refresh, question=question
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=ENV, capture_output=True, text=True, timeout=7200
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    seconds, rss = done.stdout.split()
    return float(seconds), float(rss)


def stats(values: Sequence[float]) -> str:
    ordered = sorted(values)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    return f"p50 {at(50):7.1f}  p95 {at(95):7.1f}  p99 {at(99):7.1f} ms"


def timed(action: Callable[[str], object], items: Sequence[str]) -> list[float]:
    out = []
    for item in items:
        started = time.perf_counter()
        action(item)
        out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=30_000)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="undersigned-scale-"))
    seeds, data = work / "seeds", work / "data"
    started = time.perf_counter()
    counts = generate(seeds, args.passages, n_orgs=args.organisations)
    print(
        f"{counts['statements']} statements, {counts['passages']} paragraphs, "
        f"{counts['organisations']} organisations (generated in {time.perf_counter() - started:.1f} s); "
        f"{os.cpu_count()} cores"
    )
    questions = (work / "seeds-questions.txt").read_text(encoding="utf-8").splitlines()[:200]
    names = (work / "seeds-organisations.txt").read_text(encoding="utf-8").splitlines()

    build_s, build_rss = child(seeds, data, refresh=True)
    print(
        f"  first build, synthetic passage vectors (fresh process)   {build_s:8.1f} s, peak RSS {build_rss:.0f} MB"
    )
    noop = statistics.median(child(seeds, data, refresh=True)[0] for _ in range(3))
    print(f"  build with nothing changed (fresh process)               {noop:8.2f} s")
    added = []
    for i in range(3):
        (seeds / f"zz-added-{i}.txt").write_text(
            f"Statement on the harbour strike number {i}\n\nWe stand with the dockers and demand "
            "the release of the arrested pickets.\n\nSigned by:\n" + names[i] + "\n",
            encoding="utf-8",
        )
        added.append(child(seeds, data, refresh=True)[0])
    add = statistics.median(added)
    print(
        f"  build after adding one statement (fresh process)         {add:8.2f} s  (+{add - noop:.2f} s above the no-op)"
    )
    ready, serve_rss = child(seeds, data, refresh=False, question=questions[0])
    print(
        f"  start-up to a first answer (fresh process)               {ready:8.2f} s, peak RSS {serve_rss:.0f} MB"
    )
    size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
    print(f"  index on disk                                            {size / 1e6:8.1f} MB")

    sys.path.insert(0, str(ROOT))
    from bot.commands.signatories import matching_names
    from index.config import Settings
    from index.search import Engine

    from .synthetic import SyntheticDocuments

    settings = Settings.from_env(seeds_dir=seeds, data_dir=data)
    engine = Engine.from_settings(settings, SyntheticDocuments(settings.embedder()))
    engine.embedder.embed_queries(["warm up"])
    for q in questions[:5]:
        engine.ask(q)
    total = timed(lambda q: engine.ask(q), questions)
    encode = timed(lambda q: engine.embedder.embed_queries([q]), questions)
    print(f"  question, one at a time                                  {stats(total)}")
    print(f"    of which encoding the question                         {stats(encode)}")
    print(
        f"    excluding encoding (each minus the median encoding)    {stats([t - statistics.median(encode) for t in total])}"
    )
    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        batches = []
        for start in range(0, 200, 20):
            chunk = questions[start : start + 20]

            def one(q: str) -> float:
                t = time.perf_counter()
                engine.ask(q)
                return (time.perf_counter() - t) * 1000

            batches += list(pool.map(one, chunk))
    print(f"  question, 20 at once (threads, as the bot's executor)    {stats(batches)}")
    exact = names[100:300] or names[:200]  # small collections have few organisations
    typos = [n[:-3] + n[-2] + n[-3] + n[-1] for n in names[300:400] or names[:100]]
    unknown = [f"Pizza Party of Nowhere {i}" for i in range(20)]
    print(
        f"  signed-by, exact name                                    {stats(timed(engine.lookup, exact))}"
    )
    print(
        f"  signed-by, misspelt (two letters swapped)                {stats(timed(engine.lookup, typos))}"
    )
    print(
        f"  signed-by, unknown (suggestions)                         {stats(timed(engine.lookup, unknown))}"
    )
    print(
        f"  organisation card (cosigners)                            {stats(timed(lambda n: engine.cosigners(n, 10), exact[:50]))}"
    )
    prefixes = ["", "w", "Com", "Velm", "Dockers", "union of"] * 10
    print(
        "  autocomplete (names matching what is typed)              "
        + stats(timed(lambda p: matching_names(engine.organisations(), p), prefixes))
    )
    print(
        f"  peak RSS of this process (build excluded)                {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.0f} MB"
    )


if __name__ == "__main__":
    main()
