"""The CLI's `--json` shapes: a contract for scripts. Fields may be added, never renamed or removed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .entities import Entity
from .models import (
    Answer,
    Appearance,
    BuildReport,
    CollectionInfo,
    Cosigner,
    Hit,
    JointSignature,
    OrganisationLookup,
    Statement,
    StatementSummary,
)


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def hit(h: Hit) -> dict[str, Any]:
    """One cited passage."""
    return {
        "statement_id": h.statement_id,
        "title": h.title,
        "date": _date(h.date),
        "paragraph": h.paragraph,
        "text": h.text,
        "score": round(h.score, 4),
        "citation": h.citation,
        "source_url": h.source_url,
        "file_name": h.file_name,
        "start": h.start,
        "end": h.end,
        "dense_score": round(h.dense_score, 4),
        "keyword_score": round(h.keyword_score, 4),
        "weak": h.weak,
        "highlights": [
            {"start": a, "end": b, "text": h.text[a - h.start : b - h.start]}
            for a, b in h.highlights
        ],
    }


def _filters(filters: Any) -> dict[str, Any] | None:
    if filters is None or not filters.active:
        return None
    return {
        "organisation": filters.organisation,
        "since": _date(filters.since),
        "until": _date(filters.until),
        "from_question": filters.from_question,
        "addressed": filters.addressed,
    }


def answer(a: Answer) -> dict[str, Any]:
    """`ask`: the question, its hits, and for who-signed questions the signers of what it hit."""
    return {
        "question": a.question,
        "hits": [hit(h) for h in a.hits],
        "abstained": not a.hits and not a.statements and not a.listed,
        "message": a.message,
        "about_signers": a.about_signers,
        "filters": _filters(a.filters),
        "signers": [
            {
                "statement_id": s.statement_id,
                "title": s.title,
                "signatories": list(s.signatories),
                "authors": list(s.authors),
            }
            for s in a.signers
        ],
        "statements": [_appearance(x) for x in a.statements],
        "notes": list(a.notes),
        "listed": statement_list(a.listed)["statements"],
        "generation": a.generation,
    }


def _appearance(a: Appearance) -> dict[str, Any]:
    return {
        "statement_id": a.statement_id,
        "title": a.title,
        "date": _date(a.date),
        "role": a.role.value,
        "as_written": a.as_written,
    }


def signed_by(lookup: OrganisationLookup) -> dict[str, Any]:
    """`signed-by`: every statement the organisation appears on, with its role there; how the
    name was matched; suggestions when it matched nothing for sure."""
    appearances = lookup.appearances
    if appearances:
        message = f"{len(appearances)} appearance{'s' if len(appearances) != 1 else ''} found."
    elif lookup.method == "ambiguous":
        message = f"{lookup.query!r} could be several organisations: did you mean one of these?"
    else:
        message = f"No statement names {lookup.query!r} as signatory, author or recipient."
    return {
        "query": lookup.query,
        "statements": [_appearance(a) for a in appearances],
        "found": bool(appearances),
        "message": message,
        "organisation": lookup.name,
        "match": lookup.method,
        "how": lookup.how,
        "variants": list(lookup.variants),
        "mentions": [
            {
                "statement_id": m.statement_id,
                "title": m.title,
                "date": _date(m.date),
                "paragraph": m.paragraph,
            }
            for m in lookup.mentions
        ],
        "suggestions": list(lookup.suggestions),
    }


def collection_info(info: CollectionInfo) -> dict[str, Any]:
    """`info`: what the live index holds."""
    return {
        "statements": info.statements,
        "passages": info.passages,
        "organisations": info.organisations,
        "earliest": _date(info.earliest),
        "latest": _date(info.latest),
        "undated": info.undated,
        "built_at": info.built_at,
        "model": info.model,
    }


def statement_list(items: Sequence[StatementSummary]) -> dict[str, Any]:
    """`list`: one entry per statement."""
    return {
        "statements": [
            {
                "statement_id": s.id,
                "title": s.title,
                "date": _date(s.date),
                "source_url": s.source_url,
                "paragraphs": s.paragraph_count,
                "signatories": s.signatory_count,
            }
            for s in items
        ]
    }


def statement(s: Statement) -> dict[str, Any]:
    """`show`: the statement's metadata, organisations and paragraphs."""
    return {
        "statement_id": s.id,
        "title": s.title,
        "date": _date(s.date),
        "source_url": s.source_url,
        "file_name": s.file_name,
        "authors": [p.as_written for p in s.authors],
        "recipients": [p.as_written for p in s.recipients],
        "signatories": [p.as_written for p in s.signatories],
        "individual_signatories": [p.as_written for p in s.signatories if p.kind == "individual"],
        "signatory_organisations": [p.as_written for p in s.signatories if p.kind != "individual"],
        "paragraphs": [
            {"number": p.number, "text": p.text, "start": p.start, "end": p.end}
            for p in s.paragraphs
        ],
    }


def entity(e: Entity) -> dict[str, Any]:
    """`entities`: one organisation, its spellings and why they were grouped."""
    return {
        "name": e.name,
        "spellings": e.variants,
        "acronyms": sorted(e.acronyms),
        "reasons": list(e.reasons),
        "statements": [
            {"statement_id": st.id, "role": p.role.value, "as_written": p.as_written}
            for st, p in e.parties
        ],
    }


def build_report(r: BuildReport) -> dict[str, Any]:
    """`build`: what changed."""
    return {
        "added": list(r.added),
        "changed": list(r.changed),
        "removed": list(r.removed),
        "unchanged": list(r.unchanged),
        "skipped": [{"file": s.file_name, "reason": s.reason} for s in r.skipped],
        "passages": r.passages,
        "embedded": r.embedded,
        "tokenized": r.tokenized,
        "full_rebuild": r.full_rebuild,
        "rebuilt": r.rebuilt,
        "seconds": round(r.seconds, 3),
        "notes": list(r.notes),
    }


def cosigners(lookup: OrganisationLookup, found: Sequence[Cosigner]) -> dict[str, Any]:
    """`cosigners`: who signs alongside the organisation, most shared statements first."""
    return {
        "query": lookup.query,
        "organisation": lookup.name,
        "match": lookup.method,
        "how": lookup.how,
        "cosigners": [
            {"organisation": c.name, "count": c.count, "statement_ids": list(c.statement_ids)}
            for c in found
        ],
        "suggestions": list(lookup.suggestions),
    }


def organisation_card(lookup: OrganisationLookup, found: Sequence[Cosigner]) -> dict[str, Any]:
    """`org`: the organisation's statements, roles, dates, variants, mentions and co-signers."""
    card = signed_by(lookup)
    card["cosigners"] = cosigners(lookup, found)["cosigners"]
    return card


def signed_by_all(
    lookups: Sequence[OrganisationLookup], joint: Sequence[JointSignature]
) -> dict[str, Any]:
    """`signed-by A --and B`: statements every named organisation signed."""
    return {
        "query": lookups[0].query,
        "and": [lookup.query for lookup in lookups[1:]],
        "organisations": [
            {
                "query": lookup.query,
                "organisation": lookup.name,
                "match": lookup.method,
                "suggestions": list(lookup.suggestions),
            }
            for lookup in lookups
        ],
        "statements": [
            {
                "statement_id": j.statement_id,
                "title": j.title,
                "date": _date(j.date),
                "role": "signatory",
                "as_written": j.as_written[0],
                "as_written_all": list(j.as_written),
            }
            for j in joint
        ],
        "found": bool(joint),
    }
