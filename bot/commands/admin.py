"""Moderators: `/reindex`, `/add-statement` and `/remove-statement`."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import discord
from discord import app_commands

from index.collection import AddedSource

from .. import render
from ..checks import moderator_only
from ..config import BotSettings
from ..errors import BadAttachment, BadOption
from ..library import Library
from .statements import statement_choices

SOURCE_SUFFIXES = (".html", ".htm", ".xhtml", ".pdf", ".docx")

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()


def _audit(interaction: discord.Interaction[Any], action: str) -> None:
    """Moderators' changes to the collection, in the log: who, where, what."""
    user = interaction.user
    log.info("%s by %s (%s) in guild %s", action, user, user.id, interaction.guild_id)


def setup(tree: app_commands.CommandTree[Any], library: Library, settings: BotSettings) -> None:
    """Register the moderator commands: in the admin servers only, so elsewhere nobody sees
    them; with no admin server, everywhere, where they say how to switch them on."""
    admin = settings.admin_guilds
    where: dict[str, Any] = {"guilds": [discord.Object(id=g) for g in admin]} if admin else {}

    @tree.command(
        name="reindex",
        description="Moderators: refresh the index from the statements folder",
        **where,
    )
    @moderator_only(settings.moderator_role_ids, admin)
    async def reindex(interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await library.reindex()
        _audit(interaction, f"reindex: {report.summary()}")
        await interaction.followup.send(
            embed=render.render_report(report, info=await library.info()),
            ephemeral=True,
            allowed_mentions=NONE,
        )

    @tree.command(
        name="add-statement",
        description="Moderators: add a statement from a file (.txt .md .html .pdf .docx) or a link",
        **where,
    )
    @app_commands.describe(
        file="The statement: a .txt or .md file (saved as it is), or a page, PDF or Word file",
        url="Or a link to the page or file where it was published",
        title="Title to show (otherwise read from the source)",
        date="Date of the statement, as 2024-03-08 (otherwise read from the source)",
        source="Link to where it was published (a link given as url is recorded itself)",
        replace="Replace an existing statement with the same name, text or link",
    )
    @moderator_only(settings.moderator_role_ids, admin)
    async def add_statement(
        interaction: discord.Interaction[Any],
        file: discord.Attachment | None = None,
        url: app_commands.Range[str, 1, 500] | None = None,
        title: app_commands.Range[str, 1, 200] | None = None,
        date: app_commands.Range[str, 1, 20] | None = None,
        source: app_commands.Range[str, 1, 500] | None = None,
        replace: bool = False,
    ) -> None:
        if (file is None) == (url is None):
            raise BadOption(
                "Give the statement either as a file (`file`) or as a link (`url`), not both."
            )
        await interaction.response.defer(ephemeral=True, thinking=True)
        read: AddedSource | None = None
        if url is not None:
            read = await library.add_source(
                url=url.strip(), title=title, date=date, source=source, replace=replace
            )
            added = read.added
        else:
            assert file is not None
            if file.size > library.max_upload_bytes:
                raise BadAttachment(
                    f"The file is {file.size:,} bytes; the limit is {library.max_upload_bytes:,}."
                )
            data = await file.read()
            if Path(file.filename.lower()).suffix in SOURCE_SUFFIXES:
                read = await library.add_source(
                    file_name=file.filename,
                    data=data,
                    content_type=file.content_type,
                    title=title,
                    date=date,
                    source=source,
                    replace=replace,
                )
                added = read.added
            else:
                added = await library.add_statement(
                    file.filename, data, title=title, date=date, source=source, replace=replace
                )
        heading = "Statement replaced" if added.replaced else "Statement added"
        _audit(
            interaction, f"{heading.lower()}: {added.statement.id} ({added.statement.file_name})"
        )
        card = render.render_statement(added.statement)
        card.title = render.shorten(f"{heading}: {added.statement.title}", render.TITLE_LIMIT)
        notes: list[str] = []
        if read is not None:
            x = read.extracted
            first = added.statement.paragraphs[0].text if added.statement.paragraphs else ""
            notes.append(
                f"Read from {render.escape(x.source or read.original.name)} ({x.kind}): "
                f"{len(added.statement.paragraphs)} paragraphs. It begins: "
                f"“{render.escape(render.shorten(first, 300))}” — the original is kept on the "
                f"server in `{_archive_name(read.original.parent)}`."
            )
        if added.archived:
            notes.append(
                f"The previous version is kept on the server in `{_archive_name(added.archived)}`."
            )
        extra: dict[str, Any] = {"content": "\n".join(notes)} if notes else {}
        await interaction.followup.send(
            **extra,
            embeds=[card, render.render_report(added.report, "Index")],
            ephemeral=True,
            allowed_mentions=NONE,
        )

    @tree.command(
        name="remove-statement",
        description="Moderators: take a statement out of the collection (its file is kept)",
        **where,
    )
    @app_commands.describe(statement="The statement; suggestions by title appear as you type")
    @moderator_only(settings.moderator_role_ids, admin)
    async def remove_statement(
        interaction: discord.Interaction[Any], statement: app_commands.Range[str, 1, 100]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        removed = await library.remove_statement(statement)
        _audit(
            interaction, f"statement removed: {removed.statement.id}, kept in {removed.archived}"
        )
        card = render.render_statement(removed.statement)
        card.title = render.shorten(
            f"Statement removed: {removed.statement.title}", render.TITLE_LIMIT
        )
        note = (
            f"Its files are attached and kept on the server in "
            f"`{_archive_name(removed.archived)}`. To put it back, upload the statement file "
            "with /add-statement (with the title, date and source from the .toml, if any)."
        )
        await interaction.followup.send(
            note,
            embeds=[card, render.render_report(removed.report, "Index")],
            files=[discord.File(io.BytesIO(data), filename=name) for name, data in removed.files],
            ephemeral=True,
            allowed_mentions=NONE,
        )

    @remove_statement.autocomplete("statement")
    async def removable(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await statement_choices(library, current)


def _archive_name(path: Path) -> str:
    """The archive folder as DATA_DIR-relative text (the deployer knows where DATA_DIR is)."""
    return f"DATA_DIR/archive/{path.name}"
