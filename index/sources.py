"""Statements from where they are published: a web page, a PDF, a Word file, or plain text,
turned into a statement file's text — one paragraph per line, the title first — by libraries
made for each: trafilatura (a page's main text and metadata, without navigation, sidebars,
cookie banners, comments or footers), pdfminer.six (text boxes in reading order, columns
included), python-docx (paragraphs and tables in document order).

What is saved is this text, and every quote is taken from it; the original bytes are archived
beside the index (see collection.add_source).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from .errors import UndersignedError

SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".md": "text",
}
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/plain": "text",
    "text/markdown": "text",
}


class NotAStatement(UndersignedError):
    """Nothing usable could be read from a source; the message says why."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """A statement as read from its source, before it is saved."""

    kind: str  # html, pdf, docx or text
    lines: tuple[str, ...]  # the statement's paragraphs, one per line, as the source has them
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None  # the page's URL (for a file: None)

    def text(self) -> str:
        """The statement file's text: the title, a blank line, one paragraph per line."""
        head = [self.title, ""] if self.title else []
        return "\n".join([*head, *self.lines]) + "\n"


def kind_of(name: str, content_type: str | None, data: bytes) -> str:
    """Which reader a source needs, from its content first (the bytes must agree with what
    the name or the declared content type say); `NotAStatement` when none fits."""
    sniffed = _sniff(data)
    declared = None
    if content_type:
        declared = CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())
    suffix = SUFFIXES.get(PurePosixPath(name.lower()).suffix) if name else None
    claimed = declared or suffix
    if sniffed is None:
        raise NotAStatement(
            "This is not a statement page or file: give a web page, a PDF, a Word (.docx) "
            "file or plain text."
        )
    if claimed is not None and claimed != sniffed and not {claimed, sniffed} <= {"html", "text"}:
        raise NotAStatement(
            f"The content is {_NAMES[sniffed]}, not {_NAMES[claimed]} as "
            f"{'its type' if declared else 'its name'} says; nothing was saved."
        )
    if sniffed == "text" and claimed == "html":
        return "html"
    return sniffed


_NAMES = {"html": "a web page", "pdf": "a PDF", "docx": "a Word file", "text": "plain text"}


def _sniff(data: bytes) -> str | None:
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:200_000] else None
    lowered = head[:1024].lower()
    if re.search(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]", lowered):
        return "html"
    if b"\x00" in data[:4096]:
        return None  # binary of some other kind
    return "text"


def extract(data: bytes, *, name: str = "", content_type: str | None = None,
            url: str | None = None) -> Extracted:  # fmt: skip
    """Read a statement from a source's bytes; `NotAStatement` when there is no text."""
    kind = kind_of(name, content_type, data)
    if kind == "html":
        found = extract_html(data, url)
    elif kind == "pdf":
        found = extract_pdf(data)
    elif kind == "docx":
        found = extract_docx(data)
    else:
        found = extract_text(data)
    found = dataclasses.replace(found, lines=_without_pull_quotes(_press_release(found.lines)))
    if not any(len(line.split()) >= MIN_PROSE_WORDS for line in found.lines):
        raise NotAStatement(f"No statement text was found in {_NAMES[kind]}; nothing was saved.")
    return found


MIN_PROSE_WORDS = 6  # a source with no line this long holds no statement

_RELEASE = re.compile(r"^(?:for immediate release|embargoed until\b.*|press release)$", re.I)
_END_MARK = re.compile(r"^(?:-+\s*ends?\s*-+|ends|#{3}|- ?30 ?-|\*\*\*)$", re.I)


def _without_pull_quotes(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines without a pull-quote: a line of ten words or more whose words all stand, in
    order, within another, longer line (a sentence of the text set apart in large type)."""
    keys = [_key(x) for x in lines]
    return tuple(
        line
        for i, (line, key) in enumerate(zip(lines, keys, strict=True))
        if len(line.split()) < 10
        or not any(
            j != i and len(other) > len(key) and key in other for j, other in enumerate(keys)
        )
    )


def _press_release(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A press release's own marks out: "FOR IMMEDIATE RELEASE" at its head, and its end
    mark ("ENDS", "###", "-30-") with everything after it (notes to editors, contacts)."""
    out = [x for x in lines[:3] if not _RELEASE.match(x.strip())] + list(lines[3:])
    for i, line in enumerate(out):
        if _END_MARK.match(line.strip()) and i >= 2:
            return tuple(out[:i])
    return tuple(out)


# ---------------------------------------------------------------------------- shared


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# A list item's bullet (trafilatura writes "- "); a number ("1.") is the text's own.
_BULLET = re.compile(r"^[-*•▪◦·–]\s+(?=\S)")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE
)


def clean_line(text: str) -> str:
    """One paragraph's text: composed, spaces collapsed, a list bullet taken off."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text).strip()
    return _BULLET.sub("", text)


def _lines(paragraphs: list[str]) -> list[str]:
    out = []
    for paragraph in paragraphs:
        line = clean_line(paragraph.replace("\n", " "))
        if line:
            out.append(line)
    return out


def _drop_title(lines: list[str], title: str | None) -> list[str]:
    """The lines without a first line that repeats the title."""
    if title and lines and _key(lines[0]) == _key(title):
        return lines[1:]
    return lines


def _from_title(lines: list[str], title: str | None) -> list[str]:
    """The lines after the title where it is printed above the text: what stands before it
    there (a kicker "Joint declaration", a category, a breadcrumb) is the page's, not the
    statement's."""
    for i, line in enumerate(lines):
        if len(line.split()) >= 10 and _key(line) != _key(title or ""):
            break
        if title and _key(line) == _key(title):
            return lines[i + 1 :]
    return lines


def _without_orphan_headings(page: Any, lines: list[str]) -> list[str]:
    """The lines without headings left at their end with nothing under them (a box's
    heading whose text was left out: "Recent signers", "Frequently asked questions"); a
    lead-in to signatories ("Signed by:") stays."""
    headings = {_text_of(h) for h in page.iter(*_ALL_HEADINGS)}
    while lines:
        last = lines[-1]
        if (
            _key(last) in headings
            and len(last.split()) <= 6
            and not _is_lead_in(last)
            and not last.endswith((".", "!", "?"))
        ):
            lines = lines[:-1]
            continue
        break
    return lines


def _with_standfirst(page: Any, lines: list[str], title: str | None) -> list[str]:
    """The lines with the standfirst put first when the extraction dropped it: the subtitle
    printed right under the title's heading (six to forty words, no date, a sentence or a
    phrase rather than a byline)."""
    from .parsing.dates import find_date

    if not title or not lines:
        return lines
    heading = next((h for h in page.iter(*_ALL_HEADINGS) if _text_of(h) == _key(title)), None)
    if heading is None:
        return lines
    after = heading.xpath("following::*[normalize-space(text())][1]")
    if not after or after[0].tag not in ("h2", "h3", "h4", "p"):
        return lines
    text = clean_line(after[0].text_content())
    words = len(text.split())
    keys = {_key(x) for x in lines}
    if not 6 <= words <= 40 or find_date(text) or _key(text) in keys or text.endswith(":"):
        return lines
    if re.match(r"(?i)^(?:by|par|por|von|di|door)\s", text):
        return lines
    return [text, *lines]


def _key(text: str) -> str:
    """A text's letters and digits, for matching a line with the element it came from: no
    spaces at all, as inline elements split words ("evic<span>tions</span>") and line breaks
    part them ("a<br>b") differently in the element's text and the extraction's."""
    return re.sub(r"\W+", "", unicodedata.normalize("NFKC", text)).casefold()


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------------------- readers


def extract_text(data: bytes) -> Extracted:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotAStatement(
            f"The file is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."
        ) from exc
    return Extracted("text", tuple(line for line in text.splitlines()))


