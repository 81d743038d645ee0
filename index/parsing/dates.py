"""Dates: reading a date written in any common form, and telling a dateline ("Portmere, 21 June
2025", "Adopted in Portmere on 9 October 2022") from a sentence that merely mentions a date."""

from __future__ import annotations

import datetime as dt
import re

# Month names in English, French, Spanish, Portuguese, Italian, German and Dutch (accents
# optional).
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            (
                "january",
                "jan",
                "janvier",
                "enero",
                "janeiro",
                "gennaio",
                "januar",
                "jänner",
                "januari",
            ),
            (
                "february",
                "feb",
                "février",
                "fevrier",
                "febrero",
                "fevereiro",
                "febbraio",
                "februar",
                "februari",
            ),
            ("march", "mar", "mars", "marzo", "março", "marco", "märz", "maerz", "maart"),
            ("april", "apr", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maio", "maggio", "mei"),
            ("june", "jun", "juin", "junio", "junho", "giugno", "juni"),
            ("july", "jul", "juillet", "julio", "julho", "luglio", "juli"),
            ("august", "aug", "août", "aout", "agosto", "augustus"),
            (
                "september",
                "sep",
                "sept",
                "septembre",
                "septiembre",
                "setembro",
                "settembre",
                "setiembre",
            ),
            ("october", "oct", "octobre", "octubre", "outubro", "ottobre", "oktober"),
            ("november", "nov", "novembre", "noviembre", "novembro"),
            (
                "december",
                "dec",
                "décembre",
                "decembre",
                "diciembre",
                "dezembro",
                "dicembre",
                "dezember",
            ),
        ],
        start=1,
    )
    for m in names
}
# Polish, Czech, Swedish, Danish, Norwegian and Turkish (the forms a date prints: "3 marca
# 2025", "18. března 2025", "12 maj 2026", "4 Mart 2025").
_MONTHS.update(
    {
        m: i
        for i, names in {
            1: ("stycznia", "styczeń", "styczen", "ledna", "leden", "ocak"),
            2: ("lutego", "luty", "února", "unora", "únor", "unor", "şubat", "subat"),
            3: ("marca", "marzec", "března", "brezna", "březen", "brezen", "marts", "mart"),
            4: ("kwietnia", "kwiecień", "kwiecien", "dubna", "duben", "nisan"),
            5: ("maja", "maj", "května", "kvetna", "květen", "kveten", "mayıs", "mayis"),
            6: ("czerwca", "czerwiec", "června", "cervna", "červen", "cerven", "haziran"),
            7: ("lipca", "lipiec", "července", "cervence", "červenec", "cervenec", "temmuz"),
            8: (
                "sierpnia",
                "sierpień",
                "sierpien",
                "srpna",
                "srpen",
                "augusti",
                "ağustos",
                "agustos",
            ),
            9: ("września", "wrzesnia", "wrzesień", "wrzesien", "září", "zari", "eylül", "eylul"),
            10: (
                "października",
                "pazdziernika",
                "październik",
                "pazdziernik",
                "října",
                "rijna",
                "říjen",
                "rijen",
                "ekim",
            ),
            11: ("listopada", "listopad", "listopadu", "kasım", "kasim"),
            12: (
                "grudnia",
                "grudzień",
                "grudzien",
                "prosince",
                "prosinec",
                "desember",
                "aralık",
                "aralik",
            ),
        }.items()
        for m in names
    }
)
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = [
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    # "3 June 2025", "3rd of June, 2025", "le 3 avril 2024", "8 de julho de 2025",
    # "3. Oktober 2024", "1er mai 2025", "1º de maio".
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s+(?:of\s+|de\s+|di\s+)?"
        + _MONTH
        + r",?\s+(?:de\s+|del\s+)?(?P<year>\d{4})\b",
        re.I,
    ),
    re.compile(r"\b(?P<year>\d{4})[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    # 14.02.2023, 14/02/2023: day first, as in most of the world (month first only when the
    # first number cannot be a month's day... and the second cannot be a month).
    re.compile(r"(?<![\d.])(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<year>\d{4})(?![\d.])"),
    # 18. 2. 2025: Czech, Slovak, Polish and German print spaces after the dots.
    re.compile(r"(?<![\d.])(?P<a>\d{1,2})\.\s(?P<b>\d{1,2})\.\s(?P<year>\d{4})(?![\d.])"),
]
# Words a dateline may carry besides the date and a place: "Adopted in Portmere on …".
_DATELINE_VERBS = (
    r"adopted|released|issued|published|signed|dated|done|made|approved|sent|written|posted|"
    r"updated|date|place|agreed|endorsed|passed|read|delivered|presented|distributed|"
    r"launched|first\s+published|originally\s+published|last\s+updated|le|el|il|am|den|"
    r"fait|hecho|feito|fatto|adopt[ée]e?|adoptado|aprobado|approvato|firmado|sign[ée]"
)
_DATELINE_START = re.compile(
    r"^(?:(?:this\s+(?:statement|declaration|appeal|letter|resolution|call)\s+was\s+)?"
    r"(?:" + _DATELINE_VERBS + r")\b|on\b|at\b|in\b|from\b|for\s+immediate\s+release\b)",
    re.I,
)
# "We publish below the appeal sent out on 2 February 2025": a publication date in prose.
_PUBLISHED = re.compile(
    r"\b(?:publish(?:ed)?|issued|released|adopted|sent(?:\s+out)?|made\s+public|signed|dated|"
    r"approved|agreed|launched|circulated|distributed)\b[^.;:!?]{0,80}?\b(?:on|dated)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_PUBLISHING_WORD = re.compile(
    r"\b(?:publish|issued|released|adopted|sent|made\s+public|signed|dated|approved|agreed|"
    r"launched|circulated|distributed)",
    re.I,
)
_OF_A_TEXT_WORD = re.compile(
    r"\b(?:statement|communiqu|comunica|declara|d[eé]clara|dichiara|erkl[aä]r|appe|llamamiento|"
    r"aufruf|lett|carta|brief|resol|r[eé]sol)",
    re.I,
)
_SMALL = frozenset(
    # ("r." is Polish "roku", the year: "3 marca 2025 r.")
    "of the and in on at a an for by from le la de du des el il am den à a en em r. roku".split()
)


