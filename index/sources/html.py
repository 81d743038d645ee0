"""A web page's statement: the page cleaned of what a reader does not read as its text,
trafilatura's article, the element holding it, its title and its publication date."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections import Counter
from typing import Any

from ..parsing.dates import find_date, parse_date
from ..parsing.structure import _SIGNATORY_HEADING
from .common import (
    _END_MARK,
    _OWN_VOICE,
    _RECIPIENT,
    _RELEASE,
    _SALUTATION,
    Extracted,
    NotAStatement,
    _date,
    _drop_title,
    _is_dateline,
    _key,
    _lines,
    _press_release,
    clean_line,
)


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
    # (A paragraph reading as a heading does — a blog's name as its signature — is none.)
    headings -= {_text_of(e) for e in page.iter("p", "li", "td", "dd")}
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


def _with_own_opening(page: Any, lines: list[str], title: str | None) -> list[str]:
    """The lines with the statement's opening put first where the extraction took it for the
    site's standfirst and dropped it: a text under the title's heading (past a date or a
    byline), six to eighty words, in the statement's own voice ("We, the member
    associations …", "Nous, parents d'élèves, … demandons")."""
    if not title or not lines:
        return lines
    heading = next((h for h in page.iter(*_ALL_HEADINGS) if _text_of(h) == _key(title)), None)
    if heading is None:
        return lines
    keys = {_key(x) for x in lines}
    for after in heading.xpath("following::*[normalize-space(text())][position() <= 8]"):
        text = clean_line(after.text_content())
        words = len(text.split())
        if find_date(text) or words < 6 or re.match(r"(?i)^(?:by|par|por|von|di|door)\s", text):
            continue  # a date or a byline between them
        if after.tag not in ("p", "div", "h2", "h3", "h4") or _key(text) in keys:
            return lines
        if (
            words <= 80
            and _OWN_VOICE.search(text)
            and not text.endswith(":")
            and not _introduces(text, after)
        ):
            return [text, *lines]
        return lines
    return lines


# An invitation to sign what was just read.
_INVITATION = re.compile(
    r"(?i)\b(?:add\s+(?:your|their|its)\s+names?|wishing\s+to\s+(?:sign|endorse)|"
    r"(?:to|can)\s+(?:sign|endorse)\s+(?:this|the)\b|sign\s+on\s+to)"
)


def _elements_by_text(page: Any) -> dict[str, Any]:
    """The page's first element holding each line's text, by its key."""
    elements: dict[str, Any] = {}
    for element in page.iter(*_LEAVES):
        elements.setdefault(_text_of(element), element)
    return elements


def _without_closing_note(page: Any, lines: list[str]) -> list[str]:
    """The lines without a note to readers set after the statement below a rule (<hr>), in
    italics or small type or with an address to write to ("If you would like to add your
    name, send an e-mail to …"): the site's, not the statement's."""
    if len(lines) < 4:
        return lines
    elements = _elements_by_text(page)
    for i in range(len(lines) - 1, max(len(lines) - 3, 2), -1):
        element = elements.get(_key(lines[i]))
        if element is None:
            continue
        previous = element.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        ruled = previous is not None and previous.tag == "hr"
        in_small_type = _wholly(element, ("em", "i", "small"))
        write_to = any((a.get("href") or "").startswith("mailto:") for a in element.iter("a"))
        if (ruled and (in_small_type or write_to)) or (
            in_small_type and (write_to or _INVITATION.search(lines[i]))
        ):
            return lines[:i]
    return lines


def _without_standfirst(page: Any, lines: list[str], title: str | None) -> list[str]:
    """The lines without what the site prints under the headline before the statement (a
    subtitle, standfirst, excerpt or teaser) and without a publisher's introduction to it
    ("The following statement was sent to …", "The full text is published below")."""
    if len(lines) < 2:
        return lines
    elements = _elements_by_text(page)
    heading = None
    if title:
        heading = next((h for h in page.iter(*_ALL_HEADINGS) if _text_of(h) == _key(title)), None)
    out = list(lines)
    for _ in range(2):
        if len(out) < 2:
            break
        first, body = elements.get(_key(out[0])), elements.get(_key(out[1]))
        if first is None or body is None or _is_lead_in(out[0]) or _SALUTATION.match(out[0]):
            break
        own_voice = _OWN_VOICE.search(out[0]) or _RECIPIENT.match(out[0])
        if (
            not own_voice
            and (
                _with_the_headline(heading, first, body)
                or _STANDFIRST_CLASS.search(_classes(first))
            )
        ) or _introduces(out[0], first):
            out = out[1:]
            continue
        break
    return out


# The class names sites give the text set under a headline.
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[-_\s])(?:dek|standfirst|subtitle|sub-title|subhead|subheading|excerpt|summary|"
    r"teaser|deck|strapline|abstract)(?:$|[-_\s])",
    re.I,
)


# A publisher's words about the statement that follows, in the third person.
_FRAMING = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:being\s+)?(?:issued|sent|published|"
    r"released|signed|delivered|handed|reproduced|printed|addressed|adopted|agreed)\b.*"
    r"|\b(?:published|reproduced|printed)\s+(?:below|here|in\s+full)\b"
    r"|\bfull\s+text\b.*\bbelow\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|my)\b", re.I)
# "… is published below", "Wir dokumentieren die Erklärung im Wortlaut": the text follows.
_IN_FULL = re.compile(
    r"(?i)\b(?:below|in\s+full|verbatim|full\s+text|im\s+wortlaut|nachfolgend|ci-dessous|"
    r"texte\s+int[ée]gral|a\s+continuaci[óo]n|texto\s+[íi]ntegro|di\s+seguito|"
    r"testo\s+integrale|na\s+[íi]ntegra|hieronder|volledige\s+tekst)\b"
)
_FOLLOWING = re.compile(
    r"(?i)\b(?:following|as\s+follows|suivante?s?|folgenden?|siguientes?|seguent[ei]|"
    r"seguintes?|volgende)\b"
)
# What it speaks of: the statement.
_THE_TEXT = re.compile(
    r"(?i)\b(?:statement|letter|declaration|text|appeal|communiqu|erklärung|stellungnahme|"
    r"brief|aufruf|déclaration|lettre|tribune|appel|declaraci[óo]n|carta|comunicado|"
    r"dichiarazione|lettera|appello|declara[çc][ãa]o|verklaring|oproep)"
)