def extract_html(data: bytes, url: str | None = None, charset: str | None = None) -> Extracted:
    """A page's main text (trafilatura, tables and lists included, comments left out) and the
    title and publication date its metadata gives (JSON-LD, Open Graph, <time>, <title>).

    trafilatura's default keeps the article and drops site furniture, but also drops a list
    that ends a page (the signatories, most often); its recall mode keeps the list, and some
    furniture too. So the article is the default's, widened to what recall mode finds between
    its first and last lines, and to the list items or table rows that directly follow them."""
    import trafilatura

    options: dict[str, Any] = {
        "url": url,
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
        "include_images": False,
        "include_links": False,
        "deduplicate": False,
    }
    page = _page_tree(data, charset)
    document: Any = trafilatura.bare_extraction(copy.deepcopy(page), **options)
    if document is None or not getattr(document, "text", None):
        raise NotAStatement("No statement text was found on the page; nothing was saved.")
    wide: Any = trafilatura.bare_extraction(copy.deepcopy(page), favor_recall=True, **options)
    raw = str(document.text).split("\n")
    if wide is not None and getattr(wide, "text", None):
        raw = _widened(raw, str(wide.text).split("\n"))
    title = clean_line(document.title) if document.title else None
    if title and document.sitename:
        title = _without_site(title, document.sitename)
    title = _not_the_site(title, page)
    title = _printed_part(title, page)
    lines = _without_breadcrumbs(_drop_title(_lines(_table_rows(raw)), title))
    meta = [x for x in lines if _is_meta_line(x)]
    lines = [x for x in lines if x not in meta]
    container = _article(page, lines)
    if container is not None:
        heading = _article_heading(page, container, title)
        if heading is not None:
            title = heading
            lines = [x for x in lines if _key(x) != _key(heading)]
        lines = _within(container, lines, title)
        lines = _with_signatory_tail(page, container, lines)
    lines = _from_title(lines, title)
    lines = _without_orphan_headings(page, lines)
    lines = _with_standfirst(page, lines, title)
    # A press dateline opening the text is the release's own date; then the page's data.
    date = (
        _opening_dateline(_press_release(tuple(lines)))
        or _marked_date(page, container)
        or _structured_date(page, container)
        or _header_date(page, container, title)
        or next((d for d in map(_first_date, meta) if d is not None), None)
    )
    if date is None and not any(_is_dateline(x) for x in lines):
        # trafilatura's search of the whole page: the last resort. It makes "© 2025" the
        # first of January; a year alone is no publication date.
        found = _date(document.date)
        date = found if found is not None and (found.month, found.day) != (1, 1) else None
    return Extracted("html", tuple(lines), title or None, date, url)


# Elements whose text is one line of the article.
_LEAVES = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "dd", "dt", "blockquote", "div")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_ALL_HEADINGS = ("h1", *_HEADINGS)


_CRUMB = re.compile(r"\s+(?:>|»|›|/|>>)\s+")


def _without_breadcrumbs(lines: list[str]) -> list[str]:
    """The lines without a breadcrumb trail ("Home > News > Statements") and the bare link
    texts it is made of, where they stand alone on a line."""
    crumbs = [x for x in lines if _is_breadcrumb(x)]
    parts = {
        _key(part) for x in crumbs for part in _CRUMB.split(x.split(":", 1)[-1]) if part.strip()
    }
    return [x for x in lines if x not in crumbs and not (len(x.split()) <= 3 and _key(x) in parts)]


_TAXONOMY = re.compile(
    r"^(?:posted in|filed under|tags?|tagged|categor(?:y|ies)|catégories?|étiquettes|"
    r"mots-clés|schlagwörter|kategorien?|etiquetas|categorías?|categorie|argomenti)\b\s*:?\s",
    re.I,
)
# A news agency's credit line: "(Reporting by …; Editing by …)".
_CREDIT = re.compile(
    r"^[(\[]?\s*(?:additional\s+|with\s+)?(?:reporting|writing|editing|compiled|"
    r"translated|translation|text|photos?|video)\s+(?:by|from)\b[^)\]]*[)\]]?\.?$",
    re.I,
)
# A pointer to another article between the paragraphs: "Also read: …".
_SEE_ALSO = re.compile(
    r"^(?:also\s+read|read\s+also|read\s+more|see\s+also|related|more\s+on\s+this|"
    r"(?:à\s+)?lire\s+aussi|voir\s+aussi|lees\s+ook|lees\s+meer|leggi\s+anche|"
    r"lea\s+tambi[ée]n|leia\s+tamb[ée]m|lesen\s+sie\s+auch|mehr\s+dazu)\s*[:»>–-]",
    re.I,
)
_RELATIVE_TIME = re.compile(
    r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|"
    r"\bil\s+y\s+a\s+\d+\s*(?:secondes?|minutes?|heures?|jours?)\b|"
    r"\bhace\s+\d+\s*(?:segundos?|minutos?|horas?|d[ií]as?)\b|"
    r"\bvor\s+\d+\s*(?:sekunden|minuten|stunden|tagen)\b|"
    r"\b\d+\s*(?:seconden|minuten|uur|dagen)\s+geleden\b",
    re.I,
)
_META_SEPARATOR = re.compile(r"\s+[•|·–—]\s+|\s+[•|·]\s*")


def _first_date(line: str) -> dt.date | None:
    from .parsing.dates import find_date

    found = find_date(line)
    return found[0] if found else None


def _is_meta_line(line: str) -> bool:
    """A page's line about the article, not of it: its categories or tags ("Posted in
    Letters"), a pointer to another article ("Also read: …"), a news agency's credits ("(Reporting by …; Editing by …)"), or its date among
    other facts ("Date: 1 July 2025 • Available in: French",
    "Publié le 6 mars 2025 – Secteur : Protection sociale")."""
    from .parsing.dates import find_date

    words = len(line.split())
    if words <= 10 and _TAXONOMY.match(line):
        return True
    if words <= 30 and _CREDIT.match(line.strip()):
        return True
    if words <= 25 and _SEE_ALSO.match(line):
        return True
    if words <= 12 and _RELATIVE_TIME.search(line):
        return True  # a live feed's entry: "Ingrid from Norvania · 2 minutes ago"
    if words > 15 or find_date(line) is None:
        return False
    parts = [p for p in _META_SEPARATOR.split(line) if p.strip(" ,.:")]
    return len(parts) >= 2 and all(len(p.split()) <= 8 for p in parts)


def _is_breadcrumb(line: str) -> bool:
    """ "Home > News > Statements", its last step perhaps the page's own (long) title."""
    parts = _CRUMB.split(line.split(":", 1)[-1] if ":" in line[:30] else line)
    return (
        len(parts) >= 3
        and all(0 < len(p.split()) <= 6 for p in parts[:-1])
        and 0 < len(parts[-1].split()) <= 20
        and not parts[-1].rstrip().endswith((".", "!", "?"))
    )


def _article(page: Any, lines: list[str]) -> Any:
    """The page's element that holds the article: the deepest one holding at least 80 % of
    the words of the extracted lines of ten words or more (a sidebar's paragraph that
    trafilatura kept does not pull it up to the whole page)."""
    long = {_key(x): len(x.split()) for x in lines if len(x.split()) >= 10}
    total = sum(long.values())
    if not total:
        return None
    score: Counter[Any] = Counter()
    found: set[str] = set()
    for element in page.iter(*_LEAVES):
        key = _text_of(element)
        words = long.get(key)
        if words and key not in found:
            found.add(key)
            for ancestor in element.iterancestors():
                score[ancestor] += words
    # A line that is no element of its own (text run between <br>s, in a <font> or a cell)
    # counts for the deepest element holding it, and that element's ancestors.
    rest = {k: w for k, w in long.items() if k not in found}
    if rest:
        elements = [e for e in page.iter() if isinstance(e.tag, str)]
        texts = {id(e): _text_of(e) for e in elements}
        depth = {id(e): sum(1 for _ in e.iterancestors()) for e in elements}
        for key, words in rest.items():
            holders = [e for e in elements if key in texts[id(e)]]
            if holders:
                holder = max(holders, key=lambda e: depth[id(e)])
                for element in (holder, *holder.iterancestors()):
                    score[element] += words
    fits = [e for e, got in score.items() if got >= 0.8 * total]
    if not fits:
        return None
    return max(fits, key=lambda e: sum(1 for _ in e.iterancestors()))


def _text_of(element: Any) -> str:
    """An element's text as a key, its pieces (a table row's cells) apart."""
    return _key(" ".join(element.itertext()))


