"""Small text helpers shared by the engine and the bot."""

from __future__ import annotations

import re

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