def _classes(element: Any) -> str:
    """The class names of an element, and of its parent when that only wraps it ("dek-wrap");
    a summary marked as the page's description (itemprop="description") counts as one."""
    parent = element.getparent()
    wrapper = parent is not None and len([e for e in parent if isinstance(e.tag, str)]) == 1
    return " ".join(
        (e.get("class") or "") + (" summary" if (e.get("itemprop") or "") == "description" else "")
        for e in ((element, parent) if wrapper else (element,))
        if e is not None and e.tag != "body"
    )


def _with_the_headline(heading: Any, first: Any, body: Any) -> bool:
    """Whether an element stands with the headline, apart from the text under it: the
    smallest element holding both holds no part of the body (a header block)."""
    if heading is None or first is heading:
        return False
    ancestors = list(first.iterancestors())  # held: the same proxies while they live
    common = next((a for a in heading.iterancestors() if any(a is b for b in ancestors)), None)
    if common is None:
        return False
    return not any(a is common for a in body.iterancestors())


def _introduces(line: str, element: Any) -> bool:
    """Whether the opening line is a publisher's introduction to the statement under it:
    about it in the third person ("The following statement was issued …", "The full text of
    the letter is published below"), or set in italics and parted from it by a rule."""
    words = len(line.split())
    if words > 80:
        return False
    if _THE_TEXT.search(line) and (
        _IN_FULL.search(line)
        or (_FRAMING.search(line) and _FOLLOWING.search(line) and not _FIRST_PERSON.search(line))
    ):
        return True
    following = element.getnext()
    return following is not None and following.tag == "hr" and _wholly(element, ("em", "i"))


def _wholly(element: Any, tags: tuple[str, ...]) -> bool:
    """Whether all of an element's text is set in one of `tags` (<i>, <small>), through
    wrappers that hold nothing else (<font>, <span>)."""
    node = element
    for _ in range(4):
        children = [c for c in node if isinstance(c.tag, str)]
        if len(children) != 1 or _text_of(children[0]) != _text_of(element):
            return False
        node = children[0]
        if node.tag in tags:
            return True
    return False


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
    facts = _fact_boxes(page)
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
    title = _past_the_site_name(title, page)
    post = bool(title and (_ACCOUNT.search(title) or _key(title) in _account_names(page)))
    if post:
        title = None  # a social post's author ("Name (@name@host)"): its first line instead
    lines = _without_breadcrumbs(_drop_title(_lines(_table_rows(raw)), title))
    # An editor's note above or below the statement ("Update, 14 July: five more groups
    # have signed") is neither its text nor, by its date, its publication.
    lines = [x for x in lines if not _EDITOR_NOTE.match(x)]
    # An e-mail saved as a page: its header fields are not the letter; its subject titles it,
    # its sending date dates it.
    fields = {m.group(1).lower(): m.group(2) for x in lines[:12] if (m := _MAIL_FIELD.match(x))}
    if len(fields) < 3:
        fields = {}
    if fields:
        lines = [x for i, x in enumerate(lines) if not (i < 12 and _MAIL_FIELD.match(x))]
        subject = next((fields[k] for k in _MAIL_SUBJECT if k in fields), None)
        if subject:
            title = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)+", "", subject, flags=re.I)
    meta = [x for x in lines if _is_meta_line(x)]
    lines = [x for x in lines if x not in meta]
    container = _article(page, lines)
    quote = None
    if container is not None:
        heading = None if post else _article_heading(page, container, title)
        if heading is not None:
            title = heading
            lines = [x for x in lines if _key(x) != _key(heading)]
        lines = _within(container, lines, title)
        lines = _with_signatory_tail(page, container, lines)
        quote = _reprinted(container, lines)
        if quote is not None:
            # A statement reprinted in a quotation: the publisher's introduction and comment
            # around it are not its words.
            inside = _text_of(quote)
            lines = [x for x in lines if _key(x) in inside]
            lines = _with_signatory_tail(page, quote, lines)
            # Its own heading, if it has one, is its title (the story's headline is not).
            first = quote.xpath(".//*[normalize-space(text())]")
            head = clean_line(first[0].text_content()) if first else ""
            if head and (first[0].tag in _ALL_HEADINGS or first[0].tag in ("strong", "b")):
                title = head
                lines = [x for x in lines if _key(x) != _key(head)]
    lines = _from_title(lines, title)
    lines = _without_orphan_headings(page, lines)
    lines = _without_standfirst(page, lines, title)
    if quote is None:  # (a reprint's opening is inside its quotation)
        lines = _with_own_opening(page, lines, title)
    lines = _without_closing_note(page, lines)
    if not title and len(lines) > 1 and _headline_like(lines[0]):
        title, lines = (
            lines[0],
            lines[1:],
        )  # a post's first line, set apart, titles it    # A press dateline opening the text is the release's own date; then the page's data.
    date = (
        _opening_dateline(_press_release(tuple(lines)))
        or _marked_date(page, container)
        or _own_time(container)
        or _issued_date(page)
        or _jsonld_published(page)
        or _structured_date(page, container)
        or _header_date(page, container, title)
        or _meta_date(meta, container)
        or _fact_date(facts)
        or parse_date(fields.get("sent") or fields.get("date") or fields.get("gesendet") or "")
    )
    if date is None and not any(_is_dateline(x) for x in lines):
        # htmldate's search of the page, up to the article's end: the last resort (the
        # dates of what follows it — signers' times, other posts — are theirs). It makes
        # "© 2025" the first of January; a year alone is no publication date.
        found = _date(_searched_date(page, container)) if container is not None else None
        found = found if container is not None else _date(document.date)
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


