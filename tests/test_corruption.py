"""Damaged index files: every file of a generation is checked against the checksum its manifest
holds; a damaged one is reported by name, the index is rebuilt from the statements folder
(intact segments kept) or, when that cannot be done now, answered from the newest intact
generation; the next question is answered as before the damage."""

from __future__ import annotations

import json
import logging
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from index.embedding import SentenceTransformerEmbedder
from index.errors import IndexUnavailable
from index.search import Engine
from index.store import Manifest

from .support import HARBOUR, ROOT, SEEDS, FakeEmbedder

QUESTIONS = ("political prisoners in Iran", "why did the dock workers stop work")


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_bytes(path: Path) -> None:
    size = path.stat().st_size
    path.write_bytes(random.Random(size).randbytes(size))


def _break(path: Path) -> None:
    """The kind of damage each format notices least: a JSON file still JSON but changed, a
    database with one page overwritten, an array with its data (not its header) changed."""
    data = bytearray(path.read_bytes())
    if path.suffix == ".json":
        text = data.decode("utf-8")
        path.write_text(text.replace("1", "2", 1) if "1" in text else text + " ", "utf-8")
        return
    start = 4096 if path.suffix == ".sqlite" and len(data) > 8192 else max(len(data) - 64, 0)
    for i in range(start, min(start + 64, len(data))):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "random bytes": _random_bytes,
    "changed": _break,
}


def _copy(source: Path, target: Path) -> None:
    """A copy that keeps hard links (segments shared between generations stay shared)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cp", "-a", str(source), str(target)], check=True, timeout=60)


def _generation_files(data: Path) -> list[str]:
    current = (data / "CURRENT").read_text(encoding="utf-8").strip()
    folder = data / "generations" / current
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _answers(engine: Engine) -> list[list[tuple[str, int, str]]]:
    return [
        [(h.statement_id, h.paragraph, h.text) for h in engine.ask(q, k=3).hits] for q in QUESTIONS
    ]


def _built(seeds: Path, data: Path, embedder: object) -> Engine:
    """Two builds: the second keeps the first one's segment (a hard link) and adds one."""
    engine = Engine(seeds, data, embedder, min_score=-1.0)  # type: ignore[arg-type]
    engine.refresh()
    (seeds / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    engine.refresh()
    return engine


def _pattern(relative: str) -> str:
    """A generation's file without the generated names: segments/<first|second>/…"""
    parts = relative.split("/")
    if parts[0] == "segments":
        parts[1] = "*"
    return "/".join(parts)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list]:
    """An index built once (fake model), its files and its answers, copied for each case."""
    base = tmp_path_factory.mktemp("reference")
    shutil.copytree(SEEDS, base / "seeds")
    engine = _built(base / "seeds", base / "data", FakeEmbedder())
    return base, _generation_files(base / "data"), _answers(engine)


def _cases() -> list[tuple[str, str]]:
    segment = ["vectors.npy", "statements.sqlite", "bm25/vocab.json"] + [
        f"bm25/{name}.npy"
        for name in ("doc_ptr", "doc_terms", "doc_counts", "term_ptr", "term_docs", "term_counts")
    ]
    files = [
        "manifest.json",
        "entities.json",
        "names.json",
        *(f"segments/new/{f}" for f in segment),
        *(f"segments/kept/{f}" for f in segment[:3]),
    ]
    return [(f, d) for f in files for d in DAMAGE]


def _resolve(data: Path, wanted: str) -> Path:
    """The file `wanted` names in the live generation (segments/new: the segment the second
    build wrote; segments/kept: the one it kept from the first)."""
    current = (data / "CURRENT").read_text(encoding="utf-8").strip()
    folder = data / "generations" / current
    if not wanted.startswith("segments/"):
        return folder / wanted
    manifest = Manifest.from_json((folder / "manifest.json").read_text(encoding="utf-8"))
    names = [s["name"] for s in manifest.segments]
    kept = [n for n in names if not n.startswith(current)]
    new = [n for n in names if n.startswith(current)]
    which = (new if wanted.split("/")[1] == "new" else kept)[0]
    return folder / "segments" / which / wanted.split("/", 2)[2]