def _preceding(element: Any) -> list[Any]:
    """The element's earlier siblings."""
    out = []
    sibling = element.getprevious()
    while sibling is not None:
        if isinstance(sibling.tag, str):  # not a comment or a processing instruction
            out.append(sibling)
        sibling = sibling.getprevious()
    return out


def _article_heading(page: Any, container: Any, title: str | None) -> str | None:
    """When the page's title is printed as no heading (a campaign's or a site's name), the
    heading just before the article's element is the statement's title; else None."""
    headings = list(page.iter("h1", "h2", "h3"))
    if title and any(_text_of(h) == _key(title) for h in page.iter(*_ALL_HEADINGS)):
        return None
    elements = list(page.iter())  # held: lxml gives the same proxies while they live
    order = {id(e): i for i, e in enumerate(elements)}
    start = order.get(id(container), 0)
    before = [h for h in headings if order.get(id(h), start) < start]
    if before:
        return clean_line(before[-1].text_content()) or None
    # The title the page's <title> gives in short ("Open Letter"), printed in full above the
    # article ("An Open Letter to the Mayor of Port Selwyn on the Low-Emission Zone").
    fuller = [
        e
        for e in elements[:start]
        if title
        and isinstance(e.tag, str)
        and (e.text or "").strip()
        and _key(title) in _text_of(e) != _key(title)
        and 2 <= len(e.text_content().split()) <= 25
        and not clean_line(e.text_content()).endswith(".")
        and not any(a.tag in ("a", *_FURNITURE, "title") for a in (e, *e.iterancestors()))
    ]
    if fuller:
        return clean_line(fuller[-1].text_content())
    # No heading: a line set apart in large or bold type at the article's head is its title:
    # the first in the article's element, else the last just before it (in the element
    # holding both).
    for element in container.iter(*_EMPHASIS):
        text = _set_apart(element)
        if text:
            return text
        if _large_or_bold(element) and len(element.text_content().split()) > 20:
            break  # into the text: no title at its head
    scope = container
    while scope.getparent() is not None and scope.tag != "body":
        scope = scope.getparent()
        if len([e for e in scope if isinstance(e.tag, str)]) > 1:
            break
    before_it = [e for e in scope.iter(*_EMPHASIS) if order.get(id(e), start) < start]
    for element in reversed(before_it):
        if id(element) in {id(a) for a in container.iterancestors()}:
            continue
        text = _set_apart(element)
        if text:
            return text
    return None


_EMPHASIS = ("font", "b", "strong", "big")


def _large_or_bold(element: Any) -> bool:
    """Bold, or a <font> of size 4 and up (a size "+1" is one above the default 3)."""
    size = (element.get("size") or "").strip()
    if element.tag != "font":
        return True
    if size.startswith("+") and size[1:].isdigit():
        return 3 + int(size[1:]) >= 4
    return size.isdigit() and int(size) >= 4


def _set_apart(element: Any) -> str | None:
    """An element's text when it is a title-like line of its own in large (<font size=4>
    and up) or bold type: two to twenty words, no closing full stop or colon."""
    if not _large_or_bold(element):
        return None
    text = clean_line(element.text_content())
    if _RELEASE.match(text) or _END_MARK.match(text):
        return None
    if 2 <= len(text.split()) <= 20 and not text.endswith((".", ":")) and _alone(element):
        return text
    return None


def _alone(element: Any) -> bool:
    """Whether an element is a line of its own: nothing but spaces or breaks around it."""
    tail = (element.tail or "").strip()
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return not tail and not before.strip()


def _heads_kept(heading: Any, keys: set[str]) -> bool:
    """Whether what directly follows a heading was kept (a box's heading over text that was
    not — "Sign the petition" — is not put back)."""
    following = heading.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is None:
        return False
    text = _text_of(following)
    return any(key and (key == text or key in text) for key in keys)


def _following(element: Any) -> list[Any]:
    """The element's later siblings."""
    out = []
    sibling = element.getnext()
    while sibling is not None:
        if isinstance(sibling.tag, str):
            out.append(sibling)
        sibling = sibling.getnext()
    return out


def _within(container: Any, lines: list[str], title: str | None) -> list[str]:
    """The lines found in the article's element, in order, with the headings of that element
    the extraction dropped ("Signed by:") put back before what follows them."""
    text = _text_of(container)
    # An introduction just before the article's element ("The following letter was sent to
    # the mayor:") is the article's too: prose of ten words or more, after the title.
    before = " ".join(
        _text_of(e) for e in _preceding(container) if _key(e.text_content()) != _key(title or "")
    )
    # The signatories that end the article just after its element (a list in a sibling block):
    # a run of two or more short lines right after its last line, in the elements that follow
    # it (one such line alone is a credit or a footer more often than a list).
    following = " ".join(_text_of(e) for e in _following(container))
    kept: list[str] = []
    run: list[str] = []
    seen_inside = trailing = False
    for x in lines:
        key = _key(x)
        if not key:
            continue
        if trailing and key not in text and len(x.split()) <= 15 and key in following:
            run.append(x)
            continue
        if len(run) >= 2:
            kept.extend(run)
        run, trailing = [], False
        if key in text:
            kept.append(x)
            seen_inside = trailing = True
        elif len(x.split()) >= 10 and key in before and not seen_inside:
            kept.append(x)
    if len(run) >= 2:
        kept.extend(run)
    keys = {_key(x) for x in kept}
    elements = list(container.iter())  # held: lxml gives the same proxies while they live
    order = {id(e): i for i, e in enumerate(elements)}
    where: dict[str, int] = {}
    for element in container.iter(*_LEAVES):
        key = _text_of(element)
        if key in keys and key not in where:
            where[key] = order[id(element)]
    missing = [
        (order[id(h)], clean_line(h.text_content()))
        for h in container.iter(*_HEADINGS)
        if _key(h.text_content()) not in keys
        and _key(h.text_content()) != _key(title or "")
        and clean_line(h.text_content())
        and _heads_kept(h, keys)
    ]
    out: list[tuple[int, float, str]] = [
        (where.get(_key(x), -1), float(i), x) for i, x in enumerate(kept)
    ]
    for position, heading in missing:
        after = [o for o in out if o[0] > position]
        if after:  # a heading is put back only before something kept
            first = min(after, key=lambda o: o[1])
            out.append((position, first[1] - 0.5, heading))
    return [x for _, _, x in sorted(out, key=lambda o: o[1])]


_PUBLISHED_PROPERTY = re.compile(r"(?:^|[:\s])(?:datePublished|dateCreated|created|date)$", re.I)


def _marked_date(page: Any, container: Any) -> dt.date | None:
    """A publication date marked up on an element of the article (RDFa `property=
    "schema:dateCreated"`, microdata `itemprop="datePublished"`) in ISO form, which no reading
    of the printed "03/11/2025" can mistake: the first before the article's end (teasers of
    other articles after it carry their own)."""
    elements = list(page.iter())  # held: lxml gives the same proxies while they live
    order = {id(e): i for i, e in enumerate(elements)}
    end = max(order.get(id(e), 0) for e in container.iter()) if container is not None else None
    for element in elements:
        if not isinstance(element.tag, str):
            continue
        names = f"{element.get('property') or ''} {element.get('itemprop') or ''}".strip()
        if not names or not any(_PUBLISHED_PROPERTY.search(n) for n in names.split()):
            continue
        if end is not None and order[id(element)] > end:
            break
        value = element.get("content") or element.get("datetime") or ""
        found = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
        if found:
            try:
                return dt.date(*(int(x) for x in found.groups()))
            except ValueError:
                continue
    return None


# "Signed by:" in the languages the date reader knows (the parser's own list is English),
# and a lead-in naming who signs ("Signed by the coalition's steering group:").
_LEAD_IN_ELSEWHERE = re.compile(
    r"^(?:(?:signed|endorsed|supported|initiated|launched)\s+by\b.{0,80}:|firmatari|firmano|firmantes|firman|firmado\s+por|signataires|sign[ée]\s+par|"
    r"unterzeichner(?:innen)?|unterzeichnet\s+von|unterzeichnende|ondertekenaars|"
    r"ondertekend\s+door|assinam|assinado\s+por|signat[áa]rios)\s*:?\s*$",
    re.I,
)
# Where to stop reading a page's elements for the signatories after the article.
_FURNITURE = ("nav", "footer", "aside", "form", "script", "style", "header", "button")


