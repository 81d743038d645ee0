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


def test_a_statement_is_archived_on_disk_before_its_file_is_removed_or_replaced(
    fake_engine: Engine, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    fake_engine.refresh()
    text = (
        "On the harbour strike\n\nWe stand with the dockers of Holm.\n\nSigned by:\nHolm Dockers\n"
    )
    collection.add_statement(fake_engine, "harbour.txt", text.encode(), None)
    events: list[tuple[str, str]] = []
    folders: dict[int, Path] = {}
    real_open, real_fsync, real_close = os.open, os.fsync, os.close
    real_unlink, real_replace = os.unlink, os.replace

    def opener(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, flags, *args, **kwargs)
        if os.path.isdir(path):
            folders[fd] = Path(path).resolve()
        return fd

    def fsync(fd: int) -> None:
        real_fsync(fd)
        folder = folders.get(fd)
        if folder is not None and "archive" in folder.parts:
            events.append(("archive synced", folder.name))

    def close(fd: int) -> None:
        folders.pop(fd, None)
        real_close(fd)

    def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
        events.append(("unlink", Path(path).name))
        real_unlink(path, *args, **kwargs)

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        events.append(("replace", Path(dst).name))
        real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "open", opener)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "close", close)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "replace", replace)
    again = text.replace("Holm.", "Holm and Pier.")
    collection.add_statement(fake_engine, "harbour.txt", again.encode(), None, replace=True)
    collection.remove_statement(fake_engine, "harbour")
    monkeypatch.undo()

    replaced = events.index(("replace", "harbour.txt"))
    removed = events.index(("unlink", "harbour.txt"))
    archived = [i for i, (kind, _) in enumerate(events) if kind == "archive synced"]
    assert next(e for e in events if e[0] == "archive synced")[1].endswith("-replaced-harbour")
    assert any(i < replaced for i in archived)
    assert any(replaced < i < removed and "-removed-" in events[i][1] for i in archived)
