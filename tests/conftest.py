"""Shared fixtures: a deterministic fake embedder, copies of the seeds, the real model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index.embedding import SentenceTransformerEmbedder
from index.search import Engine

from .support import SEEDS, FakeEmbedder


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
