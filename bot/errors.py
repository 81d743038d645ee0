"""Errors the bot shows to the person who caused them (ephemeral, one sentence)."""

from __future__ import annotations

from discord import app_commands

from index.errors import UndersignedError


class NotModerator(app_commands.CheckFailure):
    """A moderator command used by someone else, or outside a server."""


class ReindexRunning(UndersignedError):
    """A second reindex while one runs."""

    def __init__(self) -> None:
        super().__init__("A reindex is already running; the index will be fresh when it ends.")


class BadAttachment(UndersignedError):
    """An uploaded statement that cannot be taken."""


class BadOption(UndersignedError):
    """A command option Discord accepted but the bot cannot use."""
