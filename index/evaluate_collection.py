"""Structure and lookup figures on a labelled collection (`tests/data/collection/`): how well
statements nobody tuned on are read — titles, dates, who signed or wrote them, clean passages —
and how exactly `signed-by` answers, per half (development and test) side by side.

A half is a folder with `statements/`, `labels.jsonl`, `entities.jsonl` and `lookups.jsonl`
(format: `tests/data/collection/README.md`). Statements are parsed and grouped into
organisations exactly as a build does; no model is needed.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .entities import EntityIndex, analyse
from .errors import UndersignedError
from .ingest import StatementRejected, load_statement, scan_seeds
from .models import Role, Statement
from .names import name_key
from .parsing.names import is_unit
from .search import Engine, organisation_lookup

COLLECTION_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "collection"
HALVES = ("dev", "test", "test2", "test3", "archive-dev", "archive-test")


@dataclass(frozen=True, slots=True)
class Half:
    """One labelled half of the collection, parsed."""

    name: str
    folder: Path
    statements: dict[str, Statement]
    rejected: dict[str, str]
    labels: dict[str, dict[str, Any]]
    spellings: dict[str, str]  # name key of any spelling -> canonical entity
    lookups: list[dict[str, Any]]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UndersignedError(f"{str(path)!r} cannot be read ({exc}).") from exc
    out = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except ValueError as exc:
                raise UndersignedError(f"{path.name} line {number}: not JSON ({exc}).") from exc
    return out


def load_half(folder: Path) -> Half:
    """Read and parse a labelled half."""
    if not (folder / "labels.jsonl").is_file():
        raise UndersignedError(
            f"{str(folder)!r} is not a labelled collection: it needs statements/ and labels.jsonl."
        )
    files, _ = scan_seeds(folder / "statements")
    statements: dict[str, Statement] = {}
    rejected: dict[str, str] = {}
    for seed in files:
        try:
            statements[seed.id] = load_statement(seed)[0]
        except StatementRejected as exc:
            rejected[seed.id] = str(exc)
    labels = {row["id"]: row for row in _jsonl(folder / "labels.jsonl")}
    spellings: dict[str, str] = {}
    entities_file = folder / "entities.jsonl"
    for row in _jsonl(entities_file) if entities_file.exists() else []:
        for spelling in [row["canonical"], *row.get("spellings", [])]:
            for key in _keys(spelling):
                spellings.setdefault(key, row["canonical"])
    lookups_file = folder / "lookups.jsonl"
    lookups = _jsonl(lookups_file) if lookups_file.exists() else []
    return Half(folder.name, folder, statements, rejected, labels, spellings, lookups)


def _keys(name: str) -> list[str]:
    """Keys under which a spelling is recognised: as written, and without a sub-unit or a
    bracketed or comma qualifier."""
    keys = [name_key(name), name_key(analyse(name).display)]
    bare = re.sub(r"\s*(?:\([^()]*\)|,[^,]*|\s[–—-]\s[^–—-]*)\s*$", "", name)
    keys += [name_key(bare), name_key(analyse(bare).display)]
    # A sub-unit written after the name with no comma: "Haverah Political Bureau".
    words = name.split()
    for n in range(2, min(5, len(words))):
        if is_unit(" ".join(words[-n:])):
            head = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(words[:-n]))
            keys += [name_key(head), name_key(analyse(head).display)]
    return [k for k in dict.fromkeys(keys) if k]


def _entity(half: Half, name: str, kind: str = "organisation") -> str:
    if kind == "individual":
        return "person:" + name_key(re.split(r"\s*[,(]", name, maxsplit=1)[0])
    for key in _keys(name):
        if key in half.spellings:
            return half.spellings[key]
    return f"?{name}"


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"[*_#“”\"'‘’«»]", "", text)
    return " ".join(text.split()).strip(" .:;,-–—")


def _gold_set(half: Half, rows: list[dict[str, Any]]) -> set[str]:
    out = set()
    for row in rows:
        kind = row.get("kind", "organisation")
        if kind == "individual":
            out.add(_entity(half, row["name"], kind))
        else:
            out.add(row.get("entity") or _entity(half, row["name"]))
    return out


def _our_set(half: Half, statement: Statement, role: Role) -> set[str]:
    parties = {Role.AUTHOR: statement.authors, Role.RECIPIENT: statement.recipients}.get(
        role, statement.signatories
    )
    return {_entity(half, p.as_written, p.kind) for p in parties}


def score_structure(half: Half) -> dict[str, Any]:
    """Titles, dates, parties and passages against the labels."""
    counts = {
        k: [0, 0]
        for k in (
            "titles",
            "titles_first_line",
            "dates",
            "authors",
            "recipients",
            "signatories",
            "signers",
            "passages_clean",
            "paragraphs_exact",
        )
    }
    tp = fp = fn = 0
    failures: list[dict[str, Any]] = []

    def tally(name: str, ok: bool, sid: str, detail: Any = None) -> None:
        counts[name][1] += 1
        counts[name][0] += int(ok)
        if not ok:
            failures.append({"statement": sid, "what": name, "detail": detail})

    for sid, label in sorted(half.labels.items()):
        statement = half.statements.get(sid)
        if statement is None:
            for name in counts:
                tally(name, False, sid, half.rejected.get(sid, "missing"))
            continue
        if label.get("title") is not None:
            ok = _norm(statement.title) == _norm(label["title"])
            tally("titles", ok, sid, {"expected": label["title"], "found": statement.title})
            if label.get("title_is_first_line"):
                counts["titles_first_line"][1] += 1
                counts["titles_first_line"][0] += int(ok)
        found_date = statement.date.isoformat() if statement.date else None
        tally(
            "dates",
            found_date == label.get("date"),
            sid,
            {"expected": label.get("date"), "found": found_date},
        )
        sets = {}
        for role, key in (
            (Role.AUTHOR, "authors"),
            (Role.RECIPIENT, "recipients"),
            (Role.SIGNATORY, "signatories"),
        ):
            gold = _gold_set(half, label.get(key, []))
            ours = _our_set(half, statement, role)
            sets[key] = (gold, ours)
            tally(key, gold == ours, sid, {"expected": sorted(gold), "found": sorted(ours)})
        gold_signers = {
            e for e in sets["authors"][0] | sets["signatories"][0] if not e.startswith("person:")
        }
        our_signers = {
            e for e in sets["authors"][1] | sets["signatories"][1] if not e.startswith("person:")
        }
        tally("signers", gold_signers == our_signers, sid)
        tp += len(gold_signers & our_signers)
        fp += len(our_signers - gold_signers)
        fn += len(gold_signers - our_signers)
        gold_paragraphs = [_ws(p) for p in label.get("paragraphs", [])]
        ours_p = [_ws(p.text) for p in statement.paragraphs]
        joined = "\n".join(gold_paragraphs)
        unclean = [p for p in ours_p if p not in joined or "\n" in _span(joined, p)]
        tally("passages_clean", not unclean, sid, {"outside_the_body": unclean[:3]})
        tally(
            "paragraphs_exact",
            ours_p == gold_paragraphs,
            sid,
            {"expected": len(gold_paragraphs), "found": len(ours_p)},
        )
    figures: dict[str, Any] = {
        "statements": len(half.labels),
        "parsed": len(half.statements),
    }
    for name, (right, total) in counts.items():
        figures[name] = {
            "right": right,
            "of": total,
            "rate": round(right / total, 4) if total else 1.0,
        }
    figures["signer_names"] = {
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
    }
    figures["failures"] = failures
    return figures


def _ws(text: str) -> str:
    """Whitespace collapsed, and a Markdown quote marker at the start set aside (it is no
    part of the words, and labels differ on keeping it)."""
    return " ".join(re.sub(r"^>\s*", "", text.replace("\u00a0", " ")).split())


def _span(joined: str, part: str) -> str:
    start = joined.find(part)
    return joined[start : start + len(part)] if start >= 0 else "\n"


def score_lookups(half: Half, entities: EntityIndex | None = None) -> dict[str, Any]:
    """`signed-by` on the half's lookups: exact answers, recall of signed statements, and
    false "signed" claims (a statement named as signed or written that was not)."""
    entities = entities or EntityIndex(half.statements.values())
    exact = 0
    signed_expected = signed_found = 0
    false_claims = 0
    negatives = negatives_right = 0
    failures: list[dict[str, Any]] = []
    for row in half.lookups:
        lookup = organisation_lookup(entities, row["query"])
        found = {(a.statement_id, a.role.value) for a in lookup.appearances}
        expected = {(s, r) for s, r in row["expected"]}
        signers = {s for s, r in expected if r in ("signatory", "author")}
        exact += found == expected
        wanted = {p for p in expected if p[1] == "signatory"}
        signed_expected += len(wanted)
        signed_found += len(wanted & found)
        false_claims += sum(
            1 for s, r in found if r in ("signatory", "author") and s not in signers
        )
        if not expected:
            negatives += 1
            negatives_right += not found
        if found != expected:
            failures.append(
                {
                    "query": row["query"],
                    "kind": row.get("kind", ""),
                    "match": lookup.method,
                    "entity": lookup.name,
                    "missing": sorted(expected - found),
                    "extra": sorted(found - expected),
                }
            )
    total = len(half.lookups)
    return {
        "lookups": total,
        "exact": exact,
        "exact_rate": round(exact / total, 4) if total else 1.0,
        "signed_recall": round(signed_found / signed_expected, 4) if signed_expected else 1.0,
        "false_signed_claims": false_claims,
        "negatives": negatives,
        "negatives_right": negatives_right,
        "failures": failures,
    }


def halves(folders: list[Path] | None = None) -> list[Half]:
    """The halves to evaluate: the folders given, or the collection's dev and test halves."""
    if not folders:
        folders = [
            COLLECTION_DIR / h for h in HALVES if (COLLECTION_DIR / h / "labels.jsonl").is_file()
        ]
        if not folders:
            raise UndersignedError(f"No labelled collection in {str(COLLECTION_DIR)!r}.")
    return [load_half(f) for f in folders]


