"""Questions over the labelled collection, with the real model: the ranking, the filters read
from questions and abstention on statements the seeds never showed. The figures are
`python -m index eval --collection`; these tests guard them and the behaviours behind them."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.embedding import SentenceTransformerEmbedder
from index.evaluate_collection import halves, question_engine, score_questions
from index.search import Engine

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "collection" / "dev"


@pytest.fixture(scope="module")
def dev_engine(
    tmp_path_factory: pytest.TempPathFactory, real_embedder: SentenceTransformerEmbedder
) -> Engine:
    """An engine over the development half's statements, built once for the module."""
    engine = Engine(DEV / "statements", tmp_path_factory.mktemp("dev") / "data", real_embedder)
    engine.refresh()
    return engine


def test_a_quoted_phrase_finds_the_passage_that_holds_it(dev_engine: Engine):
    answer = dev_engine.ask('"worth less than a single life"', k=3)
    top = answer.hits[0]
    assert (top.statement_id, top.paragraph) == ("kestria-vestria-border-peace", 2)
    assert not top.weak  # found word for word, however low its cosine
    assert "worth less than a single life" in " ".join(top.text.split())


def test_what_an_organisation_did_is_looked_for_in_its_own_statements(dev_engine: Engine):
    answer = dev_engine.ask(
        "What did the Koravian Miners' Federation demand after the Brenn explosion?", k=3
    )
    assert answer.filters.organisation == "Koravian Miners Federation"
    assert {h.statement_id for h in answer.hits} == {"brenn-colliery-statement"}


def test_who_wrote_the_letter_to_an_organisation_answers_with_its_authors(dev_engine: Engine):
    answer = dev_engine.ask("Who wrote the open letter to the Union of Lusenian Students?")
    assert answer.filters.addressed
    assert {h.statement_id for h in answer.hits} == {"add-open-letter-uls-from-yclv"}
    [signers] = answer.signers
    assert "Young Communist League of Vestria (YCLV)" in signers.authors


def test_who_wrote_a_statement_named_by_its_title_finds_that_statement(dev_engine: Engine):
    answer = dev_engine.ask("Who wrote the open letter to the Minister of Labour of Lusenia?")
    assert answer.hits[0].statement_id == "open-letter-lusenian-labour-minister"
    assert answer.signers[0].signatories  # the joint letter's signers come with it


def test_a_statement_named_by_its_title_is_no_unknown_organisation(dev_engine: Engine):
    answer = dev_engine.ask(
        "What does the Declaration of the Second Harbour Assembly demand of the city council?"
    )
    assert answer.notes == ()
    assert (answer.hits[0].statement_id, answer.hits[0].paragraph) == (
        "t3-harbour-assembly-declaration",
        3,
    )


def test_what_an_organisation_did_is_also_read_in_what_others_wrote_of_it(dev_engine: Engine):
    # Its own statements first …
    own = dev_engine.ask("What did the Kestrian Women's League demand?", k=3)
    assert (own.hits[0].statement_id, own.hits[0].paragraph) == ("kwl-8-march-2025", 3)
    # … and when they say nothing of it, what others wrote ("X, which has called for …").
    mentioned = dev_engine.ask(
        "What does the Koravian National Front want done to peace activists?"
    )
    assert ("koravia-missile-base", 3) in [(h.statement_id, h.paragraph) for h in mentioned.hits]


def test_a_quoted_title_names_its_statement(dev_engine: Engine):
    answer = dev_engine.ask('What does "Women workers will not pay for the crisis" demand?', k=3)
    assert {h.statement_id for h in answer.hits} == {"kwl-8-march-2025"}
    assert not any(h.weak for h in answer.hits)


def test_questions_in_the_statements_own_language(dev_engine: Engine):
    answer = dev_engine.ask("¿Adónde irá la marcha del 5 de julio?", k=3)
    assert answer.notes == ()  # "¿Adónde" opens the question: it is no unknown name
    assert ("ml-pso-declaracion-alta-veyra", 4) in [
        (h.statement_id, h.paragraph) for h in answer.hits
    ]


def test_common_abbreviations_are_not_unknown_names(dev_engine: Engine):
    answer = dev_engine.ask("What do they ask MPs and NGOs to do about the Aldvik missile base?")
    assert answer.hits and answer.notes == ()


def test_a_language_is_not_an_unknown_place(dev_engine: Engine):
    answer = dev_engine.ask(
        "Who wrote to the Sundgard railway workers' union in Spanish to support its strike?"
    )
    assert answer.hits and not answer.notes
    # A place the collection never mentions still is one.
    assert dev_engine.ask("What did they say about the strike in Rotterdam?").hits == ()


@pytest.mark.parametrize("name", ["dev", "test"])
def test_questions_over_the_collection_meet_the_targets(name: str, dev_engine: Engine):
    """Regression guard for the README's figures (`python -m index eval --collection`)."""
    [half] = [h for h in halves() if h.name == name]
    # The test half is indexed beside the dev half, in the module's temporary folder.
    engine = dev_engine if name == "dev" else question_engine(dev_engine, half)
    engine.ensure_fresh()
    figures = score_questions(engine, half)
    misses = figures["misses"]
    assert figures["top3"] >= 0.95, misses
    assert figures["mrr"] >= 0.85, misses
    assert figures["who_signed_complete"] == figures["who_signed"], misses
    assert figures["abstained"] >= 0.95 * figures["abstain"], misses
    assert figures["lost_to_abstention"] <= 0.03 * figures["answerable"], misses


def test_when_its_own_statements_are_silent_what_others_wrote_of_it_answers(
    tmp_path: Path, real_embedder: SentenceTransformerEmbedder
):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "own.txt").write_text(
        "Wages in the port\n\nThe port employers must raise wages by ten per cent this year.\n\n"
        "Harbour Union of Tarnby\n",
        encoding="utf-8",
    )
    (seeds / "other.txt").write_text(
        "Free Ana Vel\n\nThe editor Ana Vel has been jailed for three months. The Harbour Union "
        "of Tarnby has tabled a motion in the city council demanding her release.\n\n"
        "Tarnby Press Club\n",
        encoding="utf-8",
    )
    engine = Engine(seeds, tmp_path / "data", real_embedder)
    engine.refresh()
    answer = engine.ask("What did the Harbour Union of Tarnby do about the jailed editor Ana Vel?")
    assert answer.hits and answer.hits[0].statement_id == "other"
    assert answer.filters.organisation is None  # the wider search, without its filter
