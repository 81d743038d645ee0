"""`/statement` (a card), `/statements` (the collection, paged) and `/about` (an overview)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands

from index.models import Statement

from .. import render
from ..config import BotSettings
from ..library import Library
from ..replies import SafeView, send_followup, send_response

NONE = discord.AllowedMentions.none()
PER_PAGE = 10


class PagerView(SafeView):
    """Previous / next buttons that re-render one embed page by page."""

    def __init__(
        self,
        pages: int,
        render_page: Callable[[int], discord.Embed],
        labels: tuple[str, str] = ("Previous", "Next"),
    ):
        super().__init__()
        self.page = 0
        self.pages = max(1, pages)
        self._render_page = render_page
        self.previous.label, self.next.label = labels
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page <= 0
        self.next.disabled = self.page >= self.pages - 1

    async def _show(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.page = min(self.pages - 1, max(0, self.page + step))
        self._sync()
        await interaction.response.edit_message(
            embed=self._render_page(self.page), view=self, allowed_mentions=NONE
        )

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        await self._show(interaction, +1)


async def statement_choices(library: Library, current: str) -> list[app_commands.Choice[str]]:
    """Statements whose title or id contains what was typed, as autocomplete choices."""
    needle = current.casefold().strip()
    items = await library.statements()
    hits = [s for s in items if needle in s.title.casefold() or needle in s.id.casefold()]
    return [
        app_commands.Choice(name=render.choice_name(f"{s.title} ({s.id})"), value=s.id[:100])
        for s in hits[: render.CHOICES_LIMIT]
    ]


def _pages(count: int, per_page: int) -> int:
    return -(-count // per_page)


def card(statement: Statement) -> dict[str, Any]:
    """Keyword arguments for sending a statement card: paging buttons when the signatories need
    them, and a button that opens the text."""
    kwargs: dict[str, Any] = {"embed": render.render_statement(statement)}
    per_page = render.SIGNATORIES_PER_PAGE
    view: SafeView
    if len(statement.signatories) > per_page:
        view = PagerView(
            _pages(len(statement.signatories), per_page),
            lambda page: render.render_statement(statement, signatory_page=page),
            ("Previous signatories", "More signatories"),
        )
    else:
        view = SafeView()
    view.add_item(_read_button(statement))
    kwargs["view"] = view
    return kwargs


def _read_button(statement: Statement) -> discord.ui.Button[Any]:
    """ "Read the text": the statement's paragraphs, verbatim, paged, only for the clicker."""
    button = discord.ui.Button[Any](label="Read the text", style=discord.ButtonStyle.primary)

    async def read(interaction: discord.Interaction[Any]) -> None:
        pages = render.statement_text_pages(statement)
        kwargs: dict[str, Any] = {}
        if len(pages) > 1:
            kwargs["view"] = PagerView(
                len(pages), lambda page: render.render_statement_text(statement, pages, page)
            )
        await send_response(
            interaction,
            embed=render.render_statement_text(statement, pages, 0),
            ephemeral=True,
            allowed_mentions=NONE,
            **kwargs,
        )

    button.callback = read  # type: ignore[method-assign]
    return button


def setup(tree: app_commands.CommandTree[Any], library: Library, settings: BotSettings) -> None:
    """Register `/statement`, `/statements` and `/about`."""

    @tree.command(name="statement", description="A statement's card: date, signatories, source")
    @app_commands.describe(id="The statement; suggestions by title appear as you type")
    async def statement(
        interaction: discord.Interaction[Any], id: app_commands.Range[str, 1, 100]
    ) -> None:
        found = await library.find_statement(id)  # an unknown id is said to the person alone
        await interaction.response.defer(thinking=True)
        await send_followup(interaction, **card(found), allowed_mentions=NONE)

    @statement.autocomplete("id")
    async def statement_ids(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await statement_choices(library, current)

    @tree.command(name="statements", description="The statements in the collection, newest first")
    async def statements(interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(thinking=True)
        items = await library.statements()
        view = PagerView(
            _pages(len(items), PER_PAGE),
            lambda page: render.render_statement_list(items, page=page, per_page=PER_PAGE),
        )
        await send_followup(
            interaction,
            embed=render.render_statement_list(items, per_page=PER_PAGE),
            view=view,
            allowed_mentions=NONE,
        )

    @tree.command(name="about", description="What this bot answers from, and how to ask it")
    async def about(interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        info = await library.info()
        await interaction.followup.send(
            embed=render.render_about(info), ephemeral=True, allowed_mentions=NONE
        )
