"""A Word file's statement: python-docx paragraphs and tables in document order."""

from __future__ import annotations

import io
import re
from typing import Any

from .common import (
    _OWN_VOICE,
    Extracted,
    NotAStatement,
    _dateline_date,
    _drop_title,
    _lines,
    _subject_line,
    _without_leading_dateline,
    clean_line,
)


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
    prose = False  # a paragraph of the text read already

    def read(parent: Any) -> None:
        nonlocal heading, prose
        for child in parent.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph = Paragraph(child, document)
                text = paragraph.text
                style = (paragraph.style.name if paragraph.style is not None else "") or ""
                # The title: the first paragraph in a Title or Heading style, or set apart
                # before the text begins (bold, large or centred, short, no full stop).
                if (
                    heading is None
                    and text.strip()
                    and (
                        style.lower().startswith(("heading", "title"))
                        or (not prose and _set_apart(paragraph))
                    )
                ):
                    heading = clean_line(text)
                if len(text.split()) >= 10:
                    prose = True
                if (
                    style.lower() == "subtitle"
                    and sum(1 for x in paragraphs if x.strip()) <= 2
                    and not _OWN_VOICE.search(text)
                ):
                    continue  # a subtitle under the title, not the statement's own words
                paragraphs.append(text)
            elif tag == "tbl":
                table = Table(child, document)
                if not prose and _letterhead(table):
                    continue  # a name and an address laid out side by side above the text
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
    if title and title in found[1:]:
        # The title printed below other lines (a letter's subject under the addresses).
        at = found.index(title)
        if not any(len(x.split()) >= 10 for x in found[:at]):
            found = found[:at] + found[at + 1 :]
    lines, date = _without_leading_dateline(_drop_title(found, title))
    # A note set after the text ("Note: this statement was drafted in Portuguese …") is
    # about it, like a footnote, not of it.
    while lines and _END_NOTE.match(lines[-1]):
        lines = lines[:-1]
    return Extracted("docx", tuple(lines), title, date)


_END_NOTE = re.compile(
    r"(?i)^(?:note|n\.\s?b\.?|nb|translator'?s\s+note|editor'?s\s+note|nota|remarque|"
    r"anmerkung|hinweis)\s*:"
)


def _set_apart(paragraph: Any) -> bool:
    """Whether a paragraph is set apart as a title: two to twenty-five words, no closing
    full stop or colon, not a date, and all in bold or in large type (14 pt and up)."""
    text = paragraph.text.strip()
    if not 2 <= len(text.split()) <= 25 or text.endswith((".", ":")) or _dateline_date(text):
        return False
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    bold = all(r.bold for r in runs)
    large = all(r.font.size is not None and r.font.size.pt >= 14 for r in runs)
    return bool(bold or large)


def _letterhead(table: Any) -> bool:
    """Whether a table above the text is a letterhead: one or two rows of short lines (a
    name, an address, a telephone number, an e-mail address)."""
    if len(table.rows) > 2:
        return False
    texts = [
        line
        for row in table.rows
        for cell in dict.fromkeys(row.cells)
        for p in cell.paragraphs
        for line in p.text.split("\n")
        if line.strip()
    ]
    return bool(texts) and all(len(t.split()) <= 8 for t in texts)


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
