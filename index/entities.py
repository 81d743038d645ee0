"""Organisations as entities: the spellings of one organisation across statements, and a
conservative matcher from what a person types to the entity they mean.

A wrong "yes, they signed" is the worst answer the bot can give, so the matcher walks from
strict to loose — exact, normalised, acronym, structural ("Iraqi Communist Party" is
"Communist Party of Iraq"; a country in brackets may be left out), then a typo inside a
distinctive word — and a different country or a different distinctive word is never the same
organisation. Anything ambiguous or unmatched returns suggestions instead of a guess.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import itertools
import logging
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .countries import COUNTRY_OF, DEMONYM_OF, country_at_end
from .models import Party, Role, Statement
from .names import _QUOTES, clean_display, name_key, split_acronym, text_key
from .names import initials as written_initials

log = logging.getLogger(__name__)

_LEADING_ARTICLES = frozenset(
    {
        "the",
        "die",
        "der",
        "das",
        "la",
        "le",
        "les",
        "el",
        "il",
        "lo",
        "de",
        "los",
        "las",
        "o",
        "os",
        "l",
    }
)
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&"})
# "of" in other languages ("Partido Comunista de Belanza", "Union des Femmes d'Aurelle").
_OF = frozenset(
    "in de del da do dos das di della dello delle dei degli du des d l der von vom".split()
)
_AND = frozenset({"y", "e", "et", "und", "i"})
# "International Relations of the X": a department writing for its organisation X.
_UNITS = (
    r"(?:(?:international|foreign|external)\s+(?:relations|affairs|department|"
    r"secretariat|bureau|section|commission|committee)(?:\s+(?:department|section|committee|"
    r"secretariat|commission|office))?|"
    r"international\s+department|central\s+committee|central\s+council|political\s+bureau|"
    r"politburo|political\s+committee|executive\s+(?:committee|board|bureau|council)|"
    r"national\s+(?:executive\s+committee|committee|council|executive|secretariat|board|"
    r"bureau|leadership|coordination|presidium)|federal\s+(?:committee|council|executive|board)|"
    r"steering\s+committee|coordinating\s+committee|general\s+council|"
    r"press\s+(?:office|department|service|secretariat)|information\s+(?:office|department)|"
    r"(?:youth|women'?s|women’s|students'?|international)\s+(?:bureau|section|secretariat|"
    r"commission|department|committee|wing)|"
    r"(?:general\s+|national\s+|federal\s+)?secretariat|presidium|leadership|"
    r"comit[eé]\s+(?:central|ejecutivo|executivo|ex[eé]cutif|nacional|national|federal)|"
    r"comitato\s+(?:centrale|esecutivo|nazionale|direttivo)|"
    r"comiss[aã]o\s+(?:executiva|pol[ií]tica)(?:\s+nacional)?|"
    r"(?:secr[eé]tariat|secretariado|secretar[ií]a|segreteria|sekretariat)"
    r"(?:\s+(?:international|internacional|internazionale|national|nacional|nazionale|"
    r"g[eé]n[eé]ral|general|federal|confederal))?|"
    r"(?:bureau|bur[oó])\s+(?:national|politique|f[eé]d[eé]ral|conf[eé]d[eé]ral|pol[ií]tico)|"
    r"direcci[oó]n\s+nacional|dire[cç][aã]o\s+nacional|direzione\s+nazionale|"
    r"ejecutiva\s+(?:federal|nacional|confederal)|consejo\s+(?:nacional|federal|confederal)|"
    r"conseil\s+(?:national|f[eé]d[eé]ral|conf[eé]d[eé]ral)|consiglio\s+(?:nazionale|generale)|"
    r"(?:bundes|partei|landes|haupt)?vorstands?|zentralkomitee|pr[aä]sidium|"
    r"party\s+executive|coordinamento(?:\s+\w+)?|parliamentary\s+(?:group|fraction|caucus)|"
    r"(?:coordinating|coordination|organi[sz]ing|steering|working|action)\s+(?:group|team|"
    r"assembly|council)|"
    r"(?:secretar[ií]a|secr[eé]tariat|segreteria|sekretariat|departamento|d[eé]partement|"
    r"dipartimento|abteilung|departament)\s+(?:de|des|di|dei|f[uü]r)\s+(?:relaciones|relations|"
    r"relazioni|rela[cç][oõ]es|internationale)(?:\s+\w+)?)"
)
_OF_UNIT = (
    r"(?:(?:of|del|de\s+la|de\s+los|de\s+las|des|du|de|della|dello|delle|dei|degli|di|do|da|"
    r"dos|das|der)(?=\s)|(?:de\s+l|d|dell)['’])"
)
_UNIT_WORDS = frozenset(
    "party union federation movement committee council front league alliance association "
    "congress organisation network coalition group forum department section bureau office "
    "secretariat commission".split()
)
_SUBUNIT = re.compile(
    r"^(?:the\s+)?(?:"
    + _UNITS
    + r"|(?:[\w'’-]+\s+){1,3}(?:branch|chapter|local|district|regional)"
    + r"(?:\s+(?:committee|bureau|executive|secretariat|office))?)\s+"
    + _OF_UNIT
    + r"\s*(?:the\s+)?",
    re.I,
)
# "X, Executive Committee", "X – Central Committee", "X (International Department)".
_BRANCH = (
    r"(?:[\w'’-]+\s+){0,3}(?:branch|chapter|local|district|region|regional|section)"
    r"(?:\s+(?:committee|council|bureau|executive|secretariat|office))?"
)
_SUBUNIT_AFTER = re.compile(
    r"\s*(?:[,–—-]\s*(?:the\s+)?(?:"
    + _UNITS
    + "|"
    + _BRANCH
    + r")|\(\s*(?:the\s+)?"
    + _UNITS
    + r"\s*\))\s*$",
    re.I,
)
_SUBUNIT_BEFORE = re.compile(
    r"^(?:the\s+)?(?:" + _UNITS + "|" + _BRANCH + r")(?:\s+department)?\s*[,–—:]\s*", re.I
)


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name taken apart: its significant words, its country and any acronym."""

    core: tuple[str, ...]
    country: str | None
    acronym: str | None
    stem: str  # the name as written, minus a sub-unit prefix, a leading "the" and qualifiers
    display: str  # the name as written, minus a sub-unit prefix and a leading "the"
    qualifier: str | None = None  # an unknown place in brackets or after a comma, lower case
    translation: str | None = None  # "Partido Comunista de X (Communist Party of X)"
    bracketed: bool = False  # the qualifier was in brackets ("(Marxist-Leninist)"), not ", Town"

    @property
    def core_key(self) -> str:
        """The significant words joined."""
        return " ".join(self.core)

    @property
    def words(self) -> tuple[str, ...]:
        """Core words followed by the country's words."""
        return self.core + (tuple(self.country.split()) if self.country else ())


# One organisation written in British or American spelling, with "&" or "and".
_SPELLING = {
    "labor": "labour",
    "organization": "organisation",
    "organizations": "organisations",
    "center": "centre",
    "defense": "defence",
    "program": "programme",
    "&": "and",
    "st": "saint",
    "womens": "women",
    "peoples": "people",
}


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\b([dl])'(?=\w)", r"\1 ", text).replace("'", "")
    text = re.sub(r"(?<=\w)'s\b", "", text.replace("&", " and "))
    return [_SPELLING.get(w, w) for w in re.split(r"[\W_]+", text) if w]


# "(supporting organisation)", "(in formation)": a note after a name, no part of it.
_ANNOTATION = re.compile(
    r"\s*\((?:[a-z][^()]*\s)?(?:supporting|observer|observers|formation|capacity|organi[sz]ation|"
    r"member|members|affiliate|invited|tbc|confirmed|pending|signing|signed)(?:\s[^()]*)?\)\s*$"
)


# Analyses made by an earlier build and stored beside its statements (see `known_analyses`),
# trusted only when made by this very code.
_KNOWN: dict[str, NameForm] = {}
ANALYSIS_VERSION = hashlib.sha256(
    b"".join(
        (Path(__file__).parent / f).read_bytes()
        for f in ("entities.py", "names.py", "countries.py")
    )
).hexdigest()[:16]


