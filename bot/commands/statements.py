"""`/statement` (a card), `/statements` (the collection, paged) and `/about` (an overview)."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from .. import buttons, render
from ..config import BotSettings
from ..library import Library

NONE = discord.AllowedMentions.none()


async def statement_choices(library: Library, current: str) -> list[app_commands.Choice[str]]:
    """Statements whose title or id contains what was typed, as autocomplete choices."""
    needle = current.casefold().strip()
    items = await library.statements()
    hits = [s for s in items if needle in s.title.casefold() or needle in s.id.casefold()]
    return [
        app_commands.Choice(name=render.choice_name(f"{s.title} ({s.id})"), value=s.id[:100])
        for s in hits[: render.CHOICES_LIMIT]
    ]


def setup(tree: app_commands.CommandTree[Any], library: Library, settings: BotSettings) -> None:
    """Register `/statement`, `/statements` and `/about`."""

    @tree.command(name="statement", description="A statement's card: date, signatories, source")
    @app_commands.describe(id="The statement; suggestions by title appear as you type")
    async def statement(
        interaction: discord.Interaction[Any], id: app_commands.Range[str, 1, 100]
    ) -> None:
        found = await library.find_statement(id)  # an unknown id is said to the person alone
        await interaction.response.defer(thinking=True)
        await interaction.followup.send(**buttons.card(found), allowed_mentions=NONE)

    @statement.autocomplete("id")
    async def statement_ids(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await statement_choices(library, current)

    @tree.command(name="statements", description="The statements in the collection, newest first")
    async def statements(interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(thinking=True)
        items = await library.statements()
        embed, view = buttons.statement_list(items, 0)
        await interaction.followup.send(embed=embed, view=view, allowed_mentions=NONE)

    @tree.command(name="about", description="What this bot answers from, and how to ask it")
    async def about(interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        info = await library.info()
        await interaction.followup.send(
            embed=render.render_about(info), ephemeral=True, allowed_mentions=NONE
        )
