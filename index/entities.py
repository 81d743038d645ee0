"""Organisations as entities: the spellings of one organisation across statements, and a
conservative matcher from what a person types to the entity they mean.

A wrong "yes, they signed" is the worst answer the bot can give, so the matcher walks from
strict to loose — exact, normalised, acronym, structural ("Iraqi Communist Party" is
"Communist Party of Iraq"; a country in brackets may be left out), then a typo inside a
distinctive word — and a different country or a different distinctive word is never the same
organisation. Anything ambiguous or unmatched returns suggestions instead of a guess.
"""

from __future__ import annotations

import difflib
import functools
import logging
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .countries import COUNTRY_OF, DEMONYM_OF, country_at_end
from .models import Party, Role, Statement
from .names import _QUOTES, clean_display, name_key, split_acronym
from .names import initials as written_initials

log = logging.getLogger(__name__)

_LEADING_ARTICLES = frozenset({"the", "die", "der", "das", "la", "le", "les", "el", "il", "de"})
_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "&"})
# "International Relations of the X": a department writing for its organisation X.
_UNITS = (
    r"(?:(?:international|foreign|external)\s+(?:relations|affairs|department|"
    r"secretariat|bureau)(?:\s+(?:department|section|committee|secretariat|commission))?|"
    r"international\s+department|central\s+committee|political\s+bureau|politburo|"
    r"executive\s+(?:committee|board|bureau)|national\s+(?:committee|council|executive)|"
    r"secretariat|presidium|general\s+secretariat)"
)
_SUBUNIT = re.compile(r"^(?:the\s+)?" + _UNITS + r"\s+of\s+(?:the\s+)?", re.I)
# "X, Executive Committee", "X – Central Committee", "X (International Department)".
_SUBUNIT_AFTER = re.compile(
    r"\s*(?:[,–—-]\s*(?:the\s+)?" + _UNITS + r"|\(\s*(?:the\s+)?" + _UNITS + r"\s*\))\s*$", re.I
)


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name taken apart: its significant words, its country and any acronym."""

    core: tuple[str, ...]
    country: str | None
    acronym: str | None
    stem: str  # the name as written, minus a sub-unit prefix, a leading "the" and qualifiers
    display: str  # the name as written, minus a sub-unit prefix and a leading "the"

    @property
    def core_key(self) -> str:
        """The significant words joined."""
        return " ".join(self.core)

    @property
    def words(self) -> tuple[str, ...]:
        """Core words followed by the country's words."""
        return self.core + (tuple(self.country.split()) if self.country else ())


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold().replace("'", "")
    return [w for w in re.split(r"[\W_]+", text) if w]


@functools.lru_cache(maxsize=65536)
def analyse(name: str) -> NameForm:
    """Take a name apart (see `NameForm`). Memoised: a pure function of the text."""
    cleaned = _SUBUNIT_AFTER.sub("", clean_display(name)) or clean_display(name)
    display = re.sub(r"^the\s+", "", _SUBUNIT.sub("", cleaned), flags=re.I)
    text = unicodedata.normalize("NFKC", cleaned).translate(_QUOTES)
    text, acronym = split_acronym(text)
    country: str | None = None
    # A qualifier in brackets or after a comma: "(Denmark)", ", Tunisia".
    m = re.search(r"\s*(?:\(([^()]*)\)|,\s*([^,()]+))\s*$", text)
    if m:
        qualifier = " ".join(_tokens(m.group(1) or m.group(2) or ""))
        if qualifier in COUNTRY_OF:
            country = COUNTRY_OF[qualifier]
            text = text[: m.start()]
        elif m.group(1) and re.fullmatch(r"[A-Z][A-Z0-9.\-&]{1,11}", (m.group(1) or "").strip()):
            acronym = acronym or re.sub(r"[^A-Z0-9]", "", m.group(1))
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
    words = ["of" if w == "in" else w for w in words]
    if acronym is None and len(words) == 1 and re.fullmatch(r"[A-Z0-9]{2,10}", stem):
        acronym = stem
    return NameForm(tuple(words), country, acronym, stem or clean_display(name), display)


def initials(form: NameForm, *, country: bool = False) -> str:
    """Initials of the significant core words ("world federation of democratic youth" -> WFDY),
    followed by the country's with `country` ("communist party" of "britain" -> CPB)."""
    words = form.words if country else form.core
    return "".join(w[0] for w in words if w not in _SMALL).upper()


