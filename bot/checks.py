"""Who may run moderator commands, and where: Manage Server or a role in MODERATOR_ROLE_IDS, in
a server of ADMIN_GUILD_IDS (else DISCORD_GUILD_IDS)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, TypeVar

import discord
from discord import app_commands

from .errors import NotModerator

T = TypeVar("T")


def is_moderator(interaction: discord.Interaction[Any], role_ids: Collection[int]) -> bool:
    """Checked at run time: Discord's default permissions can be changed by a server admin."""
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.permissions.manage_guild or interaction.permissions.administrator:
        return True
    member = interaction.user
    have = {role.id for role in member.roles} | set(getattr(member, "_roles", ()))
    return bool(have & set(role_ids))


OFF = (
    "Moderator commands are switched off: the person who runs the bot sets ADMIN_GUILD_IDS (or "
    "DISCORD_GUILD_IDS) to the server where moderators work, and restarts it."
)
READ_ONLY = "In this server the collection is read-only: it is changed from the bot's own server."


def moderator_only(role_ids: Collection[int], admin_guilds: Collection[int]) -> Callable[[T], T]:
    """Refuse the command in DMs, outside the admin servers and to non-moderators, at run time.

    No `default_permissions`: a member whose only qualification is a moderator role must see
    the command too, with no override for the server's admins to set by hand. The commands are
    registered in the admin servers only (see `admin.setup`), so elsewhere nobody sees them.
    """

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        if interaction.guild is None:
            raise NotModerator("Moderator commands work only in a server, not in direct messages.")
        if not admin_guilds:
            raise NotModerator(OFF)
        if interaction.guild_id not in admin_guilds:
            raise NotModerator(READ_ONLY)
        if not is_moderator(interaction, role_ids):
            raise NotModerator(
                "Only moderators (Manage Server, or a moderator role) can use this command."
            )
        return True

    def decorator(func: T) -> T:
        func = app_commands.guild_only()(func)
        return app_commands.check(predicate)(func)

    return decorator
