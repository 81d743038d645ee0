"""The command line: JSON contract, stdin mode, readable text, one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.__main__ import main
from index.search import Engine

from .support import JOINT, LETTER, ROOT, FakeEmbedder

ASK_KEYS = {"statement_id", "title", "date", "paragraph", "text", "score", "citation"}
SIGNED_KEYS = {"statement_id", "title", "date", "role", "as_written"}


@pytest.fixture
def cli_env(seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the CLI at a copy of the seeds and a fresh data folder through the environment."""
    monkeypatch.setenv("SEEDS_DIR", str(seeds_dir))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "data"


@pytest.fixture
def fake_index(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An index built with the fake embedder; the CLI then needs no model for lookups."""
    Engine(Path(os.environ["SEEDS_DIR"]), cli_env, FakeEmbedder()).refresh()
    monkeypatch.setenv("EMBEDDING_MODEL", FakeEmbedder().name)
    return cli_env


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.model
def test_ask_json_builds_index_on_first_use_and_has_the_contract_fields(cli_env: Path, capsys):
    code, out, err = _run(capsys, "ask", "--json", "Should foreign powers intervene in Iran?")
    assert code == 0
    assert "index refreshed" in err
    assert (cli_env / "CURRENT").exists()
    data = json.loads(out)
    assert data["question"] == "Should foreign powers intervene in Iran?"
    assert data["hits"], data
    for hit in data["hits"]:
        assert set(hit) >= ASK_KEYS
    top = data["hits"][0]
    assert top["statement_id"] == JOINT and top["paragraph"] == 5
    assert top["text"].startswith("We express our total opposition")
    assert f"({JOINT}), ¶5" in top["citation"]
    assert data["abstained"] is False


@pytest.mark.model
def test_ask_off_topic_json_has_no_hits_and_says_so(cli_env: Path, capsys):
    code, out, _ = _run(capsys, "ask", "--json", "What is the recipe for pizza margherita?")
    assert code == 0
    data = json.loads(out)
    assert data["hits"] == [] and data["abstained"] is True
    assert data["message"] == "Nothing in the collection answers this question."
    assert data["statements"] == [] and data["notes"] == [] and data["listed"] == []


@pytest.mark.model
def test_ask_what_an_organisation_signed_lists_statements(cli_env: Path, capsys):
    code, out, _ = _run(capsys, "ask", "--json", "What did the Tudeh Party sign?")
    assert code == 0
    data = json.loads(out)
    assert data["hits"] == [] and data["abstained"] is False
    assert [(s["statement_id"], s["role"]) for s in data["statements"]] == [(JOINT, "signatory")]
    assert set(data["statements"][0]) >= SIGNED_KEYS
    code, out, _ = _run(capsys, "ask", "What did the Tudeh Party sign?")
    assert f"signed       {JOINT}" in out


@pytest.mark.model
def test_ask_reads_one_question_per_line_and_prints_json_lines_in_order(
    cli_env: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    questions = ["release of political prisoners", "", "pizza recipe", "peace in the Middle East"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(questions) + "\n"))
    code, out, _ = _run(capsys, "ask", "--json", "-k", "2")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["question"] for d in lines] == [q for q in questions if q]
    assert lines[0]["hits"][0]["paragraph"] == 3
    assert lines[1]["hits"] == []
    assert all(len(d["hits"]) <= 2 for d in lines)


@pytest.mark.model
def test_ask_text_output_shows_quote_then_citation(cli_env: Path, capsys):
    code, out, _ = _run(capsys, "ask", "-k", "1", "political prisoners")
    assert code == 0
    quote_at = out.index("“We are calling for the immediate release")
    assert out.index(f"({JOINT}), ¶3", quote_at) > quote_at


def test_signed_by_json_lists_statement_with_role(fake_index: Path, capsys, monkeypatch):
    code, out, _ = _run(capsys, "signed-by", "--json", "Communist Party of Britain")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "Communist Party of Britain"
    assert [(s["statement_id"], s["role"]) for s in data["statements"]] == [(JOINT, "signatory")]
    assert set(data["statements"][0]) >= SIGNED_KEYS

    code, out, _ = _run(capsys, "signed-by", "--json", "Communist Party of China")
    assert code == 0 and json.loads(out)["statements"] == []

    monkeypatch.setattr(sys, "stdin", io.StringIO("Iraqi Communist Party\nTudeh Party of Iran\n"))
    code, out, _ = _run(capsys, "signed-by", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [[(s["statement_id"], s["role"]) for s in r["statements"]] for r in rows] == [
        [(JOINT, "signatory"), (LETTER, "recipient")],
        [(JOINT, "signatory")],
    ]


def test_list_and_show(fake_index: Path, capsys):
    code, out, _ = _run(capsys, "list", "--json")
    assert code == 0
    ids = [s["statement_id"] for s in json.loads(out)["statements"]]
    assert ids == [LETTER, JOINT]  # dated first
    code, out, _ = _run(capsys, "show", "--json", JOINT)
    shown = json.loads(out)
    assert len(shown["signatories"]) == 27 and len(shown["paragraphs"]) == 5
    code, out, _ = _run(capsys, "show", LETTER)
    assert "authors (1):" in out and "¶7" in out
    # Part of a title that fits one statement also works; one that fits none is an error.
    code, out, _ = _run(capsys, "show", "--json", "Left Party of Iran to Iraqi")
    assert code == 0 and json.loads(out)["statement_id"] == LETTER
    code, _, err = _run(capsys, "show", "Letter from nowhere")
    assert code == 1 and "No statement has the id" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", ""], "The question is empty"),
        (["ask", "   "], "The question is empty"),
        (["signed-by", ""], "organisation name is empty"),
        (["show", "no_such_statement"], "No statement has the id 'no_such_statement'"),
        (["list", "--seeds", "/definitely/not/here"], "does not exist"),
    ],
)
def test_bad_input_gets_one_line_error_and_nonzero_exit(fake_index: Path, capsys, argv, message):
    before = (fake_index / "CURRENT").read_text()
    code, out, err = _run(capsys, *argv)
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]
    assert (fake_index / "CURRENT").read_text() == before  # nothing indexed is lost


@pytest.mark.model
def test_python_m_index_subprocess_end_to_end(tmp_path: Path, seeds_dir: Path):
    env = {**os.environ, "SEEDS_DIR": str(seeds_dir), "DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "index",
            "ask",
            "--json",
            "Should foreign powers intervene in Iran?",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["hits"][0]["paragraph"] == 5
    bad = subprocess.run(
        [sys.executable, "-m", "index", "ask", ""],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 1 and bad.stderr.startswith("error: The question is empty")


def test_org_cosigners_and_joint_signatures_json(fake_index: Path, capsys):
    code, out, _ = _run(capsys, "org", "--json", "Iraqi Communist Party")
    card = json.loads(out)
    assert code == 0 and card["organisation"] == "Iraqi Communist Party"
    assert set(card["variants"]) == {"Iraqi Communist Party", "Communist Party of Iraq"}
    assert [(s["statement_id"], s["role"]) for s in card["statements"]] == [
        (JOINT, "signatory"),
        (LETTER, "recipient"),
    ]
    assert card["mentions"] == [
        {
            "statement_id": LETTER,
            "title": card["statements"][1]["title"],
            "date": "2024-03-08",
            "paragraph": 7,
        }
    ]
    assert len(card["cosigners"]) == 10

    code, out, _ = _run(capsys, "cosigners", "--json", "-n", "30", "WFDY")
    data = json.loads(out)
    assert (
        data["organisation"] == "World Federation of Democratic Youth"
        and data["match"] == "acronym"
    )
    assert len(data["cosigners"]) == 26  # the other 26 signatories of 003
    assert all(c["count"] == 1 and c["statement_ids"] == [JOINT] for c in data["cosigners"])

    code, out, _ = _run(capsys, "signed-by", "--json", "Tudeh Party of Iran", "--and", "Die Linke")
    joint = json.loads(out)
    assert [s["statement_id"] for s in joint["statements"]] == [JOINT]
    assert joint["statements"][0]["as_written_all"] == [
        "Tudeh Party of Iran",
        "De Linke (Germany)_",
    ]

    code, out, _ = _run(
        capsys, "signed-by", "--json", "Tudeh Party of Iran", "--and", "Left Party of Iran"
    )
    assert json.loads(out)["statements"] == []  # one signed, the other only wrote a letter

    code, out, _ = _run(capsys, "signed-by", "Communist Party of China")
    assert "Did you mean:" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_highlighted_sentence_is_bold_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch):
    from index.__main__ import BOLD, PLAIN, _emphasise
    from index.models import Hit

    text = "First sentence here. The answer sentence. Last one."
    a = 100 + text.index("The answer")
    b = a + len("The answer sentence.")
    hit = Hit(
        "s", "T", None, None, "s.txt", 1, text, 0.5, 100, 100 + len(text), highlights=((a, b),)
    )
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys, "stdout", _Terminal())
    assert _emphasise(hit) == text.replace(
        "The answer sentence.", f"{BOLD}The answer sentence.{PLAIN}"
    )
    monkeypatch.setenv("NO_COLOR", "1")
    assert _emphasise(hit) == text
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert _emphasise(hit) == text


def test_info_counts_what_the_index_holds(fake_index: Path, capsys):
    code, out, _ = _run(capsys, "info", "--json")
    assert code == 0
    data = json.loads(out)
    assert {k: data[k] for k in ("statements", "passages", "earliest", "latest", "undated")} == {
        "statements": 2,
        "passages": 12,
        "earliest": "2024-03-08",
        "latest": "2024-03-08",
        "undated": 1,
    }
    assert data["organisations"] >= 28 and data["built_at"]


HARBOUR_TEXT = (
    "Statement on the harbour strike\n\n"
    "The dock workers of Port Ellery have stopped work to defend their pensions.\n\n"
    "Harbour Workers Federation\nEllery Tenants League\n"
)


@pytest.mark.model
def test_add_and_remove_keep_every_version(cli_env: Path, tmp_path: Path, capsys):
    upload = tmp_path / "Harbour Strike.txt"
    upload.write_text(HARBOUR_TEXT, encoding="utf-8")
    code, out, _ = _run(capsys, "add", str(upload), "--date", "2026-11-01", "--json")
    assert code == 0
    added = json.loads(out)
    assert (added["statement_id"], added["replaced"], added["archived"]) == (
        "Harbour_Strike",
        False,
        None,
    )
    assert added["build"]["added"] == ["Harbour_Strike"]
    seeds = Path(os.environ["SEEDS_DIR"])
    assert (seeds / "Harbour_Strike.txt").read_text(encoding="utf-8") == HARBOUR_TEXT
    assert (seeds / "Harbour_Strike.toml").read_text(encoding="utf-8") == "date = 2026-11-01\n"

    # The same id again: refused with what to do; with --replace, the old one is archived.
    code, _, err = _run(capsys, "add", str(upload))
    assert code == 1 and "pass --replace" in err
    upload.write_text(HARBOUR_TEXT.replace("pensions", "wages"), encoding="utf-8")
    code, out, _ = _run(capsys, "add", str(upload), "--replace", "--title", "Harbour strike")
    assert code == 0 and "The previous version is kept in" in out
    # The new title is added to the metadata; the date given before stays.
    assert (seeds / "Harbour_Strike.toml").read_text(encoding="utf-8") == (
        'date = 2026-11-01\ntitle = "Harbour strike"\n'
    )
    archived = list((cli_env / "archive").glob("*-replaced-Harbour_Strike/Harbour_Strike.txt"))
    assert [p.read_text(encoding="utf-8") for p in archived] == [HARBOUR_TEXT]

    code, out, _ = _run(capsys, "remove", "Harbour_Strike", "--json")
    assert code == 0
    removed = json.loads(out)
    assert removed["files"] == ["Harbour_Strike.toml", "Harbour_Strike.txt"]
    assert removed["build"]["removed"] == ["Harbour_Strike"]
    assert not (seeds / "Harbour_Strike.txt").exists()
    assert (Path(removed["archived"]) / "Harbour_Strike.txt").exists()
    code, _, err = _run(capsys, "remove", "Harbour_Strike")
    assert code == 1 and "No statement has the id 'Harbour_Strike'" in err


def test_add_refuses_bad_files_and_changes_nothing(fake_index: Path, tmp_path: Path, capsys):
    seeds = Path(os.environ["SEEDS_DIR"])
    before = sorted(p.name for p in seeds.iterdir())
    latin = tmp_path / "cafe.txt"
    latin.write_bytes("Caf\xe9 workers strike.".encode("latin-1"))
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    good = tmp_path / "good.txt"
    good.write_text(HARBOUR_TEXT, encoding="utf-8")
    for argv, message in [
        (["add", str(latin)], "not UTF-8"),
        (["add", str(pdf)], "The PDF cannot be read"),
        (["add", str(tmp_path / "scan.exe")], "Cannot read"),
        (["add", str(tmp_path / "missing.txt")], "Cannot read"),
        (["add", str(good), "--date", "yesterday"], "is not a date"),
        (["add", str(good), "--source", "example.org"], "is not a link"),
    ]:
        code, _, err = _run(capsys, *argv)
        assert code == 1 and message in err, argv
    assert sorted(p.name for p in seeds.iterdir()) == before
