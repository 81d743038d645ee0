"""The bot end to end: the real discord.py client against the fake Discord on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot import buttons
from bot.__main__ import serve
from bot.client import UndersignedBot
from bot.config import BotSettings
from bot.errors import CommandSyncRefused
from bot.library import Library
from index.embedding import SentenceTransformerEmbedder
from index.search import Engine

from .fake_discord import (
    MEMBER_PERMISSIONS,
    FakeDiscord,
    FakeGuild,
    FakeInteraction,
    block_non_loopback,
    user_payload,
)
from .support import BOT_COMMANDS, JOINT, ROOT, SEEDS, http_server

pytestmark = pytest.mark.model

MANAGE_GUILD = 1 << 5
MOD_ROLE = 1200000000000000077
MODERATOR = {"member_permissions": MEMBER_PERMISSIONS | MANAGE_GUILD}
HARBOUR = (
    "Statement on the harbour strike\n\n"
    "The dock workers of Port Ellery have stopped work to defend their pensions against the "
    "new owners of the container terminal.\n"
    "We call on every union to send delegations to the picket lines at the harbour. @everyone\n\n"
    "Harbour Workers Federation\n"
    "Ellery Tenants League\n"
)


@pytest.fixture
def engine(tmp_path: Path, real_embedder: SentenceTransformerEmbedder) -> Engine:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    engine = Engine(seeds, tmp_path / "data", real_embedder)
    engine.refresh()
    return engine


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    block_non_loopback(monkeypatch)
    async with FakeDiscord() as fake:
        fake.redirect(monkeypatch)
        yield fake


@pytest.fixture
async def bot(fake: FakeDiscord, engine: Engine) -> AsyncIterator[UndersignedBot]:
    settings = BotSettings(
        _env_file=None,  # type: ignore[call-arg]
        discord_token=fake.token,
        discord_guild_ids=[fake.guilds[0].id],
        moderator_role_ids=[MOD_ROLE],
        seeds_dir=engine.seeds_dir,
        data_dir=engine.store.data_dir,
        ask_cooldown_rate=100,
        ask_cooldown_seconds=1,
    )
    client = UndersignedBot(library=Library(engine), settings=settings, guild_ready_timeout=0.05)
    async with fake.running(client):
        yield client
    fake.assert_no_violations()
    fake.assert_no_pings()


async def _answer(rec: FakeInteraction) -> dict[str, Any]:
    """The deferral, then the first followup's body."""
    callback = await rec.callback()
    assert callback.type == 5, callback.body
    followup = (await rec.followups(1, timeout=30))[0]
    assert followup.ok, (followup.status, followup.body)
    return followup.body


def _client(
    fake: FakeDiscord,
    engine: Engine,
    *,
    guilds: list[int] | None = None,
    admin: list[int] | None = None,
) -> UndersignedBot:
    settings = BotSettings(
        _env_file=None,  # type: ignore[call-arg]
        discord_token=fake.token,
        discord_guild_ids=[fake.guilds[0].id] if guilds is None else guilds,
        admin_guild_ids=admin or [],
        moderator_role_ids=[MOD_ROLE],
        seeds_dir=engine.seeds_dir,
        data_dir=engine.store.data_dir,
        ask_cooldown_rate=100,
        ask_cooldown_seconds=1,
    )
    return UndersignedBot(library=Library(engine), settings=settings, guild_ready_timeout=0.05)


async def _error(rec: FakeInteraction) -> dict[str, Any]:
    """An error given after deferring: the message that replaced "thinking…", as it stands."""
    edit = (await rec.edits(1))[0]
    assert edit.message is not None
    return edit.message


async def test_commands_are_synced_to_the_guild(fake: FakeDiscord, bot: UndersignedBot):
    synced = {c["name"]: c for c in fake.commands[fake.guilds[0].id]}
    assert set(synced) == BOT_COMMANDS
    for name in ("reindex", "add-statement"):
        # Visible to members whose only qualification is a moderator role (checked at run
        # time), in this, the admin server, and never in direct messages.
        assert synced[name]["default_member_permissions"] is None
        assert synced[name]["dm_permission"] is False and synced[name]["contexts"] == [0]
        assert synced[name]["guild_id"] == str(fake.guilds[0].id)
    ask = {o["name"]: o for o in synced["ask"]["options"]}
    assert ask["question"]["required"] is True
    assert synced["signed-by"]["options"][0]["autocomplete"] is True


async def test_ask_defers_then_quotes_verbatim_with_citation(
    fake: FakeDiscord, bot: UndersignedBot
):
    rec = await fake.send_command("ask", {"question": "Should foreign powers intervene in Iran?"})
    body = await _answer(rec)
    top = body["embeds"][0]
    plain = top["description"].replace("**", "")
    assert "We express our total opposition to any external interference in Iran" in plain
    assert "¶5" in top["footer"]["text"] and JOINT in top["footer"]["text"]
    assert "**" in top["description"]  # the best sentence is emphasised
    assert rec.ack_latency is not None and rec.ack_latency < 3


