"""Ranking: BM25 keywords beside dense vectors, fused; one code path for the engine and `eval`.

Dense retrieval misses exact names, numbers and rare words; BM25 misses paraphrase. The fused
score is `alpha * cosine + (1 - alpha) * bm25 / max(bm25)`, with `alpha` picked on SciFact's
train queries (never the test split): see `python -m index eval --tune`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Scores = npt.NDArray[np.float32]

# Picked on SciFact's 809 train queries with all-MiniLM-L6-v2 (`python -m index eval --tune`).
DEFAULT_ALPHA = 0.75


def _bm25s() -> Any:
    import bm25s

    # bm25s sets its own logger to DEBUG on import and then logs every index build.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


class KeywordIndex:
    """BM25 (bm25s, English stopwords and Snowball stemmer) over a list of texts."""

    def __init__(self, retriever: Any, size: int) -> None:
        self._retriever = retriever
        self.size = size
        self._stem = _stemmer()

    @classmethod
    def build(cls, texts: Sequence[str]) -> KeywordIndex:
        """Index `texts`; row i scores texts[i]."""
        bm25s = _bm25s()
        retriever = bm25s.BM25()
        if texts:
            tokens = bm25s.tokenize(
                list(texts), stopwords="en", stemmer=_stemmer(), show_progress=False
            )
            retriever.index(tokens, show_progress=False)
        return cls(retriever, len(texts))

    def save(self, folder: Path) -> None:
        """Write the index as plainly named files (numpy arrays and JSON; no pickle)."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "size").write_text(str(self.size), encoding="utf-8")
        if self.size:
            self._retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        """Read an index written by `save`."""
        bm25s = _bm25s()
        size = int((folder / "size").read_text(encoding="utf-8"))
        retriever = bm25s.BM25.load(str(folder)) if size else bm25s.BM25()
        return cls(retriever, size)

    def terms(self, text: str) -> set[str]:
        """The stemmed content words of `text` (a wider English stopword list than BM25's)."""
        from bm25s.stopwords import STOPWORDS_EN_PLUS

        words = [w for w in re.findall(r"\w+", text.lower()) if w not in STOPWORDS_EN_PLUS]
        return set(self._stem.stemWords(words))

    def scores(self, query: str) -> Scores:
        """The BM25 score of every indexed text for `query` (zeros when no word is known)."""
        bm25s = _bm25s()
        if not self.size:
            return np.zeros(0, dtype=np.float32)
        words = bm25s.tokenize(
            [query], stopwords="en", stemmer=self._stem, return_ids=False, show_progress=False
        )[0]
        if not words:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._retriever.get_scores(list(words)), dtype=np.float32)


def fuse(dense: Scores, keyword: Scores, alpha: float = DEFAULT_ALPHA) -> Scores:
    """The hybrid score of each text: cosine and max-normalised BM25, weighted by `alpha`."""
    top = float(keyword.max()) if keyword.size else 0.0
    normalised = keyword / top if top > 0 else np.zeros_like(dense)
    return (alpha * dense + (1.0 - alpha) * normalised).astype(np.float32)


def top_k(scores: Scores, k: int) -> list[int]:
    """Indices of the k best scores, best first (ties by index)."""
    if k <= 0 or not scores.size:
        return []
    k = min(k, scores.size)
    part = np.argpartition(-scores, k - 1)[:k]
    return sorted(part.tolist(), key=lambda i: (-float(scores[i]), i))


def mmr(
    candidates: Sequence[int],
    relevance: Scores,
    vectors: npt.NDArray[np.float32],
    k: int,
    diversity: float = 0.3,
) -> list[int]:
    """Maximal marginal relevance: pick k of `candidates` trading relevance against similarity
    to what was already picked, so near-duplicates do not crowd one answer."""
    chosen: list[int] = []
    pool = list(candidates)
    while pool and len(chosen) < k:
        picked = vectors[chosen] if chosen else None
        values = [
            (1 - diversity) * float(relevance[i])
            - (diversity * float(np.max(picked @ vectors[i])) if picked is not None else 0.0)
            for i in pool
        ]
        best = pool[int(np.argmax(values))]
        chosen.append(best)
        pool.remove(best)
    return chosen
