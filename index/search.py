"""The engine: the one facade the CLI and the bot call.

Plain synchronous code. Queries read an immutable snapshot; a refresh builds the next one
beside it and swaps it in, so questions keep being answered while it runs.
"""

from __future__ import annotations

import bisect
import contextvars
import dataclasses
import datetime as dt
import functools
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import numpy as np
import numpy.typing as npt

from . import ingest
from .build import Progress, build, fingerprint, unchanged_report
from .chunking import CHUNKING_VERSION, sentence_spans
from .config import Settings
from .embedding import Embedder, Vectors
from .entities import ROLE_ORDER, EntityIndex, known_analyses, read_aliases
from .errors import (
    EmptyQuestion,
    IndexUnavailable,
    SeedsNotFound,
    UndersignedError,
    UnknownOrganisation,
    UnknownStatement,
)
from .ingest import ALIASES_FILE
from .models import (
    Answer,
    Appearance,
    BuildReport,
    CollectionInfo,
    Cosigner,
    Hit,
    JointSignature,
    Mention,
    OrganisationLookup,
    Role,
    Signers,
    Statement,
    StatementSummary,
)
from .query import Filters, addressed_to, dates_in, named_organisation, organisation_in
from .retrieval import DEFAULT_ALPHA, STATEMENT_WEIGHT, fuse, mmr, top_k, with_statement
from .store import MAX_SEGMENTS, SCHEMA_VERSION, Damaged, Generation, Manifest, Snapshot, Store
from .textutil import clean_question

log = logging.getLogger(__name__)
T = TypeVar("T")


# Below this cosine similarity of the best passage the engine abstains. Calibrated on
# tests/data/calibration.jsonl (on-topic against off-topic questions) with all-MiniLM-L6-v2:
# `python -m index eval` prints the figures; set MIN_SCORE to change it.
DEFAULT_MIN_SCORE = 0.34
# A passage under the threshold is still shown, marked weak, when it holds at least this share
# (and two, or the only one) of the question's content words and its cosine is at most KEYWORD_MARGIN lower.
KEYWORD_COVERAGE = 0.6
# Words that ask rather than say what is sought (stemmed as BM25 stems them).
_ASKING_WORDS = frozenset(
    "say said sign write wrote written statement letter mention talk think tell".split()
)
# Stemmed words that ask for a list of statements rather than about a topic.
_LISTING_WORDS = frozenset(
    "sign co cosign endors issu publish put out statement letter document join list "
    "collect appear name".split()
)
KEYWORD_MARGIN = 0.15
# Stemmed words that ask what an organisation wants, with nothing else to look for: "What did
# X call for?", "What does X demand?".
_DEMANDING_WORDS = frozenset(
    "call demand want propos ask urg seek plan promis offer pledg insist do did".split()
)
# Added to MIN_SCORE when none of the question's content words occurs in the collection
# ("What do they say about sanctions?" over statements that never mention sanctions): cosine
# alone must then show a clear paraphrase. Calibrated with `python -m index eval`.
UNSEEN_MARGIN = 0.05
# Added to the rank of an organisation's own statements when the question asks what it said.
AUTHOR_BONUS = 0.25
# Weight of the share of the question's words that a statement's title holds.
TITLE_WEIGHT = 0.2
# MMR trade-off: 0 ranks by relevance alone, higher pushes near-duplicates down.
DIVERSITY = 0.3

_ABOUT_SIGNERS = re.compile(
    r"\b(?:who|which\s+(?:organi[sz]ations?|parties|party|groups?|unions?|movements?))\b"
    r".*\b(?:sign\w*|wr[io]te|written|author\w*|endors\w*|back\w*|issu\w*|sent|send\w*|"
    r"behind|support\w*|put\s+out|publish\w*|releas\w*|call(?:s|ed)?|conven\w*|organi[sz]ed|"
    r"propos\w*|demand(?:s|ed)?)\b|\bsignator|\bco-?sign|\bundersigned\b",
    re.I | re.S,
)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A capitalised word or an acronym in a question: a name, perhaps of something the collection
# does not know.
_NAME_IN_QUESTION = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*[\w]")
# Capitalised because they open a question or a sentence, not because they are names.
_QUESTION_OPENERS = frozenset(
    """what who whom whose which when where why how do does did is are was were has have had
    can could should would will shall may might must tell list show give find any anything
    according in on at about from for to of and or but the a an this that these those there
    it its they their them we our us you your i please statements statement letter letters
    appeal appeals declaration declarations joint open union unions party parties""".split()
)


# "written in Spanish": the language of a text, not a place the collection must mention.
_LANGUAGES = frozenset(
    """english french spanish german italian portuguese dutch greek turkish arabic persian
    farsi kurdish russian ukrainian polish czech swedish danish norwegian finnish hungarian
    romanian bulgarian serbian croatian catalan basque hebrew hindi urdu bengali chinese
    japanese korean swahili""".split()
)


# Abbreviations that are common nouns, not the names of places or organisations.
_COMMON_ABBREVIATIONS = frozenset(
    "mp mep ngo ceo pm gdp vat tv ai id faq hq ok usd eur km kg am pm".split()
)


class _Vocabulary:
    """The words of a collection: is a word one of them, or the first 5 to 12 letters of one?
    (A sorted list answers the prefix question; no set of every prefix is built.)"""

    def __init__(self, words: set[str]) -> None:
        self._words = words
        self._sorted = sorted(words)

    def knows(self, text: str) -> bool:
        if text in self._words:
            return True
        if not 5 <= len(text) <= 12:
            return False
        i = bisect.bisect_left(self._sorted, text)
        return i < len(self._sorted) and self._sorted[i].startswith(text)


def _one_blas_thread() -> None:
    """Numpy's BLAS on one thread. A question's products are small and memory-bound; with
    BLAS's own threads spinning beside onnxruntime's on a small machine, questions slowed
    and varied (1,000 passages, 2 cores: 8.0-9.6 ms a question; 4.9 ms on one BLAS thread)."""
    global _BLAS_LIMITED
    if _BLAS_LIMITED:
        return
    _BLAS_LIMITED = True
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
    except Exception as exc:  # pragma: no cover - an optional speed-up
        log.info("BLAS threads left as they are (%s)", exc)