_EDITOR_NOTE = re.compile(
    r"^\W{0,3}(?:updated?|editor'?s\s+note|note\s+from\s+the\s+editors?|correction|"
    r"addendum|nachtrag|aktualisierung|mise\s+à\s+jour|actualizaci[óo]n|aggiornamento|"
    r"atualiza[çc][ãa]o|update\s+\d)\b[^:]{0,40}:\s"
    # "This post was updated on 4 February 2025 to correct …": the site's, about the text.
    r"|^\W{0,3}this\s+(?:post|article|page|statement|letter|story)\s+(?:was|has\s+been)\s+"
    r"(?:updated|corrected|amended|edited|changed)\b",
    re.I,
)
_MAIL_FIELD = re.compile(
    r"^(from|sent|to|cc|bcc|subject|date|attachments|von|gesendet|an|betreff|datum|de|"
    r"envoy[ée]|[àa]|objet|para|asunto|enviado|oggetto|inviato|da)\s*:\s*(.+)$",
    re.I,
)
_MAIL_SUBJECT = ("subject", "betreff", "objet", "asunto", "oggetto")
# An e-mail's closing boilerplate.
_DISCLAIMER = re.compile(
    r"^(?:this\s+(?:e-?mail|message)\b.*\b(?:confidential|intended)|please\s+consider\s+the\s+"
    r"environment\b|diese\s+e-?mail\b.*\bvertraulich|ce\s+(?:message|courriel)\b.*\bconfidentiel)",
    re.I,
)
_LAST_CHANGED = re.compile(
    r"^(?:this\s+)?(?:page\s+)?last\s+(?:changed|updated|modified|edited|revised)\b|"
    r"^(?:letzte\s+änderung|dernière\s+mise\s+à\s+jour|última\s+actualización|"
    r"ultimo\s+aggiornamento)\b",
    re.I,
)
_FILE_SIZE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:[kKMG]i?[bB]|[kKM]o)\b")
_LINK_BAR = re.compile(r"\s+\|\s+")  # (not "·": signatories are listed so too)
_META_SEPARATOR = re.compile(r"\s+[•|·–—]\s+|\s+[•|·]\s*")


_FACT_BOX = {"infobox", "factbox", "fact-box", "facts-box", "key-facts", "keyfacts", "factsheet"}
# A fact box's row that gives the statement's own date ("Adopted | 21 September 2024").
_FACT_DATE_LABEL = re.compile(
    r"^(?:adopted|published|date|dated|signed|issued|released|launched|verabschiedet|"
    r"veröffentlicht|datum|adopté|publié|date\s+de\s+publication|adoptado|publicado|firmado|"
    r"fecha|adottato|pubblicato|data)\b",
    re.I,
)


