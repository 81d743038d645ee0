"""Search only, at a million passages: exact search against approximate indexes on synthetic
vectors shaped like sentence embeddings (clustered, unit length), for the size past which the
engine should search approximately.

    .venv/bin/python -m benchmarks.million [--passages 1000000] [--queries 200]

For each index: build seconds, search p50/p95 (one query at a time, k=10), recall@10 against
exact search, and the peak RSS of a fresh process that loads the index from disk and searches
(what a serving process holds).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

DIMENSION = 384
K = 10

SERVE = """
import resource, sys, time, numpy as np, faiss
faiss.omp_set_num_threads(1)
index = faiss.read_index({path!r})
{tune}
queries = np.load({queries!r})
times = []
for q in queries:
    t = time.perf_counter()
    index.search(q.reshape(1, -1), {k})
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(times[len(times) // 2], times[int(len(times) * 0.95)],
      [int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")][0] / 1024)
"""


# The engine's own approximate scoring (index/dense.py): its IVF index over the stored
# vectors, memory-mapped, candidates rescored exactly; every row scored, as the fusion needs.
ENGINE = """
import sys, time, numpy as np, faiss
sys.path.insert(0, {root!r})
faiss.omp_set_num_threads(1)
from index.dense import DenseScores, read_ann
from index.retrieval import top_k
base = np.load({vectors!r}, mmap_mode="r")
scorer = DenseScores([(base, read_ann(__import__("pathlib").Path({ann!r})), np.arange(len(base)))], len(base))
queries = np.load({queries!r})
truth = np.load({truth!r})
times, found = [], 0
for i, q in enumerate(queries):
    t = time.perf_counter()
    best = top_k(scorer.scores(q), {k})
    times.append((time.perf_counter() - t) * 1000)
    found += len(set(best) & set(truth[i].tolist()))
times.sort()
print(times[len(times) // 2], times[int(len(times) * 0.95)], found / ({k} * len(queries)),
      [int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")][0] / 1024)
"""


def vectors(n: int, rng: np.random.Generator, centres: np.ndarray) -> np.ndarray:
    """Unit vectors around random topic centres (real embeddings cluster; uniform random
    vectors would be the hardest case for an approximate index, and unlike real text)."""
    out = np.empty((n, DIMENSION), dtype=np.float32)
    step = 100_000
    for start in range(0, n, step):
        m = min(step, n - start)
        chosen = centres[rng.integers(0, len(centres), m)]
        block = chosen + 0.6 * rng.standard_normal((m, DIMENSION)).astype(np.float32) / np.sqrt(
            DIMENSION
        )
        out[start : start + m] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    import faiss

    rng = np.random.default_rng(3)
    centres = rng.standard_normal((2000, DIMENSION)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    base = vectors(args.passages, rng, centres)
    queries = vectors(args.queries, rng, centres)
    work = Path(tempfile.mkdtemp(prefix="undersigned-million-"))
    np.save(work / "queries.npy", queries)

    flat = faiss.IndexFlatIP(DIMENSION)
    flat.add(base)
    _, truth = flat.search(queries, K)
    print(f"{args.passages:,} synthetic passage vectors, {args.queries} queries, k={K}")
    candidates = {
        "flat (exact)": ("Flat", "", None),
        "HNSW32, SQ8": ("HNSW32_SQ8", "index.hnsw.efSearch = 64", None),
        "IVF4096, SQ8, nprobe 16": ("IVF4096,SQ8", "index.nprobe = 16", 16),
        "IVF4096, SQ8, nprobe 32": ("IVF4096,SQ8", "index.nprobe = 32", 32),
    }
    built: dict[str, object] = {}
    for label, (spec, tune, nprobe) in candidates.items():
        started = time.perf_counter()
        if spec in built:
            index = built[spec]
        else:
            index = faiss.index_factory(DIMENSION, spec, faiss.METRIC_INNER_PRODUCT)
            if not index.is_trained:
                index.train(base[rng.choice(len(base), min(len(base), 200_000), replace=False)])
            index.add(base)
            built[spec] = index
        seconds = time.perf_counter() - started
        if nprobe is not None:
            faiss.extract_index_ivf(index).nprobe = nprobe
        if spec.startswith("HNSW"):
            faiss.downcast_index(index).hnsw.efSearch = 64
        _, found = index.search(queries, K)
        recall = statistics.mean(
            len(set(found[i]) & set(truth[i])) / K for i in range(len(queries))
        )
        path = work / f"{spec.replace(',', '_')}.faiss"
        faiss.write_index(index, str(path))
        code = SERVE.format(path=str(path), tune=tune, queries=str(work / "queries.npy"), k=K)
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=3600
        ).stdout.split()
        p50, p95, rss = (float(x) for x in out)
        print(
            f"  {label:28} build {seconds:7.1f} s  search p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  "
            f"recall@10 {recall:.3f}  serving RSS {rss:6.0f} MB  file {path.stat().st_size / 1e6:7.0f} MB"
        )
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from index.dense import build_ann, extract_ivf, write_ann

    started = time.perf_counter()
    ann = build_ann(base)
    seconds = time.perf_counter() - started
    ivf = extract_ivf(ann)
    np.save(work / "vectors.npy", base)
    np.save(work / "truth.npy", truth)
    write_ann(ann, work / "ann.faiss")
    code = ENGINE.format(
        root=str(Path(__file__).resolve().parents[1]),
        vectors=str(work / "vectors.npy"),
        ann=str(work / "ann.faiss"),
        queries=str(work / "queries.npy"),
        truth=str(work / "truth.npy"),
        k=K,
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=3600
    ).stdout.split()
    p50, p95, recall, rss = (float(x) for x in out)
    label = f"engine: IVF{ivf.nlist},SQ8 nprobe {ivf.nprobe} + rescoring"
    print(
        f"  {label:28} build {seconds:7.1f} s  search p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  "
        f"recall@10 {recall:.3f}  serving RSS {rss:6.0f} MB  file "
        f"{(work / 'ann.faiss').stat().st_size / 1e6:7.0f} MB (+ vectors memory-mapped)"
    )
    print(
        f"  (this process: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
    )


if __name__ == "__main__":
    main()
