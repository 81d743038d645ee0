"""`/signed-by`: the statements an organisation signed, wrote or was addressed in."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from .. import buttons, render
from ..config import BotSettings
from ..library import Library

NONE = discord.AllowedMentions.none()


def matching_names(names: list[str], typed: str, limit: int = render.CHOICES_LIMIT) -> list[str]:
    """Names containing what was typed (case-insensitive), those starting with it first."""
    needle = " ".join(typed.split()).casefold()
    starts: list[str] = []
    inside: list[str] = []
    for name in names:  # one pass, stopping once the first choices are settled
        low = name.casefold()
        if low.startswith(needle):
            starts.append(name)
            if len(starts) >= limit:
                break
        elif len(inside) < limit and needle in low:
            inside.append(name)
    return (starts + inside)[:limit]


async def organisation_choices(library: Library, current: str) -> list[app_commands.Choice[str]]:
    """Organisations whose name contains what was typed, as autocomplete choices."""
    names = matching_names(await library.organisations(), current)
    return [app_commands.Choice(name=render.choice_name(n), value=n[:100]) for n in names]


def setup(tree: app_commands.CommandTree[Any], library: Library, settings: BotSettings) -> None:
    """Register `/signed-by` and `/organization`."""

    async def organization_choices(
        interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await organisation_choices(library, current)

    @tree.command(
        name="signed-by", description="Statements an organisation signed, wrote or received"
    )
    @app_commands.describe(
        organization="The organisation's name; suggestions appear as you type",
        together_with="Only the statements this organisation signed too",
    )
    @app_commands.autocomplete(
        organization=organization_choices, together_with=organization_choices
    )
    async def signed_by(
        interaction: discord.Interaction[Any],
        organization: app_commands.Range[str, 1, 200],
        together_with: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        await interaction.response.defer(thinking=True)
        if together_with:
            lookups, joint = await library.signed_by_all([organization, together_with])
            embed, view = buttons.kept_pages(render.joint_pages(lookups, joint))
        else:
            lookup = await library.lookup(organization)
            embed, view = buttons.organisation_card(
                "sb", render.signed_by_pages(lookup), lookup.name
            )
        await interaction.followup.send(embed=embed, view=view, allowed_mentions=NONE)

    @tree.command(
        name="organization",
        description="An organisation's card: statements, roles, spellings, co-signers",
    )
    @app_commands.describe(name="The organisation's name; suggestions appear as you type")
    @app_commands.autocomplete(name=organization_choices)
    async def organization(
        interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, 200]
    ) -> None:
        await interaction.response.defer(thinking=True)
        lookup, cosigners = await library.cosigners(name)
        embed, view = buttons.organisation_card(
            "org", render.organisation_pages(lookup, cosigners), lookup.name
        )
        await interaction.followup.send(embed=embed, view=view, allowed_mentions=NONE)
