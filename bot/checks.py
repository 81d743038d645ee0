"""Who may run moderator commands: Manage Server, or a role in MODERATOR_ROLE_IDS."""

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


def moderator_only(role_ids: Collection[int]) -> Callable[[T], T]:
    """Hide the command from non-moderators by default, refuse it in DMs, and check at run time."""

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        if interaction.guild is None:
            raise NotModerator("Moderator commands work only in a server, not in direct messages.")
        if not is_moderator(interaction, role_ids):
            raise NotModerator(
                "Only moderators (Manage Server, or a moderator role) can use this command."
            )
        return True

    def decorator(func: T) -> T:
        func = app_commands.default_permissions(manage_guild=True)(func)
        func = app_commands.guild_only()(func)
        return app_commands.check(predicate)(func)

    return decorator