async def test_more_results_button_pages_further(fake: FakeDiscord, bot: UndersignedBot):
    rec = await fake.send_command("ask", {"question": "peace and democracy in Iran", "results": 1})
    body = await _answer(rec)
    first = body["embeds"][0]["description"]
    buttons = [c for row in body["components"] for c in row["components"]]
    more = next(b for b in buttons if b["label"] == "More results")
    click = await fake.send_component(more["custom_id"])
    update = await click.callback()
    assert update.type == 7
    assert update.data["embeds"][0]["description"] != first
    assert "**" in update.data["embeds"][0]["description"]  # highlighted when shown
    buttons = [c for row in update.data["components"] for c in row["components"]]
    card_button = next(b for b in buttons if b["label"].startswith("Full statement"))
    card = await fake.send_component(card_button["custom_id"])
    assert (await card.callback()).type == 5
    card_body = (await card.followups(1))[0].body
    assert card_body["flags"] & 64  # only the clicker sees it
    assert card_body["embeds"][0]["footer"]["text"].startswith("id ")


async def test_ask_off_topic_says_nothing_relevant(fake: FakeDiscord, bot: UndersignedBot):
    rec = await fake.send_command("ask", {"question": "What is the recipe for pizza margherita?"})
    body = await _answer(rec)
    assert "Nothing in the collection answers this question." in body["content"]
    assert not body.get("embeds")


async def test_signed_by_autocomplete_found_and_not_found(fake: FakeDiscord, bot: UndersignedBot):
    rec = await fake.send_autocomplete(
        "signed-by", {"organization": "communist party of b"}, "organization"
    )
    reply = await rec.callback()
    assert reply.type == 8
    names = [c["name"] for c in reply.body["data"]["choices"]]
    assert "Communist Party of Britain" in names and len(names) <= 25

    rec = await fake.send_command("signed-by", {"organization": "Communist Party of Britain"})
    embed = (await _answer(rec))["embeds"][0]
    assert embed["fields"][0]["name"] == "Signed (1)"
    assert JOINT in embed["fields"][0]["value"]

    rec = await fake.send_command("signed-by", {"organization": "Communist Party of China"})
    embed = (await _answer(rec))["embeds"][0]
    assert "matches no signatory" in embed["description"]
    assert "Did you mean: " in embed["description"]
    assert not embed.get("fields")


async def test_statement_card_and_collection(fake: FakeDiscord, bot: UndersignedBot):
    rec = await fake.send_autocomplete("statement", {"id": "situation in iran"}, "id")
    choices = (await rec.callback()).body["data"]["choices"]
    assert [c["value"] for c in choices] == [JOINT]
    rec = await fake.send_command("statement", {"id": JOINT})
    body = await _answer(rec)
    card = body["embeds"][0]
    assert card["fields"][0]["name"] == "Signatories (27)"
    [read] = [c for row in body["components"] for c in row["components"]]
    assert read["label"] == "Read the text"
    click = await fake.send_component(read["custom_id"])
    text = await click.callback()
    assert text.type == 4 and text.data["flags"] & 64
    page = text.data["embeds"][0]
    assert page["description"].startswith("**¶1** As the situation in Iran simmers")
    assert page["footer"]["text"] == f"id {JOINT} · text page 1 of 1"
    rec = await fake.send_command("statements")
    listing = (await _answer(rec))["embeds"][0]
    assert listing["title"] == "Statements (2)"
    # A title typed without picking a suggestion still finds its statement.
    rec = await fake.send_command("statement", {"id": "left party of iran to iraqi"})
    assert (await _answer(rec))["embeds"][0]["title"].startswith("Letter from International")


async def test_non_moderator_reindex_is_refused(fake: FakeDiscord, bot: UndersignedBot):
    rec = await fake.send_command("reindex")
    reply = await rec.callback()
    assert reply.type == 4 and reply.data["flags"] & 64
    assert "Only moderators" in reply.content


async def test_moderators_work_in_the_admin_server_only(
    monkeypatch: pytest.MonkeyPatch, engine: Engine
):
    block_non_loopback(monkeypatch)
    admin, other = FakeGuild(), FakeGuild(id=1100000000000000002, name="Other Guild")
    async with FakeDiscord(guilds=[admin, other]) as fake:
        fake.redirect(monkeypatch)
        client = _client(fake, engine, guilds=[admin.id, other.id], admin=[admin.id])
        async with fake.running(client):
            # In the admin server a member with only the moderator role sees and runs them …
            rec = await fake.send_command("reindex", roles=[MOD_ROLE], guild_id=admin.id)
            assert (await rec.callback()).type == 5
            assert (await rec.followups(1))[0].body["embeds"]
            # … while in another server they do not exist, even for Manage Server.
            assert {c["name"] for c in fake.commands[other.id]} == set(BOT_COMMANDS) - {
                "reindex",
                "add-statement",
                "remove-statement",
            }
            with pytest.raises(LookupError):
                await fake.send_command("reindex", guild_id=other.id, **MODERATOR)
            # Everyone can still read the collection there.
            body = await _answer(await fake.send_command("statements", guild_id=other.id))
            assert body["embeds"]
        fake.assert_no_violations()


async def test_with_no_admin_server_moderator_commands_say_how_to_switch_them_on(
    fake: FakeDiscord, engine: Engine
):
    async with fake.running(_client(fake, engine, guilds=[], admin=[])):
        assert "reindex" in {c["name"] for c in fake.commands[None]}  # global mode
        reply = await (await fake.send_command("reindex", **MODERATOR)).callback()
        assert reply.type == 4 and reply.data["flags"] & 64
        assert "ADMIN_GUILD_IDS" in reply.content