def analyse(name: str) -> NameForm:
    """Take a name apart (see `NameForm`). Memoised: a pure function of the text."""
    known = _KNOWN.get(name)
    return known if known is not None else _analyse(name)


def stored_analyses(names: Iterable[str]) -> dict[str, Any]:
    """What a build stores beside its statements: each name's analysis, as JSON, and the
    version of the code that made it."""
    return {
        "version": ANALYSIS_VERSION,
        "names": {name: list(dataclasses.astuple(analyse(name))) for name in names},
    }


def known_analyses(stored: Mapping[str, Any]) -> int:
    """Take in analyses a build stored (`stored_analyses`), unless another version of this
    code made them; how many were taken."""
    if not isinstance(stored, Mapping) or stored.get("version") != ANALYSIS_VERSION:
        return 0
    names = stored.get("names")
    if not isinstance(names, Mapping):
        return 0
    if len(_KNOWN) + len(names) > 4 * _MEMO_LIMIT:
        _KNOWN.clear()
    taken = 0
    for name, values in names.items():
        if name in _KNOWN or not isinstance(values, list) or len(values) != 8:
            continue
        core, country, acronym, stem, display, qualifier, translation, bracketed = values
        _KNOWN[name] = NameForm(
            tuple(core), country, acronym, stem, display, qualifier, translation, bool(bracketed)
        )
        taken += 1
    return taken


@functools.lru_cache(maxsize=65536)
def _analyse(name: str) -> NameForm:
    cleaned = _ANNOTATION.sub("", clean_display(name)) or clean_display(name)
    cleaned = _SUBUNIT_AFTER.sub("", cleaned) or cleaned
    cleaned = _SUBUNIT_BEFORE.sub("", cleaned) or cleaned
    unit_after_acronym = re.match(
        r"^(?P<acronym>[A-Z][A-Z0-9&]{1,11})\s+" + _UNITS + "$", cleaned, re.I
    )
    if unit_after_acronym and unit_after_acronym["acronym"].isupper():
        cleaned = unit_after_acronym["acronym"]
    display = re.sub(r"^the\s+", "", _SUBUNIT.sub("", cleaned), flags=re.I)
    text = unicodedata.normalize("NFKC", cleaned).translate(_QUOTES)
    text, acronym = split_acronym(text)
    country: str | None = None
    place: str | None = None
    translation: str | None = None
    in_brackets = False
    # Qualifiers in brackets or after a comma: "(Denmark)", ", Tunisia", "(CPR)", "(Zembla)".
    text = _SUBUNIT.sub("", text.strip()) or text
    # "NUSE – National Union of Seafarers of Eskara", "Zora – Democratic Youth Movement of
    # Drevnia": a short name or acronym, then the full name — two names of one organisation.
    short_long = re.match(r"^(?P<short>\S+(?:\s\S+)?)\s+[–—-]\s+(?P<long>.{8,})$", text.strip())
    if short_long and any(w in _TYPES for w in _tokens(short_long["long"])):
        translation = short_long["long"].strip()
        text = short_long["short"]
        if is_acronym_only(text) and acronym is None:
            acronym = re.sub(r"[^A-Za-z0-9]", "", text).upper()
    in_brackets = False
    for _ in range(2):
        m = re.search(r"\s*(?:\(([^()]*)\)|(?:,|\s[–—-])\s*([^,()–—]+))\s*$", text)
        if not m or not text[: m.start()].strip():
            break
        raw = (m.group(1) or m.group(2) or "").strip()
        qualifier = " ".join(_tokens(raw))
        if qualifier in COUNTRY_OF and country is None:
            country = COUNTRY_OF[qualifier]
        elif (
            m.group(1)
            and re.fullmatch(r"[A-Z][A-Za-z0-9.\-&]{1,11}", raw)
            and sum(c.isupper() for c in raw) >= 2
            and not is_acronym_only(text[: m.start()].strip())
            and _could_abbreviate(raw, text[: m.start()])
        ):
            acronym = acronym or re.sub(r"[^A-Za-z0-9]", "", raw).upper()
        elif (
            m.group(1)
            and translation is None
            and len(raw.split()) >= 2
            and raw[:1].isupper()
            and any(w in _TYPES for w in _tokens(raw))
        ):
            translation = raw  # the name in another language, said by the statement itself
        elif (
            raw[:1].isupper()
            and 1 <= len(raw.split()) <= 3
            and not any(w in _UNIT_WORDS for w in _tokens(raw))
            and (place is None or (m.group(1) and not in_brackets))
        ):
            # "X (Marxist-Leninist), Porto Lume": the bracket identifies, the town does not.
            place = qualifier
            in_brackets = bool(m.group(1))
        else:
            break
        text = text[: m.start()]
    stem = _SUBUNIT.sub("", text.strip())
    stem = re.sub(r"^the\s+", "", stem, flags=re.I).strip()
    words = _tokens(stem)
    while len(words) > 1 and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    words = [w for w in words if w != "the"]
    if country is None and len(words) >= 2 and words[0] in DEMONYM_OF:
        country = DEMONYM_OF[words[0]]
        words = words[1:]
    if country is None:
        found = country_at_end(words)
        if found is not None and found[0] >= 2 and words[found[0] - 1] in ("of", "in"):
            country = found[1]
            words = words[: found[0] - 1]
    words = ["of" if w in _OF else "and" if w in _AND else w for w in words]
    words = [w for w in words if w not in ("la", "le", "les", "el", "los", "las", "il", "lo")]
    if acronym is None and len(words) == 1 and re.fullmatch(r"[A-Z0-9]{2,10}", stem):
        acronym = stem
    if place is not None and country is None and place in DEMONYM_OF:
        country = DEMONYM_OF[place]
    return NameForm(
        tuple(words),
        country,
        acronym,
        stem or clean_display(name),
        display,
        place,
        translation,
        in_brackets,
    )


def _could_abbreviate(acronym: str, name: str) -> bool:
    """Could the bracketed capitals abbreviate the name before them? "(CPR)" after "Communist
    Party of Ruritania" yes; "(M-L)" after "Communist Party of Tiberune" no: a qualifier."""
    letters = re.sub(r"[^A-Za-z]", "", acronym).upper()
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _SMALL | _OF]
    return bool(letters and words) and letters[0] in {w[0].upper() for w in words}


def initials(form: NameForm, *, country: bool = False) -> str:
    """Initials of the significant core words ("world federation of democratic youth" -> WFDY),
    followed by the country's with `country` ("communist party" of "britain" -> CPB)."""
    words = form.words if country else form.core
    return "".join(w[0] for w in words if w not in _SMALL).upper()


# Words that say what kind of organisation it is, not which one: a name made only of these
# ("Communist Party", "Workers' Union") could be any of many organisations.
GENERIC_WORDS = frozenset(
    """party parties union unions federation confederation movement committee council front
    league alliance association congress organisation organisations network coalition
    collective group forum bloc centre syndicate assembly society institute foundation
    initiative platform campaign brigade caucus tendency circle club guild chamber bureau
    secretariat commission department office section branch chapter cooperative trust fund
    coordination youth young students student women womens woman workers worker working
    labour trade trades teachers nurses miners dockers farmers peasants tenants pensioners
    growers producers smallholders
    communist communists socialist socialists social democratic democrats democracy
    revolutionary progressive popular peoples people national international internationalist
    united unity independent free green greens left new red liberation independence peace
    solidarity rights action resistance republican republicans marxist leninist marxistleninist
    general central federal regional local of and for the in on against with city citizens
    human civil public service services employees staff general metal transport health
    education journalists writers artists lawyers women's antifascist anti fascist front
    ecological environmental climate justice equality freedom democratic-socialist
    dockworkers dock railway railworkers rail metalworkers metal bakers food textile
    garment doctors farmworkers fishers fishermen seafarers postal port builders
    construction agricultural landless residents retired unemployed housing miners
    engineers clerical civil servants academics scientists building harbour
    partido partito parti partei comunista communiste kommunistische kommunistischen
    socialista socialiste sozialistische sozialistischen socialdemocrata sozialdemokratische
    union unione uniao sindicato sindacato syndicat gewerkschaft gewerkschaftsbund
    federacion federacao federazione confederacion confederacao confederazione
    asociacion associacao associazione comite comitato comissao movimento movimiento
    mouvement frente fronte liga lega ligue consejo conseil consiglio rat
    trabajadores trabalhadores travailleurs lavoratori arbeiter arbeiterinnen obreros
    ouvriers operai metalurgicos metalurgicos metallurgistes metalmeccanici metallarbeiter
    maestros professores docentes enseignants insegnanti lehrer mujeres mulheres femmes
    donne frauen frauenverband jugend juventud juventude jeunesse gioventu estudiantes
    estudantes etudiants studenti studenten mineros mineiros mineurs minatori bergarbeiter
    campesinos camponeses paysans contadini bauern inquilinos locataires inquilini mieter
    nacional national nazionale nationale popular populaire popolare democratico
    democratica democratique demokratische obrero obrera ouvrier ouvriere arbeit trabajo
    travail lavoro trabalho generale generala unitaria unitario unitaire unitarie
    independiente independente indipendente unabhangige unabhangiger libre libera livre
    freie internacional internazionale internationale eisenbahner cheminots ferroviarios
    ferroviarias ferrovieri ferroviarios transporte transportes trasporti verkehr metall
    bergbau enseignement educacion sanidad salud sante sanita gesundheit""".split()
)


