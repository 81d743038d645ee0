"""`python -m bot`: settings -> engine (fresh) -> client -> run."""

from __future__ import annotations

import asyncio
import logging
import sys

import discord
from pydantic import ValidationError

from index.embedding import SentenceTransformerEmbedder
from index.errors import UndersignedError
from index.search import DEFAULT_MIN_SCORE, Engine

from .client import UndersignedBot
from .config import BotSettings
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
    """Run the client until it stops."""
    async with UndersignedBot(library=library, settings=settings) as client:
        await client.start(token)


def main() -> int:
    """Entry point; returns the exit status."""
    try:
        settings = BotSettings()
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
    sys.exit(main())
