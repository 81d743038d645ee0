"""`python -m bot`: no token, a rejected token, and the token kept out of every message."""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
from pathlib import Path

import discord
import pytest

from bot.__main__ import main

from .fake_discord import FakeDiscord, block_non_loopback
from .support import BOT_COMMANDS, SEEDS


@pytest.fixture
def bot_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    monkeypatch.chdir(tmp_path)  # no .env here
    for name in ("DISCORD_TOKEN", "DISCORD_GUILD_IDS", "MODERATOR_ROLE_IDS", "ADMIN_GUILD_IDS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SEEDS_DIR", str(seeds))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def test_without_token_explains_how_to_get_one(bot_env: Path, capsys, monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", "  ")
    assert main() == 1
    err = capsys.readouterr().err
    assert "No DISCORD_TOKEN is configured" in err
    assert "python -m index ask" in err
    assert not (bot_env / "data").exists()  # nothing built or touched


def test_invalid_settings_are_reported(bot_env: Path, capsys, monkeypatch):
    monkeypatch.setenv("DISCORD_GUILD_IDS", "not-a-number")
    assert main() == 2
    assert "expected Discord ids" in capsys.readouterr().err


@pytest.mark.model
async def test_rejected_token_exits_non_zero_without_leaking_it(
    bot_env: Path, capsys, monkeypatch, caplog
):
    block_non_loopback(monkeypatch)
    secret = "MTIz.secret-token-value.xyz"
    monkeypatch.setenv("DISCORD_TOKEN", secret)
    async with FakeDiscord(token="the-right-token") as fake:
        fake.redirect(monkeypatch)
        with caplog.at_level(logging.DEBUG):
            code = await asyncio.wait_for(asyncio.to_thread(main), 120)
    assert code == 1
    err = capsys.readouterr().err
    assert "Discord rejected the token" in err
    assert secret not in err
    assert secret not in caplog.text
    assert (bot_env / "data" / "CURRENT").exists()  # the index was built before connecting


@pytest.mark.model
async def test_python_m_bot_connects_syncs_and_serves(bot_env: Path, capsys, monkeypatch):
    block_non_loopback(monkeypatch)
    async with FakeDiscord() as fake:
        fake.redirect(monkeypatch)
        guild = fake.guilds[0].id
        monkeypatch.setenv("DISCORD_TOKEN", fake.token)
        monkeypatch.setenv("DISCORD_GUILD_IDS", str(guild))
        monkeypatch.setenv("MODERATOR_ROLE_IDS", "1200000000000000077, 1200000000000000078")
        running = asyncio.ensure_future(asyncio.to_thread(main))
        for _ in range(600):  # until the commands are synced and the gateway is up (<= 60 s)
            if fake.commands.get(guild) and fake.gateway_ops and not running.done():
                break
            await asyncio.sleep(0.1)
        names = {c["name"] for c in fake.commands[guild]}
        assert names == BOT_COMMANDS
        rec = await fake.send_command(
            "ask", {"question": "Should foreign powers intervene in Iran?"}
        )
        assert (await rec.callback(timeout=10)).type == 5
        answer = (await rec.followups(1, timeout=30))[0].body
        assert "total opposition" in answer["embeds"][0]["description"]
        await fake.disconnect(4004)
        code = await asyncio.wait_for(running, 30)
    assert code == 1
    assert "connection to Discord ended" in capsys.readouterr().err
    fake.assert_no_violations()


@pytest.mark.model
async def test_unreachable_discord_is_one_line_after_bounded_retries(
    bot_env: Path, capsys, monkeypatch
):
    block_non_loopback(monkeypatch)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    monkeypatch.setenv("DISCORD_TOKEN", "some-token")
    monkeypatch.setenv("CONNECT_RETRIES", "2")
    monkeypatch.setenv("CONNECT_BACKOFF_SECONDS", "0.05")
    code = await asyncio.wait_for(asyncio.to_thread(main), 120)
    assert code == 1
    err = capsys.readouterr().err
    assert "error: cannot reach Discord after 3 attempts: no connection to 127.0.0.1" in err
    assert "Traceback" not in err
    assert "Loading weights" not in err  # no progress bar when stderr is no terminal


@pytest.mark.model
async def test_a_discord_outage_at_start_is_waited_out(bot_env: Path, capsys, monkeypatch):
    block_non_loopback(monkeypatch)
    async with FakeDiscord() as fake:
        fake.redirect(monkeypatch)
        fake.outages["/api/v10/users/@me"] = 2  # the first two logins fail with 503
        monkeypatch.setenv("DISCORD_TOKEN", fake.token)
        monkeypatch.setenv("DISCORD_GUILD_IDS", str(fake.guilds[0].id))
        monkeypatch.setenv("CONNECT_BACKOFF_SECONDS", "0.05")
        running = asyncio.ensure_future(asyncio.to_thread(main))
        for _ in range(600):  # until the commands are synced (<= 60 s)
            if fake.commands.get(fake.guilds[0].id) or running.done():
                break
            await asyncio.sleep(0.1)
        assert not running.done(), capsys.readouterr().err
        assert fake.outages["/api/v10/users/@me"] == 0
        await fake.disconnect(4004)  # authentication failed: the client ends
        await asyncio.wait_for(running, 30)


def test_a_copy_of_env_example_is_valid_settings(bot_env: Path):
    """A deployer starts from `cp .env.example .env`: every empty value means the default."""
    from bot.config import BotSettings

    example = Path(__file__).resolve().parent.parent / ".env.example"
    settings = BotSettings(_env_file=str(example))  # type: ignore[call-arg]
    assert settings.min_score is None and settings.shard_count is None
    assert settings.token is None and settings.connect_retries == 5