@pytest.mark.parametrize(("file", "damage"), _cases())
def test_a_damaged_file_is_named_and_the_next_question_is_answered_as_before(
    reference: tuple[Path, list[str], list],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    file: str,
    damage: str,
):
    base, files, before = reference
    # Every file a generation has is among the cases.
    assert {_pattern(f) for f in files} == {
        _pattern(f.replace("/new/", "/x/")) for f, _ in _cases()
    }
    shutil.copytree(base / "seeds", tmp_path / "seeds")
    _copy(base / "data", tmp_path / "data")
    target = _resolve(tmp_path / "data", file)
    DAMAGE[damage](target)
    engine = Engine(tmp_path / "seeds", tmp_path / "data", FakeEmbedder(), min_score=-1.0)
    with caplog.at_level(logging.WARNING):
        assert _answers(engine) == before
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert target.name in logged and "damaged" in logged, logged
    # Rebuilt: the live generation is whole again, and seeds/ was not touched.
    assert engine.store.open() is not None
    assert sorted(p.name for p in (tmp_path / "seeds").iterdir()) == sorted(
        p.name for p in (base / "seeds").iterdir()
    )


def test_only_the_statements_of_a_damaged_segment_are_embedded_again(
    reference: tuple[Path, list[str], list], tmp_path: Path
):
    base, _, before = reference
    shutil.copytree(base / "seeds", tmp_path / "seeds")
    _copy(base / "data", tmp_path / "data")
    _random_bytes(_resolve(tmp_path / "data", "segments/new/vectors.npy"))
    embedder = FakeEmbedder()
    engine = Engine(tmp_path / "seeds", tmp_path / "data", embedder, min_score=-1.0)
    assert _answers(engine) == before
    assert sorted(embedder.embedded) == sorted(
        p for p in HARBOUR.split("\n") if p.startswith(("The dock", "We call"))
    )


def test_a_damaged_array_a_build_reads_is_left_out_and_embedded_again(
    reference: tuple[Path, list[str], list], tmp_path: Path
):
    """A build checks large arrays only when it reads them (reusing a passage's vector): the
    damage found then, the build starts again without that segment."""
    base, _, _ = reference
    shutil.copytree(base / "seeds", tmp_path / "seeds")
    _copy(base / "data", tmp_path / "data")
    _break(_resolve(tmp_path / "data", "segments/new/vectors.npy"))  # its header intact
    edited = HARBOUR.replace("picket lines.\n", "picket lines.\nSolidarity forever.\n")
    (tmp_path / "seeds" / "harbour.txt").write_text(edited, encoding="utf-8")
    embedder = FakeEmbedder()
    engine = Engine(tmp_path / "seeds", tmp_path / "data", embedder, min_score=-1.0)
    report = engine.refresh()
    assert any("vectors.npy does not match its checksum" in n for n in report.notes)
    assert len(embedder.embedded) == 3  # the edited statement's passages, none reused
    assert "Port Ellery" in engine.ask(QUESTIONS[1], k=1).hits[0].text


def test_a_current_naming_a_missing_generation_is_built_over_the_newest_intact_one(
    reference: tuple[Path, list[str], list], tmp_path: Path
):
    """Power lost after CURRENT was written but before the generation's folder was on disk:
    the next refresh builds over the previous generation, reusing its vectors."""
    base, _, before = reference
    shutil.copytree(base / "seeds", tmp_path / "seeds")
    _copy(base / "data", tmp_path / "data")
    (tmp_path / "data" / "CURRENT").write_text("20990101T000000-notthere\n", encoding="utf-8")
    embedder = FakeEmbedder()
    engine = Engine(tmp_path / "seeds", tmp_path / "data", embedder, min_score=-1.0)
    assert _answers(engine) == before
    assert embedder.embedded == []  # the previous generation held every passage
    assert engine.store.current_generation() != "20990101T000000-notthere"


