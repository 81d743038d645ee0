"""Evaluations that print figures: signatory lookups against a labelled query set."""

from __future__ import annotations

import itertools
import json
import math
import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .build import Progress
from .dense import DenseScores, build_ann, extract_ivf
from .embedding import Embedder, Vectors
from .errors import UndersignedError
from .retrieval import DEFAULT_ALPHA, KeywordIndex, fuse, top_k
from .search import UNSEEN_MARGIN, Engine
from .store import text_hash


@dataclass(frozen=True, slots=True)
class LabelledQuery:
    """A name someone might type, and the (statement, role) pairs it must find."""

    query: str
    kind: str
    expected: frozenset[tuple[str, str]]


@dataclass(slots=True)
class SignatoryScores:
    """Micro-averaged precision and recall of (statement, role) pairs."""

    queries: int = 0
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    signed_tp: int = 0
    signed_fp: int = 0
    signed_fn: int = 0
    negatives: int = 0
    negatives_with_suggestions: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def as_dict(self) -> dict[str, Any]:
        """The figures, for `--json` and the README."""
        return {
            "queries": self.queries,
            "precision": round(
                self._ratio(self.true_positive, self.true_positive + self.false_positive), 4
            ),
            "recall": round(
                self._ratio(self.true_positive, self.true_positive + self.false_negative), 4
            ),
            "signed_precision": round(
                self._ratio(self.signed_tp, self.signed_tp + self.signed_fp), 4
            ),
            "signed_recall": round(self._ratio(self.signed_tp, self.signed_tp + self.signed_fn), 4),
            "negatives": self.negatives,
            "negatives_with_suggestions": self.negatives_with_suggestions,
            "failures": self.failures,
        }


