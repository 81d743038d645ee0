"""`/statement` (a card) and `/statements` (the collection, paged)."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from index.models import Statement, StatementSummary

from .. import render
from ..config import BotSettings
from ..library import Library
from ..replies import SafeView

NONE = discord.AllowedMentions.none()
PER_PAGE = 10


class ListView(SafeView):
    """Previous / next buttons over the statement list."""

    def __init__(self, items: list[StatementSummary], page: int = 0):
        super().__init__(timeout=900)
        self.items = items
        self.page = page
        self.pages = max(1, -(-len(items) // PER_PAGE))
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page <= 0
        self.next.disabled = self.page >= self.pages - 1

    async def _show(self, interaction: discord.Interaction[Any]) -> None:
        self._sync()
        await interaction.response.edit_message(
            embed=render.render_statement_list(self.items, page=self.page, per_page=PER_PAGE),
            view=self,
            allowed_mentions=NONE,
        )

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        self.page = max(0, self.page - 1)
        await self._show(interaction)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        self.page = min(self.pages - 1, self.page + 1)
        await self._show(interaction)


class CardView(SafeView):
    """Previous / next buttons over a long signatory list on a statement card."""

    def __init__(self, statement: Statement, per_page: int = render.SIGNATORIES_PER_PAGE):
        super().__init__(timeout=900)
        self.statement = statement
        self.per_page = per_page
        self.page = 0
        self.pages = max(1, -(-len(statement.signatories) // per_page))
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page <= 0
        self.next.disabled = self.page >= self.pages - 1

    async def _show(self, interaction: discord.Interaction[Any]) -> None:
        self._sync()
        embed = render.render_statement(
            self.statement, signatory_page=self.page, per_page=self.per_page
        )
        await interaction.response.edit_message(embed=embed, view=self, allowed_mentions=NONE)

    @discord.ui.button(label="Previous signatories", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        self.page = max(0, self.page - 1)
        await self._show(interaction)

    @discord.ui.button(label="More signatories", style=discord.ButtonStyle.secondary)
    async def next(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        self.page = min(self.pages - 1, self.page + 1)
        await self._show(interaction)


def card(statement: Statement) -> dict[str, Any]:
    """Keyword arguments for sending a statement card, with paging buttons when it needs them."""
    kwargs: dict[str, Any] = {"embed": render.render_statement(statement)}
    if len(statement.signatories) > render.SIGNATORIES_PER_PAGE:
        kwargs["view"] = CardView(statement)
    return kwargs


def setup(tree: app_commands.CommandTree[Any], library: Library, settings: BotSettings) -> None:
    """Register `/statement` and `/statements`."""

    @tree.command(name="statement", description="A statement's card: date, signatories, source")
    @app_commands.describe(id="The statement; suggestions by title appear as you type")
    async def statement(
        interaction: discord.Interaction[Any], id: app_commands.Range[str, 1, 100]
    ) -> None:
        await interaction.response.defer(thinking=True)
        found = await library.statement(id)
        await interaction.followup.send(**card(found), allowed_mentions=NONE)

    @statement.autocomplete("id")
    async def statement_choices(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        needle = current.casefold().strip()
        items = await library.statements()
        hits = [s for s in items if needle in s.title.casefold() or needle in s.id.casefold()]
        return [
            app_commands.Choice(name=render.choice_name(f"{s.title} ({s.id})"), value=s.id[:100])
            for s in hits[: render.CHOICES_LIMIT]
        ]

    @tree.command(name="statements", description="The statements in the collection, newest first")
    async def statements(interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(thinking=True)
        items = await library.statements()
        view = ListView(items)
        await interaction.followup.send(
            embed=render.render_statement_list(items, per_page=PER_PAGE),
            view=view,
            allowed_mentions=NONE,
        )
