"""Errors the bot shows to the person who caused them (ephemeral, one sentence)."""

from __future__ import annotations

from discord import app_commands

from index.collection import DuplicateStatement, StatementExists
from index.errors import IndexUnavailable, UndersignedError, UnknownStatement


class NotModerator(app_commands.CheckFailure):
    """A moderator command used by someone else, or outside a server."""


class ReindexRunning(UndersignedError):
    """A second reindex while one runs."""

    def __init__(self) -> None:
        super().__init__("A reindex is already running; the index will be fresh when it ends.")


class BadAttachment(UndersignedError):
    """An uploaded statement that cannot be taken."""


class CommandSyncRefused(Exception):
    """Discord refused the commands for a server (the bot is not in it, or lacks the scope)."""

    def __init__(self, guild_id: int) -> None:
        super().__init__(
            f"Discord refused to register the commands in server {guild_id} (403): invite the bot "
            "to that server with the bot and applications.commands scopes, or correct "
            "DISCORD_GUILD_IDS / ADMIN_GUILD_IDS."
        )
        self.guild_id = guild_id


class BadOption(UndersignedError):
    """A command option Discord accepted but the bot cannot use."""


def user_message(error: UndersignedError) -> str:
    """The engine's message, with its command-line advice put in Discord terms."""
    if isinstance(error, UnknownStatement):
        return (
            f"No statement has the id {error.statement_id!r}: /statements lists them, and "
            "/statement suggests ids by title as you type."
        )
    if isinstance(error, StatementExists):
        return (
            f"A statement with the id {error.statement_id!r} exists ({error.file_name}); "
            "set `replace` to True to replace it, or rename the file."
        )
    if isinstance(error, DuplicateStatement):
        return str(error).replace("replace it explicitly", "set `replace` to True")
    if isinstance(error, IndexUnavailable):
        return (
            "The index cannot be read right now; a moderator can rebuild it with /reindex. "
            "Please try again after that."
        )
    return str(error)
