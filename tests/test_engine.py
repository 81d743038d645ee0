"""Building, storing, refreshing and querying the index (fake embedder; real faiss and SQLite)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from index import ingest
from index.errors import EmptyQuestion, SeedsNotFound, UnknownStatement
from index.models import Role
from index.query import addressed_to, dates_in
from index.retrieval import KeywordIndex, with_statement
from index.search import _QUOTED, Engine, is_about_signers
from index.store import Store

from .support import JOINT, LETTER, FakeEmbedder

NEW_STATEMENT = (
    "Statement on the harbour strike\n\n"
    "The dock workers of Port Ellery have stopped work to defend their pensions.\n"
    "We call on every union to send delegations to the picket lines.\n\n"
    "Harbour Workers Federation\n"
    "Ellery Tenants League\n"
)


def test_store_round_trip_reloads_everything_without_embedding(fake_engine: Engine, tmp_path: Path):
    fake_engine.refresh()
    snap = fake_engine.snapshot
    embedder = FakeEmbedder()
    reopened = Engine(fake_engine.seeds_dir, tmp_path / "data", embedder, min_score=-1.0)
    loaded = reopened.snapshot
    assert embedder.document_calls == 0
    assert loaded.generation == snap.generation
    assert list(loaded.statements) == list(snap.statements)
    for sid, statement in snap.statements.items():
        assert loaded.statements[sid] == statement
    assert loaded.passages == snap.passages
    assert np.allclose(loaded.vectors(), snap.vectors())
    assert reopened.needs_refresh() is False


def test_incremental_refresh_embeds_only_the_new_statement(
    fake_engine: Engine, fake_embedder: FakeEmbedder
):
    first = fake_engine.refresh()
    assert first.embedded == 12 and set(first.added) == {LETTER, JOINT}
    fake_embedder.embedded.clear()
    fake_embedder.document_calls = 0

    unchanged = fake_engine.refresh()
    assert unchanged.rebuilt is False and fake_embedder.document_calls == 0

    (fake_engine.seeds_dir / "harbour.txt").write_text(NEW_STATEMENT, encoding="utf-8")
    assert fake_engine.needs_refresh()
    report = fake_engine.refresh()
    assert report.added == ("harbour",)
    assert set(report.unchanged) == {LETTER, JOINT}
    assert report.embedded == 2
    assert report.tokenized == 2
    assert fake_embedder.embedded == [
        "The dock workers of Port Ellery have stopped work to defend their pensions.",
        "We call on every union to send delegations to the picket lines.",
    ]
    assert [p.as_written for p in fake_engine.statement("harbour").signatories] == [
        "Harbour Workers Federation",
        "Ellery Tenants League",
    ]


def test_incremental_keyword_index_scores_like_a_full_build(fake_engine: Engine):
    fake_engine.refresh()
    (fake_engine.seeds_dir / "harbour.txt").write_text(NEW_STATEMENT, encoding="utf-8")
    report = fake_engine.refresh()
    assert report.tokenized == 2
    snap = fake_engine.snapshot
    full = KeywordIndex.build([p.text for p in snap.passages])
    assert [snap.keyword.row_terms(r) for r in range(len(snap))] == [
        full.row_terms(r) for r in range(len(snap))
    ]
    for query in ("dock workers pensions", "political prisoners Iran", "picket"):
        assert np.allclose(snap.keyword.scores(query), full.scores(query))
    assert snap.keyword.scores("pensions").argmax() == next(
        i for i, p in enumerate(snap.passages) if "pensions" in p.text
    )


def test_an_index_built_by_another_process_is_picked_up_without_a_restart(
    fake_engine: Engine, fake_embedder: FakeEmbedder, caplog: pytest.LogCaptureFixture
):
    fake_engine.refresh()
    serving = fake_engine.snapshot.generation
    # `python -m index build` run beside the bot: another engine over the same folders.
    cli = Engine(fake_engine.seeds_dir, fake_engine.store.data_dir, fake_embedder)
    (fake_engine.seeds_dir / "harbour.txt").write_text(NEW_STATEMENT, encoding="utf-8")
    assert cli.refresh().added == ("harbour",)
    assert fake_engine.snapshot.generation != serving
    assert fake_engine.statement("harbour").title == "Statement on the harbour strike"
    # A /reindex afterwards has nothing to do and keeps serving it.
    report = fake_engine.refresh()
    assert report.rebuilt is False and "harbour" in fake_engine.snapshot.statements
    # A newer index that does not fit this engine's model is not adopted.
    other = Engine(
        fake_engine.seeds_dir, fake_engine.store.data_dir, FakeEmbedder("another", dimension=32)
    )
    (fake_engine.seeds_dir / "harbour.txt").unlink()
    other.refresh()
    with caplog.at_level("WARNING"):
        assert "harbour" in fake_engine.snapshot.statements
    assert "does not fit this engine" in caplog.text


def test_a_parser_change_rereads_every_file_but_keeps_the_vectors(
    fake_engine: Engine, fake_embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
):
    fake_engine.refresh()
    assert not fake_engine.needs_refresh()
    monkeypatch.setattr(ingest, "PARSER_VERSION", ingest.PARSER_VERSION + 1)
    assert fake_engine.needs_refresh()
    fake_embedder.embedded.clear()
    report = fake_engine.refresh()
    assert report.rebuilt and report.embedded == 0 and fake_embedder.embedded == []
    assert any("parsing changed" in note for note in report.notes)
    assert fake_engine.snapshot.manifest.parser_version == ingest.PARSER_VERSION
    assert not fake_engine.needs_refresh()


def test_editing_one_paragraph_reembeds_only_that_paragraph(
    fake_engine: Engine, fake_embedder: FakeEmbedder
):
    fake_engine.refresh()
    fake_embedder.embedded.clear()
    path = fake_engine.seeds_dir / f"{JOINT}.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("political prisoners in Iran.", "political prisoners in Iran now."),
        encoding="utf-8",
    )
    report = fake_engine.refresh()
    assert report.changed == (JOINT,)
    assert fake_embedder.embedded == [
        "We are calling for the immediate release of political prisoners in Iran now."
    ]


def test_removed_file_leaves_the_index(fake_engine: Engine):
    fake_engine.refresh()
    (fake_engine.seeds_dir / f"{LETTER}.txt").unlink()
    report = fake_engine.refresh()
    assert report.removed == (LETTER,)
    with pytest.raises(UnknownStatement):
        fake_engine.statement(LETTER)
    assert all(p.statement_id == JOINT for p in fake_engine.snapshot.passages)


def test_model_change_forces_full_rebuild(fake_engine: Engine, tmp_path: Path):
    fake_engine.refresh()
    other = FakeEmbedder(name="another-model", dimension=32)
    engine = Engine(fake_engine.seeds_dir, tmp_path / "data", other, min_score=-1.0)
    assert engine.needs_refresh()
    report = engine.refresh()
    assert report.full_rebuild and report.embedded == 12
    assert engine.snapshot.manifest.dimension == 32
    assert any("model" in note for note in report.notes)


def test_crash_mid_build_leaves_previous_index_loadable(
    fake_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    fake_engine.refresh()
    before = fake_engine.store.current_generation()
    (fake_engine.seeds_dir / "harbour.txt").write_text(NEW_STATEMENT, encoding="utf-8")

    import index.store as store_module

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(store_module, "_write_sqlite", crash)
    with pytest.raises(OSError, match="disk full"):
        fake_engine.refresh()
    monkeypatch.undo()

    assert fake_engine.store.current_generation() == before
    leftovers = [
        p.name for p in (tmp_path / "data" / "generations").iterdir() if p.name.startswith(".")
    ]
    assert leftovers == []
    reopened = Engine(fake_engine.seeds_dir, tmp_path / "data", FakeEmbedder(), min_score=-1.0)
    assert set(reopened.snapshot.statements) == {LETTER, JOINT}
    # The next refresh picks the new file up.
    assert reopened.refresh().added == ("harbour",)


@pytest.mark.parametrize("why", ["full", "parser"])
def test_a_rebuild_of_everything_keeps_the_previous_version_of_a_file_now_refused(
    fake_engine: Engine, monkeypatch: pytest.MonkeyPatch, why: str
):
    """A build that writes everything anew (a new parser reads every file again; --full)
    carries over the version of a file it now refuses from the previous generation."""
    from index import ingest

    fake_engine.refresh()
    before = fake_engine.statement(LETTER)
    (fake_engine.seeds_dir / f"{LETTER}.txt").write_text("\n\n  \n", encoding="utf-8")
    if why == "parser":
        monkeypatch.setattr(ingest, "PARSER_VERSION", ingest.PARSER_VERSION + 1)
    report = fake_engine.refresh(full=why == "full")
    assert [s.file_name for s in report.skipped] == [f"{LETTER}.txt"]
    assert "previous version stays indexed" in report.skipped[0].reason
    assert fake_engine.statement(LETTER) == before
    assert fake_engine.ask("greetings anniversary founding", k=3).hits


def test_file_that_becomes_unreadable_keeps_its_previous_version(fake_engine: Engine):
    fake_engine.refresh()
    (fake_engine.seeds_dir / f"{LETTER}.txt").write_bytes(b"\xff\xfe broken \xc3")
    report = fake_engine.refresh()
    assert [s.file_name for s in report.skipped] == [f"{LETTER}.txt"]
    assert "previous version stays indexed" in report.skipped[0].reason
    assert len(fake_engine.statement(LETTER).paragraphs) == 7


def test_skipped_files_are_reported_not_dropped_silently(fake_engine: Engine):
    (fake_engine.seeds_dir / "scan.pdf").write_bytes(b"%PDF")
    (fake_engine.seeds_dir / "empty.txt").write_text("\n\n", encoding="utf-8")
    report = fake_engine.refresh()
    reasons = {s.file_name: s.reason for s in report.skipped}
    assert set(reasons) == {"scan.pdf", "empty.txt"}
    assert set(report.added) == {LETTER, JOINT}


def test_damaged_index_is_rebuilt_from_scratch(fake_engine: Engine, tmp_path: Path):
    fake_engine.refresh()
    generation = fake_engine.store.current_generation()
    assert generation
    (segment,) = (tmp_path / "data" / "generations" / generation / "segments").iterdir()
    (segment / "vectors.npy").write_bytes(b"garbage")
    engine = Engine(fake_engine.seeds_dir, tmp_path / "data", FakeEmbedder(), min_score=-1.0)
    assert engine.needs_refresh()
    report = engine.refresh()
    assert set(report.added) == {LETTER, JOINT} and report.embedded == 12
    assert any("vectors.npy has 7 bytes, not" in note for note in report.notes)
    assert len(engine.snapshot.passages) == 12


def test_ask_returns_verbatim_paragraphs_one_per_paragraph(fake_engine: Engine):
    fake_engine.refresh()
    answer = fake_engine.ask("release of political prisoners in Iran", k=5)
    assert answer.hits
    places = [(h.statement_id, h.paragraph) for h in answer.hits]
    assert len(places) == len(set(places))
    for hit in answer.hits:
        statement = fake_engine.statement(hit.statement_id)
        assert statement.text[hit.start : hit.end] == hit.text
        assert f"¶{hit.paragraph}" in hit.citation
    assert (
        answer.hits[0].text
        == "We are calling for the immediate release of political prisoners in Iran."
    )


def test_signed_by_matches_normalised_names_and_roles(fake_engine: Engine):
    fake_engine.refresh()
    found = fake_engine.signed_by("communist party of britain")
    assert [(a.statement_id, a.role) for a in found] == [(JOINT, Role.SIGNATORY)]
    assert [
        (a.statement_id, a.role, a.as_written)
        for a in fake_engine.signed_by("Peoples Party of Palestine")
    ] == [(JOINT, Role.SIGNATORY, "People’s Party of Palestine")]
    assert [(a.statement_id, a.role) for a in fake_engine.signed_by("Iraqi Communist Party")] == [
        (JOINT, Role.SIGNATORY),
        (LETTER, Role.RECIPIENT),
    ]
    assert [
        (a.statement_id, a.role)
        for a in fake_engine.signed_by("International Relations of the Left Party of Iran")
    ] == [(LETTER, Role.AUTHOR)]
    assert fake_engine.signed_by("Communist Party of China") == []
    assert fake_engine.signatories(JOINT)[0] == "Tudeh Party of Iran"


def test_bad_input_raises_domain_errors(fake_engine: Engine, tmp_path: Path):
    fake_engine.refresh()
    with pytest.raises(EmptyQuestion):
        fake_engine.ask("   ")
    with pytest.raises(EmptyQuestion):
        fake_engine.signed_by("")
    with pytest.raises(UnknownStatement, match="python -m index list"):
        fake_engine.statement("999_missing")
    missing = Engine(tmp_path / "nowhere", tmp_path / "data", FakeEmbedder())
    with pytest.raises(SeedsNotFound):
        missing.refresh()


def test_failed_build_with_missing_seeds_keeps_the_index(fake_engine: Engine, tmp_path: Path):
    fake_engine.refresh()
    shutil.rmtree(fake_engine.seeds_dir)
    with pytest.raises(SeedsNotFound):
        fake_engine.refresh()
    assert Store(tmp_path / "data").load() is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who signed the statement on Iran?", True),
        ("Which parties endorsed the call for peace?", True),
        ("Who wrote the letter to the Iraqi Communist Party?", True),
        ("list the signatories", True),
        ("What do they say about foreign interference?", False),
        ("Who is threatened by repression?", False),
        ("Who put out the statement on the elections?", True),
        ("Who called the tenants' meeting?", True),
    ],
)
def test_is_about_signers(question: str, expected: bool):
    assert is_about_signers(question) is expected


@pytest.mark.parametrize(
    ("question", "dated"),
    [
        ("What did unions say in 2024 about privatisation?", True),
        ("Which statements from 2025 mention housing?", True),
        ("statements signed in March 2024 about peace", True),
        ("In 2024, what did they say about the strike?", True),
        ("What did the Orvandan general strike of 2022 show?", False),
        ("Has the equal pay law of 2011 ever been enforced?", False),
        ("How were the rent increases of 2023 defeated?", False),
        ("the shelters closed in 2023", False),
        ("What happened after the 1979 revolution?", False),
        ("What did women's organisations say on International Women's Day 2020?", True),
        ("Statements on May Day 2024", True),
        ("Protests on Election Day 2020 were crushed", False),
        ("What did tenants ask the housing minister for in 2025?", True),
        ("What did the seafarers' union declare in 2014?", True),
        ("What did the workers demand after the strike of 2022?", False),
    ],
)
def test_a_year_is_a_filter_only_when_the_question_asks_when_statements_were_made(
    question: str, dated: bool
):
    since, until, _ = dates_in(question)
    assert (since is not None or until is not None) == dated


def test_the_statement_lifts_its_passages_and_the_paragraph_picks_among_them():
    # Rows 0-2 are one statement, 3-4 another.
    statement_rows = np.array([0, 0, 0, 1, 1])
    scores = np.array([0.5, 0.4, 0.2, 0.42, 0.1], dtype=np.float32)
    ranked = with_statement(scores, statement_rows, 0.5)
    # Within a statement the order is the paragraphs' own.
    assert ranked[0] > ranked[1] > ranked[2] and ranked[3] > ranked[4]
    # The best statement's second paragraph passes the other statement's best.
    assert ranked[1] > ranked[3]
    # A filtered-out row stays out; nothing is changed in place.
    scores[4] = -np.inf
    assert with_statement(scores, statement_rows, 0.5)[4] == -np.inf
    assert with_statement(scores, statement_rows, 0.0) is not scores


@pytest.mark.parametrize(
    ("question", "rest", "addressed"),
    [
        ("Who wrote the open letter to the X Union?", "Who wrote the open letter ?", True),
        ("Who wrote to the X Union?", "Who wrote ?", True),
        ("Who wrote the open letter to the X Union?", "Who wrote the open letter to the ?", True),
        ("Who signed the X Union letter?", "Who signed the letter?", False),
        ("What did the X Union say to workers?", "What did say to workers?", False),
    ],
)
def test_an_organisation_after_to_is_the_one_addressed(question: str, rest: str, addressed: bool):
    assert addressed_to(question, rest) is addressed


@pytest.mark.parametrize(
    ("question", "quotes"),
    [
        ('"worth less than a single life"', ["worth less than a single life"]),
        ("they said “no to the war now”", ["no to the war now"]),
        ("What did they say about 'fair wages for all'?", ["fair wages for all"]),
        ("Where will the dockers' and fishers' unions meet?", []),
    ],
)
def test_quoted_words_are_found_but_apostrophes_are_no_quotes(question: str, quotes: list[str]):
    assert [m.group(1) or m.group(2) for m in _QUOTED.finditer(question)] == quotes


def test_dense_scores_read_in_place_match_faiss_search(fake_engine: Engine):
    fake_engine.refresh()
    snap = fake_engine.snapshot
    query = snap.vector(3)
    import faiss

    index = faiss.IndexFlatIP(snap.vectors().shape[1])
    index.add(np.ascontiguousarray(snap.vectors()))
    scores, rows = index.search(query.reshape(1, -1), len(snap))  # what faiss says
    expected = np.zeros(len(snap), dtype=np.float32)
    expected[rows[0]] = scores[0]
    got = snap.dense_scores(query)
    assert got.shape == expected.shape and np.allclose(got, expected, atol=1e-5)
    assert int(np.argmax(got)) == 3


def test_a_refresh_reads_only_files_whose_size_or_time_changed(
    fake_engine: Engine, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hour_ago = time.time() - 3600
    for path in seeds_dir.iterdir():
        os.utime(path, (hour_ago, hour_ago))
    fake_engine.refresh()
    manifest = fake_engine.store.read_manifest()
    assert manifest is not None and set(manifest.file_stats) == set(manifest.files)

    reads: list[str] = []
    original = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self.name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    assert not fake_engine.needs_refresh()
    assert fake_engine.refresh().embedded == 0
    assert reads == []

    # Same size, new time: read again, and the change is seen.
    target = next(p for p in sorted(seeds_dir.iterdir()) if p.suffix == ".txt")
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("the", "teh", 1), encoding="utf-8")
    assert fake_engine.needs_refresh()
    assert target.name in reads
    assert target.stem in fake_engine.refresh().changed


def test_a_refresh_with_nothing_changed_loads_nothing(
    fake_engine: Engine, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the engine holds the live generation, a refresh that finds every file as recorded
    answers from the manifest and SQLite (a rejected file still reported, with its reason)."""
    (seeds_dir / "empty.txt").write_text("   \n", encoding="utf-8")
    first = fake_engine.refresh()
    assert fake_engine.snapshot.generation == fake_engine.store.current_generation()

    def no_load() -> None:
        raise AssertionError("the generation was loaded again")

    monkeypatch.setattr(fake_engine.store, "load", no_load)
    again = fake_engine.refresh()
    assert not again.rebuilt
    assert sorted(again.unchanged) == sorted([*first.added, *first.unchanged])
    assert again.skipped == first.skipped
    assert [s.file_name for s in again.skipped] == ["empty.txt"]
    assert again.passages == len(fake_engine.snapshot.passages)


