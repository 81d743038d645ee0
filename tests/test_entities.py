"""Signatories as entities: extraction layouts, alias resolution, conservative matching."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from index.entities import EntityIndex
from index.evaluate import load_queries, score_signatories
from index.ingest import SeedFile, load_statement, parse_statement, scan_seeds
from index.models import Role
from index.search import Engine

from .support import JOINT, LETTER, ROOT, FakeEmbedder

STATEMENTS = ROOT / "tests" / "data" / "statements"
QUERIES = ROOT / "tests" / "data" / "signatory_queries.jsonl"


def _statement(name: str):
    path = next(STATEMENTS.glob(f"{name}.*"))
    return load_statement(SeedFile(path, None))[0]


def _names(parties):
    return [(p.as_written, p.kind) for p in parties]


@pytest.fixture
def layouts_engine(tmp_path: Path) -> Engine:
    """The seeds plus the layout test statements, indexed with the fake embedder."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    for path in STATEMENTS.iterdir():
        shutil.copy(path, seeds / path.name)
    engine = Engine(seeds, tmp_path / "data", FakeEmbedder())
    engine.refresh()
    return engine


def test_signed_by_heading_with_numbered_and_bulleted_items():
    s = _statement("signed_by_list")
    assert _names(s.signatories) == [
        ("Lower Vale Farmers Union", "organisation"),
        ("Riverbank Tenants Association (Norway)", "organisation"),
        ("Weir Street Workers' Cooperative, Sweden", "organisation"),
        ("Vale Socialist Youth (VSY)", "organisation"),
        ("Green Meadow Alliance", "organisation"),
    ]
    assert len(s.paragraphs) == 2 and s.title == "Joint declaration on river water"


def test_inline_comma_list_keeps_country_qualifiers():
    s = _statement("inline_list")
    assert [p.as_written for p in s.signatories] == [
        "Hilltop Residents Forum",
        "Northern Nurses Guild",
        "Mountain Pensioners League (Chile)",
        "the Unity Party of Freedonia",
    ]


def test_organisations_and_individuals_are_kept_apart():
    s = _statement("orgs_and_people")
    assert _names(s.signatories) == [
        ("Free Press Defence Network", "organisation"),
        ("Coastal Journalists Union, Portugal", "organisation"),
        ("Maria Exampleton", "individual"),
        ("Jon Placeholder", "individual"),
        ("Dr. Ada Samplewell", "individual"),
    ]


def test_letter_addressee_from_salutation_and_sender_from_signature():
    s = _statement("letter_dear")
    assert [p.as_written for p in s.recipients] == ["Northern Workers' Party"]
    assert [p.as_written for p in s.authors] == [
        "Executive Committee of the Coastal Labour Federation"
    ]
    assert s.signatories == ()
    assert str(s.date) == "2023-05-12"
    assert [p.text[:20] for p in s.paragraphs] == ["We send you our warm", "Your struggle for th"]


def test_labelled_set_signed_precision_is_one_and_recall_high(fake_engine: Engine):
    fake_engine.refresh()
    queries = load_queries(QUERIES)
    assert len(queries) >= 40
    scores = score_signatories(fake_engine, queries).as_dict()
    assert scores["signed_precision"] == 1.0, scores["failures"]
    assert scores["precision"] == 1.0, scores["failures"]
    assert scores["signed_recall"] >= 0.95, scores["failures"]
    assert scores["negatives"] >= 10


@pytest.mark.parametrize(
    "name",
    [
        "Iraqi Communist Party",
        "WFDY",
        "Die Linke",
        "Red-Green Alliance",
        "Communist Party of the Russian Federation",
        "People's Party of Palestine",
    ],
)
def test_done_when_names_find_the_joint_statement(fake_engine: Engine, name: str):
    fake_engine.refresh()
    found = fake_engine.lookup(name)
    assert (JOINT, Role.SIGNATORY) in [(a.statement_id, a.role) for a in found.appearances]


def test_done_when_letter_author_recipient_and_negatives(fake_engine: Engine):
    fake_engine.refresh()
    left = fake_engine.lookup("Left Party of Iran")
    assert [(a.statement_id, a.role) for a in left.appearances] == [(LETTER, Role.AUTHOR)]
    assert left.appearances[0].as_written == "International Relations of the Left Party of Iran"
    iraqi = fake_engine.lookup("Iraqi Communist Party")
    assert (LETTER, Role.RECIPIENT) in [(a.statement_id, a.role) for a in iraqi.appearances]
    assert (LETTER, 7) in [(m.statement_id, m.paragraph) for m in iraqi.mentions]
    for name in ("Communist Party of China", "Labour Party"):
        miss = fake_engine.lookup(name)
        assert miss.appearances == () and not miss.found
        assert miss.suggestions, name


