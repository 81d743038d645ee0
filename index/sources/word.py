"""A Word file's statement: python-docx paragraphs and tables in document order."""

from __future__ import annotations

import io
from typing import Any

from .common import (
    _OWN_VOICE,
    Extracted,
    NotAStatement,
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
                if (
                    style.lower() == "subtitle"
                    and sum(1 for x in paragraphs if x.strip()) <= 2
                    and not _OWN_VOICE.search(text)
                ):
                    continue  # a subtitle under the title, not the statement's own words
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
    lines, date = _without_leading_dateline(_drop_title(found, title))
    return Extracted("docx", tuple(lines), title, date)


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
