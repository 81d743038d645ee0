"""Small text helpers shared by the engine and the bot."""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "…"
_LAST_SPACE = re.compile(r"\s(?=\S*$)")


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at whitespace with an ellipsis; a word is cut only when
    it alone is longer than the limit."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit == 1:
        return ELLIPSIS
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():
        m = _LAST_SPACE.search(cut)
        if m and m.start() > 0:
            cut = cut[: m.start()]
    return cut.rstrip() + ELLIPSIS


MAX_QUESTION_CHARS = 1000  # what a question is read up to (Discord's /ask allows 300)
_MARKS_RUN = re.compile(
    r"([\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3})[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")


def clean_question(text: str, limit: int = MAX_QUESTION_CHARS) -> tuple[str, tuple[str, ...]]:
    """(the text a question is answered from, notes on what was changed that the person
    should know). Composed (NFC); control and format characters (NUL, escapes, bidi
    overrides, zero-width marks) taken out; runs of combining marks cut to three; spaces
    collapsed; at most `limit` characters, cut at a word. `EmptyQuestion` when no word is
    left (blank, only punctuation or emoji)."""
    from .errors import EmptyQuestion

    text = unicodedata.normalize("NFC", text)
    text = "".join(
        " " if unicodedata.category(c) == "Cc" else "" if unicodedata.category(c) == "Cf" else c
        for c in text
    )
    text = _MARKS_RUN.sub(r"\1", text)
    text = _SPACES.sub(" ", text).strip()
    if not text:
        raise EmptyQuestion()
    if not _WORD.search(text):
        raise EmptyQuestion(
            message=f"The question {shorten(text, 40)!r} has no words to search for: ask in "
            'words, e.g. "foreign interference in Iran".'
        )
    notes: tuple[str, ...] = ()
    if len(text) > limit:
        text = shorten(text, limit + 1).removesuffix(ELLIPSIS).rstrip()
        notes = (f"Only the first {limit:,} characters of the question were read.",)
    return text, notes
