"""`/ask`: quoted passages with citations, paged, with a button per statement."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import discord
from discord import app_commands

from index.query import parse_when

from .. import buttons, render
from ..config import BotSettings
from ..errors import BadOption
from ..library import Library
from . import signatories

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
FETCH = 15  # hits fetched once per question; "More results" pages through them


def _date(value: str | None, name: str, *, end: bool = False) -> dt.date | None:
    if value is None:
        return None
    parsed = parse_when(value, end=end)
    if parsed is None:
        raise BadOption(f"`{name}` {value!r} is not a date: write 2024, 2024-03 or 2024-03-08.")
    return parsed


def setup(tree: app_commands.CommandTree[Any], library: Library, settings: BotSettings) -> None:
    """Register `/ask`."""

    async def organization_choices(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await signatories.organisation_choices(library, current)

    def cooldown(interaction: discord.Interaction[Any]) -> app_commands.Cooldown:
        return app_commands.Cooldown(settings.ask_cooldown_rate, settings.ask_cooldown_seconds)

    @tree.command(
        name="ask", description="Quote the passages that answer a question, with citations"
    )
    @app_commands.describe(
        question="What you want to know, e.g. what do they say about foreign interference in Iran?",
        results="How many passages per page (1-5, default 3)",
        private="Only you see the answer",
        organization="Only statements naming this organisation",
        since="Only statements dated on or after: 2024, 2024-03 or 2024-03-08",
        until="Only statements dated on or before: 2024, 2024-03 or 2024-03-08",
    )
    @app_commands.checks.dynamic_cooldown(cooldown, key=lambda i: i.user.id)
    @app_commands.autocomplete(organization=organization_choices)
    async def ask(
        interaction: discord.Interaction[Any],
        question: app_commands.Range[str, 1, 300],
        results: app_commands.Range[int, 1, 5] = 3,
        private: bool = False,
        organization: app_commands.Range[str, 1, 200] | None = None,
        since: app_commands.Range[str, 4, 20] | None = None,
        until: app_commands.Range[str, 4, 20] | None = None,
    ) -> None:
        # Options are checked before deferring, so that a mistake in one is said to the
        # person alone, whatever `private` says.
        since_date = _date(since, "since")
        until_date = _date(until, "until", end=True)
        if organization:
            await library.check_organisation(organization)
        await interaction.response.defer(ephemeral=private, thinking=True)
        answer = await library.ask(
            question,
            FETCH,
            organisation=organization,
            since=since_date,
            until=until_date,
            highlight=results,  # the rest when *More results* shows them
        )
        page = render.render_answer(answer, page_size=results)
        kwargs: dict[str, Any] = {}
        if answer.hits or answer.statements or answer.listed:
            token = buttons.keep_answer(answer, results)
            kwargs["view"] = buttons.answer_view(answer, results, 0, token)
        await interaction.followup.send(
            content=page.content,
            embeds=page.embeds,
            ephemeral=private,
            allowed_mentions=NONE,
            **kwargs,
        )
