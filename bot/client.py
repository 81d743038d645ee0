"""The Discord client: owns the command tree, syncs it in `setup_hook`, handles errors once."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from typing import Any

import discord
from discord import app_commands

from index.errors import UndersignedError

from .buttons import DYNAMIC_ITEMS
from .commands import admin, ask, signatories, statements
from .config import BotSettings
from .errors import CommandSyncRefused, user_message
from .library import Library
from .replies import send_error

log = logging.getLogger(__name__)
NONE = discord.AllowedMentions.none()
SYNC_STATE = "bot-commands.json"  # a hash of the commands last synced, per scope
SHUTDOWN_GRACE = 10.0
# discord.py's names for the tasks that run a command or a button.
IN_FLIGHT = ("CommandTree-invoker", "discord-ui-dynamic-item")
RESTARTING = "Undersigned is restarting; ask again in a minute."
COMMAND_MODULES = (ask, signatories, statements, admin)


class UndersignedBot(discord.AutoShardedClient):
    """Serves the app commands over one `Library`.

    Sharded: by default the shards Discord recommends, all in this process; with
    `SHARD_COUNT` and `SHARD_IDS`, the listed shards of that many, so several processes — on
    several machines — serve one bot, each reading the same `DATA_DIR`.
    """

    def __init__(self, *, library: Library, settings: BotSettings, **options: Any) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        if settings.shard_count is not None:
            options.setdefault("shard_count", settings.shard_count)
            options.setdefault("shard_ids", settings.shard_ids or None)
        super().__init__(intents=intents, allowed_mentions=NONE, **options)
        self.library = library
        self.settings = settings
        self.tree: app_commands.CommandTree[UndersignedBot] = app_commands.CommandTree(self)
        self.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]
        self.stopping = False
        self._shutdown: asyncio.Task[None] | None = None
        for module in COMMAND_MODULES:
            module.setup(self.tree, library, settings)

    async def setup_hook(self) -> None:
        """Route clicks on any button this bot ever sent, then sync the commands — only those
        whose schema changed since the last sync (`DATA_DIR/bot-commands.json`), or all with
        `--sync`: Discord rate-limits command writes. Public commands go to the configured
        servers (instant) or globally; moderator commands to the admin servers. A bot moving
        from global to server mode removes its global copies, so none shows twice."""
        self.add_dynamic_items(*DYNAMIC_ITEMS)
        self.tree.interaction_check = self._accepting  # type: ignore[method-assign]
        public = self.settings.discord_guild_ids
        scopes: dict[str, list[dict[str, Any]]] = {}
        for guild_id in dict.fromkeys([*public, *self.settings.admin_guilds]):
            guild = discord.Object(id=guild_id)
            if guild_id in public:
                self.tree.copy_global_to(guild=guild)
            scopes[str(guild_id)] = self._schema(guild)
        scopes["global"] = [] if public else self._schema(None)
        state = self.settings.data_dir / SYNC_STATE
        try:
            synced_before = json.loads(state.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            synced_before = {}
        if not isinstance(synced_before, dict):
            synced_before = {}
        done: dict[str, str] = {}
        for scope, commands in scopes.items():
            digest = hashlib.sha256(json.dumps(commands, sort_keys=True).encode()).hexdigest()
            done[scope] = digest
            if synced_before.get(scope) == digest and not self.settings.force_sync:
                log.info("commands of %s unchanged since the last sync", scope)
                continue
            first_global = scope == "global" and "global" not in synced_before
            if first_global and not commands and not self.settings.force_sync:
                continue  # never synced globally: nothing to remove
            await self._sync(None if scope == "global" else int(scope), commands)
        try:
            state.parent.mkdir(parents=True, exist_ok=True)
            state.write_text(json.dumps(done, indent=1), encoding="utf-8")
        except OSError as exc:
            log.warning(
                "could not remember the synced commands (%s); the next start syncs again", exc
            )

    def _schema(self, guild: discord.abc.Snowflake | None) -> list[dict[str, Any]]:
        return [c.to_dict(self.tree) for c in self.tree.get_commands(guild=guild)]

    async def _sync(self, guild_id: int | None, commands: list[dict[str, Any]]) -> None:
        if guild_id is None:
            if not commands:
                # Server mode now: the global copies of an earlier global sync go.
                self.tree.clear_commands(guild=None)
            synced = await self.tree.sync()
            log.info("synced %d global commands (they may take a while to appear)", len(synced))
            return
        try:
            synced = await self.tree.sync(guild=discord.Object(id=guild_id))
        except discord.Forbidden as exc:
            raise CommandSyncRefused(guild_id) from exc
        log.info("synced %d commands to guild %s", len(synced), guild_id)

    async def _accepting(self, interaction: discord.Interaction[Any]) -> bool:
        """While shutting down, new commands are told to come back, not left unanswered."""
        if not self.stopping:
            return True
        await interaction.response.send_message(RESTARTING, ephemeral=True, allowed_mentions=NONE)
        return False

    def request_shutdown(self) -> None:
        """SIGTERM / SIGINT: stop taking commands, let those in flight finish (at most
        `SHUTDOWN_GRACE` seconds), then close the connection."""
        if self._shutdown is None:
            log.info("shutting down: finishing the answers in flight")
            self._shutdown = asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        self.stopping = True
        current = asyncio.current_task()
        pending = [
            t
            for t in asyncio.all_tasks()
            if t is not current and t.get_name().startswith(IN_FLIGHT) and not t.done()
        ]
        if pending:
            _, late = await asyncio.wait(pending, timeout=SHUTDOWN_GRACE)
            if late:
                log.warning(
                    "%d answers still running after %.0f s; closing", len(late), SHUTDOWN_GRACE
                )
        await self.close()

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