def _is_lead_in(text: str) -> bool:
    from .parsing.structure import _SIGNATORY_HEADING

    return bool(_SIGNATORY_HEADING.match(text) or _LEAD_IN_ELSEWHERE.match(text))


def _with_signatory_tail(page: Any, container: Any, lines: list[str]) -> list[str]:
    """The lines with the signatories that follow the article in a block of their own, as
    the page shows them, when the extraction left them out (a grid of names a site builder
    puts in the next section): a "Signed by:" among the first short texts after the
    article, and the run of short texts after it — each one name — up to the first prose,
    heading or piece of site furniture."""
    keys = {_key(x) for x in lines}
    after = container.xpath("following::*[normalize-space(text())]")
    texts: list[tuple[Any, str]] = []
    for element in after:
        if any(a.tag in _FURNITURE for a in (element, *element.iterancestors())):
            if texts:
                break
            continue
        texts.append((element, clean_line(element.text_content())))
        if len(texts) > 600:
            break
    for i, (_, text) in enumerate(texts[:10]):
        if len(text.split()) >= 10:
            return lines  # prose after the article before any lead-in: not its tail
        if not _is_lead_in(text):
            continue
        if _key(text) in keys:
            return lines  # the extraction has them
        names: list[str] = []
        kind = None  # the names are alike: one tag and class (list items, a grid's cards)
        for other, name in texts[i + 1 :]:
            words = len(name.split())
            if other.tag in _ALL_HEADINGS or words > 15 or words == 0 or name.endswith("."):
                break
            if kind is not None and (other.tag, other.get("class")) != kind:
                break
            kind = (other.tag, other.get("class"))
            names.append(name)
        if len(names) >= 2 and not any(_key(n) in keys for n in names):
            return [*lines, text, *names]
        return lines
    return lines


def _structured_date(page: Any, container: Any) -> dt.date | None:
    """A publication date the page states as data (JSON-LD, meta tags, <time datetime>),
    through htmldate, which is shown the page up to the article's end: the dates of the
    articles listed after it ("Latest news", teasers) are theirs."""
    import lxml.html
    from htmldate import find_date

    shown = copy.deepcopy(page)
    if container is not None:
        path = page.getroottree().getpath(container)
        found_in_copy = shown.getroottree().xpath(path)
        node = found_in_copy[0] if found_in_copy else None
        while node is not None and node.tag not in ("body", "html"):
            for later in list(node.itersiblings()):
                node.getparent().remove(later)
            node = node.getparent()
    try:
        found = find_date(
            lxml.html.tostring(shown, encoding="unicode"),
            extensive_search=False,
            original_date=True,
            outputformat="%Y-%m-%d",
        )
    except Exception:
        return None
    return _date(found)


def _header_date(page: Any, container: Any, title: str | None) -> dt.date | None:
    """A date printed with the title, between the title's heading and the article."""
    from .parsing.dates import parse_date

    if container is None or not title:
        return None
    elements = list(page.iter())  # held: lxml gives the same proxies while they live
    order = {id(e): i for i, e in enumerate(elements)}
    start = order.get(id(container), 0)
    shown = [e for e in elements if isinstance(e.tag, str) and _text_of(e) == _key(title)]
    if not shown:
        return None
    first = order[id(shown[0])]
    long_start = min(
        (
            order[id(e)]
            for e in container.iter(*_LEAVES)
            if len(e.text_content().split()) >= 20 and id(e) in order
        ),
        default=start,
    )
    for element in page.iter("p", "div", "span", "time", "small", "i", "em", "font"):
        position = order.get(id(element), -1)
        if first < position < max(start, long_start) and len(element.text_content()) < 200:
            found = parse_date(element.text_content())
            if found is not None:
                return found
    return None


def _opening_dateline(lines: tuple[str, ...]) -> dt.date | None:
    """The date of a press dateline that opens the first paragraph ("BRISK, 4 August 2026 –
    The dockers …")."""
    from .parsing.dates import find_date

    if not lines:
        return None
    found = find_date(lines[0][:80])
    if found is None or found[1] > 40:
        return None
    after = lines[0][found[2] : found[2] + 4]
    return found[0] if re.match(r"\s*[-–—:]", after) else None


def _dateline_date(line: str) -> dt.date | None:
    """The date of a line that is only a date with a few words ("Published 4 April 2025",
    "Brisk, 3 May 2026")."""
    from .parsing.dates import find_date

    found = find_date(line)
    if found is None:
        return None
    rest = (line[: found[1]] + line[found[2] :]).strip(" ,.-–—:|")
    return found[0] if len(rest.split()) <= 4 else None


def _is_dateline(line: str) -> bool:
    from .parsing.dates import find_date

    found = find_date(line)
    return found is not None and len(line) < 80


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Cells holding these are page layout, not a table of data.
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table")


def _page_tree(data: bytes, charset: str | None) -> Any:
    """The page parsed, decoded as the server or the page itself declares (ISO-8859-1 read as
    windows-1252, as browsers do), else UTF-8, else as lxml guesses; a table used to lay the
    page out (cells holding paragraphs, headings or lists) turned into plain blocks, so that
    only tables of data are read as tables."""
    import lxml.html

    declared = charset or next(iter(_META_CHARSET.findall(data[:4096])), b"").decode("ascii")
    text: str | None = None
    for name in (declared, "utf-8"):
        if not name:
            continue
        name = {"iso-8859-1": "windows-1252", "latin1": "windows-1252"}.get(name.lower(), name)
        try:
            text = data.decode(name)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    text = _META_CHARSET.sub(b"<meta", data).decode("utf-8", "replace") if text is None else text
    tree = lxml.html.document_fromstring(text)
    # Paragraphs written as text between blank lines (<br><br>), as pages of the 2000s and
    # blog engines write them: each made a paragraph of its own, the first one too.
    _paragraphs_from_breaks(tree)
    # Footnotes and forms are never the statement's text.
    # A footnote's text links back to where it is called ("↩", "#fnref1"): the block
    # holding such a link is a note, wherever the site puts it.
    for back in list(tree.xpath(_BACKLINK)):
        note = next((a for a in back.iterancestors() if a.tag in ("li", "p", "div")), None)
        if note is not None and note.getparent() is not None:
            note.drop_tree()
    for element in list(tree.iter("form", "section", "div", "ol", "aside")):
        role = (element.get("role") or "").lower()
        classes = set((element.get("class") or "").lower().split())
        if (
            element.tag == "form"
            or role in ("doc-endnotes", "doc-footnotes", "doc-footnote")
            or (classes & {"footnotes", "footnote-list", "endnotes", "footnote"})
        ):
            parent = element.getparent()
            if parent is None:
                continue
            if element.tag == "form":
                # A form's own heading, and what stands between it and the form ("Add your
                # organisation" / "Fill in the form below…"), go with it.
                for introduction in _form_introduction(element):
                    introduction.drop_tree()
            element.drop_tree()
    _drop_calls_to_action(tree)
    _drop_hidden_panels(tree)
    _drop_unseen(tree)
    # A definition list's term and description are one line ("organisation country").
    for term in list(tree.iter("dt")):
        description = term.getnext()
        if description is not None and description.tag == "dd":
            term.tail = (term.tail or "") + " "
            term.text = " ".join(
                x for x in (term.text_content().strip(), description.text_content().strip()) if x
            )
            for child in list(term):
                term.remove(child)
            description.drop_tree()
    # A statement published in parts, one <article> each: trafilatura reads the first
    # <article> of a page as the whole article, so parts side by side are made plain blocks
    # of one <article>, the element holding them. (Teasers of other articles are <article>s
    # too, but hold no two paragraphs of prose.)
    for parent in {id(a.getparent()): a.getparent() for a in tree.iter("article")}.values():
        parts = [a for a in parent if a.tag == "article" and _prose_paragraphs(a) >= 2]
        if len(parts) >= 2 and parent.tag not in ("body", "html"):
            for part in parts:
                part.tag = "section"
            parent.tag = "article"
    _cut_at_end_mark(tree)
    for table in tree.iter("table"):
        cells = [c for c in table.iter("td", "th")]
        if any(any(x.tag in _BLOCKS for x in cell.iterdescendants()) for cell in cells):
            for element in [table, *table.iterdescendants("tbody", "thead", "tr", "td", "th")]:
                if element.getparent() is not None or element is table:
                    element.tag = "div"
    return tree


