"""Replies shared by commands and views: errors, ephemeral and mention-free."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import discord

from index.errors import UndersignedError

from .errors import user_message

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()


async def send_error(interaction: discord.Interaction[Any], message: str) -> None:
    """The error, where the person is looking.

    Not yet acknowledged: an ephemeral reply (commands validate their options before they
    defer, so a bad option gets this). A command already deferred: the error replaces its
    "thinking…" message, which keeps the deferral's visibility — a followup would itself become
    that message, and deleting the original would delete the error with it. A button already
    acknowledged: an ephemeral followup.
    """
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NONE)
        elif interaction.type is discord.InteractionType.application_command:
            await interaction.edit_original_response(
                content=message, embeds=[], attachments=[], view=None, allowed_mentions=NONE
            )
        else:
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NONE)
    except discord.HTTPException:
        log.warning("could not deliver an error message", exc_info=True)


# Discord accepts edits with an interaction's token for 15 minutes: a view gives up a minute
# earlier, so it can still grey its buttons out instead of leaving ones that fail when clicked.
VIEW_TIMEOUT = 840.0


class SafeView(discord.ui.View):
    """A view whose button errors reach the person as a clear ephemeral message, and whose
    buttons are disabled when it stops listening."""

    def __init__(self) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)
        self.message: discord.InteractionMessage | discord.WebhookMessage | None = None

    async def on_timeout(self) -> None:
        """Grey the buttons out, so nobody clicks one that no longer answers."""
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        """Domain errors are shown; anything else is logged with its traceback."""
        if isinstance(error, UndersignedError):
            await send_error(interaction, user_message(error))
            return
        log.error("button %r failed", getattr(item, "custom_id", item), exc_info=error)
        await send_error(interaction, "Something went wrong on our side; it has been logged.")


async def send_followup(interaction: discord.Interaction[Any], **kwargs: Any) -> None:
    """`followup.send`, letting a view in `kwargs` know its message (see `SafeView`)."""
    message = await interaction.followup.send(wait=True, **kwargs)
    if isinstance(view := kwargs.get("view"), SafeView):
        view.message = message


async def send_response(interaction: discord.Interaction[Any], **kwargs: Any) -> None:
    """`response.send_message`, letting a view in `kwargs` know its message."""
    await interaction.response.send_message(**kwargs)
    if isinstance(view := kwargs.get("view"), SafeView):
        view.message = await interaction.original_response()
