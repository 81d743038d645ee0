"""Adding and removing statement files, for moderators (the bot) and deployers (the CLI).

A file is checked — name, size, encoding, that it parses as a statement — before anything is
written; writes are atomic; nothing is lost: a replaced or removed statement's files are copied
to `DATA_DIR/archive/<time>-<why>-<id>/` first. Each change is followed by a refresh.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tomllib
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import UndersignedError
from .ingest import (
    ALIASES_FILE,
    SIDECAR_SUFFIX,
    STATEMENT_SUFFIXES,
    StatementRejected,
    id_key,
    parse_statement,
)
from .models import BuildReport, Statement
from .search import Engine
from .sources import Extracted

MAX_STATEMENT_BYTES = 1_000_000
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class BadStatementFile(UndersignedError):
    """A statement file (or its metadata) that cannot be taken; the message says why."""


class StatementExists(BadStatementFile):
    """A statement with this id is already in the collection."""

    def __init__(self, statement_id: str, file_name: str) -> None:
        self.statement_id = statement_id
        self.file_name = file_name
        super().__init__(
            f"A statement with the id {statement_id!r} exists ({file_name}); replace it "
            "explicitly, or rename the file."
        )


@dataclass(frozen=True, slots=True)
class Added:
    """What was saved and how the index changed."""

    statement: Statement
    report: BuildReport
    replaced: bool
    archived: Path | None = None  # where the replaced version was kept


@dataclass(frozen=True, slots=True)
class Removed:
    """What was taken out: the statement, its files (kept in the archive) and the new index."""

    statement: Statement
    files: tuple[tuple[str, bytes], ...]  # (file name, content): the statement and its metadata
    archived: Path
    report: BuildReport


def safe_file_name(name: str) -> str:
    """A plain file name: no folders, only letters, digits, dot, dash and underscore."""
    base = unicodedata.normalize("NFKD", os.path.basename(name.replace("\\", "/")))
    base = base.encode("ascii", "ignore").decode()
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = _SAFE.sub("_", stem).strip("._-")[:80]
    ext = ext.lower()
    if f".{ext}" not in STATEMENT_SUFFIXES:
        raise BadStatementFile(
            f"{name!r} is not a .txt or .md file: give the statement as plain text or Markdown."
        )
    if not stem:
        raise BadStatementFile(
            f"{name!r} has no usable name: rename the file, e.g. harbour-strike.txt."
        )
    if stem.lower() == Path(ALIASES_FILE).stem:
        # Its metadata file would be the moderators' alias file.
        raise BadStatementFile(
            f"{name!r}: the name {stem!r} is kept for the alias file; rename the statement file."
        )
    return f"{stem}.{ext}"


def check_statement(
    file_name: str,
    data: bytes,
    *,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    max_bytes: int = MAX_STATEMENT_BYTES,
) -> tuple[str, str | None]:
    """(the name to save it under, the metadata file's text) for a statement that can be
    added; `BadStatementFile` saying what to fix otherwise. Touches nothing on disk."""
    name = safe_file_name(file_name)
    if len(data) > max_bytes:
        raise BadStatementFile(f"The file is {len(data):,} bytes; the limit is {max_bytes:,}.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadStatementFile(
            f"The file is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."
        ) from exc
    sidecar = sidecar_text(title, date, source)
    try:
        parse_statement(Path(name).stem, name, text)
    except StatementRejected as exc:
        raise BadStatementFile(f"{name} cannot be used: {exc}.") from exc
    return name, sidecar


def add_statement(
    engine: Engine,
    name: str,
    data: bytes,
    sidecar: str | None,
    *,
    replace: bool = False,
    by: str = "an addition",
) -> Added:
    """Save a statement checked by `check_statement` into the seeds folder and index it.
    `StatementExists` unless `replace`; a replaced version is archived first. Holds the
    writers' lock throughout (`by` says who, for a writer that has to wait)."""
    with engine.store.writer(f"{by} of {name}"):
        staged = stage_statement(engine, name, data, sidecar, replace=replace)
        report = engine.refresh()
        return Added(engine.statement(staged.stem), report, staged.replaced, staged.archived)


@dataclass(frozen=True, slots=True)
class Staged:
    """A statement saved into the seeds folder, not yet indexed (see `stage_statement`)."""

    stem: str
    replaced: bool
    archived: Path | None = None  # where the replaced version was kept
    original: Path | None = None  # for a page or file read: the original, kept


def stage_statement(
    engine: Engine, name: str, data: bytes, sidecar: str | None, *, replace: bool = False
) -> Staged:
    """Save a checked statement into the seeds folder without reindexing, for several
    additions and one refresh (python -m index import). The caller holds the writers' lock
    (`engine.store.writer`) and refreshes the engine once it has saved them all."""
    stem = Path(name).stem
    seeds = engine.seeds_dir
    if not seeds.is_dir():
        raise UndersignedError(f"The statements folder {seeds} does not exist.")
    # The same id up to letter case and Unicode composition is the same statement.
    existing = sorted(
        p
        for p in seeds.iterdir()
        if id_key(p.stem) == id_key(stem)
        and p.suffix.lower() in STATEMENT_SUFFIXES
        and not p.name.startswith(".")
    )
    if existing and not replace:
        raise StatementExists(existing[0].stem, existing[0].name)
    old_stems = sorted({p.stem for p in existing})
    archives = [archive(engine, old, "replaced") for old in old_stems]
    old_sidecars = [
        seeds / f"{old}{SIDECAR_SUFFIX}"
        for old in old_stems
        if (seeds / f"{old}{SIDECAR_SUFFIX}").is_file()
    ]
    _atomic_write(seeds / name, data)
    if old_sidecars:
        # The metadata given now over what the replaced statement had.
        kept = old_sidecars[0].read_text(encoding="utf-8-sig", errors="replace")
        sidecar = _merged_sidecar(old_sidecars[0], sidecar) if sidecar is not None else kept
    if sidecar is not None:
        _atomic_write(seeds / f"{stem}{SIDECAR_SUFFIX}", sidecar.encode("utf-8"))
    for old in [*existing, *old_sidecars]:
        if old.name not in (name, f"{stem}{SIDECAR_SUFFIX}"):
            old.unlink(missing_ok=True)
    return Staged(stem, bool(existing), archives[0] if archives else None)


def remove_statement(engine: Engine, statement_id: str, *, by: str = "a removal") -> Removed:
    """Take a statement's files out of the seeds folder (archived first) and reindex;
    `UnknownStatement` when no statement has this id. Holds the writers' lock throughout."""
    with engine.store.writer(f"{by} of {statement_id}"):
        return _remove(engine, statement_id)


def _remove(engine: Engine, statement_id: str) -> Removed:
    statement = engine.statement(statement_id)
    files = statement_files(engine, statement.id)
    if not files:
        raise UndersignedError(
            f"The file of {statement.id!r} is no longer in the statements folder; reindex to "
            "bring the index up to date."
        )
    contents = tuple((p.name, p.read_bytes()) for p in files)
    archived = archive(engine, statement.id, "removed")
    for path in files:
        path.unlink()
    report = engine.refresh()
    return Removed(statement, contents, archived, report)


class DuplicateStatement(BadStatementFile):
    """The text or the link of a statement already in the collection."""

    def __init__(self, statement_id: str, why: str) -> None:
        self.statement_id = statement_id
        super().__init__(
            f"This statement is already in the collection as {statement_id!r} ({why}); replace "
            "it explicitly to update it."
        )


@dataclass(frozen=True, slots=True)
class AddedSource:
    """A statement added from a page or a file: what was read, where it was saved and kept."""

    added: Added
    extracted: Extracted
    original: Path  # the page or file as it was received, in DATA_DIR/archive/


def add_source(
    engine: Engine,
    extracted: Extracted,
    original: bytes,
    *,
    original_name: str,
    replace: bool = False,
    by: str = "an addition",
) -> AddedSource:
    """Save a statement read from a page or file (see `sources.extract`): its text as a
    statement file, a metadata file with its title, date, link, retrieval date and original's
    name and hash, and the original itself in DATA_DIR/archive/. `DuplicateStatement` when its
    text or its link is already in the collection, `StatementExists` when its name is taken,
    unless `replace`."""
    with engine.store.writer(f"{by} of {original_name}"):
        staged = stage_source(
            engine, extracted, original, original_name=original_name, replace=replace
        )
        report = engine.refresh()
        added = Added(engine.statement(staged.stem), report, staged.replaced, staged.archived)
    assert staged.original is not None
    return AddedSource(added, extracted, staged.original)


def stage_source(
    engine: Engine,
    extracted: Extracted,
    original: bytes,
    *,
    original_name: str,
    replace: bool = False,
    batch: dict[str, str] | None = None,
) -> Staged:
    """`add_source` without the reindexing, as `stage_statement`: the caller holds the
    writers' lock and refreshes once. `batch` gathers the texts and links saved by earlier
    calls of the same run (not yet in the index), so a folder holding one statement twice
    adds it once."""
    text = extracted.text()
    name = safe_file_name(_stem_for(extracted, original_name) + ".txt")
    data = text.encode("utf-8")
    if len(data) > MAX_STATEMENT_BYTES:
        raise BadStatementFile(
            f"The text read is {len(data):,} bytes; the limit is {MAX_STATEMENT_BYTES:,}."
        )
    digest = hashlib.sha256(original).hexdigest()
    retrieved = dt.datetime.now(dt.UTC).date()
    lines = [
        *(sidecar_text(extracted.title, None, extracted.source) or "").splitlines(),
        *([f"date = {extracted.date.isoformat()}"] if extracted.date else []),
        f"retrieved = {retrieved.isoformat()}",
        f"original = {json.dumps(f'{original_name} (sha256 {digest})', ensure_ascii=False)}",
    ]
    sidecar = "\n".join(lines) + "\n"
    try:
        parse_statement(Path(name).stem, name, text)
    except StatementRejected as exc:
        raise BadStatementFile(f"What was read cannot be used as a statement: {exc}.") from exc
    keys = [f"text {_normalised(text)}"]
    if extracted.source:
        keys.append(f"link {_link_key(extracted.source)}")
    if not replace:
        _refuse_duplicate(engine, text, extracted.source)
        for key in keys:
            if batch is not None and key in batch:
                why = "the same text" if key.startswith("text") else f"from {extracted.source}"
                raise DuplicateStatement(batch[key], why)
    kept = _keep_original(engine, Path(name).stem, original, original_name, digest)
    staged = stage_statement(engine, name, data, sidecar, replace=replace)
    if batch is not None:
        batch.update(dict.fromkeys(keys, staged.stem))
    return dataclasses.replace(staged, original=kept)


def _stem_for(extracted: Extracted, original_name: str) -> str:
    """A file name for a statement: from its title, else from the page or file name."""
    if extracted.title:
        words = re.findall(r"\w+", unicodedata.normalize("NFKD", extracted.title).lower())
        slug = "-".join(words)[:60].strip("-")
        if slug.encode("ascii", "ignore").decode():
            return slug
    return Path(original_name).stem or "statement"


def _normalised(text: str) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def _refuse_duplicate(engine: Engine, text: str, source: str | None) -> None:
    """`DuplicateStatement` when a statement already holds this text or comes from this link."""
    if not engine.has_index():
        return
    wanted = _normalised(text)
    link = _link_key(source) if source else None
    for statement in engine.snapshot.statements.values():
        if link and statement.source_url and _link_key(statement.source_url) == link:
            raise DuplicateStatement(statement.id, f"from {statement.source_url}")
        if _normalised(statement.text) == wanted:
            raise DuplicateStatement(statement.id, "the same text")


def _link_key(url: str) -> str:
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return f"{parts.netloc.lower()}{path}?{parts.query}"


def _keep_original(
    engine: Engine, stem: str, original: bytes, original_name: str, digest: str
) -> Path:
    """The page or file as received, in DATA_DIR/archive/<time>-source-<stem>/, flushed."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    folder = engine.store.data_dir / "archive" / f"{stamp}-source-{stem}"
    folder.mkdir(parents=True)
    target = folder / (Path(original_name).name or "original")
    with open(target, "wb") as handle:
        handle.write(original)
        handle.flush()
        os.fsync(handle.fileno())
    (folder / "sha256").write_text(f"{digest}  {target.name}\n", encoding="utf-8")
    _fsync_folder(folder)
    _fsync_folder(folder.parent)
    return target


def statement_files(engine: Engine, stem: str) -> list[Path]:
    """The statement file and its metadata file, as they are in the seeds folder."""
    kinds = {*STATEMENT_SUFFIXES, SIDECAR_SUFFIX}
    return sorted(
        p
        for p in engine.seeds_dir.iterdir()
        if p.is_file() and p.stem == stem and p.suffix.lower() in kinds
    )


def archive(engine: Engine, stem: str, why: str) -> Path:
    """Copy a statement's files into DATA_DIR/archive/<time>-<why>-<stem>/."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    folder = engine.store.data_dir / "archive" / f"{stamp}-{why}-{stem}"
    folder.mkdir(parents=True)
    for path in statement_files(engine, stem):
        shutil.copy2(path, folder / path.name)
        with open(folder / path.name, "rb") as handle:
            os.fsync(handle.fileno())
    # On disk before the statement's own files are replaced or removed.
    _fsync_folder(folder)
    _fsync_folder(folder.parent)
    return folder


def sidecar_text(title: str | None, date: str | None, source: str | None) -> str | None:
    """The metadata file for the given title, date and source; None when none is given."""
    lines = []
    if title and title.strip():
        lines.append(f"title = {json.dumps(title.strip(), ensure_ascii=False)}")
    if date and date.strip():
        try:
            parsed = dt.date.fromisoformat(date.strip())
        except ValueError as exc:
            raise BadStatementFile(
                f"The date {date!r} is not a date: write it as 2024-03-08."
            ) from exc
        lines.append(f"date = {parsed.isoformat()}")
    if source and source.strip():
        if not re.match(r"^https?://\S+$", source.strip()):
            raise BadStatementFile(f"The source {source!r} is not a link: give an http(s) URL.")
        lines.append(f"source = {json.dumps(source.strip())}")
    return "\n".join(lines) + "\n" if lines else None


def _merged_sidecar(path: Path, new: str) -> str:
    """The replaced statement's metadata with the newly given fields over it (an unreadable old
    file is simply replaced; it is in the archive)."""
    try:
        merged: dict[str, object] = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return new
    merged.update(tomllib.loads(new))
    lines = []
    for key, value in merged.items():
        if isinstance(value, dt.date):
            lines.append(f"{key} = {value.isoformat()}")
        else:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def _atomic_write(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all, durably: a temporary file of a unique name, flushed
    to disk, renamed over it, and the folder's entry flushed too."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.upload")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