_BACKLINK = (
    "//a[@role='doc-backlink' or contains(@class, 'footnote-backref')"
    " or contains(@class, 'footnote-number') or starts-with(@href, '#fnref')"
    " or starts-with(@href, '#footnote-anchor') or starts-with(@href, '#footnote-ref')]"
)


def _is_double_break(children: list[Any], i: int) -> bool:
    return (
        children[i].tag == "br"
        and i + 1 < len(children)
        and children[i + 1].tag == "br"
        and not (children[i].tail or "").strip()
    )


def _paragraphs_from_breaks(tree: Any) -> None:
    """Every element whose text runs are parted by two line breaks or more: each run made a
    <p> of its own (the run before the first break included), the breaks dropped."""
    import lxml.html

    for parent in list(tree.iter()):
        if not isinstance(parent.tag, str) or parent.tag in ("pre", "script", "style", "head"):
            continue
        children = list(parent)
        if not any(_is_double_break(children, i) for i in range(len(children))):
            continue
        runs: list[tuple[str, list[Any]]] = [(parent.text or "", [])]
        i = 0
        while i < len(children):
            if _is_double_break(children, i):
                while _is_double_break(children, i):
                    i += 1
                runs.append((children[i].tail or "", []))  # the last break's tail starts it
                i += 1
                continue
            runs[-1][1].append(children[i])
            i += 1
        for child in children:
            parent.remove(child)
        parent.text = None
        for text, elements in runs:
            if not text.strip() and not any(
                isinstance(e.tag, str) and (e.text_content().strip() or e.tag == "img")
                for e in elements
            ):
                continue
            paragraph = lxml.html.Element("p")
            paragraph.text = text
            for element in elements:
                paragraph.append(element)  # (an element keeps its tail)
            parent.append(paragraph)
        if parent.tag == "p":
            parent.tag = "div"  # a paragraph holding paragraphs is a block


def _prose_paragraphs(element: Any) -> int:
    """How many paragraphs of ten words or more an element holds."""
    return sum(1 for p in element.iter("p") if len(p.text_content().split()) >= 10)


def _cut_at_end_mark(tree: Any) -> None:
    """A press release's end mark ("###", "ENDS", "-30-") standing as an element of its own
    after the release's text: it and everything after it in the page (notes to editors,
    contacts; the site's furniture too) removed. trafilatura drops a paragraph this short, so
    the mark would be lost before the lines are read."""
    for element in tree.iter("p", "div", "span", "center", "strong", "b", "h2", "h3", "h4"):
        if len(element) or not _END_MARK.match((element.text or "").strip()):
            continue
        before = element.xpath("preceding::p")
        if sum(1 for p in before if len(p.text_content().split()) >= 10) < 2:
            continue
        node = element
        while node is not None and node.tag != "body":
            for later in list(node.itersiblings()):
                node.getparent().remove(later)
            node = node.getparent()
        element.getparent().remove(element)
        return


_CONTROL_CLASS = re.compile(r"(?:^|[-_])(?:btn|button)(?:[-_]|$)", re.I)
# A block around a control holding at most this many words is a box (newsletter sign-up,
# "Need help? Book a session", a cookie notice), not the statement.
BOX_WORDS = 60


def _drop_calls_to_action(tree: Any) -> None:
    """Boxes built around a control (a field, a button, a link styled as one) removed: the
    largest block around the control that holds at most BOX_WORDS words and at most one
    paragraph of prose. A statement has no buttons; site builders put such boxes in the
    article's own column, where no page structure tells them apart from it."""
    controls = [
        e
        for e in tree.iter()
        if isinstance(e.tag, str)
        and (
            e.tag in ("input", "button", "select", "textarea")
            or (e.get("role") or "").lower() == "button"
            or any(_CONTROL_CLASS.search(c) for c in (e.get("class") or "").split())
        )
    ]
    for control in controls:
        if any(a.tag in _ALL_HEADINGS for a in control.iterancestors()):
            continue  # a heading's own widget ("copy link to this section")
        box = None
        node = control
        while node is not None and node.tag not in ("body", "html"):
            if len(node.text_content().split()) > BOX_WORDS or _prose_lines(node) > 1:
                break
            if node.tag == "h1" or node.find(".//h1") is not None:
                break  # the page's title, with its "Follow" and "Share" buttons
            if _dated(node):
                break  # a byline with the date, and a "Share" button beside it
            box = node
            node = node.getparent()
        if box is not None and box.getparent() is not None:
            box.drop_tree()


def _dated(element: Any) -> bool:
    """Whether an element holds a date: a <time>, a date in markup, or a date in its text."""
    from .parsing.dates import find_date

    marked = element.xpath(
        ".//time | .//*[@datetime] | .//*[contains(@property, 'date')]"
        " | .//*[contains(@itemprop, 'date')]"
    )
    return bool(marked) or find_date(element.text_content()) is not None


_UNSEEN = {"visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "d-none"}


def _drop_unseen(tree: Any) -> None:
    """What a reader of the page does not read as its text: elements hidden (the `hidden`
    attribute, screen-reader-only labels such as a "Video" heading) and a video's transcript
    (its class says so; its lines are what was said, not what was signed)."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        classes = set((element.get("class") or "").lower().split())
        if (
            element.get("hidden") is not None
            or classes & _UNSEEN
            or any("transcript" in c for c in classes)
        ):
            element.drop_tree()
    # A closed disclosure (<details>: questions and answers, "more about us") is read only
    # when opened — unless it holds most of the page's text (a statement behind "Read the
    # full text").
    body = tree.find(".//body")
    words = len(body.text_content().split()) if body is not None else 0
    for details in list(tree.iter("details")):
        if details.get("open") is None and len(details.text_content().split()) < words / 2:
            details.drop_tree()


def _is_panel(element: Any) -> bool:
    classes = set((element.get("class") or "").lower().split())
    return (element.get("role") or "").lower() == "tabpanel" or bool(
        classes & {"tab-pane", "tabs-panel", "tab-panel", "tabpanel"}
    )


def _drop_hidden_panels(tree: Any) -> None:
    """Of tab panels side by side, the ones a reader does not see: all but the one marked
    active (or shown), else all but the first. The statement is the panel the page opens on;
    "Background" and "Media" tabs beside it are the site's."""
    for parent in {id(p.getparent()): p.getparent() for p in tree.iter() if _is_panel(p)}.values():
        if parent is None:
            continue
        panels = [e for e in parent if isinstance(e.tag, str) and _is_panel(e)]
        if len(panels) < 2:
            continue
        shown = [
            e
            for e in panels
            if {"active", "show", "is-active", "selected"}
            & set((e.get("class") or "").lower().split())
            or (e.get("aria-hidden") or "").lower() == "false"
        ] or panels[:1]
        for panel in panels:
            if panel not in shown:
                panel.drop_tree()


def _prose_lines(element: Any) -> int:
    """How many blocks of ten words or more (paragraphs, list items, text-only divs) an
    element holds."""
    count = 0
    for block in element.iter("p", "li", "div", "td", "blockquote"):
        if any(isinstance(c.tag, str) and c.tag in (*_BLOCKS, "li") for c in block):
            continue
        count += len(block.text_content().split()) >= 10
    return count


def _form_introduction(form: Any) -> list[Any]:
    """The heading just before a form (at most three elements back) and what follows it up
    to the form; none when no heading is that close."""
    previous: list[Any] = []
    sibling = form.getprevious()
    while sibling is not None and len(previous) < 3:
        if isinstance(sibling.tag, str):
            previous.append(sibling)
            if sibling.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                return previous
        sibling = sibling.getprevious()
    return []


def _widened(article: list[str], wide: list[str]) -> list[str]:
    """`article`'s lines as they stand in `wide`, from its first to its last, then the list
    items and table rows of `wide` that directly follow."""
    keys = [_key(x) for x in wide]
    wanted = {_key(x) for x in article if _key(x)}
    found = [i for i, k in enumerate(keys) if k in wanted]
    if not found:
        return article
    end = found[-1] + 1
    while end < len(wide) and wide[end].lstrip().startswith(("- ", "|")):
        end += 1
    return wide[found[0] : end]


def _table_rows(lines: list[str]) -> list[str]:
    """A table row ("| a | b |") as its cells' text ("a b"); a header row (the one above a
    rule "|---|") and the rule dropped: column labels are not the statement's words."""
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _is_row(stripped):
            if _is_rule(stripped) or (i + 1 < len(lines) and _is_rule(lines[i + 1].strip())):
                continue
            line = " ".join(c.strip() for c in stripped.strip("|").split("|") if c.strip())
        out.append(line)
    return out


def _is_row(line: str) -> bool:
    return line.startswith("|") and line.endswith("|")


def _is_rule(line: str) -> bool:
    cells = [c.strip() for c in line.strip("|").split("|")]
    return _is_row(line) and all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c)


