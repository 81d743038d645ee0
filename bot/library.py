"""The engine as the bot uses it: every blocking call in a worker thread, reindex single-flight."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from index.collection import (
    Added,
    AddedSource,
    Removed,
    add_source,
    add_statement,
    check_statement,
    remove_statement,
    sidecar_text,
)
from index.collection import safe_file_name as safe_file_name
from index.errors import UnknownOrganisation
from index.fetch import fetch
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
from index.sources import extract

from .errors import ReindexRunning


class Library:
    """Async access to one `Engine`."""

    def __init__(
        self,
        engine: Engine,
        *,
        max_upload_bytes: int = 1_000_000,
        allow_private_urls: bool = False,
    ) -> None:
        self.engine = engine
        self.max_upload_bytes = max_upload_bytes
        self.allow_private_urls = allow_private_urls
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
        highlight: int | None = None,
    ) -> Answer:
        """See `Engine.ask`."""
        return await asyncio.to_thread(
            self.engine.ask,
            question,
            k,
            organisation=organisation,
            since=since,
            until=until,
            highlight=highlight,
        )

    async def with_highlights(self, answer: Answer, start: int, count: int) -> Answer:
        """The answer with hits `start` … `start + count - 1` highlighted (see `Engine.ask`)."""
        shown = answer.hits[start : start + count]
        done = await asyncio.to_thread(self.engine.highlight_hits, answer.question, shown)
        hits = answer.hits[:start] + done + answer.hits[start + count :]
        return dataclasses.replace(answer, hits=hits)

    async def check_organisation(self, name: str) -> None:
        """`UnknownOrganisation` (with suggestions) unless the name is one organisation."""
        found = await self.lookup(name)
        if not found.found:
            hint = f" Did you mean: {'; '.join(found.suggestions)}?" if found.suggestions else ""
            raise UnknownOrganisation(name, hint)

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

    async def find_statement(self, typed: str) -> Statement:
        """See `Engine.find_statement`."""
        return await asyncio.to_thread(self.engine.find_statement, typed)

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
        name, sidecar = check_statement(
            file_name,
            data,
            title=title,
            date=date,
            source=source,
            max_bytes=self.max_upload_bytes,
        )
        if self._reindex.locked():
            raise ReindexRunning()
        async with self._reindex:
            return await asyncio.to_thread(
                add_statement,
                self.engine,
                name,
                data,
                sidecar,
                replace=replace,
                by="the bot's /add-statement",
            )

    async def add_source(
        self,
        *,
        url: str | None = None,
        file_name: str = "",
        data: bytes = b"",
        content_type: str | None = None,
        title: str | None = None,
        date: str | None = None,
        source: str | None = None,
        replace: bool = False,
    ) -> AddedSource:
        """Read a statement from a link, or from an uploaded page, PDF or Word file, save it
        and index it (see `collection.add_source`)."""
        if self._reindex.locked():
            raise ReindexRunning()
        async with self._reindex:
            return await asyncio.to_thread(
                self._add_source, url, file_name, data, content_type, title, date, source, replace
            )

    def _add_source(
        self,
        url: str | None,
        file_name: str,
        data: bytes,
        content_type: str | None,
        title: str | None,
        date: str | None,
        source: str | None,
        replace: bool,
    ) -> AddedSource:
        overrides = sidecar_text(title, date, source)  # checks what was typed, first
        if url is not None:
            fetched = fetch(
                url, max_bytes=self.max_upload_bytes, allow_private=self.allow_private_urls
            )
            data, content_type, url = fetched.data, fetched.content_type, fetched.url
            file_name = PurePosixPath(urlsplit(url).path).name or "page.html"
        extracted = extract(data, name=file_name, content_type=content_type, url=url)
        if overrides:
            extracted = dataclasses.replace(
                extracted,
                title=title.strip() if title else extracted.title,
                date=dt.date.fromisoformat(date.strip()) if date else extracted.date,
                source=source.strip() if source else extracted.source,
            )
        return add_source(
            self.engine,
            extracted,
            data,
            original_name=file_name,
            replace=replace,
            by="the bot's /add-statement",
        )

    async def remove_statement(self, statement_id: str) -> Removed:
        """Take a statement out of the seeds folder (its files are kept in the archive) and
        reindex; `UnknownStatement` when no statement has this id."""
        if self._reindex.locked():
            raise ReindexRunning()
        async with self._reindex:
            return await asyncio.to_thread(
                remove_statement, self.engine, statement_id, by="the bot's /remove-statement"
            )
