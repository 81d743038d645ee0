"""The engine's vocabulary: frozen dataclasses that carry no faiss, torch or SQLite types."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    """How an organisation appears on a statement."""

    SIGNATORY = "signatory"
    AUTHOR = "author"
    RECIPIENT = "recipient"


@dataclass(frozen=True, slots=True)
class Party:
    """An organisation (or person) named on a statement, as written there."""

    as_written: str
    key: str
    role: Role
    kind: str = "organisation"  # or "individual", where the statement says so


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One prose paragraph: its 1-based number and its place in the file's text."""

    number: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Statement:
    """A parsed statement file. `text` is the whole file, decoded, unaltered (a BOM excepted)."""

    id: str
    file_name: str
    title: str
    date: dt.date | None
    source_url: str | None
    text: str
    content_hash: str
    paragraphs: tuple[Paragraph, ...]
    signatories: tuple[Party, ...] = ()
    authors: tuple[Party, ...] = ()
    recipients: tuple[Party, ...] = ()

    @property
    def parties(self) -> tuple[Party, ...]:
        """Every organisation named on the statement, in role order."""
        return self.authors + self.recipients + self.signatories


@dataclass(frozen=True, slots=True)
class Passage:
    """A piece of a paragraph that fits the model's window; `text` is `file[start:end]`."""

    statement_id: str
    paragraph: int
    window: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class StatementSummary:
    """What a list of statements shows about each one."""

    id: str
    title: str
    date: dt.date | None
    source_url: str | None
    paragraph_count: int
    signatory_count: int


@dataclass(frozen=True, slots=True)
class CollectionInfo:
    """What the live index holds, for an overview."""

    statements: int
    passages: int
    organisations: int
    earliest: dt.date | None
    latest: dt.date | None
    undated: int
    built_at: str  # ISO time of the build that made the live index
    model: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A passage that answers a question, with everything needed to cite it."""

    statement_id: str
    title: str
    date: dt.date | None
    source_url: str | None
    file_name: str
    paragraph: int
    text: str
    score: float
    start: int
    end: int
    dense_score: float = 0.0
    keyword_score: float = 0.0
    weak: bool = False  # shown, but a weak match
    highlights: tuple[tuple[int, int], ...] = ()  # file offsets of the best sentence(s)

    @property
    def citation(self) -> str:
        """A one-line citation: title, paragraph, date, source."""
        return format_citation(
            self.statement_id,
            self.title,
            self.paragraph,
            self.date,
            self.source_url or self.file_name,
        )


@dataclass(frozen=True, slots=True)
class Signers:
    """The organisations behind one statement, for questions about who signed or wrote it."""

    statement_id: str
    title: str
    signatories: tuple[str, ...]
    authors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Answer:
    """The result of a question: hits (empty when nothing relevant exists)."""

    question: str
    hits: tuple[Hit, ...]
    about_signers: bool = False
    signers: tuple[Signers, ...] = ()
    filters: Any = None  # index.query.Filters when the question was filtered
    # "What did X sign?" with no topic: the statements X appears on, instead of passages.
    statements: tuple[Appearance, ...] = ()
    notes: tuple[str, ...] = ()  # things the person should know about how it was answered
    # "Which statements are from 2024?": the statements in the date range, newest first.
    listed: tuple[StatementSummary, ...] = ()
    generation: str = ""  # the index generation every part of the answer was read from

    @property
    def message(self) -> str:
        """A short sentence describing the outcome for a person."""
        scope = getattr(self.filters, "describe", lambda: "")()
        if self.statements or self.listed:
            n = len(self.statements) or len(self.listed)
            return (
                f"{n} statement{'s' if n != 1 else ''} {scope}; "
                "ask about a topic to get quotes from them."
            )
        if not self.hits:
            if scope:
                return f"Nothing in the statements {scope} answers this question."
            return "Nothing in the collection answers this question."
        n = len(self.hits)
        return f"{n} passage{'s' if n != 1 else ''} found."


@dataclass(frozen=True, slots=True)
class Appearance:
    """One statement in which an organisation appears, and how."""

    statement_id: str
    title: str
    date: dt.date | None
    role: Role
    as_written: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A paragraph whose text names an organisation."""

    statement_id: str
    title: str
    date: dt.date | None
    paragraph: int


@dataclass(frozen=True, slots=True)
class OrganisationLookup:
    """What a typed organisation name resolved to, and where that organisation appears."""

    query: str
    name: str | None  # the canonical name, None when nothing matched for sure
    method: str  # exact, normalised, alias, acronym, structural, fuzzy, ambiguous, none
    appearances: tuple[Appearance, ...] = ()
    mentions: tuple[Mention, ...] = ()
    suggestions: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()

    @property
    def how(self) -> str:
        """How the typed name was matched, in words ("matched by name"); empty when typed as
        written."""
        return _HOW.get(self.method, "")

    @property
    def found(self) -> bool:
        """True when the name matched one organisation."""
        return self.name is not None


@dataclass(frozen=True, slots=True)
class Cosigner:
    """An organisation that signed alongside another, and how often."""

    name: str
    statement_ids: tuple[str, ...]

    @property
    def count(self) -> int:
        """Statements signed together."""
        return len(self.statement_ids)


@dataclass(frozen=True, slots=True)
class JointSignature:
    """A statement every one of several organisations signed, with each one's spelling there."""

    statement_id: str
    title: str
    date: dt.date | None
    as_written: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file the build did not take, and why."""

    file_name: str
    reason: str


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build or refresh did."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    passages: int = 0
    embedded: int = 0
    tokenized: int = 0
    full_rebuild: bool = False
    seconds: float = 0.0
    rebuilt: bool = True
    notes: tuple[str, ...] = field(default=())

    @property
    def changed_anything(self) -> bool:
        """True when the index differs from the one before."""
        return bool(self.added or self.changed or self.removed or self.full_rebuild)

    def summary(self) -> str:
        """One line for a person."""
        parts = [
            f"{len(self.added)} added",
            f"{len(self.changed)} changed",
            f"{len(self.removed)} removed",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.skipped)} skipped",
        ]
        tail = (
            f"; {self.passages} passages, {self.embedded} embedded, "
            f"{self.tokenized} tokenised in {self.seconds:.1f}s"
        )
        return ", ".join(parts) + tail


def format_citation(
    statement_id: str,
    title: str,
    paragraph: int,
    date: dt.date | None,
    source: str,
) -> str:
    """`“Title” (id), ¶3, 8 March 2024, https://…` — the source is the file when no URL is known."""
    when = format_date(date) if date else "undated"
    return f"“{title}” ({statement_id}), ¶{paragraph}, {when}, {source}"


def format_date(date: dt.date) -> str:
    """A date the way people write it: `8 March 2024`."""
    return f"{date.day} {date.strftime('%B')} {date.year}"


_HOW = {
    "alias": "matched through the alias file",
    "acronym": "matched by acronym",
    "structural": "matched as the same name written another way",
    "name": "matched by name",
    "fuzzy": "matched despite a typo",
}
