"""Filters stated plainly in a question: "statements from 2024", "since March 2023",
"what did the Tudeh Party sign about prisoners"."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .entities import EntityIndex
from .parsing import parse_date

_MONTHS = "january february march april may june july august september october november december"
_MONTH_NUM = {m: i for i, m in enumerate(_MONTHS.split(), 1)}
_MONTH = r"(?P<month>" + "|".join(_MONTH_NUM) + r")"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_BETWEEN = re.compile(
    r"\b(?:between|from)\s+(?P<a>(?:19|20)\d{2})\s+(?:and|to|until|-)\s+(?P<b>(?:19|20)\d{2})\b",
    re.I,
)
_SINCE = re.compile(r"\b(?:since|after|from)\s+(?:" + _MONTH + r"\s+)?" + _YEAR + r"\b", re.I)
_BEFORE = re.compile(
    r"\b(?:before|until|till|up\s+to)\s+(?:" + _MONTH + r"\s+)?" + _YEAR + r"\b", re.I
)
_IN = re.compile(r"\b(?:in|during|of|from)\s+(?:" + _MONTH + r"\s+)?" + _YEAR + r"\b", re.I)
# "on International Women's Day 2020", "on May Day 2024": a named day of a year.
_ON_DAY = re.compile(r"\b(?i:on)\s+(?:[A-Z][\w'’]*\s+){1,5}" + _YEAR + r"\b")
_SIGNING = re.compile(
    r"\b(?:sign\w*|co-?sign\w*|say|says|said|wr[io]te|written|write|endors\w*|issu\w*|"
    r"publish\w*|put\s+out|statements?\s+(?:by|of|from)|letters?\s+(?:by|of|from))\b",
    re.I,
)
# "What did X demand …", "How has X responded …": X is the question's subject, and what it
# did is in its own statements.
_SUBJECT = re.compile(
    r"^\s*(?:what|how|why|when|where|which)(?:\s+[\w'’-]+){0,5}?\s+"
    r"(?:did|does|do|has|have|had|will|would)\s+(?:the\s+)?",
    re.I,
)
_ORG_METHODS = {"exact", "normalised", "alias", "acronym", "structural"}


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions on which statements may answer."""

    organisation: str | None = None  # a canonical organisation name
    since: dt.date | None = None
    until: dt.date | None = None
    from_question: bool = False  # read from the question rather than given as options
    # "Who wrote the open letter to X?": only the statements addressed to X.
    addressed: bool = False

    @property
    def active(self) -> bool:
        """True when anything is restricted."""
        return bool(self.organisation or self.since or self.until)

    @property
    def dated(self) -> bool:
        """True when a date range restricts the statements."""
        return bool(self.since or self.until)

    def admits(self, date: dt.date | None) -> bool:
        """Whether a statement of this date passes the date range (an undated one does only
        when no range is set)."""
        if not self.dated:
            return True
        return date is not None and (self.since or dt.date.min) <= date <= (
            self.until or dt.date.max
        )

    def describe(self) -> str:
        """A short phrase for people: "signed by X, 2024-01-01 to 2024-12-31"."""
        parts = []
        if self.organisation:
            parts.append(f"naming {self.organisation}")
        if self.since and self.until:
            parts.append(f"dated {self.since.isoformat()} to {self.until.isoformat()}")
        elif self.since:
            parts.append(f"dated {self.since.isoformat()} or later")
        elif self.until:
            parts.append(f"dated {self.until.isoformat()} or earlier")
        return ", ".join(parts)


def parse_when(text: str, *, end: bool = False) -> dt.date | None:
    """A date option: "2024", "2024-03", "2024-03-08" or "March 8, 2024"; `end` picks the last
    day of a year or month."""
    text = text.strip()
    if re.fullmatch(r"(?:19|20)\d{2}", text):
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{1,2})", text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, last if end else 1)
        return None
    return parse_date(text)


def _span(year: str, month: str | None) -> tuple[dt.date, dt.date]:
    y = int(year)
    if month:
        m = _MONTH_NUM[month.lower()]
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def dates_in(question: str) -> tuple[dt.date | None, dt.date | None, str]:
    """(since, until, the question without the date phrase) for a date range stated in it."""
    m = _BETWEEN.search(question)
    if m:
        since, until = dt.date(int(m["a"]), 1, 1), dt.date(int(m["b"]), 12, 31)
        return since, until, _cut(question, m)
    m = _SINCE.search(question)
    if m and not m.group(0).lower().startswith("from"):
        return _span(m["year"], m["month"])[0], None, _cut(question, m)
    m = _BEFORE.search(question)
    if m:
        return None, _span(m["year"], m["month"])[0] - dt.timedelta(days=1), _cut(question, m)
    for m in (*_IN.finditer(question), *_ON_DAY.finditer(question)):
        if not _asks_about_dates(question, m):
            continue  # "the strike of 2022", "closed in 2023": the year is the topic's
        since, until = _span(m["year"], m.groupdict().get("month"))
        if m.re is _ON_DAY:
            # The day's name stays: it says what the question is about.
            return since, until, (question[: m.start("year")] + question[m.end("year") :]).strip()
        return since, until, _cut(question, m)
    return None, None, question