_BLAS_LIMITED = False


def _passage_terms(snap: Snapshot, row: int) -> set[str]:
    """The passage's stemmed words: its BM25 tokens (the same stemmer; what `terms` would
    give, without re-reading the text), or its text's terms for an index stored without
    tokens."""
    return set(snap.keyword.row_terms(row))


def _unseen(snap: Snapshot, wanted: set[str]) -> bool:
    return bool(wanted) and not (wanted & snap.keyword.vocabulary)


def _signers(snap: Snapshot, statement_ids: list[str]) -> tuple[Signers, ...]:
    """The signatories and authors, as written, of each statement (once each, in order)."""
    out = []
    for sid in dict.fromkeys(statement_ids):
        s = snap.statements[sid]
        out.append(
            Signers(
                sid,
                s.title,
                tuple(p.as_written for p in s.signatories),
                tuple(p.as_written for p in s.authors),
            )
        )
    return tuple(out)


# Words between quotation marks; single quotes only around words, not an apostrophe
# ("the workers' union").
_QUOTED = re.compile(r"[\"“«„](.+?)[\"”»“]|(?<![\w])['‘](.+?)['’](?!\w)")


def _plain(text: str) -> str:
    """Words only, lower case, one space between them: for finding a quoted phrase."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def is_about_signers(question: str) -> bool:
    """Does the question ask who signed or wrote something?"""
    return bool(_ABOUT_SIGNERS.search(question))


P = ParamSpec("P")
R = TypeVar("R")
# The generation a call in progress answers from, pinned for the whole call (see
# `_one_generation`): (id of the engine, its snapshot).
_PINNED: contextvars.ContextVar[tuple[int, Snapshot] | None] = contextvars.ContextVar(
    "undersigned_pinned_generation", default=None
)


def _one_generation(
    method: Callable[Concatenate[Engine, P], R],
) -> Callable[Concatenate[Engine, P], R]:
    """One call, one generation: every read of `snapshot` (and of the organisations built from
    it) during the call sees the generation live when it began, even if a build swaps in
    another meanwhile."""

    @functools.wraps(method)
    def wrapper(self: Engine, /, *args: P.args, **kwargs: P.kwargs) -> R:
        pinned = _PINNED.get()
        if pinned is not None and pinned[0] == id(self):
            return method(self, *args, **kwargs)
        token = _PINNED.set((id(self), self.snapshot))
        try:
            return method(self, *args, **kwargs)
        finally:
            _PINNED.reset(token)

    return wrapper


def _process_name() -> str:
    """What this process is, for the writers' lock: `python -m index build`, `python -m bot`."""
    argv = sys.argv
    if argv and argv[0].endswith("__main__.py"):
        package = Path(argv[0]).parent.name
        return " ".join(["python -m", package, *argv[1:2]])
    return Path(argv[0]).name if argv and argv[0] else "python"


# A question that finds the live index damaged rebuilds it, unless another writer holds the
# lock for longer than this (seconds): it is then answered from the newest intact generation.
REPAIR_WAIT = 2.0


