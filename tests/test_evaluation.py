"""Metrics against hand-computed values; fusion, ranking and diversity; the eval harness on a
small BEIR-format fixture; filters read from questions."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import numpy as np
import pytest

from index.__main__ import main
from index.evaluate import (
    _best_threshold,
    calibrate,
    evaluate_beir,
    load_beir,
    mrr_at_k,
    ndcg_at_k,
    recall_at_k,
)
from index.query import dates_in, named_organisation, parse_when
from index.retrieval import KeywordIndex, fuse, mmr, top_k
from index.search import UNSEEN_MARGIN, Engine

from .support import ROOT, FakeEmbedder

MINI = ROOT / "tests" / "data" / "beir_mini"


def test_ndcg_mrr_recall_match_hand_computed_values():
    ranked = ["a", "b", "c", "d"]
    relevant = {"b": 1, "d": 1, "x": 1}
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    idcg = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    assert ndcg_at_k(ranked, relevant, 10) == pytest.approx(dcg / idcg)
    assert ndcg_at_k(ranked, relevant, 10) == pytest.approx(0.49819, abs=1e-5)
    assert mrr_at_k(ranked, relevant, 10) == 0.5
    assert mrr_at_k(ranked, relevant, 1) == 0.0
    assert recall_at_k(ranked, relevant, 100) == pytest.approx(2 / 3)
    assert recall_at_k(ranked, relevant, 2) == pytest.approx(1 / 3)
    graded = {"a": 2, "c": 1}
    assert ndcg_at_k(["a", "b", "c"], graded, 10) == pytest.approx(2.5 / (2 + 1 / math.log2(3)))
    assert ndcg_at_k(["z"], {}, 10) == 0.0


def test_fuse_weights_cosine_and_max_normalised_bm25():
    dense = np.array([0.5, 0.2, 0.0], dtype=np.float32)
    bm25 = np.array([0.0, 4.0, 2.0], dtype=np.float32)
    assert fuse(dense, bm25, 0.75).tolist() == pytest.approx([0.375, 0.4, 0.125])
    assert fuse(dense, np.zeros(3, np.float32), 0.75).tolist() == pytest.approx([0.375, 0.15, 0.0])
    assert top_k(np.array([0.1, 0.9, 0.5, 0.9], np.float32), 3) == [1, 3, 2]


def test_mmr_pushes_a_near_duplicate_below_a_different_passage():
    vectors = np.array([[1, 0], [1, 0], [0, 1]], dtype=np.float32)
    relevance = np.array([0.9, 0.89, 0.8], dtype=np.float32)
    assert mmr([0, 1, 2], relevance, vectors, 3, diversity=0.3) == [0, 2, 1]
    assert mmr([0, 1, 2], relevance, vectors, 3, diversity=0.0) == [0, 1, 2]


def test_keyword_index_round_trip(tmp_path: Path):
    index = KeywordIndex.build(["release of political prisoners", "dock workers strike", ""])
    index.save(tmp_path / "bm25")
    loaded = KeywordIndex.load(tmp_path / "bm25")
    scores = loaded.scores("prisoners released")
    assert scores[0] > 0 and scores[1] == 0 and scores[2] == 0
    assert loaded.scores("pizza").tolist() == [0.0, 0.0, 0.0]
    assert loaded.terms("What did they say about the prisoners?") == {"say", "prison"}
    assert [loaded.row_terms(r) for r in range(3)] == [index.row_terms(r) for r in range(3)]
    assert loaded.row_terms(2) == frozenset()


def test_keyword_index_scores_as_bm25s_does_over_parts_with_removed_rows():
    """BM25 computed from term counts at question time (Lucene's formula, as bm25s) gives
    bm25s's scores; an index made of parts, some rows removed, scores like one built over
    the rows that remain; a merge of parts too."""
    import bm25s

    from index.retrieval import TermCounts

    texts = [
        "release of political prisoners",
        "dock workers strike for pensions",
        "the dock workers and the port workers",
        "prisoners of conscience and political prisoners",
        "pensions pensions pensions",
        "",
    ]
    tokens = KeywordIndex.tokenize(texts)
    reference = bm25s.BM25()
    reference.index(tokens, show_progress=False)
    ours = KeywordIndex.build(texts)
    queries = ["political prisoners", "dock workers workers", "pensions strike", "unknown"]
    for query in queries:
        words = KeywordIndex.tokenize([query])[0]
        known = [w for w in words if w in reference.vocab_dict]
        expected = reference.get_scores(known) if known else np.zeros(len(texts))
        assert np.allclose(ours.scores(query), expected, atol=1e-5)
    first, second = TermCounts.from_tokens(tokens[:4]), TermCounts.from_tokens(tokens[2:])
    # rows 2 and 3 live in the second part; the first part's copies are removed
    parts = KeywordIndex(
        [(first, np.array([0, 1, -1, -1])), (second, np.array([2, 3, 4, 5]))], len(texts)
    )
    merged = TermCounts.concat([(first, np.array([0, 1])), (second, np.arange(4))])
    merged_index = KeywordIndex([(merged, np.arange(len(texts)))], len(texts))
    for query in queries:
        assert np.allclose(parts.scores(query), ours.scores(query), atol=1e-6)
        assert np.allclose(merged_index.scores(query), ours.scores(query), atol=1e-6)
    assert [parts.row_terms(r) for r in range(6)] == [ours.row_terms(r) for r in range(6)]
    assert parts.vocabulary == ours.vocabulary


def test_beir_harness_reports_every_method_and_caches_embeddings(tmp_path: Path):
    data = load_beir(MINI)
    assert len(data.doc_ids) == 8 and len(data.queries) == 4
    embedder = FakeEmbedder()
    cache = tmp_path / "cache.sqlite"
    first = evaluate_beir(MINI, embedder, cache)
    assert first["dataset"] == "beir_mini" and first["queries"] == 4
    for metric in ("ndcg@10", "mrr@10", "recall@100"):
        assert set(first[metric]) == {"dense", "bm25", "hybrid"}
        assert all(0.0 <= v <= 1.0 for v in first[metric].values())
    assert first["ndcg@10"]["bm25"] >= 0.75  # every query shares a word with its document
    assert first["build_seconds"]["embedded_documents"] == 8
    calls = embedder.document_calls
    second = evaluate_beir(MINI, embedder, cache)
    assert second["build_seconds"]["embedded_documents"] == 0
    assert embedder.document_calls == calls
    assert second["ndcg@10"] == first["ndcg@10"]
    tuned = evaluate_beir(MINI, embedder, cache, split="train", tune=[0.0, 0.5, 1.0])
    assert set(tuned["tuning"]) == {"0", "0.5", "0.75", "1"} and tuned["queries"] == 2


@pytest.mark.model
def test_eval_command_json_on_the_fixture(tmp_path: Path, seeds_dir: Path, capsys, monkeypatch):
    monkeypatch.setenv("SEEDS_DIR", str(seeds_dir))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    assert main(["eval", str(MINI), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"dataset", "queries", "ndcg@10", "mrr@10", "recall@100"} <= set(result)
    assert result["ndcg@10"]["hybrid"] >= 0.75


def test_bad_beir_folder_is_a_clear_error(tmp_path: Path, capsys, monkeypatch, seeds_dir: Path):
    monkeypatch.setenv("SEEDS_DIR", str(seeds_dir))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "empty").mkdir()
    assert main(["eval", str(tmp_path / "empty")]) == 1
    assert "is not a BEIR folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("statements from 2024 about Gaza", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("In 2023, what was said about peace?", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("what was said since March 2024", dt.date(2024, 3, 1), None),
        ("letters before 2020 on unions", None, dt.date(2019, 12, 31)),
        ("between 2019 and 2021 on prisoners", dt.date(2019, 1, 1), dt.date(2021, 12, 31)),
        ("What about the 90th anniversary?", None, None),
    ],
)
def test_dates_stated_in_a_question(question: str, since, until):
    got_since, got_until, _ = dates_in(question)
    assert (got_since, got_until) == (since, until)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What did the Pizza Party sign about prisoners?", "Pizza Party"),
        (
            "Which statements did the Workers Party of Freedonia co-sign?",
            "Workers Party of Freedonia",
        ),
        ("what does the Green Left say about housing in 2024?", "Green Left"),
        ("Letters from the Harbour Workers Federation", "Harbour Workers Federation"),
        ("statements by WFDY about youth", "WFDY"),
        ("What did they say about Iran?", None),
        ("What do the parties say about peace?", None),
        ("statements from 2024 about Gaza", None),
        ("Statements of March 2024", None),
    ],
)
def test_organisation_named_in_a_question(question: str, name: str | None):
    assert named_organisation(question) == name


def test_date_options():
    assert parse_when("2024") == dt.date(2024, 1, 1)
    assert parse_when("2024", end=True) == dt.date(2024, 12, 31)
    assert parse_when("2024-02", end=True) == dt.date(2024, 2, 29)
    assert parse_when("2024-03-08") == dt.date(2024, 3, 8)
    assert parse_when("soon") is None


def test_best_threshold_by_hand():
    # Midpoints 0.15 0.275 0.375 0.45 0.55 classify 4, 5, 4, 5, 4 of 6 right: the highest of
    # the most accurate wins.
    t, accuracy = _best_threshold([0.5, 0.6, 0.35], [0.1, 0.4, 0.2], 0.3)
    assert t == pytest.approx(0.45) and accuracy == pytest.approx(5 / 6)
    assert _best_threshold([], [0.2], 0.3) == (0.3, 1.0)


def test_calibration_splits_questions_by_shared_words(fake_engine: Engine, tmp_path: Path):
    fake_engine.refresh()
    rows = [
        ("political prisoners in Iran", True),
        ("Iraqi Communist Party anniversary", True),
        ("Iran holiday tips", False),
        ("zebra quantum saxophone", False),
        ("gizmo widget", False),
    ]
    path = tmp_path / "calibration.jsonl"
    path.write_text(
        "".join(json.dumps({"question": q, "on_topic": on}) + "\n" for q, on in rows),
        encoding="utf-8",
    )
    result = calibrate(fake_engine, path)
    assert (result["on_topic"], result["off_topic"]) == (2, 3)
    unseen = result["unseen"]
    assert (unseen["on_topic"], unseen["off_topic"]) == (0, 2)
    assert unseen["current_margin"] == UNSEEN_MARGIN
    assert 0.0 <= result["accuracy_at_current"] <= 1.0
