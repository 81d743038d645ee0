"""A statement's structure: its lines segmented into blocks — front matter (headers, kicker,
title, dateline, source, salutation), body paragraphs, and the sign-off (closing formula,
signature, signatory lists, place and date, contacts) — and the metadata read from each block.

Every rule is about a block type, not about a file: the title and datelines are metadata and
never part of a passage, a signatory list is data and never a passage.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .dates import dateline, parse_date, publication_date
from .lines import (
    CLOSING,
    HEADER,
    KICKER,
    LIST_ITEM,
    MD_HEADING,
    RULE,
    SALUTATION,
    SLOGAN,
    SOURCE,
    TABLE_ROW,
    TABLE_RULE,
    TERMINAL,
    Line,
    is_caps,
    plain,
    split_lines,
)
from .names import (
    ENDS_WITH_ROLE,
    capitalised_ratio,
    is_org,
    is_person,
    is_place,
    is_role,
    is_unit,
    leading_name,
    looks_like_name,
    salutation_recipient,
    split_names,
    title_author,
    title_recipient,
    title_sender,
)


class BlockKind(StrEnum):
    """What a run of lines is."""

    HEADER = "header"
    KICKER = "kicker"
    TITLE = "title"
    DATELINE = "dateline"
    SOURCE = "source"
    SALUTATION = "salutation"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CLOSING = "closing"
    SIGNATURE = "signature"
    SIGNATORY_HEADING = "signatory heading"
    SIGNATORY_LIST = "signatory list"
    CONTACT = "contact"
    RULE = "rule"


@dataclass(frozen=True, slots=True)
class Block:
    """Lines of one kind; `start`/`end` are offsets into the file."""

    kind: BlockKind
    start: int
    end: int


@dataclass(slots=True)
class ParsedText:
    """What the structure of a statement's text gives, before any sidecar is applied."""

    title: str | None = None
    subject: str | None = None
    date: dt.date | None = None
    source_url: str | None = None
    authors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    individuals: set[str] = field(default_factory=set)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # file offsets
    blocks: list[Block] = field(default_factory=list)


_SIGNATORY_HEADING = re.compile(
    r"^(?:(?:signed|endorsed|supported)\s+by\s+(?:\d+|the\s+following|these|all)\s+[\w'’]+"
    r"(?:\s+[\w'’]+){0,3}|"
    r"(?:list\s+of\s+|initial\s+|first\s+|supporting\s+|co-?)?(?:signatories|signatory|"
    r"signers|signatures|endorsers|endorsements|supporters|undersigned)(?:\s+organi[sz]ations)?|"
    r"signed(?:\s+by)?|co-?signed(?:\s+by)?|endorsed(?:\s+by)?|supported\s+by|undersigned|"
    r"(?:signing|signatory|participating|supporting)\s+organi[sz]ations|"
    r"(?:(?:this|the|our)\s+(?:statement|declaration|appeal|call|letter|petition|resolution)\s+"
    r"(?:is|was|has\s+been)\s+)?"
    r"(?:signed|endorsed|supported|issued)\s+(?:jointly\s+)?by(?:\s+the\s+following)?"
    r"(?:\s+organi[sz]ations)?|"
    r"the\s+following\s+(?:organi[sz]ations|parties|unions|groups)(?:\s+\w+){0,6}|"
    r"(?:jointly\s+)?(?:issued|released|published|signed)\s+by\s+.+(?:jointly|together)\s+with|"
    r".{3,120}\b(?:jointly|together)\s+with)"
    r"(?:\s*\([^()]*\))?\s*:?\s*$",
    re.I,
)
_INLINE_SIGNED = re.compile(
    r"^(?:signed\s+(?:jointly\s+)?(?:on\s+behalf\s+of|for)|"
    r"(?:launched|started|initiated|organi[sz]ed|promoted|convened)\s+by|"
    r"(?:the\s+)?[A-Z][\w'’ -]{3,80}?,\s+(?:comprising|made\s+up\s+of|bringing\s+together|"
    r"uniting)|"
    r"(?:list\s+of\s+|initial\s+)?(?:signatories|signatory\s+organi[sz]ations|signers|"
    r"endorsers|supporters)|signed(?:\s+by)?|co-?signed(?:\s+by)?|endorsed\s+by|supported\s+by|"
    r"(?:this\s+(?:statement|declaration|appeal|call|letter)\s+(?:is|was|has\s+been)\s+)?"
    r"(?:signed|endorsed|supported|issued)\s+(?:jointly\s+)?by|"
    r"(?:jointly\s+)?(?:issued|released|published)\s+by\s+.+?(?:jointly|together)\s+with)"
    r"\s*[:,]?\s+(?P<names>\S.*)$",
    re.I,
)
_KIND_HEADING = re.compile(
    r"^(?:(?P<ind>individuals?|individual\s+signatories|individual\s+signers|"
    r"(?:signed\s+)?in\s+(?:a\s+)?personal\s+capacity|personalities|persons|people)|"
    r"(?P<org>organi[sz]ations?|organi[sz]ational\s+signatories|organi[sz]ations\s+signing|"
    r"parties|political\s+parties|trade\s+unions|unions|groups|movements))"
    r"(?:\s*\([^()]*\))?\s*:?\s*$",
    re.I,
)
_RELEASED_BY = re.compile(
    r"\b(?:issued|released|published|signed|adopted)\b.*?\bby\s+(?P<name>.+?)\s*,?\s*"
    r"(?:jointly|together)\s+with\b",
    re.I,
)
# "… and 212 individual signatories", "-ENDS-", "###": the end of a list or a release.
_TRAILER = re.compile(
    r"^(?:(?:\.\.\.|…)?\s*(?:and|plus|\+)\s+(?:\d[\d,.]*|many|hundreds\s+of|dozens\s+of)\s+"
    r"(?:more|other|others|further|individual|individuals|organi[sz]ations|signatories|people)\b.*|"
    r"[-–—\s]*(?:ends?|end\s+of\s+(?:statement|release|text))[-–—\s]*|#{3}|\*{3}|"
    r"\(?(?:list\s+in\s+formation|list\s+(?:still\s+)?open|more\s+signatures\s+to\s+follow)\)?\.?)$",
    re.I,
)
# A postscript or a footnote: the statement's words, after its signature.
_POSTSCRIPT = re.compile(
    r"^(?:p\.\s?s\.|ps:|p\.\s?p\.\s?s\.|\[\d{1,2}\]|\(\d{1,2}\)\s|notes?:|footnotes?:)", re.I
)
# A translator's or editor's note: "N.d.T. : communiqué du 12 février 2025, …".
_TRANSLATOR_NOTE = re.compile(
    r"^(?:n\.\s?d\.\s?[tr]\.|n\.\s?d\.\s?l\.\s?r\.|translator['’]?s\s+note|editor['’]?s\s+note|"
    r"note\s+du\s+traducteur|note\s+de\s+la\s+r[eé]daction|nota\s+del\s+traductor|"
    r"nota\s+do\s+tradutor|nota\s+del\s+traduttore|anm\.\s*d\.\s*[üu]bers)",
    re.I,
)
# "Add your signature: https://…", "Read more: …": a link that is no part of the text.
_LINK_LINE = re.compile(r"^[\w’' ]{2,40}:\s*(?:<?https?://\S+>?|\[[^\]]*\]\(https?://[^)]+\))\.?$")
_CONTACT_FIELDS = re.compile(
    r"^(?:contact|press\s+contact|media\s+contact|contacts|for\s+more\s+information|"
    r"more\s+information|e-?mail|tel|telephone|phone|mobile|web(?:site)?|embargo|ref|place|"
    r"attn|attention)\b",
    re.I,
)
_CONTACT_LINE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{7,}\d")


