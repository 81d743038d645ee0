"""Engine results -> Discord messages within Discord's limits. Pure: no I/O, no searching."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import discord

from index.chunking import sentence_spans
from index.models import (
    Answer,
    Appearance,
    BuildReport,
    CollectionInfo,
    Cosigner,
    Hit,
    JointSignature,
    OrganisationLookup,
    Role,
    Signers,
    Statement,
    StatementSummary,
    format_date,
)
from index.textutil import ELLIPSIS as ELLIPSIS
from index.textutil import shorten as shorten

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_VALUE_LIMIT = 1024
FIELD_NAME_LIMIT = 256
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10
CHOICE_NAME_LIMIT = 100
CHOICES_LIMIT = 25
BUTTON_LABEL_LIMIT = 80
QUOTE_LIMIT = 900
STATEMENTS_PER_ANSWER = 10  # "Which statements are from 2024?" lists this many at most

COLOUR = discord.Colour(0x8E2C2C)
_STOP = frozenset(
    "a an the of in on at to for and or but is are was were be been do does did what which who whom "
    "whose how why when where they them their it its this that these those about with by from as "
    "any all say says said there".split()
)


def escape(text: str) -> str:
    """Markdown escaped so that a quote shows exactly as written."""
    return discord.utils.escape_markdown(text, ignore_links=False)


def best_sentence(text: str, question: str) -> tuple[int, int]:
    """Span of the sentence in `text` sharing the most content words with the question."""
    spans = sentence_spans(text) or [(0, len(text))]
    wanted = _content_words(question)
    best, best_score = spans[0], -1.0
    for a, b in spans:
        words = _content_words(text[a:b])
        score = len(words & wanted) + 0.01 * len(words & {w[:5] for w in wanted})
        if score > best_score:
            best, best_score = (a, b), score
    return best


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if w not in _STOP and len(w) > 2}


def trim_around(text: str, focus: tuple[int, int], limit: int) -> tuple[int, int]:
    """A window of at most `limit` characters of `text` holding as much of `focus` as fits,
    with both ends on word boundaries."""
    if len(text) <= limit:
        return 0, len(text)
    a, b = focus
    if b - a >= limit:
        b = a + limit
    else:
        spare = limit - (b - a)
        a = max(0, a - spare // 2)
        b = min(len(text), a + limit)
        a = max(0, b - limit)
    # Pull both ends inward to whitespace so no word is cut.
    if a > 0 and not text[a - 1].isspace():
        nxt = text.find(" ", a)
        a = nxt + 1 if 0 <= nxt < b else a
    if b < len(text) and not text[b].isspace():
        prev = text.rfind(" ", a, b)
        b = prev if prev > a else b
    return a, b


def render_quote(
    text: str, question: str, limit: int = QUOTE_LIMIT, focus: tuple[int, int] | None = None
) -> str:
    """The passage, escaped, with its best sentence in bold (the engine's highlight, else the
    sentence sharing most words with the question), trimmed around it to at most `limit`
    characters (ellipses mark the cuts)."""
    focus = focus or best_sentence(text, question)
    budget = limit
    while budget > 10:
        a, b = trim_around(text, focus, budget - 2)
        fa, fb = max(focus[0], a), min(focus[1], b)
        parts = []
        if a > 0:
            parts.append(ELLIPSIS)
        parts.append(escape(text[a:fa]))
        if fb > fa:
            parts.append("**" + escape(text[fa:fb]).strip() + "**")
            if text[fa:fb] != text[fa:fb].rstrip():
                parts.append(" ")
        parts.append(escape(text[fb:b]))
        if b < len(text):
            parts.append(ELLIPSIS)
        rendered = "".join(parts)
        if len(rendered) <= limit:
            return rendered
        budget -= max(10, len(rendered) - limit)
    return shorten(escape(text), limit)


def _focus(hit: Hit) -> tuple[int, int] | None:
    """The engine's highlighted sentence, relative to the paragraph."""
    if not hit.highlights:
        return None
    a, b = hit.highlights[0]
    return a - hit.start, b - hit.start