def test_ambiguous_name_gets_did_you_mean_not_a_guess(fake_engine: Engine):
    fake_engine.refresh()
    result = fake_engine.lookup("Communist Party")
    assert result.method == "ambiguous" and result.appearances == ()
    assert "Communist Party of Britain" in result.suggestions


def test_initials_with_the_country_or_as_written_are_acronyms(fake_engine: Engine):
    fake_engine.refresh()
    for acronym, name in [
        ("CPB", "Communist Party of Britain"),
        ("C.P.B.", "Communist Party of Britain"),
        ("CPRF", "Communist Party of Russian Federation"),
        ("HCWP", "Hungarian Communist Workers’ Party"),
    ]:
        found = fake_engine.lookup(acronym)
        assert (found.name, found.method) == (name, "acronym"), acronym
    # Initials that fit several organisations are a question back, never a guess.
    several = fake_engine.lookup("CPI")
    assert several.method == "ambiguous" and not several.found
    assert {"Communist Party of Israel", "Iraqi Communist Party"} <= set(several.suggestions)


@pytest.mark.parametrize(
    ("query", "statement_id", "role"),
    [
        ("Harbour Workers Party of Iceland", "demonym_statement", Role.SIGNATORY),
        ("VSY", "signed_by_list", Role.SIGNATORY),
        ("Weir Street Workers Cooperative", "signed_by_list", Role.SIGNATORY),
        ("Coastal Labour Federation", "letter_dear", Role.AUTHOR),
        ("Northern Workers Party", "letter_dear", Role.RECIPIENT),
        ("Unity Party of Freedonia", "inline_list", Role.SIGNATORY),
        ("Mountain Pensioners Leage", "inline_list", Role.SIGNATORY),
    ],
)
def test_matching_on_layout_statements(
    layouts_engine: Engine, query: str, statement_id: str, role: Role
):
    found = layouts_engine.lookup(query)
    assert [(a.statement_id, a.role) for a in found.appearances] == [(statement_id, role)], found


@pytest.mark.parametrize(
    "query",
    [
        "Riverbank Tenants Association (Sweden)",
        "Chilean Harbour Workers Party",
        "Mountain Pensioners League (Peru)",
        "Valley Farmers Union",
    ],
)
def test_other_country_or_other_word_is_another_organisation(layouts_engine: Engine, query: str):
    assert layouts_engine.lookup(query).appearances == ()


def test_alias_file_merges_and_splits_and_is_picked_up_on_refresh(layouts_engine: Engine):
    seeds = layouts_engine.seeds_dir
    assert layouts_engine.lookup("The Left (Germany)").appearances == ()
    (seeds / "aliases.toml").write_text(
        '[aliases]\n"The Left (Germany)" = "De Linke (Germany)_"\n'
        '"Hilltop Residents Forum" = "Free Press Defence Network"\n\n'
        '[distinct]\nnames = ["Communist Party of Iraq"]\n',
        encoding="utf-8",
    )
    os.utime(seeds / "aliases.toml", ns=(1, 2))  # a stamp unlike any earlier one
    report = layouts_engine.refresh()
    assert "aliases.toml" not in [s.file_name for s in report.skipped]
    alias = layouts_engine.lookup("The Left (Germany)")
    assert alias.method == "alias" and alias.appearances[0].statement_id == JOINT
    merged = layouts_engine.lookup("Free Press Defence Network")
    assert {a.statement_id for a in merged.appearances} == {"orgs_and_people", "inline_list"}
    split = layouts_engine.lookup("Iraqi Communist Party")
    assert [(a.statement_id, a.role) for a in split.appearances] == [(LETTER, Role.RECIPIENT)]


def test_scan_does_not_report_the_alias_file(tmp_path: Path):
    (tmp_path / "aliases.toml").write_text("[aliases]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A statement about the harbour.\n", encoding="utf-8")
    files, skipped = scan_seeds(tmp_path)
    assert [f.id for f in files] == ["a"] and skipped == []


def test_a_committee_named_after_its_organisation_counts_as_the_organisation():
    statement = parse_statement(
        "shipyard",
        "shipyard.txt",
        "We condemn the closure of the shipyard.\n\n"
        "Coastal Labour Federation, Executive Committee\n"
        "Harbour Workers Federation (International Department)\n",
    )
    entities = EntityIndex([statement])
    for typed, written in [
        ("Coastal Labour Federation", "Coastal Labour Federation, Executive Committee"),
        ("Harbour Workers Federation", "Harbour Workers Federation (International Department)"),
    ]:
        found = entities.resolve(typed)
        assert found.entity is not None, typed
        assert [p.as_written for _, p in found.entity.parties] == [written]
    # A committee is never an organisation of its own: "Executive Committee" names nobody.
    assert entities.resolve("Executive Committee").entity is None
