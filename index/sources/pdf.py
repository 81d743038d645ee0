"""A PDF's statement: pdfminer.six's lines with their positions made paragraphs (columns,
running headers and footers, letterheads, hyphenation, page and column breaks), tables drawn
with rules read by pdfplumber, the title."""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from .common import (
    _OWN_VOICE,
    _PAGE_NUMBER,
    _RECIPIENT,
    _RELEASE,
    _SALUTATION,
    _SPACES,
    Extracted,
    NotAStatement,
    _dateline_date,
    _key,
    _leading_dateline,
    _lines,
    _press_release,
    _subject_line,
    _without_leading_dateline,
    clean_line,
)


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
    italic: set[int] = set()  # paragraphs whose first line is set in italics
    firsts: dict[int, Any] = {}  # paragraph -> its first line's box
    lasts: dict[int, Any] = {}  # paragraph -> its last line's box
    heads: set[int] = set()  # indexes in `lines` of lines above the first page's text
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
    body = _text_size(everywhere)
    for number, (page, boxes) in enumerate(zip(pages, laid_out, strict=True)):
        height = page.height or 1.0
        every = [row for rows in boxes if not isinstance(rows, _TableRows) for row in rows]
        text_rows = [r for r in every if round(r.y1 - r.y0) == body]
        # (On a page without text, any line in small type is furniture.)
        top = max((r.y1 for r in text_rows), default=-1.0)
        bottom = min((r.y0 for r in text_rows), default=height + 1)
        # Many lines in small type below the text are no footer: a list (signatories in
        # smaller type after the text) — a page's furniture is a few lines.
        under = [r for r in every if r.y1 - r.y0 < body * 0.85 and r.y1 <= bottom + 1]
        listed = len([r for r in under if not _PAGE_NUMBER.match(r.get_text().strip())]) > 4
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
            ends = [
                _ends_paragraph(
                    row, following, row.get_text().rstrip("\n"), every, everywhere, pitches, body
                )
                for row, following in itertools.pairwise(rows)
            ]
            gaps = [round(a.y0 - b.y0, 1) for a, b in itertools.pairwise(rows)]
            if len(ends) >= 3 and sum(ends) >= 0.6 * len(ends) and max(gaps) - min(gaps) < 1:
                # (Evenly spaced: where entries are set apart by space, that tells them.)
                # Most of its lines end short: a list (of names); a line that reaches further
                # ends too, unless the next goes on in lower case.
                ends = [
                    e or not following.get_text().lstrip()[:1].islower()
                    for e, following in zip(ends, rows[1:], strict=True)
                ]
            for i, row in enumerate(rows):
                text = row.get_text().rstrip("\n")
                band = row.y0 > height * 0.9 or row.y1 < height * 0.1
                size = row.y1 - row.y0
                # Smaller than the text and above or below all of it: an address, a running
                # header or footer, a page number.
                # ("cc: …" under a letter's signature, in small type, is the letter's.)
                if (
                    round(size) < body * 0.85
                    and (row.y0 >= top - 1 or (row.y1 <= bottom + 1 and not listed))
                    and not _LETTER_LABEL.match(text.strip())
                ):
                    small.add(len(lines))
                if number == 0 and row.y0 >= top - 1:
                    heads.add(len(lines))  # above all of the first page's text
                lines.append((number, paragraph, text, band))
                firsts.setdefault(paragraph, row)
                lasts[paragraph] = row
                if paragraph not in sizes and _in_italics(row):
                    italic.add(paragraph)
                sizes.setdefault(paragraph, round(size))
                if i < len(ends) and ends[i]:
                    paragraph += 1
    running = _running(lines, len(pages))
    paragraphs: dict[int, list[str]] = {}
    pages_of: dict[int, int] = {}
    # A letterhead: on the first page, a line in larger type above the text, followed by
    # lines of furniture in small type (the organisation's address and telephone).
    # (A line of its own: the second line of a title over its dateline is no letterhead.)
    # (Twice: a logo's letters over the name over the address go with them.)
    for i in [*range(len(lines) - 1), *range(min(len(lines) - 1, 6))]:
        page_number, where = lines[i][0], lines[i][1]
        # A line of its own, or heading a block whose other lines are all furniture (an
        # organisation's name over its address in small type).
        first = i == 0 or lines[i - 1][1] != where
        rest = [j for j in range(i + 1, len(lines)) if lines[j][1] == where]
        alone = first and all(j in small for j in rest)
        # (A title over its date in small type — "Published 15 September 2025" — is none.)
        block = list(itertools.takewhile(lambda j: j in small, range(i + 1, len(lines))))
        dated_only = bool(block) and _dateline_date(lines[block[0]][2]) is not None
        if (
            page_number == 0
            and i not in small
            and i + 1 in small
            and alone
            and (i < 3 or i in heads)
            and not dated_only
        ):
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
            keys = list(texts)
            for key in keys[: keys.index(head) + 1]:
                del texts[key]
            # A subtitle under it, set apart in its own type (italics, another size).
            after = keys[keys.index(head) + 1] if keys.index(head) + 1 < len(keys) else None
            if (
                after is not None
                and pages_of[after] == pages_of[head]
                # (Not a first section's heading: a few words in the type of the others.)
                and (after in italic or (sizes[after] != body and len(texts[after].split()) >= 6))
                and _subtitle(texts[after])
            ):
                del texts[after]
    # A cover page (no paragraph of prose on the first page, prose after it): its lines are
    # the title page's (subtitle, date, imprint), not the statement's; its date is kept.
    prose = {pages_of[k] for k, text in texts.items() if len(text.split()) >= 20}
    if len(pages) > 1 and prose and 0 not in prose:
        cover = [k for k in texts if pages_of[k] == 0]
        if not title:
            head = _large_type_title(texts, sizes, pages_of, body)
            title = clean_line(texts[head]) if head is not None else None
        date = date or _leading_dateline([texts[k] for k in cover])
        for key in cover:
            del texts[key]
    # A table of contents: entries with dot leaders and page numbers, and its heading.
    texts = {k: t for k, t in texts.items() if not _TOC_ENTRY.match(t)}
    keys = list(texts)
    for i, key in enumerate(keys[:-1]):
        if _TOC_HEADING.match(texts[key]) and pages_of[key] != pages_of[keys[i + 1]]:
            del texts[key]  # nothing of it left on its page
    keys = list(texts)
    cut = {
        a
        for a, b in itertools.pairwise(keys)
        if a in lasts and b in firsts and _cut_before(lasts[a], firsts[b], everywhere)
    }
    joined = _across_pages([(pages_of[k], text, k in cut) for k, text in texts.items()])
    # A letter's reference block ("Our ref: …", "Your ref: …") is the office's, not the text's.
    found = [x for x in _press_release(tuple(_lines(joined))) if not _REFERENCE.match(x)]
    subject = _subject_line(found)
    if not title and subject is not None:
        title = found.pop(subject)
    if not title and found and len(found[0]) <= 150 and not found[0].endswith("."):
        title = found[0]
    kept, dated = _without_leading_dateline(_without_title_line(found, title))
    date = date or dated
    return Extracted("pdf", tuple(kept), title, date)