def _footer(hit: Hit) -> str:
    when = format_date(hit.date) if hit.date else "undated"
    source = hit.source_url or hit.file_name
    weak = " · weak match" if hit.weak else ""
    return shorten(f"¶{hit.paragraph} · {when} · {source} · {hit.statement_id}{weak}", FOOTER_LIMIT)


@dataclass(frozen=True, slots=True)
class AnswerPage:
    """One page of an answer, ready to send."""

    content: str
    embeds: list[discord.Embed]


def render_answer(answer: Answer, *, offset: int = 0, page_size: int = 3) -> AnswerPage:
    """The hits[offset:offset+page_size] as one embed each, plus signatories for who-questions."""
    question = shorten(" ".join(answer.question.split()), 300)
    notes = "".join(f"\n*{escape(shorten(n, 400))}*" for n in answer.notes)
    if answer.statements and offset == 0:
        return AnswerPage(
            f"> {escape(question)}\n{escape(answer.message)}{notes}", [_listing_embed(answer)]
        )
    if answer.listed and offset == 0:
        listing = render_statement_list(answer.listed, per_page=STATEMENTS_PER_ANSWER)
        shown = min(len(answer.listed), STATEMENTS_PER_ANSWER)
        listing.set_footer(
            text=f"{shown} of {len(answer.listed)} shown, newest first"
            + (
                "; /statements pages through the whole collection"
                if shown < len(answer.listed)
                else ""
            )
        )
        listed = [listing]
        if answer.about_signers and answer.signers:
            budget = EMBED_TOTAL_LIMIT - embed_length(listing) - 50
            listed.append(_signers_embed(answer.signers, budget=budget))
        return AnswerPage(f"> {escape(question)}\n{escape(answer.message)}{notes}", listed)
    hits = answer.hits[offset : offset + page_size]
    if not hits:
        text = answer.message if offset == 0 else "No more passages answer this question."
        return AnswerPage(f"> {escape(question)}\n{escape(text)}{notes}", [])
    embeds: list[discord.Embed] = []
    per_hit = (EMBED_TOTAL_LIMIT - 1200) // max(len(hits), 1)
    for hit in hits:
        title = shorten(hit.title, TITLE_LIMIT)
        footer = _footer(hit)
        quote_limit = min(QUOTE_LIMIT, per_hit - len(title) - len(footer))
        embed = discord.Embed(
            title=title,
            description=render_quote(hit.text, answer.question, quote_limit, _focus(hit)),
            url=hit.source_url or None,
            colour=COLOUR,
        )
        embed.set_footer(text=footer)
        embeds.append(embed)
    on_page = {h.statement_id for h in hits}
    signers = [s for s in answer.signers if s.statement_id in on_page]
    if answer.about_signers and signers:
        embeds.append(_signers_embed(signers, budget=EMBED_TOTAL_LIMIT - _total(embeds) - 50))
    first, last = offset + 1, offset + len(hits)
    count = f"Passages {first}–{last}" if last > first else f"Passage {first}"
    scope = ""
    if answer.filters is not None and answer.filters.active:
        scope = f" Only statements {escape(answer.filters.describe())}."
    return AnswerPage(
        f"> {escape(question)}\n{count} of {len(answer.hits)}, quoted verbatim.{scope}{notes}",
        embeds,
    )


def _listing_embed(answer: Answer) -> discord.Embed:
    """The statements an organisation appears on, for "what did X sign?"."""
    name = getattr(answer.filters, "organisation", None) or "the organisation"
    embed = discord.Embed(title=shorten(f"Statements naming {name}", TITLE_LIMIT), colour=COLOUR)
    lines = [_appearance_line(a, with_role=True) for a in answer.statements]
    embed.description = shorten("\n".join(lines), DESCRIPTION_LIMIT)
    embed.set_footer(text="Ask about a topic, e.g. “What did they sign about peace?”, for quotes.")
    return embed


