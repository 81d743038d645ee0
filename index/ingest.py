"""Statement files -> `Statement`s: headers, paragraphs, signatories, dates, sidecar metadata.

The text is never altered: paragraphs are located by character offsets into the decoded
file, and `text[start:end]` is what gets quoted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .entities import analyse, is_acronym_only
from .models import Paragraph, Party, Role, Skipped, Statement
from .names import initials, name_key
from .parsing import ParsedText, parse_date, segment
from .textutil import shorten

log = logging.getLogger(__name__)

STATEMENT_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIX = ".toml"
# A statement file being written (collection.add_statement): `.<name>.<8 hex>.upload`, renamed
# over <name> once whole; one left by a killed writer is removed by the next refresh.
UPLOAD_LEFTOVER = re.compile(r"^\..+\.[0-9a-f]{8}\.upload$")
ALIASES_FILE = "aliases.toml"  # the moderators' organisation aliases, not a sidecar
MAX_FILE_BYTES = 2_000_000
# Raised whenever parsing changes what it derives (paragraphs, dates, sources, parties): the next
# build re-reads every file, keeping the vectors of passages whose text did not change.
PARSER_VERSION = 6
TITLE_MAX = 90


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


# ---------------------------------------------------------------------------- files


def link_problem(seeds_dir: Path, path: Path) -> str | None:
    """Why a symbolic link in the seeds folder is not read (None for anything else): one that
    leads out of the folder must never make the index quote a file nobody put there, and one
    to a file of the folder would index that file twice."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "is a link to nothing (or a loop); not read"
    if target.parent != seeds_dir.resolve():
        return "is a link that leads out of the statements folder; not read"
    return f"is a link to {target.name}, which is read as itself"


# A statement's id is its file name without the extension: Discord takes at most 100
# characters in a choice's value, which is how /statement and /remove-statement receive ids.
MAX_ID_CHARS = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def id_key(statement_id: str) -> str:
    """What two ids must not share: the same letters up to case, accents and Unicode
    composition ("Café", "cafe" and "café" written with a combining accent are one id)."""
    decomposed = unicodedata.normalize("NFKD", statement_id)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def printable(name: str) -> str:
    """A file name with its control characters shown as \ufffd, safe to print and post."""
    return _CONTROL.sub("\ufffd", name)


def scan_seeds(seeds_dir: Path) -> tuple[list[SeedFile], list[Skipped]]:
    """The statement files in a folder (sorted by name) and the files skipped, with reasons."""
    files: list[SeedFile] = []
    skipped: list[Skipped] = []
    entries = sorted(seeds_dir.iterdir(), key=lambda p: p.name)
    links = {p.name: why for p in entries if (why := link_problem(seeds_dir, p)) is not None}
    for name, why in links.items():
        skipped.append(Skipped(printable(name), why))
    entries = [p for p in entries if p.name not in links]
    names = {p.name for p in entries}
    taken: dict[str, str] = {}
    for path in entries:
        if _CONTROL.search(path.name):
            skipped.append(
                Skipped(
                    printable(path.name),
                    "its name has control characters (shown as \ufffd); rename it",
                )
            )
            continue
        if path.name.startswith("."):
            if path.suffix.lower() in STATEMENT_SUFFIXES and not UPLOAD_LEFTOVER.match(path.name):
                skipped.append(
                    Skipped(path.name, "a hidden file (its name starts with a dot); rename it")
                )
            continue  # hidden: editors' and systems' files, an upload being written
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
        if len(path.stem) > MAX_ID_CHARS:
            skipped.append(
                Skipped(
                    path.name,
                    f"its name is {len(path.stem)} characters long before the extension; "
                    f"at most {MAX_ID_CHARS}: rename it",
                )
            )
            continue
        same = id_key(path.stem)
        if same in taken:
            skipped.append(
                Skipped(
                    path.name,
                    f"the same id as {taken[same]} (ids must differ by more than letter case "
                    "and accents); rename one",
                )
            )
            continue
        taken[same] = path.name
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
    # retrieved, original: where an added page or file came from (collection.add_source).
    known = {"title", "date", "source", "signatories", "authors", "recipients"}
    known |= {"retrieved", "original"}
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
    parsed = segment(text)
    paragraphs = tuple(
        Paragraph(number=n, start=start, end=end, text=text[start:end])
        for n, (start, end) in enumerate(parsed.paragraphs, start=1)
    )
    if not paragraphs:
        raise StatementRejected("no prose paragraphs found")
    title = sidecar.title or _derive_title(parsed, paragraphs)
    recipients = sidecar.recipients if sidecar.recipients is not None else parsed.recipients
    return Statement(
        id=statement_id,
        file_name=file_name,
        title=title,
        date=sidecar.date or parsed.date,
        source_url=sidecar.source_url or parsed.source_url,
        text=text,
        content_hash=digest or content_hash(text.encode("utf-8")),
        paragraphs=paragraphs,
        signatories=_parties(
            sidecar.signatories if sidecar.signatories is not None else parsed.signatories,
            Role.SIGNATORY,
            parsed.individuals,
        ),
        authors=_parties(
            sidecar.authors if sidecar.authors is not None else parsed.authors,
            Role.AUTHOR,
            exclude=recipients,
        ),
        recipients=_parties(recipients, Role.RECIPIENT),
    )


def _derive_title(parsed: ParsedText, paragraphs: tuple[Paragraph, ...]) -> str:
    if parsed.title:
        return parsed.title
    if parsed.subject:
        return parsed.subject
    if parsed.authors and parsed.recipients:
        return f"Letter from {parsed.authors[0]} to {parsed.recipients[0]}"
    if parsed.authors:
        return f"Statement by {parsed.authors[0]}"
    first = " ".join(paragraphs[0].text.split())
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return shorten(sentence, TITLE_MAX)


def _parties(
    names: Iterable[str],
    role: Role,
    individuals: set[str] | None = None,
    exclude: Iterable[str] = (),
) -> tuple[Party, ...]:
    """Deduplicate by normalised key (a sub-unit writing for its organisation counts as the
    organisation), keeping the first spelling and the original order."""
    seen: set[str] = {name_key(n) for n in exclude}
    names = list(names)
    # "BNA" beside "Brisca Nurses' Association" in one statement is one organisation.
    spelled_out = {
        initials(" ".join(w for w in name.split() if w[:1].isupper())) for name in names
    } | {a for name in names if (a := analyse(name).acronym)}
    out: list[Party] = []
    for name in names:
        display = " ".join(name.split())  # as written; only surrounding spaces go
        key = name_key(display)
        own = name_key(analyse(display).display)
        if (
            is_acronym_only(display)
            and display.replace(".", "") in spelled_out - {display}
            and any(n != name and not is_acronym_only(n) for n in names)
        ):
            continue
        if not key or key in seen or own in seen:
            continue
        seen.update((key, own))
        kind = "individual" if individuals and name in individuals else "organisation"
        out.append(Party(as_written=display, key=key, role=role, kind=kind))
    return tuple(out)
