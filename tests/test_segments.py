"""Storage in segments: a refresh writes only what changed, and an index grown by refreshes is
the index a build from scratch makes of the same folder."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import numpy as np

from index.search import Engine
from index.store import MAX_SEGMENTS, SEGMENTS_DIR, text_hash

from .support import FakeEmbedder

QUERIES = (
    "dock workers pensions",
    "political prisoners",
    "What did the Harbour Workers Federation say about the strike?",
    "tenants rent",
)


def statement(i: int, topic: str = "the harbour strike") -> str:
    return (
        f"Statement {i} on {topic}\n\n"
        f"The dock workers of Port Ellery ({i}) have stopped work to defend their pensions "
        f"and the Harbour Workers Federation (HWF) stands with them.\n\n"
        f"We call on every union to send delegations to the picket lines on {topic}.\n\n"
        "Signed by:\n"
        "Harbour Workers Federation\n"
        f"Ellery Tenants League {i % 3}\n"
    )


def segments(engine: Engine) -> list[Path]:
    generation = engine.store.current_generation()
    assert generation is not None
    return sorted((engine.store.data_dir / "generations" / generation / SEGMENTS_DIR).iterdir())


def assert_same_index(grown: Engine, seeds: Path, tmp_path: Path) -> None:
    """`grown` holds what a build from scratch over `seeds` holds, row for row."""
    scratch = Engine(seeds, tmp_path / "scratch", FakeEmbedder(), min_score=-1.0)
    scratch.refresh()
    a, b = grown.snapshot, scratch.snapshot
    assert list(a.statements) == list(b.statements)
    for sid in a.statements:
        assert a.statements[sid] == b.statements[sid]
    assert a.passages == b.passages
    assert np.allclose(a.vectors(), b.vectors())
    for query in QUERIES:
        assert np.allclose(a.keyword.scores(query), b.keyword.scores(query), atol=1e-6)
        assert grown.ask(query, k=5).hits == scratch.ask(query, k=5).hits
    assert a.keyword.vocabulary == b.keyword.vocabulary
    assert a.entity_groups() == b.entity_groups()
    assert grown.organisations() == scratch.organisations()
    shutil.rmtree(tmp_path / "scratch")


def test_adding_a_statement_writes_only_its_segment_and_links_the_rest(
    fake_engine: Engine, seeds_dir: Path
):
    fake_engine.refresh()
    (first,) = segments(fake_engine)
    before = {p.relative_to(first): p.stat().st_ino for p in first.rglob("*") if p.is_file()}
    (seeds_dir / "harbour.txt").write_text(statement(1), encoding="utf-8")
    report = fake_engine.refresh()
    assert report.added == ("harbour",) and report.embedded == 2
    kept, new = segments(fake_engine)[0], segments(fake_engine)[1]
    if kept.name != first.name:
        kept, new = new, kept
    # The first segment's files are the same files (hard links), not copies.
    after = {p.relative_to(kept): p.stat().st_ino for p in kept.rglob("*") if p.is_file()}
    assert after == before
    con = sqlite3.connect(new / "statements.sqlite")
    try:
        assert [r[0] for r in con.execute("SELECT id FROM statements")] == ["harbour"]
        assert con.execute("SELECT COUNT(*) FROM passages").fetchone() == (2,)
    finally:
        con.close()
    assert fake_engine.ask("pensions of the dock workers", k=1).hits[0].statement_id == "harbour"


def test_an_index_grown_by_edits_and_removals_is_the_index_built_at_once(
    fake_engine: Engine, seeds_dir: Path, tmp_path: Path
):
    fake_engine.refresh()
    for i in range(4):  # one segment of four statements …
        (seeds_dir / f"s{i}.txt").write_text(statement(i), encoding="utf-8")
    fake_engine.refresh()
    (seeds_dir / "s4.txt").write_text(statement(4), encoding="utf-8")  # … and one of one
    fake_engine.refresh()
    # an edit keeps two paragraphs' text (their vectors are reused) and changes one
    (seeds_dir / "s1.txt").write_text(statement(1, "the rent strike"), encoding="utf-8")
    edited = fake_engine.refresh()
    assert edited.changed == ("s1",) and edited.embedded == 1
    manifest = fake_engine.store.read_manifest()  # the old s1 is dead where it was
    assert manifest is not None and any(s["dead"] == ["s1"] for s in manifest.segments)
    (seeds_dir / "s0.txt").unlink()
    assert fake_engine.refresh().removed == ("s0",)
    (seeds_dir / "s0.txt").write_text(statement(0), encoding="utf-8")
    assert fake_engine.refresh().added == ("s0",)
    (seeds_dir / "s4.txt").rename(seeds_dir / "s4.md")
    assert fake_engine.refresh().changed == ("s4",)
    assert_same_index(fake_engine, seeds_dir, tmp_path)


def test_segments_are_merged_before_they_pile_up(
    fake_engine: Engine, seeds_dir: Path, tmp_path: Path
):
    fake_engine.refresh()
    for i in range(MAX_SEGMENTS + 3):
        (seeds_dir / f"m{i:02d}.txt").write_text(statement(i, f"strike {i}"), encoding="utf-8")
        fake_engine.refresh()
        assert len(segments(fake_engine)) <= MAX_SEGMENTS
    assert_same_index(fake_engine, seeds_dir, tmp_path)


def test_a_segment_mostly_removed_is_merged_away(
    fake_engine: Engine, seeds_dir: Path, tmp_path: Path
):
    fake_engine.refresh()
    for i in range(4):
        (seeds_dir / f"r{i}.txt").write_text(statement(i), encoding="utf-8")
    fake_engine.refresh()
    assert len(segments(fake_engine)) == 2
    for i in range(3):
        (seeds_dir / f"r{i}.txt").unlink()
    fake_engine.refresh()
    manifest = fake_engine.store.read_manifest()
    assert manifest is not None
    # The dead three are gone from the files, not only hidden.
    assert all(not s["dead"] for s in manifest.segments)
    assert sum(s["statements"] for s in manifest.segments) == len(fake_engine.snapshot.statements)
    assert_same_index(fake_engine, seeds_dir, tmp_path)


def test_an_index_in_the_older_format_is_read_again_keeping_its_vectors(
    fake_engine: Engine, seeds_dir: Path, tmp_path: Path, fake_embedder: FakeEmbedder
):
    """An index written before segments (one faiss file and database per generation) is
    not served as it is; the next refresh reads the files again and embeds nothing."""
    import faiss

    fake_engine.refresh()
    snap = fake_engine.snapshot
    data = tmp_path / "old-data"
    folder = data / "generations" / "20200101T000000-legacy00"
    folder.mkdir(parents=True)
    index = faiss.IndexFlatIP(snap.vectors().shape[1])
    index.add(np.ascontiguousarray(snap.vectors()))
    faiss.write_index(index, str(folder / "index.faiss"))
    con = sqlite3.connect(folder / "statements.sqlite")
    con.execute("CREATE TABLE passages (row INTEGER PRIMARY KEY, text_hash TEXT NOT NULL)")
    con.executemany(
        "INSERT INTO passages VALUES (?,?)",
        [(row, text_hash(p.text)) for row, p in enumerate(snap.passages)],
    )
    con.commit()
    con.close()
    manifest = json.loads(snap.manifest.to_json())
    del manifest["sha256"]  # written before manifests were sealed
    manifest.update(schema=3, segments=[], checksums={})
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (data / "CURRENT").write_text(folder.name + "\n", encoding="utf-8")

    embedder = FakeEmbedder()
    engine = Engine(seeds_dir, data, embedder, min_score=-1.0)
    assert engine.needs_refresh()
    report = engine.refresh()
    assert report.embedded == 0 and embedder.document_calls == 0
    assert any("older format" in note for note in report.notes)
    assert engine.snapshot.passages == snap.passages
    assert not engine.needs_refresh()
    assert os.path.isdir(data / "generations" / engine.store.current_generation() / SEGMENTS_DIR)  # type: ignore[operator]


def test_name_analyses_stored_with_a_generation_are_the_analyses_and_trusted_only_from_this_code(
    fake_engine: Engine,
):
    from index import entities

    fake_engine.refresh()
    folder = fake_engine.snapshot.folder
    assert folder is not None
    stored = json.loads((folder / "names.json").read_text(encoding="utf-8"))
    assert stored["version"] == entities.ANALYSIS_VERSION
    names = {p.as_written for s in fake_engine.snapshot.statements.values() for p in s.parties}
    assert set(stored["names"]) == names
    entities._KNOWN.clear()
    assert entities.known_analyses(stored) == len(names)
    for name in names:  # read back, each is what analysing the name gives
        assert entities._KNOWN[name] == entities._analyse.__wrapped__(name)
    entities._KNOWN.clear()
    assert entities.known_analyses({**stored, "version": "another"}) == 0
    assert entities.known_analyses({"version": entities.ANALYSIS_VERSION, "names": []}) == 0
    assert not entities._KNOWN