_ROLE_VERBS = {Role.SIGNATORY: "signed", Role.AUTHOR: "wrote", Role.RECIPIENT: "addressed to"}


def _appearance_line(a: Appearance, *, with_role: bool = False) -> str:
    when = format_date(a.date) if a.date else "undated"
    role = f"{_ROLE_VERBS[a.role]} " if with_role else ""
    return (
        f"• {escape(shorten(a.title, 120))} (`{a.statement_id}`, {when}) — "
        f"{role}as “{escape(a.as_written)}”"
    )


def _names_within(names: Sequence[str], limit: int) -> str:
    """Names joined with "; ", cut at a name (never inside one) with how many more there are
    and where to see them all, within `limit` characters."""
    if not names:
        return "not recorded"
    shown: list[str] = []
    for i, name in enumerate(names):
        rest = len(names) - i - 1
        tail = f"; … and {rest} more (the statement's card lists them all)" if rest else ""
        candidate = "; ".join([*shown, escape(name)])
        if len(candidate) + len(tail) > limit:
            if not shown:  # one name longer than the field: cut it, still count the rest
                return shorten(escape(name), limit - len(tail)) + tail
            more = len(names) - len(shown)
            return "; ".join([*shown, f"… and {more} more (the statement's card lists them all)"])
        shown.append(escape(name))
    return "; ".join(shown)


def _signers_embed(all_signers: Sequence[Signers], budget: int) -> discord.Embed:
    embed = discord.Embed(title="Who signed", colour=COLOUR)
    used = len("Who signed")
    for signers in all_signers[:5]:
        names = signers.signatories or signers.authors
        label = "signed by" if signers.signatories else "written by"
        name = shorten(f"{signers.title} — {label} {len(names)}", FIELD_NAME_LIMIT)
        value = _names_within(names, FIELD_VALUE_LIMIT)
        if used + len(name) + len(value) > budget:
            break
        used += len(name) + len(value)
        embed.add_field(name=name, value=value, inline=False)
    return embed


def _total(embeds: Sequence[discord.Embed]) -> int:
    return sum(embed_length(e) for e in embeds)


def embed_length(embed: discord.Embed) -> int:
    """Characters Discord counts toward the 6,000 limit."""
    return len(embed)


FIELDS_PER_EMBED = 25
FOOTER_ROOM = 150  # kept free on every page for the footer and its page numbers
HEADER_DESCRIPTION_LIMIT = 2000  # a card's description, so that any page has room for fields


@dataclass(frozen=True, slots=True)
class Section:
    """A titled list of lines on a card (signatories, statements signed, spellings …)."""

    name: str
    lines: Sequence[str]


def pack(
    title: str,
    sections: Sequence[Section],
    *,
    description: str | None = None,
    url: str | None = None,
    footer: str = "",
) -> list[discord.Embed]:
    """A card as pages: every line of every section on some page, in order, none cut unless
    it alone is longer than a field; each page within Discord's limits (256-character title,
    1,024 per field, 25 fields, 6,000 in all). A section split over fields or pages goes on
    under "(continued)"; with more than one page, the footer says which."""

    def fresh() -> discord.Embed:
        return discord.Embed(
            title=shorten(title, TITLE_LIMIT),
            description=shorten(description, HEADER_DESCRIPTION_LIMIT) if description else None,
            url=url,
            colour=COLOUR,
        )

    budget = EMBED_TOTAL_LIMIT - FOOTER_ROOM
    pages = [fresh()]
    for section in sections:
        lines = [shorten(line, FIELD_VALUE_LIMIT) for line in section.lines if line]
        start = 0
        while start < len(lines):
            page = pages[-1]
            name = section.name if start == 0 else f"{section.name} (continued)"
            name = shorten(name, FIELD_NAME_LIMIT)
            room = min(FIELD_VALUE_LIMIT, budget - embed_length(page) - len(name))
            if len(page.fields) >= FIELDS_PER_EMBED or room < len(lines[start]):
                pages.append(fresh())
                continue
            end, size = start, 0
            while end < len(lines) and size + len(lines[end]) + (end > start) <= room:
                size += len(lines[end]) + (end > start)
                end += 1
            page.add_field(name=name, value="\n".join(lines[start:end]), inline=False)
            start = end
    base = shorten(footer, FOOTER_ROOM - 30)
    for number, page in enumerate(pages, 1):
        parts = [base] if base else []
        if len(pages) > 1:
            parts.append(f"page {number} of {len(pages)}")
        if parts:
            page.set_footer(text=" · ".join(parts))
    return pages


