"""Statement files -> `Statement`s: headers, paragraphs, signatories, dates, sidecar metadata.

The text is never altered: paragraphs are located by character offsets into the decoded
file, and `text[start:end]` is what gets quoted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .countries import COUNTRY_OF
from .models import Paragraph, Party, Role, Skipped, Statement
from .names import clean_display, name_key
from .textutil import shorten

log = logging.getLogger(__name__)

STATEMENT_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIX = ".toml"
ALIASES_FILE = "aliases.toml"  # the moderators' organisation aliases, not a sidecar
MAX_FILE_BYTES = 2_000_000
# Raised whenever parsing changes what it derives (paragraphs, dates, sources, parties): the next
# build re-reads every file, keeping the vectors of passages whose text did not change.
PARSER_VERSION = 4
TITLE_MAX = 90

_TERMINAL = tuple('.!?…;:"”’)»')
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
    re.compile(
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})", re.I
    ),
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
    # 14.02.2023, 14/02/2023: day first, as in most of the world (month first only when the
    # first number cannot be a month's day... and the second cannot be a month).
    re.compile(r"(?<![\d.])(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<year>\d{4})(?![\d.])"),
]
# Where the statement was published: "Source: https://…", "Link: …", or a bare URL line.
_SOURCE = re.compile(
    r"^(?P<label>(?:source|link|url|published\s+(?:at|on|by)|originally\s+published\s+(?:at|on))"
    r"\s*:?\s*)?<?(?P<url>https?://[^\s<>]+?)>?[.,]?$",
    re.I,
)
_HEADER = re.compile(r"^(?P<field>from|to|date|subject|re|cc)\s*:\s*(?P<value>.*)$", re.I)
_SALUTATION = re.compile(
    r"^(?:my\s+)?(?:dear|dearest|esteemed|respected|to\s+all|hello|greetings)\b", re.I
)
_CLOSING = re.compile(
    r"^(?:with\s+)?(?:(?:best|warm(?:est)?|kind(?:est)?|comradely|fraternal|revolutionary|"
    r"militant|internationalist|sincere)\s+)*(?:wishes|regards|greetings|salutes?|"
    r"solidarity)\b|^(?:yours|sincerely|fraternally|comradely|respectfully|in\s+solidarity|"
    r"on\s+behalf\s+of)\b",
    re.I,
)
_SIGNATORY_HEADING = re.compile(
    r"^(?:signed(?:\s+by)?|signatories|signatory\s+organi[sz]ations|signers|endorsed\s+by|"
    r"undersigned|list\s+of\s+signatories|initial\s+signatories)\s*:?\s*$",
    re.I,
)
_INLINE_SIGNED = re.compile(
    r"^(?:signed(?:\s+by)?|signatories|signatory\s+organi[sz]ations|endorsed\s+by|"
    r"initial\s+signatories)\s*:\s*(?P<names>\S.*)$",
    re.I,
)
_KIND_HEADING = re.compile(
    r"^(?:(?P<ind>individuals?|individual\s+signatories|personal\s+capacity|"
    r"signed\s+in\s+a\s+personal\s+capacity)|(?P<org>organi[sz]ations?|"
    r"organi[sz]ational\s+signatories|parties|groups))\s*:?\s*$",
    re.I,
)
_DEAR = re.compile(
    r"^(?:my\s+)?dear(?:est)?\s+(?:(?:comrades|friends|colleagues|members|leadership|"
    r"brothers\s+and\s+sisters|sisters\s+and\s+brothers)\s+(?:of|in|from|at)\s+)?"
    r"(?:the\s+)?(?P<name>.+?)\s*[,:!]?$",
    re.I,
)
_COLLECTIVE = frozenset(
    {"comrades", "friends", "colleagues", "all", "sir", "madam", "sir or madam"}
)
_MD_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^(?:[-*+•]\s+|\d{1,3}[.)]\s+)")
_RULE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_SMALL = frozenset(
    "of the and for in on at to a an de du des la le el al y et with by from against".split()
)


class StatementRejected(Exception):
    """A file that cannot be taken as a statement; the message is the reason."""


@dataclass(frozen=True, slots=True)
class Sidecar:
    """Metadata a moderator keeps beside a statement, overriding what is derived."""

    title: str | None = None
    date: dt.date | None = None
    source_url: str | None = None
    signatories: tuple[str, ...] | None = None
    authors: tuple[str, ...] | None = None
    recipients: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class SeedFile:
    """A statement file found in the seeds folder, with its sidecar if there is one."""

    path: Path
    sidecar: Path | None

    @property
    def id(self) -> str:
        """The statement id: the file stem."""
        return self.path.stem


@dataclass(slots=True)
class _Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # the stripped text, equal to file[start:end]

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass(slots=True)
class _Parsed:
    title: str | None = None
    subject: str | None = None
    date: dt.date | None = None
    source_url: str | None = None
    authors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    individuals: set[str] = field(default_factory=set)
    paragraphs: list[Paragraph] = field(default_factory=list)


# ---------------------------------------------------------------------------- files


def scan_seeds(seeds_dir: Path) -> tuple[list[SeedFile], list[Skipped]]:
    """The statement files in a folder (sorted by name) and the files skipped, with reasons."""
    files: list[SeedFile] = []
    skipped: list[Skipped] = []
    entries = sorted(seeds_dir.iterdir(), key=lambda p: p.name)
    names = {p.name for p in entries}
    taken: dict[str, str] = {}
    for path in entries:
        if path.is_dir():
            skipped.append(Skipped(path.name, "is a folder; statements are files in the top level"))
            continue
        suffix = path.suffix.lower()
        if path.name == ALIASES_FILE:
            continue
        if suffix == SIDECAR_SUFFIX:
            if not any(f"{path.stem}{s}" in names for s in STATEMENT_SUFFIXES):
                skipped.append(
                    Skipped(path.name, "metadata file without a statement of the same name")
                )
            continue
        if suffix not in STATEMENT_SUFFIXES:
            skipped.append(Skipped(path.name, "not a .txt or .md file"))
            continue
        if path.stem in taken:
            skipped.append(
                Skipped(path.name, f"same id {path.stem!r} as {taken[path.stem]}; rename one")
            )
            continue
        taken[path.stem] = path.name
        sidecar = path.with_suffix(SIDECAR_SUFFIX)
        files.append(SeedFile(path, sidecar if sidecar.name in names else None))
    return files, skipped


def read_text(path: Path) -> str:
    """A statement file's text: UTF-8, a leading BOM dropped; otherwise `StatementRejected`."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise StatementRejected(f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise StatementRejected(f"cannot be read ({exc.strerror or exc})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StatementRejected(
            f"not valid UTF-8 (byte {exc.start}); save it as UTF-8 and reindex"
        ) from exc


