"""The engine as the bot uses it: every blocking call in a worker thread, reindex single-flight."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from index.errors import UndersignedError
from index.ingest import SIDECAR_SUFFIX, StatementRejected, parse_statement
from index.models import (
    Answer,
    BuildReport,
    CollectionInfo,
    Cosigner,
    JointSignature,
    OrganisationLookup,
    Statement,
    StatementSummary,
)
from index.search import Engine

from .errors import BadAttachment, ReindexRunning

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Added:
    """What `/add-statement` saved and how the index changed."""

    statement: Statement
    report: BuildReport
    replaced: bool
    archived: Path | None = None  # where the replaced version was kept


@dataclass(frozen=True, slots=True)
class Removed:
    """What `/remove-statement` took out: the statement, its files (kept) and the new index."""

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
    if ext not in ("txt", "md"):
        raise BadAttachment(
            f"{name!r} is not a .txt or .md file: upload the statement as plain text or Markdown."
        )
    if not stem:
        raise BadAttachment(
            f"{name!r} has no usable name: rename the file, e.g. harbour-strike.txt."
        )
    return f"{stem}.{ext}"


class Library:
    """Async access to one `Engine`."""

    def __init__(self, engine: Engine, *, max_upload_bytes: int = 1_000_000) -> None:
        self.engine = engine
        self.max_upload_bytes = max_upload_bytes
        self._reindex = asyncio.Lock()

    @property
    def reindexing(self) -> bool:
        """True while a reindex or an upload is being indexed."""
        return self._reindex.locked()

    async def ask(
        self,
        question: str,
        k: int,
        *,
        organisation: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> Answer:
        """See `Engine.ask`."""
        return await asyncio.to_thread(
            self.engine.ask, question, k, organisation=organisation, since=since, until=until
        )

    async def lookup(self, name: str) -> OrganisationLookup:
        """See `Engine.lookup`."""
        return await asyncio.to_thread(self.engine.lookup, name)

    async def cosigners(self, name: str) -> tuple[OrganisationLookup, list[Cosigner]]:
        """See `Engine.cosigners`."""
        return await asyncio.to_thread(self.engine.cosigners, name, 10)

    async def signed_by_all(
        self, names: list[str]
    ) -> tuple[list[OrganisationLookup], list[JointSignature]]:
        """See `Engine.signed_by_all`."""
        return await asyncio.to_thread(self.engine.signed_by_all, names)

    async def statements(self) -> list[StatementSummary]:
        """See `Engine.statements`."""
        return await asyncio.to_thread(self.engine.statements)

    async def info(self) -> CollectionInfo:
        """See `Engine.info`."""
        return await asyncio.to_thread(self.engine.info)

    async def statement(self, statement_id: str) -> Statement:
        """See `Engine.statement`."""
        return await asyncio.to_thread(self.engine.statement, statement_id)

    async def organisations(self) -> list[str]:
        """See `Engine.organisations`."""
        return await asyncio.to_thread(self.engine.organisations)

    async def reindex(self) -> BuildReport:
        """Refresh from the seeds folder; `ReindexRunning` if one is already under way."""
        if self._reindex.locked():
            raise ReindexRunning()
        async with self._reindex:
            return await asyncio.to_thread(self.engine.refresh)

    async def add_statement(
        self,
        file_name: str,
        data: bytes,
        *,
        title: str | None = None,
        date: str | None = None,
        source: str | None = None,
        replace: bool = False,
    ) -> Added:
        """Check an uploaded statement, save it into the seeds folder and index it."""
        name = safe_file_name(file_name)
        if len(data) > self.max_upload_bytes:
            raise BadAttachment(
                f"The file is {len(data):,} bytes; the limit is {self.max_upload_bytes:,}."
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BadAttachment(
                f"The file is not UTF-8 text (byte {exc.start}); save it as UTF-8 and upload again."
            ) from exc
        sidecar = _sidecar_text(title, date, source)
        if self._reindex.locked():
            raise ReindexRunning()
        async with self._reindex:
            return await asyncio.to_thread(self._save_and_index, name, text, data, sidecar, replace)

    def _save_and_index(
        self, name: str, text: str, data: bytes, sidecar: str | None, replace: bool
    ) -> Added:
        stem = Path(name).stem
        try:
            parse_statement(stem, name, text)
        except StatementRejected as exc:
            raise BadAttachment(f"{name} cannot be used: {exc}.") from exc
        seeds = self.engine.seeds_dir
        if not seeds.is_dir():
            raise UndersignedError(f"The statements folder {seeds} does not exist.")
        existing = [p for p in seeds.iterdir() if p.stem == stem and p.suffix in (".txt", ".md")]
        if existing and not replace:
            raise BadAttachment(
                f"A statement with the id {stem!r} exists ({existing[0].name}); "
                "set `replace` to True to replace it, or rename the file."
            )
        archived = self._archive(stem, "replaced") if existing else None
        for old in existing:
            if old.name != name:
                old.unlink()
        _atomic_write(seeds / name, data)
        sidecar_path = seeds / f"{stem}.toml"
        if sidecar is not None:
            _atomic_write(sidecar_path, sidecar.encode("utf-8"))
        report = self.engine.refresh()
        return Added(self.engine.statement(stem), report, bool(existing), archived)

    async def remove_statement(self, statement_id: str) -> Removed:
        """Take a statement out of the seeds folder (its files are kept in the archive) and
        reindex; `UnknownStatement` when no statement has this id."""
        if self._reindex.locked():
            raise ReindexRunning()
        async with self._reindex:
            return await asyncio.to_thread(self._remove_and_index, statement_id)

    def _remove_and_index(self, statement_id: str) -> Removed:
        statement = self.engine.statement(statement_id)
        files = self._statement_files(statement.id)
        if not files:
            raise UndersignedError(
                f"The file of {statement.id!r} is no longer in the statements folder; "
                "run /reindex to bring the index up to date."
            )
        contents = tuple((p.name, p.read_bytes()) for p in files)
        archived = self._archive(statement.id, "removed")
        for path in files:
            path.unlink()
        report = self.engine.refresh()
        return Removed(statement, contents, archived, report)

    def _statement_files(self, stem: str) -> list[Path]:
        """The statement file and its sidecar metadata, as they are in the seeds folder."""
        kinds = {".txt", ".md", SIDECAR_SUFFIX}
        return sorted(
            p
            for p in self.engine.seeds_dir.iterdir()
            if p.is_file() and p.stem == stem and p.suffix.lower() in kinds
        )

    def _archive(self, stem: str, why: str) -> Path:
        """Copy a statement's files into DATA_DIR/archive/<time>-<why>-<stem>/ before they are
        deleted or overwritten, so that nothing a moderator replaces or removes is lost."""
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
        folder = self.engine.store.data_dir / "archive" / f"{stamp}-{why}-{stem}"
        folder.mkdir(parents=True)
        for path in self._statement_files(stem):
            shutil.copy2(path, folder / path.name)
        return folder


def _sidecar_text(title: str | None, date: str | None, source: str | None) -> str | None:
    lines = []
    if title and title.strip():
        lines.append(f"title = {json.dumps(title.strip(), ensure_ascii=False)}")
    if date and date.strip():
        try:
            parsed = dt.date.fromisoformat(date.strip())
        except ValueError as exc:
            raise BadAttachment(
                f"The date {date!r} is not a date: write it as 2024-03-08."
            ) from exc
        lines.append(f"date = {parsed.isoformat()}")
    if source and source.strip():
        if not re.match(r"^https?://\S+$", source.strip()):
            raise BadAttachment(f"The source {source!r} is not a link: give an http(s) URL.")
        lines.append(f"source = {json.dumps(source.strip())}")
    return "\n".join(lines) + "\n" if lines else None


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.upload")
    tmp.write_bytes(data)
    os.replace(tmp, path)
