"""Approximate dense search past a size: candidates scored from their codes, BM25's best always
among them, and the engine answering through it as it does through exact search."""

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


def test_candidates_are_scored_and_keyword_candidates_are_never_missed():
    vectors = unit(2000, 1)
    ann = build_ann(vectors)
    extract_ivf(ann).nprobe = 1  # a poor index: most rows are never proposed
    # local row 5 is no longer in the collection: the whole has 1999 rows
    rows = np.concatenate([np.arange(5), [-1], np.arange(5, 1999)]).astype(np.int64)
    scorer = DenseScores([(vectors, ann, rows)], 1999)
    whole = np.delete(vectors, 5, axis=0)
    query = vectors[7]
    exact = whole @ query
    _, proposed = ann.search(query.reshape(1, -1), dense.ANN_CANDIDATES)
    missed = [int(rows[r]) for r in np.argsort(-(vectors @ query)) if r not in set(proposed[0])]
    good = missed[0]  # a close passage the index does not propose …
    keyword = np.zeros(1999, dtype=np.float32)
    keyword[good] = 3.0  # … that BM25 ranks first
    got = scorer.scores(query, keyword)
    assert got[rows[7]] == pytest.approx(1.0, abs=0.02)
    assert got[good] == pytest.approx(exact[good], abs=0.02) and got[good] > got.min()
    candidates = {int(rows[r]) for r in proposed[0] if r >= 0 and rows[r] >= 0} | {good}
    others = np.array([r not in candidates for r in range(1999)])
    # Every other row gets the lowest score found, never more.
    assert np.all(got[others] == got.min())
    assert np.allclose(got[~others], exact[~others], atol=0.02)
    # The removed vector is never a candidate, even where it would score best.
    assert scorer.scores(vectors[5]).max() < 0.98


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
        got, expected = scorer.scores(q), (whole @ q).astype(np.float32)
        assert np.allclose(got, expected, atol=0.02)  # 8-bit codes in the big part
        assert top_k(got, 1) == top_k(expected, 1)
        assert len(set(top_k(got, 10)) & set(top_k(expected, 10))) >= 8


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