def _fact_boxes(page: Any) -> list[str]:
    """The rows of the fact boxes set beside the text (a wiki's infobox, "Key facts"),
    taken out of the page: their lines are not the statement's, though one of them may
    give its date."""
    rows: list[str] = []
    for element in list(page.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        classes = set((element.get("class") or "").lower().split())
        if classes & _FACT_BOX:
            for row in element.iter("tr", "li", "p", "dd"):
                text = clean_line(" ".join(row.itertext()))
                if text:
                    rows.append(text)
            element.drop_tree()
    return rows


def _fact_date(rows: list[str]) -> dt.date | None:
    """The date a fact box's row labels as the statement's (adopted, published, signed)."""
    for row in rows:
        if _FACT_DATE_LABEL.match(row):
            found = parse_date(row)
            if found is not None:
                return found
    return None


def _meta_date(meta: list[str], container: Any) -> dt.date | None:
    """The date of the first line about the article ("Published 6 March 2025 – Sector: …")
    that stands in the article's element: a list of other articles beside it has such lines
    too."""
    inside = _text_of(container) if container is not None else ""
    for line in meta:
        if container is not None and _key(line) not in inside:
            continue
        found = parse_date(line)
        if found is not None:
            return found
    return None


# A date's label standing alone.
_DATE_LABEL = re.compile(
    r"(?i)^(?:published|posted|updated|last\s+updated|modified|date|publi[ée](?:\s+le)?|"
    r"mis\s+à\s+jour|ver[öo]ffentlicht|aktualisiert|publicado|actualizado|pubblicato|"
    r"aggiornato|gepubliceerd|bijgewerkt)\s*:?$"
)


def _is_meta_line(line: str) -> bool:
    """A page's line about the article, not of it: its categories or tags ("Posted in
    Letters"), a pointer to another article ("Also read: …"), a download link or a bar of
    links ("Print | PDF (96 kB) | Back"), a news agency's credits ("(Reporting by …; Editing by …)"), or its date among
    other facts ("Date: 1 July 2025 • Available in: French",
    "Publié le 6 mars 2025 – Secteur : Protection sociale")."""
    words = len(line.split())
    if _DATE_LABEL.match(line.strip()):
        return True  # "Published", its date beside it in an element of its own
    if words <= 10 and _TAXONOMY.match(line):
        return True
    if words <= 30 and _CREDIT.match(line.strip()):
        return True
    if words <= 25 and _SEE_ALSO.match(line):
        return True
    if _DISCLAIMER.match(line):
        return True  # an e-mail's confidentiality notice
    if words <= 40 and _LAST_CHANGED.match(line):
        return True  # "Page last changed: June 5, 2025. …" — the page's, not the statement's
    if words <= 12 and _RELATIVE_TIME.search(line):
        return True  # a live feed's entry: "Ingrid from Norvania · 2 minutes ago"
    if words <= 12 and _FILE_SIZE.search(line):
        return True  # a download link: "The statement as PDF (124 kB)"
    bar = [p for p in _LINK_BAR.split(line) if p.strip()]
    if len(bar) >= 3 and all(len(p.split()) <= 5 for p in bar):
        return True  # "Print version | Download (PDF) | « Back to the news"
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
    long = {_key(x): len(x.split()) ** 2 for x in lines if len(x.split()) >= 10}
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
    # The article's element opening with a heading of its own: that names it (a site's name
    # in the page's header above it does not).
    first = container.xpath(".//*[normalize-space(text())][1]")
    if first and first[0].tag in ("h1", "h2", "h3"):
        opening = clean_line(first[0].text_content())
        if opening and not _GENERIC_HEADING.match(opening) and len(opening.split()) <= 25:
            return opening
    elements = list(page.iter())  # held: lxml gives the same proxies while they live
    order = {id(e): i for i, e in enumerate(elements)}
    start = order.get(id(container), 0)
    before = [h for h in headings if order.get(id(h), start) < start]
    if before and not _GENERIC_HEADING.match(clean_line(before[-1].text_content())):
        return clean_line(before[-1].text_content()) or None
    if before:
        return None  # a heading that only names the kind of text ("Statement")
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


# A heading naming only the kind of text, never a statement's title.
_GENERIC_HEADING = re.compile(
    r"^(?:(?:joint|press|public|our)\s+)?(?:statements?|declarations?|open\s+letters?|"
    r"letters?|press\s+releases?|news|communiqu[ée]s?(?:\s+de\s+presse)?|"
    r"pressemitteilung|erkl[äa]rung|stellungnahme|comunicados?(?:\s+de\s+prensa)?|"
    r"comunicato(?:\s+stampa)?|dichiarazione|declaraci[óo]n|declara[çc][ãa]o|verklaring|"
    r"persbericht|nota(?:\s+de\s+prensa)?)\s*:?$",
    re.I,
)
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
    # (A heading alone in a block of a page builder's: what follows that block.)
    node = heading
    following = None
    for _ in range(4):
        following = node.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not None or node.getparent() is None:
            break
        node = node.getparent()
    if following is None:
        return False
    if node is not heading:
        # (Past its own block: the next block's first line must be one kept, whole — a
        # table of contents' "1 Principles" is no kept "Principles".)
        first = following.xpath(".//*[normalize-space(text())][1]")
        return bool(first) and _text_of(first[0]) in keys
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
    return bool(_SIGNATORY_HEADING.match(text) or _LEAD_IN_ELSEWHERE.match(text))


def _with_signatory_tail(page: Any, container: Any, lines: list[str]) -> list[str]:
    """The lines with the signatories that follow the article in a block of their own, as
    the page shows them, when the extraction left them out (a grid of names a site builder
    puts in the next section): a "Signed by:" among the first short texts after the
    article, and the run of short texts after it — each one name — up to the first prose,
    heading or piece of site furniture."""
    keys = {_key(x) for x in lines}
    # The lead-in may stand in the article's element itself (its last one counts), the names
    # coming after it, inside or outside.
    inside = container.xpath(".//*[normalize-space(text())]")
    # (A letter's closing — "Yours sincerely," — leads in to its signers as well.)
    leads = [
        e
        for e in inside
        if _is_lead_in(clean_line(e.text_content())) or _CLOSING.match(clean_line(e.text_content()))
    ]
    start = leads[-1] if leads else container
    after = start.xpath("following::*[normalize-space(text())]")
    texts: list[tuple[Any, str]] = []  # up to the first piece of furniture
    further: list[tuple[Any, str]] = []  # past furniture (a questions section's buttons)
    broken = False
    for element in after:
        if any(a.tag in _FURNITURE for a in (element, *element.iterancestors())):
            broken = broken or bool(further)
            continue
        further.append((element, clean_line(element.text_content())))
        if not broken:
            texts.append(further[-1])
        if len(further) > 600:
            break
    if leads:
        texts.insert(0, (leads[-1], clean_line(leads[-1].text_content())))
    for i, (_, text) in enumerate(texts[:10]):
        if len(text.split()) >= 10:
            break  # prose after the article before any lead-in: not its tail
        if not _is_lead_in(text) and not _CLOSING.match(text):
            continue
        names = _names_after(texts[i + 1 :])
        if _a_list(names) and not any(_key(n) in keys for n in names):
            return [*(x for x in lines if _key(x) != _key(text)), text, *names]
        if any(_key(n) in keys for n in names):
            return lines  # read already
        # None under it here: a lead-in just after it ("Yours faithfully," / "Signed by:"),
        # or a section of signatories further on, may have them.
    # Past other sections of the page (questions and answers, "Who we are"): a section of
    # its own headed as the signatories ("Signatories", "Signatory organisations").
    for i, (element, text) in enumerate(further):
        if element.tag in _HEADINGS and _SIGNATORY_HEADING.match(text):
            names = _names_after(further[i + 1 :])
            if _a_list(names) and not any(_key(n) in keys for n in names):
                # The other sections' headings the extraction kept with nothing under them
                # ("Frequently asked questions") are theirs.
                passed = {_key(t) for e, t in further[:i] if e.tag in _ALL_HEADINGS}
                if _key(text) in keys:  # the heading read already: the names under it
                    at = next(j for j, x in enumerate(lines) if _key(x) == _key(text))
                    kept = [x for x in lines[: at + 1] if _key(x) not in passed]
                    return [*kept, *names, *lines[at + 1 :]]
                passed.add(_key(text))
                return [*(x for x in lines if _key(x) not in passed), text, *names]
            return lines
    return lines


# A letter's closing formula.
_CLOSING = re.compile(
    r"(?i)^(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|kind\s+regards|"
    r"best\s+regards|with\s+best\s+wishes|in\s+solidarity|cordialement|"
    r"mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|atentamente|cordiali\s+saluti|"
    r"met\s+vriendelijke\s+groet(?:en)?)\s*[,.!]?$"
)


# Names in one run, parted by commas, semicolons or dots: three or more of at most eight
# words each, no sentence.
_NAME_LIST = re.compile(r"[^,;·.:!?]{2,80}(?:\s*[,;·]\s*[^,;·.:!?]{2,80}){2,}[.]?")


# The last line of a list of signatories: "and 240 individuals", "+ 35 more organisations".
_AND_MORE = re.compile(
    r"(?i)^(?:and|plus|\+|et|und|y|e|en|og|och)\s+(?:more\s+than\s+|over\s+|some\s+)?"
    r"[\d][\d,. ]*\s+[\w'’]+(?:\s+[\w'’]+){0,5}\.?$"
)


# A count of those who signed ("12 organisations have signed so far", "2,318 signatures").
_COUNTER = re.compile(
    r"^\d[\d,.\s]*\s+(?:[\w'’]+\s+){0,3}(?:(?:have|has)\s+)?(?:signed|endorsed|joined|"
    r"supported|signatures|signatories|signers|supporters)\b",
    re.I,
)


def _table_lines(table: Any) -> list[str]:
    """A table's rows as lines, their cells' texts joined; header rows (in <thead>, or of
    <th> cells only) left out."""
    out = []
    for row in table.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells or any(a.tag == "thead" for a in row.iterancestors()):
            continue
        if all(c.tag == "th" for c in cells):
            continue
        text = " ".join(clean_line(" ".join(c.text_content().split())) for c in cells)
        if text.strip():
            out.append(text.strip())
    return out


def _a_list(names: list[str]) -> bool:
    """Whether names read after a lead-in are a list: two or more, or one run of them."""
    return len(names) >= 2 or (len(names) == 1 and bool(_NAME_LIST.fullmatch(names[0])))


def _names_after(texts: list[tuple[Any, str]]) -> list[str]:
    """The run of alike short texts (one tag and class: list items, a grid's cards), each a
    name, up to the first prose, heading or other kind of element."""
    names: list[str] = []
    kind = None
    read: list[Any] = []
    for other, name in texts:
        if any(a is r for a in other.iterancestors() for r in read[-3:]):
            continue  # text inside the element just read (the number of a count)
        # A name that is a link: its block, which holds nothing else, is the entry.
        while (
            other.tag in ("a", "span", "strong", "b", "em", "i")
            and other.getparent() is not None
            and _text_of(other.getparent()) == _text_of(other)
        ):
            other = other.getparent()
        read.append(other)
        if not names and _COUNTER.match(name):
            continue  # "12 organisations have signed so far": the count, not a name
        if not names and other.tag in ("table", "caption", "thead", "tbody", "tr", "th", "td"):
            table = next((a for a in (other, *other.iterancestors()) if a.tag == "table"), None)
            if table is not None:
                return _table_lines(table)  # the signatories in a table: a line a row
        if not names and other.tag in ("span", "a", "strong", "b", "em", "i"):
            block = other.getparent()  # names set inline in a block of their own
            whole = clean_line(" ".join(block.text_content().split())) if block is not None else ""
            if (
                block is not None
                and block.tag in ("div", "p")
                and _NAME_LIST.fullmatch(whole)
                and block.find("br") is None
            ):
                return [whole]
        if (
            not names
            and _NAME_LIST.fullmatch(name)
            and len(name.split()) > 15
            and other.find(".//br") is None  # (names parted by line breaks are lines each)
        ):
            return [name]  # the names in one block, parted by commas: one line
        words = len(name.split())
        if other.tag in _ALL_HEADINGS or words > 15 or words == 0 or name.endswith("."):
            break
        if names and _AND_MORE.match(name):
            names.append(name)  # "and 240 individuals": the list's own last line
            break
        if other.tag not in ("div", "li", "p", "dd", "dt"):
            break  # a table's cells, or names inline in one paragraph: read as such
        if kind is not None and (other.tag, other.get("class")) != kind:
            break
        kind = (other.tag, other.get("class"))
        names.append(name)
    return names


# A date labelled as a revision's, not the publication's.
_UPDATED = re.compile(
    r"\b(?:updated|modified|edited|revised|aktualisiert|ge(?:ä|ae)ndert|mis\s+à\s+jour|"
    r"modifi[ée]|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt)\b",
    re.I,
)


def _label_of(time: Any) -> str:
    """The text around a <time>: its parent's, or, where the parent only wraps it, the
    nearest element's around it holding more (a field's label: "Last updated")."""
    own = _key(time.text_content())
    node = time.getparent()
    for _ in range(3):
        if node is None:
            return ""
        if _key(node.text_content()) != own:
            return " ".join(node.itertext())
        node = node.getparent()
    return ""


def _own_time(container: Any) -> dt.date | None:
    """The date of the article's own <time datetime>: the one in its element, or in the
    nearest element around it that holds times of one date only (a post in a feed, its
    date in the footer beside its text; the feed holds the other posts' dates too)."""
    node = container
    while node is not None and node.tag not in ("body", "html"):
        dates = {
            found
            for t in node.iter("time")
            if (found := _date((t.get("datetime") or "")[:10])) is not None
            and not _UPDATED.search(_label_of(t))
        }
        if len(dates) == 1:
            return dates.pop()
        if dates:
            return None  # several dates: whose is whose is not known here
        node = node.getparent()
    return None


def _reprinted(container: Any, lines: list[str]) -> Any:
    """The <blockquote> that holds the statement when a publisher reprints it: most (60 %) of
    the article's prose in two paragraphs or more, or three paragraphs or more holding half
    of it or under a heading of their own (a news story around it); None when there is none
    (a pull-quote holds a sentence)."""
    long = [x for x in lines if len(x.split()) >= 10]
    total = sum(len(x.split()) for x in long)
    for quote in container.iter("blockquote"):
        text = _text_of(quote)
        inside = [x for x in long if _key(x) in text]
        words = sum(len(x.split()) for x in inside)
        # (A quotation with a heading of its own is a document reprinted whole.)
        titled = quote.find(".//h2") is not None or quote.find(".//h3") is not None
        if (len(inside) >= 2 and words >= 0.6 * total) or (
            len(inside) >= 3 and (words >= 0.5 * total or titled or _announced(quote))
        ):
            return quote
    return None


def _announced(quote: Any) -> bool:
    """Whether the text just before a quotation announces a statement in full ("Here it is
    in full:", "The full text of the letter follows:")."""
    nearest = quote.xpath("preceding::*[normalize-space(text())][position() <= 3]")
    for element in reversed(nearest):  # (given in the page's order)
        text = clean_line(element.text_content())
        if len(text.split()) >= 4:
            return bool(_IN_FULL.search(text) or (_FOLLOWING.search(text) and text.endswith(":")))
    return False


# Dublin Core's publication dates (Plone and other CMSs): "issued", "effective", the start of
# the "valid" range — where "created" is the draft's, not the publication's.
_ISSUED = ("dc.date.issued", "dcterms.issued", "dc.date.effective", "dc.date.valid_range")


def _issued_date(page: Any) -> dt.date | None:
    """The publication date a page's Dublin Core metadata gives."""
    for meta in page.iter("meta"):
        if (meta.get("name") or "").lower() in _ISSUED:
            content = (meta.get("content") or "").strip().replace("/", "-")
            try:
                return dt.date.fromisoformat(content[:10])
            except ValueError:
                found = parse_date(content)
            if found is not None:
                return found
    return None


def _jsonld_published(page: Any) -> dt.date | None:
    """The publication date the page's JSON-LD states ("datePublished"), when it states one
    only (a page listing other articles states theirs too)."""
    found = {d for v in _jsonld_values(page, "datePublished") if (d := _date(v[:10])) is not None}
    return found.pop() if len(found) == 1 else None


def _up_to(page: Any, container: Any) -> Any:
    """A copy of the page without what follows the article's element."""
    shown = copy.deepcopy(page)
    found = shown.getroottree().xpath(page.getroottree().getpath(container))
    node = found[0] if found else None
    while node is not None and node.tag not in ("body", "html"):
        for later in list(node.itersiblings()):
            node.getparent().remove(later)
        node = node.getparent()
    return shown


def _searched_date(page: Any, container: Any) -> str | None:
    """htmldate's extensive search of the page without what follows the article's element."""
    import lxml.html
    from htmldate import find_date

    shown = _up_to(page, container)
    try:
        return find_date(
            lxml.html.tostring(shown, encoding="unicode"),
            extensive_search=True,
            original_date=True,
            outputformat="%Y-%m-%d",
        )
    except Exception:
        return None


def _structured_date(page: Any, container: Any) -> dt.date | None:
    """A publication date the page states as data (JSON-LD, meta tags, <time datetime>),
    through htmldate, which is shown the page up to the article's end: the dates of the
    articles listed after it ("Latest news", teasers) are theirs."""
    import lxml.html
    from htmldate import find_date

    shown = _up_to(page, container) if container is not None else copy.deepcopy(page)
    # Only what states a date as data: in the body, <time> elements, JSON-LD and elements
    # whose markup says they hold the date; the printed text is read by the steps after this
    # one (htmldate would take a date from any text, a sidebar's among them).
    body = shown.find(".//body")
    if body is not None:
        data = [
            copy.deepcopy(e)
            for e in body.iter()
            if isinstance(e.tag, str)
            and (
                e.tag == "time"
                or (e.tag == "script" and "ld+json" in (e.get("type") or ""))
                or any(
                    "date" in (e.get(a) or "").lower() or "time" in (e.get(a) or "").lower()
                    for a in ("itemprop", "property", "class")
                )
            )
        ]
        for child in list(body):
            body.remove(child)
        body.text = None
        for element in data:
            element.tail = None
            body.append(element)
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
    if container is None or not title:
        return None
    elements = list(page.iter())  # held: lxml gives the same proxies while they live
    order = {id(e): i for i, e in enumerate(elements)}
    start = order.get(id(container), 0)
    shown = [e for e in elements if isinstance(e.tag, str) and _text_of(e) == _key(title)]
    if not shown:
        return None
    first = order[id(shown[0])]
    # The article's text begins at its first long paragraph after the title (the element
    # holding both the title and the text does not end the header before it begins).
    long_start = min(
        (
            order[id(e)]
            for e in container.iter(*_LEAVES)
            if id(e) in order
            and order[id(e)] > first
            and len(e.text_content().split()) >= 20
            and not any(isinstance(c.tag, str) and c.tag in _LEAVES for c in e)
        ),
        default=start,
    )
    for element in page.iter("p", "div", "span", "time", "small", "i", "em", "font"):
        position = order.get(id(element), -1)
        text = element.text_content()
        if first < position < max(start, long_start) and len(text) < 200:
            if _EDITOR_NOTE.match(clean_line(text)):
                continue  # "Update, 2 March: …" is dated, but not the statement's date
            found = parse_date(text)
            if found is not None:
                return found
    return None


def _opening_dateline(lines: tuple[str, ...]) -> dt.date | None:
    """The date of a press dateline that opens the first paragraph ("BRISK, 4 August 2026 –
    The dockers …")."""
    if not lines:
        return None
    found = find_date(lines[0][:80])
    if found is None or found[1] > 40:
        return None
    after = lines[0][found[2] : found[2] + 4]
    return found[0] if re.match(r"\s*[-–—:]", after) else None


_TEXT_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt")
_NEWLINES = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


# Cells holding these are page layout, not a table of data.
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table")


def _page_tree(data: bytes, charset: str | None) -> Any:
    """The page parsed, decoded as the server or the page itself declares (ISO-8859-1 read as
    windows-1252, as browsers do), else UTF-8, else as lxml guesses; a table used to lay the
    page out (cells holding paragraphs, headings or lists) turned into plain blocks, so that
    only tables of data are read as tables."""
    import lxml.html

    declared = charset or next(
        iter(_META_CHARSET.findall(data[:4096]) or _XML_ENCODING.findall(data[:200])), b""
    ).decode("ascii")
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
    # An XHTML page's XML declaration (its encoding is read above): lxml takes none in text.
    text = _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)
    tree = lxml.html.document_fromstring(text)
    # The page source's own line breaks are spaces (HTML collapses them; trafilatura can keep
    # them, cutting a paragraph of Word's or a hand-wrapped page in pieces); <br> stays one.
    # (Inside a paragraph, a list item, a heading or a cell only: between blocks a line break
    # still parts what trafilatura reads.)
    blocks = [
        e
        for e in tree.iter(*_TEXT_BLOCKS, "div")
        if e.tag != "div"
        or not any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in e.iterdescendants())
    ]  # (a <div> holding no blocks is a paragraph too)
    for paragraph in blocks:
        for element in paragraph.iter():
            if not isinstance(element.tag, str) or element.tag in ("pre", "textarea", "script"):
                continue
            if element.text and "\n" in element.text:
                element.text = _NEWLINES.sub(" ", element.text)
            if element is not paragraph and element.tail and "\n" in element.tail:
                element.tail = _NEWLINES.sub(" ", element.tail)
    # Paragraphs written as text between blank lines (<br><br>), as pages of the 2000s and
    # blog engines write them: each made a paragraph of its own, the first one too.
    _paragraphs_from_breaks(tree)
    # Footnotes and forms are never the statement's text.
    # A footnote's text links back to where it is called ("↩", "#fnref1"; Google Docs'
    # "#ftnt_ref1", Word's "#_ftnref1", MediaWiki's "#cite_ref-1"): the block
    # holding such a link is a note, wherever the site puts it.
    # And where it is called: a superscript link to a place on the page, "1", "[2]", "*"
    # (the note's marker is no word of the text); its tail stays.
    _drop_note_calls(tree)
    for back in list(tree.xpath(_BACKLINK)):
        note = next((a for a in back.iterancestors() if a.tag in ("li", "p", "div")), None)
        if note is not None and note.getparent() is not None:
            note.drop_tree()
    body = tree.find(".//body")
    page_words = len(body.text_content().split()) if body is not None else 0
    for element in list(tree.iter("form", "section", "div", "ol", "aside")):
        if element.getparent() is None or not any(True for _ in element.iterancestors("html")):
            continue  # inside a box dropped before
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
                # organisation" / "Fill in the form below…"), go with it; and the box built
                # around it, with what else it says ("No spam. Unsubscribe anytime.").
                for introduction in _form_introduction(element):
                    introduction.drop_tree()
                box = _box_around(element, page_words)
                if box is not None and box is not element and box.getparent() is not None:
                    box.drop_tree()
                    continue
            element.drop_tree()
    _drop_calls_to_action(tree)
    _drop_hidden_panels(tree)
    _drop_unseen(tree)
    # A picture and its caption in one paragraph, as hand-written pages set them
    # (<p><img …><br>Old beech trees, photographed in May.</p>): the caption is no line.
    for paragraph in list(tree.iter("p")):
        children = [c for c in paragraph if isinstance(c.tag, str)]
        if (
            len(children) >= 2
            and children[0].tag == "img"
            and children[1].tag == "br"
            and not (paragraph.text or "").strip()
            and len(paragraph.text_content().split()) <= 25
            and paragraph.getparent() is not None
        ):
            paragraph.drop_tree()
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
    # A grid of cards each naming an organisation and its place (<h4>name</h4><p>city</p>),
    # none a link: a card is one line, like a table's row.
    _cards_as_lines(tree)
    # A table's caption ("Individuals" over a table of signers) is read before it as a line
    # of its own (trafilatura drops captions).
    for caption in list(tree.iter("caption")):
        table = caption.getparent()
        text = " ".join(caption.text_content().split())
        if table is None or table.tag != "table" or table.getparent() is None or not text:
            continue
        line = lxml.html.Element("p")
        line.text = text
        table.addprevious(line)
        caption.drop_tree()
    for table in tree.iter("table"):
        cells = [c for c in table.iter("td", "th")]
        if any(any(x.tag in _BLOCKS for x in cell.iterdescendants()) for cell in cells):
            for element in [table, *table.iterdescendants("tbody", "thead", "tr", "td", "th")]:
                if element.getparent() is not None or element is table:
                    element.tag = "div"
    return tree


