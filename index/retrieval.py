"""Ranking: BM25 keywords beside dense vectors, fused; one code path for the engine and `eval`.

Dense retrieval misses exact names, numbers and rare words; BM25 misses paraphrase. The fused
score is `alpha * cosine + (1 - alpha) * bm25 / max(bm25)`, with `alpha` picked on SciFact's
train queries (never the test split): see `python -m index eval --tune`.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections import Counter
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


class TermCounts:
    """How often each term occurs in each text of one part of the collection (a segment):
    the part's own vocabulary, a row-wise sparse matrix (text -> terms) and its column-wise
    copy (term -> texts). Written once with the segment and never changed: BM25's statistics
    over the whole collection are computed from the parts when they are loaded, so a build
    that adds one statement writes only that statement's counts."""

    FILES = ("doc_ptr", "doc_terms", "doc_counts", "term_ptr", "term_docs", "term_counts")

    def __init__(self, vocab: Sequence[str], arrays: Mapping[str, npt.NDArray[Any]]) -> None:
        self.vocab = list(vocab)
        self.doc_ptr = arrays["doc_ptr"]
        self.doc_terms = arrays["doc_terms"]
        self.doc_counts = arrays["doc_counts"]
        self.term_ptr = arrays["term_ptr"]
        self.term_docs = arrays["term_docs"]
        self.term_counts = arrays["term_counts"]
        self.size = len(self.doc_ptr) - 1
        self._ids: dict[str, int] | None = None

    @property
    def ids(self) -> dict[str, int]:
        """Term -> its column."""
        if self._ids is None:
            self._ids = {t: i for i, t in enumerate(self.vocab)}
        return self._ids

    @classmethod
    def from_tokens(cls, tokens: Sequence[Sequence[str]]) -> TermCounts:
        """Count the tokens of each text."""
        vocab: dict[str, int] = {}
        ptr = [0]
        terms: list[int] = []
        counts: list[int] = []
        for words in tokens:
            for word, n in Counter(words).items():
                terms.append(vocab.setdefault(word, len(vocab)))
                counts.append(n)
            ptr.append(len(terms))
        return cls._from_rows(
            list(vocab),
            np.asarray(ptr, dtype=np.int64),
            np.asarray(terms, dtype=np.int32),
            np.asarray(counts, dtype=np.int32),
        )

    @classmethod
    def _from_rows(
        cls,
        vocab: list[str],
        doc_ptr: npt.NDArray[np.int64],
        doc_terms: npt.NDArray[np.int32],
        doc_counts: npt.NDArray[np.int32],
    ) -> TermCounts:
        docs = np.repeat(np.arange(len(doc_ptr) - 1, dtype=np.int32), np.diff(doc_ptr))
        order = np.lexsort((docs, doc_terms))
        term_ptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(doc_terms, minlength=len(vocab)), out=term_ptr[1:])
        return cls(
            vocab,
            {
                "doc_ptr": doc_ptr,
                "doc_terms": doc_terms,
                "doc_counts": doc_counts,
                "term_ptr": term_ptr,
                "term_docs": docs[order],
                "term_counts": doc_counts[order],
            },
        )

    def rows(self) -> npt.NDArray[np.int32]:
        """The text (row) of each stored count, in row order."""
        return np.repeat(np.arange(self.size, dtype=np.int32), np.diff(self.doc_ptr))

    def lengths(self) -> npt.NDArray[np.int64]:
        """Each text's number of tokens."""
        return np.bincount(self.rows(), weights=self.doc_counts, minlength=self.size).astype(
            np.int64
        )

    def row_terms(self, row: int) -> list[str]:
        """The distinct terms of one text."""
        a, b = int(self.doc_ptr[row]), int(self.doc_ptr[row + 1])
        return [self.vocab[int(t)] for t in self.doc_terms[a:b]]

    @staticmethod
    def concat(parts: Sequence[tuple[TermCounts, npt.NDArray[np.int64]]]) -> TermCounts:
        """The chosen rows of several parts, in that order, as one part (a merge)."""
        vocab: dict[str, int] = {}
        ptrs: list[npt.NDArray[np.int64]] = []
        terms: list[npt.NDArray[np.int32]] = []
        counts: list[npt.NDArray[np.int32]] = []
        for part, chosen in parts:
            remap = np.array([vocab.setdefault(t, len(vocab)) for t in part.vocab], dtype=np.int32)
            starts, ends = part.doc_ptr[chosen], part.doc_ptr[np.asarray(chosen) + 1]
            ptrs.append(ends - starts)
            take = (
                np.concatenate([np.arange(a, b) for a, b in zip(starts, ends, strict=True)])
                if len(chosen)
                else np.zeros(0, dtype=np.int64)
            ).astype(np.int64)
            terms.append(remap[part.doc_terms[take]] if len(remap) else np.zeros(0, np.int32))
            counts.append(np.asarray(part.doc_counts[take], dtype=np.int32))
        lengths = np.concatenate(ptrs) if ptrs else np.zeros(0, dtype=np.int64)
        doc_ptr = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=doc_ptr[1:])
        return TermCounts._from_rows(
            list(vocab),
            doc_ptr,
            np.concatenate(terms).astype(np.int32) if terms else np.zeros(0, np.int32),
            np.concatenate(counts).astype(np.int32) if counts else np.zeros(0, np.int32),
        )

    def save(self, folder: Path) -> None:
        """Plain files: the vocabulary as JSON and each array as `.npy` (no pickle)."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vocab.json").write_text(json.dumps(self.vocab, ensure_ascii=False), "utf-8")
        for name in self.FILES:
            np.save(folder / f"{name}.npy", getattr(self, name), allow_pickle=False)

    @classmethod
    def load(cls, folder: Path) -> TermCounts:
        """Read a part written by `save`, its arrays memory-mapped (read where a query looks)."""
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        arrays = {
            name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
            for name in cls.FILES
        }
        part = cls(vocab, arrays)
        if (
            not isinstance(vocab, list)
            or len(part.term_ptr) != len(vocab) + 1
            or int(part.doc_ptr[-1]) != len(part.doc_terms)
            or int(part.term_ptr[-1]) != len(part.term_docs)
        ):
            raise ValueError(f"{folder}: term counts do not fit together")
        return part


class KeywordIndex:
    """BM25 (Lucene's formula, as bm25s computes it: English stopwords and Snowball stemmer)
    over texts counted in one or more parts (`TermCounts`), each part's rows placed at rows
    of the whole; a part's row placed at -1 is no longer in the collection.

    Scores are computed at question time from the counts of the question's terms alone, so
    nothing corpus-wide (IDF, average length) is stored: adding a part changes no other."""

    K1 = 1.5
    B = 0.75

    def __init__(
        self, parts: Sequence[tuple[TermCounts, npt.NDArray[np.int64]]], size: int
    ) -> None:
        self.size = size
        self._stem = _stemmer()
        self._parts = [(part, np.asarray(rows, dtype=np.int64)) for part, rows in parts]
        self._where_part = np.full(size, -1, dtype=np.int32)
        self._where_row = np.full(size, -1, dtype=np.int64)
        self._lengths = np.zeros(size, dtype=np.float64)
        self._df: dict[str, int] = {}
        for p, (part, rows) in enumerate(self._parts):
            if len(rows) != part.size:
                raise ValueError("one row for each text of a part")
            live = rows >= 0
            self._where_part[rows[live]] = p
            self._where_row[rows[live]] = np.flatnonzero(live)
            self._lengths[rows[live]] = part.lengths()[live]
            if live.all():
                df = np.diff(part.term_ptr)
            else:
                df = np.bincount(part.doc_terms[live[part.rows()]], minlength=len(part.vocab))
            for term, n in zip(part.vocab, df.tolist(), strict=True):
                if n:
                    self._df[term] = self._df.get(term, 0) + n
        if size and (self._where_part < 0).any():
            raise ValueError("every row of the collection in one part")
        self._average = float(self._lengths.mean()) if size else 0.0

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
    def build(cls, texts: Sequence[str]) -> KeywordIndex:
        """Index `texts` in one part; row i scores texts[i]."""
        return cls.from_tokens(cls.tokenize(texts))

    @classmethod
    def from_tokens(cls, tokens: Sequence[Sequence[str]]) -> KeywordIndex:
        """Index pre-tokenised texts."""
        part = TermCounts.from_tokens(tokens)
        return cls([(part, np.arange(part.size, dtype=np.int64))], part.size)

    def save(self, folder: Path) -> None:
        """Write a one-part index (see `TermCounts.save`)."""
        if len(self._parts) != 1:
            raise ValueError("only an index of one part is saved whole")
        self._parts[0][0].save(folder)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        """Read a one-part index written by `save`."""
        part = TermCounts.load(folder)
        return cls([(part, np.arange(part.size, dtype=np.int64))], part.size)

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every stemmed word that occurs in the indexed texts."""
        return frozenset(w for w in self._df if w)

    def row_terms(self, row: int) -> frozenset[str]:
        """The distinct stemmed tokens of one indexed text."""
        part = self._parts[int(self._where_part[row])][0]
        return frozenset(part.row_terms(int(self._where_row[row])))

    def terms(self, text: str) -> set[str]:
        """The stemmed content words of `text` (a wider English stopword list than BM25's)."""
        from bm25s.stopwords import STOPWORDS_EN_PLUS

        words = [w for w in re.findall(r"\w+", text.lower()) if w not in STOPWORDS_EN_PLUS]
        return set(self._stem.stemWords(words))

    def scores(self, query: str) -> Scores:
        """The BM25 score of every indexed text for `query` (zeros when no word is known).

        A word written twice in the query counts twice, as in bm25s."""
        out = np.zeros(self.size, dtype=np.float64)
        if not self.size:
            return out.astype(np.float32)
        words = _bm25s().tokenize(
            [query], stopwords="en", stemmer=self._stem, return_ids=False, show_progress=False
        )[0]
        n = self.size
        k1, b = self.K1, self.B
        for word in words:
            df = self._df.get(word)
            if not df:
                continue
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            for part, rows in self._parts:
                column = part.ids.get(word)
                if column is None:
                    continue
                a, z = int(part.term_ptr[column]), int(part.term_ptr[column + 1])
                where = rows[part.term_docs[a:z]]
                tf = np.asarray(part.term_counts[a:z], dtype=np.float64)
                live = where >= 0
                where, tf = where[live], tf[live]
                norm = k1 * ((1 - b) + b * self._lengths[where] / self._average)
                out[where] += idf * tf / (norm + tf)
        return out.astype(np.float32)


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
