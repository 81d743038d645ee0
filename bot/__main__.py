"""`python -m bot`: settings -> engine (fresh) -> client -> run."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import re
import signal
import sys

import aiohttp
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


# What an unreachable or failing Discord raises at start: worth trying again.
UNREACHABLE = (
    aiohttp.ClientError,
    asyncio.TimeoutError,
    OSError,
    discord.GatewayNotFound,
    discord.DiscordServerError,
)
MAX_BACKOFF = 60.0


class DiscordUnreachable(Exception):
    """Discord could not be reached in the attempts allowed."""


def _reason(exc: BaseException) -> str:
    """One line saying what failed."""
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return f"the name {exc.host} could not be resolved (DNS)"
    if isinstance(exc, aiohttp.ClientConnectorError):
        return f"no connection to {exc.host}:{exc.port} ({exc.os_error.strerror or exc.os_error})"
    if isinstance(exc, asyncio.TimeoutError):
        return "it did not answer in time"
    if isinstance(exc, discord.DiscordServerError):
        return f"Discord answered {exc.status} (a server error on its side)"
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


async def serve(settings: BotSettings, library: Library, token: str) -> None:
    """Run the client until it stops; SIGTERM or SIGINT (`docker stop`, systemd, Ctrl-C) let
    the answers in flight finish first. An unreachable or failing Discord at start is tried
    again, `CONNECT_RETRIES` times, waiting `CONNECT_BACKOFF_SECONDS` and twice as long each
    time (at most a minute); a rejected token is not."""
    delay = settings.connect_backoff_seconds
    for attempt in range(settings.connect_retries + 1):
        try:
            async with UndersignedBot(library=library, settings=settings) as client:
                stop_on_signals(client)
                await client.start(token)
            return
        except UNREACHABLE as exc:
            if attempt >= settings.connect_retries:
                raise DiscordUnreachable(_reason(exc)) from exc
            log.warning(
                "cannot reach Discord: %s; trying again in %.0f s (%d of %d)",
                _reason(exc),
                delay,
                attempt + 1,
                settings.connect_retries,
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_BACKOFF)


def stop_on_signals(client: UndersignedBot) -> None:
    """Ask the client to shut down gracefully on SIGTERM and SIGINT."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every platform
            loop.add_signal_handler(sig, client.request_shutdown)


# Libraries whose INFO lines are not the deployer's business (DEBUG shows them all).
_NOISY = ("discord", "aiohttp", "urllib3", "sentence_transformers", "transformers", "filelock")


class _NoVoice(logging.Filter):
    """discord.py warns at every start that voice is unsupported: the bot has no voice."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in record.getMessage()


class Redact(logging.Filter):
    """Secrets out of every log line, at every level: the bot token, and the tokens of
    interactions and webhooks (discord.py logs request URLs and gateway payloads at DEBUG, and
    whoever holds an interaction token can answer as the bot for 15 minutes)."""

    _PATTERNS = (
        (re.compile(r"(/(?:webhooks|interactions)/\d+/)[A-Za-z0-9_.\-]{16,}"), r"\1[redacted]"),
        (re.compile(r"""(["']token["']\s*:\s*["'])[^"']+"""), r"\1[redacted]"),
    )

    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if len(s) >= 8)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        for pattern, replacement in self._PATTERNS:
            text = pattern.sub(replacement, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def quiet_logs(level: str, secrets: tuple[str, ...] = ()) -> None:
    """The bot's log at `level`, with secrets redacted from every line (`Redact`);
    third-party chatter at WARNING, voice warnings and progress bars gone, unless
    LOG_LEVEL=DEBUG. Progress bars only on a terminal."""
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    redact = Redact(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
    if level.upper() != "DEBUG":
        for name in _NOISY:
            logging.getLogger(name).setLevel(logging.WARNING)
        logging.getLogger("discord.client").addFilter(_NoVoice())
    if not sys.stderr.isatty():
        os.environ.setdefault("TQDM_DISABLE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


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
    quiet_logs(settings.log_level, (settings.token or "",))
    token = settings.token
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 1
    engine = Engine(
        settings.seeds_dir,
        settings.data_dir,
        SentenceTransformerEmbedder(
            settings.embedding_model, encoder=settings.encoder, cache_dir=settings.model_cache_dir
        ),
        min_score=DEFAULT_MIN_SCORE if settings.min_score is None else settings.min_score,
        writer_wait=settings.writer_wait,
    )
    try:
        report = engine.ensure_fresh()
        if report is not None:
            log.info("index refreshed: %s", report.summary())
        engine.embedder.embed_queries(["warm up"])  # load the model before connecting
    except UndersignedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    library = Library(
        engine,
        max_upload_bytes=settings.max_attachment_bytes,
        allow_private_urls=settings.allow_private_urls,
    )
    try:
        asyncio.run(serve(settings, library, token))
    except CommandSyncRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except DiscordUnreachable as exc:
        print(
            f"error: cannot reach Discord after {settings.connect_retries + 1} attempts: {exc}. "
            "Check the network (and https://discordstatus.com), then start the bot again.",
            file=sys.stderr,
        )
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