def parse_date(text: str) -> dt.date | None:
    """The first date written in `text` ("March 8, 2024", "8 March 2024", "2024-03-08",
    "08.03.2024", "08/03/2024": numbers are read day first unless that is impossible)."""
    found = find_date(text)
    return found[0] if found else None


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date in `text` with where it is written (start, end), or None."""
    best: tuple[dt.date, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            date = _date_of(m.groupdict(), text[: m.start()])
            if date is not None:
                if best is None or m.start() < best[1]:
                    best = (date, m.start(), m.end())
                break
    return best


# Weekday names (Monday first) in the languages above and Dutch, whole or shortened.
_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            "monday mon lundi lunes segunda lunedì lunedi montag maandag",
            "tuesday tue tues mardi martes terça terca martedì martedi dienstag dinsdag",
            "wednesday wed mercredi miércoles miercoles quarta mercoledì mercoledi mittwoch "
            "woensdag",
            "thursday thu thur thurs jeudi jueves quinta giovedì giovedi donnerstag donderdag",
            "friday fri vendredi viernes sexta venerdì venerdi freitag vrijdag",
            "saturday sat samedi sábado sabado sabato samstag zaterdag",
            "sunday sun dimanche domingo domenica sonntag zondag",
        ]
    )
    for name in names.split()
}
_WEEKDAY_BEFORE = re.compile(
    r"\b(?P<weekday>[^\W\d_]{3,12})\.?,?\s*(?:the\s+|le\s+|den\s+)?$", re.I
)


def _date_of(groups: dict[str, str | None], before: str = "") -> dt.date | None:
    try:
        if groups.get("a"):
            a, b = int(groups["a"] or 0), int(groups["b"] or 0)
            day, month = (b, a) if b > 12 >= a else (a, b)
            # "Tue, 03/11/2025": when both readings are dates, the weekday written before the
            # numbers tells day from month.
            named = _WEEKDAY_BEFORE.search(before[-20:])
            weekday = _WEEKDAYS.get(named.group("weekday").lower()) if named else None
            if weekday is not None and a <= 12 and b <= 12:
                year = int(groups["year"] or 0)
                for d, m in ((a, b), (b, a)):
                    if dt.date(year, m, d).weekday() == weekday:
                        day, month = d, m
                        break
        else:
            mnum, name = groups.get("mnum"), groups.get("month")
            month = int(mnum) if mnum else _MONTHS[(name or "").lower()]
            day = int(groups["day"] or 0)
        return dt.date(int(groups["year"] or 0), month, day)
    except (ValueError, KeyError):
        return None


def dateline(text: str) -> dt.date | None:
    """The date of a line that is a dateline and nothing else: a date, optionally with a place
    ("Portmere, 21 June 2025") or a short formula ("Adopted in Portmere on 9 October 2022",
    "Released on 12 July 2025."); None for prose that mentions a date."""
    found = find_date(text)
    if found is None:
        return None
    date, start, end = found
    rest = (text[:start] + " " + text[end:]).strip()
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    if len(words) > 12:
        return None
    if not words:
        return date
    significant = [w for w in words if w.lower() not in _SMALL]
    if _DATELINE_START.match(rest) and len(words) <= 10:
        return date
    # A place: capitalised words only ("Portmere", "Port Ellis, Zembla", "Portmere –").
    if len(significant) <= 5 and all(w[:1].isupper() for w in significant):
        return date
    return None


_OF_A_TEXT = re.compile(
    r"\b(?:statement|communiqu[eé]|comunicado|comunicato|declaration|d[eé]claration|"
    r"declaraci[oó]n|dichiarazione|erkl[aä]rung|appeal|appel|llamamiento|appello|aufruf|letter|"
    r"lettre|carta|lettera|brief|resolution|r[eé]solution|resoluci[oó]n)\s+(?:of|du|del|de|"
    r"dated|vom|from)\s+(?:the\s+)?$",
    re.I,
)


def publication_date(text: str) -> dt.date | None:
    """A date the prose gives for the statement itself ("the appeal sent out on 2 February
    2025", "This statement was adopted on …"); not a date an event happened on."""
    if not _PUBLISHING_WORD.search(text) and not _OF_A_TEXT_WORD.search(text):
        return None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 120) : m.start()]
            if (_PUBLISHED.search(before) or _OF_A_TEXT.search(before)) and (
                date := _date_of(m.groupdict())
            ) is not None:
                return date
    return None
