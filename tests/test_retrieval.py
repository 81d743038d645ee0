"""Retrieval with the real all-MiniLM-L6-v2 over the seeds: paraphrases find their paragraph."""

from __future__ import annotations

import pytest

from index.search import Engine

from .support import JOINT, LETTER

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
