"""Power loss: every rename that makes something live (a generation, CURRENT, a statement
file) is followed by an fsync of the folder that holds it, or the rename may be lost while what
depends on it survives. Checked by wrapping the system calls."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from index import collection
from index.search import Engine


def test_every_rename_is_followed_by_an_fsync_of_its_folder(
    fake_engine: Engine, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    events: list[tuple[str, Path | None]] = []
    folders: dict[int, Path] = {}
    real_replace, real_open, real_fsync, real_close = os.replace, os.open, os.fsync, os.close

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        real_replace(src, dst, *args, **kwargs)
        events.append(("replace", Path(dst).resolve().parent))

    def opener(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, flags, *args, **kwargs)
        if os.path.isdir(path):
            folders[fd] = Path(path).resolve()
        return fd

    def fsync(fd: int) -> None:
        real_fsync(fd)
        events.append(("fsync", folders.get(fd)))

    def close(fd: int) -> None:
        folders.pop(fd, None)
        real_close(fd)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "open", opener)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "close", close)

    fake_engine.refresh()  # the first generation and CURRENT
    text = (
        "On the harbour strike\n\nWe stand with the dockers of Holm.\n\nSigned by:\nHolm Dockers\n"
    )
    name, sidecar = collection.check_statement("harbour.txt", text.encode(), title="Harbour")
    collection.add_statement(fake_engine, name, text.encode(), sidecar)
    (seeds_dir / "pier.txt").write_text(text.replace("Holm", "Pier"), encoding="utf-8")
    fake_engine.refresh()
    monkeypatch.undo()

    renames = [i for i, (kind, _) in enumerate(events) if kind == "replace"]
    assert len(renames) >= 5  # two generations and CURRENTs, a statement file
    for i in renames:
        folder = events[i][1]
        assert ("fsync", folder) in events[i + 1 :], f"no fsync of {folder} after its rename"
