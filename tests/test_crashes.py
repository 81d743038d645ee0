"""SIGKILL at each stage of a build, an add and a remove (tests/crash_driver.py kills itself
there): the previous index — or the new one, once CURRENT names it — loads and answers, every
statement file is whole, and the next build completes and leaves no leftover."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from index.search import Engine

from .support import HARBOUR, ROOT, SEEDS, FakeEmbedder

HARBOUR_AGAIN = HARBOUR.replace("their pensions", "their pensions and their jobs")
QUESTION = "why did the dock workers stop work"


def _driver(seeds: Path, data: Path, action: str, stage: str, *extra: str) -> int:
    done = subprocess.run(
        [sys.executable, "-m", "tests.crash_driver", str(seeds), str(data), action, stage, *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "finished without being killed" not in done.stdout, (stage, done.stderr)
    return done.returncode


def _top(engine: Engine) -> str:
    hits = engine.ask(QUESTION, k=1).hits
    return hits[0].text if hits else ""


def _leftovers(seeds: Path, data: Path) -> list[str]:
    found = [p.name for p in seeds.iterdir() if p.name.startswith(".")]
    found += [p.name for p in data.iterdir() if p.name.startswith(".CURRENT.")]
    found += [p.name for p in (data / "generations").iterdir() if p.name.startswith(".")]
    return found


def _seeds_whole(seeds: Path, allowed: dict[str, set[str]]) -> None:
    """Every statement file is one of the versions a writer could have left, never a part."""
    originals = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir() if p.is_file()}
    for path in seeds.iterdir():
        if path.name.startswith("."):
            continue
        text = path.read_text(encoding="utf-8")
        assert text in allowed.get(path.name, {originals.get(path.name, "")}), path.name


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, str]:
    """Seeds with an index built over them (the harbour statement not yet among them)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    engine = Engine(seeds, tmp_path / "data", FakeEmbedder(), min_score=-1.0)
    engine.refresh()
    return seeds, tmp_path / "data", _top(engine)


BUILD_STAGES = ["parse", "encode", "vectors", "sqlite", "bm25", "before-swap", "after-swap"]


@pytest.mark.parametrize("stage", [*BUILD_STAGES, "after-current"])
def test_a_build_killed_at_each_stage(folders: tuple[Path, Path, str], stage: str):
    seeds, data, before = folders
    (seeds / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    assert _driver(seeds, data, "build", stage) == -signal.SIGKILL
    engine = Engine(seeds, data, FakeEmbedder(), min_score=-1.0)
    snapshot = engine.snapshot  # loads, as it stands: no build ran since the kill
    top = _top(engine)
    if stage == "after-current":
        assert "harbour" in snapshot.statements and "Port Ellery" in top
    else:
        assert "harbour" not in snapshot.statements and top == before
    report = engine.refresh()
    assert "Port Ellery" in _top(engine)
    assert report.rebuilt == (stage != "after-current")
    assert _leftovers(seeds, data) == []
    _seeds_whole(seeds, {"harbour.txt": {HARBOUR}})


@pytest.mark.parametrize("stage", ["upload", "saved", *BUILD_STAGES])
def test_an_add_replacing_a_statement_killed_at_each_stage(
    folders: tuple[Path, Path, str], stage: str, tmp_path: Path
):
    seeds, data, _ = folders
    (seeds / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    engine = Engine(seeds, data, FakeEmbedder(), min_score=-1.0)
    engine.refresh()
    before = _top(engine)
    upload = tmp_path / "upload" / "harbour.txt"
    upload.parent.mkdir()
    upload.write_text(HARBOUR_AGAIN, encoding="utf-8")
    assert _driver(seeds, data, "add", stage, str(upload)) == -signal.SIGKILL
    _seeds_whole(seeds, {"harbour.txt": {HARBOUR, HARBOUR_AGAIN}})
    saved = (seeds / "harbour.txt").read_text(encoding="utf-8")
    assert saved == (HARBOUR if stage == "upload" else HARBOUR_AGAIN)
    archived = list((data / "archive").glob("*-replaced-harbour/harbour.txt"))
    assert [p.read_text(encoding="utf-8") for p in archived] == [HARBOUR]
    again = Engine(seeds, data, FakeEmbedder(), min_score=-1.0)
    assert _top(again) == before  # the index as it was
    again.refresh()
    assert "and their jobs" in _top(again) or stage == "upload"
    assert _leftovers(seeds, data) == []


@pytest.mark.parametrize(
    "stage", ["archived", "saved", "before-swap", "after-swap", "after-current"]
)
def test_a_remove_killed_at_each_stage(folders: tuple[Path, Path, str], stage: str):
    seeds, data, _ = folders
    (seeds / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    engine = Engine(seeds, data, FakeEmbedder(), min_score=-1.0)
    engine.refresh()
    assert _driver(seeds, data, "remove", stage, "harbour") == -signal.SIGKILL
    archived = list((data / "archive").glob("*-removed-harbour/harbour.txt"))
    assert [p.read_text(encoding="utf-8") for p in archived] == [HARBOUR]  # never lost
    if stage == "archived":
        assert (seeds / "harbour.txt").read_text(encoding="utf-8") == HARBOUR
    else:
        assert not (seeds / "harbour.txt").exists()
    again = Engine(seeds, data, FakeEmbedder(), min_score=-1.0)
    # The index as it was (or, once CURRENT names the new one, without it).
    assert ("harbour" in again.snapshot.statements) == (stage != "after-current")
    again.refresh()
    assert ("harbour" in again.snapshot.statements) == (stage == "archived")
    assert _leftovers(seeds, data) == []
