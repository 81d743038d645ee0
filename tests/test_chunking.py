"""Over-long paragraphs become overlapping windows that fit the model and cover the text."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.chunking import chunk_statement, sentence_spans, windows
from index.embedding import SentenceTransformerEmbedder
from index.ingest import parse_statement

_WORDS = [
    "solidarity",
    "workers",
    "peace",
    "internationalism",
    "democracy",
    "the",
    "of",
    "sovereignty",
    "interference",
    "anti-imperialist",
    "unions",
    "rights",
    "2024",
]


def _long_paragraph(sentences: int) -> str:
    out = []
    for i in range(sentences):
        words = [_WORDS[(i * 7 + j * 3) % len(_WORDS)] for j in range(12 + i % 9)]
        out.append(f"Sentence {i} says " + " ".join(words) + ".")
    return " ".join(out)


def test_long_paragraph_windows_fit_256_word_pieces_and_cover_it(
    real_embedder: SentenceTransformerEmbedder,
):
    paragraph = _long_paragraph(60)
    text = "Intro line that is a title\n\n" + paragraph + "\n"
    statement = parse_statement("long", "long.txt", text)
    assert len(statement.paragraphs) == 1
    para = statement.paragraphs[0]
    assert real_embedder.count_tokens(para.text) > 256
    passages = chunk_statement(statement, real_embedder.max_tokens, real_embedder.count_tokens)
    assert len(passages) > 1
    covered = [False] * len(text)
    for p in passages:
        assert p.paragraph == 1
        assert p.text == text[p.start : p.end]
        # +2 for [CLS] and [SEP]: the model reads 256 word pieces in all.
        assert real_embedder.count_tokens(p.text) + 2 <= 256
        for i in range(p.start, p.end):
            covered[i] = True
    # Every non-space character of the paragraph is in some window.
    assert all(covered[i] for i in range(para.start, para.end) if not text[i].isspace())
    # Windows overlap: each starts before the previous one ends.
    for a, b in itertools.pairwise(passages):
        assert b.start < a.end


def test_short_paragraph_is_one_window():
    text = "One sentence. Another sentence."
    assert windows(text, 0, len(text), 50, lambda t: len(t.split())) == [(0, len(text))]


def test_single_sentence_longer_than_budget_is_cut_at_words():
    text = " ".join(f"word{i}" for i in range(100))
    spans = windows(text, 0, len(text), 10, lambda t: len(t.split()))
    assert all(len(text[a:b].split()) <= 10 for a, b in spans)
    assert " ".join(text[a:b] for a, b in spans).split() == text.split()


def test_sentence_spans_split_on_sentence_ends():
    text = "First one. Second “quoted” one! Third? yes, lower case continues. Fourth."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "First one.",
        "Second “quoted” one!",
        "Third? yes, lower case continues.",
        "Fourth.",
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefgh ", min_size=1, max_size=40).filter(lambda s: s.strip()),
        min_size=1,
        max_size=40,
    ),
    st.integers(min_value=3, max_value=30),
)
def test_windows_fit_budget_and_cover_every_word(parts: list[str], budget: int):
    text = " ".join(p.strip().capitalize() + "." for p in parts)

    def count(t: str) -> int:
        return len(t.split())

    spans = windows(text, 0, len(text), budget, count)
    assert all(count(text[a:b]) <= budget for a, b in spans)
    seen = [False] * len(text)
    for a, b in spans:
        for i in range(a, b):
            seen[i] = True
    assert all(seen[m.start()] for m in re.finditer(r"\S+", text))