_TITLE_SEPARATORS = (" | ", " :: ", " – ", " — ", " - ", " · ", " » ")


def _not_the_site(title: str | None, page: Any) -> str | None:
    """The title, unless it is the site's name heading the page (a forum's or a blog's name
    as its only <h1>) while the page's <title> reads "<page> | <site>" and the page part is
    printed as a later heading: then that page part."""
    element = page.find(".//title")
    if not title or element is None:
        return title
    headings = [_text_of(h) for h in page.iter(*_ALL_HEADINGS)]
    whole = clean_line(element.text_content())
    for separator in _TITLE_SEPARATORS:
        parts = [p.strip() for p in whole.split(separator) if p.strip()]
        if len(parts) < 2 or _key(title) != _key(parts[-1]):
            continue  # (the site's name comes last in "<page> | <site>")
        other = separator.join(parts[:-1])
        if _key(title) in headings and _key(other) in headings[headings.index(_key(title)) + 1 :]:
            return other
    return title


def _printed_part(title: str | None, page: Any) -> str | None:
    """When the title is (a part of) the page's <title> and is printed nowhere on the page,
    the part of "<site> :: <page>" that is printed as an element's whole text: the page's
    own name, on whichever side of the site's it stands."""
    element = page.find(".//title")
    body = page.find(".//body")
    if not title or element is None or body is None:
        return title
    whole = clean_line(element.text_content())
    if _key(title) not in _key(whole):
        return title  # from the page's data (og:title, JSON-LD), not from <title>
    texts = {_text_of(e) for e in body.iter() if isinstance(e.tag, str)}
    if _key(title) in texts:
        return title
    for separator in _TITLE_SEPARATORS:
        parts = [p.strip() for p in whole.split(separator) if p.strip()]
        printed = [p for p in parts if len(p.split()) >= 2 and _key(p) in texts]
        if len(parts) >= 2 and printed:
            return max(printed, key=len)
    return title


def _without_site(title: str, site: str) -> str:
    """ "Solidarity with the dockers | Velmora Workers' Party" -> "Solidarity with the dockers"."""
    for separator in _TITLE_SEPARATORS:
        head, sep, tail = title.rpartition(separator)
        if sep and head and _key(tail) == _key(site):
            return head.strip()
    return title


def extract_docx(data: bytes) -> Extracted:
    """A Word file's paragraphs and tables in document order (headers and footers left out,
    a table's header row too: its cells all bold, or marked to repeat on each page), its title
    the first paragraph in a Title or Heading style — the file's properties often hold a
    draft's name — else the properties' title."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise NotAStatement(f"The Word file cannot be read ({exc}); nothing was saved.") from exc
    paragraphs: list[str] = []
    heading: str | None = None

    def read(parent: Any) -> None:
        nonlocal heading
        for child in parent.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph = Paragraph(child, document)
                text = paragraph.text
                style = (paragraph.style.name if paragraph.style is not None else "") or ""
                if (
                    heading is None
                    and text.strip()
                    and style.lower().startswith(("heading", "title"))
                ):
                    heading = clean_line(text)
                paragraphs.append(text)
            elif tag == "tbl":
                table = Table(child, document)
                if _layout_table(table):
                    # A table that lays the page out (a letter in a one-cell frame, text in
                    # cells): its cells' paragraphs are the document's, in reading order.
                    for row in table.rows:
                        for cell in dict.fromkeys(row.cells):
                            read(cell._tc)
                    continue
                for i, row in enumerate(table.rows):
                    if i == 0 and len(table.rows) > 1 and _header_row(row):
                        continue
                    cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
                    paragraphs.append(" ".join(cells))

    read(document.element.body)
    # The file's creation date is not the statement's: a date is read from its text. A
    # letter's subject line (just before "Dear …") is its title, before the properties'.
    found = _lines(paragraphs)
    subject = _subject_line(found) if heading is None else None
    if subject is not None:
        heading = found.pop(subject)
    title = heading or clean_line(document.core_properties.title or "") or None
    return Extracted("docx", tuple(_drop_title(found, title)), title)


def _layout_table(table: Any) -> bool:
    """Whether a Word table lays text out rather than holding data: one cell, or a cell
    holding two paragraphs or more, one of them prose (ten words or more)."""
    cells = [cell for row in table.rows for cell in dict.fromkeys(row.cells)]
    if len(cells) == 1:
        return True
    for cell in cells:
        texts = [p.text for p in cell.paragraphs if p.text.strip()]
        if len(texts) >= 2 and any(len(t.split()) >= 10 for t in texts):
            return True
    return False


def _header_row(row: Any) -> bool:
    """A table row that labels the columns: marked to repeat as a header, or all in bold."""
    if (
        row._tr.trPr is not None
        and row._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader"
        )
        is not None
    ):
        return True
    runs = [r for c in row.cells for p in c.paragraphs for r in p.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def extract_pdf(data: bytes) -> Extracted:
    """A PDF's text boxes in reading order (pdfminer.six's layout analysis: columns one after
    the other), each box one paragraph: its lines joined, a word hyphenated at a line's end
    joined; running headers and footers (a line repeated at the top or bottom of most pages)
    and page numbers left out."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine

    try:
        pages = list(
            extract_pages(
                io.BytesIO(data),
                laparams=LAParams(line_margin=PDF_LINE_MARGIN, char_margin=PDF_CHAR_MARGIN),
            )
        )
    except Exception as exc:
        raise NotAStatement(f"The PDF cannot be read ({exc}); nothing was saved.") from exc
    # (page, paragraph, line text, in the top or bottom band of its page)
    lines: list[tuple[int, int, str, bool]] = []
    small: set[int] = set()  # indexes in `lines` of page furniture told by its size
    sizes: dict[int, int] = {}  # paragraph -> the size of its first line's type
    paragraph = 0
    laid_out = [
        [
            [x for x in element if isinstance(x, LTTextLine) and x.get_text().strip()]
            for element in _reading_order(
                [e for e in page if isinstance(e, LTTextContainer)], page.width or 1.0
            )
        ]
        for page in pages
    ]
    # Tables drawn with rules (signatories: name | organisation | country) are read row by
    # row by pdfplumber; their text is taken out of the flow, the rows put where they stood.
    tables = _pdf_tables(data)
    laid_out = [
        _with_tables(boxes, tables.get(number, [])) for number, boxes in enumerate(laid_out)
    ]
    text_boxes = [
        [rows for rows in boxes if not isinstance(rows, _TableRows)] for boxes in laid_out
    ]
    # Whether a column is justified is read over the whole document (a last page may hold
    # only a few lines), where its right edge is read on each page.
    everywhere = [row for boxes in text_boxes for rows in boxes for row in rows]
    pitches = _line_pitches(text_boxes)
    body = Counter(round(r.y1 - r.y0) for r in everywhere).most_common(1)[0][0] if everywhere else 0
    for number, (page, boxes) in enumerate(zip(pages, laid_out, strict=True)):
        height = page.height or 1.0
        every = [row for rows in boxes if not isinstance(rows, _TableRows) for row in rows]
        text_rows = [r for r in every if round(r.y1 - r.y0) == body]
        # (On a page without text, any line in small type is furniture.)
        top = max((r.y1 for r in text_rows), default=-1.0)
        bottom = min((r.y0 for r in text_rows), default=height + 1)
        for rows in boxes:
            if not rows:
                continue
            if isinstance(rows, _TableRows):
                for line in rows:  # a table's row is a paragraph of its own
                    paragraph += 1
                    lines.append((number, paragraph, line, False))
                    sizes[paragraph] = body
                continue
            paragraph += 1
            for i, row in enumerate(rows):
                text = row.get_text().rstrip("\n")
                band = row.y0 > height * 0.9 or row.y1 < height * 0.1
                size = row.y1 - row.y0
                # Smaller than the text and above or below all of it: an address, a running
                # header or footer, a page number.
                if size < body * 0.85 and (row.y0 >= top - 1 or row.y1 <= bottom + 1):
                    small.add(len(lines))
                lines.append((number, paragraph, text, band))
                sizes.setdefault(paragraph, round(size))
                if i + 1 < len(rows) and _ends_paragraph(
                    row, rows[i + 1], text, every, everywhere, pitches
                ):
                    paragraph += 1
    running = _running(lines, len(pages))
    paragraphs: dict[int, list[str]] = {}
    pages_of: dict[int, int] = {}
    # A letterhead: on the first page, a line in larger type above the text, followed by
    # lines of furniture in small type (the organisation's address and telephone).
    # (A line of its own: the second line of a title over its dateline is no letterhead.)
    for i, (page_number, where, _, _) in enumerate(lines[:-1]):
        alone = (i == 0 or lines[i - 1][1] != where) and lines[i + 1][1] != where
        if page_number == 0 and i not in small and i + 1 in small and i < 3 and alone:
            small.add(i)
    # A date in small type under the title ("Published 4 April 2025") is the statement's.
    date = next(
        (
            when
            for i in sorted(small)
            if lines[i][0] == 0 and (when := _dateline_date(lines[i][2])) is not None
        ),
        None,
    )
    for i, (page_number, where, text, band) in enumerate(lines):
        shape = _shape(text)
        if i in small or _PAGE_NUMBER.match(text.strip()) or (band and shape in running):
            continue
        if sizes[where] < body * 0.85 and _CAPTION.search(text):
            continue  # a photograph's caption in small type
        paragraphs.setdefault(where, []).append(text)
        pages_of.setdefault(where, page_number)
    title = _pdf_title(data)
    texts = {k: _join_pdf_lines("\n".join(parts)) for k, parts in paragraphs.items()}
    if not title and _subject_line(_lines(list(texts.values()))) is None:
        # No letter: the title is the last paragraph in large type before the text begins;
        # what stands above it (a newsletter's masthead, a logo line) is not the statement.
        head = _large_type_title(texts, sizes, pages_of, body)
        if head is not None:
            title = clean_line(texts[head])
            for key in list(texts)[: list(texts).index(head) + 1]:
                del texts[key]
    joined = _across_pages([(pages_of[k], text) for k, text in texts.items()])
    found = list(_press_release(tuple(_lines(joined))))
    subject = _subject_line(found)
    if not title and subject is not None:
        title = found.pop(subject)
    if not title and found and len(found[0]) <= 150 and not found[0].endswith("."):
        title = found[0]
    return Extracted("pdf", tuple(_drop_title(found, title)), title, date)


