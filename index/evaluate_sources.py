"""How well statements are read from web pages, PDFs and Word files, on labelled fixtures.

A half is a folder (`tests/data/sources/dev`, `…/test`) of `<case>.html` files with
`<case>.gold.json` beside them, and optionally `pdfs.py` and `docx_cases.py`, whose `cases()`
build PDFs and Word files in memory with their gold labels. For each case: the text the
statement file would hold is compared line by line with the gold lines (line precision:
extracted lines that are the statement's; recall: the statement's lines extracted), and the
title and date the saved statement would carry (read as any statement file is, with the
metadata the source gave) with the gold ones. A line that is only a date ("Brisk, 3 January
2026") counts on neither side: where a source gives its date is the date figure's business.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .ingest import Sidecar, StatementRejected, parse_statement
from .parsing.dates import dateline, find_date
from .sources import extract

SOURCES_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "sources"


@dataclass(frozen=True, slots=True)
class CaseResult:
    name: str
    kind: str
    extracted: int  # lines extracted (date lines aside)
    gold: int
    kept_right: int  # extracted lines that are gold lines
    found: int  # gold lines extracted
    title_ok: bool
    date_ok: bool
    title: str | None
    date: str | None
    lost: tuple[str, ...]  # gold lines not extracted
    extra: tuple[str, ...]  # extracted lines not in the gold
    error: str | None = None


def _norm(line: str) -> str:
    line = unicodedata.normalize("NFKC", line)
    line = line.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    line = line.replace("\u201d", '"')
    return re.sub(r"\s+", " ", line).strip().casefold()


def _is_date_line(line: str) -> bool:
    """A line that is only a date with a few words ("Brisk, 3 May 2026"), or a dateline the
    statement parser reads as the statement's date, never as a paragraph ("Adopted at the
    Third Assembly, Port Calver, 9 June 2025"): on neither side of the count — the labels
    leave standalone datelines out, and what the parser makes of one is no passage."""
    found = find_date(line)
    if found is None:
        return False
    rest = (line[: found[1]] + line[found[2] :]).strip(" ,.-–—")
    if len(rest) <= 40 and len(rest.split()) <= 4:
        return True
    return len(line.split()) <= 14 and dateline(line) is not None


def cases(folder: Path) -> list[tuple[str, bytes, str, dict[str, Any]]]:
    """(name, bytes, file name, gold) of every case of a half."""
    out: list[tuple[str, bytes, str, dict[str, Any]]] = []
    for gold_file in sorted(folder.glob("*.gold.json")):
        name = gold_file.name.removesuffix(".gold.json")
        page = next(
            (p for p in folder.glob(f"{name}.*") if not p.name.endswith(".gold.json")), None
        )
        if page is None:
            continue
        out.append((name, page.read_bytes(), page.name, json.loads(gold_file.read_text("utf-8"))))
    for module_name, suffix in (("pdfs", ".pdf"), ("docx_cases", ".docx")):
        path = folder / f"{module_name}.py"
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(f"_sources_{folder.name}_{module_name}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, data, gold in module.cases():
            out.append((name, data, f"{name}{suffix}", gold))
    return out


def evaluate_case(name: str, data: bytes, file_name: str, gold: dict[str, Any]) -> CaseResult:
    kind = str(gold.get("kind", "?"))
    gold_lines = [_norm(x) for x in gold["lines"] if not _is_date_line(x)]
    try:
        found = extract(data, name=file_name)
    except Exception as exc:  # refused, or a fault in the reading: the case is failed
        return CaseResult(
            name, kind, 0, len(gold_lines), 0, 0, False, False, None, None,
            tuple(gold_lines), (), str(exc),
        )  # fmt: skip
    lines = [_norm(x) for x in found.lines if not _is_date_line(x)]
    title_line = _norm(found.title) if found.title else None
    kept = [x for x in lines if x in set(gold_lines) and x != title_line]
    got = [x for x in gold_lines if x in set(lines)]
    title: str | None
    date: dt.date | None
    try:
        statement = parse_statement(
            "case", file_name, found.text(), Sidecar(title=found.title, date=found.date)
        )
        title, date = statement.title, statement.date
    except StatementRejected:
        title, date = found.title, found.date
    want_date = gold.get("date")
    return CaseResult(
        name=name,
        kind=kind,
        extracted=len(lines),
        gold=len(gold_lines),
        kept_right=len(kept),
        found=len(got),
        title_ok=_norm(title or "") == _norm(str(gold.get("title") or "")),
        date_ok=(date.isoformat() if date else None) == want_date,
        title=title,
        date=date.isoformat() if isinstance(date, dt.date) else None,
        lost=tuple(x for x in gold_lines if x not in set(lines)),
        extra=tuple(x for x in lines if x not in set(gold_lines)),
    )


def evaluate(folder: Path) -> dict[str, Any]:
    """The figures of one half, and each case's."""
    results = [evaluate_case(*case) for case in cases(folder)]
    extracted = sum(r.extracted for r in results)
    gold = sum(r.gold for r in results)
    return {
        "half": folder.name,
        "cases": len(results),
        "line_precision": round(sum(r.kept_right for r in results) / extracted, 4)
        if extracted
        else 0.0,
        "line_recall": round(sum(r.found for r in results) / gold, 4) if gold else 0.0,
        "title_right": sum(r.title_ok for r in results),
        "date_right": sum(r.date_ok for r in results),
        "by_case": [
            {
                "name": r.name,
                "kind": r.kind,
                "precision": round(r.kept_right / r.extracted, 3) if r.extracted else 0.0,
                "recall": round(r.found / r.gold, 3) if r.gold else 0.0,
                "title": r.title,
                "title_ok": r.title_ok,
                "date": r.date,
                "date_ok": r.date_ok,
                "lost": list(r.lost),
                "extra": list(r.extra),
                "error": r.error,
            }
            for r in results
        ],
    }