def statement_pages(statement: Statement) -> list[discord.Embed]:
    """A statement card, as pages: metadata, authors, addressees, every signatory."""
    when = format_date(statement.date) if statement.date else "undated"
    lines = [f"**Date:** {when}", f"**Paragraphs:** {len(statement.paragraphs)}"]
    if statement.source_url:
        lines.append(f"**Source:** {statement.source_url}")
    else:
        lines.append(f"**File:** {escape(statement.file_name)}")
    sections = [
        Section(label, [escape(p.as_written) for p in parties])
        for label, parties in (
            ("Authors", statement.authors),
            ("Addressed to", statement.recipients),
            (f"Signatories ({len(statement.signatories)})", statement.signatories),
        )
        if parties
    ]
    return pack(
        statement.title,
        sections,
        description="\n".join(lines),
        url=statement.source_url or None,
        footer=f"id {statement.id}",
    )


def render_statement(statement: Statement, *, signatory_page: int = 0) -> discord.Embed:
    """One page of a statement card (the first by default)."""
    pages = statement_pages(statement)
    return pages[min(max(signatory_page, 0), len(pages) - 1)]


TEXT_PAGE_LIMIT = 3800


def statement_text_pages(statement: Statement, limit: int = TEXT_PAGE_LIMIT) -> list[str]:
    """The statement's paragraphs, verbatim and numbered, packed into pages of at most `limit`
    characters; a paragraph longer than a page continues on the next (ellipses mark the cut)."""
    pieces: list[str] = []
    for paragraph in statement.paragraphs:
        head = f"**¶{paragraph.number}** "
        body = escape(paragraph.text)
        room = limit - len(head) - 2 * len(ELLIPSIS)
        while len(head) + len(body) > limit:
            cut = body.rfind(" ", 0, room)
            cut = cut if cut > room // 2 else room
            pieces.append(head + body[:cut].rstrip() + ELLIPSIS)
            body = body[cut:].lstrip()
            head = ELLIPSIS
        pieces.append(head + body)
    pages: list[str] = []
    for piece in pieces:
        if pages and len(pages[-1]) + 2 + len(piece) <= limit:
            pages[-1] += "\n\n" + piece
        else:
            pages.append(piece)
    return pages or ["This statement has no paragraphs."]


def render_statement_text(statement: Statement, pages: Sequence[str], page: int) -> discord.Embed:
    """One page of a statement's text."""
    page = min(max(page, 0), len(pages) - 1)
    embed = discord.Embed(
        title=shorten(statement.title, TITLE_LIMIT),
        description=pages[page],
        url=statement.source_url or None,
        colour=COLOUR,
    )
    embed.set_footer(text=f"id {statement.id} · text page {page + 1} of {len(pages)}")
    return embed