_CAPTION = re.compile(r"\b(?:photo|photograph|image|picture|foto|credit)s?\s*:|©", re.I)


def _large_type_title(
    texts: dict[int, str], sizes: dict[int, int], pages_of: dict[int, int], body: int
) -> int | None:
    """The paragraph that titles a PDF: of those on its first page before the first
    paragraph of text (ten words or more in the body's type), the last in large type."""
    candidates: list[int] = []
    for key, text in texts.items():
        if pages_of[key] != 0:
            break
        if sizes[key] == body and len(text.split()) >= 10:
            break
        if sizes[key] >= body * 1.25 and not _RELEASE.match(text) and len(text) <= 200:
            candidates.append(key)
    return candidates[-1] if candidates else None


_SALUTATION = re.compile(
    r"^(?:dear|to whom it may concern|cher|chère|chers|estimad[oa]s?|sehr geehrte|gentile)\b",
    re.I,
)


def _subject_line(lines: list[str]) -> int | None:
    """Where a letter's subject line is: the short line just before its salutation ("Dear
    Minister,"); None when there is no such line."""
    for i, line in enumerate(lines[:12]):
        if _SALUTATION.match(line):
            if i == 0:
                return None
            before = lines[i - 1]
            if (
                len(before.split()) <= 15
                and not before.endswith((".", ",", ":"))
                and not (_is_dateline(before))
            ):
                return i - 1
            return None
    return None


PDF_LINE_MARGIN = 0.9  # lines closer than this many line heights are one paragraph
# Justified text spreads its words: characters this many widths apart are still one line.
PDF_CHAR_MARGIN = 6.0


class _TableRows(list[str]):
    """A table's rows as lines (its cells' text, joined), standing in a page's boxes."""


# A "table" holding a cell this long is a frame around text, not a table of data.
TABLE_CELL_WORDS = 25


def _pdf_tables(
    data: bytes,
) -> dict[int, list[tuple[tuple[float, float, float, float], list[str]]]]:
    """The tables drawn with rules on each page (pdfplumber), as (box in pdfminer's
    coordinates, rows as lines): cells joined by a space, a cell's own line breaks too; a
    header row (in bold over rows that are not, or repeated at the head of the table on
    another page) left out."""
    import pdfplumber

    found: dict[int, list[tuple[tuple[float, float, float, float], list[str], list[str]]]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages):
                for table in page.find_tables():
                    rows = [
                        [clean_line((cell or "").replace("\n", " ")) for cell in row]
                        for row in table.extract()
                    ]
                    cells = [c for row in rows for c in row if c]
                    if not rows or max((len(r) for r in rows), default=0) < 2:
                        continue
                    if any(len(c.split()) > TABLE_CELL_WORDS for c in cells):
                        continue
                    bold_head = len(table.rows) >= 2 and (
                        _bold(page, table.rows[0]) is True and _bold(page, table.rows[1]) is False
                    )
                    x0, top, x1, bottom = table.bbox
                    box = (x0, page.height - bottom, x1, page.height - top)
                    lines = [" ".join(c for c in row if c) for row in rows]
                    found.setdefault(number, []).append(
                        (box, lines, lines[:1] if bold_head else [])
                    )
    except Exception:
        return {}  # no tables read: the text flow stands as pdfminer gives it
    firsts = Counter(lines[0] for tables in found.values() for _, lines, _ in tables if lines)
    out: dict[int, list[tuple[tuple[float, float, float, float], list[str]]]] = {}
    for number, tables in found.items():
        for box, lines, head in tables:
            if head or (lines and firsts[lines[0]] >= 2):
                lines = lines[1:]
            out.setdefault(number, []).append((box, [x for x in lines if x]))
    return out


def _bold(page: Any, row: Any) -> bool | None:
    """Whether a table row's text is all in bold type (None: no text)."""
    chars = page.within_bbox(row.bbox).chars
    names = [str(c.get("fontname", "")) for c in chars if str(c.get("text", "")).strip()]
    return all("bold" in n.lower() for n in names) if names else None


def _with_tables(
    boxes: list[list[Any]], tables: list[tuple[tuple[float, float, float, float], list[str]]]
) -> list[Any]:
    """A page's boxes with the lines inside its tables taken out, each table's rows put in
    the place of the first of its lines met in reading order."""
    if not tables:
        return boxes

    def inside(row: Any) -> int | None:
        x, y = (row.x0 + row.x1) / 2, (row.y0 + row.y1) / 2
        for i, ((x0, y0, x1, y1), _) in enumerate(tables):
            if x0 <= x <= x1 and y0 <= y <= y1:
                return i
        return None

    out: list[Any] = []
    placed: set[int] = set()
    for rows in boxes:
        kept: list[Any] = []
        for row in rows:
            where = inside(row)
            if where is None:
                kept.append(row)
                continue
            if where not in placed:
                placed.add(where)
                if kept:
                    out.append(kept)
                    kept = []
                out.append(_TableRows(tables[where][1]))
        if kept:
            out.append(kept)
    return out