# Reported apart from the targets, each as a row of its own (see the collection's README):
# a question that asks for a detail the collection does not give about a subject it does
# cover ("What wage increase did the Varsk dockers win?"), and a question in English about a
# statement in another language, which an English embedding model matches by names only.
NEAR_MISS = "near-miss"


def score_questions(engine: Engine, half: Half, only: set[str] | None = None) -> dict[str, Any]:
    """`ask` on the half's labelled questions (`questions.jsonl`): the right paragraph in the
    top 3, mean reciprocal rank, who-signed answers naming every signer, questions that must
    abstain abstaining, and answerable questions lost to abstention. Near misses and
    cross-language questions are counted apart (`near_miss`, `cross_language`). With `only`
    (the engine holds part of the half), answerable questions about other statements are
    left out; every question that must abstain still must."""
    rows = [
        row
        for row in _jsonl(half.folder / "questions.jsonl")
        if only is None or {str(s) for s, _ in row.get("expected", [])} <= only
    ]
    top3 = rr = 0.0
    answerable = lost = 0
    who = who_right = 0
    abstain = abstained = 0
    near = near_abstained = 0
    cross = cross_top3 = 0
    cross_rr = 0.0
    by_kind: dict[str, list[int]] = {}
    misses: list[dict[str, Any]] = []
    for row in rows:
        expected = {(str(s), int(p)) for s, p in row.get("expected", [])}
        answer = engine.ask(row["question"], k=10)
        ranked = [(h.statement_id, h.paragraph) for h in answer.hits]
        kind = row.get("kind", "")
        apart = bool(row.get("cross_language"))
        tally = by_kind.setdefault("cross-language " + kind if apart else kind, [0, 0])
        tally[1] += 1
        if not expected:
            ok = not ranked
            if kind == NEAR_MISS:
                near += 1
                near_abstained += ok
            else:
                abstain += 1
                abstained += ok
            tally[0] += ok
            if not ok:
                misses.append({"question": row["question"], "kind": kind, "got": ranked[:3]})
            continue
        if row.get("signers") is not None:
            # "Who signed …?" asks about a statement, not one of its paragraphs.
            wanted_ids = {sid for sid, _ in expected}
            ranked = [(sid, 0) for sid in dict.fromkeys(sid for sid, _ in ranked)]
            expected = {(sid, 0) for sid in wanted_ids}
        first = next((i for i, place in enumerate(ranked) if place in expected), None)
        ok = first is not None and first < 3
        if apart:
            cross += 1
            cross_top3 += ok
            cross_rr += 1.0 / (first + 1) if first is not None else 0.0
        else:
            answerable += 1
            top3 += ok
            rr += 1.0 / (first + 1) if first is not None else 0.0
            lost += not ranked and not answer.statements and not answer.listed
        if row.get("signers") is not None and not apart:
            who += 1
            wanted = {_entity(half, n) for n in row["signers"]}
            named = {
                _entity(half, n)
                for s in answer.signers
                for n in (*s.signatories, *s.authors)
                if any(s.statement_id == e[0] for e in expected)
            }
            complete = wanted <= named
            who_right += complete
            ok = ok and complete
        tally[0] += ok
        if not ok:
            misses.append(
                {
                    "question": row["question"],
                    "kind": kind,
                    "cross_language": apart,
                    "expected": sorted(expected),
                    "got": ranked[:3],
                }
            )
    n = max(answerable, 1)
    return {
        "questions": len(rows),
        "answerable": answerable,
        "top3": round(top3 / n, 4),
        "mrr": round(rr / n, 4),
        "who_signed": who,
        "who_signed_complete": who_right,
        "abstain": abstain,
        "abstained": abstained,
        "lost_to_abstention": lost,
        "near_miss": {"of": near, "abstained": near_abstained},
        "cross_language": {
            "of": cross,
            "top3": round(cross_top3 / cross, 4) if cross else 1.0,
            "mrr": round(cross_rr / cross, 4) if cross else 1.0,
        },
        "by_kind": {k: {"right": v[0], "of": v[1]} for k, v in sorted(by_kind.items())},
        "misses": misses,
    }