@dataclass(slots=True)
class Entity:
    """One organisation: every spelling of it, in every statement, with its role there, and
    why the spellings were grouped."""

    id: str
    form: NameForm
    parties: list[tuple[Statement, Party]] = field(default_factory=list)
    forms: list[NameForm] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    defined_acronyms: set[str] = field(default_factory=set)
    _name: str | None = None  # computed once the entity is complete

    @property
    def name(self) -> str:
        """The canonical name: the most used spelling of the organisation's own name."""
        if self._name is None:
            self._name = self._canonical()
        return self._name

    def _canonical(self) -> str:
        counts: dict[str, int] = {}
        for _, party in self.parties:
            display = analyse(party.as_written).display
            if is_acronym_only(display):
                continue
            counts[display] = counts.get(display, 0) + 1
        if not counts:
            return self.form.display
        return max(counts, key=lambda s: (counts[s], len(s.split()) >= 2, -len(s), s))

    @property
    def variants(self) -> list[str]:
        """Each distinct spelling as written."""
        return list(dict.fromkeys(p.as_written for _, p in self.parties))

    @property
    def keys(self) -> set[str]:
        """Normalised keys of every spelling."""
        return {p.key for _, p in self.parties}

    @property
    def acronyms(self) -> set[str]:
        """Acronyms written next to the name or defined for it in a text, or the name itself
        when it is one."""
        own = {
            a
            for _, p in self.parties
            if (f := analyse(p.as_written)).acronym
            and (a := f.acronym)
            and not (f.qualifier and f.bracketed and is_acronym_only(f.stem))  # "PCB (M-L)"
        }
        return own | self.defined_acronyms


@functools.lru_cache(maxsize=65536)
def is_acronym_only(text: str) -> bool:
    """A name that is only an acronym ("CPR", "Z.T.F.")."""
    compact = re.sub(r"[\s.]", "", text)
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,11}", compact)) and (
        sum(c.isupper() for c in compact) >= max(2, len(compact) - 2)
    )


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a typed name resolved to: an entity and how, or nothing and suggestions."""

    query: str
    entity: Entity | None
    method: str  # exact, normalised, alias, acronym, structural, name, fuzzy, ambiguous, none
    suggestions: tuple[str, ...] = ()


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (adjacent transpositions), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


class _Geography:
    """Countries: the built-in table, and those a collection names ("… of Ruritania",
    "(Zembla)"), with their demonyms ("Ruritanian")."""

    def __init__(self, countries: Iterable[str] = (), vocabulary: Iterable[str] = ()) -> None:
        self.countries = {c for c in countries if c and c not in COUNTRY_OF}
        self.vocabulary = frozenset(vocabulary)
        # Indexes built on first use, so that a word costs the same with 10 countries or 10,000:
        # country stems -> countries (demonyms), and one-letter deletions -> places (misspellings).
        self._stems: dict[str, list[str]] | None = None
        self._near: dict[str, set[str]] | None = None
        self._demonyms: dict[str, str | None] = {}
        self._spelled: dict[str, str] = {}

    def country(self, word: str) -> str | None:
        found = COUNTRY_OF.get(word) or (word if word in self.countries else None)
        if found is None and word.endswith("s") and word[:-1] in self.countries:
            found = word[:-1]  # a genitive: "Sozialistische Jugend Dornlands"
        return found

    def demonym(self, word: str) -> str | None:
        if word in DEMONYM_OF:
            return DEMONYM_OF[word]
        if len(word) < 5:
            return None
        if word in self._demonyms:
            return self._demonyms[word]
        if self._stems is None:
            stems: dict[str, set[str]] = {}
            for country in self.countries:
                for cut in range(0, 3):
                    stem = country[: len(country) - cut]
                    if len(country) >= 4 and len(stem) >= 4:
                        stems.setdefault(stem, set()).add(country)
            self._stems = {stem: sorted(found) for stem, found in stems.items()}
        found: str | None = None
        for cut in range(4, len(word)):
            for country in self._stems.get(word[:cut], ()):
                if word != country and _demonym_of(word, country):
                    found = country
                    break
            if found:
                break
        return _remember(self._demonyms, word, found)

    def is_place(self, word: str) -> bool:
        return self.country(word) is not None or self.demonym(word) is not None

    def spelled(self, word: str) -> str:
        """`word`, or the one country or demonym of the collection it misspells by a letter
        dropped, added or swapped (never one letter for another: "Kestria" is not "Vestria")."""
        if len(word) < 5 or word in GENERIC_WORDS or self.is_place(word):
            return word
        if word in self._spelled:
            return self._spelled[word]
        if self._near is None:
            near_index: dict[str, set[str]] = {}
            for place in {w for w in self.vocabulary if self.is_place(w)} | self.countries:
                for variant in _deletions(place, 1):
                    near_index.setdefault(variant, set()).add(place)
            self._near = near_index
        candidates = {p for v in _deletions(word, 1) for p in self._near.get(v, ())}
        near = [p for p in candidates if _dropped_or_swapped(word, p)]
        return _remember(self._spelled, word, near[0] if len(near) == 1 else word)


_MEMO_LIMIT = 50_000
_T = TypeVar("_T")
_K = TypeVar("_K")


def _remember(memo: dict[_K, _T], key: _K, value: _T) -> _T:
    """Store in a memo that never grows past _MEMO_LIMIT (questions bring new words forever)."""
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


def _deletions(word: str, depth: int) -> set[str]:
    """The word and every string made from it by deleting up to `depth` letters: two words one
    edit apart (a letter dropped, added, changed or two swapped) share one of these."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _demonym_of(word: str, country: str) -> bool:
    """ "ruritanian" of "ruritania", "zemblan" of "zembla", "valdorese" of "valdoria"."""
    if len(country) < 4 or word == country:
        return False
    for cut in range(0, 3):
        stem = country[: len(country) - cut]
        if len(stem) >= 4 and word.startswith(stem) and _DEMONYM_END.fullmatch(word[len(stem) :]):
            return True
    return False


def _demonym_targets(words: Iterable[str], candidates: Iterable[str]) -> set[str]:
    """The candidates that some other word of `words` is a demonym of: each word looked up by
    its prefixes in an index of the candidates' stems, not tried against every candidate."""
    stems: dict[str, list[str]] = {}
    for candidate in candidates:
        for cut in range(0, 3):
            stem = candidate[: len(candidate) - cut]
            if len(candidate) >= 4 and len(stem) >= 4:
                stems.setdefault(stem, []).append(candidate)
    found: set[str] = set()
    for word in words:
        for cut in range(4, len(word) + 1):
            for candidate in stems.get(word[:cut], ()):
                if word != candidate and _demonym_of(word, candidate):
                    found.add(candidate)
    return found


_DEMONYM_END = re.compile(r"(?:a|i|e|o)?(?:n|an|ian|ean|ese|i|ish|ic|ch|er|ite|ine|iot|ani)")
_SHAPE_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an"})