def load_queries(path: Path) -> list[LabelledQuery]:
    """Read a JSON-lines query set: {"query", "kind", "expected": [[statement_id, role], ...]}."""
    out: list[LabelledQuery] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UndersignedError(f"The query set {str(path)!r} cannot be read ({exc}).") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out.append(
                LabelledQuery(
                    row["query"], row.get("kind", ""), frozenset((s, r) for s, r in row["expected"])
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise UndersignedError(
                f"{path.name} line {number} is not a labelled query ({exc})."
            ) from exc
    return out


def score_signatories(engine: Engine, queries: Iterable[LabelledQuery]) -> SignatoryScores:
    """Run every query through `Engine.lookup` and count right and wrong (statement, role)s."""
    scores = SignatoryScores()
    for q in queries:
        lookup = engine.lookup(q.query)
        found = {(a.statement_id, a.role.value) for a in lookup.appearances}
        scores.queries += 1
        scores.true_positive += len(found & q.expected)
        scores.false_positive += len(found - q.expected)
        scores.false_negative += len(q.expected - found)
        signed_found = {p for p in found if p[1] == "signatory"}
        signed_expected = {p for p in q.expected if p[1] == "signatory"}
        scores.signed_tp += len(signed_found & signed_expected)
        scores.signed_fp += len(signed_found - signed_expected)
        scores.signed_fn += len(signed_expected - signed_found)
        if not q.expected:
            scores.negatives += 1
            scores.negatives_with_suggestions += bool(lookup.suggestions)
        if found != q.expected:
            scores.failures.append(
                {
                    "query": q.query,
                    "kind": q.kind,
                    "expected": sorted(q.expected),
                    "found": sorted(found),
                    "match": lookup.method,
                }
            )
    return scores


# ---------------------------------------------------------------------------- retrieval metrics


def ndcg_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """nDCG@k with linear gains (as pytrec_eval and BEIR compute it)."""
    dcg = sum(relevant.get(doc, 0) / math.log2(i + 2) for i, doc in enumerate(ranked[:k]))
    ideal = sorted((g for g in relevant.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def mrr_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """Reciprocal rank of the first relevant document within the top k, else 0."""
    for i, doc in enumerate(ranked[:k]):
        if relevant.get(doc, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


def recall_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 100) -> float:
    """Share of the relevant documents found in the top k."""
    wanted = {d for d, g in relevant.items() if g > 0}
    if not wanted:
        return 0.0
    return len(wanted & set(ranked[:k])) / len(wanted)


# ---------------------------------------------------------------------------- BEIR


@dataclass(frozen=True, slots=True)
class BeirSet:
    """A BEIR-format dataset split: corpus, the split's queries and their judgements."""

    name: str
    doc_ids: list[str]
    doc_texts: list[str]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]


def load_beir(folder: Path, split: str = "test") -> BeirSet:
    """Read `corpus.jsonl`, `queries.jsonl` and `qrels/<split>.tsv`."""
    try:
        doc_ids: list[str] = []
        doc_texts: list[str] = []
        with open(folder / "corpus.jsonl", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    doc_ids.append(str(row["_id"]))
                    doc_texts.append(f"{row.get('title') or ''} {row.get('text') or ''}".strip())
        all_queries: dict[str, str] = {}
        with open(folder / "queries.jsonl", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    all_queries[str(row["_id"])] = row["text"]
        qrels: dict[str, dict[str, int]] = {}
        with open(folder / "qrels" / f"{split}.tsv", encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                parts = line.rstrip("\n").split("\t")
                if number == 0 and not parts[-1].lstrip("-").isdigit():
                    continue  # header
                if len(parts) >= 3:
                    qrels.setdefault(parts[0], {})[parts[1]] = int(parts[2])
    except (OSError, ValueError, KeyError) as exc:
        raise UndersignedError(
            f"{folder} is not a BEIR folder (corpus.jsonl, queries.jsonl, qrels/{split}.tsv): {exc}"
        ) from exc
    queries = {q: all_queries[q] for q in qrels if q in all_queries}
    return BeirSet(folder.name, doc_ids, doc_texts, queries, qrels)


class EmbeddingCache:
    """Vectors by (model, text hash) in SQLite, so a corpus is encoded once per model."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._con = sqlite3.connect(path)
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, vector BLOB, "
            "PRIMARY KEY (model, hash))"
        )

    def close(self) -> None:
        """Close the database."""
        self._con.close()

    def embed(
        self, embedder: Embedder, texts: Sequence[str], progress: Progress | None = None
    ) -> tuple[Vectors, int]:
        """Vectors for `texts` (documents), encoding only those not cached; (vectors, encoded)."""
        hashes = [text_hash(t) for t in texts]
        found: dict[str, Vectors] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for digest, blob in self._con.execute(
                f"SELECT hash, vector FROM vectors WHERE model = ? AND hash IN ({marks})",
                [embedder.name, *chunk],
            ):
                found[digest] = np.frombuffer(blob, dtype=np.float32)
        missing = list({h: t for h, t in zip(hashes, texts, strict=True) if h not in found}.items())
        for start in range(0, len(missing), 256):
            batch = missing[start : start + 256]
            vectors = embedder.embed_documents([t for _, t in batch])
            self._con.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [
                    (embedder.name, h, v.astype(np.float32).tobytes())
                    for (h, _), v in zip(batch, vectors, strict=True)
                ],
            )
            self._con.commit()
            for (h, _), v in zip(batch, vectors, strict=True):
                found[h] = v
            if progress:
                progress(min(start + 256, len(missing)), len(missing))
        if not texts:
            return np.zeros((0, embedder.dimension), dtype=np.float32), 0
        return np.stack([found[h] for h in hashes]).astype(np.float32), len(missing)


@dataclass(slots=True)
class RankedRuns:
    """Per-method rankings of every query, and how long they took."""

    ranked: dict[str, dict[str, list[str]]]
    seconds: dict[str, float]


def rank_beir(
    data: BeirSet,
    doc_vectors: Vectors,
    keyword: KeywordIndex,
    query_vectors: Vectors,
    alphas: Sequence[float],
    depth: int = 100,
    approximate: DenseScores | None = None,
) -> RankedRuns:
    """Rank every query by dense, BM25 and the hybrid for each alpha (the engine's functions);
    with `approximate`, dense scores come from it as the engine's do past its threshold."""
    import faiss

    index = faiss.IndexFlatIP(doc_vectors.shape[1])
    index.add(doc_vectors)
    n = len(data.doc_ids)
    ranked: dict[str, dict[str, list[str]]] = {"dense": {}, "bm25": {}}
    for alpha in alphas:
        ranked[f"hybrid@{alpha:g}"] = {}
    seconds = dict.fromkeys(ranked, 0.0)
    for qi, (qid, text) in enumerate(data.queries.items()):
        t0 = time.perf_counter()
        if approximate is not None:
            bm25 = keyword.scores(text)
            dense = approximate.scores(query_vectors[qi], bm25)
        else:
            scores, rows = index.search(query_vectors[qi : qi + 1], n)
            dense = np.zeros(n, dtype=np.float32)
            dense[rows[0]] = scores[0]
        t1 = time.perf_counter()
        bm25 = keyword.scores(text)
        t2 = time.perf_counter()
        ranked["dense"][qid] = [data.doc_ids[i] for i in top_k(dense, depth)]
        ranked["bm25"][qid] = [data.doc_ids[i] for i in top_k(bm25, depth)]
        seconds["dense"] += t1 - t0
        seconds["bm25"] += t2 - t1
        for alpha in alphas:
            t3 = time.perf_counter()
            fused = fuse(dense, bm25, alpha)
            ranked[f"hybrid@{alpha:g}"][qid] = [data.doc_ids[i] for i in top_k(fused, depth)]
            seconds[f"hybrid@{alpha:g}"] += (t1 - t0) + (t2 - t1) + time.perf_counter() - t3
    return RankedRuns(ranked, seconds)


def score_runs(data: BeirSet, runs: RankedRuns) -> dict[str, dict[str, float]]:
    """nDCG@10, MRR@10 and Recall@100 per method, averaged over the queries."""
    out: dict[str, dict[str, float]] = {"ndcg@10": {}, "mrr@10": {}, "recall@100": {}}
    for method, per_query in runs.ranked.items():
        qids = list(per_query)
        if not qids:
            continue
        out["ndcg@10"][method] = sum(ndcg_at_k(per_query[q], data.qrels[q]) for q in qids) / len(
            qids
        )
        out["mrr@10"][method] = sum(mrr_at_k(per_query[q], data.qrels[q]) for q in qids) / len(qids)
        out["recall@100"][method] = sum(
            recall_at_k(per_query[q], data.qrels[q]) for q in qids
        ) / len(qids)
    return out


def evaluate_beir(
    folder: Path,
    embedder: Embedder,
    cache_path: Path,
    *,
    split: str = "test",
    alpha: float = DEFAULT_ALPHA,
    tune: Sequence[float] = (),
    progress: Progress | None = None,
    approximate: bool = False,
) -> dict[str, Any]:
    """Dense, BM25 and hybrid side by side on a BEIR split, with build and query times; with
    `approximate`, the same again through the approximate dense index the engine uses past
    dense.ANN_MIN_ROWS passages (forced here, whatever the size), and its recall@10 against
    exact search."""
    data = load_beir(folder, split)
    cache = EmbeddingCache(cache_path)
    try:
        t0 = time.perf_counter()
        doc_vectors, encoded = cache.embed(embedder, data.doc_texts, progress)
        t1 = time.perf_counter()
        keyword = KeywordIndex.build(data.doc_texts)
        t2 = time.perf_counter()
        query_vectors = embedder.embed_queries(list(data.queries.values()))
        t3 = time.perf_counter()
    finally:
        cache.close()
    alphas = sorted(set(tune) | {alpha})
    runs = rank_beir(data, doc_vectors, keyword, query_vectors, alphas)
    metrics = score_runs(data, runs)
    n = max(len(data.queries), 1)
    result: dict[str, Any] = {
        "dataset": data.name,
        "split": split,
        "queries": len(data.queries),
        "documents": len(data.doc_ids),
        "model": embedder.name,
        "alpha": alpha,
    }
    chosen = f"hybrid@{alpha:g}"
    for metric, per_method in metrics.items():
        result[metric] = {
            "dense": round(per_method["dense"], 4),
            "bm25": round(per_method["bm25"], 4),
            "hybrid": round(per_method[chosen], 4),
        }
    if approximate:
        result["approximate"] = _approximate(data, doc_vectors, keyword, query_vectors, alpha)
    if tune:
        result["tuning"] = {f"{a:g}": round(metrics["ndcg@10"][f"hybrid@{a:g}"], 4) for a in alphas}
    result["build_seconds"] = {
        "embed": round(t1 - t0, 2),
        "embedded_documents": encoded,
        "bm25": round(t2 - t1, 2),
        "embed_queries": round(t3 - t2, 2),
    }
    result["query_ms"] = {
        "dense": round(1000 * runs.seconds["dense"] / n, 2),
        "bm25": round(1000 * runs.seconds["bm25"] / n, 2),
        "hybrid": round(1000 * runs.seconds[chosen] / n, 2),
    }
    return result


def _approximate(
    data: BeirSet,
    doc_vectors: Vectors,
    keyword: KeywordIndex,
    query_vectors: Vectors,
    alpha: float,
) -> dict[str, Any]:
    """The hybrid through the engine's approximate dense index, and that index's recall@10
    against exact search."""
    ann = build_ann(doc_vectors)
    ivf = extract_ivf(ann)
    rows = np.arange(len(doc_vectors), dtype=np.int64)
    scorer = DenseScores([(doc_vectors, ann, rows)], len(doc_vectors))
    runs = rank_beir(data, doc_vectors, keyword, query_vectors, [alpha], approximate=scorer)
    metrics = score_runs(data, runs)
    found = 0
    for q in query_vectors:
        exact = set(top_k(np.asarray(doc_vectors @ q, dtype=np.float32), 10))
        found += len(exact & set(top_k(scorer.scores(q), 10)))
    return {
        "index": f"IVF{ivf.nlist},SQ8 nprobe {ivf.nprobe}",
        "dense_recall@10": round(found / (10 * max(len(query_vectors), 1)), 4),
        "ndcg@10": {
            "dense": round(metrics["ndcg@10"]["dense"], 4),
            "hybrid": round(metrics["ndcg@10"][f"hybrid@{alpha:g}"], 4),
        },
    }


# ---------------------------------------------------------------------------- own questions


@dataclass(frozen=True, slots=True)
class LabelledQuestion:
    """A question over the seeds and the paragraphs that answer it (none: it must abstain)."""

    question: str
    kind: str
    expected: frozenset[tuple[str, int]]


def load_questions(path: Path) -> list[LabelledQuestion]:
    """Read {"question", "kind", "expected": [[statement_id, paragraph], ...]} lines."""
    out: list[LabelledQuestion] = []
    for number, row in enumerate(_jsonl(path), 1):
        try:
            out.append(
                LabelledQuestion(
                    row["question"],
                    row.get("kind", ""),
                    frozenset((str(s), int(p)) for s, p in row["expected"]),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise UndersignedError(
                f"{path.name} line {number} is not a labelled question ({exc})."
            ) from exc
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        return [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    except (OSError, ValueError) as exc:
        raise UndersignedError(f"{path} cannot be read as JSON lines ({exc}).") from exc


def evaluate_questions(
    engine: Engine, questions: Sequence[LabelledQuestion], k: int = 10
) -> dict[str, Any]:
    """Recall@1, Recall@3 and MRR over the answerable questions; abstention accuracy over all
    (answerable ones must get hits, unanswerable ones none)."""
    recall1 = recall3 = rr = 0.0
    answerable = abstain_right = 0
    misses: list[dict[str, Any]] = []
    started = time.perf_counter()
    for q in questions:
        answer = engine.ask(q.question, k=k)
        ranked = [(h.statement_id, h.paragraph) for h in answer.hits]
        if q.expected:
            answerable += 1
            first = next((i for i, place in enumerate(ranked) if place in q.expected), None)
            recall1 += first is not None and first < 1
            recall3 += first is not None and first < 3
            rr += 1.0 / (first + 1) if first is not None else 0.0
            abstain_right += bool(ranked)
            if first is None or first >= 3:
                misses.append(
                    {
                        "question": q.question,
                        "kind": q.kind,
                        "expected": sorted(q.expected),
                        "got": ranked[:3],
                    }
                )
        else:
            abstain_right += not ranked
            if ranked:
                misses.append(
                    {"question": q.question, "kind": q.kind, "expected": [], "got": ranked[:3]}
                )
    n = max(answerable, 1)
    return {
        "questions": len(questions),
        "answerable": answerable,
        "recall@1": round(recall1 / n, 4),
        "recall@3": round(recall3 / n, 4),
        "mrr": round(rr / n, 4),
        "abstention_accuracy": round(abstain_right / max(len(questions), 1), 4),
        "unanswerable": len(questions) - answerable,
        "unanswerable_abstained": sum(
            1 for q in questions if not q.expected and not engine.ask(q.question, k=1).hits
        ),
        "seconds_per_question": round((time.perf_counter() - started) / max(len(questions), 1), 3),
        "min_score": engine.min_score,
        "alpha": engine.alpha,
        "misses": misses,
    }


def calibrate(engine: Engine, path: Path) -> dict[str, Any]:
    """The best-passage cosine of on-topic and off-topic questions, and the thresholds that
    separate them best: MIN_SCORE over questions sharing a word with the collection, and
    MIN_SCORE + UNSEEN_MARGIN over those sharing none (each threshold is calibrated on the
    questions it decides)."""
    rows = _jsonl(path)
    snap = engine.snapshot
    groups: dict[bool, tuple[list[float], list[float]]] = {False: ([], []), True: ([], [])}
    for row in rows:
        question = row["question"]
        query = engine.embedder.embed_queries([question])[0]
        best = float(snap.dense_scores(query).max()) if len(snap) else 0.0
        on, off = groups[engine.is_unseen(question)]
        (on if row["on_topic"] else off).append(best)
    seen_on, seen_off = groups[False]
    unseen_on, unseen_off = groups[True]
    seen_t, seen_acc = _best_threshold(seen_on, seen_off, engine.min_score)
    unseen_t, _ = _best_threshold(unseen_on, unseen_off, engine.min_score + UNSEEN_MARGIN)
    current_unseen = engine.min_score + UNSEEN_MARGIN
    right = (
        sum(s >= engine.min_score for s in seen_on)
        + sum(s < engine.min_score for s in seen_off)
        + sum(s >= current_unseen for s in unseen_on)
        + sum(s < current_unseen for s in unseen_off)
    )
    return {
        "on_topic": len(seen_on) + len(unseen_on),
        "off_topic": len(seen_off) + len(unseen_off),
        # Over the questions that share a word with the collection (MIN_SCORE decides).
        "on_topic_min": round(min(seen_on), 4) if seen_on else None,
        "off_topic_max": round(max(seen_off), 4) if seen_off else None,
        "suggested_min_score": round(seen_t, 3),
        "accuracy_at_suggested": round(seen_acc, 4),
        # The whole rule, both thresholds as configured, over every question.
        "accuracy_at_current": round(right / max(len(rows), 1), 4),
        "unseen": {
            "on_topic": len(unseen_on),
            "off_topic": len(unseen_off),
            "on_topic_min": round(min(unseen_on), 4) if unseen_on else None,
            "off_topic_max": round(max(unseen_off), 4) if unseen_off else None,
            "suggested_threshold": round(unseen_t, 3),
            "suggested_margin": round(unseen_t - seen_t, 3),
            "current_margin": UNSEEN_MARGIN,
        },
    }


def _best_threshold(on: list[float], off: list[float], default: float) -> tuple[float, float]:
    """The threshold that classifies on- and off-topic scores best, with its accuracy; among
    equals the highest, since abstaining is better than quoting something unrelated."""
    total = max(len(on) + len(off), 1)
    scored = []
    for lo, hi in itertools.pairwise(sorted(set(on + off))):
        t = (lo + hi) / 2
        scored.append(((sum(s >= t for s in on) + sum(s < t for s in off)) / total, t))
    if not scored:
        return default, (sum(s >= default for s in on) + sum(s < default for s in off)) / total
    best_acc, best_t = max(scored)
    return best_t, best_acc