def content_hash(*parts: bytes) -> str:
    """A stable hash of a statement's bytes and its sidecar's."""
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def read_sidecar(path: Path) -> Sidecar:
    """Parse a TOML sidecar; `StatementRejected` with a readable reason when it is invalid."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise StatementRejected(f"cannot be read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise StatementRejected(f"invalid TOML: {exc}") from exc
    known = {"title", "date", "source", "signatories", "authors", "recipients"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise StatementRejected(
            f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(known))}"
        )

    def text(key: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise StatementRejected(f"{key!r} must be a non-empty string")
        return value.strip()

    def names(key: str) -> tuple[str, ...] | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise StatementRejected(f"{key!r} must be a list of strings")
        return tuple(v.strip() for v in value if v.strip())

    date_value = data.get("date")
    date: dt.date | None
    if date_value is None:
        date = None
    elif isinstance(date_value, dt.datetime):
        date = date_value.date()
    elif isinstance(date_value, dt.date):
        date = date_value
    elif isinstance(date_value, str):
        date = parse_date(date_value)
        if date is None:
            raise StatementRejected(f"date {date_value!r} is not a date; write it as 2024-03-08")
    else:
        raise StatementRejected("'date' must be a date such as 2024-03-08")
    source = text("source")
    if source is not None and not re.match(r"^https?://\S+$", source):
        raise StatementRejected(f"source {source!r} must be an http(s) URL")
    return Sidecar(
        title=text("title"),
        date=date,
        source_url=source,
        signatories=names("signatories"),
        authors=names("authors"),
        recipients=names("recipients"),
    )


def load_statement(seed: SeedFile) -> tuple[Statement, list[Skipped]]:
    """Read and parse one statement file and its sidecar.

    Raises `StatementRejected` when the statement itself cannot be used; a bad sidecar is
    reported (second element) and the statement is parsed without it.
    """
    text = read_text(seed.path)
    raw = seed.path.read_bytes()
    problems: list[Skipped] = []
    sidecar = Sidecar()
    sidecar_bytes = b""
    if seed.sidecar is not None:
        try:
            sidecar_bytes = seed.sidecar.read_bytes()
            sidecar = read_sidecar(seed.sidecar)
        except (StatementRejected, OSError) as exc:
            problems.append(
                Skipped(seed.sidecar.name, f"{exc}; the statement is indexed without it")
            )
    statement = parse_statement(
        seed.id, seed.path.name, text, sidecar, content_hash(raw, sidecar_bytes)
    )
    return statement, problems


# ---------------------------------------------------------------------------- parsing


def parse_statement(
    statement_id: str,
    file_name: str,
    text: str,
    sidecar: Sidecar | None = None,
    digest: str | None = None,
) -> Statement:
    """Parse a statement's text. Raises `StatementRejected` if it holds no prose."""
    sidecar = sidecar or Sidecar()
    lines = _lines(text)
    parsed = _parse_lines(text, lines)
    if not parsed.paragraphs:
        raise StatementRejected("no prose paragraphs found")
    title = sidecar.title or _derive_title(parsed)
    return Statement(
        id=statement_id,
        file_name=file_name,
        title=title,
        date=sidecar.date or parsed.date,
        source_url=sidecar.source_url or parsed.source_url,
        text=text,
        content_hash=digest or content_hash(text.encode("utf-8")),
        paragraphs=tuple(parsed.paragraphs),
        signatories=_parties(
            sidecar.signatories if sidecar.signatories is not None else parsed.signatories,
            Role.SIGNATORY,
            parsed.individuals,
        ),
        authors=_parties(
            sidecar.authors if sidecar.authors is not None else parsed.authors, Role.AUTHOR
        ),
        recipients=_parties(
            sidecar.recipients if sidecar.recipients is not None else parsed.recipients,
            Role.RECIPIENT,
        ),
    )


