"""Questions at once through Discord: the real discord.py client (the bot) against the fake
Discord API of the tests, on 127.0.0.1, over an index built by `benchmarks.scale` (synthetic
passage vectors) or, without `--work`, over a fresh 1,000-paragraph collection with the model.

    .venv/bin/python -m benchmarks.discord_load [--work DIR] [--at-once 20] [--rounds 10]

Each round sends `--at-once` /ask interactions together; for each, the time to Discord's
acknowledgement and to the answer (the first followup) is recorded. Prints p50/p95/max.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.client import UndersignedBot  # noqa: E402
from bot.config import BotSettings  # noqa: E402
from bot.library import Library  # noqa: E402
from index.config import Settings  # noqa: E402
from index.search import Engine  # noqa: E402
from tests.fake_discord import FakeDiscord, block_non_loopback  # noqa: E402

from .generate import generate  # noqa: E402
from .synthetic import SyntheticDocuments  # noqa: E402


def at(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def run(engine: Engine, questions: list[str], at_once: int, rounds: int) -> None:
    monkeypatch = pytest.MonkeyPatch()
    block_non_loopback(monkeypatch)
    try:
        async with FakeDiscord() as fake:
            fake.redirect(monkeypatch)
            settings = BotSettings(
                _env_file=None,  # type: ignore[call-arg]
                discord_token=fake.token,
                discord_guild_ids=[fake.guilds[0].id],
                seeds_dir=engine.seeds_dir,
                data_dir=engine.store.data_dir,
                ask_cooldown_rate=10_000,
                ask_cooldown_seconds=1,
                force_sync=True,  # a new fake Discord each run knows no commands yet
            )
            client = UndersignedBot(
                library=Library(engine), settings=settings, guild_ready_timeout=0.05
            )
            async with fake.running(client, timeout=120):
                acks: list[float] = []
                answers: list[float] = []

                async def one(question: str) -> None:
                    started = time.perf_counter()
                    rec = await fake.send_command("ask", {"question": question})
                    await rec.callback(timeout=60)
                    acks.append(rec.ack_latency or float("nan"))
                    followup = (await rec.followups(1, timeout=60))[0]
                    if not followup.ok:
                        raise SystemExit(f"answer failed: {followup.status} {followup.body}")
                    answers.append(time.perf_counter() - started)

                await one(questions[0])  # warm: the first question pays for lazy structures
                acks.clear()
                answers.clear()
                for r in range(rounds):
                    chunk = [questions[(r * at_once + i) % len(questions)] for i in range(at_once)]
                    await asyncio.gather(*(one(q) for q in chunk))
            fake.assert_no_violations()
    finally:
        monkeypatch.undo()
    print(f"{rounds} rounds of {at_once} /ask at once through the fake Discord:")
    print(
        f"  acknowledged  p50 {statistics.median(acks) * 1000:7.1f} ms  "
        f"p95 {at(acks, 95) * 1000:7.1f} ms  max {max(acks) * 1000:7.1f} ms"
    )
    print(
        f"  answered      p50 {statistics.median(answers) * 1000:7.1f} ms  "
        f"p95 {at(answers, 95) * 1000:7.1f} ms  max {max(answers) * 1000:7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=None, help="a benchmarks.scale folder")
    parser.add_argument("--at-once", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    if args.work is not None:
        seeds, data = args.work / "seeds", args.work / "data"
        settings = Settings.from_env(seeds_dir=seeds, data_dir=data)
        engine = Engine.from_settings(settings, SyntheticDocuments(settings.embedder()))
        questions_file = args.work / "seeds-questions.txt"
    else:
        work = Path(tempfile.mkdtemp(prefix="undersigned-discord-"))
        generate(work / "seeds", 1000)
        settings = Settings.from_env(seeds_dir=work / "seeds", data_dir=work / "data")
        engine = Engine.from_settings(settings)
        questions_file = work / "seeds-questions.txt"
    engine.ensure_fresh()
    print(f"{len(engine.snapshot.passages)} passages")
    questions = [q for q in questions_file.read_text(encoding="utf-8").splitlines() if q]
    asyncio.run(run(engine, questions, args.at_once, args.rounds))


if __name__ == "__main__":
    main()
