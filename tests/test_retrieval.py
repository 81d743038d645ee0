"""Retrieval with the real all-MiniLM-L6-v2 over the seeds: paraphrases find their paragraph."""

from __future__ import annotations

import datetime as dt

import pytest

from index.errors import UnknownOrganisation
from index.models import Role
from index.search import UNSEEN_MARGIN, Engine

from .support import JOINT, LETTER, ROOT

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("question", "statement_id", "paragraphs"),
    [
        ("Should foreign powers intervene in Iran?", JOINT, {5}),
        ("Do they demand that jailed dissidents be set free?", JOINT, {3}),
        ("Were protest leaders and lawyers detained by the regime?", JOINT, {2}),
        ("What is needed for peace in the Middle East?", LETTER, {5}),
        ("What did the Iraqi party fight for since its founding?", LETTER, {2}),
        ("What should replace the Islamic Republic?", LETTER, {4}),
        ("Which anniversary of the party is being celebrated?", LETTER, {1, 7}),
    ],
)
def test_paraphrased_question_finds_its_paragraph(
    real_engine: Engine, question: str, statement_id: str, paragraphs: set[int]
):
    answer = real_engine.ask(question, k=3)
    assert answer.hits, f"no hits for {question!r}"
    top = answer.hits[0]
    assert (top.statement_id, top.paragraph in paragraphs) == (statement_id, True), [
        (h.statement_id, h.paragraph, round(h.score, 3)) for h in answer.hits
    ]


def test_foreign_interference_question_quotes_the_opposition_paragraph(real_engine: Engine):
    answer = real_engine.ask("Should foreign powers intervene in Iran?")
    top = answer.hits[0]
    assert top.text.startswith(
        "We express our total opposition to any external interference in Iran"
    )
    statement = real_engine.statement(top.statement_id)
    assert statement.text[top.start : top.end] == top.text
    assert top.citation.startswith(f"“{statement.title}” ({JOINT}), ¶5, undated")


@pytest.mark.parametrize(
    "question",
    [
        "What is the recipe for pizza margherita?",
        "How do I fix a flat bicycle tyre?",
        "Who won the football world cup in 1998?",
        "What is the boiling point of water in Kelvin?",
    ],
)
def test_off_topic_questions_get_no_hits(real_engine: Engine, question: str):
    answer = real_engine.ask(question)
    assert answer.hits == ()
    assert "Nothing" in answer.message


def test_who_signed_question_carries_the_signatories(real_engine: Engine):
    answer = real_engine.ask("Who signed the call for the release of political prisoners in Iran?")
    assert answer.about_signers
    assert answer.hits[0].statement_id == JOINT
    signers = {s.statement_id: s for s in answer.signers}
    assert len(signers[JOINT].signatories) == 27
    assert signers[JOINT].signatories[0] == "Tudeh Party of Iran"


def test_own_question_set_recall_and_abstention(real_engine: Engine):
    from index.evaluate import evaluate_questions, load_questions

    questions = load_questions(ROOT / "tests" / "data" / "questions.jsonl")
    assert len(questions) >= 40
    result = evaluate_questions(real_engine, questions)
    assert result["recall@3"] >= 0.95, result["misses"]
    assert result["unanswerable_abstained"] == result["unanswerable"], result["misses"]


def test_best_sentence_is_highlighted_inside_the_quoted_paragraph(real_engine: Engine):
    answer = real_engine.ask("Were lawyers and journalists detained?", k=1)
    top = answer.hits[0]
    assert (top.statement_id, top.paragraph) == (JOINT, 2)
    ((a, b),) = top.highlights
    assert top.start <= a < b <= top.end
    assert real_engine.statement(JOINT).text[a:b].startswith("Amongst those in detention")


def test_filters_stated_in_the_question_and_given_as_options(real_engine: Engine):
    dated = real_engine.ask("statements from 2024 about peace in the region")
    assert dated.filters.since == dt.date(2024, 1, 1) and dated.filters.from_question
    assert {h.statement_id for h in dated.hits} == {LETTER}
    signed = real_engine.ask("What did the Tudeh Party sign about prisoners?")
    assert signed.filters.organisation == "Tudeh Party of Iran"
    assert (signed.hits[0].statement_id, signed.hits[0].paragraph) == (JOINT, 3)
    none = real_engine.ask("peace in the Middle East", until=dt.date(2020, 1, 1))
    assert none.hits == () and "dated 2020-01-01 or earlier" in none.message
    only = real_engine.ask("peace in the Middle East", organisation="Communist Party of Britain")
    assert {h.statement_id for h in only.hits} <= {JOINT}
    with pytest.raises(UnknownOrganisation, match="Did you mean"):
        real_engine.ask("peace", organisation="Communist Party of China")


