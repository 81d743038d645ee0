"""Statements from where they are published: a web page, a PDF, a Word file, or plain text,
turned into a statement file's text — one paragraph per line, the title first — by libraries
made for each: trafilatura (a page's main text and metadata, without navigation, sidebars,
cookie banners, comments or footers), pdfminer.six (text boxes in reading order, columns
included), python-docx (paragraphs and tables in document order).

What is saved is this text, and every quote is taken from it; the original bytes are archived
beside the index (see collection.add_source).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from .errors import UndersignedError

KINDS = ("html", "pdf", "docx", "text")
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
    notes: tuple[str, ...] = field(default=())

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
    if not found.lines:
        raise NotAStatement(f"No text was found in {_NAMES[kind]}; nothing was saved.")
    return found


# ---------------------------------------------------------------------------- shared


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BULLET = re.compile(r"^(?:[-*•▪◦·–]|\d{1,2}[.)])\s+(?=\S)")
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


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


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


def extract_html(data: bytes, url: str | None = None) -> Extracted:
    """A page's main text (trafilatura, tables and lists included, comments left out) and the
    title and publication date its metadata gives (JSON-LD, Open Graph, <time>, <title>)."""
    import trafilatura

    document: Any = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if document is None or not getattr(document, "text", None):
        raise NotAStatement("No statement text was found on the page; nothing was saved.")
    title = clean_line(document.title) if document.title else None
    if title and document.sitename:
        title = _without_site(title, document.sitename)
    lines = _drop_title(_lines(str(document.text).split("\n")), title)
    return Extracted("html", tuple(lines), title or None, _date(document.date), url)


def _without_site(title: str, site: str) -> str:
    """ "Solidarity with the dockers | Velmora Workers' Party" -> "Solidarity with the dockers"."""
    for separator in (" | ", " – ", " — ", " - ", " :: ", " · "):
        head, sep, tail = title.rpartition(separator)
        if sep and head and _key(tail) == _key(site):
            return head.strip()
    return title


def extract_docx(data: bytes) -> Extracted:
    """A Word file's paragraphs and tables in document order (headers and footers left out),
    its title from its properties or its first heading."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise NotAStatement(f"The Word file cannot be read ({exc}); nothing was saved.") from exc
    paragraphs: list[str] = []
    heading: str | None = None
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if heading is None and text.strip() and style.lower().startswith(("heading", "title")):
                heading = clean_line(text)
            paragraphs.append(text)
        elif tag == "tbl":
            table = Table(child, document)
            for row in table.rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
                paragraphs.append(" ".join(cells))
    # The file's creation date is not the statement's: a date is read from its text.
    title = clean_line(document.core_properties.title or "") or heading
    return Extracted("docx", tuple(_drop_title(_lines(paragraphs), title)), title)


def extract_pdf(data: bytes) -> Extracted:
    """A PDF's text boxes in reading order (pdfminer.six's layout analysis: columns one after
    the other), lines of a box joined into its paragraph, words hyphenated at a line's end
    joined, running headers and footers (text repeated at the top or bottom of most pages)
    and page numbers left out."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    try:
        pages = list(extract_pages(io.BytesIO(data), laparams=LAParams()))
    except Exception as exc:
        raise NotAStatement(f"The PDF cannot be read ({exc}); nothing was saved.") from exc
    boxes: list[tuple[int, str, bool]] = []  # (page, text, in the top or bottom band)
    for number, page in enumerate(pages):
        height = page.height or 1.0
        for element in page:
            if not isinstance(element, LTTextContainer):
                continue
            text = _join_pdf_lines(element.get_text())
            if not text:
                continue
            band = element.y0 > height * 0.88 or element.y1 < height * 0.12
            boxes.append((number, text, band))
    repeated = _running(boxes, len(pages))
    paragraphs = [
        text
        for _, text, band in boxes
        if not (band and (_PAGE_NUMBER.match(text) or _shape(text) in repeated))
        and not _PAGE_NUMBER.match(text)
    ]
    title = None
    try:
        info = PDFDocument(PDFParser(io.BytesIO(data))).info
        raw = info[0].get("Title") if info else None
        if isinstance(raw, bytes):
            raw = raw.decode("utf-16" if raw.startswith(b"\xfe\xff") else "latin-1", "replace")
        title = clean_line(str(raw)) if raw else None
    except Exception:
        title = None
    lines = _lines(paragraphs)
    if not title and lines and len(lines[0]) <= 150 and not lines[0].endswith("."):
        title = lines[0]
    return Extracted("pdf", tuple(_drop_title(lines, title)), title)


_HYPHENATED = re.compile(r"(\w)-\n(?=[a-zà-ÿ])")


def _join_pdf_lines(text: str) -> str:
    text = _HYPHENATED.sub(r"\1", text.strip())
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _shape(text: str) -> str:
    """A header's or footer's text with its numbers taken out ("Page 2 of 5" ~ "Page 3 of 5")."""
    return re.sub(r"\d+", "#", _key(text))


def _running(boxes: list[tuple[int, str, bool]], pages: int) -> set[str]:
    """Texts in the top or bottom band of at least half the pages (two at least)."""
    if pages < 2:
        return set()
    seen: Counter[str] = Counter()
    for shape in {(page, _shape(text)) for page, text, band in boxes if band}:
        seen[shape[1]] += 1
    return {shape for shape, count in seen.items() if count >= max(2, pages // 2)}


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
