"""Hostile input to the engine and the CLI: questions, file names in the statements folder and
uploaded statements. Each is refused with a sentence that says what to do, or read safely."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from index import collection
from index.errors import EmptyQuestion
from index.ingest import MAX_ID_CHARS
from index.search import Engine
from index.textutil import MAX_QUESTION_CHARS

from .support import HARBOUR, ROOT

# What must never reach a terminal (newline and tab aside).
CONTROL = [chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x9B]]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("", "The question is empty"),
        (" \n\t\u200b ", "The question is empty"),
        ("?!?... ;; --", "has no words to search for"),
        ("🙂🔥🙂 👍🏽", "has no words to search for"),
        ("\x00\x00\x1b", "The question is empty"),
    ],
)
def test_questions_without_words_are_refused_with_what_to_do(
    fake_engine: Engine, question: str, said: str
):
    fake_engine.refresh()
    with pytest.raises(EmptyQuestion, match=said) as refused:
        fake_engine.ask(question)
    assert "e.g." in str(refused.value)


def test_a_question_of_ten_thousand_characters_is_read_up_to_the_cap_and_says_so(
    fake_engine: Engine,
):
    fake_engine.refresh()
    answer = fake_engine.ask("political prisoners in Iran " * 358)  # 10,024 characters
    assert len(answer.question) <= MAX_QUESTION_CHARS
    assert answer.question.startswith("political prisoners in Iran political")
    assert (
        answer.notes[0]
        == f"Only the first {MAX_QUESTION_CHARS:,} characters of the question were read."
    )
    assert answer.hits and "prisoners" in answer.hits[0].text


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("political\x00prisoners in\x1b[31m Iran", "political prisoners in [31m Iran"),
        ("political\u202eprisoners in Iran", "politicalprisoners in Iran"),
        ("poli\u00adtical prisoners in Iran\u200f", "political prisoners in Iran"),
        ("prisoners" + "\u0301" * 300 + " in Iran", "prisoner\u015b\u0301\u0301\u0301 in Iran"),
        ("e\u0301lections in Iran", "\u00e9lections in Iran"),
        (
            "ما هو موقفهم من السجناء السياسيين في إيران؟",
            "ما هو موقفهم من السجناء السياسيين في إيران؟",
        ),
        ("**political** prisoners @everyone <@123> `Iran`", None),
    ],
)
def test_questions_are_read_without_control_characters_or_runaway_marks(
    fake_engine: Engine, question: str, read_as: str | None
):
    fake_engine.refresh()
    answer = fake_engine.ask(question)
    assert answer.question == (read_as or question)
    assert not any(unicodedata.category(c) in ("Cc", "Cf") for c in answer.question)
    for hit in answer.hits:  # quotes stay verbatim whatever the question
        assert fake_engine.statement(hit.statement_id).text[hit.start : hit.end] == hit.text


def _build_cli(seeds: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "index", "build"],
        cwd=ROOT,
        env={**os.environ, "SEEDS_DIR": str(seeds), "DATA_DIR": str(data), "ENCODER": "onnx"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _shown(name: str) -> str:
    return "".join("\ufffd" if unicodedata.category(c) in ("Cc", "Cf") else c for c in name)


def test_file_names_with_control_characters_dots_and_lengths_are_reported(
    fake_engine: Engine, seeds_dir: Path
):
    body = HARBOUR.encode()
    names = {
        "evil\x1b[2J\x07.txt": "its name has control characters",
        "new\nline.txt": "its name has control characters",
        "bidi\u202etxt.md": "its name has control characters",
        ".hidden.txt": "a hidden file",
        "x" * (MAX_ID_CHARS + 1) + ".txt": f"at most {MAX_ID_CHARS}",
    }
    (seeds_dir / ("y" * MAX_ID_CHARS + ".txt")).write_bytes(body)  # the longest name taken
    for name in names:
        (seeds_dir / name).write_bytes(body)
    (seeds_dir / ".DS_Store").write_bytes(b"\x00\x01")  # hidden, not a statement: not reported
    report = fake_engine.refresh()
    reasons = {s.file_name: s.reason for s in report.skipped}
    assert set(reasons) == {_shown(n) for n in names}
    for name, said in names.items():
        assert said in reasons[_shown(name)], (name, reasons[_shown(name)])
    indexed = set(fake_engine.snapshot.statements)
    assert "y" * MAX_ID_CHARS in indexed
    assert not any(unicodedata.category(c) in ("Cc", "Cf") for sid in indexed for c in sid)


@pytest.mark.parametrize(
    "pair",
    [("harbour.txt", "Harbour.txt"), ("caf\u00e9.txt", "cafe\u0301.txt"), ("cafe.md", "Café.txt")],
)
def test_file_names_differing_only_by_case_or_accents_are_one_id(
    fake_engine: Engine, seeds_dir: Path, pair: tuple[str, str]
):
    for name in pair:
        (seeds_dir / name).write_bytes(HARBOUR.encode())
    report = fake_engine.refresh()
    (skipped,) = [s for s in report.skipped if s.file_name in pair]
    (kept,) = [n for n in pair if n != skipped.file_name]
    assert f"the same id as {kept}" in skipped.reason and "rename one" in skipped.reason
    assert Path(kept).stem in fake_engine.snapshot.statements
    assert Path(skipped.file_name).stem not in fake_engine.snapshot.statements


def test_the_cli_prints_no_control_character_of_a_file_name_or_a_statement(
    seeds_dir: Path, tmp_path: Path
):
    (seeds_dir / "evil\x1b]0;owned\x07.txt").write_bytes(HARBOUR.encode())
    (seeds_dir / "quoted.txt").write_bytes(
        HARBOUR.replace("picket lines.", "picket lines.\x1b[2J\x1b]0;owned\x07").encode()
    )
    done = _build_cli(seeds_dir, tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert "evil\ufffd]0;owned\ufffd.txt" in done.stdout + done.stderr
    shown = subprocess.run(
        [sys.executable, "-m", "index", "show", "quoted"],
        cwd=ROOT,
        env={**os.environ, "SEEDS_DIR": str(seeds_dir), "DATA_DIR": str(tmp_path / "data")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert shown.returncode == 0, shown.stderr
    assert "picket lines.\ufffd[2J" in shown.stdout
    for output in (done.stdout, done.stderr, shown.stdout, shown.stderr):
        assert not any(c in output for c in CONTROL)


@pytest.mark.parametrize(
    ("name", "saved_as"),
    [
        ("../../x.txt", "x.txt"),
        ("..\\..\\windows.txt", "windows.txt"),
        ("/etc/cron.d/job.txt", "job.txt"),
        ("seeds/../../escape.md", "escape.md"),
        ("\x00nul\x1b.txt", "nul.txt"),
        (".hidden.txt", "hidden.txt"),
        ("Caf\u00e9 Workers.txt", "Cafe_Workers.txt"),
        ("a" * 300 + ".txt", "a" * 80 + ".txt"),
    ],
)
def test_uploaded_names_are_saved_as_a_plain_name_inside_the_folder(
    fake_engine: Engine, seeds_dir: Path, name: str, saved_as: str
):
    fake_engine.refresh()
    saved, sidecar = collection.check_statement(name, HARBOUR.encode())
    assert saved == saved_as
    added = collection.add_statement(fake_engine, saved, HARBOUR.encode(), sidecar)
    assert (seeds_dir / saved_as).read_bytes() == HARBOUR.encode()
    assert added.statement.file_name == saved_as
    assert not (seeds_dir.parent / "x.txt").exists()


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("seeds/../", HARBOUR.encode(), "not a .txt or .md file"),
        ("/", HARBOUR.encode(), "not a .txt or .md file"),
        ("statement.pdf", b"%PDF-1.7", "not a .txt or .md file"),
        ("statement.txt.exe", HARBOUR.encode(), "not a .txt or .md file"),
        ("....txt", HARBOUR.encode(), "no usable name"),
        ("big.txt", b"a" * (collection.MAX_STATEMENT_BYTES + 1), "the limit is 1,000,000"),
        ("latin.txt", "Caf\xe9".encode("latin-1"), "not UTF-8"),
        ("aliases.txt", HARBOUR.encode(), "kept for the alias file"),
    ],
)
def test_uploads_that_cannot_be_taken_say_why_and_save_nothing(
    fake_engine: Engine, seeds_dir: Path, name: str, data: bytes, said: str
):
    before = sorted(p.name for p in seeds_dir.iterdir())
    with pytest.raises(collection.BadStatementFile, match=said):
        collection.check_statement(name, data)
    assert sorted(p.name for p in seeds_dir.iterdir()) == before


@pytest.mark.parametrize("upload", ["harbour.txt", "HARBOUR.txt", "Harbour.md", "harbóur.txt"])
def test_an_upload_named_like_an_existing_statement_is_refused_unless_replacing(
    fake_engine: Engine, seeds_dir: Path, upload: str
):
    (seeds_dir / "harbour.txt").write_bytes(HARBOUR.encode())
    (seeds_dir / "harbour.toml").write_text('source = "https://example.org/h"\n', "utf-8")
    fake_engine.refresh()
    again = HARBOUR.replace("pensions", "pensions and jobs").encode()
    name, sidecar = collection.check_statement(upload, again, title="Harbour strike")
    with pytest.raises(collection.StatementExists) as refused:
        collection.add_statement(fake_engine, name, again, sidecar)
    assert refused.value.file_name == "harbour.txt"
    assert (seeds_dir / "harbour.txt").read_bytes() == HARBOUR.encode()
    replaced = collection.add_statement(fake_engine, name, again, sidecar, replace=True)
    assert replaced.replaced and replaced.archived is not None
    assert (replaced.archived / "harbour.txt").read_bytes() == HARBOUR.encode()
    # One statement under the new name, its metadata kept and updated; nothing else left.
    left = sorted(p.name for p in seeds_dir.iterdir() if "arbour" in p.name or "HARBOUR" in p.name)
    stem = Path(name).stem
    assert left == sorted([name, f"{stem}.toml"])
    statement = fake_engine.statement(stem)
    assert statement.source_url == "https://example.org/h" and statement.title == "Harbour strike"
    assert "pensions and jobs" in statement.text
