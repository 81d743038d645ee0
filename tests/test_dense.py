"""Approximate dense search past a size: candidates scored exactly, BM25's best always among
them, and the engine answering through it as it does through exact search."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from index import dense
from index.dense import DenseScores, build_ann, extract_ivf
from index.embedding import SentenceTransformerEmbedder
from index.retrieval import top_k
from index.search import Engine

from .support import SEEDS


def unit(rows: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((rows, 32)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_candidates_are_scored_exactly_and_keyword_candidates_are_never_missed():
    vectors = unit(2000, 1)
    ann = build_ann(vectors)
    extract_ivf(ann).nprobe = 1  # a poor index: most rows are never proposed
    # local row 5 is no longer in the collection: the whole has 1999 rows
    rows = np.concatenate([np.arange(5), [-1], np.arange(5, 1999)]).astype(np.int64)
    scorer = DenseScores([(vectors, ann, rows)], 1999)
    whole = np.delete(vectors, 5, axis=0)
    query = vectors[7]
    exact = whole @ query
    keyword = np.zeros(1999, dtype=np.float32)
    far = int(np.argmin(exact))  # surely not proposed by the index
    keyword[far] = 3.0
    got = scorer.scores(query, keyword)
    assert got[rows[7]] == pytest.approx(1.0, abs=1e-5)
    assert got[far] == pytest.approx(exact[far], abs=1e-5)
    scored = np.isclose(got, exact, atol=1e-5)
    assert scored.sum() >= 2
    # Every row not scored exactly gets the lowest score found, never more.
    assert np.all(got[~scored] == got.min())
    # The removed vector is never a candidate, even where it would score best.
    assert scorer.scores(vectors[5]).max() < 0.999


def test_exact_parts_and_approximate_parts_add_up_to_the_whole():
    vectors = unit(600, 2)
    big, small = vectors[:500], vectors[500:]
    ann = build_ann(big)
    extract_ivf(ann).nprobe = extract_ivf(ann).nlist  # exhaustive: the exact answer
    order = np.random.default_rng(3).permutation(600)  # rows of the whole, shuffled
    scorer = DenseScores([(big, ann, order[:500]), (small, None, order[500:])], 600)
    whole = np.zeros_like(vectors)
    whole[order] = vectors
    for q in unit(5, 4):
        got = scorer.scores(q)
        assert top_k(got, 10) == top_k((whole @ q).astype(np.float32), 10)


def test_the_engine_answers_through_the_approximate_index_as_through_exact_search(
    real_embedder: SentenceTransformerEmbedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    exact = Engine(seeds, tmp_path / "exact", real_embedder)
    exact.refresh()
    monkeypatch.setattr(dense, "ANN_MIN_ROWS", 1)
    approximate = Engine(seeds, tmp_path / "approximate", real_embedder)
    approximate.refresh()
    assert approximate.snapshot.approximate and not exact.snapshot.approximate
    assert list((tmp_path / "approximate").glob(f"generations/*/segments/*/{dense.ANN_FILE}"))
    questions = [
        "What do they say about foreign interference in Iran?",
        "release of political prisoners",
        "Who signed the joint statement?",
        "What did they say about sanctions?",
    ]
    for question in questions:
        a, b = approximate.ask(question), exact.ask(question)
        assert [(h.statement_id, h.paragraph) for h in a.hits] == [
            (h.statement_id, h.paragraph) for h in b.hits
        ]