class Engine:
    """Statements in, cited passages and signatories out.

    Writers: `refresh` (and `collection.add_statement` / `remove_statement`) hold the store's
    writers' lock, shared with every other process on the same data folder."""

    def __init__(
        self,
        seeds_dir: Path,
        data_dir: Path,
        embedder: Embedder | None = None,
        *,
        model: str | None = None,
        min_score: float = DEFAULT_MIN_SCORE,
        alpha: float = DEFAULT_ALPHA,
        statement_weight: float = STATEMENT_WEIGHT,
        writer_wait: float | None = None,
    ) -> None:
        _one_blas_thread()
        self.seeds_dir = Path(seeds_dir)
        self.store = Store(Path(data_dir), writer_wait=writer_wait)
        if embedder is None:
            settings = Settings.from_env()
            embedder = (
                dataclasses.replace(settings, embedding_model=model) if model else settings
            ).embedder()
        self.embedder: Embedder = embedder
        self.min_score = min_score
        self.alpha = alpha
        self.statement_weight = statement_weight
        self._snapshot: Snapshot | None = None
        self._snapshot_lock = threading.Lock()
        # A generation this engine refused to serve (unreadable, another model), and why.
        self._rejected: tuple[str, IndexUnavailable] | None = None
        self._entities: tuple[tuple[str, int], EntityIndex] | None = None
        # Derived from one generation, built at first use: name -> (generation, value).
        self._derived: dict[str, tuple[str, Any]] = {}

    @classmethod
    def from_settings(cls, settings: Settings, embedder: Embedder | None = None) -> Engine:
        """An engine for the configured folders and model."""
        return cls(
            settings.seeds_dir,
            settings.data_dir,
            embedder or settings.embedder(),
            min_score=DEFAULT_MIN_SCORE if settings.min_score is None else settings.min_score,
            writer_wait=settings.writer_wait,
        )

    # ------------------------------------------------------------------ index life cycle

    @property
    def snapshot(self) -> Snapshot:
        """The live index, loaded from disk on first use and again whenever another process
        (a `python -m index build` beside the bot) made a newer one live; `IndexUnavailable`
        if none exists."""
        pinned = _PINNED.get()
        if pinned is not None and pinned[0] == id(self):
            return pinned[1]
        snap = self._snapshot
        current = self.store.current_generation()
        if snap is None or (current is not None and current != snap.generation):
            rejected = self._rejected
            if rejected is not None and rejected[0] == current:
                # Refused once: not loaded again (and warned again) until CURRENT changes.
                if snap is not None:
                    return snap
                raise rejected[1]
            unusable: IndexUnavailable | None = None
            with self._snapshot_lock:
                snap = self._snapshot
                if snap is None or (current is not None and current != snap.generation):
                    try:
                        snap = self._adopt_current(snap)
                    except IndexUnavailable as exc:
                        unusable = exc
            if unusable is not None:
                snap = self._repair(unusable, current)
        if snap is None:
            raise IndexUnavailable("No index has been built yet: run `python -m index build`.")
        return snap

    def _adopt_current(self, snap: Snapshot | None) -> Snapshot | None:
        """Load the generation CURRENT names; keep serving `snap` if it cannot be used;
        `Damaged` when there is no `snap`."""
        current = self.store.current_generation()
        try:
            loaded = self.store.load()
        except IndexUnavailable as exc:
            if current is not None:
                self._rejected = (current, exc)
            log.error("%s", exc)
            if snap is None:
                raise
            log.warning("still answering from %s", snap.generation)
            return snap
        if loaded is not None and snap is not None and not self._compatible(loaded.manifest):
            self._rejected = (
                loaded.generation,
                IndexUnavailable(f"The index {loaded.generation} was built with another model."),
            )
            log.warning(
                "the index built with %s does not fit this engine (%s); still answering from %s",
                loaded.manifest.model,
                self.embedder.name,
                snap.generation,
            )
            return snap
        self._snapshot = loaded or snap
        return self._snapshot

    def _load_fallback(self, damaged: str | None) -> Snapshot | None:
        """The newest intact generation other than `damaged`, loaded; None when there is none
        this engine can use."""
        generation = self.store.fallback(exclude=damaged)
        if generation is None or not self._compatible(generation.manifest):
            return None
        try:
            return self.store.load(generation.name)
        except IndexUnavailable:
            return None

    def _repair(self, unusable: IndexUnavailable, generation: str | None) -> Snapshot:
        """A damaged live index, with nothing loaded to answer from: rebuild it from the
        statements folder (intact segments kept, the rest embedded again) and serve it; when
        that cannot be done now (another writer at work, no model, no folder), serve the
        newest intact generation; `IndexUnavailable` saying why when there is none."""
        log.warning("rebuilding the index from %s", self.seeds_dir)
        try:
            report = self.refresh(wait=REPAIR_WAIT)
            log.warning("index rebuilt: %s", report.summary())
        except UndersignedError as exc:
            snap = self._load_fallback(generation)
            if snap is None:
                raise IndexUnavailable(f"{unusable} Rebuilding it failed: {exc}") from exc
            log.warning(
                "cannot rebuild now (%s); answering from %s meanwhile", exc, snap.generation
            )
            with self._snapshot_lock:
                if self._snapshot is None:
                    self._snapshot = snap
                return self._snapshot
        snap = self._snapshot
        if snap is None:
            raise unusable
        return snap

    def has_index(self) -> bool:
        """True when a built index exists on disk."""
        return self.store.current_generation() is not None

    def _check_seeds(self) -> None:
        if not self.seeds_dir.is_dir():
            raise SeedsNotFound(str(self.seeds_dir))

    def needs_refresh(self) -> bool:
        """True when there is no index, or the seeds, the model or the parser differ from the
        last build."""
        self._check_seeds()
        try:
            generation = self.store.open()  # every file checked (once per file and process)
        except IndexUnavailable:
            return True
        if generation is None:
            return True
        manifest = generation.manifest
        return (
            manifest.files != fingerprint(self.seeds_dir, manifest)
            or not self._compatible(manifest)
            or manifest.parser_version != ingest.PARSER_VERSION
            or manifest.schema != SCHEMA_VERSION
        )

    def _compatible(self, manifest: Manifest) -> bool:
        """Whether the vectors stored under `manifest` are this engine's (the same model and
        chunking); an older storage format is read again, its vectors kept."""
        return (
            manifest.model == self.embedder.name and manifest.chunking_version == CHUNKING_VERSION
        )

    def _unchanged(self, started: float) -> BuildReport | None:
        """A refresh's report when no file changed, from the manifest and SQLite alone: only
        while this engine holds the live generation, loaded and sound (a generation nobody
        loaded yet may be damaged, and a refresh must then rebuild it)."""
        live = self._snapshot
        if live is None or live.generation != self.store.current_generation():
            return None
        try:
            manifest = self.store.read_manifest()
            if (
                manifest is None
                or not self._compatible(manifest)
                or manifest.parser_version != ingest.PARSER_VERSION
                or manifest.schema != SCHEMA_VERSION
            ):
                return None
            return unchanged_report(self.seeds_dir, self.store, manifest, started)
        except IndexUnavailable:
            return None

    def _previous(self, notes: list[str]) -> Generation | None:
        """The generation a build goes on from, its damaged segments left out (said in
        `notes`); the newest intact one when the live one cannot be opened; None for none."""
        try:
            old = self.store.open(partial=True)
        except IndexUnavailable as exc:
            # CURRENT names a generation whose manifest is gone or damaged: build over the
            # newest intact one (its vectors reused), else from scratch.
            old = self.store.fallback(exclude=self.store.current_generation())
            over = f"built over {old.name}" if old is not None else "rebuilt from scratch"
            notes.append(f"previous index unreadable, {over}: {exc}")
        if old is not None and old.damaged:
            notes.append(
                "damaged files left out, their statements read and embedded again: "
                + "; ".join(old.damaged)
            )
        if old is not None and not self._compatible(old.manifest):
            notes.append(
                f"model or chunking changed ({old.manifest.model} -> {self.embedder.name}); "
                "every passage is re-embedded"
            )
        return old

    def _clean_leftovers(self) -> None:
        """Remove what killed writers left: unfinished generations, temporary CURRENT files,
        half-written uploads (`.<name>.<hex>.upload`; statements themselves are never touched).
        The caller holds the writers' lock."""
        for leftover in self.store.clean_leftovers():
            log.info("removed %s, left by an interrupted build", leftover)
        for path in self.seeds_dir.iterdir():
            if ingest.UPLOAD_LEFTOVER.match(path.name) and path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
                log.info("removed %s, left by an interrupted upload", path.name)

    def ensure_fresh(self, progress: Progress | None = None) -> BuildReport | None:
        """Build when there is no index, refresh when `seeds/` changed; None when up to date."""
        if self.needs_refresh():
            return self.refresh(progress)
        return None

    def refresh(
        self,
        progress: Progress | None = None,
        *,
        full: bool = False,
        warm: bool = True,
        wait: float | None = None,
    ) -> BuildReport:
        """Bring the index in line with `seeds/`, embedding only passages whose text is new.

        A failed file keeps its previous version in the index; a failed build leaves the
        previous index live. With `warm`, the new generation is loaded before returning (a
        serving engine's next question does not wait for it); without, at first use. Another
        writer at work is waited for up to `wait` seconds (default: the store's writer_wait).
        """
        self._check_seeds()
        started = time.monotonic()
        with self.store.writer(f"a build of the index ({_process_name()})", wait):
            self._clean_leftovers()
            if not full:
                same = self._unchanged(started)
                if same is not None:
                    return same
            # A damaged file found only when read (a build checks large arrays when it reads
            # them; loading checks every file) is known at the next attempt, which leaves its
            # segment out.
            last = MAX_SEGMENTS + 2
            for attempt in range(last + 1):
                notes: list[str] = []
                old = self._previous(notes)
                rebuild = full or (old is not None and not self._compatible(old.manifest))
                try:
                    report, _ = build(
                        self.seeds_dir,
                        self.store,
                        self.embedder,
                        old,
                        full=rebuild,
                        progress=progress,
                        notes=notes,
                        started=started,
                    )
                    if warm:
                        # What CURRENT names now (this build's, or the unchanged one) is what
                        # the engine serves; it is loaded here, not by the next question.
                        with self._snapshot_lock:
                            live = self._snapshot
                            if live is None or live.generation != self.store.current_generation():
                                self._adopt_current(None)
                    return report
                except Damaged as exc:
                    if attempt == last:
                        raise
                    log.error("%s", exc)
            raise AssertionError("unreachable")

    # ------------------------------------------------------------------ questions

    @_one_generation
    def ask(
        self,
        question: str,
        k: int = 5,
        *,
        organisation: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        highlight: int | None = None,
    ) -> Answer:
        """The paragraphs that best answer `question` (hybrid BM25 + dense ranking, one per
        paragraph, diversified), best first, each with its best sentence highlighted; none
        when the best match is under the relevance threshold. Filters come from the arguments,
        else from the question itself ("statements from 2024", "what did X sign about …").

        Highlights come from the sentence vectors stored at build; a generation stored without
        them (built through torch) encodes every sentence of a hit instead, the dearest part of
        a question: with `highlight`, only the first that many hits get theirs now
        (`highlight_hits` adds the others' when they are shown).

        The question is read as `textutil.clean_question` leaves it (control characters out,
        at most MAX_QUESTION_CHARS); `EmptyQuestion` when it has no words."""
        question, cleaning = clean_question(question)
        answer = self._answer(question, k, organisation, since, until, highlight)
        return dataclasses.replace(
            answer, notes=(*cleaning, *answer.notes), generation=self.snapshot.generation
        )

    def _answer(
        self,
        question: str,
        k: int,
        organisation: str | None,
        since: dt.date | None,
        until: dt.date | None,
        highlight: int | None,
    ) -> Answer:
        answer = self._ask(
            question, k, organisation, since, until, subject=True, highlight=highlight
        )
        if (
            organisation is None
            and answer.filters.from_question
            and answer.filters.organisation
            and not (answer.hits or answer.statements or answer.listed)
        ):
            # "What did X do about Y?" when X's own statements say nothing of Y: what others
            # wrote about it may ("the X has tabled a question in parliament").
            wider = self._ask(
                question, k, organisation, since, until, subject=False, highlight=highlight
            )
            if wider.hits:
                return wider
        return answer

    def _ask(
        self,
        question: str,
        k: int,
        organisation: str | None,
        since: dt.date | None,
        until: dt.date | None,
        *,
        subject: bool,
        highlight: int | None,
    ) -> Answer:
        question = question.strip()
        if not question:
            raise EmptyQuestion()
        if k < 1:
            raise ValueError("k must be at least 1")
        snap = self.snapshot
        filters, keywords = self._filters(question, organisation, since, until, subject=subject)
        notes = self._unknown_name_notes(question, filters) if organisation is None else ()
        unknown = self._unknown_names(snap, question)
        if organisation is None and not filters.organisation and not unknown:
            # "What did the Green Party of Koravia say …": every word known, the organisation
            # not. A name with a proper noun in it names one organisation, which is not here.
            name = named_organisation(question)
            if (
                name
                and re.search(r"\b[A-ZÀ-Þ][a-zà-ÿ]", name)
                and self.entities().resolve(name, suggest=False).method == "none"
                and not self._mentioned(snap, name)
            ):
                unknown = [name]
        if unknown:
            # A place or organisation the collection never mentions: whatever else the
            # question shares with the statements, they do not speak of it.
            names = " or ".join(unknown[:3])
            said = any(n.startswith("No organisation named") for n in notes)
            return Answer(
                question,
                (),
                is_about_signers(question),
                (),
                filters,
                notes=notes if said else (*notes, f"Nothing in the collection mentions {names}."),
            )
        if filters.from_question and filters.organisation and not self._topic(snap, keywords):
            # "What did X sign?" asks for a list, not for passages.
            return Answer(
                question,
                (),
                is_about_signers(question),
                (),
                filters,
                statements=self._listing(filters),
                notes=notes,
            )
        if (
            filters.from_question
            and not filters.organisation
            and filters.dated
            and not self._topic(snap, keywords)
        ):
            # "Which statements are from 2024?": the statements dated then.
            listed = tuple(s for s in self.statements() if filters.admits(s.date))
            about = is_about_signers(question)  # "Who signed statements in 2024?"
            signers = _signers(snap, [s.id for s in listed]) if about else ()
            return Answer(question, (), about, signers, filters, listed=listed, notes=notes)
        allowed = self._allowed_rows(snap, filters)
        about = is_about_signers(question)
        # A filter phrase read from the question says where to look, not what to find.
        asked = keywords if filters.from_question and len(keywords.split()) >= 3 else question
        query = self.embedder.embed_queries([asked])[0]
        keyword = snap.keyword.scores(keywords)
        dense = snap.dense_scores(query, keyword)
        fused = fuse(dense, keyword, self.alpha)
        if allowed is not None:
            fused = np.where(allowed, fused, -np.inf).astype(np.float32)
        # The order: the passage's own score, lifted by its statement's best.
        ranked = with_statement(fused, snap.statement_rows, self.statement_weight)
        if filters.organisation and filters.from_question and not filters.addressed:
            # "What did X say …": X's own statements before those X co-signed with others.
            ranked += AUTHOR_BONUS * self._rows_of(snap, self._authored(filters.organisation))
        topic = snap.keyword.terms(keywords) - _ASKING_WORDS - _LISTING_WORDS
        titled = np.zeros(len(snap), dtype=bool)
        if topic:
            # The words of the question its title holds: "the open letter to the Minister of
            # Labour" is the statement of that title.
            titles = self._title_terms(snap)
            cover = np.array([len(topic & t) / len(topic) for t in titles], dtype=np.float32)
            ranked += TITLE_WEIGHT * cover[snap.statement_rows]
            if about and len(topic) >= 2:
                # "Who wrote the open letter to …?" asks about the statement so titled, not
                # about words in one of its paragraphs.
                titled = (cover >= KEYWORD_COVERAGE)[snap.statement_rows]
                ranked[titled] += 1.0
        # A passage that holds words the question quotes is the one asked for; a statement
        # whose title they are ("What does 'Hands off the pension fund' ask?") is asked about.
        quoted, quoted_titles = self._quoted(snap, question)
        if allowed is not None:
            quoted = {row for row in quoted if allowed[row]}
        if quoted:
            ranked[list(quoted)] += 2.0
        in_quoted_title = self._rows_of(snap, quoted_titles)
        ranked[in_quoted_title] += 1.0
        # The best window of each paragraph stands for it.
        best: dict[tuple[str, int], int] = {}
        for row in top_k(ranked, max(10 * k, 60)):
            if not np.isfinite(ranked[row]):
                break
            passage = snap.passages[row]
            best.setdefault((passage.statement_id, passage.paragraph), row)
        wanted = (snap.keyword.terms(keywords) - _ASKING_WORDS) if best else set()
        # None of the question's words occurs anywhere: only a clear paraphrase answers it.
        unseen = _unseen(snap, wanted)
        threshold = self.min_score + (UNSEEN_MARGIN if unseen else 0.0)
        statement_terms = self._statement_terms(snap) if best and not unseen else {}
        # "Who wrote the letter to X?", "What did X call for?": X's statements answer,
        # whatever their words.
        named = bool(
            filters.organisation
            and filters.from_question
            and (about or (topic and topic <= _DEMANDING_WORDS))
        )
        # Passages the question points at (a quote, a title, an organisation's statements):
        # kept and not weak, whatever their cosine.
        pointed = titled | in_quoted_title | named
        pointed[list(quoted)] = True
        kept = []
        for row in best.values():
            if dense[row] >= threshold or pointed[row]:
                kept.append(row)
                continue
            if unseen:
                continue
            # Keyword-style questions embed poorly: most of their words in the passage, or in
            # it and the rest of its statement (its title, the paragraph naming the subject),
            # count.
            passage = snap.passages[row]
            found = wanted & _passage_terms(snap, row)
            covered = found | (wanted & statement_terms[passage.statement_id])
            if (
                found
                and len(covered) >= min(2, len(wanted))
                and len(covered) >= KEYWORD_COVERAGE * len(wanted)
                and dense[row] >= self.min_score - KEYWORD_MARGIN
            ) or (len(wanted) >= 3 and found == wanted):
                # Every one of three or more words of the question in one passage: what
                # was asked for, however poorly a list of words embeds.
                kept.append(row)
        vectors = np.stack([snap.vector(r) for r in kept]) if kept else np.zeros((0, 1), np.float32)
        order = mmr(range(len(kept)), ranked[kept], vectors, k, diversity=DIVERSITY) if kept else []
        chosen = [kept[i] for i in order]
        first = len(chosen) if highlight is None else highlight
        highlights = self._highlights(snap, chosen[:first], query)
        highlights += [() for _ in chosen[first:]]
        hits = tuple(
            _hit(
                snap.statements[snap.passages[row].statement_id],
                snap.passages[row].paragraph,
                float(fused[row]),
                dense=float(dense[row]),
                keyword=float(keyword[row]),
                weak=bool(dense[row] < self.min_score and not pointed[row]),
                highlights=highlights[i],
            )
            for i, row in enumerate(chosen)
        )
        signers = _signers(snap, [h.statement_id for h in hits]) if about else ()
        return Answer(question, hits, about, signers, filters, notes=notes)

    def _derived_from(self, snap: Snapshot, name: str, build: Callable[[], T]) -> T:
        """`build()`'s value for this generation, built once and kept until the next."""
        cached = self._derived.get(name)
        if cached is None or cached[0] != snap.generation:
            cached = self._derived[name] = (snap.generation, build())
        value: T = cached[1]
        return value

    def _title_terms(self, snap: Snapshot) -> list[frozenset[str]]:
        """Each statement's title words (stemmed), in `statement_order`."""

        def build() -> list[frozenset[str]]:
            return [
                frozenset(snap.keyword.terms(snap.statements[sid].title))
                for sid in snap.statement_order
            ]

        return self._derived_from(snap, "titles", build)

    def _statement_terms(self, snap: Snapshot) -> dict[str, frozenset[str]]:
        """Each statement's stemmed words (its passages' and its title's)."""

        def build() -> dict[str, frozenset[str]]:
            words: dict[str, set[str]] = {sid: set() for sid in snap.statements}
            for row, passage in enumerate(snap.passages):
                words[passage.statement_id].update(snap.keyword.row_terms(row))
            for sid, statement in snap.statements.items():
                words[sid] |= snap.keyword.terms(statement.title)
            return {k: frozenset(v) for k, v in words.items()}

        return self._derived_from(snap, "terms", build)

    @staticmethod
    def _rows_of(snap: Snapshot, statement_ids: set[str]) -> npt.NDArray[np.bool_]:
        """Which passage rows belong to these statements (one test per statement)."""
        chosen = np.array([sid in statement_ids for sid in snap.statement_order], dtype=bool)
        return chosen[snap.statement_rows] if len(snap) else np.zeros(0, dtype=bool)

    @staticmethod
    def _quoted(snap: Snapshot, question: str) -> tuple[set[int], set[str]]:
        """The passages that contain a phrase the question quotes (three words or more
        between quotation marks), compared without case, punctuation or line breaks, and the
        statements whose title contains one."""
        phrases = [
            _plain(quote)
            for m in _QUOTED.finditer(question)
            if len((quote := m.group(1) or m.group(2)).split()) >= 3
        ]
        phrases = [p for p in phrases if p]
        if not phrases:
            return set(), set()
        rows = {
            row
            for row, passage in enumerate(snap.passages)
            if any(p in _plain(passage.text) for p in phrases)
        }
        titles = {
            sid
            for sid, statement in snap.statements.items()
            if any(p in _plain(statement.title) for p in phrases)
        }
        return rows, titles

    @_one_generation
    def is_unseen(self, question: str) -> bool:
        """True when none of the question's content words occurs anywhere in the collection,
        so that the stricter threshold (MIN_SCORE + UNSEEN_MARGIN) decides."""
        snap = self.snapshot
        return _unseen(snap, snap.keyword.terms(question) - _ASKING_WORDS)

    def _topic(self, snap: Snapshot, keywords: str) -> set[str]:
        """The content words of a question once filter phrases and asking words are gone."""
        return snap.keyword.terms(keywords) - _ASKING_WORDS - _LISTING_WORDS

    def _listing(self, filters: Filters) -> tuple[Appearance, ...]:
        """The statements the filter's organisation appears on, within its date range."""
        assert filters.organisation is not None
        return tuple(
            a for a in self.lookup(filters.organisation).appearances if filters.admits(a.date)
        )

    def _unknown_names(self, snap: Snapshot, question: str) -> list[str]:
        """Names in the question — capitalised words, acronyms, demonyms — that occur nowhere
        in the collection (in no spelling close enough to be the same word)."""

        def build() -> _Vocabulary:
            words: set[str] = set()
            for statement in snap.statements.values():
                words.update(_WORD.findall(statement.text.casefold()))
                words.update(_WORD.findall(statement.title.casefold()))
            return _Vocabulary(words)

        vocabulary = self._derived_from(snap, "vocabulary", build)
        out: list[str] = []
        for index, match in enumerate(_NAME_IN_QUESTION.finditer(question)):
            name = re.sub(r"['’]s$", "", match.group(0))
            low = name.casefold()
            opens = not question[: match.start()].strip(" ¿¡\"'“«(")
            if index == 0 and opens and not re.search(r".[A-Z]", name):
                continue  # capitalised because it opens the question
            if low in _QUESTION_OPENERS or len(low) < 3 or vocabulary.knows(low):
                continue
            if low in _LANGUAGES and re.search(r"\bin\s+$", question[: match.start()], re.I):
                continue  # "a letter in Spanish"
            if re.fullmatch(r"[A-Z]{2,5}s", name) or low in _COMMON_ABBREVIATIONS:
                continue  # "MPs", "NGOs", "the PM": common nouns, not names
            if vocabulary.knows(low[: min(max(5, len(low) - 2), 12)]):
                continue  # "Kestrian" where the statements say "Kestria"
            out.append(name)
        return out

    def _mentioned(self, snap: Snapshot, name: str) -> bool:
        """Whether the name is written, word for word, in some statement or title."""

        def build() -> str:
            # Titles and texts, each between two spaces: a name is found only as whole words.
            parts = (f"{_plain(s.title)}  {_plain(s.text)}" for s in snap.statements.values())
            return f" {'  '.join(parts)} "

        text = self._derived_from(snap, "plain text", build)
        needle = _plain(re.sub(r"^the\s+", "", name, flags=re.I))
        return bool(needle) and f" {needle} " in text

    def _unknown_name_notes(self, question: str, filters: Filters) -> tuple[str, ...]:
        """A note when the question names an organisation the collection does not know, so
        the answer is not mistaken for that organisation's words."""
        if filters.organisation or not len(self.snapshot):
            return ()
        name = named_organisation(question)
        if not name:
            return ()
        found = self.entities().resolve(name)
        if found.entity is not None:
            return ()
        if found.method != "ambiguous" and self._mentioned(self.snapshot, name):
            return ()  # "the Belcaster Declaration": a title, or a name the texts use
        hint = f" (did you mean {'; '.join(found.suggestions[:3])}?)" if found.suggestions else ""
        what = (
            f"{name!r} could be several organisations{hint}"
            if found.method == "ambiguous"
            else f"No organisation named {name!r} is in the collection{hint}"
        )
        return (f"{what}; the question was answered from every statement.",)

    def _filters(
        self,
        question: str,
        organisation: str | None,
        since: dt.date | None,
        until: dt.date | None,
        *,
        subject: bool = True,
    ) -> tuple[Filters, str]:
        """Explicit filters win; otherwise those stated in the question. Also returns the
        question without the filter phrases, for keyword matching."""
        if organisation is not None or since is not None or until is not None:
            name = None
            if organisation:
                found = self.lookup(organisation)
                if not found.found:
                    hint = (
                        f" Did you mean: {'; '.join(found.suggestions)}?"
                        if found.suggestions
                        else ""
                    )
                    raise UnknownOrganisation(organisation, hint)
                name = found.name
            return Filters(name, since, until), question
        since, until, rest = dates_in(question)
        before = rest
        name, rest = (
            organisation_in(rest, self.entities(), subject=subject)
            if len(self.snapshot)
            else (None, rest)
        )
        addressed = bool(name) and addressed_to(before, rest)
        filters = Filters(name, since, until, from_question=True, addressed=addressed)
        return filters, rest if filters.active else question

    def _authored(self, organisation: str) -> set[str]:
        """The statements the organisation wrote alone (as their author)."""
        entity = self.entities().resolve(organisation).entity
        return {s.id for s, p in entity.parties if p.role is Role.AUTHOR} if entity else set()

    def _allowed_rows(self, snap: Snapshot, filters: Filters) -> npt.NDArray[np.bool_] | None:
        if not filters.active:
            return None
        statement_ids = set(snap.statements)
        if filters.organisation:
            entity = self.entities().resolve(filters.organisation).entity
            parties = entity.parties if entity else []
            if filters.addressed and any(p.role is Role.RECIPIENT for _, p in parties):
                parties = [(s, p) for s, p in parties if p.role is Role.RECIPIENT]
            statement_ids &= {s.id for s, _ in parties}
        if filters.dated:
            statement_ids &= {
                sid for sid in statement_ids if filters.admits(snap.statements[sid].date)
            }
        return np.array([p.statement_id in statement_ids for p in snap.passages], dtype=bool)

    @_one_generation
    def highlight_hits(self, question: str, hits: Sequence[Hit]) -> tuple[Hit, ...]:
        """The hits with their best sentence highlighted, for those asked without it (see
        `ask(highlight=…)`); a hit whose statement has left the index stays as it was."""
        snap = self.snapshot
        missing = [
            i
            for i, hit in enumerate(hits)
            if not hit.highlights and hit.statement_id in snap.statements
        ]
        if not missing:
            return tuple(hits)
        query = self.embedder.embed_queries([question])[0]
        places = [(hits[i].statement_id, hits[i].paragraph) for i in missing]
        found = dict(zip(missing, self._best_sentences(snap, places, query), strict=True))
        return tuple(
            dataclasses.replace(hit, highlights=found[i]) if i in found else hit
            for i, hit in enumerate(hits)
        )

    def _highlights(
        self, snap: Snapshot, rows: list[int], query: Vectors
    ) -> list[tuple[tuple[int, int], ...]]:
        """For each hit, the span (file offsets) of the sentence that best answers the query."""
        places = [(snap.passages[r].statement_id, snap.passages[r].paragraph) for r in rows]
        return self._best_sentences(snap, places, query)

    def _best_sentences(
        self, snap: Snapshot, places: list[tuple[str, int]], query: Vectors
    ) -> list[tuple[tuple[int, int], ...]]:
        """The best sentence of each paragraph: by the sentence vectors stored at build (each
        sentence read in its passage), else by encoding the paragraph's sentences now."""
        stored = [self._stored_sentences(snap, sid, number) for sid, number in places]
        if all(s is not None for s in stored):
            out: list[tuple[tuple[int, int], ...]] = []
            for found in stored:
                spans, vectors = found  # type: ignore[misc]
                if len(spans) < 2:
                    out.append(())
                    continue
                scores = vectors.astype(np.float32) @ query.reshape(-1)
                out.append((spans[int(np.argmax(scores))],))
            return out
        return self._encoded_sentences(snap, places, query)

    def _stored_sentences(
        self, snap: Snapshot, statement_id: str, number: int
    ) -> tuple[list[tuple[int, int]], npt.NDArray[np.float16]] | None:
        """The paragraph's sentences (file offsets) and their stored vectors, or None."""
        rows = self._paragraph_rows(snap).get((statement_id, number), [])
        spans: list[tuple[int, int]] = []
        parts = []
        for row in rows:
            vectors = snap.sentence_vectors(row)
            passage = snap.passages[row]
            own = [(a + passage.start, b + passage.start) for a, b in sentence_spans(passage.text)]
            if vectors is None or len(vectors) != len(own):
                return None
            spans.extend(own)
            parts.append(vectors)
        if not parts:
            return None
        return spans, np.concatenate(parts)

    def _paragraph_rows(self, snap: Snapshot) -> dict[tuple[str, int], list[int]]:
        """(statement id, paragraph) -> its passage rows."""

        def build() -> dict[tuple[str, int], list[int]]:
            rows: dict[tuple[str, int], list[int]] = {}
            for row, p in enumerate(snap.passages):
                rows.setdefault((p.statement_id, p.paragraph), []).append(row)
            return rows

        return self._derived_from(snap, "paragraph rows", build)

    def _encoded_sentences(
        self, snap: Snapshot, places: list[tuple[str, int]], query: Vectors
    ) -> list[tuple[tuple[int, int], ...]]:
        spans_per_hit: list[list[tuple[int, int]]] = []
        texts: list[str] = []
        for statement_id, number in places:
            statement = snap.statements[statement_id]
            paragraph = statement.paragraphs[number - 1]
            spans = sentence_spans(statement.text, paragraph.start, paragraph.end)
            spans_per_hit.append(spans)
            texts.extend(statement.text[a:b] for a, b in spans)
        if not texts:
            return [() for _ in places]
        vectors = self.embedder.embed_queries(texts)  # short sentences: the query side suits them
        scores = vectors @ query
        out: list[tuple[tuple[int, int], ...]] = []
        i = 0
        for spans in spans_per_hit:
            own = scores[i : i + len(spans)]
            i += len(spans)
            out.append((spans[int(np.argmax(own))],) if len(spans) > 1 else ())
        return out

    # ------------------------------------------------------------------ statements

    @_one_generation
    def statements(self) -> list[StatementSummary]:
        """Every indexed statement, newest first, undated last."""
        snap = self.snapshot
        items = [
            StatementSummary(
                s.id, s.title, s.date, s.source_url, len(s.paragraphs), len(s.signatories)
            )
            for s in snap.statements.values()
        ]
        return sorted(
            items, key=lambda s: (s.date is None, -(s.date or dt.date.min).toordinal(), s.id)
        )

    @_one_generation
    def info(self) -> CollectionInfo:
        """How many statements, passages and organisations the live index holds, the dates it
        spans and when it was built."""
        snap = self.snapshot
        dates = [s.date for s in snap.statements.values() if s.date]
        return CollectionInfo(
            statements=len(snap.statements),
            passages=len(snap.passages),
            organisations=len(self.entities().entities),
            earliest=min(dates, default=None),
            latest=max(dates, default=None),
            undated=len(snap.statements) - len(dates),
            built_at=snap.manifest.built_at,
            model=snap.manifest.model,
        )

    @_one_generation
    def statement(self, statement_id: str) -> Statement:
        """One statement by id; `UnknownStatement` if there is none."""
        statement = self.snapshot.statements.get(statement_id.strip())
        if statement is None:
            raise UnknownStatement(statement_id)
        return statement

    @_one_generation
    def find_statement(self, typed: str) -> Statement:
        """The statement with this id, else the one statement whose title contains the text
        (a title typed instead of an id); `UnknownStatement` when neither fits exactly one."""
        snap = self.snapshot
        found = snap.statements.get(typed.strip())
        if found is not None:
            return found
        needle = " ".join(typed.split()).casefold()
        titled = [s for s in snap.statements.values() if needle and needle in s.title.casefold()]
        if len(titled) == 1:
            return titled[0]
        raise UnknownStatement(typed)

    @_one_generation
    def signatories(self, statement_id: str) -> tuple[str, ...]:
        """The signatories of a statement, as written, in order."""
        return tuple(p.as_written for p in self.statement(statement_id).signatories)

    @_one_generation
    def lookup(self, organisation: str) -> OrganisationLookup:
        """Resolve a typed organisation name (exact, normalised, alias, acronym, structural,
        conservative fuzzy) and list where it signed, wrote, was addressed or is mentioned;
        suggestions instead when the name is ambiguous or unknown."""
        if not organisation.strip():
            raise EmptyQuestion("organisation name")
        return organisation_lookup(self.entities(), organisation)

    @_one_generation
    def signed_by(self, organisation: str) -> list[Appearance]:
        """Statements an organisation signed, wrote or was addressed in; empty when the name
        matches no organisation for sure (see `lookup` for suggestions)."""
        return list(self.lookup(organisation).appearances)

    @_one_generation
    def cosigners(
        self, organisation: str, limit: int = 25
    ) -> tuple[OrganisationLookup, list[Cosigner]]:
        """Who signs alongside an organisation most often (most shared statements first)."""
        lookup = self.lookup(organisation)
        if not lookup.found:
            return lookup, []
        entities = self.entities()
        entity = entities.resolve(organisation).entity
        assert entity is not None
        signed = {s.id for s, p in entity.parties if p.role is Role.SIGNATORY}
        shared: dict[str, list[str]] = {}
        for other in entities.entities.values():
            if other.id == entity.id:
                continue
            together = sorted(
                {s.id for s, p in other.parties if p.role is Role.SIGNATORY and s.id in signed}
            )
            if together:
                shared[other.name] = together
        ranked = sorted(shared.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold()))
        return lookup, [Cosigner(name, tuple(ids)) for name, ids in ranked[:limit]]

    @_one_generation
    def signed_by_all(
        self, organisations: list[str]
    ) -> tuple[list[OrganisationLookup], list[JointSignature]]:
        """The statements every one of the organisations signed; none unless every name
        resolves to one organisation for sure."""
        lookups = [self.lookup(name) for name in organisations]
        if not lookups or not all(lookup.found for lookup in lookups):
            return lookups, []
        per_org = [
            {a.statement_id: a for a in lookup.appearances if a.role is Role.SIGNATORY}
            for lookup in lookups
        ]
        common = set(per_org[0]).intersection(*per_org[1:])
        snap = self.snapshot
        joint = [
            JointSignature(
                sid,
                snap.statements[sid].title,
                snap.statements[sid].date,
                tuple(signed[sid].as_written for signed in per_org),
            )
            for sid in common
        ]
        joint.sort(
            key=lambda j: (j.date is None, -(j.date or dt.date.min).toordinal(), j.statement_id)
        )
        return lookups, joint

    @_one_generation
    def organisations(self) -> list[str]:
        """Every organisation's canonical name, for autocomplete."""
        return self.entities().names()

    @_one_generation
    def entities(self) -> EntityIndex:
        """The organisations of the live index, with the moderators' alias file applied."""
        snap = self.snapshot
        aliases_path = self.seeds_dir / ALIASES_FILE
        try:
            stamp = aliases_path.stat().st_mtime_ns if aliases_path.exists() else 0
        except OSError:
            stamp = 0
        cache_key = (snap.generation, stamp)
        cached = self._entities
        if cached is not None and cached[0] == cache_key:
            return cached[1]
        aliases, distinct = read_aliases(aliases_path)
        known_analyses(snap.name_analyses())
        index = EntityIndex(snap.statements.values(), aliases, distinct, snap.entity_groups())
        for problem in index.problems:
            log.warning("%s: %s", ALIASES_FILE, problem)
        self._entities = (cache_key, index)
        return index