def _reading_order(boxes: list[Any], width: float) -> list[Any]:
    """A page's text boxes in the order they are read: a box across the page's middle (a
    title, a full-width paragraph) in its place from the top; between two such, the boxes of
    the left column top to bottom, then those of the right one. (pdfminer's own order can
    put the top of the right column before the left column's text beside it.)"""
    middle = width / 2
    wide = [b for b in boxes if b.x0 < middle < b.x1]
    # Two columns: boxes of several lines on either side of the middle, side by side.
    left = [b for b in boxes if b.x1 <= middle and len(b) >= 2]
    right = [b for b in boxes if b.x0 >= middle and len(b) >= 2]
    if not any(a.y0 < b.y1 and b.y0 < a.y1 for a in left for b in right):
        return boxes  # one column (a letterhead or a running header aside): pdfminer's order
    ordered: list[Any] = []
    top = float("inf")
    for cut in [*sorted(wide, key=lambda b: -b.y1), None]:
        bottom = cut.y1 if cut is not None else float("-inf")
        band = [b for b in boxes if b not in wide and bottom <= (b.y0 + b.y1) / 2 < top]
        ordered += sorted(band, key=lambda b: (b.x0 >= middle, -b.y1))
        if cut is not None:
            ordered.append(cut)
            top = cut.y0
    return ordered


def _line_pitches(laid_out: list[list[list[Any]]]) -> dict[int, float]:
    """For each size of type, the usual distance from one line to the next inside a
    paragraph: the smallest distance found between lines of that size at least twice."""
    seen: dict[int, Counter[float]] = {}
    for boxes in laid_out:
        for rows in boxes:
            for row, following in itertools.pairwise(rows):
                size = round(row.y1 - row.y0)
                if size == round(following.y1 - following.y0):
                    seen.setdefault(size, Counter())[round(row.y0 - following.y0, 1)] += 1
    return {
        size: min((p for p, n in found.items() if n >= 2 and p > 0), default=0.0)
        for size, found in seen.items()
    }


def _ends_paragraph(
    row: Any,
    following: Any,
    text: str,
    every: list[Any],
    everywhere: list[Any],
    pitches: dict[int, float],
) -> bool:
    """Whether a box's line ends its paragraph: the next line is in another size (a title
    over its dateline), or further below than lines of a paragraph are (space between list
    entries), or this one stops well short of its column's right edge (a signatory, a
    heading, a paragraph's last line) — unless it ends with a hyphen or the next line goes on
    in lower case."""
    tall, next_tall = row.y1 - row.y0, following.y1 - following.y0
    if abs(tall - next_tall) > 0.15 * max(tall, next_tall):
        return True
    pitch = pitches.get(round(tall), 0.0)
    if pitch and row.y0 - following.y0 > pitch * PARAGRAPH_SPACING:
        return True
    nxt = following.get_text().lstrip()
    if re.search(r"\w-$", text.rstrip()) or (nxt[:1].islower()):
        return False
    body_size = Counter(round(x.y1 - x.y0) for x in everywhere).most_common(1)[0][0]
    if tall >= body_size * 1.25:
        return False  # a title in large type wraps; only a change of size ends it
    column = [x for x in every if abs(x.x0 - row.x0) < COLUMN_SLACK]
    alike = [x for x in column if round(x.y1 - x.y0) == round(tall)]  # not a running header
    low, high = min(x.y0 for x in alike), max(x.y1 for x in alike)
    beside = [x.x0 for x in every if x.x0 > row.x1 and x.y1 > low and x.y0 < high]
    if beside:
        # A column beside it: this one ends before that one starts (a title across both
        # columns is not one of its lines).
        # Its lines may all be short (a list of names): it reaches the gutter at least.
        gutter = min(beside) - COLUMN_SLACK
        edge = max([row.x1, gutter] + [x.x1 for x in column if x.x1 < min(beside)])
    else:
        # No column beside it on this page: the column is as wide as it is on any page (a
        # page holding only a list of names shows no line as long as the text's).
        edge = max(x.x1 for x in everywhere if abs(x.x0 - row.x0) < COLUMN_SLACK)
    if len(column) < FEW_LINES:
        # Too few lines to show where their column ends (a short list in a column of its
        # own): it ends where the page's text does, to the right of them.
        edge = max([edge] + [x.x1 for x in every if x.x0 <= row.x0 + COLUMN_SLACK < x.x1])
    # In a justified column every line of a paragraph but its last reaches the edge: there,
    # any line that does not ends its paragraph (a long signatory line among them).
    whole = [x for x in everywhere if abs(x.x0 - row.x0) < COLUMN_SLACK]
    far = max(x.x1 for x in whole)
    flush = sum(1 for x in whole if x.x1 >= far - JUSTIFIED_SLACK)
    body = Counter(round(x.y1 - x.y0) for x in whole).most_common(1)[0][0]
    if len(whole) >= 6 and flush >= 0.4 * len(whole) and round(tall) == body:
        return bool(row.x1 < edge - JUSTIFIED_SLACK * 2)
    return bool(row.x1 < edge - (edge - row.x0) * SHORT_LINE)


def _across_pages(paragraphs: list[tuple[int, str]]) -> list[str]:
    """Paragraphs with one cut by a page break, or laid out in two blocks (a numbered item's
    hanging indent), put together again: one ends with no sentence punctuation and the next
    goes on in lower case."""
    out: list[tuple[int, str]] = []
    for page, text in paragraphs:
        if (
            out
            and page in (out[-1][0], out[-1][0] + 1)
            and not re.search(r"[.!?:;\"”’)]$", out[-1][1])
            and text[:1].islower()
        ):
            out[-1] = (page, f"{out[-1][1]} {text}")
            continue
        out.append((page, text))
    return [text for _, text in out]


PARAGRAPH_SPACING = 1.12  # a line further below its predecessor than this × the usual pitch
FEW_LINES = 6  # a column of fewer lines than this ends where the page's text does
SHORT_LINE = 0.25  # a line ending this share of its column's width before the edge ends it
COLUMN_SLACK = 20.0  # points: lines starting this close share a column
JUSTIFIED_SLACK = 1.5  # points: a line ending this close to its column's edge reaches it


def _pdf_title(data: bytes) -> str | None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    try:
        info = PDFDocument(PDFParser(io.BytesIO(data))).info
        raw: Any = info[0].get("Title") if info else None
        if raw is not None and hasattr(raw, "resolve"):
            raw = raw.resolve()
        if isinstance(raw, bytes):
            if raw.startswith(b"\xfe\xff"):
                raw = raw[2:].decode("utf-16-be", "replace")
            else:
                raw = raw.decode("latin-1", "replace")
        title = clean_line(str(raw)) if raw else ""
    except Exception:
        return None
    # A file name ("statement_v2_FINAL.docx", "Microsoft Word - x.doc") is no title.
    if not title or _FILE_NAME.search(title) or (" " not in title and "_" in title):
        return None
    return title


_FILE_NAME = re.compile(r"\.(?:docx?|odt|pdf|rtf|txt|pages|indd)\b|^microsoft word\b", re.I)


_HYPHENATED = re.compile(r"(\w)-\n(?=[a-zà-ÿ])")


def _join_pdf_lines(text: str) -> str:
    text = _HYPHENATED.sub(r"\1", text.strip())
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _shape(text: str) -> str:
    """A header's or footer's text with its numbers taken out ("Page 2 of 5" ~ "Page 3 of 5")."""
    return re.sub(r"\d+", "#", _key(text))


def _running(lines: list[tuple[int, int, str, bool]], pages: int) -> set[str]:
    """Lines in the top or bottom band of at least half the pages (two at least)."""
    if pages < 2:
        return set()
    seen: Counter[str] = Counter()
    for _, shape in {(page, _shape(text)) for page, _, text, band in lines if band}:
        seen[shape] += 1
    return {shape for shape, count in seen.items() if count >= max(2, (pages + 1) // 2)}


def summary(found: Extracted) -> dict[str, Any]:
    """What was read, for the person adding it."""
    return {
        "kind": found.kind,
        "title": found.title,
        "date": found.date.isoformat() if found.date else None,
        "source": found.source,
        "paragraphs": len(found.lines),
        "first_paragraph": found.lines[0] if found.lines else None,
    }
