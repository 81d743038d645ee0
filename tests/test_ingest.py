"""Parsing statement files: paragraphs, headers, signatories, dates, sidecars, bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.ingest import (
    SeedFile,
    Sidecar,
    StatementRejected,
    load_statement,
    parse_date,
    parse_statement,
    scan_seeds,
)
from index.models import Role
from index.names import name_key

from .support import JOINT, LETTER, SEEDS

JOINT_SIGNATORIES = [
    "Tudeh Party of Iran",
    "AKEL (Cyprus)",
    "Communist Party of Turkey",
    "Communist Party of Iraq",
    "Communist Party of Lebanon",
    "Communist Party of Jordan",
    "People’s Party of Palestine",
    "Communist Party of Israel",
    "Communist Party of Egypt",
    "Communist Party of Sudan",
    "Ettajdid Movement, Tunisia",
    "Party of Italian Communists",
    "Communist Party of Russian Federation",
    "Hungarian Communist Workers’ Party",
    "Communist Party of Malta",
    "Communist Party of Britain",
    "Communist Party of Greece",
    "Communist Party of Portugal",
    "Communist Party of France",
    "Communist Party in Denmark",
    "Party of Progress and Socialism, Morroco",
    "World Federation of Democratic Youth",
    "De Linke (Germany)_",
    "Socialist Left Party (Norway)",
    "Red- Green Aliance (Denmark)",
    "Synaspismos (Greece)",
    "Democratic Left (Greece)",
]


def _seed(statement_id: str):
    path = next(SEEDS.glob(f"{statement_id}.*"))
    statement, problems = load_statement(SeedFile(path, None))
    assert problems == []
    return statement


def _parse(text: str, sid: str = "t"):
    return parse_statement(sid, f"{sid}.txt", text)


def test_joint_statement_paragraphs_are_exact_excerpts():
    s = _seed(JOINT)
    raw = (SEEDS / f"{JOINT}.txt").read_text(encoding="utf-8")
    assert s.text == raw
    starts = [p.text[:40] for p in s.paragraphs]
    assert starts == [
        "As the situation in Iran simmers and gre",
        "We, the representatives of the undersign",
        "We are calling for the immediate release",
        "We emphasise our long standing position ",
        "We express our total opposition to any e",
    ]
    assert [p.number for p in s.paragraphs] == [1, 2, 3, 4, 5]
    for p in s.paragraphs:
        assert raw[p.start : p.end] == p.text
    assert (
        s.paragraphs[2].text
        == "We are calling for the immediate release of political prisoners in Iran."
    )
    assert s.paragraphs[4].text.endswith("decided by the Iranian people themselves.")


def test_joint_statement_has_27_distinct_signatories_in_order():
    s = _seed(JOINT)
    assert [p.as_written for p in s.signatories] == JOINT_SIGNATORIES
    assert all(p.role is Role.SIGNATORY for p in s.signatories)
    assert s.authors == () and s.recipients == ()
    assert s.date is None
    # Signatories are data, not prose: no paragraph holds one.
    assert not any(p.text == "Tudeh Party of Iran" for p in s.paragraphs)


def test_letter_headers_signature_and_date():
    s = _seed(LETTER)
    assert [p.as_written for p in s.authors] == [
        "International Relations of the Left Party of Iran"
    ]
    assert [p.as_written for p in s.recipients] == ["Iraqi Communist Party"]
    assert s.signatories == ()
    assert s.date == dt.date(2024, 3, 8)
    assert "Left Party of Iran" in s.title and "Iraqi Communist Party" in s.title


def test_letter_salutations_closing_and_signature_are_not_paragraphs():
    s = _seed(LETTER)
    assert len(s.paragraphs) == 7
    texts = [p.text for p in s.paragraphs]
    assert texts[0] == (
        "Accept our sincere greetings on the celebration of the 90th anniversary of the "
        "founding of your Party."
    )
    assert texts[-1].startswith("With the best congratulations on the 90th anniversary")
    for text in texts:
        assert not text.startswith(("Dear comrades", "Best wishes", "From:", "To:", "March 8"))
        assert "International relations of The Left Party" not in text


def test_derived_title_of_statement_without_heading_is_its_opening_words():
    s = _seed(JOINT)
    assert s.title.startswith("As the situation in Iran simmers")
    assert len(s.title) <= 90


def test_name_key_ignores_case_quotes_punctuation_and_trailing_junk():
    assert name_key("People’s Party of Palestine") == name_key("people's party of palestine")
    assert name_key("De Linke (Germany)_") == name_key("De Linke (Germany)")
    assert name_key("Red- Green Aliance (Denmark)") == name_key("Red-Green  Aliance (Denmark)")
    assert name_key("World Federation of Democratic Youth (WFDY)") == name_key(
        "World Federation of Democratic Youth"
    )
    assert name_key("Communist Party of Britain") != name_key("Communist Party of Greece")


def test_markdown_heading_is_title_and_wrapped_lines_join():
    text = (
        "# Joint call on water rights\n\n"
        "The undersigned organisations of the Valley Basin call for the protection of\n"
        "public water and for an end to the sale of river rights to private\n"
        "companies.\n\n"
        "We will hold a day of action on the first of May.\n\n"
        "Signed by:\n"
        "- Valley Farmers Union\n"
        "- Riverbank Tenants Association\n"
    )
    s = _parse(text)
    assert s.title == "Joint call on water rights"
    assert len(s.paragraphs) == 2
    assert s.paragraphs[0].text.startswith("The undersigned organisations")
    assert s.paragraphs[0].text.endswith("private\ncompanies.")
    assert [p.as_written for p in s.signatories] == [
        "Valley Farmers Union",
        "Riverbank Tenants Association",
    ]


def test_sidecar_overrides_title_date_source_and_signatories(seeds_dir: Path):
    (seeds_dir / f"{JOINT}.toml").write_text(
        'title = "Joint statement on Iran"\n'
        "date = 2010-01-15\n"
        'source = "https://example.org/iran"\n'
        'signatories = ["Alpha Party", "Beta Union"]\n',
        encoding="utf-8",
    )
    files, skipped = scan_seeds(seeds_dir)
    assert skipped == []
    seed = next(f for f in files if f.id == JOINT)
    s, problems = load_statement(seed)
    assert problems == []
    assert s.title == "Joint statement on Iran"
    assert s.date == dt.date(2010, 1, 15)
    assert s.source_url == "https://example.org/iran"
    assert [p.as_written for p in s.signatories] == ["Alpha Party", "Beta Union"]
    assert len(s.paragraphs) == 5  # the text itself is untouched


def test_invalid_sidecar_is_reported_and_statement_still_parsed(seeds_dir: Path):
    (seeds_dir / f"{JOINT}.toml").write_text('title = "unterminated\n', encoding="utf-8")
    files, _ = scan_seeds(seeds_dir)
    s, problems = load_statement(next(f for f in files if f.id == JOINT))
    assert len(problems) == 1
    assert problems[0].file_name == f"{JOINT}.toml"
    assert "invalid TOML" in problems[0].reason
    assert len(s.signatories) == 27


def test_other_files_and_bad_encodings_are_reported_by_name(tmp_path: Path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "good.md").write_text(
        "A short statement about the harbour strike.\n", encoding="utf-8"
    )
    (folder / "bom.txt").write_bytes("\ufeffWe support the harbour workers.\n".encode())
    (folder / "latin1.txt").write_bytes("Caf\xe9 workers demand fair pay.\n".encode("latin-1"))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "orphan.toml").write_text('title = "x"\n', encoding="utf-8")
    (folder / "sub").mkdir()
    files, skipped = scan_seeds(folder)
    reasons = {s.file_name: s.reason for s in skipped}
    assert set(reasons) == {"notes.pdf", "orphan.toml", "sub"}
    assert "not a .txt or .md" in reasons["notes.pdf"]
    assert [f.id for f in files] == ["bom", "good", "latin1"]
    bom, _ = load_statement(files[0])
    assert bom.text.startswith("We support")  # the BOM is dropped
    with pytest.raises(StatementRejected, match="UTF-8"):
        load_statement(files[2])


def test_file_without_prose_is_rejected():
    with pytest.raises(StatementRejected, match="no prose"):
        _parse("\n\n   \n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 8, 2024", dt.date(2024, 3, 8)),
        ("8 March 2024", dt.date(2024, 3, 8)),
        ("8th of March, 2024", dt.date(2024, 3, 8)),
        ("Paris, 2023-11-02", dt.date(2023, 11, 2)),
        ("Sept. 1, 2021", dt.date(2021, 9, 1)),
        ("no date here", None),
        ("February 30, 2024", None),
        ("14.02.2023", dt.date(2023, 2, 14)),
        ("08/03/2024", dt.date(2024, 3, 8)),
        ("12/31/2024", dt.date(2024, 12, 31)),  # day first is impossible: month first
        ("version 1.2.2024 of the text", dt.date(2024, 2, 1)),
        ("3.14.15.2024", None),
        # A weekday before the numbers tells day from month when both could be either.
        ("Tue, 03/11/2025 - 14:02", dt.date(2025, 3, 11)),
        ("Mon, 03/11/2025", dt.date(2025, 11, 3)),
        ("mercredi 04/02/2026", dt.date(2026, 2, 4)),
        ("Thursday 04/02/2026", dt.date(2026, 4, 2)),
        ("woensdag 3 september 2025", dt.date(2025, 9, 3)),
        ("1 mei 2024", dt.date(2024, 5, 1)),
    ],
)
def test_parse_date(text: str, expected: dt.date | None):
    assert parse_date(text) == expected


MARKDOWN_STATEMENT = """# Joint Statement on the Dockers' Strike in Port Ellery