def organisation_lookup(entities: EntityIndex, organisation: str) -> OrganisationLookup:
    """Where the organisation a typed name resolves to signed, wrote, was addressed or is
    mentioned, over one set of entities; suggestions instead when it resolves to none."""
    resolution = entities.resolve(organisation)
    entity = resolution.entity
    if entity is None:
        return OrganisationLookup(
            organisation, None, resolution.method, suggestions=resolution.suggestions
        )
    appearances = sorted(
        (Appearance(s.id, s.title, s.date, p.role, p.as_written) for s, p in entity.parties),
        key=lambda a: (
            ROLE_ORDER[a.role],
            a.date is None,
            -(a.date or dt.date.min).toordinal(),
            a.statement_id,
        ),
    )
    mentions = tuple(Mention(s.id, s.title, s.date, n) for s, n in entities.mentions(entity))
    return OrganisationLookup(
        organisation,
        entity.name,
        resolution.method,
        tuple(appearances),
        mentions,
        variants=tuple(entity.variants),
    )


def _hit(
    statement: Statement,
    paragraph_number: int,
    score: float,
    *,
    dense: float | None = None,
    keyword: float = 0.0,
    weak: bool = False,
    highlights: tuple[tuple[int, int], ...] = (),
) -> Hit:
    paragraph = statement.paragraphs[paragraph_number - 1]
    return Hit(
        statement_id=statement.id,
        title=statement.title,
        date=statement.date,
        source_url=statement.source_url,
        file_name=statement.file_name,
        paragraph=paragraph.number,
        text=paragraph.text,
        score=score,
        start=paragraph.start,
        end=paragraph.end,
        dense_score=score if dense is None else dense,
        keyword_score=keyword,
        weak=weak,
        highlights=highlights,
    )