_REFERENCE = re.compile(
    r"^(?:our|your|my)\s+ref(?:erence)?\.?\s*(?:no\.?\s*)?:|^(?:ref|réf|az|aktenzeichen)\.?\s*:",
    re.I,
)
_LETTER_LABEL = re.compile(r"^(?:cc|bcc|encl|enclosures?|p\.\s?s)\s*[.:]", re.I)
_TOC_ENTRY = re.compile(r"^.{2,150}?\s?(?:\.\s?){4,}\s*\d{1,3}$")
_TOC_HEADING = re.compile(
    r"^(?:(?:table\s+of\s+)?contents|sommaire|table\s+des\s+mati[èe]res|inhalt|"
    r"inhaltsverzeichnis|[íi]ndice|sumario|sum[áa]rio|indice|inhoud|inhoudsopgave)$",
    re.I,
)


def _without_title_line(lines: list[str], title: str | None) -> list[str]:
    """The lines without those that print the title again above the text (a letter's
    letterhead and recipient may come before it; they stay)."""
    if not title:
        return lines
    cut = next((i for i, line in enumerate(lines) if len(line.split()) >= 20), len(lines))
    return [x for i, x in enumerate(lines) if i >= cut or _key(x) != _key(title)]


_CAPTION = re.compile(r"\b(?:photo|photograph|image|picture|foto|credit)s?\s*:|©", re.I)


def _in_italics(row: Any) -> bool:
    """Whether a text line's characters are all in an italic or oblique font."""
    from pdfminer.layout import LTChar

    names = {c.fontname.lower() for c in row if isinstance(c, LTChar) and c.get_text().strip()}
    return bool(names) and all("italic" in n or "oblique" in n for n in names)


