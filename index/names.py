"""Organisation names: the normalised key used to match and deduplicate them."""

from __future__ import annotations

import re
import unicodedata

# Curly quotes, primes and backticks all count as the same apostrophe or quote.
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "&"})
_PAREN_TAIL = re.compile(r"\s*\(([^()]*)\)\s*$")
_TRAILING_JUNK = re.compile(r"[\s_\-–—.,;:*•·|/\\]+$")
_LEADING_JUNK = re.compile(r"^[\s_\-–—.,;:*•·|/\\]+")
_WORD_BREAK = re.compile(r"[\W_]+")


def clean_display(name: str) -> str:
    """The name as written, minus surrounding whitespace and stray trailing characters."""
    name = unicodedata.normalize("NFC", name)
    name = _TRAILING_JUNK.sub("", _LEADING_JUNK.sub("", name.strip()))
    return re.sub(r"\s+", " ", name)


def initials(words: str) -> str:
    """Initials of the significant words: "World Federation of Democratic Youth" -> "WFDY"."""
    parts = re.findall(r"[^\W_]+", words)
    return "".join(p[0] for p in parts if p.lower() not in _SMALL_WORDS).upper()


def split_acronym(name: str) -> tuple[str, str | None]:
    """Split a trailing "(ACRONYM)" that spells the name's initials off the name."""
    m = _PAREN_TAIL.search(name)
    if m:
        inner = m.group(1).strip()
        head = name[: m.start()]
        if re.fullmatch(r"[A-Z][A-Z0-9\-.&]{1,11}", inner) and initials(head) == re.sub(
            r"[^A-Z0-9]", "", inner
        ):
            return head.strip(), inner
    return name, None


def name_key(name: str) -> str:
    """The key two spellings of one name share: case, spacing, punctuation, quotes and
    trailing junk do not matter, nor "the", nor an acronym in brackets that spells the name."""
    text = unicodedata.normalize("NFKC", clean_display(name)).translate(_QUOTES)
    text, _ = split_acronym(text)
    text = text.casefold().replace("'", "")
    words = [w for w in _WORD_BREAK.split(text) if w and w != "the"]
    return " ".join(words)


def text_key(text: str) -> str:
    """A running text in `name_key` form, word for word, so that " key " of a name is found in
    " text_key " of a paragraph that writes it: what name_key does to a name's words, without
    the work on its ends (junk, a bracketed acronym) that a paragraph does not need."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().replace("'", "")
    return " ".join(w for w in _WORD_BREAK.split(text) if w and w != "the")