def test_what_did_an_organisation_sign_without_a_topic_lists_its_statements(
    real_engine: Engine,
):
    listed = real_engine.ask("What did the Tudeh Party sign?")
    assert listed.hits == () and [a.statement_id for a in listed.statements] == [JOINT]
    assert listed.statements[0].role is Role.SIGNATORY
    assert listed.message.startswith("1 statement naming Tudeh Party of Iran")
    which = real_engine.ask("Which statements did the Communist Party of Britain co-sign?")
    assert [a.statement_id for a in which.statements] == [JOINT]
    # A date range applies to the list; a topic turns it back into a question.
    assert real_engine.ask("What did the Tudeh Party sign in 2019?").statements == ()
    topical = real_engine.ask("What did the Tudeh Party sign about prisoners?")
    assert topical.statements == () and topical.hits
    # A question that is only a name is the same request.
    for name in ("Tudeh Party of Iran", "WFDY?"):
        assert [a.statement_id for a in real_engine.ask(name).statements] == [JOINT], name
    assert real_engine.ask("peace").statements == ()


def test_which_statements_are_from_a_year_lists_them(real_engine: Engine):
    for question in ("Which statements are from 2024?", "What was published in March 2024?"):
        answer = real_engine.ask(question)
        assert answer.hits == () and [s.id for s in answer.listed] == [LETTER], question
        assert answer.message.startswith("1 statement dated 2024-")
    assert real_engine.ask("Which statements are from 2031?").listed == ()
    who = real_engine.ask("Who signed statements in 2024?")
    assert [s.id for s in who.listed] == [LETTER] and who.about_signers
    assert [s.authors for s in who.signers] == [
        ("International Relations of the Left Party of Iran",)
    ]
    # With a topic it is a question again.
    topical = real_engine.ask("What was said in 2024 about peace?")
    assert topical.listed == () and topical.hits


def test_an_unknown_organisation_in_the_question_is_reported_not_ignored(real_engine: Engine):
    answer = real_engine.ask("What did the Pizza Party sign about prisoners?")
    assert answer.filters.organisation is None
    assert len(answer.notes) == 1 and "No organisation named 'Pizza Party'" in answer.notes[0]
    # An organisation the collection does not know: nothing it said can be quoted.
    assert answer.hits == ()
    assert real_engine.ask("What did they say about prisoners?").notes == ()
    [several] = real_engine.ask("What did the Communist Party say about prisoners?").notes
    assert several.startswith("'Communist Party' could be several organisations")
    assert real_engine.ask("What did the Tudeh Party sign about prisoners?").notes == ()
    # Given as an option, the organisation is an error with suggestions, not a note.
    assert real_engine.ask("prisoners", organisation="Tudeh Party").notes == ()


def test_a_place_or_organisation_the_collection_never_mentions_is_said_and_nothing_quoted(
    real_engine: Engine,
):
    elsewhere = real_engine.ask("What do they say about political prisoners in Rotterdam?")
    assert elsewhere.hits == ()
    assert elsewhere.notes == ("Nothing in the collection mentions Rotterdam.",)
    # Every word known, the organisation not: "Green" and "Iran" are both in the seeds.
    green = real_engine.ask("What did the Green Party of Iran say about prisoners?")
    assert green.hits == () and green.notes
    # A name the statements use in another form ("Iranian" for "Iran") is known.
    assert real_engine.ask("What do they say about Iranian political prisoners?").hits
    # A question's first word is capitalised because it opens the question.
    assert real_engine.ask("Prisoners in Iran").hits


def test_a_question_sharing_no_word_with_the_collection_needs_a_clear_paraphrase(
    real_engine: Engine,
):
    assert real_engine.is_unseen("What do they say about sanctions?")
    assert not real_engine.is_unseen("What do they say about political prisoners?")
    # Off-topic for these statements, though its cosine clears MIN_SCORE.
    sanctions = real_engine.ask("What do they say about sanctions?")
    assert sanctions.hits == ()
    # A paraphrase in other words is still answered.
    jailed = real_engine.ask("Are dissidents jailed?", k=1)
    assert (jailed.hits[0].statement_id, jailed.hits[0].paragraph) == (JOINT, 2)
    assert jailed.hits[0].dense_score >= real_engine.min_score + UNSEEN_MARGIN


def test_keyword_question_with_low_cosine_is_answered_and_marked(real_engine: Engine):
    answer = real_engine.ask("land reform and handing land to peasants", k=1)
    top = answer.hits[0]
    assert (top.statement_id, top.paragraph) == (LETTER, 2)
    assert top.weak == (top.dense_score < real_engine.min_score)


def test_highlights_can_wait_until_a_hit_is_shown(real_engine: Engine):
    question = "peace and democracy in Iran"
    full = real_engine.ask(question, k=5)
    first_only = real_engine.ask(question, k=5, highlight=1)
    assert [h.text for h in first_only.hits] == [h.text for h in full.hits]  # same ranking
    assert first_only.hits[0].highlights == full.hits[0].highlights
    assert any(h.highlights for h in full.hits[1:])  # some later hit has a sentence to bold …
    assert not any(h.highlights for h in first_only.hits[1:])  # … not encoded until shown
    later = real_engine.highlight_hits(question, first_only.hits)
    assert [h.highlights for h in later] == [h.highlights for h in full.hits]
