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


class Syscalls:
    """Records renames, unlinks and fsyncs (of folders: by path; of files: None) in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, Path | None]] = []
        self._folders: dict[int, Path] = {}
        real_replace, real_open, real_fsync = os.replace, os.open, os.fsync
        real_close, real_unlink = os.close, os.unlink

        def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            real_replace(src, dst, *args, **kwargs)
            self.events.append(("replace", Path(dst).resolve()))

        def opener(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            fd = real_open(path, flags, *args, **kwargs)
            if os.path.isdir(path):
                self._folders[fd] = Path(path).resolve()
            return fd

        def fsync(fd: int) -> None:
            real_fsync(fd)
            self.events.append(("fsync", self._folders.get(fd)))

        def close(fd: int) -> None:
            self._folders.pop(fd, None)
            real_close(fd)

        def unlink(path: Any, *args: Any, **kwargs: Any) -> None:
            self.events.append(("unlink", Path(path).resolve()))
            real_unlink(path, *args, **kwargs)

        for name, wrapper in (
            ("replace", replace),
            ("open", opener),
            ("fsync", fsync),
            ("close", close),
            ("unlink", unlink),
        ):
            monkeypatch.setattr(os, name, wrapper)


def test_every_rename_is_followed_by_an_fsync_of_its_folder(
    fake_engine: Engine, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    calls = Syscalls(monkeypatch)
    fake_engine.refresh()  # the first generation and CURRENT
    text = (
        "On the harbour strike\n\nWe stand with the dockers of Holm.\n\nSigned by:\nHolm Dockers\n"
    )
    name, sidecar = collection.check_statement("harbour.txt", text.encode(), title="Harbour")
    collection.add_statement(fake_engine, name, text.encode(), sidecar)
    (seeds_dir / "pier.txt").write_text(text.replace("Holm", "Pier"), encoding="utf-8")
    fake_engine.refresh()
    monkeypatch.undo()

    events = calls.events
    renames = [i for i, (kind, _) in enumerate(events) if kind == "replace"]
    assert len(renames) >= 5  # two generations and CURRENTs, a statement file
    for i in renames:
        target = events[i][1]
        assert target is not None
        assert ("fsync", target.parent) in events[i + 1 :], f"no fsync after renaming {target}"


def test_a_statement_is_archived_on_disk_before_its_file_is_removed_or_replaced(
    fake_engine: Engine, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    fake_engine.refresh()
    text = (
        "On the harbour strike\n\nWe stand with the dockers of Holm.\n\nSigned by:\nHolm Dockers\n"
    )
    collection.add_statement(fake_engine, "harbour.txt", text.encode(), None)
    calls = Syscalls(monkeypatch)
    again = text.replace("Holm.", "Holm and Pier.")
    collection.add_statement(fake_engine, "harbour.txt", again.encode(), None, replace=True)
    collection.remove_statement(fake_engine, "harbour")
    monkeypatch.undo()

    events = calls.events
    statement = (seeds_dir / "harbour.txt").resolve()
    replaced = events.index(("replace", statement))
    removed = events.index(("unlink", statement))
    synced = [(i, f) for i, (kind, f) in enumerate(events) if kind == "fsync" and f is not None]
    archived = [(i, f.name) for i, f in synced if "archive" in f.parts]
    assert any(i < replaced and n.endswith("-replaced-harbour") for i, n in archived)
    assert any(replaced < i < removed and n.endswith("-removed-harbour") for i, n in archived)
