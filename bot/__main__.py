"""`python -m bot`: settings -> engine (fresh) -> client -> run."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

import discord
from pydantic import ValidationError

from index.embedding import SentenceTransformerEmbedder
from index.errors import UndersignedError
from index.search import DEFAULT_MIN_SCORE, Engine

from .client import UndersignedBot
from .config import BotSettings
from .errors import CommandSyncRefused
from .library import Library

log = logging.getLogger("bot")

NO_TOKEN = """\
No DISCORD_TOKEN is configured, so the bot cannot connect.

To get one: https://discord.com/developers/applications -> New Application -> Bot ->
Reset Token; put it in .env as DISCORD_TOKEN=... (see README, "Running the bot").

Meanwhile the same answers are available in the terminal:
  python -m index ask "What do they say about foreign interference in Iran?"
  python -m index signed-by "Communist Party of Britain"
"""


async def serve(settings: BotSettings, library: Library, token: str) -> None:
    """Run the client until it stops; SIGTERM or SIGINT (`docker stop`, systemd, Ctrl-C) let
    the answers in flight finish first."""
    async with UndersignedBot(library=library, settings=settings) as client:
        stop_on_signals(client)
        await client.start(token)


def stop_on_signals(client: UndersignedBot) -> None:
    """Ask the client to shut down gracefully on SIGTERM and SIGINT."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every platform
            loop.add_signal_handler(sig, client.request_shutdown)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bot", description="Run the Discord bot.")
    parser.add_argument(
        "--sync",
        action="store_true",
        help="write every command to Discord, changed or not (normally only changed ones)",
    )
    args = parser.parse_args([] if argv is None else argv)
    try:
        settings = BotSettings(force_sync=args.sync) if args.sync else BotSettings()
    except ValidationError as exc:
        print(f"error: invalid settings: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    token = settings.token
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 1
    engine = Engine(
        settings.seeds_dir,
        settings.data_dir,
        SentenceTransformerEmbedder(settings.embedding_model),
        min_score=DEFAULT_MIN_SCORE if settings.min_score is None else settings.min_score,
    )
    try:
        report = engine.ensure_fresh()
        if report is not None:
            log.info("index refreshed: %s", report.summary())
        engine.embedder.embed_queries(["warm up"])  # load the model before connecting
    except UndersignedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    library = Library(engine, max_upload_bytes=settings.max_attachment_bytes)
    try:
        asyncio.run(serve(settings, library, token))
    except CommandSyncRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except discord.LoginFailure:
        print(
            "error: Discord rejected the token. Reset it in the Developer Portal (Bot -> Reset "
            "Token) and update DISCORD_TOKEN.",
            file=sys.stderr,
        )
        return 1
    except (discord.ConnectionClosed, discord.GatewayNotFound, discord.HTTPException) as exc:
        print(
            f"error: the connection to Discord ended ({exc}); start the bot again.", file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