def segment(text: str) -> ParsedText:
    """Read a statement's text into blocks and metadata (see the module's docstring)."""
    lines = split_lines(text)
    parsed = ParsedText()
    body_start = _front(lines, parsed)
    tail_start = _tail_start(lines, body_start)
    paragraphs = _body(lines[body_start:tail_start], parsed)
    paragraphs += _tail(lines[tail_start:], parsed)
    if not paragraphs:
        # A one-line statement: its only line is its text, not a title.
        title = next((b for b in parsed.blocks if b.kind is BlockKind.TITLE), None)
        if title is not None and not MD_HEADING.match(text[title.start : title.end]):
            parsed.blocks.remove(title)
            parsed.title = None
            line = Line(title.start, title.end, text[title.start : title.end])
            paragraphs = [(line, line)]
            parsed.blocks.append(Block(BlockKind.PARAGRAPH, title.start, title.end))
    _title_after_note(parsed, paragraphs)
    parsed.paragraphs = [(first.start, last.end) for first, last in paragraphs]
    _attribution(text, parsed)
    _fill_in(text, parsed)
    parsed.blocks.sort(key=lambda b: b.start)
    return parsed


# ---------------------------------------------------------------------------- front matter


def _front(lines: list[Line], parsed: ParsedText) -> int:
    """Consume the front matter line by line (not block by block: a title glued to a dateline
    or to the first paragraph is still a title). Returns where the body starts."""
    n = len(lines)
    i = 0
    header_block_ended = False
    while i < n:
        line = lines[i]
        if not line.text:
            header_block_ended = header_block_ended or (
                i > 0 and bool(HEADER.match(lines[i - 1].plain))
            )
            i += 1
            continue
        text = line.plain
        header = HEADER.match(text)
        if header and not parsed.paragraphs:
            if header_block_ended:
                # A second block of headers (a forwarded message): the inner message, the one
                # nearest the text, is the statement; its date and subject win.
                parsed.date = None
                parsed.subject = None
            header_block_ended = False
            _header(header["field"].lower(), header["value"].strip(), parsed)
            parsed.blocks.append(Block(BlockKind.HEADER, line.start, line.end))
            i += 1
            continue
        if RULE.match(line.text):
            parsed.blocks.append(Block(BlockKind.RULE, line.start, line.end))
            i += 1
            continue
        if re.match(r"^-{2,}\s*(?:forwarded|original)\s+message", text, re.I):
            header_block_ended = True  # the headers after it are the forwarded message's
        if (url := _source(line)) is not None:
            parsed.source_url = parsed.source_url or url
            parsed.blocks.append(Block(BlockKind.SOURCE, line.start, line.end))
            i += 1
            continue
        if KICKER.match(text) or (not parsed.paragraphs and _page_furniture(text)):
            parsed.blocks.append(Block(BlockKind.KICKER, line.start, line.end))
            i += 1
            continue
        if (date := dateline(text)) is not None and len(line.words) <= 14:
            parsed.date = parsed.date or date
            parsed.blocks.append(Block(BlockKind.DATELINE, line.start, line.end))
            i += 1
            continue
        if _salutation(line):
            recipient = salutation_recipient(text)
            if recipient:
                parsed.recipients.append(recipient)
            parsed.blocks.append(Block(BlockKind.SALUTATION, line.start, line.end))
            i += 1
            continue
        if MD_HEADING.match(line.text):
            if parsed.title is None:
                parsed.title = text
                parsed.blocks.append(Block(BlockKind.TITLE, line.start, line.end))
            else:
                parsed.blocks.append(Block(BlockKind.HEADING, line.start, line.end))
            i += 1
            continue
        if parsed.title is None and parsed.subject is None and _title_here(lines, i):
            j = i + 1
            # A title in capitals may go on over a second line in capitals.
            while (
                is_caps(line.text)
                and j < n
                and lines[j].text
                and is_caps(lines[j].text)
                and not dateline(lines[j].plain)
                and j - i < 3
            ):
                j += 1
            parsed.title = " ".join(plain(lines[k].text) for k in range(i, j)).strip()
            parsed.blocks.append(Block(BlockKind.TITLE, line.start, lines[j - 1].end))
            i = j
            continue
        byline = re.match(r"^(?:by|from|von|par|por|di|da)\s+(?P<who>.+?)\s*$", text, re.I)
        if parsed.title is not None and byline and len(line.words) <= 16:
            # "by the National Committee of the X Party" under the title: the author.
            who = re.sub(r"^the\s+", "", byline["who"], flags=re.I)
            if is_org(who) and not is_person(who):
                parsed.authors.append(who)
                parsed.blocks.append(Block(BlockKind.HEADER, line.start, line.end))
                i += 1
                continue
        if parsed.title is not None and _subtitle_here(lines, i):
            date = dateline(text) or parse_date(text)
            parsed.date = parsed.date or date
            parsed.blocks.append(Block(BlockKind.HEADING, line.start, line.end))
            i += 1
            continue
        break
    return i


