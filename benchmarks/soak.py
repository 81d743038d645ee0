"""A bounded soak: the real discord.py client (the bot) against the fake Discord API of the
tests, on 127.0.0.1, with the real model, answering `--asks` /ask while moderators add, remove
and reindex statements through Discord and a CLI `build` runs beside it in a loop.

    .venv/bin/python -m benchmarks.soak [--asks 1000] [--at-once 4] [--paragraphs 600]

Checks, and prints with figures: every interaction acknowledged within 3 s; no error (every
answer and moderator command succeeded, the bot logged no exception); every answer read from one
complete generation (each quoted passage is, word for word, its statement's text at the offsets
claimed in the generation the answer names); resident memory at the start, the end and the
peak. Exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.client import UndersignedBot  # noqa: E402
from bot.config import BotSettings  # noqa: E402
from bot.library import Library  # noqa: E402
from index.config import Settings  # noqa: E402
from index.models import Answer  # noqa: E402
from index.search import Engine  # noqa: E402
from index.store import Snapshot, Store  # noqa: E402
from tests.fake_discord import MEMBER_PERMISSIONS, FakeDiscord, block_non_loopback  # noqa: E402

from .generate import generate  # noqa: E402

ACK_LIMIT = 3.0
MANAGE_GUILD = 1 << 5
MODERATOR: dict[str, Any] = {"member_permissions": MEMBER_PERMISSIONS | MANAGE_GUILD}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Checked(Library):
    """The bot's library, checking each answer against the generation it names, in the worker
    thread, as soon as it is made (before a later build can prune that generation)."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.verified = 0
        self.passages = 0
        self.pruned = 0
        self.failures: list[str] = []
        self._store = Store(engine.store.data_dir)
        self._texts: dict[str, dict[str, str]] = {}  # generation: statement texts
        self._lock = threading.Lock()

    def _text(self, generation: str, statement_id: str) -> str | None:
        if generation not in self._texts:
            opened = self._store.open(generation)
            assert opened is not None
            texts: dict[str, str] = {}
            for segment in opened.segments:
                statements, _ = segment.read()
                texts.update(
                    (sid, s.text) for sid, s in statements.items() if sid not in segment.dead
                )
            self._texts[generation] = texts
            while len(self._texts) > 4:  # the harness keeps only the latest generations
                del self._texts[next(iter(self._texts))]
        return self._texts[generation].get(statement_id)

    def _check(self, answer: Answer) -> None:
        try:
            with self._lock:
                for hit in answer.hits:
                    text = self._text(answer.generation, hit.statement_id)
                    if text is None:
                        self.failures.append(
                            f"{answer.question!r}: {hit.statement_id} not in {answer.generation}"
                        )
                    elif text[hit.start : hit.end] != hit.text:
                        self.failures.append(f"{answer.question!r}: {hit.citation} not verbatim")
                    self.passages += 1
                self.verified += 1
        except Exception:  # the generation was pruned by a later build meanwhile
            self.pruned += 1

    async def ask(self, question: str, k: int, **kwargs: Any) -> Answer:
        def answer() -> Answer:
            made = self.engine.ask(question, k, **kwargs)
            self._check(made)
            return made

        return await asyncio.to_thread(answer)


