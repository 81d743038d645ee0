"""Symbolic links in the statements folder are never followed: one leading out of the folder
must not make the bot quote a file nobody put in it, and one to a statement of the folder must
not index it twice. Each is reported by name."""

from __future__ import annotations

import os
from pathlib import Path

from index.search import Engine

from .support import JOINT, LETTER

SECRET = (
    "Deployment secrets\n\n"
    "The quartermaster password is tangerine-walrus-1987 and nobody may read it.\n\n"
    "Signed by:\nSecret Society of Osovia\n"
)


def test_links_are_reported_and_never_read(fake_engine: Engine, seeds_dir: Path, tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "secret.toml").write_text('title = "Stolen title"\n', encoding="utf-8")
    os.symlink(outside / "secret.txt", seeds_dir / "passwords.txt")
    os.symlink(outside, seeds_dir / "elsewhere")
    os.symlink(seeds_dir / f"{LETTER}.txt", seeds_dir / "again.txt")
    os.symlink(tmp_path / "missing.txt", seeds_dir / "dangling.txt")
    # a sidecar that leads out: the statement keeps its own metadata
    os.symlink(outside / "secret.toml", seeds_dir / f"{JOINT}.toml")

    report = fake_engine.refresh()
    reasons = {s.file_name: s.reason for s in report.skipped}
    assert "leads out of the statements folder" in reasons["passwords.txt"]
    assert "leads out of the statements folder" in reasons["elsewhere"]
    assert "leads out of the statements folder" in reasons[f"{JOINT}.toml"]
    assert reasons["again.txt"] == f"is a link to {LETTER}.txt, which is read as itself"
    assert "link to nothing" in reasons["dangling.txt"]
    assert set(fake_engine.snapshot.statements) == {LETTER, JOINT}
    assert fake_engine.statement(JOINT).title != "Stolen title"
    assert not any("tangerine" in p.text for p in fake_engine.snapshot.passages)
    answer = fake_engine.ask("quartermaster password tangerine walrus")
    assert not any("tangerine" in h.text for h in answer.hits)
    found = fake_engine.lookup("Secret Society of Osovia")
    assert found.name is None and not found.appearances
    # The links stay reported on the next refresh, which has nothing to do.
    again = fake_engine.refresh()
    assert again.rebuilt is False
    assert {s.file_name for s in again.skipped} >= {"passwords.txt", "again.txt"}