_HEADER_NAMES = {
    "de": "from",
    "von": "from",
    "da": "from",
    "para": "to",
    "à": "to",
    "a": "to",
    "an": "to",
    "fecha": "date",
    "data": "date",
    "datum": "date",
    "asunto": "subject",
    "objet": "subject",
    "oggetto": "subject",
    "assunto": "subject",
    "betreff": "subject",
}


_NAV_WORDS = frozenset(
    """home about news campaigns statements contact join donate events search menu login
    log shop press publications resources blog archive subscribe newsletter""".split()
)


def _page_furniture(text: str) -> bool:
    """A web page's or a document's furniture above the statement: "Skip to main content", a
    breadcrumb ("Home › News › Statements"), a navigation bar, a cookie banner, a section label
    ("Solidarity Notes · Reposts")."""
    low = text.casefold()
    if re.match(
        r"^(?:skip\s+to\s+(?:main\s+)?content|menu|search|share(?:\s+this)?:?|print)\b", low
    ):
        return True
    if "cookie" in low and len(text.split()) <= 30:
        return True
    parts = [p.strip() for p in re.split(r"\s+[›»|·•/]\s+|\s*[›»·•]\s*|\s+>\s+", text)]
    parts = [p for p in parts if p]
    if len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts) and not dateline(text):
        return True
    words = re.findall(r"[a-z]+", low)
    if len(words) > 20 or re.search(r"[.!?;:,]\s", text):
        return False  # a sentence, not a navigation bar
    return len(words) >= 4 and sum(w in _NAV_WORDS for w in words) >= 3


def _furniture_after(line: Line) -> bool:
    """A page's furniture after a statement: share buttons, tags, related links, footers."""
    t = line.plain
    if re.match(
        r"^(?:share(?:\s+this)?|tags?|related(?:\s+articles)?|read\s+more|see\s+also|"
        r"filed\s+under|categories|follow\s+us|©|copyright|\(c\)\s)\b",
        t,
        re.I,
    ):
        return True
    # "- [Another statement](https://…)": a list of links to other pages.
    return bool(re.fullmatch(r"(?:[-*•]\s*)?\[[^\]]+\]\([^)]+\)\s*", line.text))


def _header(name: str, value: str, parsed: ParsedText) -> None:
    name = _HEADER_NAMES.get(name, name)
    if name == "from":
        parsed.authors.extend(_names_in(value))
    elif name in ("to", "cc", "attn", "attention", "petition to"):
        parsed.recipients.extend(_names_in(value))
    elif name in ("date", "dated", "original date", "publication date", "published", "issued"):
        parsed.date = parsed.date or parse_date(value)
    elif name in ("subject", "re", "title"):
        value = re.sub(r"^(?:(?:fwd?|fw|tr|wg)\s*:\s*)+", "", value, flags=re.I)
        if value:
            parsed.subject = parsed.subject or value
    elif name in ("source", "link", "url", "website", "web"):
        m = re.search(r"https?://[^\s<>]+", value)
        if m:
            parsed.source_url = parsed.source_url or m.group(0).rstrip(".,>")
    elif name in ("issued by", "released by", "published by"):
        parsed.authors.extend(_names_in(value))


def _names_in(value: str) -> list[str]:
    value = re.sub(r"<[^<>]*@[^<>]*>|\S+@\S+", "", value)  # e-mail addresses
    parts = re.split(r"\s*;\s*|\s+and\s+(?=(?:the\s+)?[A-Z])", value)
    out: list[str] = []
    for part in parts:
        part = re.sub(r"^the\s+", "", part.strip(" ,"), flags=re.I)
        if not part:
            continue
        if not is_org(part) and is_person(part):
            continue
        out.append(part)
    return out


def _source(line: Line) -> str | None:
    m = SOURCE.match(line.plain)
    return m["url"] if m else None


