"""Ranking: BM25 keywords beside dense vectors, fused; one code path for the engine and `eval`.

Dense retrieval misses exact names, numbers and rare words; BM25 misses paraphrase. The fused
score is `alpha * cosine + (1 - alpha) * bm25 / max(bm25)`, with `alpha` picked on SciFact's
train queries (never the test split): see `python -m index eval --tune`.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Scores = npt.NDArray[np.float32]

# Picked on SciFact's 809 train queries with all-MiniLM-L6-v2 (`python -m index eval --tune`).
DEFAULT_ALPHA = 0.75
# Weight of a passage's statement (its best passage) in the passage's rank: picked on the
# labelled collection's development half (`python -m index eval --collection`).
STATEMENT_WEIGHT = 0.5


def _bm25s() -> Any:
    import bm25s

    # bm25s sets its own logger to DEBUG on import and then logs every index build.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


class KeywordIndex:
    """BM25 (bm25s, English stopwords and Snowball stemmer) over a list of texts.

    Each text's stemmed tokens are kept beside the index, so the next build re-tokenises only
    new or changed texts; the BM25 statistics (IDF, lengths) are corpus-wide by nature and are
    recomputed from the tokens, which takes no model and no text processing.
    """

    def __init__(self, retriever: Any, tokens: Sequence[Sequence[str]]) -> None:
        self._retriever = retriever
        self.tokens = tuple(tuple(t) for t in tokens)
        self.size = len(self.tokens)
        self._stem = _stemmer()

    @staticmethod
    def tokenize(texts: Sequence[str]) -> list[list[str]]:
        """The stemmed, stopword-free tokens of each text, as BM25 indexes them."""
        if not texts:
            return []
        words = _bm25s().tokenize(
            list(texts), stopwords="en", stemmer=_stemmer(), return_ids=False, show_progress=False
        )
        return [list(w) for w in words]

    @classmethod
    def build(
        cls, texts: Sequence[str], known: Mapping[str, Sequence[str]] | None = None
    ) -> KeywordIndex:
        """Index `texts`; row i scores texts[i]. `known` maps a text to tokens it already has."""
        known = known or {}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        fresh = dict(zip(missing, cls.tokenize(missing), strict=True))
        tokens = [known[t] if t in known else fresh[t] for t in texts]
        return cls.from_tokens(tokens)

    @classmethod
    def from_tokens(cls, tokens: Sequence[Sequence[str]]) -> KeywordIndex:
        """Index pre-tokenised texts."""
        retriever = _bm25s().BM25()
        if tokens:
            retriever.index([list(t) for t in tokens], show_progress=False)
        return cls(retriever, tokens)

    def save(self, folder: Path) -> None:
        """Write the index as plainly named files (numpy arrays and JSON; no pickle)."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "size").write_text(str(self.size), encoding="utf-8")
        (folder / "tokens.json").write_text(
            json.dumps([list(t) for t in self.tokens], ensure_ascii=False), encoding="utf-8"
        )
        if self.size:
            self._retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        """Read an index written by `save`."""
        bm25s = _bm25s()
        size = int((folder / "size").read_text(encoding="utf-8"))
        retriever = bm25s.BM25.load(str(folder)) if size else bm25s.BM25()
        tokens_file = folder / "tokens.json"
        tokens: list[list[str]] = (
            json.loads(tokens_file.read_text(encoding="utf-8")) if tokens_file.exists() else []
        )
        if len(tokens) != size:
            # Written before tokens were kept: the index still answers; the next build
            # re-tokenises every text.
            tokens = [[] for _ in range(size)]
            return _Untokenised(retriever, tokens)
        return cls(retriever, tokens)

    def known_tokens(self, texts: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """Tokens of this index's rows by text (row i is `texts[i]`), for reuse by a new build."""
        if len(texts) != self.size:
            raise ValueError("one text per indexed row")
        return dict(zip(texts, self.tokens, strict=True))

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every stemmed word that occurs in the indexed texts."""
        vocab = getattr(self._retriever, "vocab_dict", None) or {}
        return frozenset(w for w in vocab if w)

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


class _Untokenised(KeywordIndex):
    """An index loaded without its tokens: searchable, but nothing to reuse."""

    def known_tokens(self, texts: Sequence[str]) -> dict[str, tuple[str, ...]]:
        return {}


def fuse(dense: Scores, keyword: Scores, alpha: float = DEFAULT_ALPHA) -> Scores:
    """The hybrid score of each text: cosine and max-normalised BM25, weighted by `alpha`."""
    top = float(keyword.max()) if keyword.size else 0.0
    normalised = keyword / top if top > 0 else np.zeros_like(dense)
    return (alpha * dense + (1.0 - alpha) * normalised).astype(np.float32)


def with_statement(
    scores: Scores, statement_rows: npt.NDArray[np.int64], weight: float = STATEMENT_WEIGHT
) -> Scores:
    """Each passage's score plus `weight` times the best score of its statement.

    The best passage of a statement says *which statement* answers; the passage's own score
    still decides *which paragraph* of it, since within one statement the added part is the
    same for every paragraph. So a paragraph of the statement that answers best rises above
    the near-misses of other statements, without the statement's first paragraph (which
    names its subject) crowding out the one that answers.
    """
    if not scores.size or weight == 0:
        return scores.copy()
    best = np.full(int(statement_rows.max()) + 1, -np.inf, dtype=np.float64)
    np.maximum.at(best, statement_rows, scores.astype(np.float64))
    out = scores + weight * best[statement_rows]
    return np.where(np.isfinite(scores), out, -np.inf).astype(np.float32)


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
    pool = np.asarray(list(candidates), dtype=np.int64)
    if not len(pool) or k <= 0:
        return []
    gain = (1 - diversity) * relevance[pool].astype(np.float64)
    similar = (vectors[pool] @ vectors[pool].T).astype(np.float64)
    nearest = np.zeros(len(pool), dtype=np.float64)  # similarity to the closest one chosen
    taken = np.zeros(len(pool), dtype=bool)
    chosen: list[int] = []
    while len(chosen) < min(k, len(pool)):
        values = gain - diversity * nearest if chosen else gain.copy()
        values[taken] = -np.inf
        j = int(np.argmax(values))
        chosen.append(int(pool[j]))
        taken[j] = True
        nearest = np.maximum(nearest, similar[j]) if len(chosen) > 1 else similar[j].copy()
    return chosen