# What makes "in 2024" a filter on statements: a statement or a saying before it.
_DATED_THING = re.compile(
    r"\b(?:statements?|letters?|appeals?|declarations?|resolutions?|communiqu[eé]s?|"
    r"press\s+releases?|messages?|texts?|documents?|calls?|sign\w*|co-?sign\w*|say|says|"
    r"said|wr[io]te|written|write|endors\w*|issu\w*|publish\w*|put\s+out|adopted|released|"
    r"dated|declared?|call(?:ed)?|ask(?:ed)?|demand(?:ed)?|propos(?:e|ed)|announced?|urged?|"
    r"warned?|condemned?|express(?:ed)?)\b",
    re.I,
)


def _asks_about_dates(question: str, m: re.Match[str]) -> bool:
    """Is "in/from YEAR" about when statements were made ("What did unions say in 2024",
    "statements from 2024") rather than part of the topic ("the strike of 2022", "the
    shelters closed in 2023")?"""
    if m.group(0).lower().startswith("of"):
        return False
    before = question[max(0, m.start() - 60) : m.start()]
    # "In 2024, what did they say …": a year that opens the question sets its scope.
    return bool(_DATED_THING.search(before)) or m.start() == 0


def organisation_in(
    question: str, entities: EntityIndex, *, subject: bool = True
) -> tuple[str | None, str]:
    """(canonical name, question without it) when the question asks what a named organisation
    signed, wrote or said, what it did ("What did X demand …"), or when the question is
    nothing but a name ("Tudeh Party"). The question's subject wins ("What did the CPL (M-L)
    say about the Communist Party of Lindaria"), then the longest name that resolves for
    sure. With `subject` false, a subject counts only with a verb of saying or signing."""
    whole = question.strip(" \t?.!\"'“”")
    if whole and len(whole.split()) <= 10:
        found = entities.resolve(whole, suggest=False)
        if found.entity is not None and found.method in _ORG_METHODS:
            return found.entity.name, ""
    signing = bool(_SIGNING.search(question))
    opening = _SUBJECT.match(question)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[\w'’\-]+", question)]
    if opening is not None and (subject or signing):
        starts = [i for i, (a, _) in enumerate(spans) if a == opening.end()]
        named = _longest_name(question, spans, starts, entities)
        if named is not None:
            return named
    if not signing:
        return None, question
    named = _longest_name(question, spans, range(len(spans)), entities)
    return named if named is not None else (None, question)


def _longest_name(
    question: str,
    spans: list[tuple[int, int]],
    starts: Iterable[int],
    entities: EntityIndex,
) -> tuple[str, str] | None:
    """The longest run of words (up to 8), starting at one of `starts`, that names one
    organisation for sure — one that signed, wrote or was addressed in some statement."""
    starts = list(starts)
    for size in range(min(8, len(spans)), 0, -1):
        for i in starts:
            if i + size > len(spans):
                continue
            a, b = spans[i][0], spans[i + size - 1][1]
            if b < len(question) and question[b] == ")":
                b += 1  # "CPL (M-L)"
            phrase = question[a:b]
            if size == 1 and not re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", phrase):
                continue  # a single word only as an acronym ("WFDY")
            if phrase.lower() in ("the", "party", "communist party"):
                continue
            found = entities.resolve(phrase, suggest=False)
            if found.entity is not None and found.method in _ORG_METHODS and found.entity.parties:
                rest = (question[:a] + question[b:]).replace("  ", " ")
                return found.entity.name, rest
    return None


# The name itself is case-sensitive (capitalised words); the words around it are not.
_NAME = r"(?P<name>[A-Z][\w'’&.\-]*(?:\s+(?:of|for|and|the|in|de|[A-Z][\w'’&.\-]*))*?)"
_NAMED = (
    re.compile(
        r"\b(?i:what|which\s+\w+|how\s+\w+)\s+(?i:did|does|do|has|have)\s+(?i:the\s+)?"
        + _NAME
        + r"\s+(?i:sign|co-?sign|say|write|endorse|issue|publish|put\s+out)\b"
    ),
    re.compile(
        r"\b(?i:statements?|letters?)\s+(?i:signed\s+)?(?i:by|from|of)\s+(?i:the\s+)?"
        + _NAME
        + r"(?=\s+(?i:about|on|in|since|before|after|from|during)\b|\s*[?.!]?\s*$)"
    ),
)


_ADDRESSED = re.compile(
    r"\b(?:(?:letter|message|appeal|greetings?|statement|reply|answer)\s+(?:sent\s+)?to|"
    r"addressed\s+to|written\s+to|wrote\s+to|sent\s+to)\s+(?:the\s+)?$",
    re.I,
)


def addressed_to(question: str, rest: str) -> bool:
    """Whether the organisation cut out of `question` (leaving `rest`) is the one addressed:
    "the open letter to X", "who wrote to X"."""
    cut = next((i for i, (a, b) in enumerate(zip(question, rest, strict=False)) if a != b), None)
    if cut is None:
        return False
    # The cut may have taken "to the" with the name.
    removed = question[cut : cut + len(question) - len(rest)]
    lead = re.match(r"(?:(?:to|the)\s+)*", removed, re.I)
    return bool(_ADDRESSED.search(question[:cut] + (lead.group(0) if lead else "")))


def named_organisation(question: str) -> str | None:
    """The name in "what did X sign/say …" or "statements by X …", whether or not it is known,
    so that an unknown one can be reported instead of silently ignored."""
    for pattern in _NAMED:
        m = pattern.search(question)
        if m:
            return m["name"].strip(" .")
    return None


def _cut(question: str, m: re.Match[str]) -> str:
    return (question[: m.start()] + question[m.end() :]).strip()
