"""Evaluations that print figures: signatory lookups against a labelled query set."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UndersignedError
from .search import Engine


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