def test_while_another_writer_holds_the_lock_a_damaged_index_is_answered_from_an_intact_one(
    reference: tuple[Path, list[str], list],
    tmp_path: Path,
    held: tuple[Path, subprocess.Popen[bytes]],
    caplog: pytest.LogCaptureFixture,
):
    base, _, _ = reference
    data, _ = held
    shutil.copytree(base / "seeds", tmp_path / "seeds")
    for name in ("generations", "CURRENT"):
        _copy(base / "data" / name, data / name)
    _break(_resolve(data, "entities.json"))
    engine = Engine(tmp_path / "seeds", data, FakeEmbedder(), min_score=-1.0)
    with caplog.at_level(logging.WARNING):
        hits = engine.ask(QUESTIONS[0], k=3).hits
    assert hits and "Iran" in hits[0].text
    older = sorted(p.name for p in (data / "generations").iterdir())[0]
    assert engine.snapshot.generation == older
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "entities.json" in logged and f"answering from {older} meanwhile" in logged


def test_with_no_intact_generation_and_no_way_to_rebuild_the_message_says_both(
    reference: tuple[Path, list[str], list], tmp_path: Path
):
    base, _, _ = reference
    _copy(base / "data", tmp_path / "data")
    _random_bytes(_resolve(tmp_path / "data", "segments/kept/vectors.npy"))  # in both
    engine = Engine(tmp_path / "no-seeds", tmp_path / "data", FakeEmbedder(), min_score=-1.0)
    with pytest.raises(IndexUnavailable) as failed:
        engine.ask("political prisoners")
    message = str(failed.value)
    assert "vectors.npy does not match its checksum" in message
    assert "Rebuilding it failed" in message and "no-seeds" in message


def test_leftovers_of_interrupted_builds_are_removed_by_the_next_refresh(
    fake_engine: Engine, tmp_path: Path
):
    fake_engine.refresh()
    data = tmp_path / "data"
    (data / "generations" / ".tmp-20990101T000000-dead").mkdir()
    (data / "generations" / ".tmp-20990101T000000-dead" / "vectors.npy").write_bytes(b"x")
    (data / ".CURRENT.1234abcd.tmp").write_text("x", encoding="utf-8")
    again = Engine(fake_engine.seeds_dir, data, FakeEmbedder(), min_score=-1.0)
    report = again.refresh()  # nothing changed in seeds/
    assert not report.rebuilt
    assert not (data / "generations" / ".tmp-20990101T000000-dead").exists()
    assert not (data / ".CURRENT.1234abcd.tmp").exists()


@pytest.mark.model
def test_the_cli_reports_the_damage_rebuilds_and_answers(tmp_path: Path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    env = {
        **os.environ,
        "SEEDS_DIR": str(tmp_path / "seeds"),
        "DATA_DIR": str(tmp_path / "data"),
    }

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "index", *args, "--json"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    assert cli("build").returncode == 0
    (tmp_path / "seeds" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    assert cli("build").returncode == 0
    _truncate(_resolve(tmp_path / "data", "segments/new/statements.sqlite"))
    done = cli("ask", QUESTIONS[1])  # any command: the damage is found and repaired first
    assert done.returncode == 0, done.stderr
    assert "statements.sqlite has" in done.stderr and "damaged" in done.stderr
    assert "1 added, 0 changed, 0 removed, 2 unchanged" in done.stderr  # one segment embedded
    assert "Port Ellery" in json.loads(done.stdout)["hits"][0]["text"]
    done = cli("build")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rebuilt"] is False  # nothing left to repair


@pytest.mark.model
def test_damaged_sentence_vectors_are_embedded_again(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    engine = _built(tmp_path / "seeds", tmp_path / "data", real_embedder)
    before = _answers(engine)
    for name, damage in (("sentences.npy", _break), ("sentence_offsets.npy", _truncate)):
        damage(_resolve(tmp_path / "data", f"segments/new/{name}"))
        again = Engine(tmp_path / "seeds", tmp_path / "data", real_embedder, min_score=-1.0)
        report = again.refresh()
        assert any(name in note for note in report.notes)
        assert report.embedded == 2
        assert _answers(again) == before