@dataclass(frozen=True, slots=True)
class _Shape:
    """A name reduced to what identifies it: its own words and its country."""

    core: tuple[str, ...]
    country: str | None

    @property
    def key(self) -> str:
        return " ".join(self.core) + "|" + (self.country or "")


# Abbreviated qualifiers written out: "(M-L)" is "(Marxist-Leninist)".
_QUALIFIER_SPELLING = {"m l": "marxist leninist", "ml": "marxist leninist"}


def _shape(form: NameForm, geo: _Geography) -> _Shape:
    """The words that identify an organisation, in any order ("Federation of Orvandan Women"
    and "Orvandan Women's Federation" are one), and its country, however it is written: "of
    X", "(X)", "X's", "Xian", or X as the first word; a country misspelt by a dropped, added or
    swapped letter is read as that country."""
    words = [geo.spelled(w) for w in form.core]
    country = form.country
    # The name's own country first ("… of Kestria", "Kestrian …"), then a qualifier.
    for index in range(len(words) - 2, 0, -1):
        if words[index] == "of" and (c := geo.country(words[index + 1])) and country in (None, c):
            country, words = c, words[:index] + words[index + 2 :]
            break
    if len(words) >= 2:
        for index, word in enumerate(words):
            edge = index in (0, len(words) - 1)
            c = geo.demonym(word) or (geo.country(word) if edge else None)
            if c is not None and country in (None, c):
                country = c
                words = words[:index] + words[index + 1 :]
                break
    if form.qualifier:
        qualifier = _QUALIFIER_SPELLING.get(form.qualifier, form.qualifier)
        found = geo.country(qualifier)
        if found and country in (None, found):
            country = found
        elif set(qualifier.split()) <= {"international", "national", "global"}:
            pass
        elif form.bracketed or not (country or _specific(tuple(words), geo)):
            # "(Marxist-Leninist)" is part of the name; so is the town of a "Tenants'
            # Committee, Puerto Alba" — but not of "Kestrian Health Workers' Union – Holm".
            words += qualifier.split()
    # "Metal Workers" where the collection also writes "Metalworkers".
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] + word in geo.vocabulary:
            joined[-1] += word
        else:
            joined.append(word)
    words = joined
    if len(words) >= 3 and words[-1] == "international":
        words = words[:-1]  # "X International", "X (International)", "X – International"
    core = tuple(sorted({w for w in words if w not in _SHAPE_SMALL})) or tuple(words)
    return _Shape(core, country)


def _distinctive(words: Iterable[str], geo: _Geography) -> set[str]:
    return {w for w in words if w not in GENERIC_WORDS and not geo.is_place(w) and len(w) > 1}


# Who an organisation is made of or what it does: with organisation words alone, a name of
# these says nothing about which organisation it is ("Railway Workers' Union").
_OCCUPATIONS = frozenset(
    """growers producers smallholders workers worker dockworkers dockers dock railway
    railworkers rail metalworkers metal
    bakers food textile garment teachers nurses doctors miners farmers farmworkers peasants
    fishers fishermen seafarers postal post port builders construction agricultural landless
    tenants residents pensioners retired unemployed housing students student youth young
    women woman journalists writers artists lawyers employees staff transport health
    education engineers clerical civil servants academics scientists trade trades labour
    action building builders construction harbour port residents trabajadores trabalhadores travailleurs lavoratori arbeiter obreros ouvriers
    operai metalurgicos metallurgistes metalmeccanici metallarbeiter maestros professores
    docentes enseignants insegnanti lehrer mujeres mulheres femmes donne frauen jugend
    juventud juventude jeunesse gioventu estudiantes estudantes etudiants studenti
    studenten mineros mineiros mineurs minatori bergarbeiter campesinos camponeses paysans
    contadini bauern inquilinos locataires inquilini mieter arbeit trabajo travail lavoro
    trabalho general generale nacional national nazionale nationale confederal federal
    unitaria unitario unitaire eisenbahner cheminots ferroviarios ferrovieri transporte
    transportes trasporti transport verkehr metall metal""".split()
)
_TYPES = frozenset(
    """party union unions federation confederation movement committee council front league
    alliance association congress organisation network coalition collective group forum
    bloc centre syndicate assembly society institute foundation initiative platform campaign
    brigade caucus circle club guild chamber bureau secretariat commission partido partito
    parti partei unione uniao sindicato sindacato syndicat gewerkschaft gewerkschaftsbund
    federacion federacao federazione confederacion confederacao confederazione asociacion
    associacao associazione comite comitato comissao movimento movimiento mouvement frente
    fronte liga lega ligue consejo conseil consiglio rat verband bund colectivo coletivo
    collettivo collectif kollektiv""".split()
)


_PREPOSITIONS = frozenset(
    "of for by against with por para pour per fur contre contra gegen con avec sobre sur".split()
)


def _proper(form: NameForm, shape: _Shape, geo: _Geography) -> bool:
    """Does a name without its country still name one organisation? A proper name with
    organisation words ("Tudeh Party", "Weir Street Workers Cooperative") does; a descriptive
    one ("Socialist Left Party", "Movement of People Affected by Dams") could be any
    country's."""
    distinctive = _distinctive(shape.core, geo)
    if not distinctive:
        return False
    return len(distinctive) == 1 or not any(w in _PREPOSITIONS for w in form.core)


def _specific(core: tuple[str, ...], geo: _Geography) -> bool:
    """Does a name say which organisation it is? A distinctive word, or three words or more
    that are not only trade and organisation words ("Socialist Left Party"); "Communist
    Party", "Women's League" or "Railway Workers' Union" alone does not."""
    if _distinctive(core, geo):
        return True
    return len(core) >= 3 and not set(core) <= _OCCUPATIONS | _TYPES


def _typo_of(typed: str, known: str, geo: _Geography | None = None) -> bool:
    """A typo inside a word: one edit where the word has 5+ letters (a letter dropped from
    one of 5 counts), two in 9+; never in a country or a word of 4 letters or fewer."""
    if typed == known:
        return True
    if typed in COUNTRY_OF or known in COUNTRY_OF or typed in DEMONYM_OF or known in DEMONYM_OF:
        return False
    # A place differs by a letter from another place ("Kestria", "Vestria"): only a letter
    # dropped, doubled or swapped is taken for a typo, and never a known place.
    if (
        geo is not None
        and (geo.is_place(typed) or geo.is_place(known))
        and (geo.is_place(typed) or (len(typed) == len(known) and sorted(typed) != sorted(known)))
    ):
        return False
    if min(len(typed), len(known)) < 4 or max(len(typed), len(known)) < 5:
        return False
    limit = 2 if min(len(typed), len(known)) >= 9 else 1
    return _edit_distance(typed, known, limit) <= limit


def _fuzzy_words(
    typed: tuple[str, ...],
    known: tuple[str, ...],
    geo: _Geography | None = None,
    established: frozenset[str] = frozenset(),
) -> bool:
    if len(typed) != len(known) or not typed:
        return False
    differing = [(a, b) for a, b in zip(typed, known, strict=True) if a != b]
    if not differing or len(differing) > max(1, len(known) // 3):
        return False
    # Two words both used correctly elsewhere in the collection are two words, not a typo
    # ("Green" and "Greek").
    if any(a in established and b in established for a, b in differing):
        return False
    return all(_typo_of(a, b, geo) for a, b in differing)


class _Groups:
    """Union-find over spelling groups, remembering why two were joined."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.reasons: dict[int, list[str]] = {}
        self.apart: set[int] = set()

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, reason: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or a in self.apart or b in self.apart:
            return False
        self.parent[rb] = ra
        self.reasons.setdefault(ra, []).extend([reason, *self.reasons.pop(rb, [])])
        return True


_NAME_SMALL = r"(?:of|the|and|for|in|de|del|della|di|do|da|dos|das|des|du|der|la|le|les|et|y|e|&)"


def _acronyms_in_text(text: str) -> Iterable[re.Match[str]]:
    """Every "Name Of Something (NOS)" in a text, looked for only in its blocks (between blank
    lines) that hold a bracketed acronym at all: the full pattern tried at every position of
    every text was most of the grouping's time."""
    for block in text.split("\n\n"):
        if _BRACKETED_ACRONYM.search(block):
            yield from _ACRONYM_IN_TEXT.finditer(block)


_BRACKETED_ACRONYM = re.compile(r"\s\([A-Z][A-Za-z0-9.&-]{1,11}\)")
_ACRONYM_IN_TEXT = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*|"
    + _NAME_SMALL
    + r")(?:\s+(?:[A-Z][\w'’.-]*|"
    + _NAME_SMALL
    + r")){1,12})\s+\((?P<acronym>[A-Z][A-Za-z0-9.&-]{1,11})\)"
)


