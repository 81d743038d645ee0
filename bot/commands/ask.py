"""`/ask`: quoted passages with citations, paged, with a button per statement."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import discord
from discord import app_commands

from index.models import Answer
from index.query import parse_when

from .. import render
from ..config import BotSettings
from ..errors import BadOption
from ..library import Library
from ..replies import SafeView, send_followup
from . import signatories, statements

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
FETCH = 15  # hits fetched once per question; "More results" pages through them


class AnswerView(SafeView):
    """Buttons under an answer: more results, and each quoted statement's card."""

    def __init__(self, library: Library, answer: Answer, page_size: int, offset: int = 0):
        super().__init__()
        self.library = library
        self.answer = answer
        self.page_size = page_size
        self.offset = offset
        self._build()

    def _build(self) -> None:
        self.clear_items()
        if self.answer.statements or self.answer.listed:
            # A list of statements ("What did X sign?"): a card button for each of the first five.
            cards = {a.statement_id: a.title for a in self.answer.statements}
            cards.update({s.id: s.title for s in self.answer.listed})
        else:
            shown = self.answer.hits[self.offset : self.offset + self.page_size]
            more = discord.ui.Button[AnswerView](
                label="More results",
                style=discord.ButtonStyle.primary,
                disabled=self.offset + self.page_size >= len(self.answer.hits),
                custom_id=f"ask-more-{id(self)}",
            )
            more.callback = self._more  # type: ignore[method-assign]
            self.add_item(more)
            cards = {h.statement_id: h.title for h in shown}
        for sid, title in list(cards.items())[: 5 - len(self.children)]:
            button = discord.ui.Button[AnswerView](
                label=render.button_label(f"Full statement: {title}"),
                style=discord.ButtonStyle.secondary,
                custom_id=render.shorten(f"ask-card-{id(self)}-{sid}", 100),
            )
            button.callback = self._card_callback(sid)  # type: ignore[method-assign]
            self.add_item(button)

    async def _more(self, interaction: discord.Interaction[Any]) -> None:
        self.offset += self.page_size
        self._build()
        page = render.render_answer(self.answer, offset=self.offset, page_size=self.page_size)
        await interaction.response.edit_message(
            content=page.content, embeds=page.embeds, view=self, allowed_mentions=NONE
        )

    def _card_callback(self, statement_id: str) -> Any:
        async def callback(interaction: discord.Interaction[Any]) -> None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            statement = await self.library.statement(statement_id)
            await send_followup(
                interaction, **statements.card(statement), ephemeral=True, allowed_mentions=NONE
            )

        return callback


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
            question, FETCH, organisation=organization, since=since_date, until=until_date
        )
        page = render.render_answer(answer, page_size=results)
        kwargs: dict[str, Any] = {}
        if answer.hits or answer.statements or answer.listed:
            kwargs["view"] = AnswerView(library, answer, results)
        await send_followup(
            interaction,
            content=page.content,
            embeds=page.embeds,
            ephemeral=private,
            allowed_mentions=NONE,
            **kwargs,
        )