def _cards_as_lines(tree: Any) -> None:
    """Cards of a grid read as one line each: three or more alike siblings (one tag and
    class), each holding a short heading and one short text, no link, no sentence."""
    import lxml.html

    for parent in list(tree.iter()):
        if not isinstance(parent.tag, str):
            continue
        kids = [c for c in parent if isinstance(c.tag, str)]
        if len(kids) < 3 or len({(c.tag, c.get("class")) for c in kids}) != 1:
            continue
        cards = []
        for kid in kids:
            parts = [p for p in kid.iter() if p is not kid and (p.text or "").strip()]
            texts = [" ".join(p.text_content().split()) for p in parts]
            if (
                len(parts) != 2
                or parts[0].tag not in ("h2", "h3", "h4", "h5", "h6", "strong", "b")
                or kid.find(".//a[@href]") is not None
                or any(len(t.split()) > 10 or t.endswith(".") for t in texts)
            ):
                break
            cards.append((kid, " ".join(texts)))
        else:
            for kid, text in cards:
                for child in list(kid):
                    kid.remove(child)
                kid.text = None
                line = lxml.html.Element("p")
                line.text = text
                kid.append(line)


def _drop_note_calls(tree: Any) -> None:
    """Footnote calls removed, and the notes they call: a link to a place on the page whose
    text is a note's mark ("1", "[2]", "*"), in superscript or set against the word before
    it; the note is the list item or paragraph holding its target."""
    targets: list[str] = []
    for link in list(tree.xpath("//a[starts-with(@href, '#')]")):
        if not _NOTE_MARK.match(link.text_content().strip()):
            continue
        call = link
        if link.getparent() is not None and link.getparent().tag == "sup":
            call = link.getparent()
            if _NOTE_MARK.match(call.text_content().strip()) is None:
                continue
        else:
            previous = link.getprevious()
            before = (previous.tail if previous is not None else link.getparent().text) or ""
            if (previous is None and not before) or before[-1:].isspace():
                continue  # a reference in the text ("see [3]"), not a note's call
        if call.getparent() is None:
            continue
        targets.append(link.get("href")[1:])
        call.drop_tree()
    for target in dict.fromkeys(targets):
        if not target:
            continue
        found = tree.xpath("//*[@id=$t or @name=$t]", t=target)
        if not found:
            continue
        note = next(
            (e for e in (found[0], *found[0].iterancestors()) if e.tag in ("li", "p", "dd")),
            None,
        )
        if note is not None and note.getparent() is not None:
            note.drop_tree()