def render_statement_list(
    items: Sequence[StatementSummary], *, page: int = 0, per_page: int = 10
) -> discord.Embed:
    """The collection, one line per statement, paged."""
    pages = max(1, -(-len(items) // per_page))
    page = min(max(page, 0), pages - 1)
    chunk = items[page * per_page : (page + 1) * per_page]
    lines = []
    for s in chunk:
        when = format_date(s.date) if s.date else "undated"
        lines.append(
            f"**{escape(shorten(s.title, 150))}**\n`{s.id}` · {when} · {s.paragraph_count} ¶ · "
            f"{s.signatory_count} signatories"
        )
    embed = discord.Embed(
        title=f"Statements ({len(items)})",
        description=shorten("\n".join(lines) or "The collection is empty.", DESCRIPTION_LIMIT),
        colour=COLOUR,
    )
    embed.set_footer(text=f"page {page + 1} of {pages}")
    return embed


def _unmatched(lookup: OrganisationLookup) -> discord.Embed:
    what = (
        "could be several organisations"
        if lookup.method == "ambiguous"
        else "matches no signatory, author or recipient in the collection"
    )
    lines = [f"**{escape(lookup.query)}** {what}."]
    if lookup.suggestions:
        lines.append("Did you mean: " + "; ".join(escape(n) for n in lookup.suggestions) + "?")
    return discord.Embed(
        title=shorten(f"Statements naming {lookup.query}", TITLE_LIMIT),
        description=shorten("\n".join(lines), DESCRIPTION_LIMIT),
        colour=COLOUR,
    )


def _lookup_sections(lookup: OrganisationLookup) -> list[Section]:
    appearances = lookup.appearances
    sections = []
    for label, role in (
        ("Signed", Role.SIGNATORY),
        ("Wrote", Role.AUTHOR),
        ("Addressed to them", Role.RECIPIENT),
    ):
        items = [a for a in appearances if a.role is role]
        if items:
            sections.append(
                Section(f"{label} ({len(items)})", [_appearance_line(a) for a in items])
            )
    if lookup.mentions:
        lines = [
            f"• {escape(shorten(m.title, 120))} (`{m.statement_id}`, ¶{m.paragraph})"
            for m in lookup.mentions
        ]
        sections.append(Section(f"Mentioned in the text ({len(lookup.mentions)})", lines))
    return sections


def _how(lookup: OrganisationLookup) -> str | None:
    if lookup.method in ("exact", "normalised"):
        return None
    return f"“{escape(lookup.query)}”: {lookup.how or lookup.method}."


def signed_by_pages(lookup: OrganisationLookup) -> list[discord.Embed]:
    """Statements signed, then those written or addressed to, each with the name as written;
    paragraphs that mention the organisation; "did you mean" when nothing matched for sure."""
    if not lookup.found:
        return [_unmatched(lookup)]
    name = lookup.name or lookup.query
    return pack(f"Statements naming {name}", _lookup_sections(lookup), description=_how(lookup))


def render_signed_by(lookup: OrganisationLookup) -> discord.Embed:
    """The first page of `signed_by_pages`."""
    return signed_by_pages(lookup)[0]


def organisation_pages(
    lookup: OrganisationLookup, cosigners: Sequence[Cosigner]
) -> list[discord.Embed]:
    """An organisation card: its statements by role, mentions, spellings and co-signers."""
    if not lookup.found:
        return [_unmatched(lookup)]
    sections = _lookup_sections(lookup)
    if lookup.variants:
        sections.append(
            Section(f"Spellings ({len(lookup.variants)})", [escape(v) for v in lookup.variants])
        )
    if cosigners:
        sections.append(
            Section("Signs most often with", [f"{escape(c.name)} ({c.count})" for c in cosigners])
        )
    return pack(lookup.name or lookup.query, sections, description=_how(lookup))


def render_organisation(lookup: OrganisationLookup, cosigners: Sequence[Cosigner]) -> discord.Embed:
    """The first page of `organisation_pages`."""
    return organisation_pages(lookup, cosigners)[0]


def joint_pages(
    lookups: Sequence[OrganisationLookup], joint: Sequence[JointSignature]
) -> list[discord.Embed]:
    """Statements every named organisation signed, or why there are none."""
    unresolved = [lookup for lookup in lookups if not lookup.found]
    if unresolved:
        return [_unmatched(unresolved[0])]
    names = " and ".join(lookup.name or lookup.query for lookup in lookups)
    if not joint:
        return [
            discord.Embed(
                title=shorten(f"Signed by {names}", TITLE_LIMIT),
                description="No statement in the collection was signed by all of them.",
                colour=COLOUR,
            )
        ]
    lines = []
    for j in joint:
        when = format_date(j.date) if j.date else "undated"
        spelled = " / ".join(f"“{escape(a)}”" for a in j.as_written)
        lines.append(
            f"• {escape(shorten(j.title, 120))} (`{j.statement_id}`, {when}) — as {spelled}"
        )
    return pack(f"Signed by {names}", [Section(f"Statements ({len(joint)})", lines)])


def render_joint(
    lookups: Sequence[OrganisationLookup], joint: Sequence[JointSignature]
) -> discord.Embed:
    """The first page of `joint_pages`."""
    return joint_pages(lookups, joint)[0]


def choice_name(text: str) -> str:
    """An autocomplete choice label: 1-100 characters."""
    return shorten(" ".join(text.split()), CHOICE_NAME_LIMIT) or "?"


def button_label(text: str) -> str:
    """A button label: at most 80 characters."""
    return shorten(" ".join(text.split()), BUTTON_LABEL_LIMIT) or "?"


def render_report(
    report: BuildReport, heading: str = "Reindexed", info: CollectionInfo | None = None
) -> discord.Embed:
    """What a reindex did: added, changed, removed and skipped files with reasons, and what
    the collection holds now."""
    embed = discord.Embed(
        title=heading,
        description=(
            escape(report.summary())
            if report.rebuilt
            else "Nothing changed in the statements folder since the last reindex."
        ),
        colour=COLOUR,
    )
    if info is not None:
        embed.add_field(name="The collection now", value=_holdings(info), inline=False)
    for label, ids in (
        ("Added", report.added),
        ("Changed", report.changed),
        ("Removed", report.removed),
    ):
        if ids:
            embed.add_field(
                name=f"{label} ({len(ids)})",
                value=shorten("\n".join(f"`{i}`" for i in ids), FIELD_VALUE_LIMIT),
                inline=False,
            )
    if report.skipped:
        lines = [f"• {escape(s.file_name)}: {escape(s.reason)}" for s in report.skipped]
        embed.add_field(
            name=f"Skipped ({len(report.skipped)})",
            value=shorten("\n".join(lines), FIELD_VALUE_LIMIT),
            inline=False,
        )
    return embed


def _holdings(info: CollectionInfo) -> str:
    """Statements, dates spanned, passages, organisations, when last indexed."""
    if info.earliest and info.latest:
        span = f"dated {format_date(info.earliest)} to {format_date(info.latest)}"
        if info.undated:
            span += f", {info.undated} undated"
    else:
        span = "undated"
    return (
        f"{info.statements} statement{'s' if info.statements != 1 else ''} ({span}), "
        f"{info.passages} passages, {info.organisations} organisations.\n"
        f"Last indexed {info.built_at.replace('T', ' ').replace('+00:00', ' UTC')}."
    )


def render_about(info: CollectionInfo) -> discord.Embed:
    """What the collection holds and how to ask about it."""
    embed = discord.Embed(
        title="Undersigned",
        description=(
            "Answers questions about joint statements and open letters, and about who signed "
            "them. Every answer is quoted word for word from a statement, with its citation."
        ),
        colour=COLOUR,
    )
    embed.add_field(name="The collection", value=_holdings(info), inline=False)
    embed.add_field(
        name="Ask",
        value=(
            "`/ask` a question: *What do they say about foreign interference?* — add "
            "`organization`, `since` or `until`, or say it: *statements from 2024 about peace*.\n"
            "`/signed-by` an organisation (with `together_with` for joint ones) · "
            "`/organization` its card and co-signers · `/statements` the list · "
            "`/statement` one card."
        ),
        inline=False,
    )
    return embed
