"""Run one writer (a build, an add or a remove) and SIGKILL this process at a chosen point.

    python -m tests.crash_driver SEEDS DATA ACTION STAGE [FILE]

ACTION is build, add (FILE: the statement to add, replacing one of the same name) or remove
(FILE: the statement id). STAGE names where the process kills itself (see STAGES); it wraps
the engine's own functions, so the code that runs is the code users run, up to the kill.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from index import build, collection, retrieval, store
from index.search import Engine

from .support import FakeEmbedder


def _die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _before(owner: Any, name: str, when: Callable[..., bool] = lambda *a, **k: True) -> None:
    """Kill on entering `owner.name` (when `when(*args)` holds)."""
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if when(*args, **kwargs):
            _die()
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def _after(owner: Any, name: str, when: Callable[..., bool] = lambda *a, **k: True) -> None:
    """Kill on leaving `owner.name` (when `when(*args)` holds)."""
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if when(*args, **kwargs):
            _die()
        return result

    setattr(owner, name, wrapper)


def _nth(n: int) -> Callable[..., bool]:
    calls = 0

    def when(*args: Any, **kwargs: Any) -> bool:
        nonlocal calls
        calls += 1
        return calls == n

    return when


class _Embedder(FakeEmbedder):
    """Dies on its first batch at the "encode" stage."""

    crash = False

    def embed_documents(self, texts: Any) -> Any:
        if self.crash:
            _die()
        return super().embed_documents(texts)


def _is_generation(source: Any, target: Any) -> bool:
    return Path(source).name.startswith(".tmp-")


def _is_current(path: Any, *args: Any) -> bool:
    return Path(path).name == "CURRENT"


def _is_statement(source: Any, target: Any) -> bool:
    return Path(source).name.endswith(".upload")


STAGES: dict[str, Callable[[_Embedder], None]] = {
    # a build
    "parse": lambda e: _before(build, "load_statement", _nth(1)),
    "encode": lambda e: setattr(e, "crash", True),
    "vectors": lambda e: _before(store, "_write_sqlite"),  # vectors written, SQLite not
    "sqlite": lambda e: _after(store, "_write_sqlite"),  # SQLite written, BM25 not
    "bm25": lambda e: _before(retrieval.np, "save", _nth(3)),  # BM25 half written
    "before-swap": lambda e: _before(store.os, "replace", _is_generation),
    "after-swap": lambda e: _before(store, "_atomic_write", _is_current),
    "after-current": lambda e: _before(store.Store, "_prune"),
    # an add: the statement file half way, then in place before the index knows it
    "upload": lambda e: _before(collection.os, "replace", _is_statement),
    "saved": lambda e: _before(Engine, "refresh", _nth(1)),
    # a remove: archived, not yet unlinked; unlinked, not yet reindexed
    "archived": lambda e: _before(collection.Path, "unlink", _nth(1)),
}


def main(argv: list[str]) -> int:
    seeds, data, action, stage = Path(argv[0]), Path(argv[1]), argv[2], argv[3]
    embedder = _Embedder()
    engine = Engine(seeds, data, embedder, min_score=-1.0)
    STAGES[stage](embedder)
    if action == "build":
        engine.refresh(warm=False)
    elif action == "add":
        path = Path(argv[4])
        name, sidecar = collection.check_statement(path.name, path.read_bytes())
        collection.add_statement(engine, name, path.read_bytes(), sidecar, replace=True)
    elif action == "remove":
        collection.remove_statement(engine, argv[4])
    print("finished without being killed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