def text_acronyms(text: str) -> list[tuple[str, str]]:
    """(acronym, name key) of every "Name Of Something (NOS)" a statement's text defines:
    what grouping needs of a text, small enough to store beside it."""
    out: list[tuple[str, str]] = []
    for m in _acronyms_in_text(text):
        name = re.sub(r"^(?:The|the)\s+", "", m["name"])
        acronym = re.sub(r"[^A-Za-z0-9]", "", m["acronym"]).upper()
        # Only where the letters fit the name: "(CPR)" after "Communist Party of
        # Ruritania", not after whatever capitalised words precede a bracket.
        words = name.split()
        start = _fitting_start(acronym, words)
        if start is not None:
            out.append((acronym, name_key(" ".join(words[start:]))))
    return out


class EntityIndex:
    """Organisations of one snapshot's statements — every spelling seen in any statement
    grouped into one entity, each grouping with its reason — and the matcher over them."""

    def __init__(
        self,
        statements: Iterable[Statement],
        aliases: Mapping[str, str] | None = None,
        distinct: Iterable[str] = (),
        stored: Sequence[Mapping[str, Any]] | None = None,
        acronyms: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        *,
        lookups: bool = True,
    ):
        """Group every spelling into organisations — or take the grouping a build stored
        (`stored`, from `groups()`), unless the alias file keeps names apart — then apply the
        moderators' aliases. `acronyms` gives, by statement id, what `text_acronyms` found in
        a statement's text before (a build keeps it), so the text need not be read again.
        Without `lookups`, only `groups()` may be asked (no look-up tables are made)."""
        self.statements = list(statements)
        self._text_acronyms = acronyms or {}
        self._paragraphs: list[tuple[Statement, int, str]] | None = None
        self._names: list[str] | None = None
        self._postings: tuple[dict[str, int], Any, Any] | None = None
        self._resolved: dict[tuple[str, bool], Resolution] = {}
        self._fuzzy: tuple[dict[str, set[str]], dict[str, set[str]]] | None = None
        self._acronyms: tuple[dict[str, list[Entity]], dict[str, list[Entity]]] | None = None
        self._trigrams: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
        self.problems: list[str] = []
        apart = {name_key(n) for n in distinct}
        # Spelling groups: one per normalised key.
        group_of: dict[str, int] = {}
        members: list[list[tuple[Statement, Party]]] = []
        for statement in self.statements:
            for party in statement.parties:
                if party.kind == "individual":
                    continue
                index = group_of.get(party.key)
                if index is None:
                    index = group_of[party.key] = len(members)
                    members.append([])
                members[index].append((statement, party))
        forms = [analyse(m[0][1].as_written) for m in members]
        self.geo = _Geography(self._countries(forms), (w for f in forms for w in f.core))
        shapes = [_shape(f, self.geo) for f in forms]
        groups = _Groups(len(members))
        groups.apart = {i for key, i in group_of.items() if key in apart}
        self._established = self._established_words(shapes)
        use_stored = stored is not None and not apart
        defined: dict[str, set[str]] = {}
        if stored is not None and use_stored:
            # The grouping the build made and kept in the generation, acronyms included (no
            # need to read every text again).
            for kept in stored:
                for acronym in kept.get("acronyms", []):
                    defined.setdefault(acronym, set()).update(kept.get("keys", []))
            for kept in stored:
                indices = [group_of[k] for k in kept.get("keys", []) if k in group_of]
                for index in indices[1:]:
                    groups.join(indices[0], index, "")
                if indices:
                    root = groups.find(indices[0])
                    groups.reasons[root] = [r for r in kept.get("reasons", []) if r]
        else:
            defined = self._defined_acronyms()
            self._cluster(members, forms, shapes, groups)
            # Acronyms defined in a text ("… of Ruritania (CPR)") name that organisation.
            self._join_acronyms(members, forms, shapes, groups, defined)
        # Entities from the groups.
        self.entities: dict[str, Entity] = {}
        self._by_key: dict[str, str] = {}
        root_entity: dict[int, Entity] = {}
        for i, group in enumerate(members):
            root = groups.find(i)
            entity = root_entity.get(root)
            if entity is None:
                entity = root_entity[root] = Entity(_entity_id(forms[root]), forms[root])
                entity.reasons = list(dict.fromkeys(groups.reasons.get(root, [])))
                while entity.id in self.entities:
                    entity.id += "+"
                self.entities[entity.id] = entity
            entity.parties.extend(group)
            entity.forms.append(forms[i])
            self._by_key[group[0][1].key] = entity.id
        for acronym, keys in defined.items():
            owners = {self._by_key[k] for k in keys if k in self._by_key}
            if len(owners) == 1:
                self.entities[owners.pop()].defined_acronyms.add(acronym)
        self._aliases: dict[str, str] = {}
        if not lookups:
            return  # the grouping alone (a build storing it): no tables to look names up
        self._shape_of: dict[str, list[_Shape]] = {
            e.id: list(
                dict.fromkeys(
                    [_shape(f, self.geo) for f in e.forms]
                    + [_shape(analyse(f.translation), self.geo) for f in e.forms if f.translation]
                )
            )
            for e in self.entities.values()
        }
        self._index()
        # A moderator's alias names an entity by any of its spellings.
        for alias, target in (aliases or {}).items():
            found = self._lookup_exact(target)
            if found is None:
                self.problems.append(f"alias {alias!r}: no statement names {target!r}")
                continue
            self._aliases[name_key(alias)] = found.id
            other = self._lookup_exact(alias)
            if other is not None and other.id != found.id:  # the alias file merges two entities
                found.parties.extend(other.parties)
                found.forms.extend(other.forms)
                found.reasons.append(f"the alias file says {alias!r} is {target!r}")
                self._shape_of[found.id].extend(self._shape_of.pop(other.id, []))
                del self.entities[other.id]
                for key, entity_id in list(self._by_key.items()):
                    if entity_id == other.id:
                        self._by_key[key] = found.id
        self._index()

    def _index(self) -> None:
        """Look-up tables over the entities: spellings as written, shapes, words."""
        self._fuzzy = self._acronyms = self._trigrams = None
        self._resolved = {}  # questions repeat phrases
        for entity in self.entities.values():
            entity._name = None  # its spellings may have changed
        self._by_written: dict[str, str] = {}
        self._by_shape: dict[str, set[str]] = {}
        self._by_core: dict[tuple[str, ...], set[str]] = {}
        self._by_word: dict[str, set[str]] = {}
        for entity in self.entities.values():
            for _, party in entity.parties:
                self._by_written.setdefault(party.as_written, entity.id)
            for shape in self._shape_of[entity.id]:
                self._by_shape.setdefault(shape.key, set()).add(entity.id)
                self._by_core.setdefault(shape.core, set()).add(entity.id)
                for word in _distinctive(shape.core, self.geo):
                    self._by_word.setdefault(word, set()).add(entity.id)

    def groups(self) -> list[dict[str, Any]]:
        """The grouping, to store in a generation: each organisation's spelling keys and
        the reasons they were grouped (aliases not applied)."""
        return [
            {
                "name": e.name,
                "keys": sorted(e.keys),
                "reasons": [r for r in e.reasons if not r.startswith("the alias file")],
                "acronyms": sorted(e.defined_acronyms),
            }
            for e in self.entities.values()
        ]

    # ------------------------------------------------------------------ grouping

    @staticmethod
    def _countries(forms: list[NameForm]) -> set[str]:
        """Countries the collection names: a capitalised word after the final "of" of two
        names or more, or in brackets or after a comma for two names or more, or one whose
        demonym ("Ruritanian") starts a name. A town in one name ("Tenants' Union of Holm")
        is no country."""
        after_of: dict[str, int] = {}
        qualifying: dict[str, int] = {}
        comma_qualifying: set[str] = set()
        for form in forms:
            if form.qualifier and " " not in form.qualifier:
                if form.bracketed:
                    qualifying[form.qualifier] = qualifying.get(form.qualifier, 0) + 1
                else:  # ", Holm" is as often a town as a country
                    comma_qualifying.add(form.qualifier)
            words = form.core
            if len(words) >= 3 and words[-2] == "of" and words[-1] not in GENERIC_WORDS:
                last = form.stem.split()[-1] if form.stem.split() else ""
                last = re.sub(r"^[dl]['’]", "", last)  # "d'Aurelle"
                if last[:1].isupper():
                    after_of[words[-1]] = after_of.get(words[-1], 0) + 1
        firsts = {w for f in forms if len(f.core) >= 2 for w in f.core}
        found = {c for c, n in after_of.items() if n >= 2}
        # A capitalised word ending two different names ("Gewerkschaftsbund Dornland",
        # "Frauenverband Dornland") is a place.
        endings: dict[str, set[tuple[str, ...]]] = {}
        for form in forms:
            stem_words = form.stem.split()
            if len(form.core) >= 2 and stem_words and stem_words[-1][:1].isupper():
                endings.setdefault(form.core[-1], set()).add(form.core[:-1])
        placed = set(after_of) | set(qualifying) | {f.core[0] for f in forms if len(f.core) >= 2}
        # Candidates some word of the names is a demonym of ("ruritanian" of "ruritania").
        with_demonym = _demonym_targets(firsts, set(endings) | set(after_of))
        found |= {
            w
            for w, heads in endings.items()
            if len(heads) >= 2
            and w not in GENERIC_WORDS
            and (w in placed or f"{w}s" in endings or w in with_demonym)
        }
        found |= {q for q, n in qualifying.items() if n >= 2}
        found |= {q for q in comma_qualifying if q in after_of or q in qualifying}
        found |= {c for c in after_of if c in with_demonym}
        return {c for c in found if c and c not in GENERIC_WORDS and " " not in c}

    @staticmethod
    def _established_words(shapes: list[_Shape]) -> frozenset[str]:
        seen: dict[str, int] = {}
        for shape in shapes:
            for word in set(shape.core):
                seen[word] = seen.get(word, 0) + 1
        return frozenset(w for w, n in seen.items() if n >= 2)

    def _cluster(
        self,
        members: list[list[tuple[Statement, Party]]],
        forms: list[NameForm],
        shapes: list[_Shape],
        groups: _Groups,
    ) -> None:
        by_shape: dict[str, list[int]] = {}
        by_core: dict[tuple[str, ...], list[int]] = {}
        for i, shape in enumerate(shapes):
            by_shape.setdefault(shape.key, []).append(i)
            by_core.setdefault(shape.core, []).append(i)
        for i, form in enumerate(forms):
            if form.translation:
                alternative = _shape(analyse(form.translation), self.geo)
                by_shape.setdefault(alternative.key, []).append(i)

        def spelled(i: int) -> str:
            return members[i][0][1].as_written

        # The same name once sub-unit, article, qualifier, demonym and spelling are set aside.
        for ids in by_shape.values():
            for other in ids[1:]:
                groups.join(
                    ids[0],
                    other,
                    f"{spelled(other)!r} and {spelled(ids[0])!r} are the same name "
                    "(sub-unit, article, country form or spelling set aside)",
                )
        # A country left out: "Socialist Union" is "Socialist Union (Zembla)" when that is the
        # only organisation of the name and the name says which one it is.
        for core, ids in by_core.items():
            countries = {shapes[i].country for i in ids if shapes[i].country}
            bare = [i for i in ids if shapes[i].country is None]
            if len(countries) == 1 and bare and _distinctive(core, self.geo):
                with_country = next(i for i in ids if shapes[i].country)
                for i in bare:
                    groups.join(
                        with_country,
                        i,
                        f"{spelled(i)!r} is {spelled(with_country)!r} without its country "
                        "(the only organisation of that name)",
                    )
        # Typos: same country, same length, one word (two in long names) a letter away.
        buckets: dict[tuple[str | None, int, int, tuple[str, ...]], list[int]] = {}
        for i, shape in enumerate(shapes):
            core = shape.core
            for pos in range(len(core)):
                rest = (*core[:pos], "*", *core[pos + 1 :])
                buckets.setdefault((shape.country, len(core), pos, rest), []).append(i)
        for ids in buckets.values():
            if len(ids) < 2:
                continue
            for a, b in itertools.combinations(ids, 2):
                if shapes[a].core == shapes[b].core:
                    continue
                if _fuzzy_words(shapes[a].core, shapes[b].core, self.geo, self._established):
                    keep, typo = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
                    groups.join(
                        keep, typo, f"{spelled(typo)!r} is a misspelling of {spelled(keep)!r}"
                    )
        # Short names: "Tudeh" for "Tudeh Party of Iran" when only one organisation has the word.
        word_owners: dict[str, set[int]] = {}
        for i, shape in enumerate(shapes):
            for word in _distinctive(shape.core, self.geo):
                word_owners.setdefault(word, set()).add(groups.find(i))
        for i, shape in enumerate(shapes):
            words = _distinctive(shape.core, self.geo)
            others = set(shape.core) - words
            if not words or len(words) > 2 or not others <= _TYPES or is_acronym_only(spelled(i)):
                continue  # acronyms are matched as acronyms, not as short names
            qualifier = forms[i].qualifier
            if forms[i].bracketed and qualifier and not self.geo.country(qualifier):
                continue
            owners = set.intersection(*(word_owners.get(w, set()) for w in words)) - {
                groups.find(i)
            }
            if len(owners) == 1:
                other = owners.pop()
                target = forms[other]
                if target.bracketed and target.qualifier and not self.geo.country(target.qualifier):
                    continue  # "CPL (M-L)" is not what "CPL" names
                if not others <= set(shapes[other].core):
                    continue  # "Gewerkschaftsbund X" is no short name of "Frauenverband X"
                if _countries_agree(shapes[i], shapes[other]):
                    groups.join(other, i, f"{spelled(i)!r} is the short name of {spelled(other)!r}")

    def _defined_acronyms(self) -> dict[str, set[str]]:
        """Acronym -> keys of the names it is written beside, anywhere in the statements."""
        defined: dict[str, set[str]] = {}
        for statement in self.statements:
            for party in statement.parties:
                form = analyse(party.as_written)
                if form.acronym and not is_acronym_only(form.stem):
                    # A name written with its acronym; not "CPL (M-L)" nor a bare "MSP"
                    defined.setdefault(form.acronym, set()).add(party.key)
            known = self._text_acronyms.get(statement.id)
            for acronym, key in text_acronyms(statement.text) if known is None else known:
                defined.setdefault(acronym, set()).add(key)
        return defined

    def _join_acronyms(
        self,
        members: list[list[tuple[Statement, Party]]],
        forms: list[NameForm],
        shapes: list[_Shape],
        groups: _Groups,
        defined: dict[str, set[str]],
    ) -> None:
        key_index = {m[0][1].key: i for i, m in enumerate(members)}
        # One acronym written beside two names of one country: one organisation named in two
        # languages ("Confédération générale du travail d'Aurelle (CGTA)", "General
        # Confederation of Labour of Aurelle (CGTA)").
        for acronym, keys in defined.items():
            named = sorted({key_index[k] for k in keys if k in key_index})
            roots: dict[int, int] = {}
            for index in named:
                roots.setdefault(groups.find(index), index)
            if len(acronym) < 3 or len(roots) != 2:
                continue
            a, b = sorted(roots.values())
            if shapes[a].country and shapes[a].country == shapes[b].country:
                groups.join(
                    a,
                    b,
                    f"{members[b][0][1].as_written!r} and {members[a][0][1].as_written!r} are "
                    f"both written with the acronym {acronym}",
                )
        for i in range(len(forms)):
            written = members[i][0][1].as_written
            if not is_acronym_only(analyse(written).stem):
                continue
            qualifier = forms[i].qualifier
            if qualifier and forms[i].bracketed and self.geo.country(qualifier) is None:
                # "PCB (M-L)" is not the PCB, but it is the one organisation whose name has
                # those initials and the same qualifier ("… (Marxist-Leninist)").
                wanted = _QUALIFIER_SPELLING.get(qualifier, qualifier)
                acronym = re.sub(r"[^A-Za-z0-9]", "", analyse(written).stem).upper()
                same = {
                    groups.find(j)
                    for j, other in enumerate(forms)
                    if j != i
                    and other.qualifier
                    and _QUALIFIER_SPELLING.get(other.qualifier, other.qualifier) == wanted
                    and acronym in _initials_of(other, shapes[j])
                }
                same.discard(groups.find(i))
                if len(same) == 1:
                    groups.join(
                        same.pop(), i, f"{written!r} has the initials and the qualifier of it"
                    )
                continue
            acronym = re.sub(r"[^A-Za-z0-9]", "", analyse(written).stem).upper()
            owners = {groups.find(key_index[k]) for k in defined.get(acronym, ()) if k in key_index}
            owners.discard(groups.find(i))
            spelled_beside = any(k in key_index for k in defined.get(acronym, ()))
            if not owners and len(acronym) >= 3 and not spelled_beside:
                # Not written beside any name: the initials of exactly one organisation's name,
                # with or without its country.
                owners = {
                    groups.find(j)
                    for j, other in enumerate(forms)
                    if j != i and acronym in _initials_of(other, shapes[j])
                }
                owners.discard(groups.find(i))
            if len(owners) == 1:
                groups.join(owners.pop(), i, f"{written!r} is the acronym written beside it")

    # ------------------------------------------------------------------ matching

    def _lookup_exact(self, name: str) -> Entity | None:
        entity_id = self._by_key.get(name_key(name))
        if entity_id is None:
            ids = self._by_shape.get(_shape(analyse(name), self.geo).key, set())
            entity_id = next(iter(ids)) if len(ids) == 1 else None
        return self.entities.get(entity_id) if entity_id else None

    def names(self) -> list[str]:
        """Canonical names, sorted, for autocomplete (sorted once per index; do not modify)."""
        if self._names is None:
            self._names = sorted((e.name for e in self.entities.values()), key=str.casefold)
        return self._names

    def resolve(self, query: str, *, suggest: bool = True) -> Resolution:
        """Exact -> normalised -> alias -> acronym -> structural -> name -> fuzzy; else
        suggestions (unless `suggest` is false: a caller only testing whether a phrase is a
        name)."""
        memo = self._resolved.get((query, suggest))
        if memo is not None:
            return memo
        return _remember(self._resolved, (query, suggest), self._resolve(query, suggest))

    def _resolve(self, query: str, suggest: bool) -> Resolution:
        typed = " ".join(query.split())
        if typed in self._by_written:
            return Resolution(query, self.entities[self._by_written[typed]], "exact")
        key = name_key(typed)
        if key in self._by_key:
            return Resolution(query, self.entities[self._by_key[key]], "normalised")
        if key in self._aliases:
            return Resolution(query, self.entities[self._aliases[key]], "alias")
        compact = re.sub(r"[\s.]", "", typed)
        if re.fullmatch(r"[A-Za-z0-9&]{2,12}", compact) and " " not in typed.strip():
            found = self._by_acronym(compact)
            if found is not None:
                if isinstance(found, Resolution):
                    return Resolution(query, None, found.method, found.suggestions)
                return Resolution(query, found, "acronym")
        # A misspelt country is set right by `_shape` (`_Geography.spelled`).
        form = analyse(typed)
        shape = _shape(form, self.geo)
        if not shape.core:
            return Resolution(query, None, "none", self.suggest(typed) if suggest else ())
        candidates = self._by_shape.get(shape.key, set())
        if not candidates:
            same_core = self._by_core.get(shape.core, set())
            if shape.country is None:
                # No country typed, where every spelling has one: fine only when the name
                # is one proper name plus organisation words ("Tudeh Party"). A descriptive
                # name ("Socialist Left Party", "Movimento dos Atingidos por Barragens") can
                # be any country's.
                if _proper(form, shape, self.geo):
                    candidates = same_core
                elif len(same_core) > 1:
                    return self._ambiguous(query, same_core)
            else:
                candidates = {
                    e
                    for e in same_core
                    if any(s.country is None and s.core == shape.core for s in self._shape_of[e])
                    and _specific(shape.core, self.geo)
                }
        if len(candidates) == 1:
            return Resolution(query, self.entities[next(iter(candidates))], "structural")
        if len(candidates) > 1:
            return self._ambiguous(query, candidates)
        # A short or partial name: its one distinctive word belongs to one organisation only
        # ("Tudeh", "Zora"); with two or more, a name without its country is descriptive.
        words = _distinctive(shape.core, self.geo)
        if (
            words
            and (shape.country or _proper(form, shape, self.geo))
            and all(w in self._by_word for w in words)
        ):
            owners = set.intersection(*(self._by_word[w] for w in words))
            owners = {
                e
                for e in owners
                if any(
                    set(shape.core) <= set(s.core)
                    and (shape.country is None or s.country == shape.country)
                    for s in self._shape_of[e]
                )
            }
            if len(owners) == 1:
                return Resolution(query, self.entities[owners.pop()], "name")
            if len(owners) > 1:
                return self._ambiguous(query, owners)
        fuzzy = {
            entity_id
            for entity_id in self._fuzzy_candidates(shape.core)
            for s in self._shape_of[entity_id]
            if (
                (shape.country is None or s.country in (None, shape.country))
                and _fuzzy_words(shape.core, s.core, self.geo)
                and _specific(shape.core, self.geo)
            )
        }
        if len(fuzzy) == 1:
            return Resolution(query, self.entities[fuzzy.pop()], "fuzzy")
        if len(fuzzy) > 1:
            return self._ambiguous(query, fuzzy)
        return Resolution(query, None, "none", self.suggest(typed) if suggest else ())

    def _ambiguous(self, query: str, ids: Iterable[str]) -> Resolution:
        names = tuple(sorted({self.entities[i].name for i in ids}, key=str.casefold))
        return Resolution(query, None, "ambiguous", names)

    def _by_acronym(self, typed: str) -> Entity | Resolution | None:
        """An acronym as typed: one written or defined for an organisation (any case), or —
        typed in capitals only — the initials of exactly one organisation's name."""
        acronym = typed.upper()
        explicit_of, initials_of = self._acronym_tables()
        explicit = explicit_of.get(acronym, [])
        if len(explicit) == 1:
            return explicit[0]
        if len(explicit) > 1:
            return Resolution(acronym, None, "ambiguous", tuple(sorted(e.name for e in explicit)))
        if typed != acronym or len(acronym) < 3:
            return None  # "war" is a word, not Workers Against Racism
        by_initials = initials_of.get(acronym, [])
        if len(by_initials) == 1:
            return by_initials[0]
        if len(by_initials) > 1:
            return Resolution(
                acronym, None, "ambiguous", tuple(sorted(e.name for e in by_initials))
            )
        return None

    def _fuzzy_candidates(self, core: tuple[str, ...]) -> set[str]:
        """Entities a typo of `core` could name (a superset; `_fuzzy_words` decides): a name of
        two words or more keeps one word as it was, so shares it; a one-word name shares a
        deletion of up to two letters with it."""
        if self._fuzzy is None:
            by_word: dict[str, set[str]] = {}
            by_deletion: dict[str, set[str]] = {}
            for entity_id, shapes in self._shape_of.items():
                for shape in shapes:
                    if len(shape.core) >= 2:
                        for word in shape.core:
                            by_word.setdefault(word, set()).add(entity_id)
                    elif shape.core:
                        word = shape.core[0]
                        for variant in _deletions(word, 2 if len(word) >= 9 else 1):
                            by_deletion.setdefault(variant, set()).add(entity_id)
            self._fuzzy = (by_word, by_deletion)
        by_word, by_deletion = self._fuzzy
        if len(core) >= 2:
            return {e for word in core for e in by_word.get(word, ())}
        if not core:
            return set()
        word = core[0]
        variants = _deletions(word, 2 if len(word) >= 9 else 1)
        return {e for variant in variants for e in by_deletion.get(variant, ())}

    def _acronym_tables(self) -> tuple[dict[str, list[Entity]], dict[str, list[Entity]]]:
        """Acronyms written or defined for each organisation, and its names' initials."""
        if self._acronyms is None:
            explicit: dict[str, list[Entity]] = {}
            by_initials: dict[str, list[Entity]] = {}
            for entity in self.entities.values():
                for acronym in entity.acronyms:
                    explicit.setdefault(acronym, []).append(entity)
                found = {
                    made
                    for f in entity.forms
                    for made in (initials(f), initials(f, country=True), written_initials(f.stem))
                }
                for made in found:
                    by_initials.setdefault(made, []).append(entity)
            self._acronyms = (explicit, by_initials)
        return self._acronyms

    def suggest(self, typed: str, limit: int = 5) -> tuple[str, ...]:
        """The closest known names, best first. Past SUGGEST_SCAN organisations, only those
        sharing a word or most letter trigrams with the typed name are scored."""
        form = analyse(typed)
        wanted = set(form.words)

        def score(entity: Entity) -> float:
            overlap = len(wanted & set(entity.form.words)) / max(len(wanted), 1)
            ratio = difflib.SequenceMatcher(
                None, " ".join(form.words), " ".join(entity.form.words)
            ).ratio()
            return overlap + ratio

        pool = (
            self.entities.values()
            if len(self.entities) <= SUGGEST_SCAN
            else self._suggestion_pool(form.words)
        )
        scored = sorted(((score(e), e.name) for e in pool), key=lambda t: (-t[0], t[1]))
        return tuple(name for value, name in scored[:limit] if value > 0.3)

    def _suggestion_pool(self, words: Sequence[str]) -> list[Entity]:
        """Entities sharing a word with `words`, and the SUGGEST_POOL sharing most trigrams."""
        if self._trigrams is None:
            by_word: dict[str, list[str]] = {}
            by_trigram: dict[str, list[str]] = {}
            for entity in self.entities.values():
                for word in set(entity.form.words):
                    by_word.setdefault(word, []).append(entity.id)
                for gram in _trigrams(" ".join(entity.form.words)):
                    by_trigram.setdefault(gram, []).append(entity.id)
            self._trigrams = (by_word, by_trigram)
        by_word, by_trigram = self._trigrams
        counts: Counter[str] = Counter()
        for gram in _trigrams(" ".join(words)):
            counts.update(by_trigram.get(gram, ()))
        chosen = {entity_id for entity_id, _ in counts.most_common(SUGGEST_POOL)}
        for word in set(words):
            if word not in GENERIC_WORDS:
                chosen.update(by_word.get(word, ()))
        return [self.entities[e] for e in chosen if e in self.entities]

    def mentions(self, entity: Entity) -> list[tuple[Statement, int]]:
        """Paragraphs that name the organisation in their text, by any of its spellings."""
        needles = {k for k in entity.keys if len(k) >= 4}
        needles |= {name_key(analyse(v).stem) for v in entity.variants}
        paragraphs = self._paragraph_keys()
        rows: set[int] = set()
        for needle in needles:
            if len(needle) < 4:
                continue
            padded = f" {needle} "
            rows.update(
                row for row in self._paragraphs_with(needle.split()) if padded in paragraphs[row][2]
            )
        return [(paragraphs[row][0], paragraphs[row][1]) for row in sorted(rows)]

    def _paragraphs_with(self, words: list[str]) -> Iterable[int]:
        """Paragraphs (rows of `_paragraph_keys`) holding every one of `words`: the postings of
        the rarest, checked against the others' (no scan of every paragraph per lookup)."""
        if self._postings is None:
            vocabulary: dict[str, int] = {}
            pairs: list[tuple[int, int]] = []
            for row, (_, _, text) in enumerate(self._paragraph_keys()):
                for word in set(text.split()):
                    pairs.append((vocabulary.setdefault(word, len(vocabulary)), row))
            table = np.array(pairs, dtype=np.int64).reshape(-1, 2)
            table = table[np.lexsort((table[:, 1], table[:, 0]))]
            starts = np.searchsorted(table[:, 0], np.arange(len(vocabulary) + 1))
            self._postings = (vocabulary, table[:, 1].astype(np.int32), starts)
        vocabulary, rows, starts = self._postings
        ids = [vocabulary.get(w) for w in set(words)]
        if not ids or any(i is None for i in ids):
            return []
        lists = sorted((rows[starts[i] : starts[i + 1]] for i in ids if i is not None), key=len)
        found = lists[0]
        for other in lists[1:]:
            found = found[np.isin(found, other, assume_unique=True)]
        return found.tolist()  # type: ignore[no-any-return]

    def _paragraph_keys(self) -> list[tuple[Statement, int, str]]:
        """Every paragraph's text in `name_key` form, computed once per index."""
        if self._paragraphs is None:
            self._paragraphs = [
                (statement, paragraph.number, f" {text_key(paragraph.text)} ")
                for statement in self.statements
                for paragraph in statement.paragraphs
            ]
        return self._paragraphs