def _subtitle(text: str) -> bool:
    """Whether a paragraph under a title reads as its subtitle: a phrase or a sentence of at
    most thirty words, not a date, an address to the reader, a salutation or a lead-in, and
    not in the statement's own voice ("We, the undersigned …" opens the text)."""
    return (
        len(text.split()) <= 30
        and _dateline_date(text) is None
        and not _OWN_VOICE.search(text)
        and not _RECIPIENT.match(text)
        and not _SALUTATION.match(text)
        and not text.rstrip().endswith(":")
    )


def _large_type_title(
    texts: dict[int, str], sizes: dict[int, int], pages_of: dict[int, int], body: int
) -> int | None:
    """The paragraph that titles a PDF: of those on its first page before the first
    paragraph of text (ten words or more in the body's type), the last in large type (a
    newsletter's masthead stands above it) — on a cover page (no text on it), the largest
    (the publisher's name stands below it in smaller type)."""
    candidates: list[int] = []
    cover = True
    for key, text in texts.items():
        if pages_of[key] != 0:
            break
        if sizes[key] == body and len(text.split()) >= 10:
            cover = False
            break
        if sizes[key] >= body * 1.25 and not _RELEASE.match(text) and len(text) <= 200:
            candidates.append(key)
    if not candidates:
        return None
    if cover and any(pages_of[k] != 0 for k in texts):
        largest = max(sizes[k] for k in candidates)
        return next(k for k in candidates if sizes[k] == largest)
    return candidates[-1]


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
    """A page's text boxes in the order they are read. Columns are the left edges of boxes
    of several lines that stand side by side; a box reaching across into the next column (a
    title, a full-width paragraph) is read in its place from the top, and between two such
    the boxes of each column are read top to bottom, the columns from left to right.
    (pdfminer's own order can put the top of the second column before the first one.)"""
    # A column: boxes of several lines, narrower than half the page, none in large type (a
    # title over its date is not one).
    sizes = Counter(round(r.y1 - r.y0) for b in boxes for r in b if hasattr(r, "y1"))
    text_size = sizes.most_common(1)[0][0] if sizes else 0
    tall = [
        b
        for b in boxes
        if len(b) >= 2
        and b.x1 - b.x0 < width / 2
        and max(r.y1 - r.y0 for r in b if hasattr(r, "y1")) < text_size * 1.25
    ]
    starts: list[float] = []
    for x0 in sorted(b.x0 for b in tall):
        if not starts or x0 - starts[-1] > COLUMN_SLACK:
            starts.append(x0)

    def lane(box: Any) -> int:
        return max((i for i, x in enumerate(starts) if x <= box.x0 + COLUMN_SLACK), default=0)

    def wide(box: Any) -> bool:
        # Across the page (a title, a full-width paragraph), or across the left edge of a
        # column that stands beside it (not that of a grid of names further down).
        if box.x1 - box.x0 >= width / 2:
            return True
        return any(
            box.x0 < t.x0 - 2 and t.x0 + 2 < box.x1 and t.y0 < box.y1 and box.y0 < t.y1
            for t in tall
        )

    side_by_side = any(
        lane(a) != lane(b) and a.y0 < b.y1 and b.y0 < a.y1 and not wide(a) and not wide(b)
        for a in tall
        for b in tall
    )
    if not side_by_side:
        return boxes  # one column (a letterhead or a running header aside): pdfminer's order
    across = sorted((b for b in boxes if wide(b)), key=lambda b: -(b.y0 + b.y1))
    bands: list[list[Any]] = [[] for _ in range(len(across) + 1)]
    for box in boxes:
        if not wide(box):
            # The band above the first box across the page whose middle is below this one's.
            middle = (box.y0 + box.y1) / 2
            bands[
                next((i for i, c in enumerate(across) if (c.y0 + c.y1) / 2 < middle), len(across))
            ].append(box)
    ordered: list[Any] = []
    for i, band in enumerate(bands):
        # Within a band, what stands above all its columns, off their edges (a centred date
        # under the title), is read first, and what stands below all of them last.
        columns = [b for b in band if b in tall]
        high = max((b.y1 for b in columns), default=float("inf"))
        low = min((b.y0 for b in columns), default=float("-inf"))
        # (Aside: not in a column and not set at a column's left edge — centred, say.)
        aside = [
            b
            for b in band
            if b not in columns and all(abs(b.x0 - x) > COLUMN_SLACK / 2 for x in starts)
        ]
        head = [b for b in aside if b.y0 >= high - 1]
        foot = [b for b in aside if b.y1 <= low + 1]
        # What stands below the foot of every other column, set apart from its own column
        # by a gap (a list of signatories under a two-column text, at the left edge): after
        # all the columns.
        below = _below_the_columns(band, columns, lane, text_size)
        foot += [b for b in below if b not in foot]
        middle = [b for b in band if b not in head and b not in foot]
        ordered += sorted(head, key=lambda b: -b.y1)
        for layer in _layers(middle, lane):
            ordered += sorted(layer, key=lambda b: (lane(b), -b.y1))
        ordered += sorted(foot, key=lambda b: -b.y1)
        if i < len(across):
            ordered.append(across[i])
    return ordered