async def test_moderator_reindex_reports_changes(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine
):
    (engine.seeds_dir / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (engine.seeds_dir / "scan.pdf").write_bytes(b"%PDF")
    rec = await fake.send_command("reindex", roles=[MOD_ROLE])  # by role, without Manage Server
    body = await _answer(rec)
    embed = body["embeds"][0]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "`harbour`" in fields["Added (1)"]
    assert "scan.pdf" in fields["Skipped (1)"]
    assert body["flags"] & 64
    assert fields["The collection now"].startswith("3 statements")
    # Nothing changed: still what the collection holds now.
    again = await _answer(await fake.send_command("reindex", roles=[MOD_ROLE]))
    embed = again["embeds"][0]
    assert embed["description"].startswith("Nothing changed")
    assert (
        "3 statements" in embed["fields"][0]["value"]
        and "Last indexed" in embed["fields"][0]["value"]
    )


async def test_add_statement_from_attachment_then_answer_from_it(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine
):
    attachment = fake.add_attachment("Harbour Strike.txt", HARBOUR.encode())
    rec = await fake.send_command(
        "add-statement", {"file": attachment, "date": "2026-11-01"}, **MODERATOR
    )
    body = await _answer(rec)
    card = body["embeds"][0]
    assert card["title"].startswith("Statement added: Statement on the harbour strike")
    assert "Paragraphs:** 2" in card["description"]
    assert "Harbour Workers Federation" in card["fields"][0]["value"]
    assert (engine.seeds_dir / "Harbour_Strike.txt").read_text(encoding="utf-8") == HARBOUR

    again = await fake.send_command("add-statement", {"file": attachment}, **MODERATOR)
    await again.callback()
    refusal = await _error(again)
    assert "exists" in refusal["content"] and refusal["flags"] & 64
    assert "set `replace` to True" in refusal["content"]

    rec = await fake.send_command("ask", {"question": "Why did the dock workers stop work?"})
    top = (await _answer(rec))["embeds"][0]
    assert "Port Ellery" in top["description"]


async def test_add_statement_while_another_process_writes_says_who_and_saves_nothing(
    fake: FakeDiscord,
    bot: UndersignedBot,
    engine: Engine,
    held: tuple[Path, subprocess.Popen[bytes]],
):
    engine.store.writer_wait = 0.3
    attachment = fake.add_attachment("harbour.txt", HARBOUR.encode())
    rec = await fake.send_command("add-statement", {"file": attachment}, **MODERATOR)
    await rec.callback()
    refusal = await _error(rec)
    assert refusal["flags"] & 64
    assert "being changed by python -m index build" in refusal["content"]
    assert f"process {held[1].pid}" in refusal["content"]
    assert not (engine.seeds_dir / "harbour.txt").exists()
    # The bot goes on answering meanwhile.
    rec = await fake.send_command("ask", {"question": "political prisoners"})
    assert (await _answer(rec))["embeds"]


async def test_everyone_in_question_or_statement_pings_no_one(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine
):
    (engine.seeds_dir / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    await asyncio.to_thread(engine.refresh)
    rec = await fake.send_command(
        "ask", {"question": "@everyone <@&123> should unions send delegations to the picket lines?"}
    )
    body = await _answer(rec)
    assert "@everyone" in body["content"]
    assert any("@everyone" in e["description"] for e in body["embeds"])
    fake.assert_no_pings()


async def test_twenty_concurrent_questions_are_all_acknowledged_in_time(
    fake: FakeDiscord, bot: UndersignedBot
):
    questions = [f"What do they say about peace, question {i}?" for i in range(20)]
    recs = await asyncio.gather(*(fake.send_command("ask", {"question": q}) for q in questions))
    for rec in recs:
        await _answer(rec)
    fake.assert_all_acknowledged()
    assert max(r.ack_latency or 99 for r in recs) < 3


async def test_question_during_reindex_is_answered_and_second_reindex_refused(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
):
    release = threading.Event()
    started = threading.Event()
    real_refresh = engine.refresh

    def slow_refresh(*args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(timeout=20)
        return real_refresh(*args, **kwargs)

    monkeypatch.setattr(engine, "refresh", slow_refresh)
    (engine.seeds_dir / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    reindex = await fake.send_command("reindex", **MODERATOR)
    assert (await reindex.callback()).type == 5
    assert await asyncio.to_thread(started.wait, 10)

    second = await fake.send_command("reindex", **MODERATOR)
    await second.callback()
    refusal = await _error(second)
    assert "already running" in refusal["content"]

    rec = await fake.send_command("ask", {"question": "Should foreign powers intervene in Iran?"})
    body = await _answer(rec)
    assert "total opposition" in body["embeds"][0]["description"]
    assert not reindex.of("followup")  # the reindex is still running

    release.set()
    report = (await reindex.followups(1, timeout=30))[0].body
    assert "Added (1)" in [f["name"] for f in report["embeds"][0]["fields"]]


LONG_NAMES = [
    f"Union of Example Workers of the Northern Valleys and the Coast, Local {i}"
    for i in range(1, 201)
]


async def test_long_signatory_list_is_paged_on_the_card(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine
):
    text = "Call for a shorter working week\n\nWe call for a thirty-two hour week.\n\n"
    (engine.seeds_dir / "week.txt").write_text(
        text + "\n".join(LONG_NAMES) + "\n", encoding="utf-8"
    )
    await asyncio.to_thread(engine.refresh)
    rec = await fake.send_command("statement", {"id": "week"})
    body = await _answer(rec)
    pages = [body["embeds"][0]]
    assert pages[0]["fields"][0]["name"] == "Signatories (200)"
    total = int(pages[0]["footer"]["text"].rsplit(" of ", 1)[1])
    assert total >= 3
    components = body["components"]
    for _ in range(total - 1):  # page through to the end, following the buttons
        more = next(
            c for row in components for c in row["components"] if c["label"] == "More signatories"
        )
        reply = await (await fake.send_component(more["custom_id"])).callback()
        pages.append(reply.data["embeds"][0])
        components = reply.data["components"]
    shown = "\n".join(f["value"] for page in pages for f in page["fields"])
    assert all(name in shown for name in LONG_NAMES)  # nobody lost
    assert all(len(json.dumps(page)) < 7000 for page in pages)


async def test_domain_errors_are_ephemeral_and_the_bot_keeps_running(
    fake: FakeDiscord, bot: UndersignedBot
):
    # An unknown id is found before deferring: the error is the reply, only the person sees it,
    # and it is still there once the interaction is over.
    rec = await fake.send_command("statement", {"id": "no_such_statement"})
    reply = await rec.callback()
    assert reply.type == 4 and reply.data["flags"] & 64
    assert "No statement has the id 'no_such_statement'" in reply.data["content"]
    await rec.settled()
    assert "No statement has the id" in fake.messages[rec.original_id or ""]["content"]
    bad = fake.add_attachment("latin1.txt", "Caf\xe9 workers".encode("latin-1"))
    rec = await fake.send_command("add-statement", {"file": bad}, **MODERATOR)
    await rec.callback()
    # Read after deferring (the file is downloaded first): the error replaces "thinking…".
    assert "not UTF-8" in (await rec.edits(1))[0].body["content"]
    pdf = fake.add_attachment("scan.pdf", b"%PDF-1.4", "application/pdf")
    rec = await fake.send_command("add-statement", {"file": pdf}, **MODERATOR)
    await rec.callback()
    assert "The PDF cannot be read" in (await rec.edits(1))[0].body["content"]
    exe = fake.add_attachment("tool.exe", b"MZ\x90\x00binary")
    rec = await fake.send_command("add-statement", {"file": exe}, **MODERATOR)
    await rec.callback()
    assert "not a .txt or .md file" in (await rec.edits(1))[0].body["content"]
    rec = await fake.send_command("ask", {"question": "political prisoners"})
    assert (await _answer(rec))["embeds"]


async def test_ask_cooldown_says_how_long_to_wait(fake: FakeDiscord, engine: Engine):
    settings = BotSettings(
        _env_file=None,  # type: ignore[call-arg]
        discord_token=fake.token,
        discord_guild_ids=[fake.guilds[0].id],
        data_dir=engine.store.data_dir,
        ask_cooldown_rate=1,
        ask_cooldown_seconds=120,
    )
    client = UndersignedBot(library=Library(engine), settings=settings, guild_ready_timeout=0.05)
    async with fake.running(client):
        await _answer(await fake.send_command("ask", {"question": "political prisoners"}))
        rec = await fake.send_command("ask", {"question": "political prisoners again"})
        reply = await rec.callback()
        assert reply.type == 4 and reply.data["flags"] & 64
        assert "try again in 12" in reply.content  # 119-120 s
    fake.assert_no_violations()


async def test_organization_card_and_signed_together(fake: FakeDiscord, bot: UndersignedBot):
    rec = await fake.send_command("organization", {"name": "Iraqi Communist Party"})
    card = (await _answer(rec))["embeds"][0]
    fields = {f["name"]: f["value"] for f in card["fields"]}
    assert card["title"] == "Iraqi Communist Party"
    assert "as “Communist Party of Iraq”" in fields["Signed (1)"]
    assert "as “Iraqi Communist Party”" in fields["Addressed to them (1)"]
    assert "¶7" in fields["Mentioned in the text (1)"]
    assert "Communist Party of Iraq" in fields["Spellings (2)"]
    assert "Signs most often with" in fields

    rec = await fake.send_autocomplete(
        "signed-by",
        {"organization": "Tudeh Party of Iran", "together_with": "linke"},
        "together_with",
    )
    assert [c["value"] for c in (await rec.callback()).body["data"]["choices"]] == [
        "De Linke (Germany)"
    ]
    rec = await fake.send_command(
        "signed-by", {"organization": "Tudeh Party of Iran", "together_with": "Die Linke"}
    )
    joint = (await _answer(rec))["embeds"][0]
    assert joint["title"] == "Signed by Tudeh Party of Iran and De Linke (Germany)"
    assert JOINT in joint["fields"][0]["value"]

    rec = await fake.send_command("organization", {"name": "Communist Party"})
    ambiguous = (await _answer(rec))["embeds"][0]
    assert "could be several organisations" in ambiguous["description"]
    assert "Did you mean" in ambiguous["description"]


async def test_ask_with_filters_and_a_bad_date(fake: FakeDiscord, bot: UndersignedBot):
    rec = await fake.send_command(
        "ask", {"question": "peace in the Middle East", "since": "2024", "until": "2024-12"}
    )
    body = await _answer(rec)
    assert "Only statements dated 2024-01-01 to 2024-12-31." in body["content"]
    assert all("000_2054a4ae632f0832" in e["footer"]["text"] for e in body["embeds"])
    # A bad option is said before deferring, to the person alone, even on a public /ask.
    rec = await fake.send_command("ask", {"question": "peace", "since": "next year"})
    reply = await rec.callback()
    assert reply.type == 4 and reply.data["flags"] & 64 and "is not a date" in reply.content
    rec = await fake.send_autocomplete(
        "ask", {"question": "peace", "organization": "tudeh"}, "organization"
    )
    assert [c["value"] for c in (await rec.callback()).body["data"]["choices"]] == [
        "Tudeh Party of Iran"
    ]
    rec = await fake.send_command("ask", {"question": "peace", "organization": "Labour Party"})
    reply = await rec.callback()
    assert reply.type == 4 and "No organisation in the collection matches" in reply.content


async def test_remove_statement_keeps_its_files_and_the_index_follows(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine, caplog: pytest.LogCaptureFixture
):
    caplog.set_level("INFO", logger="bot.commands.admin")
    joint_file = engine.seeds_dir / f"{JOINT}.txt"
    original = joint_file.read_bytes()
    (engine.seeds_dir / f"{JOINT}.toml").write_text('title = "Iran statement"\n')
    await asyncio.to_thread(engine.refresh)

    refused = await fake.send_command("remove-statement", {"statement": JOINT})
    assert "Only moderators" in (await refused.callback()).content
    assert joint_file.exists()

    rec = await fake.send_command("remove-statement", {"statement": JOINT}, **MODERATOR)
    callback = await rec.callback()
    assert callback.type == 5
    followup = (await rec.followups(1, timeout=30))[0]
    body = followup.body
    assert followup.ok and body["flags"] & 64
    assert body["embeds"][0]["title"] == "Statement removed: Iran statement"
    assert "/add-statement" in body["content"] and "DATA_DIR/archive/" in body["content"]
    assert dict(followup.files) == {
        f"{JOINT}.toml": b'title = "Iran statement"\n',
        f"{JOINT}.txt": original,
    }
    # Gone from the folder and the index, kept in the archive; the log says who did it.
    assert not joint_file.exists()
    assert f"statement removed: {JOINT}" in caplog.text and " by " in caplog.text
    archived = list((engine.store.data_dir / "archive").glob(f"*-removed-{JOINT}/{JOINT}.txt"))
    assert len(archived) == 1 and archived[0].read_bytes() == original
    rec = await fake.send_command("signed-by", {"organization": "Communist Party of Britain"})
    await rec.callback()
    lookup = (await rec.followups(1))[0].body["embeds"][0]["description"]
    assert "matches no signatory" in lookup

    again = await fake.send_command("remove-statement", {"statement": JOINT}, **MODERATOR)
    await again.callback()
    error = await _error(again)
    assert error["flags"] & 64
    assert f"No statement has the id '{JOINT}'" in error["content"]
    assert "/statements" in error["content"] and "python -m" not in error["content"]


async def test_replacing_a_statement_keeps_the_previous_version(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine
):
    first = fake.add_attachment("harbour.txt", HARBOUR.encode())
    rec = await fake.send_command("add-statement", {"file": first}, **MODERATOR)
    assert not (await _answer(rec)).get("content")
    edited = HARBOUR.replace("pensions", "pensions and wages")
    second = fake.add_attachment("harbour.txt", edited.encode())
    rec = await fake.send_command("add-statement", {"file": second, "replace": True}, **MODERATOR)
    body = await _answer(rec)
    assert body["embeds"][0]["title"].startswith("Statement replaced")
    assert "previous version is kept" in body["content"]
    assert (engine.seeds_dir / "harbour.txt").read_text(encoding="utf-8") == edited
    kept = list((engine.store.data_dir / "archive").glob("*-replaced-harbour/harbour.txt"))
    assert [p.read_text(encoding="utf-8") for p in kept] == [HARBOUR]


async def test_ask_what_an_organisation_signed_lists_its_statements(
    fake: FakeDiscord, bot: UndersignedBot
):
    rec = await fake.send_command("ask", {"question": "What did the Tudeh Party sign?"})
    body = await _answer(rec)
    assert "1 statement naming Tudeh Party of Iran" in body["content"]
    [embed] = body["embeds"]
    assert embed["title"] == "Statements naming Tudeh Party of Iran"
    assert JOINT in embed["description"]
    [button] = [c for row in body["components"] for c in row["components"]]
    card = await fake.send_component(button["custom_id"])
    await card.callback()
    card_body = (await card.followups(1))[0].body
    assert card_body["embeds"][0]["fields"][0]["name"] == "Signatories (27)"
    rec = await fake.send_command(
        "ask", {"question": "What did the Pizza Party sign about prisoners?"}
    )
    body = await _answer(rec)
    assert "No organisation named 'Pizza Party'" in body["content"]


async def test_about_gives_the_collection_and_how_to_ask(fake: FakeDiscord, bot: UndersignedBot):
    rec = await fake.send_command("about")
    body = await _answer(rec)
    assert body["flags"] & 64
    fields = {f["name"]: f["value"] for f in body["embeds"][0]["fields"]}
    assert fields["The collection"].startswith(
        "2 statements (dated 8 March 2024 to 8 March 2024, 1 undated), 12 passages"
    )
    assert "/ask" in fields["Ask"]


async def test_buttons_answer_after_the_bot_restarts(fake: FakeDiscord, engine: Engine):
    names = "\n".join(LONG_NAMES)
    text = "Call for a shorter week\n\nWe call for a thirty-two hour week.\n\n" + names + "\n"
    long_id = "a" * 80  # uploads allow 80 characters; a custom id holds 100
    (engine.seeds_dir / f"{long_id}.txt").write_text(text, encoding="utf-8")
    await asyncio.to_thread(engine.refresh)
    async with fake.running(_client(fake, engine)):
        card = await _answer(await fake.send_command("statement", {"id": long_id}))
        answer = await _answer(
            await fake.send_command("ask", {"question": "peace and democracy", "results": 1})
        )
    buttons.ANSWERS.clear()  # what a new process knows of earlier answers: nothing
    async with fake.running(_client(fake, engine)):
        ids = [c["custom_id"] for row in card["components"] for c in row["components"]]
        assert len(ids) == len(set(ids)) and all(len(i) <= 100 for i in ids)
        more = next(
            c
            for row in card["components"]
            for c in row["components"]
            if c["label"] == "More signatories"
        )
        page2 = (await (await fake.send_component(more["custom_id"])).callback()).data["embeds"][0]
        assert "page 2 of" in page2["footer"]["text"]
        read = next(
            c
            for row in card["components"]
            for c in row["components"]
            if c["label"] == "Read the text"
        )
        text_page = await (await fake.send_component(read["custom_id"])).callback()
        assert (
            text_page.data["flags"] & 64
            and "thirty-two hour week" in text_page.data["embeds"][0]["description"]
        )
        found = [c for row in answer["components"] for c in row["components"]]
        opened = await fake.send_component(
            next(c for c in found if c["label"].startswith("Full statement"))["custom_id"]
        )
        assert (await opened.callback()).type == 5
        assert (await opened.followups(1))[0].body["embeds"][0]["footer"]["text"].startswith("id ")
        # The one state a custom id cannot hold, the answer's further results: said plainly.
        more_results = next(c for c in found if c["label"] == "More results")
        expired = await (await fake.send_component(more_results["custom_id"])).callback()
        assert expired.data["flags"] & 64 and "ask again" in expired.content
    fake.assert_no_violations()


async def test_a_pager_pages_for_its_reader_and_shows_others_their_own_copy(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine
):
    for i in range(15):  # two pages of ten
        (engine.seeds_dir / f"note_{i:02d}.txt").write_text(
            f"Note {i} on the harbour\n\nThe harbour workers met for the {i}th time.\n",
            encoding="utf-8",
        )
    await asyncio.to_thread(engine.refresh)
    rec = await fake.send_command("statements")
    body = await _answer(rec)
    [message_id] = [m for m, msg in fake.messages.items() if msg["embeds"] == body["embeds"]]
    nxt = next(c for row in body["components"] for c in row["components"] if c["label"] == "Next")
    other = user_payload(1200000000000000555, "other")
    reply = await (await fake.send_component(nxt["custom_id"], user=other)).callback()
    assert reply.type == 4 and reply.data["flags"] & 64  # a copy only the other member sees
    assert "page 2" in reply.data["embeds"][0]["footer"]["text"]
    assert fake.messages[message_id]["embeds"] == body["embeds"]  # the reader's page stays
    # The person who ran the command pages the message itself.
    reply = await (await fake.send_component(nxt["custom_id"])).callback()
    assert reply.type == 7 and "page 2" in reply.data["embeds"][0]["footer"]["text"]


async def test_an_error_after_deferring_replaces_thinking_and_stays(
    fake: FakeDiscord, bot: UndersignedBot
):
    # Known only once the work has started: the statement to remove does not exist.
    rec = await fake.send_command(
        "remove-statement", {"statement": "no_such_statement"}, **MODERATOR
    )
    assert (await rec.callback()).type == 5
    await rec.edits(1, timeout=30)  # the error replaces "thinking…"
    await rec.settled()
    assert not rec.of("delete"), "the error must not be deleted"
    message = fake.messages[rec.original_id or ""]
    assert "no_such_statement" in message["content"]
    assert message["flags"] & 64  # the deferral was ephemeral, and so is the error
    assert not message["flags"] & 128  # no longer "thinking…"
    fake.assert_no_violations()


def _command_writes(fake: FakeDiscord) -> list[str]:
    return [r.path for r in fake.requests if r.method == "PUT" and r.path.endswith("/commands")]


async def test_commands_are_written_only_when_they_changed(fake: FakeDiscord, engine: Engine):
    async with fake.running(_client(fake, engine, guilds=[])):  # global mode
        pass
    assert len(_command_writes(fake)) == 1 and "reindex" in {c["name"] for c in fake.commands[None]}
    async with fake.running(_client(fake, engine, guilds=[])):
        pass
    assert len(_command_writes(fake)) == 1  # unchanged: Discord's rate limit is spared
    # To server mode: the commands go to the server, and the global copies are removed.
    async with fake.running(_client(fake, engine)):
        pass
    assert {c["name"] for c in fake.commands[fake.guilds[0].id]} == set(BOT_COMMANDS)
    assert fake.commands[None] == []
    # `--sync` writes them all again.
    forced = _client(fake, engine)
    forced.settings.force_sync = True
    before = len(_command_writes(fake))
    async with fake.running(forced):
        pass
    assert len(_command_writes(fake)) > before


async def test_a_server_that_refuses_the_commands_is_named(fake: FakeDiscord, engine: Engine):
    missing = 1100000000000000999  # the bot is not in it
    with pytest.raises(CommandSyncRefused, match=str(missing)):
        async with fake.running(_client(fake, engine, guilds=[missing])):
            pass


async def test_sigterm_lets_ten_answers_in_flight_finish(
    fake: FakeDiscord, engine: Engine, monkeypatch: pytest.MonkeyPatch
):
    slow = Library.ask

    async def ask_slowly(self: Library, *args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(1.0)  # long enough to be in flight when the signal comes
        return await slow(self, *args, **kwargs)

    monkeypatch.setattr(Library, "ask", ask_slowly)
    settings = _client(fake, engine).settings
    loop = asyncio.get_running_loop()
    # `python -m bot` runs exactly this: it returns (and main() exits 0) once the bot has stopped.
    serving = asyncio.create_task(serve(settings, Library(engine), fake.token))
    try:
        for _ in range(300):  # bounded: 30 s, until connected and the commands are synced
            if fake.commands.get(fake.guilds[0].id) and fake.gateway_ops:
                break
            await asyncio.sleep(0.1)
        recs = [
            await fake.send_command("ask", {"question": f"peace and democracy {i}"})
            for i in range(10)
        ]
        for rec in recs:
            assert (await rec.callback()).type == 5
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.sleep(0.2)
        late = await fake.send_command("ask", {"question": "anyone there?"})
        assert "restarting" in ((await late.callback()).content or "")
        for rec in recs:
            assert (await rec.followups(1, timeout=15))[0].body["embeds"]
        assert await asyncio.wait_for(serving, 20) is None  # returned: no error, exit status 0
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        serving.cancel()


async def test_a_process_serves_the_shards_it_is_given(fake: FakeDiscord, engine: Engine):
    settings = _client(fake, engine).settings.model_copy(
        update={"shard_count": 2, "shard_ids": [1]}  # SHARD_COUNT=2, SHARD_IDS=1
    )
    client = UndersignedBot(library=Library(engine), settings=settings, guild_ready_timeout=0.05)
    async with fake.running(client):
        identify = next(op for op in fake.gateway_ops if op.get("op") == 2)
        assert identify["d"]["shard"] == [1, 2]
        body = await _answer(await fake.send_command("ask", {"question": "political prisoners"}))
        assert body["embeds"]


def test_shard_settings_are_checked():
    with pytest.raises(ValueError, match="SHARD_IDS needs SHARD_COUNT"):
        BotSettings(_env_file=None, shard_ids="0")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="between 0 and SHARD_COUNT - 1"):
        BotSettings(_env_file=None, shard_count=2, shard_ids="2")  # type: ignore[call-arg]


async def test_a_rate_limited_route_still_gets_its_answer(fake: FakeDiscord, bot: UndersignedBot):
    fake.rate_limits[f"/api/v10/webhooks/{fake.application_id}/"] = 1  # the first followup: 429
    rec = await fake.send_command("ask", {"question": "political prisoners"})
    body = await _answer(rec)
    assert body["embeds"]
    assert any(r.status == 429 for r in fake.requests)


async def test_buttons_work_after_the_command_token_has_expired(
    fake: FakeDiscord, bot: UndersignedBot
):
    body = await _answer(await fake.send_command("statement", {"id": JOINT}))
    fake.advance(16 * 60)  # the command's token is dead
    read = next(
        c for row in body["components"] for c in row["components"] if c["label"] == "Read the text"
    )
    reply = await (await fake.send_component(read["custom_id"])).callback()
    assert reply.type == 4 and reply.data["embeds"]  # a click is a new interaction, a new token


async def test_the_bot_keeps_answering_through_reconnect_and_invalid_session(
    fake: FakeDiscord, bot: UndersignedBot
):
    identified = sum(op.get("op") == 2 for op in fake.gateway_ops)
    await fake.request_reconnect()
    for _ in range(100):  # bounded: 10 s, until the client has come back
        if sum(op.get("op") in (2, 6) for op in fake.gateway_ops) > identified and bot.is_ready():
            break
        await asyncio.sleep(0.1)
    assert (await _answer(await fake.send_command("ask", {"question": "peace"})))["embeds"]
    await fake.invalidate_session()
    for _ in range(100):
        if sum(op.get("op") == 2 for op in fake.gateway_ops) > identified + 1 and bot.is_ready():
            break
        await asyncio.sleep(0.1)
    assert sum(op.get("op") == 2 for op in fake.gateway_ops) > identified + 1
    assert (await _answer(await fake.send_command("ask", {"question": "peace"})))["embeds"]


async def test_debug_logs_hold_neither_the_bot_token_nor_interaction_tokens(
    fake: FakeDiscord, bot: UndersignedBot
):
    """At DEBUG discord.py logs request URLs (an interaction's token is in them) and gateway
    payloads; the filter `python -m bot` puts on its log handlers redacts both, and the token."""
    import io
    import logging

    from bot.__main__ import Redact

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(Redact((fake.token,)))
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", "discord", "aiohttp")}
    root.addHandler(handler)
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        rec = await fake.send_command("ask", {"question": "release of political prisoners"})
        await rec.callback()
        await rec.followups(1)
        logging.getLogger("discord.test").debug("Authorization: Bot %s", fake.token)
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    text = stream.getvalue()
    assert "/webhooks/" in text and "[redacted]" in text  # the URLs were logged, redacted
    assert rec.token not in text
    assert fake.token not in text


HOSTILE_QUESTIONS = {
    "ten thousand characters": "political prisoners in Iran " * 358,
    "only punctuation": "?!?... ;;",
    "only emoji": "🙂🔥🙂",
    "right to left": "ما هو موقفهم من السجناء السياسيين في إيران؟",
    "combining marks": "prisoners" + "\u0301" * 300 + " in Iran",
    "NUL and escapes": "political\x00prisoners\x1b[2J in Iran",
    "Markdown and mentions": "**political** prisoners @everyone @here <@1> <@&2> `Iran` ||x||",
}


async def test_hostile_questions_are_answered_or_refused_and_ping_nobody(
    fake: FakeDiscord, bot: UndersignedBot
):
    for what, question in HOSTILE_QUESTIONS.items():
        rec = await fake.send_command("ask", {"question": question})
        first = await rec.callback()
        if first.type == 5:
            # Deferred: the answer or the refusal follows, as long as the model takes.
            await rec.wait_for(
                lambda r=rec: r.of("followup") or r.of("edit"), "an answer after deferring", 30
            )
        replies = await rec.settled()
        assert replies, what
        bodies = [r.body for r in replies if isinstance(r.body, dict)]
        text = json.dumps(bodies, ensure_ascii=False)
        assert first.type in (4, 5), what
        if what == "ten thousand characters":
            # Discord's client stops at 300 characters; one sent anyway is read up to the cap.
            assert "Only the first 1,000 characters of the question were read." in text
            assert len(bodies[-1]["content"]) <= 2000
            continue
        if what in ("only punctuation", "only emoji"):
            assert "has no words to search for" in text, (what, text)
            continue
        assert "\x00" not in text and "\x1b" not in text, what
        if what == "Markdown and mentions":
            content = bodies[-1]["content"]
            assert "\\*\\*political\\*\\*" in content and "\\`Iran\\`" in content, content
        if what == "combining marks":
            assert "\u0301" * 4 not in text, what
    fake.assert_all_acknowledged()


async def test_an_upload_with_a_traversal_name_like_an_existing_one_is_refused(
    fake: FakeDiscord, bot: UndersignedBot, engine: Engine
):
    (engine.seeds_dir / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    await asyncio.to_thread(engine.refresh)
    attachment = fake.add_attachment("../../HARBOUR.txt", HARBOUR.encode())
    rec = await fake.send_command("add-statement", {"file": attachment}, **MODERATOR)
    await rec.callback()
    refusal = await _error(rec)
    assert "id 'harbour' exists (harbour.txt)" in refusal["content"], refusal
    assert sorted(p.name for p in engine.seeds_dir.iterdir() if "arbour" in p.name.lower()) == [
        "harbour.txt"
    ]
    assert not (engine.seeds_dir.parent.parent / "HARBOUR.txt").exists()


@pytest.fixture
def page_server() -> Iterator[str]:
    """A statement page and a PDF served on 127.0.0.1."""
    from http.server import BaseHTTPRequestHandler

    page = (ROOT / "tests" / "data" / "sources" / "dev" / "blog-ghost.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if self.path != "/statement.html":
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

    with http_server(Handler) as url:
        yield url


async def test_add_statement_from_a_link_and_from_a_pdf_then_ask_quotes_them(
    fake: FakeDiscord, engine: Engine, page_server: str
):
    import importlib.util

    client = _client(fake, engine)
    client.library.allow_private_urls = True  # the page is on 127.0.0.1
    async with fake.running(client):
        url = f"{page_server}/statement.html"
        rec = await fake.send_command("add-statement", {"url": url}, **MODERATOR)
        body = await _answer(rec)
        assert body["embeds"][0]["title"].startswith(
            "Statement added: Stop the Colden Street evictions"
        )
        assert f"Read from {url} (html): 4 paragraphs" in body["content"]
        assert "DATA_DIR/archive/" in body["content"]

        spec = importlib.util.spec_from_file_location(
            "dev_pdfs", ROOT / "tests" / "data" / "sources" / "dev" / "pdfs.py"
        )
        assert spec is not None and spec.loader is not None
        pdfs = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(pdfs)
        _, pdf, _ = pdfs.cases()[0]
        attachment = fake.add_attachment("harbour.pdf", pdf, "application/pdf")
        rec = await fake.send_command("add-statement", {"file": attachment}, **MODERATOR)
        body = await _answer(rec)
        assert "The harbour is not for sale" in body["embeds"][0]["title"]
        assert "Read from harbour.pdf (pdf)" in body["content"]

        rec = await fake.send_command(
            "ask", {"question": "Who was evicted from the Colden Street estate?"}
        )
        answer = await _answer(rec)
        top = answer["embeds"][0]
        assert "Colden Street" in top["description"] and top.get("url") == url
        rec = await fake.send_command("ask", {"question": "Is the harbour for sale?"})
        assert "harbour" in (await _answer(rec))["embeds"][0]["description"].lower()

        # Neither or both: said before anything is read.
        rec = await fake.send_command("add-statement", {}, **MODERATOR)
        reply = await rec.callback()
        assert "either as a file (`file`) or as a link (`url`)" in reply.data["content"]
        # A link to a private address, when not allowed: one sentence, nothing saved.
        client.library.allow_private_urls = False
        before = sorted(p.name for p in engine.seeds_dir.iterdir())
        rec = await fake.send_command("add-statement", {"url": url}, **MODERATOR)
        await rec.callback()
        refusal = await _error(rec)
        assert "private, local or reserved address" in refusal["content"]
        assert sorted(p.name for p in engine.seeds_dir.iterdir()) == before
    fake.assert_no_violations()
    fake.assert_no_pings()