_NOTE_MARK = re.compile(r"^[\[(]?(?:\d{1,3}|[ivx]{1,4}|[a-z]|[*†‡§])[\])]?$", re.I)


_BACKLINK = (
    "//a[@role='doc-backlink' or contains(@class, 'footnote-backref')"
    " or contains(@class, 'footnote-number') or starts-with(@href, '#fnref')"
    " or starts-with(@href, '#footnote-anchor') or starts-with(@href, '#footnote-ref')"
    " or starts-with(@href, '#ftnt_ref') or starts-with(@href, '#_ftnref')"
    " or starts-with(@href, '#cite_ref') or starts-with(@href, '#endnote-ref')]"
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

    made: list[Any] = []
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
            made.append(paragraph)
        if parent.tag == "p":
            parent.tag = "div"  # a paragraph holding paragraphs is a block
    # A run that holds blocks itself (a <font> whose text is parted into paragraphs in turn)
    # is a block, not a paragraph.
    for paragraph in made:
        if any(d.tag in _BLOCKS or d.tag == "center" for d in paragraph.iterdescendants()):
            paragraph.tag = "div"


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
_PROMO_NAME = re.compile(
    r"(?:^|[-_])(?:newsletter|sign-?up|subscribe|subscription|promo)(?:[-_]|$)", re.I
)


# A block around a control holding at most this many words is a box (newsletter sign-up,
# "Need help? Book a session", a cookie notice), not the statement.
BOX_WORDS = 60


def _drop_calls_to_action(tree: Any) -> None:
    """Boxes built around a control (a field, a button, a link styled as one) removed: the
    largest block around the control that holds at most BOX_WORDS words and at most one
    paragraph of prose. A statement has no buttons; site builders put such boxes in the
    article's own column, where no page structure tells them apart from it."""
    body = tree.find(".//body")
    words = len(body.text_content().split()) if body is not None else 0
    controls = [
        e
        for e in tree.iter()
        if isinstance(e.tag, str)
        and (
            e.tag in ("input", "button", "select", "textarea")
            or (e.get("role") or "").lower() == "button"
            or any(_CONTROL_CLASS.search(c) for c in (e.get("class") or "").split())
            # A box the site names as a sign-up or promotion ("promo-box", "newsletter").
            or any(
                _PROMO_NAME.search(c)
                for c in ((e.get("class") or "") + " " + (e.get("data-testid") or "")).split()
            )
        )
    ]
    for control in controls:
        if any(a.tag in _ALL_HEADINGS for a in control.iterancestors()):
            continue  # a heading's own widget ("copy link to this section")
        box = _box_around(control, words)
        if box is not None and box.getparent() is not None:
            box.drop_tree()


def _box_around(control: Any, words: int) -> Any:
    """The largest block around a control that holds at most BOX_WORDS words and at most
    one paragraph of prose, not the page's title, a byline or most of the page's text
    (a short statement with its button); None if there is none."""
    box = None
    node = control
    while node is not None and node.tag not in ("body", "html"):
        if len(node.text_content().split()) > BOX_WORDS or _prose_lines(node) > 1:
            break
        if node.tag == "h1" or node.find(".//h1") is not None:
            break  # the page's title, with its "Follow" and "Share" buttons
        if _dated(node):
            break  # a byline with the date, and a "Share" button beside it
        if any(_is_lead_in(clean_line(h.text_content())) for h in node.iter(*_ALL_HEADINGS)):
            break  # the signatories, with an "Add your organisation" button under them
        box = node
        node = node.getparent()
    if box is not None and len(box.text_content().split()) >= words / 2:
        return None
    return box


def _dated(element: Any) -> bool:
    """Whether an element holds a date: a <time>, a date in markup, or a date in its text."""
    marked = element.xpath(
        ".//time | .//*[@datetime] | .//*[contains(@property, 'date')]"
        " | .//*[contains(@itemprop, 'date')]"
    )
    return bool(marked) or find_date(element.text_content()) is not None


_UNSEEN = {"visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "d-none"}


def _drop_unseen(tree: Any) -> None:
    """What a reader of the page does not read as its text: elements hidden (the `hidden`
    attribute, screen-reader-only labels such as a "Video" heading), a wiki's "[edit]" links
    beside its headings, a video's transcript (its class says so; its lines are what was
    said, not what was signed) and closed disclosures (<details>: questions and answers) —
    except what holds most of the page's text (a statement behind "Read the full text" is
    hidden until a click shows it)."""
    body = tree.find(".//body")
    words = len(body.text_content().split()) if body is not None else 0
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        classes = set((element.get("class") or "").lower().split())
        unseen = (
            element.get("hidden") is not None
            or bool(classes & _UNSEEN)
            or (element.tag == "details" and element.get("open") is None)
        )
        if unseen and len(element.text_content().split()) >= words / 2:
            continue
        if (
            unseen
            or any("editsection" in c or c in ("edit-link", "post-edit-link") for c in classes)
            or any(p in c for c in classes for p in ("pullquote", "pull-quote", "pull_quote"))
            or any("transcript" in c for c in classes)
        ):
            element.drop_tree()


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


def _past_the_site_name(title: str | None, page: Any) -> str | None:
    """When the title is the site's name (its og:site_name, or an <h1> linking to the home
    page, as blogs head every page), the heading that names the page: the first later one
    printing a title the page gives as data (og:title, JSON-LD) or the other part of its
    <title> ("Blog: Post", "Post | Blog"), either in full or in short."""
    if not title:
        return title
    key = _key(title)
    sites = {
        _key(m.get("content") or "")
        for m in page.iter("meta")
        if (m.get("property") or "").lower() == "og:site_name"
    }
    heads = [
        h
        for h in page.iter("h1")
        if _text_of(h) == key
        and any(
            (a.get("href") or "").rstrip("/") in ("", ".", "./index.html", "/index.html")
            or re.fullmatch(r"https?://[^/]+/?", a.get("href") or "")
            for a in h.iter("a")
        )
    ]
    if key not in sites and not heads:
        return title
    wanted = set(_declared_titles(page))
    element = page.find(".//title")
    if element is not None:
        whole = clean_line(element.text_content())
        for separator in (*_TITLE_SEPARATORS, ": "):
            parts = [_key(p) for p in whole.split(separator) if p.strip()]
            if len(parts) == 2 and key in parts:
                wanted.add(parts[1 - parts.index(key)])
    wanted -= {key, ""}
    if not wanted:
        return title
    after = not heads
    for heading in page.iter(*_ALL_HEADINGS):
        if heads and heading is heads[0]:
            after = True
            continue
        if not after or any(a.tag in _FURNITURE for a in heading.iterancestors()):
            continue
        text = _text_of(heading)
        if text and text != key and any(w == text or w in text or text in w for w in wanted):
            return clean_line(heading.text_content())
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
    if _key(title) not in _key(whole) or _key(title) in _declared_titles(page):
        return title  # from the page's data (og:title, JSON-LD), not from <title> alone
    texts = {_text_of(e) for e in body.iter() if isinstance(e.tag, str)}
    if _key(title) in texts:
        return title
    for separator in _TITLE_SEPARATORS:
        parts = [p.strip() for p in whole.split(separator) if p.strip()]
        printed = [p for p in parts if len(p.split()) >= 2 and _key(p) in texts]
        if len(parts) >= 2 and printed:
            return max(printed, key=len)
    return title


# A social network's account as a page's title: "Name (@name@host)", "@name".
_ACCOUNT = re.compile(r"\(@[\w.-]+(?:@[\w.-]+)?\)|^@[\w.-]+$")


def _account_names(page: Any) -> set[str]:
    """The names of the accounts a page's og:title gives ("Name (@name@host)" -> name)."""
    names = set()
    for meta in page.iter("meta"):
        if (meta.get("property") or "").lower() == "og:title":
            content = meta.get("content") or ""
            found = _ACCOUNT.search(content)
            if found:
                names.add(_key(content[: found.start()]))
    return names - {""}


def _headline_like(line: str) -> bool:
    """A short line, not a sentence, a salutation or a date: one that can title a post."""
    return (
        2 <= len(line.split()) <= 20
        and not line.rstrip().endswith((".", ",", ";"))
        and not _SALUTATION.match(line)
        and not _is_dateline(line)
    )


def _declared_titles(page: Any) -> set[str]:
    """The titles the page gives as data, keyed: og:title, twitter:title, and JSON-LD
    headlines."""
    found = {
        _key(m.get("content") or "")
        for m in page.iter("meta")
        if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title")
    }
    found |= {_key(v) for v in _jsonld_values(page, "headline")}
    return found - {""}


def _jsonld_values(page: Any, name: str) -> list[str]:
    """Every text value of the field `name` in the page's JSON-LD, at any depth."""
    import json

    out: list[str] = []
    for script in page.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            stack = [json.loads(script.text or "")]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get(name), str):
                    out.append(item[name])
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return out


def _without_site(title: str, site: str) -> str:
    """ "Solidarity with the dockers | Velmora Workers' Party" -> "Solidarity with the dockers"."""
    for separator in _TITLE_SEPARATORS:
        head, sep, tail = title.rpartition(separator)
        if sep and head and _key(tail) == _key(site):
            return head.strip()
    return title
