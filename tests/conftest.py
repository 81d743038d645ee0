"""Shared fixtures: a deterministic fake embedder, copies of the seeds, the real model."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedding import SentenceTransformerEmbedder
from index.search import Engine

from .support import ROOT, SEEDS, FakeEmbedder


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A writable copy of the project's seeds."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def fake_engine(seeds_dir: Path, tmp_path: Path, fake_embedder: FakeEmbedder) -> Engine:
    """An engine over a copy of the seeds with the fake embedder (min score 0: every hit counts)."""
    return Engine(seeds_dir, tmp_path / "data", fake_embedder, min_score=-1.0)


@pytest.fixture(scope="session")
def real_embedder() -> SentenceTransformerEmbedder:
    """The real all-MiniLM-L6-v2, loaded once for the session."""
    embedder = SentenceTransformerEmbedder()
    assert embedder.dimension == 384
    return embedder


@pytest.fixture(scope="session")
def real_engine(
    tmp_path_factory: pytest.TempPathFactory, real_embedder: SentenceTransformerEmbedder
) -> Engine:
    """An engine over the project's seeds with the real model, built once for the session."""
    base = tmp_path_factory.mktemp("real")
    seeds = base / "seeds"
    shutil.copytree(SEEDS, seeds)
    engine = Engine(seeds, base / "data", real_embedder)
    engine.refresh()
    return engine


HOLDER = """
import sys, time
from pathlib import Path
from index.store import Store
data, ready, release = (Path(a) for a in sys.argv[1:4])
with Store(data).writer("python -m index build"):
    ready.write_text("held")
    for _ in range(600):  # at most 60 s
        if release.exists():
            break
        time.sleep(0.1)
"""


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    """Another process holding the writers' lock of `tmp_path / "data"` until the test ends."""
    data = tmp_path / "data"
    ready, release = tmp_path / "ready", tmp_path / "release"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data), str(ready), str(release)], cwd=ROOT
    )
    try:
        for _ in range(300):
            if ready.exists() or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert ready.exists(), "the holder never took the lock"
        yield data, proc
    finally:
        release.write_text("go")
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
