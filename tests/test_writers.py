"""One writer at a time: builds, the CLI's add and remove and the bot's moderator commands share
one lock across threads and processes; a second writer waits (bounded), then is refused with a
message that names the holder. Nothing is written by a refused writer."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from index import collection
from index.errors import BuildInProgress
from index.search import Engine
from index.store import Store

from .support import ROOT, FakeEmbedder

STATEMENT = (
    "Statement on the tram fares\n\n"
    "The fare rise on the Velmora trams falls on those who can least afford it.\n"
    "We call on the city council to freeze fares for a year.\n\n"
    "Velmora Riders Union\n"
)


def test_a_writer_refused_after_its_wait_names_the_holder_and_writes_nothing(
    held: tuple[Path, subprocess.Popen[bytes]], seeds_dir: Path
):
    data, proc = held
    engine = Engine(seeds_dir, data, FakeEmbedder(), writer_wait=0.3)
    waited: list[str] = []
    engine.store.on_wait = waited.append
    before = sorted(p.name for p in seeds_dir.iterdir())
    name, sidecar = collection.check_statement("tram-fares.txt", STATEMENT.encode())
    started = time.monotonic()
    with pytest.raises(BuildInProgress) as refused:
        collection.add_statement(engine, name, STATEMENT.encode(), sidecar)
    assert time.monotonic() - started < 20  # bounded: 0.3 s asked
    message = str(refused.value)
    assert "python -m index build" in message and f"process {proc.pid}" in message
    assert "try again" in message
    assert waited == [waited[0]] and "python -m index build" in waited[0]
    assert sorted(p.name for p in seeds_dir.iterdir()) == before
    assert not (data / "generations").exists()
    with pytest.raises(BuildInProgress, match="python -m index build"):
        engine.refresh()


def test_the_cli_add_waits_then_refuses_while_another_process_writes(
    held: tuple[Path, subprocess.Popen[bytes]], seeds_dir: Path, tmp_path: Path
):
    data, _ = held
    new = tmp_path / "tram-fares.txt"
    new.write_text(STATEMENT, encoding="utf-8")
    env = {**os.environ, "SEEDS_DIR": str(seeds_dir), "DATA_DIR": str(data), "WRITER_WAIT": "0.5"}
    done = subprocess.run(
        [sys.executable, "-m", "index", "add", str(new)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "waiting for python -m index build" in done.stderr
    assert "error: The collection is being changed by python -m index build" in done.stderr
    assert not (seeds_dir / "tram-fares.txt").exists()


def test_a_writer_waits_for_the_holder_then_goes_on(seeds_dir: Path, tmp_path: Path):
    """Within its wait, a second writer simply runs after the first."""
    first = Engine(seeds_dir, tmp_path / "data", FakeEmbedder())
    second = Engine(seeds_dir, tmp_path / "data", FakeEmbedder(), writer_wait=30)
    first.refresh()
    order: list[str] = []
    taken = threading.Event()

    def hold() -> None:
        with first.store.writer("the first writer"):
            taken.set()
            time.sleep(0.5)
            order.append("first done")

    thread = threading.Thread(target=hold)
    thread.start()
    assert taken.wait(10)
    name, sidecar = collection.check_statement("tram-fares.txt", STATEMENT.encode())
    added = collection.add_statement(second, name, STATEMENT.encode(), sidecar)
    order.append("added")
    thread.join(10)
    assert order == ["first done", "added"]
    assert added.statement.id == "tram-fares"
    assert "tram-fares" in first.store.statement_ids()


def test_two_adds_of_one_name_at_once_give_one_statement_and_one_refusal(
    seeds_dir: Path, tmp_path: Path
):
    """The check for an existing statement and the write are one step under the lock: of two
    writers adding the same id at once (two engines, as the CLI beside the bot), one adds and
    the other is told it exists; neither overwrites the other."""
    engines = [Engine(seeds_dir, tmp_path / "data", FakeEmbedder()) for _ in range(2)]
    engines[0].refresh()
    texts = [STATEMENT, STATEMENT.replace("for a year", "for two years")]
    barrier = threading.Barrier(2, timeout=10)
    outcome: list[str] = ["", ""]

    def add(i: int) -> None:
        name, sidecar = collection.check_statement("tram-fares.txt", texts[i].encode())
        barrier.wait()
        try:
            collection.add_statement(engines[i], name, texts[i].encode(), sidecar)
            outcome[i] = "added"
        except collection.StatementExists:
            outcome[i] = "exists"

    threads = [threading.Thread(target=add, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcome) == ["added", "exists"]
    winner = outcome.index("added")
    assert (seeds_dir / "tram-fares.txt").read_text(encoding="utf-8") == texts[winner]
    stored = engines[1 - winner].statement("tram-fares")
    assert stored.paragraphs[-1].text == texts[winner].splitlines()[3]


def test_the_lock_is_reentrant_for_its_holder_and_released_after_an_error(tmp_path: Path):
    store = Store(tmp_path / "data", writer_wait=0.2)
    with store.writer("outer"), store.writer("inner"):
        assert "outer" in (store.lock_holder() or "")
    with pytest.raises(RuntimeError), store.writer("failing"):
        raise RuntimeError("boom")
    assert store.lock_holder() is None  # released and its note cleared
    other = Store(tmp_path / "data", writer_wait=0.2)
    with other.writer("next"):
        pass
