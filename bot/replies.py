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
    """An ephemeral error, whether or not the interaction was already acknowledged."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NONE)
            if interaction.type is discord.InteractionType.application_command:
                with contextlib.suppress(discord.HTTPException):
                    await interaction.delete_original_response()
        else:
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NONE)
    except discord.HTTPException:
        log.warning("could not deliver an error message", exc_info=True)


class SafeView(discord.ui.View):
    """A view whose button errors reach the person as a clear ephemeral message."""

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        """Domain errors are shown; anything else is logged with its traceback."""
        if isinstance(error, UndersignedError):
            await send_error(interaction, user_message(error))
            return
        log.error("button %r failed", getattr(item, "custom_id", item), exc_info=error)
        await send_error(interaction, "Something went wrong on our side; it has been logged.")
