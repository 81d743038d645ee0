"""What reading a page, a PDF and a Word file share: the result (`Extracted`), the refusal
(`NotAStatement`), lines cleaned and keyed, press-release marks, datelines, a letter's subject
line."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..errors import UndersignedError
from ..parsing.dates import dateline, find_date


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


_RELEASE = re.compile(
    r"^(?:for\s+immediate\s+release|embargoed\s+until\b.*|(?:press|media|news)\s+release|"
    r"comunicato\s+stampa|communiqu[ée]\s+de\s+presse|pressemitteilung|presseerkl[äa]rung|"
    r"nota\s+de\s+prensa|comunicado\s+de\s+prensa|nota\s+[àa]\s+imprensa|persbericht|"
    r"nota\s+[àa]\s+comunica[çc][ãa]o\s+social|nota\s+de\s+imprensa|"
    r"pressmeddelande|pressemeddelelse|komunikat\s+prasowy|tiskov[áa]\s+zpr[áa]va)\s*:?$",
    re.I,
)


_END_MARK = re.compile(r"^(?:-+\s*ends?\s*-+|ends|#{3}|- ?30 ?-|\*\*\*)$", re.I)


def _without_pull_quotes(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines without a pull-quote: a line of ten words or more whose words all stand, in
    order, within another, longer line — whole, or cut in at most three pieces (a sentence of
    the text set apart in large type, shortened with an ellipsis or without one)."""
    words = [re.findall(r"\w+", x.casefold()) for x in lines]
    sets = [set(w) for w in words]
    return tuple(
        line
        for i, line in enumerate(lines)
        if not 10 <= len(words[i]) <= 60  # (a pull-quote is a sentence or two)
        or not any(
            j != i
            and len(other) > len(words[i])
            and sets[i] <= sets[j]
            and _pieces(words[i], other) <= 3
            for j, other in enumerate(words)
        )
    )


def _pieces(quote: list[str], text: list[str]) -> int:
    """In how many runs of consecutive words `quote` stands, in order, in `text` (a large
    number when it does not)."""
    position, pieces, last = 0, 0, -2
    for word in quote:
        try:
            found = text.index(word, position)
        except ValueError:
            return 1_000
        pieces += found != last + 1
        last, position = found, found + 1
    return pieces


def _press_release(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A press release's own marks out: "FOR IMMEDIATE RELEASE" at its head, and its end
    mark ("ENDS", "###", "-30-") with everything after it (notes to editors, contacts); with
    no end mark, a press contact block that ends it ("Media contact" over a name, a
    telephone number and an address: short lines only)."""
    out = [x for x in lines[:3] if not _RELEASE.match(x.strip())] + list(lines[3:])
    for i, line in enumerate(out):
        if _END_MARK.match(line.strip()) and i >= 2:
            return tuple(out[:i])
    for i in range(max(2, len(out) - 8), len(out)):
        if _PRESS_CONTACT.match(out[i].strip()) and all(len(x.split()) <= 15 for x in out[i + 1 :]):
            return tuple(out[:i])
    return tuple(out)


# The head of a press contact block.
_PRESS_CONTACT = re.compile(
    r"^(?:(?:media|press)\s+(?:contacts?|enquiries|inquiries)|contacts?\s+(?:for\s+)?"
    r"(?:the\s+)?(?:media|press)|for\s+(?:more|further)\s+information|contact\s+presse|"
    r"pressekontakt|contacto\s+de\s+prensa|contatto\s+stampa|perscontact)\s*:?$",
    re.I,
)


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


def extract_text(data: bytes) -> Extracted:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotAStatement(
            f"The file is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."
        ) from exc
    return Extracted("text", tuple(line for line in text.splitlines()))


def _dateline_date(line: str) -> dt.date | None:
    """The date of a line that is only a date with a few words ("Published 4 April 2025",
    "Brisk, 3 May 2026")."""
    found = find_date(line)
    if found is None:
        return None
    rest = (line[: found[1]] + line[found[2] :]).strip(" ,.-–—:|")
    return found[0] if len(rest.split()) <= 4 else None


def _is_dateline(line: str) -> bool:
    found = find_date(line)
    return found is not None and len(line) < 80


# The statement speaking for itself ("We, the member associations …", "nous demandons"): a
# text under the headline in its voice is its opening, not the site's summary of it.
_OWN_VOICE = re.compile(r"(?i)\b(?:we|nous|wir|nosotros|nosotras|noi|nós|wij|vi|biz|εμείς)\b")

# A letter's addressee under its title ("To the members of the City Council") is the letter's.
_RECIPIENT = re.compile(r"(?i)^(?:to\b|à\s|an\s+(?:die|den|das)\b|aan\s)")

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


def _leading_dateline(lines: list[str]) -> dt.date | None:
    """The date of a dateline standing alone above the text ("Eastport, 20 May 2025", "Joint
    statement - Port Sennick, 22 May 2025"): among the first eight lines (a letter's
    addresses may come first), before the first
    paragraph of prose (twenty words or more; a subtitle may come first)."""
    found = _leading_dateline_at(lines)
    return found[0] if found else None


def _without_leading_dateline(lines: list[str]) -> tuple[list[str], dt.date | None]:
    """The lines without a dateline standing alone above the text that names more than the
    place ("Joint statement - Port Sennick, 22 May 2025"), and its date: the statement parser
    would read it as a paragraph. A plain one ("Eastport, 20 May 2025") stays in the text,
    where the parser reads it as the date; a dateline opening the first paragraph stays too."""
    found = _leading_dateline_at(lines)
    if found is None:
        return lines, None
    date, i = found
    line = lines[i]
    if (
        len(line.split()) <= 12
        and not line.rstrip().endswith((".", ":"))
        and dateline(line) is None
    ):
        return [*lines[:i], *lines[i + 1 :]], date
    return lines, date


def _leading_dateline_at(lines: list[str]) -> tuple[dt.date, int] | None:
    """`_leading_dateline`'s date and the line it stands on."""
    for i, line in enumerate(lines[:8]):
        if len(line.split()) >= 20:
            return None
        found = dateline(line)
        if found is None and len(line.split()) <= 12 and not line.rstrip().endswith("."):
            hit = find_date(line)
            found = hit[0] if hit else None
        if found is not None:
            return found, i
    return None