def _salutation(line: Line) -> bool:
    t = line.plain
    if SALUTATION.match(t) and len(line.words) <= 12 and not line.text.endswith("."):
        return True
    # "Minister,", "Comrades,", "Dear Chair,": an address of two words or fewer.
    return bool(re.fullmatch(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+)?\s*[,:!]", t))


def _title_here(lines: list[Line], i: int) -> bool:
    """Is line `i`, the first of the text, its title?"""
    line = lines[i]
    t = line.plain
    words = t.split()
    if not t or len(t) > 220 or len(words) > 32 or LIST_ITEM.match(line.text):
        return False
    if not (t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘«¡¿"):
        return False
    if t.endswith((".", ",", ";", ":")) and not t.endswith(("...", "…")):
        return False
    if t.endswith(("!", "?")) and len(words) > 16:
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or not nxt.text:
        return True
    nplain = nxt.plain
    if (
        HEADER.match(nplain)
        or dateline(nplain)
        or _source(nxt)
        or RULE.match(nxt.text)
        or KICKER.match(nplain)
        or _salutation(nxt)
        or MD_HEADING.match(nxt.text)
    ):
        return True
    if re.match(r"^by\s+(?:the\s+)?[A-ZÀ-Þ]", nplain):
        return True  # a byline under the title
    if nplain[:1].islower():
        return False
    if is_caps(t) or capitalised_ratio(t) >= 0.6 or title_author(t) or title_recipient(t):
        return True
    rest: list[Line] = []
    for later in lines[i + 1 :]:
        if not later.text:
            break
        rest.append(later)
    widest = max(len(r.text) for r in rest)
    if widest > 110:  # one line per paragraph: a line without a full stop is a heading
        return True
    return len(rest) >= 1 and len(t) < 0.75 * widest


def _subtitle_here(lines: list[Line], i: int) -> bool:
    """A short line right under the title, before the text: in italics, or glued to the title
    line with no full stop."""
    t = lines[i].text
    if len(t.split()) > 20 or lines[i].plain.endswith((".", ",", ";", ":")):
        return False
    if re.fullmatch(r"([*_]).+\1", t):
        return True
    glued = i > 0 and bool(lines[i - 1].text)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    ends_block = nxt is None or not nxt.text or dateline(nxt.plain) is not None
    return glued and ends_block and len(t) <= 140


# ---------------------------------------------------------------------------- body


def _tail_start(lines: list[Line], body_start: int) -> int:
    """Where the sign-off begins: the first closing formula or signatory heading after some
    text, or else the run of names, dates, places and contacts that ends the file."""
    n = len(lines)
    seen_text = False
    explicit = n
    for j in range(body_start, n):
        line = lines[j]
        if not line.text:
            continue
        if seen_text and _opens_sign_off(line):
            explicit = j
            break
        if not _salutation(line):
            seen_text = True
    # From the end: names, datelines, places, roles, contacts, slogans, a postscript.
    j = n - 1
    boundary = n
    while j >= body_start:
        line = lines[j]
        if not line.text:
            j -= 1
            continue
        if _sign_off_line(line):
            boundary = j
            j -= 1
            continue
        start = j
        while start > body_start and lines[start - 1].text:
            start -= 1
        if _POSTSCRIPT.match(lines[start].plain) and start > body_start:
            boundary = start
            j = start - 1
            continue
        break
    # A line that goes on from the prose above it ("… in Holm and in" / "Aurel.") is prose.
    while body_start < boundary < n:
        above = lines[boundary - 1]
        if (
            above.text
            and lines[boundary].text
            and not above.text.endswith(TERMINAL)
            and not _sign_off_line(above)
        ):
            boundary += 1
        else:
            break
    # Never take the whole text: the first line after the front matter stays body.
    first_text = next((k for k in range(body_start, n) if lines[k].text), n)
    boundary = max(boundary, first_text + 1) if boundary <= first_text else boundary
    return min(explicit, boundary)


def _opens_sign_off(line: Line) -> bool:
    t = line.plain
    if _SIGNATORY_HEADING.match(t) or _KIND_HEADING.match(t) or _INLINE_SIGNED.match(t):
        return True
    return _closing(line)


def _closing(line: Line) -> bool:
    t = line.plain
    if re.match(r"^for\s+\S+\s+\([^)]*$", t, re.I):
        return True  # "For MABL (Movimento dos Atingidos por Barragens" / "da Lusenia): …"
    if not CLOSING.match(t) or SLOGAN.match(t):
        return False
    words = t.split()
    if re.match(
        r"^(?:for\s+and\s+)?on\s+behalf\s+of|^for\s+|^(?:por|pour|per|pelo|pela|für)\s+", t, re.I
    ):
        return len(words) <= 24
    return len(words) <= 8 and (
        t.endswith((",", ":", "!")) or not t.endswith(TERMINAL) or len(words) <= 4
    )


def _sign_off_line(line: Line) -> bool:
    t = line.plain
    if _opens_sign_off(line) or RULE.match(line.text):
        return True
    if dateline(t) is not None and len(line.words) <= 14:
        return True
    if _source(line) or _CONTACT_FIELDS.match(t) or (_CONTACT_LINE.search(t) and len(t) < 120):
        return True
    if SLOGAN.match(t) and (t.endswith("!") or len(line.words) <= 6):
        return True
    if TABLE_RULE.match(line.text) or TABLE_ROW.match(line.text):
        return True
    if is_role(t) and len(line.words) <= 12:
        return True
    if _CONNECTOR_START.match(line.text) and len(line.words) <= 14 and is_org(t):
        return True
    if _TRANSLATOR_NOTE.match(t):
        return True
    if "\t" in line.text and looks_like_name(line.text.split("\t")[0].strip()):
        return True
    if _TRAILER.match(t) or _LINK_LINE.match(t) or _furniture_after(line):
        return True
    if is_unit(t):
        return True  # "Segreteria nazionale", "Bureau national", in any case
    if not looks_like_name(t):
        return False
    return is_org(t) or is_person(t) or is_role(t) or is_place(t) or _name_list(t)


def _name_list(t: str) -> bool:
    names = split_names(t)
    return len(names) >= 2 and sum(is_org(n) for n in names) >= len(names) / 2


def _body(lines: Sequence[Line], parsed: ParsedText) -> list[tuple[Line, Line]]:
    out: list[tuple[Line, Line]] = []
    for block in _blocks(lines):
        for group in _paragraph_groups(block):
            first, last = group[0], group[-1]
            if len(group) == 1:
                t = first.plain
                if _salutation(first):
                    recipient = salutation_recipient(t)
                    if recipient and not out:
                        parsed.recipients.append(recipient)
                    parsed.blocks.append(Block(BlockKind.SALUTATION, first.start, first.end))
                    continue
                if RULE.match(first.text):
                    parsed.blocks.append(Block(BlockKind.RULE, first.start, first.end))
                    continue
                if MD_HEADING.match(first.text) or (
                    re.fullmatch(r"\*\*[^*]+\*\*:?", first.text) and len(first.words) <= 10
                ):
                    parsed.blocks.append(Block(BlockKind.HEADING, first.start, first.end))
                    continue
                if not out and dateline(t) is not None and len(first.words) <= 14:
                    parsed.date = parsed.date or dateline(t)
                    parsed.blocks.append(Block(BlockKind.DATELINE, first.start, first.end))
                    continue
                # A labelled source anywhere; a bare URL only before the text (a link inside
                # the text is the statement's own words).
                m = SOURCE.match(t)
                if m and (m["label"] or not out):
                    parsed.source_url = parsed.source_url or m["url"]
                    parsed.blocks.append(Block(BlockKind.SOURCE, first.start, first.end))
                    continue
            if len(group) == 1 and (quote := re.match(r"^>\s*", first.text)):
                # A quoted paragraph: the quote marker is no part of the words.
                if quote.end() >= len(first.text):
                    continue
                first = Line(first.start + quote.end(), first.end, first.text[quote.end() :])
            out.append((first, last))
            parsed.blocks.append(Block(BlockKind.PARAGRAPH, first.start, last.end))
    return out


def _blocks(lines: Sequence[Line]) -> Iterable[list[Line]]:
    block: list[Line] = []
    for line in lines:
        if line.text:
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _structural(line: Line) -> bool:
    return bool(
        LIST_ITEM.match(line.text)
        or MD_HEADING.match(line.text)
        or RULE.match(line.text)
        or _salutation(line)
        or HEADER.match(line.plain)
    )


def _paragraph_groups(block: list[Line]) -> Iterable[list[Line]]:
    """Split a block of consecutive lines into paragraphs: a line is its own paragraph unless
    the text is hard-wrapped (the line ends mid-sentence and the next goes on, or the block's
    lines are all about one width)."""
    widest = max(len(line.text) for line in block)
    wrapped = len(block) >= 3 and widest <= 100
    group: list[Line] = [block[0]]
    for prev, line in itertools.pairwise(block):
        joins = not _structural(line) and not (_structural(prev) and not LIST_ITEM.match(prev.text))
        if joins and LIST_ITEM.match(prev.text):
            # A list item wraps onto unmarked lines; the next item starts a new paragraph.
            joins = not prev.text.endswith(TERMINAL) or line.text[:1].islower()
        elif joins:
            mid_sentence = not prev.text.endswith(TERMINAL) and (
                line.text[:1].islower() or len(prev.text) >= 60
            )
            by_width = wrapped and len(prev.text) >= 0.6 * widest
            joins = mid_sentence or by_width
        if joins:
            group.append(line)
        else:
            yield group
            group = [line]
    yield group


# ---------------------------------------------------------------------------- sign-off


@dataclass(slots=True)
class _Entry:
    name: str
    section: str  # list, individuals, organisations, signature
    block: int


def _tail(lines: Sequence[Line], parsed: ParsedText) -> list[tuple[Line, Line]]:
    """Read the sign-off: closing formulas, signatures, signatory lists, datelines, contacts.
    Slogans and stray prose in it stay paragraphs."""
    paragraphs: list[tuple[Line, Line]] = []
    entries: list[_Entry] = []
    section = "signature"
    block = 0
    explicit = False
    lines = _joined_names(lines)
    k = 0
    n = len(lines)
    while k < n:
        line = lines[k]
        t = line.plain
        if not line.text:
            block += 1
            k += 1
            continue
        kind = _KIND_HEADING.match(t)
        heading = _SIGNATORY_HEADING.match(t)
        inline = None if heading else _INLINE_SIGNED.match(t)
        if kind:
            section = "individuals" if kind["ind"] else "organisations"
            explicit = True
            parsed.blocks.append(Block(BlockKind.SIGNATORY_HEADING, line.start, line.end))
        elif heading:
            section = "list"
            explicit = True
            if parsed.date is None and (date := parse_date(t)) is not None:
                parsed.date = date
            released = _RELEASED_BY.search(t)
            if released and (name := leading_name(released["name"])):
                entries.append(_Entry(name, "list", block))
            parsed.blocks.append(Block(BlockKind.SIGNATORY_HEADING, line.start, line.end))
        elif inline:
            released = _RELEASED_BY.search(t)
            if released and (name := leading_name(released["name"])):
                entries.append(_Entry(name, "list", block))
            coalition = re.match(
                r"^(?:the\s+)?(?P<name>[A-Z][^,]{3,80}?),\s+(?:comprising|made\s+up\s+of|"
                r"bringing\s+together|uniting)\b",
                t,
            )
            if coalition:  # "The Coalition for Fair Water, comprising A, B and C"
                entries.append(_Entry(coalition["name"], "list", block))
            # The list may wrap over the following lines of the same block.
            text = inline["names"]
            last = line
            while k + 1 < n and lines[k + 1].text and _continues_list(text, lines[k + 1]):
                k += 1
                last = lines[k]
                text = f"{text} {lines[k].plain}"
            entries.extend(_Entry(name, "list", block) for name in split_names(text, inline=True))
            section = "list"
            explicit = True
            parsed.blocks.append(Block(BlockKind.SIGNATORY_LIST, line.start, last.end))
        elif _closing(line):
            behalf = re.match(
                r"^(?:for\s+and\s+)?(?:on\s+behalf\s+of|for|por\s+(?:el|la|los|las)|"
                r"pour\s+(?:le|la|les|l['’])|per\s+(?:il|la|lo|l['’])|pelo|pela|"
                r"f[uü]r\s+(?:den|die|das))\s*(?P<name>[^:]+?)\s*(?:[,:].*)?$",
                t,
                re.I,
            )
            if behalf:
                # The formula delimits the name: all of it up to the colon or comma.
                name = _named(behalf["name"]) or leading_name(behalf["name"])
                if name:
                    entries.append(_Entry(name, "behalf", block))
            if section not in ("list", "individuals", "organisations"):
                section = "signature"
            parsed.blocks.append(Block(BlockKind.CLOSING, line.start, line.end))
        elif (date := dateline(t)) is not None and len(line.words) <= 14:
            parsed.date = parsed.date or date
            parsed.blocks.append(Block(BlockKind.DATELINE, line.start, line.end))
        elif (url := _source(line)) is not None:
            parsed.source_url = parsed.source_url or url
            parsed.blocks.append(Block(BlockKind.SOURCE, line.start, line.end))
        elif _furniture_after(line):
            parsed.blocks.append(Block(BlockKind.CONTACT, line.start, line.end))
        elif _TRANSLATOR_NOTE.match(t):
            parsed.date = parsed.date or publication_date(t) or parse_date(t)
            parsed.blocks.append(Block(BlockKind.CONTACT, line.start, line.end))
        elif (
            _CONTACT_FIELDS.match(t)
            or (_CONTACT_LINE.search(t) and len(t) < 120)
            or _TRAILER.match(t)
            or _LINK_LINE.match(t)
        ):
            if m := re.match(r"^(?:source|link|url)\s*:.*?(https?://[^\s)>\]]+)", t, re.I):
                parsed.source_url = parsed.source_url or m.group(1)
            parsed.blocks.append(Block(BlockKind.CONTACT, line.start, line.end))
        elif RULE.match(line.text) or TABLE_RULE.match(line.text):
            parsed.blocks.append(Block(BlockKind.RULE, line.start, line.end))
        elif TABLE_ROW.match(line.text):
            entries.extend(_Entry(name, "list", block) for name in split_names(line.text))
            explicit = True
            parsed.blocks.append(Block(BlockKind.SIGNATORY_LIST, line.start, line.end))
        elif _place_with_colon(line) or (
            explicit and _group_heading(line) and _heads_a_group(lines, k)
        ):
            if section not in ("list", "organisations", "individuals"):
                section = "list"  # "Lindaria:" heads a group of signatories
            explicit = True
            parsed.blocks.append(Block(BlockKind.SIGNATORY_HEADING, line.start, line.end))
        elif _POSTSCRIPT.match(t):
            # A postscript is the statement's words, over as many lines as it takes.
            last = line
            while k + 1 < n and lines[k + 1].text:
                k += 1
                last = lines[k]
            paragraphs.append((line, last))
            parsed.blocks.append(Block(BlockKind.PARAGRAPH, line.start, last.end))
        elif is_role(t) and (
            not is_org(t.split(",")[0]) or t[:1].islower() or ENDS_WITH_ROLE.match(t)
        ):
            parsed.blocks.append(Block(BlockKind.SIGNATURE, line.start, line.end))
        elif section == "individuals" and (is_person(t) or looks_like_name(t.split(",")[0])):
            for person in re.split(r"\s*;\s*", LIST_ITEM.sub("", _unwrapped(line.text))):
                if person:
                    entries.append(_Entry(person, section, block))
            parsed.blocks.append(Block(BlockKind.SIGNATORY_LIST, line.start, line.end))
        elif SLOGAN.match(t) or (not looks_like_name(t) and not _name_list(t) and not is_unit(t)):
            paragraphs.append((line, line))
            parsed.blocks.append(Block(BlockKind.PARAGRAPH, line.start, line.end))
        elif (
            section == "list"
            and (re.search(r"[,;]\s*$", line.text) or ";" in line.text or line.text.count(",") >= 2)
            and not is_person(LIST_ITEM.sub("", t).split(",")[0])
        ):
            # A comma list wrapped over several lines under a heading.
            text = line.plain
            last = line
            while k + 1 < n and lines[k + 1].text and _continues_list(text, lines[k + 1]):
                k += 1
                last = lines[k]
                text = f"{text} {lines[k].plain}"
            entries.extend(_Entry(name, "list", block) for name in split_names(text, inline=True))
            parsed.blocks.append(Block(BlockKind.SIGNATORY_LIST, line.start, last.end))
        else:
            raw = _unwrapped(line.text)
            names = split_names(raw, inline=section == "list" and "," in raw and _name_list(raw))
            entries.extend(_Entry(name, section, block) for name in names)
            parsed.blocks.append(
                Block(
                    BlockKind.SIGNATORY_LIST if explicit else BlockKind.SIGNATURE,
                    line.start,
                    line.end,
                )
            )
        k += 1
    _assign(entries, parsed)
    return paragraphs


def _unwrapped(text: str) -> str:
    """The line as written, minus Markdown emphasis wrapped around all of it ("**X Party**");
    a lone trailing "_" is part of what was written."""
    m = re.fullmatch(r"(\*\*|__|\*|_)(?P<inner>.+?)\1", text)
    return m["inner"].strip() if m else text


def _named(text: str) -> str | None:
    """A name after "For …:" that is no person: an organisation, whatever its words."""
    text = re.sub(r"^the\s+", "", text.strip(" ,:"), flags=re.I)
    if (looks_like_name(text) or is_org(text)) and not is_person(text) and len(text.split()) <= 12:
        return text
    return None


def _heads_a_group(lines: Sequence[Line], k: int) -> bool:
    """A line that starts a group: after a blank line or a heading, with names after it."""
    before = lines[k - 1] if k > 0 else None
    after = next((line for line in lines[k + 1 :] if line.text), None)
    starts = before is None or not before.text or bool(_SIGNATORY_HEADING.match(before.plain))
    return starts and after is not None and not _group_heading(after)


def _group_heading(line: Line) -> bool:
    """ "**Vestria**", "Kestria:": a place heading that groups a list of signatories."""
    t = line.plain
    marked = line.text != t or t.endswith(":") or line.text.startswith("#") or is_caps(t)
    return marked and is_place(t.rstrip(":").title()) and not is_org(t)


def _place_with_colon(line: Line) -> bool:
    """ "Corvenia:" — a country heading, whatever comes before it."""
    t = line.plain
    return t.endswith(":") and len(t.split()) <= 3 and is_place(t.rstrip(":")) and not is_org(t)


# A line that goes on with a name cut by the wrap: "Segreteria nazionale" / "della
# Confederazione …", "For CCE (Confederazione dei contadini" / "di Elbaria): …".
_CONNECTOR_START = re.compile(
    r"^(?:de|del|della|dello|delle|dell['’]|dei|degli|di|du|des|do|da|dos|das|der|den|von|vom|"
    r"of|and|y|e|et|und|de\s+la|de\s+l['’])\s+\S",
)


def _joined_names(lines: Sequence[Line]) -> list[Line]:
    """The sign-off's lines, with a line that goes on with the name above it joined to it.
    A joined line's offsets span both lines; its text has one space where the break was."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.text
            and line.text
            and (
                _CONNECTOR_START.match(line.text)
                or previous.text.count("(") > previous.text.count(")")
            )
            and not previous.text.endswith(TERMINAL[:4])
        ):
            out[-1] = Line(previous.start, line.end, f"{previous.text} {line.text}")
        else:
            out.append(line)
    return out


def _continues_list(text: str, line: Line) -> bool:
    t = line.plain
    if _opens_sign_off(line) or dateline(t) or _source(line) or _CONTACT_FIELDS.match(t):
        return False
    if _TRAILER.match(t) or _LINK_LINE.match(t):
        return False
    if text.count("(") > text.count(")"):
        return True  # a name cut inside its brackets: "(Popular Front" / "of Belanza)"
    if not text.rstrip().endswith(TERMINAL) and ("," in t or ";" in t):
        return True  # the wrap cut a name: "… Comité International" / "de Solidarité …, …"
    if text.rstrip().endswith((",", ";", "and", "&")) or ("," in t and _name_list(t)):
        return True
    if ";" in t or t.count(",") >= 2:
        return True
    # A name cut in two by the wrap: "…; Cassimari" / "Students' Union".
    return not text.rstrip().endswith(TERMINAL) and looks_like_name(t) and len(line.words) <= 8


def _assign(entries: list[_Entry], parsed: ParsedText) -> None:
    """Decide who each name in the sign-off is: a signatory, an individual, the author, or
    nobody (a person signing for an organisation, a role, a place)."""
    listed: list[str] = []
    signature: list[str] = []
    by_block: dict[int, list[_Entry]] = {}
    for entry in entries:
        by_block.setdefault(entry.block, []).append(entry)
    orgs_in_signature = sum(
        1 for e in entries if e.section == "signature" and is_org(e.name) and not is_unit(e.name)
    )
    people = [
        e
        for e in entries
        if e.section == "signature" and is_person(e.name) and not is_org(e.name.split(",")[0])
    ]
    # Several people, each a block of their own with their role and organisation under their
    # name: an open letter by individuals; the organisations are their affiliations.
    person_blocks = {e.block for e in people}
    affiliations_only = all(
        e.block in person_blocks and by_block[e.block][0] in people
        for e in entries
        if e.section == "signature" and is_org(e.name) and e not in people
    )
    if len(person_blocks) >= 2 and affiliations_only:
        orgs_in_signature = 0
    if (
        orgs_in_signature == 0
        and len(people) >= 2
        and not any(e.section != "signature" for e in entries)
    ):
        # An open letter signed by people only: they are its signatories.
        for e in people:
            person = re.split(r"\s*,\s*", e.name, maxsplit=1)[0]
            parsed.signatories.append(person)
            parsed.individuals.add(person)
        return
    for entry in entries:
        name = entry.name
        if entry.section == "individuals":
            person = re.split(r"\s*,\s*", name, maxsplit=1)[0]
            listed.append(person)
            parsed.individuals.add(person)
            continue
        if (is_role(name) and not is_org(name.split(",")[0])) or ENDS_WITH_ROLE.match(name):
            continue
        if entry.section in ("list", "organisations"):
            if entry.section == "list" and is_person(name) and not is_org(name):
                person = re.split(r"\s*,\s*", name, maxsplit=1)[0]
                listed.append(person)
                parsed.individuals.add(person)
            else:
                listed.append(name)
            continue
        # A signature: organisations, their sub-units, people signing for them, a place.
        if is_unit(name):
            index = by_block[entry.block].index(entry)
            previous = by_block[entry.block][index - 1] if index > 0 else None
            if previous is not None and not signature and not is_person(previous.name):
                # "Haverah" / "Political Bureau": the line above a sub-unit is its organisation.
                signature.append(f"{previous.name}, {name}")
            elif signature:
                signature[-1] = f"{signature[-1]}, {name}"
            else:
                mates = [e for e in by_block[entry.block] if e is not entry and is_org(e.name)]
                if mates:
                    continue  # joined when the organisation's line comes
            continue
        if entry.section == "behalf":
            signature.append(name)
            continue
        if is_person(name) and not is_org(re.split(r"\s*,\s*", name, maxsplit=1)[0]):
            continue  # "Mira Lanz, Secretary of the Tarnholt Branch": the person, not a body
        alone = len(entries) == 1
        if not is_org(name) and orgs_in_signature < 2 and is_place(name) and not alone:
            continue
        previous_unit = _unit_before(entry, by_block[entry.block])
        signature.append(f"{name}, {previous_unit}" if previous_unit else name)
    if listed:
        parsed.signatories.extend(listed + signature)
    elif len(_distinct_organisations(signature + parsed.authors)) >= 2:
        parsed.signatories.extend(signature)
    else:
        parsed.authors.extend(signature)


def _distinct_organisations(names: list[str]) -> list[str]:
    """The names less those of one organisation written twice in a sign-off ("For the KLP:"
    over "Koravian Labour Party", "National Committee of the ZPD" over "Zarevo Party")."""
    out: list[str] = []
    seen: list[str] = []
    for name in names:
        if not any(_same_organisation(name, other) for other in seen):
            out.append(name)
        seen.append(name)
    return out


def _same_organisation(a: str, b: str) -> bool:
    ka, kb = _own_name(a), _own_name(b)
    if ka.casefold() == kb.casefold():
        return True
    for short, long in ((ka, kb), (kb, ka)):
        # "Zarevo Party" and "Zarevo Party of Dravonia": the same name, with its country.
        if long.casefold().startswith(short.casefold() + " ") and re.fullmatch(
            r"\s+(?:of|in)\s+[A-ZÀ-Þ][\w'’-]+|\s+\([^()]+\)", long[len(short) :]
        ):
            return True
        letters = re.sub(r"[^A-Za-z]", "", short)
        if short.isupper() and 2 <= len(letters) <= 8:
            capitals = "".join(w[0] for w in long.split() if w[:1].isupper())
            if letters == capitals or capitals.startswith(letters):
                return True
    return False


def _own_name(name: str) -> str:
    """A name without a sub-unit around it and without a leading "the"."""
    name = re.sub(
        r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:committee|council|bureau|secretariat|executive|"
        r"board|department|branch|wing)\s+of\s+(?:the\s+)?",
        "",
        name,
        flags=re.I,
    )
    name = re.sub(
        r",\s*(?:[\w'’-]+\s+){0,3}?(?:committee|council|bureau|secretariat|executive|board|"
        r"department|branch|wing|group)$",
        "",
        name,
        flags=re.I,
    )
    return re.sub(r"^the\s+", "", name.strip(), flags=re.I)


def _unit_before(entry: _Entry, mates: list[_Entry]) -> str | None:
    index = mates.index(entry)
    if index > 0 and is_unit(mates[index - 1].name):
        return mates[index - 1].name
    return None


# ---------------------------------------------------------------------------- metadata


def _title_after_note(parsed: ParsedText, paragraphs: list[tuple[Line, Line]]) -> None:
    """A forwarded message: the forwarder's note, then the statement's own title line, then its
    text. The title line is the title (the mail's subject is the forwarder's)."""
    if parsed.title is not None or parsed.subject is None or len(paragraphs) < 3:
        return
    first, last = paragraphs[1]
    if first is not last:
        return
    t = first.plain
    if len(first.words) > 16 or t.endswith((".", ",", ";", ":")) or not t[:1].isupper():
        return
    parsed.title = t
    del paragraphs[1]
    for block in parsed.blocks:
        if block.start == first.start and block.kind is BlockKind.PARAGRAPH:
            parsed.blocks.remove(block)
            parsed.blocks.append(Block(BlockKind.TITLE, first.start, first.end))
            break


# "… refuse any part in them. — Quessland Refugee Support Network, 10 June 2025": who wrote the
# text, after a dash at its very end.
_ATTRIBUTION = re.compile(r"\s+[—–]\s*(?P<who>[^—–.!?]{3,120}?)\s*$")


def _attribution(text: str, parsed: ParsedText) -> None:
    if not parsed.paragraphs:
        return
    start, end = parsed.paragraphs[-1]
    m = _ATTRIBUTION.search(text[start:end])
    if not m or m.start() == 0:
        return
    who = m["who"]
    date = parse_date(who)
    name = re.split(r",\s*(?=[^,]*\d{4})", who, maxsplit=1)[0].strip(" ,")
    if not (is_org(name) or (date and looks_like_name(name) and not is_person(name))):
        return
    if not parsed.authors and not parsed.signatories:
        parsed.authors.append(name)
    parsed.date = parsed.date or date
    parsed.paragraphs[-1] = (start, start + m.start())


def _fill_in(text: str, parsed: ParsedText) -> None:
    """Metadata the blocks give indirectly: authors and addressees named in the title, a
    publication date written in the prose."""
    title = parsed.title or parsed.subject
    if title:
        author = title_author(title) or title_sender(title)
        if author and not parsed.signatories:
            parsed.authors.insert(0, author)
        parsed.recipients.extend(title_recipient(title))
    if parsed.date is None and parsed.paragraphs:
        # "Sarnevo, 2 September 2025 — The union today announced …": a wire dateline.
        start, end = parsed.paragraphs[0]
        wire = re.match(r"^[^\n.!?]{0,60}?[—–-]", text[start:end])
        if wire and (date := dateline(wire.group(0).rstrip("—–- "))):
            parsed.date = date
    if parsed.date is None:
        spans = parsed.paragraphs[:2] + parsed.paragraphs[-2:]
        for start, end in spans:
            date = publication_date(text[start:end])
            if date is not None:
                parsed.date = date
                break
