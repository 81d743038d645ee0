"""Replies shared by commands and views: errors, ephemeral and mention-free."""

from __future__ import annotations

import logging
from typing import Any

import discord

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
