"""The Discord client: owns the command tree, syncs it in `setup_hook`, handles errors once."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from index.errors import UndersignedError

from .buttons import DYNAMIC_ITEMS
from .commands import admin, ask, signatories, statements
from .config import BotSettings
from .errors import user_message
from .library import Library
from .replies import send_error

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
COMMAND_MODULES = (ask, signatories, statements, admin)


class UndersignedBot(discord.Client):
    """Serves the app commands over one `Library`."""

    def __init__(self, *, library: Library, settings: BotSettings, **options: Any) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(intents=intents, allowed_mentions=NONE, **options)
        self.library = library
        self.settings = settings
        self.tree: app_commands.CommandTree[UndersignedBot] = app_commands.CommandTree(self)
        self.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]
        for module in COMMAND_MODULES:
            module.setup(self.tree, library, settings)

    async def setup_hook(self) -> None:
        """Route clicks on any button this bot ever sent, then sync the commands: to the
        configured guilds (instant), else globally."""
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        public = self.settings.discord_guild_ids
        for guild_id in dict.fromkeys([*public, *self.settings.admin_guilds]):
            guild = discord.Object(id=guild_id)
            if guild_id in public:
                self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), guild_id)
        if not public:
            synced = await self.tree.sync()
            log.info("synced %d global commands (they may take a while to appear)", len(synced))

    async def on_ready(self) -> None:
        """Log who we are."""
        log.info("connected as %s", self.user)

    async def on_app_command_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        """Domain errors become a clear ephemeral message; anything else is logged in full."""
        original = getattr(error, "original", error)
        if isinstance(error, app_commands.CommandOnCooldown):
            message = f"You are asking fast: try again in {error.retry_after:.0f} s."
        elif isinstance(error, app_commands.CheckFailure):
            message = str(error) or "You cannot use this command here."
        elif isinstance(original, UndersignedError):
            message = user_message(original)
        else:
            log.error(
                "command %s failed", getattr(interaction.command, "name", "?"), exc_info=original
            )
            message = (
                "Something went wrong on our side; it has been logged. Please try again later."
            )
        await send_error(interaction, message)