def _below_the_columns(
    band: list[Any], columns: list[Any], lane: Callable[[Any], int], text_size: int
) -> list[Any]:
    """A band's boxes lying below the lowest line of every other column and parted from the
    column above them by a gap of two lines or more, with those under them."""
    lanes = {lane(b) for b in columns}
    if len(lanes) < 2:
        return []
    out: list[Any] = []
    for here in lanes:
        others = [b.y0 for b in columns if lane(b) != here]
        floor = min(others) if others else float("-inf")
        mine = sorted((b for b in band if lane(b) == here), key=lambda b: -b.y1)
        for i, box in enumerate(mine):
            if i == 0 or box.y1 >= floor - 1:
                continue
            gap = mine[i - 1].y0 - box.y1
            if gap >= 2 * max(text_size, 1):
                out += mine[i:]
                break
    return out


def _layers(boxes: list[Any], lane: Callable[[Any], int]) -> list[list[Any]]:
    """Boxes in layers from the top, parted where no box crosses a horizontal line and the
    columns change there (two columns of text over a grid of names in three): each layer is
    read column by column before the next."""
    if len(boxes) < 2:
        return [boxes]
    edges = sorted({b.y0 for b in boxes}, reverse=True)
    for y in edges:
        above = [b for b in boxes if b.y0 >= y]
        below = [b for b in boxes if b.y1 <= y]
        if not above or not below or len(above) + len(below) != len(boxes):
            continue
        upper, lower = {lane(b) for b in above}, {lane(b) for b in below}
        if not (upper <= lower or lower <= upper):  # (a column starting lower is no change)
            return [above, *_layers(below, lane)]
    return [boxes]


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


def _text_size(rows: list[Any]) -> int:
    """The size of the text's type: the line height that holds the most characters (a long
    list of names in smaller type has more lines than the text, not more words)."""
    sizes: Counter[int] = Counter()
    for row in rows:
        sizes[round(row.y1 - row.y0)] += len(row.get_text())
    return sizes.most_common(1)[0][0] if sizes else 0


