"""Paragraphs -> passages that fit the model's window.

all-MiniLM-L6-v2 reads 256 word pieces and silently drops the rest, so a longer paragraph
is cut at sentence boundaries into overlapping windows; each window cites its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .models import Passage, Statement

# Bump when the way passages are cut changes: stored passages are then rebuilt.
CHUNKING_VERSION = 1

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in text[start:end], whitespace excluded."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, m.start() + len(m.group(0).rstrip())))
        pos = m.end()
    spans.append((pos, end))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _word_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.compile(r"\S+").finditer(text, a, b)]


def _split_long(
    text: str, a: int, b: int, budget: int, count: Callable[[str], int]
) -> Iterator[tuple[int, int]]:
    """Cut one over-long sentence at word boundaries into pieces within the budget."""
    words = _word_spans(text, a, b)
    i = 0
    while i < len(words):
        j = i + 1
        while j < len(words) and count(text[words[i][0] : words[j][1]]) <= budget:
            j += 1
        yield words[i][0], words[j - 1][1]
        i = j


def windows(
    text: str,
    start: int,
    end: int,
    budget: int,
    count: Callable[[str], int],
) -> list[tuple[int, int]]:
    """Spans within text[start:end], each at most `budget` tokens; consecutive windows share
    a sentence so that no answer is split across a boundary unseen, and together they cover
    every sentence."""
    if count(text[start:end]) <= budget:
        return [(start, end)]
    units: list[tuple[int, int]] = []
    for a, b in sentence_spans(text, start, end):
        if count(text[a:b]) <= budget:
            units.append((a, b))
        else:
            units.extend(_split_long(text, a, b, budget, count))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        j = i + 1
        while j < len(units) and count(text[units[i][0] : units[j][1]]) <= budget:
            j += 1
        out.append((units[i][0], units[j - 1][1]))
        if j >= len(units):
            break
        # Start the next window on the last sentence of this one, unless it held only one.
        i = j - 1 if j - 1 > i else j
    return out


def chunk_statement(
    statement: Statement, budget: int, count: Callable[[str], int]
) -> list[Passage]:
    """The passages of a statement: one per paragraph, or several overlapping windows."""
    passages: list[Passage] = []
    for paragraph in statement.paragraphs:
        spans = windows(statement.text, paragraph.start, paragraph.end, budget, count)
        for w, (a, b) in enumerate(spans):
            passages.append(
                Passage(
                    statement_id=statement.id,
                    paragraph=paragraph.number,
                    window=w,
                    start=a,
                    end=b,
                    text=statement.text[a:b],
                )
            )
    return passages
