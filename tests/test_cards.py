"""Every card the bot renders fits Discord's limits and loses nothing, whatever its size:
hypothesis generates statements, organisations and lists of any length, and each card's pages
are checked against the limits and for every name on some page."""

from __future__ import annotations

import datetime as dt

import discord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import render
from index.models import (
    Appearance,
    Cosigner,
    JointSignature,
    Mention,
    OrganisationLookup,
    Paragraph,
    Party,
    Role,
    Statement,
)

# Names as people write them: letters, digits, spaces and the punctuation Markdown cares about.
NAME = st.text(
    alphabet=st.characters(
        whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" '-*_`()&.,"
    ),
    min_size=1,
    max_size=120,
).map(lambda s: s.strip() or "X")
IDS = st.from_regex(r"[a-z0-9_-]{1,80}", fullmatch=True)
DATES = st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)))
CARDS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _within_limits(pages: list[discord.Embed]) -> str:
    """Every page within Discord's limits; returns all the text shown, for the loss checks."""
    assert pages
    for page in pages:
        data = page.to_dict()
        assert len(page) <= render.EMBED_TOTAL_LIMIT, len(page)
        assert len(data.get("title", "")) <= render.TITLE_LIMIT
        assert len(data.get("description", "")) <= render.DESCRIPTION_LIMIT
        assert len(data.get("fields", [])) <= render.FIELDS_PER_EMBED
        for field in data.get("fields", []):
            assert 0 < len(field["value"]) <= render.FIELD_VALUE_LIMIT
            assert 0 < len(field["name"]) <= render.FIELD_NAME_LIMIT
        assert len(data.get("footer", {}).get("text", "")) <= render.FOOTER_LIMIT
    return "\n".join(
        f"{f['name']}\n{f['value']}" for page in pages for f in page.to_dict().get("fields", [])
    )


def _shown(name: str, text: str) -> bool:
    """A name as the card writes it: Markdown escaped."""
    return render.escape(name) in text


@CARDS
@given(
    title=NAME,
    sid=IDS,
    signatories=st.lists(NAME, max_size=300),
    authors=st.lists(NAME, max_size=5),
    recipients=st.lists(NAME, max_size=5),
)
def test_a_statement_card_of_any_size(
    title: str, sid: str, signatories: list[str], authors: list[str], recipients: list[str]
) -> None:
    def parties(names: list[str], role: Role) -> tuple[Party, ...]:
        return tuple(Party(n, n.casefold(), role) for n in names)

    statement = Statement(
        id=sid,
        file_name=f"{sid}.txt",
        title=title,
        date=None,
        source_url=None,
        text="x",
        content_hash="0",
        paragraphs=(Paragraph(1, 0, 1, "x"),),
        signatories=parties(signatories, Role.SIGNATORY),
        authors=parties(authors, Role.AUTHOR),
        recipients=parties(recipients, Role.RECIPIENT),
    )
    text = _within_limits(render.statement_pages(statement))
    assert all(_shown(n, text) for n in signatories + authors + recipients)


APPEARANCES = st.lists(
    st.builds(Appearance, IDS, NAME, DATES, st.sampled_from(list(Role)), NAME), max_size=200
)


@CARDS
@given(
    appearances=APPEARANCES,
    mentions=st.lists(st.builds(Mention, IDS, NAME, DATES, st.integers(1, 99)), max_size=60),
    variants=st.lists(NAME, max_size=40),
    cosigners=st.lists(st.builds(Cosigner, NAME, st.just(("a",))), max_size=25),
    name=NAME,
)
def test_signed_by_and_organisation_cards_of_any_size(
    appearances: list[Appearance],
    mentions: list[Mention],
    variants: list[str],
    cosigners: list[Cosigner],
    name: str,
) -> None:
    lookup = OrganisationLookup(
        name, name, "structural", tuple(appearances), tuple(mentions), variants=tuple(variants)
    )
    signed = _within_limits(render.signed_by_pages(lookup))
    assert all(
        f"`{a.statement_id}`" in signed and _shown(a.as_written, signed) for a in appearances
    )
    assert all(f"`{m.statement_id}`, ¶{m.paragraph}" in signed for m in mentions)
    card = _within_limits(render.organisation_pages(lookup, cosigners))
    assert all(_shown(v, card) for v in variants)
    assert all(_shown(c.name, card) for c in cosigners)
    assert all(f"`{a.statement_id}`" in card for a in appearances)


@CARDS
@given(
    joint=st.lists(
        st.builds(JointSignature, IDS, NAME, DATES, st.tuples(NAME, NAME)), max_size=200
    ),
    names=st.tuples(NAME, NAME),
)
def test_a_joint_card_of_any_size(joint: list[JointSignature], names: tuple[str, str]) -> None:
    lookups = [OrganisationLookup(n, n, "exact") for n in names]
    text = _within_limits(render.joint_pages(lookups, joint))
    assert all(f"`{j.statement_id}`" in text for j in joint)


def test_an_organisation_with_200_statements_and_80_character_names() -> None:
    long = "Federation of Workers of the Northern Valleys, the Coast and the Islands of Vest"
    assert len(long) == 80
    appearances = [
        Appearance(
            f"statement-{i:03d}", f"{long} {i}", None, list(Role)[i % 3], f"{long[:-4]}{i:04d}"
        )
        for i in range(200)
    ]
    lookup = OrganisationLookup(long, long, "exact", tuple(appearances), variants=(long,) * 40)
    cosigners = [Cosigner(f"{long[:-3]}{i:03d}", ("a",)) for i in range(25)]
    pages = render.organisation_pages(lookup, cosigners)
    text = _within_limits(pages)
    assert len(pages) > 1
    assert all(
        f"`{a.statement_id}`" in text and render.escape(a.as_written) in text for a in appearances
    )
    assert all(render.escape(c.name) in text for c in cosigners)


@CARDS
@given(names=st.lists(NAME, max_size=200))
def test_who_signed_in_an_answer_cuts_at_a_name_and_says_how_many_more(names: list[str]) -> None:
    value = render._names_within(names, render.FIELD_VALUE_LIMIT)
    assert len(value) <= render.FIELD_VALUE_LIMIT
    if "… and " in value and "more (the statement's card lists them all)" in value:
        shown = value.rsplit("; … and ", 1)[0] if "; … and " in value else ""
        more = int(value.rsplit("… and ", 1)[1].split(" ", 1)[0])
        count = len(shown.split("; ")) if shown else 0
        assert count + more == len(names)  # every name shown, or counted as more
    elif names:
        assert all(render.escape(n) in value for n in names)