def test_a_refused_generation_is_not_loaded_again_until_current_changes(
    fake_engine: Engine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """No reload storm: a newer generation that cannot be read is tried once, the engine keeps
    answering from the one it holds, and tries again only when CURRENT names another."""
    fake_engine.refresh()
    serving = fake_engine.snapshot.generation
    cli = Engine(fake_engine.seeds_dir, tmp_path / "data", FakeEmbedder(), min_score=-1.0)
    (fake_engine.seeds_dir / "harbour.txt").write_text(NEW_STATEMENT, encoding="utf-8")
    cli.refresh()
    newer = cli.store.current_generation()
    assert newer is not None and newer != serving
    for vectors in (tmp_path / "data" / "generations" / newer).glob("segments/*/vectors.npy"):
        vectors.unlink()  # a file of its own: the kept segment's is a link to the serving one's
        vectors.write_bytes(b"garbage")
    loads = 0
    real_load = fake_engine.store.load

    def counting_load() -> object:
        nonlocal loads
        loads += 1
        return real_load()

    monkeypatch.setattr(fake_engine.store, "load", counting_load)
    with caplog.at_level("WARNING"):
        for _ in range(5):
            assert fake_engine.ask("political prisoners").hits
    assert loads == 1 and fake_engine.snapshot.generation == serving
    assert sum("is damaged" in r.getMessage() for r in caplog.records) == 1
    (fake_engine.seeds_dir / "pier.txt").write_text(NEW_STATEMENT.replace("harbour", "pier"))
    cli.refresh(full=True)  # a new generation: tried again, and served
    assert fake_engine.snapshot.generation == cli.store.current_generation()
    assert loads == 2


def test_each_question_reads_one_generation_while_builds_swap_them(
    fake_engine: Engine, seeds_dir: Path, tmp_path: Path
):
    """Questions from several threads while another engine (a CLI build beside the bot) adds
    and removes a statement: no error, and every hit is its statement's own text at the
    offsets it claims."""
    import threading

    fake_engine.refresh()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    texts["harbour"] = NEW_STATEMENT
    cli = Engine(seeds_dir, tmp_path / "data", FakeEmbedder(), min_score=-1.0)
    stop = threading.Event()
    errors: list[BaseException] = []
    answered = [0]
    cited: list[tuple[str, set[str]]] = []  # (generation, statements an answer quoted)
    holds = {fake_engine.store.current_generation(): False}  # generation: harbour in it?

    def ask() -> None:
        for _ in range(400):  # bounded, whatever happens
            if stop.is_set():
                return
            try:
                answer = fake_engine.ask("dock workers pensions and political prisoners", k=5)
                for hit in answer.hits:
                    assert texts[hit.statement_id][hit.start : hit.end] == hit.text
                cited.append((answer.generation, {h.statement_id for h in answer.hits}))
                fake_engine.signed_by("Harbour Workers Federation")
                answered[0] += 1
            except BaseException as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(4):
            (seeds_dir / "harbour.txt").write_text(NEW_STATEMENT, encoding="utf-8")
            cli.refresh(warm=False)
            holds[cli.store.current_generation()] = True
            (seeds_dir / "harbour.txt").unlink()
            cli.refresh(warm=False)
            holds[cli.store.current_generation()] = False
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    assert not errors, errors[0]
    assert answered[0] > 0
    # Each answer names the generation it was read from, and quotes only what that one holds.
    for generation, quoted in cited:
        assert generation in holds
        assert ("harbour" in quoted) <= holds[generation]


def test_a_build_swapping_generations_mid_question_does_not_change_what_it_reads(
    fake_engine: Engine,
    fake_embedder: FakeEmbedder,
    seeds_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """A CLI build makes a new generation live while a question is being answered (here: as
    the question is encoded); the rest of the question still reads the generation it began
    with, and the next question reads the new one."""
    fake_engine.refresh()
    began = fake_engine.snapshot.generation
    cli = Engine(seeds_dir, tmp_path / "data", FakeEmbedder(), min_score=-1.0)
    seen: list[str] = []
    real = fake_embedder.embed_queries

    def swap_then_encode(texts: list[str]) -> object:
        if not seen:
            (seeds_dir / "harbour.txt").write_text(NEW_STATEMENT, encoding="utf-8")
            cli.refresh(warm=False)
        seen.append(fake_engine.snapshot.generation)
        return real(texts)

    monkeypatch.setattr(fake_embedder, "embed_queries", swap_then_encode)
    answer = fake_engine.ask("dock workers pensions", k=5)
    assert seen and set(seen) == {began}
    assert all(h.statement_id != "harbour" for h in answer.hits)
    assert fake_engine.ask("dock workers pensions", k=1).hits[0].statement_id == "harbour"
    assert seen[-1] == cli.store.current_generation() != began


def test_a_file_removed_while_a_build_reads_the_folder_is_removed_not_reported(
    fake_engine: Engine, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """Listed, then gone before it is read (someone deleted it meanwhile): the build goes on as
    if it was not there — no "cannot be read", no stale version kept."""
    from index import build

    (seeds_dir / "harbour.txt").write_text(NEW_STATEMENT, encoding="utf-8")
    fake_engine.refresh()
    (seeds_dir / "harbour.txt").write_text(NEW_STATEMENT + "\nAnd more.\n", encoding="utf-8")
    real = build.load_statement

    def vanishing(seed: object) -> object:
        path = seed.path  # type: ignore[attr-defined]
        if path.name == "harbour.txt":
            path.unlink()
        return real(seed)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "load_statement", vanishing)
    report = fake_engine.refresh()
    assert report.removed == ("harbour",) and report.skipped == ()
    assert "harbour" not in fake_engine.snapshot.statements
