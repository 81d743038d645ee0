"""Rendering for Discord: limits, trimming around the best sentence, escaping (property-based)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import render
from bot.library import safe_file_name
from index.collection import BadStatementFile
from index.ingest import parse_statement
from index.models import (
    Answer,
    Appearance,
    Hit,
    OrganisationLookup,
    Role,
    Signers,
    StatementSummary,
)
from index.query import Filters

words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
)
prose = st.lists(words, min_size=1, max_size=400).map(" ".join)


def _hit(text: str, n: int = 1, title: str = "A title") -> Hit:
    return Hit("s1", title, dt.date(2024, 3, 8), None, "s1.txt", n, text, 0.5, 0, len(text))


def _check_embed(embed) -> None:
    assert len(embed.title or "") <= render.TITLE_LIMIT
    assert len(embed.description or "") <= render.DESCRIPTION_LIMIT
    assert len(embed.fields) <= 25
    for field in embed.fields:
        assert 1 <= len(field.name) <= render.FIELD_NAME_LIMIT
        assert 1 <= len(field.value) <= render.FIELD_VALUE_LIMIT
    assert len(embed.footer.text or "") <= render.FOOTER_LIMIT


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=0, max_size=500), st.integers(min_value=0, max_value=600))
def test_shorten_never_exceeds_limit_nor_cuts_a_word(text: str, limit: int):
    out = render.shorten(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text
    elif limit > 1:
        assert out.endswith(render.ELLIPSIS)
        kept = out[:-1].rstrip()
        if kept:
            # The kept words are whole words of the original.
            assert text.startswith(kept)
            nxt = text[len(kept) : len(kept) + 1]
            assert nxt == "" or nxt.isspace() or len(kept.split()) == 1


@settings(max_examples=150, deadline=None)
@given(prose, st.integers(min_value=40, max_value=1024))
def test_render_quote_fits_the_limit(text: str, limit: int):
    out = render.render_quote(text, "question words", limit)
    assert len(out) <= limit


def test_render_quote_bolds_the_best_sentence_and_trims_around_it():
    filler = "The weather was mild and the markets were open all day long. " * 30
    key = "We demand the immediate release of political prisoners in Iran."
    text = filler + key + " " + filler
    out = render.render_quote(text, "release of political prisoners", 400)
    assert len(out) <= 400
    assert f"**{key}**" in out
    assert out.startswith(render.ELLIPSIS) and out.endswith(render.ELLIPSIS)
    # Cut at word boundaries: what is kept between the ellipses is whole words of the text.
    inner = out.strip(render.ELLIPSIS).replace("**", "")
    assert inner.strip() in text


def test_markdown_and_mentions_are_escaped_so_quote_shows_as_written():
    text = "We say *no* to __war__ and `tanks` @everyone ~~ever~~."
    out = render.render_quote(text, "war", 500)
    assert "\\*no\\*" in out and "\\_\\_war\\_\\_" in out and "\\`tanks\\`" in out
    assert "@everyone" in out  # harmless: messages are sent with allowed_mentions none


@settings(max_examples=60, deadline=None)
@given(
    st.lists(prose, min_size=1, max_size=15), st.text(min_size=1, max_size=300), st.integers(1, 5)
)
def test_answer_page_respects_every_discord_limit(texts: list[str], question: str, size: int):
    hits = tuple(_hit(t, i + 1, title="T" * 300) for i, t in enumerate(texts))
    signers = (Signers("s1", "T" * 300, tuple(f"Org {i} " + "x" * 60 for i in range(80)), ()),)
    answer = Answer(question, hits, True, signers)
    for offset in range(0, len(hits), size):
        page = render.render_answer(answer, offset=offset, page_size=size)
        assert len(page.content) <= render.CONTENT_LIMIT
        assert len(page.embeds) <= render.EMBEDS_PER_MESSAGE
        assert sum(len(e) for e in page.embeds) <= render.EMBED_TOTAL_LIMIT
        for embed in page.embeds:
            _check_embed(embed)


def test_no_hits_says_so_plainly():
    page = render.render_answer(Answer("pizza?", ()))
    assert page.embeds == []
    assert "Nothing in the collection answers this question." in page.content


def test_listing_answer_and_notes_are_shown():
    appearances = (
        Appearance("a", "Statement A", None, Role.SIGNATORY, "Tudeh Party of Iran"),
        Appearance("b", "Letter *B*", dt.date(2024, 3, 8), Role.AUTHOR, "Tudeh Party"),
    )
    listed = Answer(
        "What did the Tudeh Party sign?",
        (),
        filters=Filters("Tudeh Party of Iran", from_question=True),
        statements=appearances,
    )
    page = render.render_answer(listed)
    assert "2 statements naming Tudeh Party of Iran" in page.content
    [embed] = page.embeds
    assert embed.title == "Statements naming Tudeh Party of Iran"
    assert embed.description is not None
    assert "signed as “Tudeh Party of Iran”" in embed.description
    assert "Letter \\*B\\*" in embed.description and "wrote as" in embed.description
    _check_embed(embed)
    noted = render.render_answer(Answer("What did the Pizza Party sign?", (), notes=("No _x_",)))
    assert noted.content.endswith("*No \\_x\\_*")


def test_dated_listing_answer_shows_the_statements():
    items = tuple(
        StatementSummary(f"s{i:02d}", f"Statement {i}", dt.date(2024, 1, 1 + i), None, 3, 2)
        for i in range(12)
    )
    answer = Answer(
        "Which statements are from 2024?",
        (),
        filters=Filters(since=dt.date(2024, 1, 1), until=dt.date(2024, 12, 31), from_question=True),
        listed=items,
    )
    page = render.render_answer(answer)
    assert "12 statements dated 2024-01-01 to 2024-12-31" in page.content
    [embed] = page.embeds
    assert embed.description is not None and "`s09`" in embed.description
    assert "`s10`" not in embed.description
    assert embed.footer.text == (
        "10 of 12 shown, newest first; /statements pages through the whole collection"
    )
    _check_embed(embed)
    signed = Signers("s00", "Statement 0", ("Ellery Tenants League",), ())
    who = render.render_answer(
        Answer(answer.question, (), True, (signed,), answer.filters, listed=items)
    )
    assert [e.title for e in who.embeds] == ["Statements (12)", "Who signed"]
    assert sum(len(e) for e in who.embeds) <= render.EMBED_TOTAL_LIMIT


def test_signed_by_groups_roles_and_shows_spelling():
    appearances = [
        Appearance("a", "Statement A", None, Role.SIGNATORY, "De Linke (Germany)_"),
        Appearance("b", "Letter B", dt.date(2024, 3, 8), Role.RECIPIENT, "Iraqi Communist Party"),
    ]
    lookup = OrganisationLookup("Die Linke", "De Linke (Germany)", "structural", tuple(appearances))
    embed = render.render_signed_by(lookup)
    names = [f.name for f in embed.fields]
    assert names == ["Signed (1)", "Addressed to them (1)"]
    assert "De Linke (Germany)\\_" in embed.fields[0].value
    _check_embed(embed)


def test_choice_names_fit_autocomplete_limits():
    assert len(render.choice_name("x" * 500)) <= 100
    assert render.choice_name("   ") == "?"


def test_uploaded_file_names_are_sanitised():
    assert safe_file_name("../../etc/Harbour Strike!.TXT") == "Harbour_Strike.txt"
    assert safe_file_name("C:\\docs\\call.md") == "call.md"
    for bad, why in [
        ("statement.pdf", "not a .txt or .md file"),
        ("....txt", "no usable name"),
        ("noext", "not a .txt or .md file"),
        ("Aliases.txt", "kept for the alias file"),  # its .toml would be the alias file
    ]:
        with pytest.raises(BadStatementFile, match=why):
            safe_file_name(bad)


def test_statement_text_pages_keep_every_word_in_order_within_the_limit():
    long_paragraph = " ".join(f"word{i}" for i in range(900))  # about 7,000 characters
    text = (
        "A statement to read\n\nThe *first* paragraph.\n\n"
        + long_paragraph
        + "\n\nThe last paragraph.\n"
    )
    statement = parse_statement("reading", "reading.txt", text)
    pages = render.statement_text_pages(statement, limit=1500)
    assert len(pages) >= 5 and all(len(p) <= 1500 for p in pages)
    assert pages[0].startswith("**¶1** The \\*first\\* paragraph.")
    words = " ".join(pages).replace(render.ELLIPSIS, " ").split()
    assert [w for w in words if w.startswith("word")] == long_paragraph.split()
    last = render.render_statement_text(statement, pages, 99)
    assert last.footer.text == f"id reading · text page {len(pages)} of {len(pages)}"
    assert last.description is not None and last.description.endswith("The last paragraph.")
    _check_embed(last)


@given(
    names=st.lists(st.text(min_size=1, max_size=12), max_size=80, unique=True),
    typed=st.text(max_size=4),
)
def test_autocomplete_matches_the_plain_definition(names: list[str], typed: str) -> None:
    """Names that start with the typed text first, then those containing it, at most 25."""
    from bot.commands.signatories import matching_names

    needle = " ".join(typed.split()).casefold()
    starts = [n for n in names if n.casefold().startswith(needle)]
    inside = [n for n in names if needle in n.casefold() and n not in starts]
    assert matching_names(names, typed) == (starts + inside)[: render.CHOICES_LIMIT]
