"""Side by side, in one run, on the same generated collection and questions: this project, the
bare script (sentence-transformers + a flat faiss index) and LangChain's FAISS store with the same
model. Each runs in its own process, one after the other; then this project's command line is
timed from fresh processes (a no-op build, adding one statement, start-up to a first answer).

    bash benchmarks/setup_langchain.sh            # once: LangChain in its own venv
    .venv/bin/python -m benchmarks.compare [--passages 1000,10000] [--questions 200]

Prints one table per size, with ratios to the bare script and to LangChain. Without the
LangChain venv its column says so and the rest still runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .generate import generate

ROOT = Path(__file__).resolve().parents[1]
PEERS = Path(__file__).resolve().parent / "peers"
LANGCHAIN_PYTHON = Path(__file__).resolve().parent / ".venv-langchain" / "bin" / "python"
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TQDM_DISABLE": "1"}


def run_peer(
    python: Path, script: str, collection: Path, questions: Path, out: Path
) -> dict[str, Any]:
    command = [str(python), str(PEERS / script), "--collection", str(collection)]
    command += ["--questions", str(questions), "--out", str(out)]
    done = subprocess.run(
        command, env=ENV, capture_output=True, text=True, timeout=7200, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{script} failed:\n{done.stderr[-3000:]}")
    print("   ", done.stdout.strip(), flush=True)
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def timed_cli(args: list[str], seeds: Path, data: Path) -> float:
    started = time.perf_counter()
    env = {**ENV, "SEEDS_DIR": str(seeds), "DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, "-m", "index", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=7200,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"python -m index {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def ensure_export() -> float:
    """Export the model to ONNX once (kept in the model cache); the seconds it took, 0 if done."""
    started = time.perf_counter()
    code = "from index.config import Settings; Settings.from_env().embedder().embed_queries(['x'])"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=ENV, check=True, timeout=600)
    return time.perf_counter() - started


def one_size(passages: int, n_questions: int, work: Path) -> None:
    folder = work / f"c{passages}"
    counts = generate(folder / "seeds", passages)
    questions = folder / "seeds-questions.txt"
    lines = questions.read_text(encoding="utf-8").splitlines()[:n_questions]
    questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"\n== {counts['statements']} statements, {counts['passages']} paragraphs, "
        f"{counts['organisations']} organisations, {len(lines)} questions",
        flush=True,
    )
    results: dict[str, dict[str, Any] | None] = {}
    results["bare"] = run_peer(
        Path(sys.executable), "bare.py", folder / "seeds", questions, folder / "bare.json"
    )
    if LANGCHAIN_PYTHON.exists():
        results["langchain"] = run_peer(
            LANGCHAIN_PYTHON, "langchain_peer.py", folder / "seeds", questions, folder / "lc.json"
        )
    else:
        results["langchain"] = None
        print("    langchain: not installed (bash benchmarks/setup_langchain.sh)")
    results["undersigned"] = run_peer(
        Path(sys.executable), "ours.py", folder / "seeds", questions, folder / "ours.json"
    )

    # The command line from fresh processes, as a moderator runs it.
    data = folder / "data"
    cli_build = timed_cli(["build"], folder / "seeds", data)
    noop = statistics.median(timed_cli(["build"], folder / "seeds", data) for _ in range(3))
    added = []
    for i in range(3):
        (folder / "seeds" / f"zz-added-{i}.txt").write_text(
            f"Statement on the harbour strike number {i}\n\nWe stand with the dockers of "
            "Velmoria and demand the release of the arrested pickets.\n\nSigned by:\n"
            "Dockers' Union of Velmoria\n",
            encoding="utf-8",
        )
        added.append(timed_cli(["build"], folder / "seeds", data))
    startup = statistics.median(
        timed_cli(["ask", lines[0]], folder / "seeds", data) for _ in range(3)
    )
    signed_by = statistics.median(
        timed_cli(["signed-by", "Dockers' Union of Velmoria"], folder / "seeds", data)
        for _ in range(3)
    )
    table(results)
    print(f"  python -m index build, from nothing (fresh process)      {cli_build:8.2f} s")
    print(f"  python -m index build, nothing changed (no-op)           {noop:8.2f} s")
    print(
        f"  python -m index build after adding one statement         {statistics.median(added):8.2f} s"
        f"  (+{statistics.median(added) - noop:.2f} s above the no-op)"
    )
    print(f"  python -m index ask, fresh process to the answer         {startup:8.2f} s")
    print(f"  python -m index signed-by, fresh process                 {signed_by:8.2f} s")


def table(results: dict[str, dict[str, Any] | None]) -> None:
    bare = results["bare"]
    lc = results["langchain"]
    assert bare is not None

    def cell(peer: str, value: float, unit: str, digits: int = 2) -> str:
        text = f"{value:.{digits}f} {unit}"
        ratios = []
        if peer != "bare":
            ratios.append(f"{value / ref['bare']:.2f}x bare")
        if lc is not None and peer != "langchain":
            ratios.append(f"{value / ref['langchain']:.2f}x LC")
        return text + (f" ({', '.join(ratios)})" if ratios else "")

    rows: list[tuple[str, str, int, Any]] = [
        ("build end to end (load + build + save)", "s", 2, lambda r: r["total_seconds"]),
        ("  of which encoding passages", "s", 2, lambda r: r["encode_seconds"] or float("nan")),
        (
            "per question p50 (warm, one at a time)",
            "ms",
            1,
            lambda r: statistics.median(r["question_ms"]),
        ),
        ("per question p95", "ms", 1, lambda r: percentile(r["question_ms"], 95)),
        ("per question p99", "ms", 1, lambda r: percentile(r["question_ms"], 99)),
        ("peak RSS", "MB", 0, lambda r: r["peak_rss_mb"]),
        ("index on disk", "MB", 1, lambda r: r["index_bytes"] / 1e6),
    ]
    peers = [p for p in ("undersigned", "bare", "langchain") if results.get(p) is not None]
    print(f"  {'':42}" + "".join(f"{p:>34}" for p in peers))
    for label, unit, digits, get in rows:
        ref = {p: get(results[p]) for p in peers}
        print(f"  {label:42}" + "".join(f"{cell(p, ref[p], unit, digits):>34}" for p in peers))
    passages = {p: results[p]["passages"] for p in peers}  # type: ignore[index]
    print(f"  passages (ours: chunks without signature blocks)  {passages}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", default="1000", help="sizes, comma-separated")
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--work", type=Path, default=None, help="folder for the collections")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    export = ensure_export()
    print(f"ONNX export (once per model, kept in the model cache): {export:.1f} s")
    work = args.work or Path(tempfile.mkdtemp(prefix="undersigned-compare-"))
    for size in (int(s) for s in args.passages.split(",")):
        one_size(size, args.questions, work)


if __name__ == "__main__":
    main()