def _ends_paragraph(
    row: Any,
    following: Any,
    text: str,
    every: list[Any],
    everywhere: list[Any],
    pitches: dict[int, float],
    body_size: int,
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
    if not pitch and pitches:
        # A size seen too seldom to show its own pitch (a grid of names, each line a box of
        # its own): the nearest size's, in proportion.
        near = min(pitches, key=lambda size: abs(size - round(tall)))
        pitch = pitches[near] * round(tall) / near if near else 0.0
    if pitch and row.y0 - following.y0 > pitch * PARAGRAPH_SPACING:
        return True
    # Lines of another size spaced wider, for their size, than the text's lines are: entries
    # set apart (a grid of names), not the lines of a paragraph.
    text_pitch = pitches.get(body_size, 0.0)
    if (
        pitch
        and text_pitch
        and round(tall) != body_size
        and round(tall)
        and pitch / round(tall) > text_pitch / body_size * PARAGRAPH_SPACING
        and not following.get_text().lstrip()[:1].islower()
        and not following.get_text().lstrip()[:1].isdigit()
    ):
        return True
    nxt = following.get_text().lstrip()
    if _LETTER_LABEL.match(nxt):
        return True  # "cc: …", "Encl.: …", "P.S. …" each start a line of their own
    if re.search(r"\w-$", text.rstrip()) or (nxt[:1].islower()):
        return False
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
        # (Its edge is where its lines end, not the gutter beside it.)
        return bool(row.x1 < min(edge, far) - JUSTIFIED_SLACK * 2)
    if row.x1 < edge - (edge - row.x0) * SHORT_LINE:
        return True
    # Ragged right: the next line's first word would have fitted at the end of this one, so
    # this one was ended, not wrapped (two long signatory lines one under the other).
    # (The edge: where lines of its size in its column end at the furthest; a title in
    # larger type may reach further.)
    # (Lines in the text's size count too: a list of short names in smaller type stands in
    # a column as wide as the text's.)
    text_size = body_size
    alike_everywhere = [x.x1 for x in whole if round(x.y1 - x.y0) in (round(tall), text_size)]
    word = _first_word_width(following)
    if len(alike_everywhere) < FEW_LINES:
        # Too few lines of its size to show their edge (a grid of names): the next column
        # beside it bounds it, less a gutter of a few spaces.
        if not beside or word is None:
            return False
        return bool(word + 2 * _space_width(row) < min(beside) - 4 * _space_width(row) - row.x1)
    right = min(edge, max(alike_everywhere))
    if not beside:
        # Nothing beside it: a column of short lines (names) reaches as far right as the
        # text running across the page above or below it.
        right = max([right] + [x.x1 for x in every if x.x0 < row.x0 - COLUMN_SLACK < x.x1])
    room = right - row.x1
    return word is not None and word + 2 * _space_width(row) < room


def _first_word_width(line: Any) -> float | None:
    """The width of a text line's first word, from its characters' boxes."""
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar)]
    start = next((c for c in chars if c.get_text().strip()), None)
    if start is None:
        return None
    end = start
    for c in chars[chars.index(start) :]:
        if not c.get_text().strip():
            break
        end = c
    return float(end.x1 - start.x0)


def _space_width(line: Any) -> float:
    """About a space's width in a line's type: a quarter of its height."""
    return float(line.y1 - line.y0) * 0.25


def _across_pages(paragraphs: list[tuple[int, str, bool]]) -> list[str]:
    """Paragraphs with one cut by a page or column break, or laid out in two blocks (a
    numbered item's hanging indent), put together again: one ends with no sentence
    punctuation and the next goes on in lower case — or in capitals or figures, where the
    first reads as a sentence and its last line could not have held the next word (wrapped
    there: "… with the Combined" / "Authority", "… on 20 May" / "2025, has …")."""
    out: list[tuple[int, str, bool]] = []
    for page, text, cut in paragraphs:
        if (
            out
            and page in (out[-1][0], out[-1][0] + 1)
            and not re.search(r"[.!?:;\"”’)]$", out[-1][1])
            and (text[:1].islower() or (out[-1][2] and text[:1].isalnum() and _prose(out[-1][1])))
            and not _LETTER_LABEL.match(text)
        ):
            before = out[-1][1]
            # A word broken by a hyphen at the cut ("accountabil-" / "ity") is one again.
            joined = f"{before[:-1]}{text}" if re.search(r"\w-$", before) else f"{before} {text}"
            out[-1] = (page, joined, cut)
            continue
        out.append((page, text, cut))
    return [text for _, text, _ in out]


def _prose(text: str) -> bool:
    """Whether a paragraph reads as a sentence, not a name or a heading: eight words or more,
    at least two in five of them in lower case ("… are ready to work with the Combined", not
    "Prof. Ilse Marchetti, Faculty of Law, University of Veranza")."""
    words = text.split()
    return len(words) >= 8 and sum(w[:1].islower() for w in words) >= 0.4 * len(words)


def _cut_before(last: Any, first: Any, everywhere: list[Any]) -> bool:
    """Whether a paragraph's last line was cut by the column's or page's end, not ended: the
    next block's first word would not have fitted after it, before its column's right edge
    (where lines of its size, starting where it starts, end at the furthest)."""
    size = round(last.y1 - last.y0)
    alike = [
        x.x1
        for x in everywhere
        if abs(x.x0 - last.x0) < COLUMN_SLACK and round(x.y1 - x.y0) == size
    ]
    word = _first_word_width(first)
    if len(alike) < FEW_LINES or word is None:
        return False
    if round(first.y1 - first.y0) != round(last.y1 - last.y0):
        return False  # a title over the text, a heading over a paragraph
    return bool(last.x1 + word + 2 * _space_width(last) > max(alike))


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