*Published 12 April 2025*

Source: https://example.org/statements/dockers

We, the undersigned organisations, salute the dock workers of Port Ellery.

The strike has lasted three weeks. The employers refuse to negotiate.

**Signatories:**

- Harbour Workers Federation (Freedonia)
- Ellery Tenants League
"""

LETTER_WITH_NUMERIC_DATE = """OPEN LETTER TO THE MINISTER OF LABOUR

14.02.2023

Dear Minister,

We write to you about the pension reform.

Yours sincerely,

Unity Party of Freedonia
Green Left of Genovia

<https://example.org/letters/pensions>
"""


def test_date_source_and_emphasised_heading_lines_are_metadata_not_paragraphs():
    s = parse_statement("dockers", "dockers.md", MARKDOWN_STATEMENT)
    assert s.title == "Joint Statement on the Dockers' Strike in Port Ellery"
    assert s.date == dt.date(2025, 4, 12)
    assert s.source_url == "https://example.org/statements/dockers"
    assert [p.text for p in s.paragraphs] == [
        "We, the undersigned organisations, salute the dock workers of Port Ellery.",
        "The strike has lasted three weeks. The employers refuse to negotiate.",
    ]
    assert [p.as_written for p in s.signatories] == [
        "Harbour Workers Federation (Freedonia)",
        "Ellery Tenants League",
    ]
    letter = parse_statement("pensions", "pensions.txt", LETTER_WITH_NUMERIC_DATE)
    assert letter.date == dt.date(2023, 2, 14)
    assert letter.source_url == "https://example.org/letters/pensions"
    assert [p.text for p in letter.paragraphs] == ["We write to you about the pension reform."]
    assert [p.as_written for p in letter.signatories] == [
        "Unity Party of Freedonia",
        "Green Left of Genovia",
    ]
    # A sidecar still wins over what the text says.
    sidecar = Sidecar(date=dt.date(2025, 5, 1), source_url="https://example.org/other")
    both = parse_statement("dockers", "dockers.md", MARKDOWN_STATEMENT, sidecar)
    assert (both.date, both.source_url) == (dt.date(2025, 5, 1), "https://example.org/other")


def test_inline_signatures_split_on_the_final_and_but_keep_names_with_and():
    s = parse_statement(
        "tenants",
        "tenants.txt",
        "Solidarity with the tenants of Ellery\r\n\r\n1. We support the rent strike in Ellery.\r\n\r\n"
        "Signed: Ellery Tenants League, Unity Party of Freedonia and Green Left of Genovia.\r\n\r\n"
        "Ellery, 3 May 2025\r\n",
    )
    assert [p.as_written for p in s.signatories] == [
        "Ellery Tenants League",
        "Unity Party of Freedonia",
        "Green Left of Genovia",
    ]
    assert s.date == dt.date(2025, 5, 3)
    assert [p.text for p in s.paragraphs] == ["1. We support the rent strike in Ellery."]
    kept = parse_statement(
        "unions",
        "unions.txt",
        "We back the strike.\n\nSigned by: Workers and Peasants Party, Party of Labour and Progress\n",
    )
    assert [p.as_written for p in kept.signatories] == [
        "Workers and Peasants Party",
        "Party of Labour and Progress",
    ]


def test_a_link_inside_the_text_stays_a_paragraph_a_labelled_source_does_not():
    s = parse_statement(
        "petition",
        "petition.txt",
        "Title here\n\nWe call for support.\n\nhttps://example.org/petition\n\n"
        "Sign the petition today, friends of peace everywhere.\n\n"
        "Source: https://example.org/x\n\nUnity Party of Freedonia\n",
    )
    assert s.source_url == "https://example.org/x"
    assert [p.text for p in s.paragraphs] == [
        "We call for support.",
        "https://example.org/petition",
        "Sign the petition today, friends of peace everywhere.",
    ]
    # One organisation signing alone is the statement's author, not one of several signatories.
    assert [p.as_written for p in s.authors] == ["Unity Party of Freedonia"]