class Errors(logging.Handler):
    """Every error the bot logs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


def cli_builds(seeds: Path, data: Path, stop: threading.Event, done: list[float]) -> None:
    """The command line beside the bot, in a loop: `add` a statement of its own, `build`,
    `remove` it, `build` — each through the writers' lock, as a deployer's script would."""
    env = {**os.environ, "SEEDS_DIR": str(seeds), "DATA_DIR": str(data), "TQDM_DISABLE": "1"}
    upload = data.parent / "cli-upload"
    upload.mkdir(exist_ok=True)
    i = 0
    while not stop.is_set() and i < 400:
        step = i % 4
        if step == 0:
            path = upload / f"cli-{i // 4 % 3}.txt"
            path.write_text(
                f"Statement {i} of the dock committee\n\nThe dockers of Ellery meet on day {i} "
                "to plan the strike and the solidarity fund.\n\nSigned by:\nEllery Dock "
                "Committee\n",
                encoding="utf-8",
            )
            args = ["add", str(path), "--replace"]
        elif step == 2:
            args = ["remove", f"cli-{i // 4 % 3}"]
        else:
            args = ["build"]
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "index", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if run.returncode != 0:
            raise SystemExit(f"CLI {' '.join(args)} failed: {run.stderr[-2000:]}")
        if args[0] == "build":
            done.append(time.perf_counter() - started)
        i += 1
        stop.wait(1.0)


def statement_text(n: int) -> bytes:
    return (
        f"Statement {n} on the harbour strike\n\nThe dock workers of Port Ellery ({n}) have "
        "stopped work to defend their pensions.\nWe call on every union to send delegations to "
        "the picket lines.\n\nHarbour Workers Federation\nEllery Tenants League\n"
    ).encode()


async def soak(
    engine: Engine, questions: list[str], asks: int, at_once: int, trace: bool = False
) -> int:
    monkeypatch = pytest.MonkeyPatch()
    block_non_loopback(monkeypatch)
    errors = Errors()
    logging.getLogger().addHandler(errors)
    library = Checked(engine)
    acks: list[float] = []
    answered: list[float] = []
    moderation: list[tuple[str, float, str]] = []
    failures: list[str] = []
    memory: list[float] = []
    base: tracemalloc.Snapshot | None = None
    try:
        async with FakeDiscord() as fake:
            fake.redirect(monkeypatch)
            settings = BotSettings(
                _env_file=None,  # type: ignore[call-arg]
                discord_token=fake.token,  # type: ignore[arg-type]
                discord_guild_ids=[fake.guilds[0].id],
                seeds_dir=engine.seeds_dir,
                data_dir=engine.store.data_dir,
                ask_cooldown_rate=100_000,
                ask_cooldown_seconds=1,
                force_sync=True,
            )
            client = UndersignedBot(library=library, settings=settings, guild_ready_timeout=0.05)
            async with fake.running(client, timeout=120):

                async def ask(question: str) -> None:
                    started = time.perf_counter()
                    rec = await fake.send_command("ask", {"question": question})
                    await rec.callback(timeout=60)
                    acks.append(rec.ack_latency or float("inf"))
                    reply = (await rec.followups(1, timeout=120))[0]
                    answered.append(time.perf_counter() - started)
                    if not reply.ok or "went wrong" in str(reply.body):
                        failures.append(f"/ask {question!r}: {reply.status} {reply.body}")

                async def moderate(name: str, options: dict[str, Any]) -> None:
                    started = time.perf_counter()
                    rec = await fake.send_command(name, options, **MODERATOR)
                    await rec.callback(timeout=60)
                    acks.append(rec.ack_latency or float("inf"))
                    replies = await rec.settled(quiet=0.2, timeout=600)
                    for _ in range(600):  # at most 10 minutes: a build may be waited for
                        if any(r.kind in ("followup", "edit") for r in replies):
                            break
                        await asyncio.sleep(1.0)
                        replies = await rec.settled(quiet=0.2, timeout=600)
                    text = " ".join(str(r.body) for r in replies)
                    moderation.append((name, time.perf_counter() - started, text[:200]))
                    if (
                        "went wrong" in text
                        or "cannot" in text
                        or not any(r.kind in ("followup", "edit") for r in replies)
                    ):
                        failures.append(f"/{name}: {text[:500]}")

                await ask(questions[0])  # warm up
                acks.clear()
                answered.clear()
                memory.append(rss_mb())
                added: list[str] = []
                sent = 0
                batches = 0
                cycle = 0
                rng = random.Random(7)
                while sent < asks:
                    batch = [questions[rng.randrange(len(questions))] for _ in range(at_once)]
                    tasks = [ask(q) for q in batch]
                    batches += 1
                    if batches % 12 == 0:  # about every 50 questions
                        cycle += 1
                        kind = cycle % 3
                        if kind == 1:
                            attachment = fake.add_attachment(
                                f"soak-{cycle}.txt", statement_text(cycle)
                            )
                            tasks.append(moderate("add-statement", {"file": attachment}))
                            added.append(f"soak-{cycle}")
                        elif kind == 2 and added:
                            tasks.append(moderate("remove-statement", {"statement": added.pop()}))
                        else:
                            tasks.append(moderate("reindex", {}))
                    await asyncio.gather(*tasks)
                    sent += at_once
                    if trace and sent == 500:
                        tracemalloc.start(30)
                        base = tracemalloc.take_snapshot()
                    if sent % 100 < at_once:
                        memory.append(rss_mb())
                        print(
                            f"  {sent} asked, RSS {memory[-1]:.0f} MB, {len(failures)} failures",
                            flush=True,
                        )
                if trace and base is not None:
                    grown = tracemalloc.take_snapshot().compare_to(base, "traceback")
                    print("  where memory grew since question 500 (tracemalloc):")
                    for stat in grown[:12]:
                        print(f"    {stat.size_diff / 1e6:+7.2f} MB  {stat.count_diff:+7d} blocks")
                        for line in stat.traceback.format()[-30:]:
                            print(f"        {line}")
            fake.assert_no_violations()
            fake.assert_no_pings()
    finally:
        logging.getLogger().removeHandler(errors)
        monkeypatch.undo()
    memory.append(rss_mb())
    gc.collect()
    snapshots = sum(isinstance(o, Snapshot) for o in gc.get_objects())
    maps = Path("/proc/self/maps").read_text().splitlines()
    mapped = {line.split()[-1] for line in maps if line.endswith(".npy")}
    late = [a for a in acks if a > ACK_LIMIT]
    failures.extend(library.failures)
    failures.extend(errors.records)

    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]

    print(f"{len(answered)} /ask answered, {len(moderation)} moderator commands")
    print(
        f"  acknowledged  p50 {pct(acks, 50) * 1000:7.1f} ms  p95 {pct(acks, 95) * 1000:7.1f} ms"
        f"  max {max(acks) * 1000:7.1f} ms  (over {ACK_LIMIT:.0f} s: {len(late)})"
    )
    print(
        f"  answered      p50 {pct(answered, 50) * 1000:7.1f} ms  "
        f"p95 {pct(answered, 95) * 1000:7.1f} ms  max {max(answered) * 1000:7.1f} ms"
    )
    for name in ("add-statement", "remove-statement", "reindex"):
        times = [t for n, t, _ in moderation if n == name]
        if times:
            print(f"  /{name:<17} {len(times):3d} times, max {max(times):6.2f} s")
    print(
        f"  answers checked against their generation: {library.verified} "
        f"({library.passages} passages), generation pruned before the check: {library.pruned}"
    )
    print(
        f"  RSS after warm-up {memory[0]:.0f} MB, at the end {memory[-1]:.0f} MB, "
        f"peak {max(memory):.0f} MB (growth {memory[-1] - memory[0]:+.0f} MB)"
    )
    print(
        f"  index generations held in memory at the end: {snapshots}; "
        f"array files mapped: {len(mapped)}"
    )
    print(f"  failures: {len(failures) + len(late)}")
    for failure in failures[:20]:
        print(f"    {failure}")
    return 1 if failures or late else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asks", type=int, default=1000)
    parser.add_argument("--at-once", type=int, default=4)
    parser.add_argument("--paragraphs", type=int, default=600)
    parser.add_argument(
        "--trace", action="store_true", help="print where memory grew after question 500"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="undersigned-soak-"))
    try:
        generate(work / "seeds", args.paragraphs)
        for seed in (ROOT / "seeds").iterdir():
            if seed.is_file():
                shutil.copy(seed, work / "seeds" / seed.name)
        settings = Settings.from_env(seeds_dir=work / "seeds", data_dir=work / "data")
        engine = Engine.from_settings(settings)
        engine.ensure_fresh()
        questions = [
            q for q in (work / "seeds-questions.txt").read_text(encoding="utf-8").splitlines() if q
        ]
        print(
            f"{len(engine.snapshot.statements)} statements, {len(engine.snapshot.passages)} "
            f"passages; {args.asks} /ask, {args.at_once} at once, with a CLI build in a loop"
        )
        stop = threading.Event()
        builds: list[float] = []
        builder = threading.Thread(
            target=cli_builds, args=(work / "seeds", work / "data", stop, builds), daemon=True
        )
        builder.start()
        try:
            status = asyncio.run(soak(engine, questions, args.asks, args.at_once, args.trace))
        finally:
            stop.set()
            builder.join(timeout=600)
        print(f"  CLI builds beside the bot: {len(builds)}, max {max(builds, default=0):.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