def parse_date(text: str) -> dt.date | None:
    """The first date written in `text` ("March 8, 2024", "8 March 2024", "2024-03-08",
    "08.03.2024", "08/03/2024": numbers are read day first unless that is impossible)."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("a"):
            a, b = int(groups["a"]), int(groups["b"])
            day, month = (b, a) if b > 12 >= a else (a, b)
        else:
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
            day = int(groups["day"])
        try:
            return dt.date(int(groups["year"]), month, day)
        except ValueError:
            continue
    return None


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(stripped), stripped))
        else:
            out.append(_Line(pos, pos, ""))
        pos += len(raw)
    return out


def _plain(text: str) -> str:
    """The line without Markdown emphasis (`**Signatories:**` -> `Signatories:`), for
    recognising headings and metadata; quoted text is never taken from it."""
    return re.sub(r"\*\*|__|^[*_]+|[*_]+$", "", text).strip()


def _is_date_line(line: _Line) -> bool:
    if parse_date(_plain(line.text)) is None:
        return False
    return len(line.words) <= 6


def _source_in(line: _Line, *, bare: bool = True) -> str | None:
    """The URL of a "Source: …" line, or (`bare`) of a line that is only a URL."""
    m = _SOURCE.match(_plain(line.text))
    if m is None or (not bare and not m["label"]):
        return None
    return m["url"]


def _is_name_like(line: _Line) -> bool:
    """Could this line be an organisation's or person's name?"""
    t = _LIST_ITEM.sub("", line.text)
    words = t.split()
    if not words or len(words) > 14 or len(t) > 140:
        return False
    if t.endswith(("!", "?")) or (t.endswith(".") and len(words) > 6):
        return False
    if not (t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘("):
        return False
    significant = [w for w in words if w.lower().strip(",;()") not in _SMALL]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if w.lstrip("\"'“‘(")[:1].isupper())
    return capitalised / len(significant) >= 0.6


def _is_salutation(line: _Line) -> bool:
    return bool(_SALUTATION.match(line.text)) and len(line.words) <= 8


def _is_closing(line: _Line) -> bool:
    return bool(_CLOSING.match(line.text)) and len(line.words) <= 8


def _split_names(text: str, inline: bool = False) -> list[str]:
    """Names on one line: a list item; several separated by semicolons; or a comma list
    ("A, B, C", or any commas after a "Signed by:" heading). A country after a comma stays
    with its name as a qualifier ("Ettajdid Movement, Tunisia")."""
    t = _LIST_ITEM.sub("", text).strip()
    out: list[str] = []
    for part in re.split(r"\s*;\s*", t):
        pieces = [p.strip() for p in part.split(",")]
        if len(pieces) < 3 and not inline:
            pieces = [part.strip()]
        if inline or len(pieces) >= 3:
            # "A, B and C": the last "and" separates two names when both sides are names of
            # two words or more ("Workers and Peasants Party" stays whole).
            pieces = pieces[:-1] + _split_final_and(pieces[-1])
            pieces[-1] = re.sub(r"(?<=[a-z)])\.$", "", pieces[-1])  # the sentence's full stop
        merged: list[str] = []
        for piece in pieces:
            piece = re.sub(r"^and\s+", "", piece)
            if merged and " ".join(_word_keys(piece)) in COUNTRY_OF:
                merged[-1] = f"{merged[-1]}, {piece}"
            elif piece:
                merged.append(piece)
        out.extend(m for m in merged if clean_display(m))
    return out


def _split_final_and(piece: str) -> list[str]:
    m = re.match(r"^(?P<a>.+?)\s+(?:and|&)\s+(?P<b>[A-Z].*)$", piece)
    if m and all(
        len([w for w in part.split() if w.lower() not in _SMALL]) >= 2 for part in (m["a"], m["b"])
    ):
        return [m["a"], m["b"]]
    return [piece]


def _word_keys(text: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", text.casefold()) if w]


def _salutation_recipient(line: _Line) -> str | None:
    """The organisation in "Dear comrades of the Valley Workers Party,", if any."""
    m = _DEAR.match(line.text)
    if not m:
        return None
    name = m["name"].strip()
    probe = _Line(0, len(name), name)
    return name if name and _is_name_like(probe) and name.lower() not in _COLLECTIVE else None


def _parse_lines(source: str, lines: list[_Line]) -> _Parsed:
    parsed = _Parsed()
    n = len(lines)
    i = 0
    # Header lines at the top: From:, To:, Date:, Subject:; a Markdown title.
    while i < n:
        line = lines[i]
        if not line.text:
            i += 1
            continue
        header = _HEADER.match(line.text)
        heading = _MD_HEADING.match(line.text)
        if header:
            field_name, value = header["field"].lower(), header["value"].strip()
            if field_name == "from":
                parsed.authors.extend(_names_in(value))
            elif field_name in ("to", "cc"):
                parsed.recipients.extend(_names_in(value))
            elif field_name == "date":
                parsed.date = parse_date(value)
            elif value:
                parsed.subject = value
            i += 1
            continue
        if heading and parsed.title is None:
            parsed.title = heading["title"]
            i += 1
            continue
        if _is_date_line(line) and parsed.date is None:
            parsed.date = parse_date(_plain(line.text))
            i += 1
            continue
        if (url := _source_in(line)) and parsed.source_url is None:
            parsed.source_url = url
            i += 1
            continue
        break
    is_letter = bool(parsed.authors or parsed.recipients) or (i < n and _is_salutation(lines[i]))

    # The tail: signatures, dates, closings and signatory lists, read from the end.
    end = n
    pending: list[str] = []  # names read since the last heading (going upwards)
    tail: list[tuple[str, str]] = []  # (name, kind), in file order
    signed_heading = False
    j = n - 1
    while j >= i:
        line = lines[j]
        if not line.text:
            j -= 1
            continue
        plain = _plain(line.text)
        inline = _INLINE_SIGNED.match(plain)
        kind = _KIND_HEADING.match(plain)
        if _SIGNATORY_HEADING.match(plain) or kind:
            label = "individual" if kind and kind["ind"] else "organisation"
            tail[:0] = [(name, label) for name in pending]
            pending = []
            signed_heading = True
        elif inline:
            pending[:0] = _split_names(inline["names"], inline=True)
            tail[:0] = [(name, "organisation") for name in pending]
            pending = []
            signed_heading = True
        elif _is_date_line(line):
            if parsed.date is None:
                parsed.date = parse_date(plain)
        elif url := _source_in(line):
            parsed.source_url = parsed.source_url or url
        elif _is_closing(line):
            pass
        elif _is_name_like(line) and not _is_salutation(line):
            pending[:0] = _split_names(line.text)
        else:
            break
        end = j
        j -= 1
    tail[:0] = [(name, "organisation") for name in pending]
    if tail:
        if is_letter and not signed_heading:
            parsed.authors.extend(name for name, _ in tail)
        else:
            parsed.signatories[:0] = [name for name, _ in tail]
            parsed.individuals.update(name for name, kind in tail if kind == "individual")

    # The body: paragraphs, with lines of a hard-wrapped paragraph joined.
    body = lines[i:end]
    number = 0
    for block in _blocks(body):
        for group in _paragraph_groups(block):
            first, last = group[0], group[-1]
            if len(group) == 1 and _is_salutation(first):
                recipient = _salutation_recipient(first)
                if recipient:
                    parsed.recipients.append(recipient)
                continue
            if len(group) == 1 and number == 0 and parsed.date is None and _is_date_line(first):
                parsed.date = parse_date(_plain(first.text))
                continue
            # A labelled source line anywhere; a bare URL only before the text (a link inside
            # the text is the statement's own words).
            if len(group) == 1 and (url := _source_in(first, bare=number == 0)):
                parsed.source_url = parsed.source_url or url
                continue
            if len(group) == 1 and (_RULE.match(first.text) or _MD_HEADING.match(first.text)):
                if parsed.title is None and _MD_HEADING.match(first.text) and number == 0:
                    parsed.title = _MD_HEADING.match(first.text)["title"]  # type: ignore[index]
                continue
            if (
                number == 0
                and len(group) == 1
                and parsed.title is None
                and _looks_like_title(first)
            ):
                parsed.title = first.text
                continue
            number += 1
            parsed.paragraphs.append(
                Paragraph(
                    number=number,
                    start=first.start,
                    end=last.end,
                    text=source[first.start : last.end],
                )
            )
    return parsed


def _names_in(value: str) -> list[str]:
    parts = re.split(r"\s*;\s*|\s+and\s+(?=[A-Z])", value)
    return [clean_display(p) for p in parts if clean_display(p)]


def _looks_like_title(line: _Line) -> bool:
    t = line.text
    return (
        len(t) <= 120
        and len(line.words) <= 16
        and not t.endswith((".", ",", ";"))
        and t[:1].isupper()
    )


def _blocks(lines: Sequence[_Line]) -> Iterable[list[_Line]]:
    block: list[_Line] = []
    for line in lines:
        if line.text:
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _structural(line: _Line) -> bool:
    return bool(
        _LIST_ITEM.match(line.text)
        or _MD_HEADING.match(line.text)
        or _RULE.match(line.text)
        or _is_salutation(line)
        or _HEADER.match(line.text)
    )


def _paragraph_groups(block: list[_Line]) -> Iterable[list[_Line]]:
    """Split a block of consecutive lines into paragraphs.

    A line is its own paragraph (the seeds put one paragraph per line) unless the text is
    hard-wrapped: the line ends mid-sentence and the next goes on, or the block's lines are
    all about one width.
    """
    widest = max(len(line.text) for line in block)
    wrapped = len(block) >= 3 and widest <= 100
    group: list[_Line] = [block[0]]
    for prev, line in itertools.pairwise(block):
        joins = not _structural(line) and not _structural(prev)
        if joins:
            mid_sentence = not prev.text.endswith(_TERMINAL) and (
                line.text[:1].islower() or len(prev.text) >= 60
            )
            by_width = wrapped and len(prev.text) >= 0.6 * widest
            joins = mid_sentence or by_width
        if joins:
            group.append(line)
        else:
            yield group
            group = [line]
    yield group


def _derive_title(parsed: _Parsed) -> str:
    if parsed.title:
        return parsed.title
    if parsed.subject:
        return parsed.subject
    if parsed.authors and parsed.recipients:
        return f"Letter from {parsed.authors[0]} to {parsed.recipients[0]}"
    if parsed.authors:
        return f"Statement by {parsed.authors[0]}"
    first = parsed.paragraphs[0].text.replace("\n", " ")
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return shorten(" ".join(sentence.split()), TITLE_MAX)


def _parties(
    names: Iterable[str], role: Role, individuals: set[str] | None = None
) -> tuple[Party, ...]:
    """Deduplicate by normalised key, keeping the first spelling and the original order."""
    seen: set[str] = set()
    out: list[Party] = []
    for name in names:
        display = " ".join(name.split())  # as written; only surrounding spaces go
        key = name_key(display)
        if not key or key in seen:
            continue
        seen.add(key)
        kind = "individual" if individuals and name in individuals else "organisation"
        out.append(Party(as_written=display, key=key, role=role, kind=kind))
    return tuple(out)