@dataclass(slots=True)
class Entity:
    """One organisation: every spelling of it, in every statement, with its role there."""

    id: str
    form: NameForm
    parties: list[tuple[Statement, Party]] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The canonical name: the most used spelling of the organisation's own name."""
        counts: dict[str, int] = {}
        for _, party in self.parties:
            display = analyse(party.as_written).display
            counts[display] = counts.get(display, 0) + 1
        return max(counts, key=lambda s: (counts[s], -len(s))) if counts else self.form.display

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
        """Acronyms written next to the name, or the name itself when it is one."""
        return {a for _, p in self.parties if (a := analyse(p.as_written).acronym)}


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a typed name resolved to: an entity and how, or nothing and suggestions."""

    query: str
    entity: Entity | None
    method: str  # exact, normalised, alias, acronym, structural, fuzzy, ambiguous, none
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


def _typo_of(typed: str, known: str) -> bool:
    """A typo inside a word: one edit where the word has 5+ letters (a letter dropped from
    one of 5 counts), two in 9+; never in a country or a word of 4 letters or fewer."""
    if typed == known:
        return True
    if typed in COUNTRY_OF or known in COUNTRY_OF or typed in DEMONYM_OF or known in DEMONYM_OF:
        return False
    if min(len(typed), len(known)) < 4 or max(len(typed), len(known)) < 5:
        return False
    limit = 2 if min(len(typed), len(known)) >= 9 else 1
    return _edit_distance(typed, known, limit) <= limit


def _fuzzy_words(typed: tuple[str, ...], known: tuple[str, ...]) -> bool:
    if len(typed) != len(known) or not typed:
        return False
    differing = [(a, b) for a, b in zip(typed, known, strict=True) if a != b]
    if not differing or len(differing) > max(1, len(known) // 3):
        return False
    return all(_typo_of(a, b) for a, b in differing)


class EntityIndex:
    """Entities of one snapshot's statements, and the matcher over them."""

    def __init__(
        self,
        statements: Iterable[Statement],
        aliases: Mapping[str, str] | None = None,
        distinct: Iterable[str] = (),
    ):
        self.statements = list(statements)
        self._paragraphs: list[tuple[Statement, int, str]] | None = None
        self.entities: dict[str, Entity] = {}
        self._by_key: dict[str, str] = {}
        apart = {name_key(n) for n in distinct}
        for statement in self.statements:
            for party in statement.parties:
                form = analyse(party.as_written)
                own = f"name:{party.key}" if party.key in apart else None
                entity_id = own or self._by_key.get(party.key) or _entity_id(form)
                entity = self.entities.get(entity_id)
                if entity is None:
                    entity = self.entities[entity_id] = Entity(entity_id, form)
                entity.parties.append((statement, party))
                self._by_key.setdefault(party.key, entity_id)
        # A moderator's alias names an entity by any of its spellings.
        self._aliases: dict[str, str] = {}
        self.problems: list[str] = []
        for alias, target in (aliases or {}).items():
            found = self._lookup_exact(target)
            if found is None:
                self.problems.append(f"alias {alias!r}: no statement names {target!r}")
                continue
            self._aliases[name_key(alias)] = found.id
            other = self._lookup_exact(alias)
            if other is not None and other.id != found.id:  # the alias file merges two entities
                found.parties.extend(other.parties)
                del self.entities[other.id]
                for key, entity_id in list(self._by_key.items()):
                    if entity_id == other.id:
                        self._by_key[key] = found.id
        # Every spelling as written -> its entity (the first entity to use it, as a scan would).
        self._by_written: dict[str, str] = {}
        for entity in self.entities.values():
            for _, party in entity.parties:
                self._by_written.setdefault(party.as_written, entity.id)

    def _lookup_exact(self, name: str) -> Entity | None:
        entity_id = self._by_key.get(name_key(name)) or _entity_id(analyse(name))
        return self.entities.get(entity_id)

    def names(self) -> list[str]:
        """Canonical names, for autocomplete."""
        return sorted((e.name for e in self.entities.values()), key=str.casefold)

    def resolve(self, query: str, *, suggest: bool = True) -> Resolution:
        """Exact -> normalised -> alias -> acronym -> structural -> fuzzy; else suggestions
        (unless `suggest` is false: a caller only testing whether a phrase is a name)."""
        typed = " ".join(query.split())
        if typed in self._by_written:
            return Resolution(query, self.entities[self._by_written[typed]], "exact")
        key = name_key(typed)
        if key in self._by_key:
            return Resolution(query, self.entities[self._by_key[key]], "normalised")
        if key in self._aliases:
            return Resolution(query, self.entities[self._aliases[key]], "alias")
        compact = re.sub(r"[\s.]", "", typed)
        if re.fullmatch(r"[A-Za-z0-9]{2,10}", compact) and " " not in typed.strip():
            found = self._by_acronym(compact.upper())
            if found is not None:
                return (
                    found if isinstance(found, Resolution) else Resolution(query, found, "acronym")
                )
        form = analyse(typed)
        structural = [
            e
            for e in self.entities.values()
            if e.form.core == form.core
            and (form.country is None or e.form.country in (None, form.country))
        ]
        if len(structural) == 1:
            return Resolution(query, structural[0], "structural")
        if len(structural) > 1:
            return Resolution(query, None, "ambiguous", tuple(sorted(e.name for e in structural)))
        fuzzy = [
            e
            for e in self.entities.values()
            if (
                _fuzzy_words(form.core, e.form.core)
                and (form.country is None or e.form.country in (None, form.country))
            )
            or (form.country is None and _fuzzy_words(form.words, e.form.words))
        ]
        if len(fuzzy) == 1:
            return Resolution(query, fuzzy[0], "fuzzy")
        if len(fuzzy) > 1:
            return Resolution(query, None, "ambiguous", tuple(sorted(e.name for e in fuzzy)))
        return Resolution(query, None, "none", self.suggest(typed) if suggest else ())

    def _by_acronym(self, acronym: str) -> Entity | Resolution | None:
        explicit = [e for e in self.entities.values() if acronym in e.acronyms]
        if len(explicit) == 1:
            return explicit[0]
        # Initials with or without the country ("CP" + "B" for the Communist Party of Britain),
        # or of the name as written ("CPRF": Communist Party of Russian Federation).
        by_initials = [
            e
            for e in self.entities.values()
            if len(acronym) >= 3
            and acronym
            in (initials(e.form), initials(e.form, country=True), written_initials(e.form.stem))
        ]
        if len(by_initials) == 1 and not explicit:
            return by_initials[0]
        many = explicit or by_initials
        if len(many) > 1:
            return Resolution(acronym, None, "ambiguous", tuple(sorted(e.name for e in many)))
        return None

    def suggest(self, typed: str, limit: int = 5) -> tuple[str, ...]:
        """The closest known names, best first."""
        form = analyse(typed)
        wanted = set(form.words)

        def score(entity: Entity) -> float:
            overlap = len(wanted & set(entity.form.words)) / max(len(wanted), 1)
            ratio = difflib.SequenceMatcher(
                None, " ".join(form.words), " ".join(entity.form.words)
            ).ratio()
            return overlap + ratio

        ranked = sorted(self.entities.values(), key=lambda e: (-score(e), e.name))
        return tuple(e.name for e in ranked[:limit] if score(e) > 0.3)

    def mentions(self, entity: Entity) -> list[tuple[Statement, int]]:
        """Paragraphs that name the organisation in their text, by any of its spellings."""
        needles = {k for k in entity.keys if len(k) >= 4}
        needles |= {name_key(analyse(v).stem) for v in entity.variants}
        padded = [f" {n} " for n in needles if len(n) >= 4]
        return [
            (statement, number)
            for statement, number, text in self._paragraph_keys()
            if any(n in text for n in padded)
        ]

    def _paragraph_keys(self) -> list[tuple[Statement, int, str]]:
        """Every paragraph's text in `name_key` form, computed once per index."""
        if self._paragraphs is None:
            self._paragraphs = [
                (statement, paragraph.number, f" {name_key(paragraph.text)} ")
                for statement in self.statements
                for paragraph in statement.paragraphs
            ]
        return self._paragraphs


def read_aliases(path: Path) -> tuple[dict[str, str], list[str]]:
    """The moderators' alias file: `[aliases]` name = name as written in a statement (merges),
    `[distinct] names = [...]` (spellings never grouped with others). Missing file: nothing.
    An unreadable file is logged and ignored, so a typo there never takes lookups down."""
    if not path.exists():
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