# Suggestions score every organisation up to this many; past it, a pool of candidates.
SUGGEST_SCAN = 2000
SUGGEST_POOL = 200


def _trigrams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _initials_of(form: NameForm, shape: _Shape) -> set[str]:
    words = list(form.core)
    if shape.country and len(words) >= 3 and words[-2] == "of" and words[-1] == shape.country:
        words = words[:-2]
    bare = "".join(w[0] for w in words if w not in _SMALL).upper()
    out = {bare, initials(form), initials(form, country=True), written_initials(form.stem)}
    if shape.country:
        out.add(bare + shape.country[0].upper())
    return {i for i in out if len(i) >= 2}


def _dropped_or_swapped(typed: str, known: str) -> bool:
    """One letter dropped, added, or two neighbours swapped — not one letter for another."""
    if abs(len(typed) - len(known)) > 1 or typed == known:
        return False
    if len(typed) == len(known) and sorted(typed) != sorted(known):
        return False
    return _edit_distance(typed, known, 1) <= 1


def _countries_agree(a: _Shape, b: _Shape) -> bool:
    return a.country is None or b.country is None or a.country == b.country


def _fitting_start(acronym: str, words: list[str]) -> int | None:
    """The first capitalised word from which the rest of `words` (two words or more) has the
    acronym's letters as its initials, with or without small words ("of", "and"); the
    initials of every ending computed in one pass from the end."""
    small = _SMALL | _OF | _AND
    full = significant = ""
    count = 0
    fitting: int | None = None
    for start in range(len(words) - 1, -1, -1):
        pieces = re.findall(r"[^\W_]+", words[start])
        full = "".join(p[0] for p in pieces).upper() + full
        significant = "".join(p[0] for p in pieces if p.lower() not in small).upper() + significant
        count += len(pieces)
        if words[start][:1].isupper() and count >= 2 and acronym in (full, significant):
            fitting = start  # keep going: the first (longest) fitting start wins
    return fitting


def read_aliases(path: Path) -> tuple[dict[str, str], list[str]]:
    """The moderators' alias file: `[aliases]` name = name as written in a statement (merges),
    `[distinct] names = [...]` (spellings never grouped with others). Missing file: nothing.
    An unreadable file is logged and ignored, so a typo there never takes lookups down."""
    if not path.exists():
        return {}, []
    if path.is_symlink():
        log.warning("%s is a link; not read (links in the statements folder never are)", path.name)
        return {}, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        aliases = data.get("aliases", {})
        distinct = data.get("distinct", {}).get("names", [])
        if not isinstance(aliases, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in aliases.items()
        ):
            raise ValueError("[aliases] must map names to names")
        if not isinstance(distinct, list) or not all(isinstance(n, str) for n in distinct):
            raise ValueError("[distinct] names must be a list of names")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as exc:
        log.warning("%s ignored: %s", path.name, exc)
        return {}, []
    return dict(aliases), list(distinct)


def _entity_id(form: NameForm) -> str:
    return f"{form.core_key}|{form.country or ''}"


ROLE_ORDER = {Role.SIGNATORY: 0, Role.AUTHOR: 1, Role.RECIPIENT: 2}
