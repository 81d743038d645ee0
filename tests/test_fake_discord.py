"""The fake Discord API works with the real discord.py client, and it enforces Discord's rules."""

from __future__ import annotations

import asyncio
import io
import socket
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands

from .fake_discord import (
    ACK_DEADLINE,
    FakeDiscord,
    FakeGuild,
    block_non_loopback,
    member_payload,
    message_errors,
    role_payload,
    user_payload,
)

FRUITS = ["apple", "apricot", "banana", "cherry"]
MOD_ROLE = 1500000000000000001


class ClickView(discord.ui.View):
    """One button that rewrites the message it sits on."""

    def __init__(self) -> None:
        super().__init__(timeout=30)

    @discord.ui.button(label="Ping", custom_id="ping")
    async def ping(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.edit_message(content="clicked", view=None)


class MiniBot(discord.Client):
    """A tiny bot: a few commands covering deferral, autocomplete, attachments and a view."""

    def __init__(
        self, guild_id: int, intents: discord.Intents | None = None, sync_globally: bool = False
    ) -> None:
        intents = intents or discord.Intents.none()
        intents.guilds = True
        super().__init__(
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=0.05,
        )
        self.guild_id, self.sync_globally = guild_id, sync_globally
        self.errors: list[BaseException] = []
        self.tree = tree = app_commands.CommandTree(self)
        tree.on_error = self.on_tree_error  # type: ignore[method-assign]

        @tree.command(description="Repeat the text")
        async def echo(interaction: discord.Interaction, text: str) -> None:
            await interaction.response.defer()
            await interaction.followup.send(text)

        @tree.command(description="Pick a fruit")
        async def fruit(interaction: discord.Interaction, name: str) -> None:
            await interaction.response.send_message(f"you picked {name}")

        @fruit.autocomplete("name")
        async def fruit_names(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f, value=f) for f in FRUITS if f.startswith(current)]

        @tree.command(description="Offer far too many choices")
        async def many(interaction: discord.Interaction, pick: str) -> None:
            await interaction.response.send_message(pick)

        @many.autocomplete("pick")
        async def many_names(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f"n{i}", value=f"n{i}") for i in range(30)]

        @tree.command(description="Read an uploaded file")
        async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
            data = await file.read()
            await interaction.response.send_message(f"{file.filename}: {data.decode()}")

        @tree.command(description="Show a button")
        async def button(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("press it", view=ClickView())

        @tree.command(description="Send a file, edit, fetch, follow up, edit and delete")
        async def report(interaction: discord.Interaction) -> None:
            file = discord.File(io.BytesIO(b"a,b\n1,2\n"), "report.csv")
            await interaction.response.send_message("report", file=file)
            await interaction.edit_original_response(content="report (edited)")
            original = await interaction.original_response()
            followup = await interaction.followup.send(f"fetched: {original.content}", wait=True)
            await followup.edit(content="bye")
            await followup.delete()

        @tree.command(description="Who am I")
        async def whoami(interaction: discord.Interaction) -> None:
            assert isinstance(interaction.user, discord.Member)
            roles = ",".join(r.name for r in interaction.user.roles if not r.is_default())
            await interaction.response.send_message(
                f"manage_guild={interaction.permissions.manage_guild} roles={roles}", ephemeral=True
            )

        @tree.command(description="Say far too much")
        async def shout(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("a" * 2001)

        @tree.command(description="Acknowledge late")
        async def slow(interaction: discord.Interaction) -> None:
            await asyncio.sleep(0.4)
            await interaction.response.defer()

        @tree.command(description="Follow up without acknowledging")
        async def rude(interaction: discord.Interaction) -> None:
            await interaction.followup.send("hi")

    async def setup_hook(self) -> None:
        guild = discord.Object(id=self.guild_id)
        self.tree.copy_global_to(guild=guild)
        await self.tree.sync(guild=guild)
        if self.sync_globally:
            await self.tree.sync()

    async def on_tree_error(self, interaction: discord.Interaction, error: Exception) -> None:
        self.errors.append(getattr(error, "original", error))


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    block_non_loopback(monkeypatch)


@pytest.fixture
async def fake(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[FakeDiscord]:
    """A running fake with discord.py redirected to it; indirect params go to the constructor."""
    async with FakeDiscord(**getattr(request, "param", {})) as server:
        server.redirect(monkeypatch)
        yield server


@pytest.fixture
async def bot(fake: FakeDiscord) -> AsyncIterator[MiniBot]:
    async with fake.running(MiniBot(fake.guilds[0].id)) as client:
        yield client  # type: ignore[misc]


async def until(check: Callable[[], object]) -> None:
    """Poll `check` (wrap in asyncio.wait_for)."""
    while not check():
        await asyncio.sleep(0.01)


def guild_commands(fake: FakeDiscord) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in fake.commands[fake.guilds[0].id]}


async def test_sync_payload_is_recorded_with_ids(fake: FakeDiscord, bot: MiniBot) -> None:
    commands = guild_commands(fake)
    assert set(commands) == {
        "echo",
        "fruit",
        "many",
        "upload",
        "report",
        "button",
        "whoami",
        "shout",
        "slow",
        "rude",
    }
    assert all(c["id"] and c["guild_id"] == str(bot.guild_id) for c in commands.values())
    [text] = commands["echo"]["options"]
    assert (text["name"], text["type"], text["required"]) == ("text", 3, True)
    assert commands["fruit"]["options"][0]["autocomplete"] is True
    assert commands["upload"]["options"][0]["type"] == 11
    assert fake.commands.get(None) is None  # nothing synced globally
    fetched = await asyncio.wait_for(bot.tree.fetch_commands(guild=discord.Object(bot.guild_id)), 5)
    assert {c.name: str(c.id) for c in fetched} == {n: c["id"] for n, c in commands.items()}
    fake.assert_no_violations()


async def test_deferral_then_followup(fake: FakeDiscord, bot: MiniBot) -> None:
    rec = await fake.send_command("echo", {"text": "hello"})
    callback = await rec.callback()
    assert (callback.type, callback.status) == (5, 200)
    [followup] = await rec.followups(1)
    assert followup.content == "hello" and followup.status == 200
    assert followup.message is not None and followup.message["id"] == rec.original_id
    assert not followup.message["flags"] & 128  # the loading message became the answer
    assert rec.ack_latency is not None and rec.ack_latency < ACK_DEADLINE
    assert not bot.errors
    fake.assert_all_acknowledged()
    fake.assert_no_pings()
    fake.assert_no_violations()


async def test_autocomplete_choices(fake: FakeDiscord, bot: MiniBot) -> None:
    rec = await fake.send_autocomplete("fruit", {"name": "ap"}, focused="name")
    callback = await rec.callback()
    assert callback.type == 8
    assert [c["name"] for c in callback.data["choices"]] == ["apple", "apricot"]
    option = rec.payload["data"]["options"][0]
    assert option == {"name": "name", "type": 3, "value": "ap", "focused": True}
    fake.assert_no_violations()


async def test_attachment_is_downloaded_from_the_fake(fake: FakeDiscord, bot: MiniBot) -> None:
    attachment = fake.add_attachment("note.txt", b"hello file")
    rec = await fake.send_command("upload", {"file": attachment})
    callback = await rec  # awaiting the record waits for its first callback
    assert callback.content == "note.txt: hello file"
    assert any(r.path.startswith("/attachments/") and r.status == 200 for r in fake.requests)
    fake.assert_no_violations()


async def test_files_edits_fetches_and_deletes(fake: FakeDiscord, bot: MiniBot) -> None:
    rec = await fake.send_command("report")
    replies = await rec.settled()
    assert [(r.kind, r.method, r.status) for r in replies] == [
        ("callback", "POST", 200),
        ("edit", "PATCH", 200),
        ("get", "GET", 200),
        ("followup", "POST", 200),
        ("edit", "PATCH", 200),
        ("delete", "DELETE", 204),
    ]
    assert replies[0].files == [("report.csv", b"a,b\n1,2\n")]  # multipart: payload_json + files[0]
    assert replies[0].content == "report" and replies[1].path.endswith("/messages/@original")
    assert replies[3].content == "fetched: report (edited)"
    assert replies[4].path.endswith(f"/messages/{replies[3].message['id']}")  # type: ignore[index]
    assert rec.original_id is not None
    [attachment] = fake.messages[rec.original_id]["attachments"]
    async with aiohttp.ClientSession() as session, session.get(attachment["url"]) as response:
        assert await response.read() == b"a,b\n1,2\n"
    assert not bot.errors
    fake.assert_no_pings()
    fake.assert_no_violations()


async def test_direct_message_command(fake: FakeDiscord) -> None:
    async with fake.running(MiniBot(fake.guilds[0].id, sync_globally=True)):
        rec = await fake.send_command("echo", {"text": "in a DM"}, guild_id=None)
        [followup] = await rec.followups(1)
    assert followup.content == "in a DM"
    assert "user" in rec.payload and "member" not in rec.payload
    assert "guild_id" not in rec.payload["data"]
    fake.assert_no_violations()


async def test_waits_are_bounded_and_explain_themselves(fake: FakeDiscord, bot: MiniBot) -> None:
    rec = await fake.send_autocomplete("fruit", {"name": "b"}, focused="name")
    with pytest.raises(AssertionError, match="no 1 followup"):
        await rec.followups(1, timeout=0.1)


async def test_button_click_updates_the_message(fake: FakeDiscord, bot: MiniBot) -> None:
    rec = await fake.send_command("button")
    callback = await rec.callback()
    assert callback.data["components"][0]["components"][0]["custom_id"] == "ping"
    click = await fake.send_component("ping")
    update = await click.callback()
    assert (update.type, update.content, update.status) == (7, "clicked", 200)
    assert rec.original_id is not None
    assert fake.messages[rec.original_id]["content"] == "clicked"
    fake.assert_all_acknowledged()
    fake.assert_no_pings()
    fake.assert_no_violations()


async def test_bad_token_is_a_login_failure(fake: FakeDiscord) -> None:
    client = MiniBot(fake.guilds[0].id)
    with pytest.raises(discord.LoginFailure):
        async with fake.running(client, token="not-the-token"):
            pass
    assert client.is_closed()
    assert (fake.requests[0].path, fake.requests[0].status) == ("/api/v10/users/@me", 401)


async def test_oversized_message_is_a_violation(fake: FakeDiscord, bot: MiniBot) -> None:
    rec = await fake.send_command("shout")
    callback = await rec.callback()
    assert callback.status == 400
    assert any("data.content" in v for v in fake.violations)
    await asyncio.wait_for(until(lambda: bot.errors), 5)
    assert isinstance(bot.errors[0], discord.HTTPException) and bot.errors[0].code == 50035
    with pytest.raises(AssertionError):
        fake.assert_no_violations()


async def test_too_many_autocomplete_choices_are_a_violation(
    fake: FakeDiscord, bot: MiniBot
) -> None:
    rec = await fake.send_autocomplete("many", {"pick": ""}, focused="pick")
    assert (await rec.callback()).status == 400
    assert any("data.choices" in v for v in fake.violations)


async def test_followup_before_acknowledgement_is_a_violation(
    fake: FakeDiscord, bot: MiniBot
) -> None:
    rec = await fake.send_command("rude")
    [followup] = await rec.followups(1)
    assert followup.status == 404
    assert any("before acknowledgement" in v for v in fake.violations)


@pytest.mark.parametrize("fake", [{"ack_deadline": 0.2}], indirect=True)
async def test_late_acknowledgement_is_a_violation(fake: FakeDiscord, bot: MiniBot) -> None:
    assert FakeDiscord().ack_deadline == 3.0  # the default stays Discord's
    rec = await fake.send_command("slow")
    callback = await rec.callback(timeout=2)
    assert callback.status == 404  # Discord: "Unknown interaction"
    assert rec.ack_latency is not None and rec.ack_latency > 0.2
    assert any("not acknowledged within 0.2 s" in v for v in fake.violations)
    with pytest.raises(AssertionError):
        fake.assert_all_acknowledged()


async def test_invalid_command_sync_is_rejected(fake: FakeDiscord, bot: MiniBot) -> None:
    bad = [{"name": "Bad Name", "description": "", "type": 1}]
    with pytest.raises(discord.HTTPException) as caught:
        await bot.http.bulk_upsert_guild_commands(fake.application_id, bot.guild_id, payload=bad)
    assert (caught.value.status, caught.value.code) == (400, 50035)
    assert "0.name" in str(caught.value) and "0.description" in str(caught.value)
    assert any("command sync" in v for v in fake.violations)


ALICE = member_payload(user_payload(1400000000000000001, "alice"), roles=[])


@pytest.mark.parametrize("fake", [{"guilds": [FakeGuild(members=[ALICE])]}], indirect=True)
async def test_member_chunks_are_served(fake: FakeDiscord) -> None:
    guild = fake.guilds[0]
    intents = discord.Intents.none()
    intents.members = True
    async with fake.running(MiniBot(guild.id, intents=intents)) as client:
        found = client.get_guild(guild.id)
        assert found is not None and found.chunked
        assert found.get_member(1400000000000000001) is not None
    assert any(op["op"] == 8 for op in fake.gateway_ops)


@pytest.mark.parametrize(
    "fake", [{"guilds": [FakeGuild(roles=[role_payload(MOD_ROLE, "mods", 1 << 5)])]}], indirect=True
)
async def test_member_roles_and_permissions_reach_the_bot(fake: FakeDiscord, bot: MiniBot) -> None:
    plain = await fake.send_command("whoami")
    mod = await fake.send_command(
        "whoami", member_permissions=discord.Permissions(manage_guild=True), roles=[MOD_ROLE]
    )
    assert (await plain.callback()).content == "manage_guild=False roles="
    answer = await mod.callback()
    assert answer.content == "manage_guild=True roles=mods" and answer.data["flags"] == 64
    assert mod.payload["member"]["permissions"] == str(1 << 5)
    fake.assert_no_violations()


async def test_unknown_routes_are_recorded_as_violations(fake: FakeDiscord, bot: MiniBot) -> None:
    with pytest.raises(discord.NotFound):
        await asyncio.wait_for(bot.fetch_channel(123), 5)
    assert fake.unknown_requests[-1].path == "/api/v10/channels/123"
    assert fake.violations == ["unknown route GET /api/v10/channels/123"]
    fake.violations.clear()  # seen: the fixture's own check must not fail on it


async def test_json_content_type_is_exact(fake: FakeDiscord) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(
            f"{fake.api_base}/users/@me", headers={"Authorization": f"Bot {fake.token}"}
        ) as response,
    ):
        assert response.headers["Content-Type"] == "application/json"


def test_non_loopback_hosts_do_not_resolve() -> None:
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("discord.com", 443)
    assert socket.getaddrinfo("127.0.0.1", 80)


@pytest.mark.parametrize(
    ("message", "path"),
    [
        ({"content": "x" * 2001}, "content"),
        ({"embeds": [{"title": "t"}] * 11}, "embeds"),
        ({"embeds": [{"title": "t" * 257}]}, "title"),
        ({"embeds": [{"description": "d" * 4097}]}, "description"),
        ({"embeds": [{"fields": [{"name": "n", "value": "v"}] * 26}]}, "fields"),
        ({"embeds": [{"fields": [{"name": "n" * 257, "value": "v"}]}]}, "name"),
        ({"embeds": [{"fields": [{"name": "n", "value": "v" * 1025}]}]}, "value"),
        ({"embeds": [{"footer": {"text": "f" * 2049}}]}, "footer"),
        ({"embeds": [{"author": {"name": "a" * 257}}]}, "author"),
        ({"embeds": [{"description": "d" * 4000}, {"description": "d" * 2001}]}, "embeds"),
        (
            {"components": [{"type": 1, "components": [{"type": 2, "custom_id": "c" * 101}]}]},
            "custom_id",
        ),
    ],
)
def test_message_limits(message: dict[str, Any], path: str) -> None:
    errors = message_errors(message)
    assert errors and any(path in ".".join(p) for p, _ in errors)


def test_message_at_the_limits_is_valid() -> None:
    embed = {"title": "t" * 256, "description": "d" * 4096, "footer": {"text": "f" * 1000}}
    assert message_errors({"content": "x" * 2000, "embeds": [embed]}, creating=True) == []
    assert message_errors({}, creating=True)  # an empty message is rejected


def test_two_components_with_one_custom_id_are_rejected() -> None:
    row = {
        "type": 1,
        "components": [
            {"type": 2, "custom_id": "same", "label": "a", "style": 1},
            {"type": 2, "custom_id": "same", "label": "b", "style": 1},
        ],
    }
    errors = message_errors({"components": [row]}, creating=True)
    assert any("cannot be duplicated" in text for _, text in errors)
