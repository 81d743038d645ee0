"""Properties, over generated input (hypothesis): reading never fails on arbitrary bytes except
with a reason; everything the engine quotes is its file's text at the offsets it claims; an index
grown by any sequence of additions, edits and removals is the index built from scratch."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest import SeedFile, StatementRejected, load_statement, scan_seeds
from index.search import Engine

from .support import FakeEmbedder
from .test_segments import assert_same_index

_WORDS = st.sampled_from(
    [
        "strike", "dockers", "pensions", "harbour", "solidarity", "Iran", "prisoners",
        "peace", "union", "tenants", "rent", "council", "war", "release", "workers", "Ellery",
        "Federation", "League", "the", "of", "and", "we", "call", "on", "demand", "stand",
    ]
)  # fmt: skip
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)
_SIGNERS = st.lists(
    st.sampled_from(
        ["Harbour Workers Federation", "Ellery Tenants League", "Brisk Party", "Marrowen Union"]
    ),
    max_size=3,
    unique=True,
)


@st.composite
def statements(draw: st.DrawFn) -> str:
    """A statement: a title, paragraphs, sometimes a list of signatories."""
    title = draw(_SENTENCE).rstrip(".")
    body = draw(st.lists(_PARAGRAPH, min_size=1, max_size=5))
    signers = draw(_SIGNERS)
    tail = ["Signed by:", *signers] if signers else []
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join([title, "", *[p + newline for p in body], *tail]) + newline


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.one_of(st.none(), st.binary(max_size=300)))
def test_reading_any_bytes_gives_a_statement_or_a_reason(data: bytes, sidecar: bytes | None):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.txt"
        path.write_bytes(data)
        meta = None
        if sidecar is not None:
            meta = Path(folder) / "any.toml"
            meta.write_bytes(sidecar)
        try:
            statement, problems = load_statement(SeedFile(path, meta))
        except StatementRejected as exc:
            assert str(exc)
            return
        for paragraph in statement.paragraphs:
            assert statement.text[paragraph.start : paragraph.end] == paragraph.text
        assert all(p.reason for p in problems)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_reading_any_text_gives_a_statement_or_a_reason(text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.md"
        try:
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        except UnicodeEncodeError:
            return
        try:
            statement, _ = load_statement(SeedFile(path, None))
        except StatementRejected:
            return
        for paragraph in statement.paragraphs:
            assert statement.text[paragraph.start : paragraph.end] == paragraph.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(statements(), min_size=1, max_size=6),
    st.lists(st.lists(_WORDS, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=4),
)
def test_every_quote_and_highlight_is_its_file_at_the_offsets_claimed(
    texts: list[str], questions: list[str]
):
    with tempfile.TemporaryDirectory() as folder:
        seeds = Path(folder) / "seeds"
        seeds.mkdir()
        for i, text in enumerate(texts):
            (seeds / f"s{i}.txt").write_bytes(text.encode("utf-8"))
        engine = Engine(seeds, Path(folder) / "data", FakeEmbedder(), min_score=-1.0)
        engine.refresh()
        for question in questions:
            for hit in engine.ask(question, k=5, highlight=5).hits:
                on_disk = (seeds / engine.statement(hit.statement_id).file_name).read_bytes()
                text = on_disk.decode("utf-8")
                assert text[hit.start : hit.end] == hit.text
                for a, b in hit.highlights:
                    assert hit.start <= a < b <= hit.end
                    assert text[a:b].strip() == text[a:b]


_OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "remove", "refresh"]), st.integers(0, 7), statements()
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(statements(), min_size=1, max_size=5), _OPERATIONS)
def test_any_sequence_of_changes_gives_the_index_built_from_scratch(
    first: list[str], operations: list[tuple[str, int, str]]
):
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        seeds = base / "seeds"
        seeds.mkdir()
        for i, text in enumerate(first):
            (seeds / f"s{i}.txt").write_text(text, encoding="utf-8", newline="")
        engine = Engine(seeds, base / "data", FakeEmbedder(), min_score=-1.0)
        engine.refresh()
        for action, i, text in operations:
            path = seeds / f"s{i}.txt"
            if action == "add" or (action == "edit" and path.exists()):
                path.write_text(text, encoding="utf-8", newline="")
            elif action == "remove":
                path.unlink(missing_ok=True)
            else:
                engine.refresh()
        engine.refresh()
        if not scan_seeds(seeds)[0]:
            return  # nothing left to index
        assert_same_index(engine, seeds, base)