def by_size(engine: Engine, half: Half, sizes: list[int], seed: int = 0) -> list[dict[str, Any]]:
    """The question figures over growing parts of the half — `sizes` statements drawn at
    random (fixed `seed`), each part containing the smaller ones — so a deployer sees how
    abstention and ranking behave as an archive grows. Each part is indexed in
    `DATA_DIR/eval/<half>-<size>`."""
    order = sorted(half.statements)
    random.Random(seed).shuffle(order)
    out = []
    for size in sorted({min(n, len(order)) for n in sizes}):
        chosen = set(order[:size])
        folder = engine.store.data_dir / "eval" / f"{half.name}-{size}"
        statements = folder / "statements"
        if statements.exists():
            shutil.rmtree(statements)
        statements.mkdir(parents=True)
        for path in (half.folder / "statements").iterdir():
            if path.stem in chosen:
                shutil.copy2(path, statements / path.name)
        part = Engine(
            statements,
            folder / "data",
            engine.embedder,
            min_score=engine.min_score,
            alpha=engine.alpha,
            statement_weight=engine.statement_weight,
        )
        part.ensure_fresh()
        figures = score_questions(part, half, only=chosen)
        out.append({"statements": size, **figures})
    return out


def question_engine(engine: Engine, half: Half) -> Engine:
    """An engine over the half's statements, with the same model and settings, its index kept
    in `DATA_DIR/eval/<half>` (built once, refreshed when the statements change)."""
    return Engine(
        half.folder / "statements",
        engine.store.data_dir / "eval" / half.name,
        engine.embedder,
        min_score=engine.min_score,
        alpha=engine.alpha,
        statement_weight=engine.statement_weight,
    )
