"""Dense scores of a question against stored passage vectors: exact below a size, approximate
above it.

Below `ANN_MIN_ROWS` vectors a part (a segment) is scored exactly, one product with all of its
vectors (100k passages: ~10 ms on 2 cores). From `ANN_MIN_ROWS` on, a product with every vector
costs more than a question may (1M: 48 ms, and 1.5 GB of float32 in memory), so the part keeps
an IVF index with 8-bit codes (faiss `IndexIVFScalarQuantizer`, chosen by
`python -m benchmarks.million`): it proposes `ANN_CANDIDATES` passages with their scores from the
codes, and the caller's best BM25 passages are scored from their codes too (the float32 vectors
stay on disk: reading candidates' rows from them touched most of a 1.5 GB file at a million).
Every other passage gets the lowest score found, so the fusion with BM25 and everything after it
work on full rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .embedding import Vectors
from .retrieval import Scores

ANN_MIN_ROWS = 250_000
ANN_CANDIDATES = 1000
KEYWORD_CANDIDATES = 1000
ANN_FILE = "ann.faiss"


def lists_for(rows: int) -> int:
    """IVF lists for `rows` vectors: about 4·√rows (4,000 at 1M), with at least the 39
    vectors per list faiss's k-means asks for."""
    return max(1, min(rows // 39, int(4 * math.sqrt(rows))))


def probes_for(lists: int) -> int:
    """Lists visited per question: an eighth of them, at least 16 — at a million passages
    (4,000 lists) 500, 16 ms a question at recall@10 0.979 (`python -m benchmarks.million`);
    SciFact's 5,183 real embeddings (132 lists, 16 visited): recall@10 0.909, hybrid nDCG@10
    0.7312 against 0.7314 exact (`python -m index eval … --approximate`)."""
    return min(lists, max(16, lists // 8))


def build_ann(vectors: npt.NDArray[np.float32], seed: int = 0) -> Any:
    """An IVF index with 8-bit scalar codes over `vectors` (inner product), trained on a
    sample of at most 64 vectors per list."""
    import faiss

    rows, dimension = vectors.shape
    lists = lists_for(rows)
    quantizer = faiss.IndexFlatIP(dimension)
    index = faiss.IndexIVFScalarQuantizer(
        quantizer, dimension, lists, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
    )
    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(rows, size=min(rows, 64 * lists), replace=False))
    index.train(np.ascontiguousarray(vectors[sample], dtype=np.float32))
    for start in range(0, rows, 65536):
        index.add(np.ascontiguousarray(vectors[start : start + 65536], dtype=np.float32))
    index.nprobe = probes_for(lists)
    index.make_direct_map()
    return index


def write_ann(index: Any, path: Path) -> None:
    import faiss

    faiss.write_index(index, str(path))


def extract_ivf(index: Any) -> Any:
    """The IVF part of an index (where `nlist` and `nprobe` are)."""
    import faiss

    return faiss.extract_index_ivf(index)


def read_ann(path: Path) -> Any:
    import faiss

    index = faiss.read_index(str(path))
    ivf = extract_ivf(index)
    ivf.nprobe = probes_for(int(ivf.nlist))
    ivf.make_direct_map()  # to decode the codes of BM25's candidates the lists did not hold
    return index


class DenseScores:
    """The cosine of a query with every live passage of several parts (segments), each part's
    rows placed at rows of the whole (-1: no longer in the collection)."""

    def __init__(
        self,
        parts: Sequence[tuple[npt.NDArray[np.float32], Any, npt.NDArray[np.int64]]],
        size: int,
    ) -> None:
        """`parts`: (vectors, an ANN index or None, row of each vector in the whole)."""
        self.parts = list(parts)
        self.size = size
        self.approximate = any(ann is not None for _, ann, _ in self.parts)

    def scores(self, query: Vectors, keyword: Scores | None = None) -> Scores:
        """Row-aligned cosines; with an approximate part, for its candidates (the ANN's and
        the best of `keyword`) from their 8-bit codes, and the lowest of those for every other
        row."""
        q = np.ascontiguousarray(query.reshape(-1), dtype=np.float32)
        if not self.approximate:
            out = np.empty(self.size, dtype=np.float32)
            for vectors, _, rows in self.parts:
                local = np.asarray(vectors @ q, dtype=np.float32)
                live = rows >= 0
                out[rows[live]] = local[live]
            return out
        out = np.full(self.size, np.nan, dtype=np.float32)
        wanted = None
        if keyword is not None and keyword.size and self.size:
            k = min(KEYWORD_CANDIDATES, self.size)
            best = np.argpartition(-keyword, k - 1)[:k]
            wanted = np.zeros(self.size, dtype=bool)
            wanted[best[keyword[best] > 0]] = True
        for vectors, ann, rows in self.parts:
            live = rows >= 0
            if ann is None:
                local = np.asarray(vectors @ q, dtype=np.float32)
                out[rows[live]] = local[live]
                continue
            near, found = ann.search(q.reshape(1, -1), min(ANN_CANDIDATES, len(rows)))
            proposed = found[0] >= 0
            chosen, values = found[0][proposed], near[0][proposed]
            keep = live[chosen]
            out[rows[chosen[keep]]] = values[keep]
            if wanted is not None:
                extra = np.setdiff1d(np.flatnonzero(live & wanted[np.maximum(rows, 0)]), chosen)
                if len(extra):
                    codes = ann.reconstruct_batch(extra.astype(np.int64))
                    out[rows[extra]] = np.asarray(codes @ q, dtype=np.float32)
        known = ~np.isnan(out)
        floor = float(out[known].min()) if known.any() else 0.0
        out[~known] = floor
        return out
