"""The index on disk: immutable segments gathered into atomic generations.

    DATA_DIR/
      CURRENT                          name of the live generation (replaced atomically)
      generations/<name>/
        manifest.json                  what it was built from, and its segments
        entities.json                  the organisations, grouped over the whole collection
        segments/<segment>/            one batch of statements, written once:
          statements.sqlite            statements, paragraphs, parties, passages, acronyms
          vectors.npy                  passage vectors (float32), row-aligned with passages
          sentences.npy, sentence_offsets.npy   each passage's sentence vectors (float16)
          bm25/                        term counts (see retrieval.TermCounts)
      .lock                            the writers' lock (builds, add, remove) and its holder

A build writes a new generation beside the live one and then replaces CURRENT, so a crash
mid-build leaves the previous generation live and loadable. A segment never changes once
written: the next generation hard-links the segments it keeps (a copy where the file system
cannot link) and writes one new segment for what changed, so adding one statement writes only
that statement's data, its organisations' grouping and the manifest. Statements changed or
removed since a segment was written are listed as `dead` beside it in the manifest. When
segments pile up, or too much of them is dead, a build merges them into one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from . import dense
from .dense import DenseScores
from .embedding import Vectors
from .entities import stored_analyses
from .errors import BuildInProgress, IndexUnavailable
from .models import Paragraph, Party, Passage, Role, Statement
from .retrieval import KeywordIndex, Scores, TermCounts

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4  # 3: one faiss file, SQLite database and BM25 folder per generation
ENTITIES_FILE = "entities.json"  # the organisations grouped over the whole collection
SEGMENTS_DIR = "segments"
VECTORS_FILE = "vectors.npy"
SENTENCES_FILE = "sentences.npy"
SENTENCE_OFFSETS_FILE = "sentence_offsets.npy"
DATABASE_FILE = "statements.sqlite"
BM25_DIR = "bm25"
NAMES_FILE = "names.json"  # each party name's analysis (entities.stored_analyses)
# A build merges segments when there would be more than this many …
MAX_SEGMENTS = 8
# … or when more than this share of a segment's passages is dead.
DEAD_SHARE = 0.25

_ROLES = {role.value: role for role in Role}
_SCHEMA = """
CREATE TABLE statements (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, file_name TEXT NOT NULL,
    title TEXT NOT NULL, date TEXT, source_url TEXT, content_hash TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE paragraphs (
    statement_id TEXT NOT NULL REFERENCES statements(id), number INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (statement_id, number)
);
CREATE TABLE parties (
    statement_id TEXT NOT NULL REFERENCES statements(id), role TEXT NOT NULL,
    position INTEGER NOT NULL, as_written TEXT NOT NULL, key TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'organisation'
);
CREATE INDEX parties_key ON parties(key);
CREATE TABLE passages (
    row INTEGER PRIMARY KEY, statement_id TEXT NOT NULL REFERENCES statements(id),
    paragraph INTEGER NOT NULL, window INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text_hash TEXT NOT NULL
);
CREATE INDEX passages_hash ON passages(text_hash);
CREATE TABLE acronyms (
    statement_id TEXT NOT NULL REFERENCES statements(id), acronym TEXT NOT NULL,
    key TEXT NOT NULL
);
"""


def text_hash(text: str) -> str:
    """The content key of a passage's vector."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a generation was built from and with."""

    model: str
    dimension: int
    chunking_version: int
    built_at: str
    files: dict[str, str] = field(default_factory=dict)
    statements: int = 0
    passages: int = 0
    schema: int = SCHEMA_VERSION
    parser_version: int = 1  # manifests from before the field existed were parser 1
    # Size and modification time of each file when it was hashed: the next build reads again
    # only files whose stats differ (see build.scan_files).
    file_stats: dict[str, list[int]] = field(default_factory=dict)
    # The segments, in order: {"name", "passages", "statements", "dead": [statement ids],
    # "files": {path in the segment: [size, sha256]}}.
    segments: list[dict[str, Any]] = field(default_factory=list)
    # The generation's own files (entities.json, names.json): {name: [size, sha256]}.
    checksums: dict[str, list[Any]] = field(default_factory=dict)

    def to_json(self) -> str:
        """The manifest file's text (compact: it lists every file of a large collection),
        ending with the sha256 of everything before it, checked by `from_json`."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        body = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return body[:-1] + f',"{_SEAL}":"{_seal(body[:-1])}"}}'

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse a manifest file, ignoring keys this version does not know; `ValueError` when
        its seal does not match what it holds (a manifest from before seals has none)."""
        data: dict[str, Any] = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the manifest is not a JSON object")
        seal = data.pop(_SEAL, None)
        if seal is not None:
            cut = text.rstrip().rfind(f',"{_SEAL}":')
            if cut < 0 or _seal(text[:cut]) != seal:
                raise ValueError("the manifest does not match its checksum")
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


_SEAL = "sha256"


def _is_large(relative: str) -> bool:
    """Whether a segment file is one of the large arrays a build seldom reads."""
    return relative.endswith((".npy", ".faiss"))


def _seal(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class Damaged(IndexUnavailable):
    """Files of a generation that do not match their checksums (or cannot be read)."""

    def __init__(self, generation: str, problems: Sequence[str]) -> None:
        self.generation = generation
        self.problems = tuple(problems)
        super().__init__(
            f"The stored index {generation} is damaged: {'; '.join(problems)}. It is rebuilt "
            "from the statements folder at the next build (`python -m index build`, /reindex)."
        )


def file_checksum(path: Path) -> list[Any]:
    """[size, sha256] of a file."""
    with open(path, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
        return [os.fstat(handle.fileno()).st_size, digest]


def tree_checksums(folder: Path) -> dict[str, list[Any]]:
    """{path under `folder`: [size, sha256]} of every file in it."""
    return {
        path.relative_to(folder).as_posix(): file_checksum(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


class Verifier:
    """Checks files against their checksums, each file once while its size, modification
    time and inode stay the same (segments are written once and shared between
    generations: one check serves them all)."""

    def __init__(self) -> None:
        self._good: dict[str, tuple[int, int, int, int, str]] = {}
        self._bad: dict[str, tuple[int, int, int, int, str]] = {}
        self._lock = threading.Lock()
        self.hashed_bytes = 0  # what was read to check, for the benchmarks

    def problems(
        self,
        folder: Path,
        expected: Mapping[str, Sequence[Any]],
        label: str,
        *,
        read: bool = True,
    ) -> dict[str, str]:
        """{file: what is wrong with it} for the files of `folder` that do not match
        (`label` names the folder in the sentences). Without `read`, only what is known
        without reading: missing, the wrong size, or found not to match before (unchanged)."""
        found: dict[str, str] = {}
        for relative, (size, digest) in sorted(expected.items()):
            path = folder / relative
            name = f"{label}/{relative}"
            try:
                st = path.stat()
            except OSError:
                found[relative] = f"{name} is missing"
                continue
            key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, str(digest))
            if self._good.get(str(path)) == key:
                continue
            if self._bad.get(str(path)) == key:
                found[relative] = f"{name} does not match its checksum"
                continue
            if st.st_size != size:
                found[relative] = f"{name} has {st.st_size:,} bytes, not {size:,}"
                continue
            if not read:
                continue
            try:
                actual = file_checksum(path)[1]
            except OSError as exc:
                found[relative] = f"{name} cannot be read ({exc.strerror or exc})"
                continue
            with self._lock:
                self.hashed_bytes += st.st_size
                (self._good if actual == digest else self._bad)[str(path)] = key
            if actual != digest:
                found[relative] = f"{name} does not match its checksum"
        return found


@dataclass(frozen=True, slots=True)
class SegmentData:
    """What a build writes as a new segment: statements, their passages (in order) with one
    vector each, optionally each passage's sentence vectors, their term counts, and the
    acronyms each statement's text defines (statement id -> [(acronym, name key)])."""

    statements: Sequence[Statement]
    passages: Sequence[Passage]
    vectors: Vectors
    sentences: Sequence[Vectors] | None
    terms: TermCounts
    acronyms: Mapping[str, Sequence[tuple[str, str]]]


@dataclass(frozen=True, slots=True)
class Indexed:
    """What the manifest and a segment's database say of one live statement, without its
    text: where it is and what it was built from."""

    segment: int
    file_name: str
    content_hash: str
    passages: int


class StoredSegment:
    """One segment on disk; nothing is read until asked."""

    def __init__(self, folder: Path, ref: Mapping[str, Any]) -> None:
        self.folder = folder
        self.name = str(ref["name"])
        self.passages = int(ref["passages"])
        self.statements = int(ref.get("statements", 0))
        self.dead = frozenset(str(s) for s in ref.get("dead", []))
        # Each file's [size, sha256]; None for a segment written before checksums.
        files = ref.get("files")
        self.files: dict[str, list[Any]] | None = dict(files) if isinstance(files, dict) else None
        self._index: dict[str, tuple[str, str, int]] | None = None
        # Files to check against their checksums when first read (see Generation.verify).
        self._pending: dict[str, list[Any]] = {}
        self._verifier: Verifier | None = None
        self._generation = ""

    def defer(self, files: Mapping[str, list[Any]], verifier: Verifier, generation: str) -> None:
        """Check `files` when they are first read instead of now."""
        self._pending = dict(files)
        self._verifier = verifier
        self._generation = generation

    def _trust(self, *names: str) -> None:
        """`Damaged` unless the files `names` (those still to be checked) match their checksums."""
        wanted = {n: self._pending[n] for n in names if n in self._pending}
        if not wanted or self._verifier is None:
            return
        problems = self._verifier.problems(self.folder, wanted, f"{SEGMENTS_DIR}/{self.name}")
        if problems:
            raise Damaged(self._generation, list(problems.values()))
        for name in wanted:
            self._pending.pop(name, None)

    def ref(self, dead: Iterable[str]) -> dict[str, Any]:
        """This segment's manifest entry with `dead` statements (and its files' checksums,
        made now for a segment written before them)."""
        return {
            "name": self.name,
            "passages": self.passages,
            "statements": self.statements,
            "dead": sorted(dead),
            "files": self.files if self.files is not None else tree_checksums(self.folder),
        }

    def _connect(self) -> sqlite3.Connection:
        path = self.folder / DATABASE_FILE
        if not path.exists():
            raise FileNotFoundError(path)
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def check(self) -> None:
        """Raise if the segment's files are missing or do not fit together (cheap: headers
        and counts, no data read)."""
        vectors = np.load(self.folder / VECTORS_FILE, mmap_mode="r", allow_pickle=False)
        if vectors.ndim != 2 or len(vectors) != self.passages:
            raise ValueError(f"segment {self.name}: {len(vectors)} vectors, not {self.passages}")
        con = self._connect()
        try:
            (rows,) = con.execute("SELECT COUNT(*) FROM passages").fetchone()
        finally:
            con.close()
        if rows != self.passages:
            raise ValueError(f"segment {self.name}: {rows} passages, not {self.passages}")
        for name in ("vocab.json", *(f"{n}.npy" for n in TermCounts.FILES)):
            if not (self.folder / BM25_DIR / name).is_file():
                raise FileNotFoundError(self.folder / BM25_DIR / name)

    def index(self) -> dict[str, tuple[str, str, int]]:
        """Statement id -> (file name, content hash, passages) of every statement stored here,
        dead ones included."""
        if self._index is None:
            self._index = self._read_index()
        return self._index

    def _read_index(self) -> dict[str, tuple[str, str, int]]:
        con = self._connect()
        try:
            counts = dict(
                con.execute("SELECT statement_id, COUNT(*) FROM passages GROUP BY statement_id")
            )
            return {
                sid: (name, digest, int(counts.get(sid, 0)))
                for sid, name, digest in con.execute(
                    "SELECT id, file_name, content_hash FROM statements ORDER BY position"
                )
            }
        finally:
            con.close()

    def read(self) -> tuple[dict[str, Statement], list[Passage]]:
        """Every statement (dead ones included) and every passage, in row order."""
        return _read_sqlite(self.folder / DATABASE_FILE)

    def parties(self, wanted: set[str]) -> tuple[list[Statement], dict[str, list[tuple[str, str]]]]:
        """The `wanted` statements with their parties but without their text, and the
        acronyms each one's text defines: what grouping the organisations needs."""
        con = self._connect()
        try:
            parties: dict[str, list[Party]] = {}
            for sid, role, as_written, key, kind in con.execute(
                "SELECT statement_id, role, as_written, key, kind FROM parties "
                "ORDER BY statement_id, position"
            ):
                if sid in wanted:
                    parties.setdefault(sid, []).append(Party(as_written, key, _ROLES[role], kind))
            acronyms: dict[str, list[tuple[str, str]]] = {}
            for sid, acronym, key in con.execute(
                "SELECT statement_id, acronym, key FROM acronyms ORDER BY rowid"
            ):
                if sid in wanted:
                    acronyms.setdefault(sid, []).append((acronym, key))
            statements = []
            for sid, file_name, title, date, source_url, digest in con.execute(
                "SELECT id, file_name, title, date, source_url, content_hash FROM statements "
                "ORDER BY position"
            ):
                if sid not in wanted:
                    continue
                own = parties.get(sid, [])
                statements.append(
                    Statement(
                        id=sid,
                        file_name=file_name,
                        title=title,
                        date=dt.date.fromisoformat(date) if date else None,
                        source_url=source_url,
                        text="",
                        content_hash=digest,
                        paragraphs=(),
                        signatories=tuple(p for p in own if p.role is Role.SIGNATORY),
                        authors=tuple(p for p in own if p.role is Role.AUTHOR),
                        recipients=tuple(p for p in own if p.role is Role.RECIPIENT),
                    )
                )
                acronyms.setdefault(sid, [])
            return statements, acronyms
        finally:
            con.close()

    def acronyms(self) -> dict[str, list[tuple[str, str]]]:
        """Statement id -> the acronyms its text defines."""
        con = self._connect()
        try:
            out: dict[str, list[tuple[str, str]]] = {}
            for sid, acronym, key in con.execute(
                "SELECT statement_id, acronym, key FROM acronyms ORDER BY rowid"
            ):
                out.setdefault(sid, []).append((acronym, key))
            return out
        finally:
            con.close()

    def rows_by_hash(self, hashes: set[str]) -> dict[str, int]:
        """Text hash -> a row holding that passage text, for the hashes stored here."""
        con = self._connect()
        try:
            found: dict[str, int] = {}
            wanted = list(hashes)
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for row, digest in con.execute(
                    f"SELECT row, text_hash FROM passages WHERE text_hash IN ({marks})", chunk
                ):
                    found.setdefault(digest, int(row))
            return found
        finally:
            con.close()

    def vectors(self) -> npt.NDArray[np.float32]:
        """The passage vectors, memory-mapped."""
        self._trust(VECTORS_FILE)
        return np.load(self.folder / VECTORS_FILE, mmap_mode="r", allow_pickle=False)  # type: ignore[no-any-return]

    def sentences(self) -> tuple[Any, Any] | None:
        """(sentence vectors memory-mapped, each passage's offsets), or None when the segment
        was stored without them (or they do not fit)."""
        if not (self.folder / SENTENCES_FILE).exists():
            return None
        self._trust(SENTENCES_FILE, SENTENCE_OFFSETS_FILE)
        try:
            vectors = np.load(self.folder / SENTENCES_FILE, mmap_mode="r", allow_pickle=False)
            offsets = np.load(self.folder / SENTENCE_OFFSETS_FILE, allow_pickle=False)
        except (OSError, ValueError) as exc:
            log.warning("segment %s: sentence vectors unreadable (%s); ignored", self.name, exc)
            return None
        if len(offsets) != self.passages + 1 or int(offsets[-1]) != len(vectors):
            log.warning("segment %s: sentence vectors do not match; ignored", self.name)
            return None
        return vectors, offsets

    def terms(self) -> TermCounts:
        """The passages' term counts."""
        self._trust(*(f"{BM25_DIR}/{name}.npy" for name in TermCounts.FILES))
        return TermCounts.load(self.folder / BM25_DIR)

    def ann(self) -> Any:
        """The approximate index of a large segment, or None (see dense.py)."""
        path = self.folder / dense.ANN_FILE
        if not path.exists():
            return None
        self._trust(dense.ANN_FILE)
        return dense.read_ann(path)


class Generation:
    """A stored generation, opened (manifest read, segments checked) but not loaded."""

    def __init__(self, name: str, folder: Path, manifest: Manifest) -> None:
        self.name = name
        self.folder = folder
        self.manifest = manifest
        # Written before segments (schema 3): its vectors can still be reused by text.
        self.legacy = manifest.schema < 4
        self.segments = [
            StoredSegment(folder / SEGMENTS_DIR / str(ref["name"]), ref)
            for ref in manifest.segments
        ]
        # What `verify(partial=True)` found damaged and left out (one sentence each), and
        # which of the generation's own files are not to be trusted.
        self.damaged: list[str] = []
        self.untrusted: set[str] = set()
        self._live: dict[str, Indexed] | None = None

    def verify(self, verifier: Verifier, *, partial: bool = False) -> None:
        """Check every file against the manifest's checksums (and each segment's structure).
        `Damaged` when anything is wrong; with `partial`, damaged segments are left out
        instead (a build re-embeds their statements) and damaged files of the generation's
        own are marked untrusted."""
        problems: list[str] = []
        own = verifier.problems(self.folder, self.manifest.checksums, self.name)
        self.untrusted = set(own)
        problems.extend(own.values())
        intact: list[StoredSegment] = []
        for segment in self.segments:
            found: list[str] = []
            label = f"{SEGMENTS_DIR}/{segment.name}"
            if segment.files is not None:
                now = segment.files
                if partial:
                    # A build reads few of the large arrays: each is checked when first read
                    # (sizes, and what was found damaged before, now).
                    later = {k: v for k, v in now.items() if _is_large(k)}
                    now = {k: v for k, v in now.items() if not _is_large(k)}
                    found.extend(
                        verifier.problems(segment.folder, later, label, read=False).values()
                    )
                    segment.defer(later, verifier, self.name)
                found.extend(verifier.problems(segment.folder, now, label).values())
            if not found:
                try:
                    segment.check()
                except Exception as exc:
                    found = [f"{SEGMENTS_DIR}/{segment.name} cannot be read ({exc})"]
            if found:
                problems.extend(found)
            else:
                intact.append(segment)
        if problems and not partial:
            raise Damaged(self.name, problems)
        if len(intact) != len(self.segments):
            self.segments = intact
            self._live = None
        self.damaged = problems

    def name_analyses(self) -> dict[str, Any]:
        """The analyses of party names the build stored (see `entities.known_analyses`);
        none when the file is damaged."""
        return {} if NAMES_FILE in self.untrusted else _read_analyses(self.folder)

    def groups(self) -> list[dict[str, Any]] | None:
        """The organisations the build grouped, or None when they cannot be trusted."""
        return None if ENTITIES_FILE in self.untrusted else read_groups(self.folder)

    def live(self) -> dict[str, Indexed]:
        """Every statement of the generation, where it is stored and what it was built from."""
        if self._live is None:
            live: dict[str, Indexed] = {}
            for i, segment in enumerate(self.segments):
                for sid, (name, digest, passages) in segment.index().items():
                    if sid not in segment.dead:
                        live[sid] = Indexed(i, name, digest, passages)
            self._live = live
        return self._live

    def reuse(
        self, hashes: set[str], with_sentences: bool
    ) -> dict[str, tuple[Vectors, Vectors | None]]:
        """Vectors (and sentence vectors) of passage texts this generation already holds, by
        text hash; with `with_sentences`, only those stored with their sentence vectors."""
        found: dict[str, tuple[Vectors, Vectors | None]] = {}
        if self.legacy:
            return self._legacy_reuse(hashes, with_sentences)
        for segment in self.segments:
            wanted = hashes - found.keys()
            if not wanted:
                break
            rows = segment.rows_by_hash(wanted)  # SQLite first: arrays only when needed
            if not rows:
                continue
            sentences = segment.sentences()
            if with_sentences and sentences is None:
                continue
            vectors = segment.vectors()
            for digest, row in rows.items():
                kept = None
                if sentences is not None:
                    values, offsets = sentences
                    kept = np.array(values[int(offsets[row]) : int(offsets[row + 1])])
                found[digest] = (np.array(vectors[row], dtype=np.float32), kept)
        return found

    def _legacy_reuse(
        self, hashes: set[str], with_sentences: bool
    ) -> dict[str, tuple[Vectors, Vectors | None]]:
        """The same from a generation of schema 3: one faiss file, database and sentence
        vectors file."""
        try:
            import faiss

            index = faiss.read_index(str(self.folder / "index.faiss"))
            con = sqlite3.connect(f"file:{self.folder / DATABASE_FILE}?mode=ro", uri=True)
            try:
                rows = {
                    digest: int(row)
                    for row, digest in con.execute("SELECT row, text_hash FROM passages")
                    if digest in hashes
                }
            finally:
                con.close()
            sentences = None
            if (self.folder / SENTENCES_FILE).exists():
                sentences = (
                    np.load(self.folder / SENTENCES_FILE, mmap_mode="r", allow_pickle=False),
                    np.load(self.folder / SENTENCE_OFFSETS_FILE, allow_pickle=False),
                )
            elif with_sentences:
                return {}
            found: dict[str, tuple[Vectors, Vectors | None]] = {}
            for digest, row in rows.items():
                kept = None
                if sentences is not None:
                    values, offsets = sentences
                    kept = np.array(values[int(offsets[row]) : int(offsets[row + 1])])
                found[digest] = (np.asarray(index.reconstruct(row), dtype=np.float32), kept)
            return found
        except Exception as exc:  # an old index that cannot be read: embed again
            log.warning("%s: vectors of the older index unreadable (%s)", self.name, exc)
            return {}


class _Sentences:
    """Where each passage row's sentence vectors are: segment files, memory-mapped."""

    def __init__(
        self,
        parts: Sequence[tuple[Any, Any] | None],
        where_part: npt.NDArray[np.int32],
        where_row: npt.NDArray[np.int64],
    ) -> None:
        self.parts = list(parts)
        self.where_part = where_part
        self.where_row = where_row

    def get(self, row: int) -> Vectors | None:
        part = self.parts[int(self.where_part[row])]
        if part is None:
            return None
        vectors, offsets = part
        local = int(self.where_row[row])
        return vectors[int(offsets[local]) : int(offsets[local + 1])]  # type: ignore[no-any-return]


class Snapshot:
    """One loaded generation: immutable, safe to search from many threads."""

    def __init__(
        self,
        generation: str,
        manifest: Manifest,
        statements: dict[str, Statement],
        passages: Sequence[Passage],
        dense: DenseScores,
        keyword: KeywordIndex,
        folder: Path | None,
        sentences: _Sentences,
    ) -> None:
        self.generation = generation
        self.folder = folder
        self.manifest = manifest
        self.statements = statements
        self.passages = tuple(passages)
        if dense.size != len(self.passages) or keyword.size != len(self.passages):
            raise ValueError("one vector and one BM25 row per passage")
        self._dense = dense
        self.keyword = keyword
        self._sentences = sentences
        # Which statement each passage row belongs to (0 … statements − 1), for the
        # statement-level part of the ranking.
        self.statement_order = list(dict.fromkeys(p.statement_id for p in self.passages))
        order = {sid: i for i, sid in enumerate(self.statement_order)}
        self.statement_rows = np.array(
            [order[p.statement_id] for p in self.passages], dtype=np.int64
        )

    def __len__(self) -> int:
        return len(self.passages)

    def entity_groups(self) -> list[dict[str, Any]] | None:
        """The organisations the build grouped (`entities.json`), or None for a generation
        written before groups were stored, or one whose file cannot be read."""
        return read_groups(self.folder) if self.folder is not None else None

    def name_analyses(self) -> dict[str, Any]:
        """The analyses of party names the build stored (see `entities.known_analyses`)."""
        return _read_analyses(self.folder) if self.folder is not None else {}

    def vectors(self) -> Vectors:
        """All passage vectors, row-aligned with `passages` (a copy, made when asked)."""
        out = np.zeros((len(self.passages), self.manifest.dimension), dtype=np.float32)
        for vectors, _, rows in self._dense.parts:
            live = rows >= 0
            out[rows[live]] = vectors[live]
        return out

    def sentence_vectors(self, row: int) -> Vectors | None:
        """The vectors of one passage's sentences (`sentence_spans(passage.text)` order, read
        in the passage: see OnnxEncoder.encode_with_spans), or None for a passage stored
        without them."""
        return self._sentences.get(row)

    @property
    def approximate(self) -> bool:
        """Whether dense scores come from an approximate index (see dense.py)."""
        return self._dense.approximate

    def dense_scores(self, query: Vectors, keyword: Scores | None = None) -> Scores:
        """The cosine of every passage with `query`, row-aligned with `passages`: exact, or,
        past dense.ANN_MIN_ROWS, for the candidates the approximate index and the best
        `keyword` scores propose and the lowest of those elsewhere (see dense.py)."""
        if not len(self.passages):
            return np.zeros(0, dtype=np.float32)
        return self._dense.scores(query, keyword)

    def vector(self, row: int) -> Vectors:
        """One passage's vector."""
        s = self._sentences
        vectors = self._dense.parts[int(s.where_part[row])][0]
        return np.asarray(vectors[int(s.where_row[row])], dtype=np.float32)


class Store:
    """Reads and writes generations in a data directory."""

    def __init__(self, data_dir: Path, *, writer_wait: float | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.writer_wait = WRITER_WAIT if writer_wait is None else writer_wait
        # Called once with the holder's description when a writer has to wait for it.
        self.on_wait: Callable[[str], None] | None = None
        self._thread_lock = threading.Lock()
        self.verifier = Verifier()
        self._owner: int | None = None  # the thread holding the writers' lock
        self._holder: str | None = None

    @property
    def _generations(self) -> Path:
        return self.data_dir / "generations"

    @property
    def _current_file(self) -> Path:
        return self.data_dir / "CURRENT"

    def current_generation(self) -> str | None:
        """The live generation's name, or None when nothing was built yet."""
        try:
            name = self._current_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name or None

    def read_manifest(self, name: str | None = None) -> Manifest | None:
        """The manifest of generation `name` (default: the live one), without loading
        anything else; `IndexUnavailable` when it is missing or damaged."""
        name = name or self.current_generation()
        if name is None:
            return None
        try:
            return Manifest.from_json(
                (self._generations / name / "manifest.json").read_text(encoding="utf-8")
            )
        except (OSError, ValueError, TypeError) as exc:
            raise Damaged(name, [f"{name}/manifest.json cannot be read ({exc})"]) from exc

    def open(self, name: str | None = None, *, partial: bool = False) -> Generation | None:
        """Generation `name` (default: the live one), its manifest read and every file
        checked against its checksum, nothing loaded; None when there is none. `Damaged`
        when something does not match — with `partial`, only when the manifest does:
        damaged segments are left out (see `Generation.verify`)."""
        name = name or self.current_generation()
        if name is None:
            return None
        manifest = self.read_manifest(name)
        assert manifest is not None
        generation = Generation(name, self._generations / name, manifest)
        if not generation.legacy:
            generation.verify(self.verifier, partial=partial)
        return generation

    def fallback(self, exclude: str | None) -> Generation | None:
        """The newest generation other than `exclude` whose every file is intact, or None."""
        if not self._generations.is_dir():
            return None
        names = sorted(
            (p.name for p in self._generations.iterdir() if not p.name.startswith(".")),
            reverse=True,
        )
        for name in names:
            if name == exclude:
                continue
            try:
                generation = self.open(name)
            except IndexUnavailable:
                continue
            if generation is not None and not generation.legacy:
                return generation
        return None

    def statement_ids(self) -> set[str]:
        """Ids of the statements the live generation holds, read from SQLite alone."""
        generation = self.open()
        if generation is None:
            return set()
        try:
            return set(generation.live())
        except (sqlite3.Error, OSError) as exc:
            raise IndexUnavailable(
                f"The stored index {generation.name} cannot be read ({exc})."
            ) from exc

    def update_manifest(self, generation: str, manifest: Manifest) -> None:
        """Replace a generation's manifest (atomically), for metadata that is no part of what
        it holds: the seed files' stats. The caller holds `writer()`."""
        folder = self._generations / generation
        if folder.is_dir():
            _atomic_write(folder / "manifest.json", manifest.to_json())

    def load(self, name: str | None = None) -> Snapshot | None:
        """Generation `name` (default: the live one), every file checked; None when there is
        none; `Damaged` (an `IndexUnavailable`) when a file does not match its checksum."""
        generation = self.open(name)
        if generation is None:
            return None
        if generation.legacy:
            raise IndexUnavailable(
                f"The stored index {generation.name} is in an older format; run "
                "`python -m index build` (passage vectors are reused)."
            )
        try:
            return _assemble(generation)
        except Exception as exc:
            raise Damaged(generation.name, [f"it cannot be read ({exc})"]) from exc

    def clean_leftovers(self) -> list[str]:
        """Remove what interrupted writers left (unfinished generations, temporary CURRENT
        files); the names removed. Only while holding the writers' lock (else nothing): a
        writer at work owns its temporary files."""
        try:
            with self.writer("a clean-up of unfinished builds", timeout=0):
                found = [
                    p
                    for folder in (self.data_dir, self._generations)
                    if folder.is_dir()
                    for p in folder.iterdir()
                    if p.name.startswith((".tmp-", ".CURRENT."))
                ]
                for path in found:
                    if path.is_dir():
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        path.unlink(missing_ok=True)
                return [p.name for p in found]
        except BuildInProgress:
            return []

    def write(
        self,
        manifest: Manifest,
        kept: Sequence[tuple[StoredSegment, Iterable[str]]],
        new: SegmentData | None,
        groups: list[dict[str, Any]],
        names: Iterable[str] = (),
    ) -> str:
        """Write a new generation of the `kept` segments (each with its dead statements) and
        the `new` one, with the organisations' `groups` and the analyses of the party `names`,
        and make it live; its name. The caller holds `writer()`."""
        if new is not None and len(new.passages) != len(new.vectors):
            raise ValueError("one vector per passage")
        # Names sort in the order generations were made (to the microsecond).
        name = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:8]
        self._generations.mkdir(parents=True, exist_ok=True)
        tmp = self._generations / f".tmp-{name}"
        tmp.mkdir()
        try:
            refs: list[dict[str, Any]] = []
            for segment, dead in kept:
                _link_tree(segment.folder, tmp / SEGMENTS_DIR / segment.name)
                refs.append(segment.ref(dead))
            if new is not None and new.statements:
                segment_name = f"{name}-{uuid.uuid4().hex[:6]}"
                folder = tmp / SEGMENTS_DIR / segment_name
                _write_segment(folder, new, manifest.dimension)
                refs.append(
                    {
                        "name": segment_name,
                        "passages": len(new.passages),
                        "statements": len(new.statements),
                        "dead": [],
                        "files": tree_checksums(folder),
                    }
                )
            (tmp / ENTITIES_FILE).write_text(
                json.dumps({"groups": groups}, ensure_ascii=False), encoding="utf-8"
            )
            (tmp / NAMES_FILE).write_text(
                json.dumps(stored_analyses(sorted(names)), ensure_ascii=False), encoding="utf-8"
            )
            manifest = replace(
                manifest,
                segments=refs,
                schema=SCHEMA_VERSION,
                checksums={n: file_checksum(tmp / n) for n in (ENTITIES_FILE, NAMES_FILE)},
            )
            (tmp / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
            _fsync_dir_files(tmp)
            os.replace(tmp, self._generations / name)
            _fsync_dir(self._generations)
            _atomic_write(self._current_file, name + "\n")
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self._prune(keep={name})
        return name

    def _prune(self, keep: set[str]) -> None:
        """Remove old generations and leftovers of crashed builds, keeping the newest two."""
        if not self._generations.exists():
            return
        done = sorted(
            (p for p in self._generations.iterdir() if not p.name.startswith(".")),
            key=lambda p: p.name,
        )
        keep = keep | {p.name for p in done[-2:]}
        for path in self._generations.iterdir():
            if path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)

    @contextlib.contextmanager
    def writer(self, what: str, timeout: float | None = None) -> Iterator[None]:
        """The one lock of everything that changes the statements folder or the index (a
        build, the CLI's add and remove, the bot's moderator commands): exclusive across
        threads and processes, re-entered freely by the thread holding it. A second writer
        waits up to `timeout` seconds (`writer_wait` by default), then gets `BuildInProgress`
        naming the holder, written in `DATA_DIR/.lock` as it takes the lock."""
        if self._owner == threading.get_ident():
            yield
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        wait = self.writer_wait if timeout is None else timeout
        deadline = time.monotonic() + max(wait, 0.0)
        if not self._thread_lock.acquire(blocking=False):
            self._waiting(self._holder)
            if not self._thread_lock.acquire(timeout=max(wait, 0.0)):
                raise BuildInProgress(_busy(self._holder))
        try:
            with open(self.data_dir / LOCK_FILE, "a+", encoding="utf-8") as handle:
                waited = False
                while True:
                    try:
                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if not waited:
                            self._waiting(self.lock_holder())
                            waited = True
                        if time.monotonic() >= deadline:
                            raise BuildInProgress(_busy(self.lock_holder())) from None
                        time.sleep(0.05)
                holder = _holder_text(what)
                try:
                    handle.seek(0)
                    handle.truncate()
                    handle.write(holder)
                    handle.flush()
                except OSError:
                    pass  # the lock holds without its note
                self._owner, self._holder = threading.get_ident(), holder
                try:
                    yield
                finally:
                    self._owner, self._holder = None, None
                    with contextlib.suppress(OSError):
                        handle.seek(0)
                        handle.truncate()
                        handle.flush()
                    fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    def build_lock(self, timeout: float | None = None) -> contextlib.AbstractContextManager[None]:
        """`writer("a build")`."""
        return self.writer("a build of the index", timeout)

    def lock_holder(self) -> str | None:
        """Who holds the writers' lock, as its holder wrote it (None when unknown)."""
        try:
            text = (self.data_dir / LOCK_FILE).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return text or None

    def _waiting(self, holder: str | None) -> None:
        if self.on_wait is not None:
            self.on_wait(holder or "another writer")


LOCK_FILE = ".lock"
WRITER_WAIT = 300.0  # seconds a second writer waits for the first (WRITER_WAIT)


def _holder_text(what: str) -> str:
    since = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"{what} (process {os.getpid()}, since {since})"


def _busy(holder: str | None) -> str:
    who = holder or "another writer"
    return (
        f"The collection is being changed by {who}; try again when it has finished "
        f"(the lock is {LOCK_FILE} in the data folder, released when that process ends)."
    )


def _assemble(generation: Generation) -> Snapshot:
    """Load a generation's segments into one snapshot. Rows follow the statements' file
    names (then each statement's own passage order), so the rows do not depend on which
    segment holds which statement: an index grown by refreshes ranks like one built at once."""
    manifest = generation.manifest
    statements: dict[str, Statement] = {}
    owner: dict[str, int] = {}
    local: list[list[Passage]] = []
    for i, segment in enumerate(generation.segments):
        stored, passages = segment.read()
        for sid, statement in stored.items():
            if sid not in segment.dead:
                statements[sid] = statement
                owner[sid] = i
        local.append(passages)
    ordered = sorted(statements.values(), key=lambda s: (s.file_name, s.id))
    by_statement: dict[str, list[tuple[int, int]]] = {}
    for i, passages in enumerate(local):
        for row, passage in enumerate(passages):
            if owner.get(passage.statement_id) == i:
                by_statement.setdefault(passage.statement_id, []).append((i, row))
    rows = [np.full(len(passages), -1, dtype=np.int64) for passages in local]
    where_part: list[int] = []
    where_row: list[int] = []
    passages_out: list[Passage] = []
    for statement in ordered:
        for i, row in by_statement.get(statement.id, []):
            rows[i][row] = len(passages_out)
            passages_out.append(local[i][row])
            where_part.append(i)
            where_row.append(row)
    parts = []
    dense_parts = []
    for i, segment in enumerate(generation.segments):
        stored_vectors = segment.vectors()
        if stored_vectors.shape != (segment.passages, manifest.dimension):
            raise ValueError(f"segment {segment.name}: vectors of the wrong shape")
        dense_parts.append((stored_vectors, segment.ann(), rows[i]))
        parts.append((segment.terms(), rows[i]))
    keyword = KeywordIndex(parts, len(passages_out))
    sentences = _Sentences(
        [segment.sentences() for segment in generation.segments],
        np.asarray(where_part, dtype=np.int32),
        np.asarray(where_row, dtype=np.int64),
    )
    return Snapshot(
        generation.name,
        manifest,
        {s.id: s for s in ordered},
        passages_out,
        DenseScores(dense_parts, len(passages_out)),
        keyword,
        generation.folder,
        sentences,
    )


def read_groups(folder: Path) -> list[dict[str, Any]] | None:
    """A generation's organisations as its build grouped them (`entities.json`), or None
    when the file is missing or cannot be read."""
    try:
        data = json.loads((folder / ENTITIES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    groups = data.get("groups") if isinstance(data, dict) else None
    return groups if isinstance(groups, list) else None


def _read_analyses(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / NAMES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_segment(folder: Path, data: SegmentData, dimension: int) -> None:
    folder.mkdir(parents=True)
    vectors = np.ascontiguousarray(data.vectors, dtype=np.float32).reshape(-1, dimension)
    np.save(folder / VECTORS_FILE, vectors, allow_pickle=False)
    if len(vectors) >= dense.ANN_MIN_ROWS:
        dense.write_ann(dense.build_ann(vectors), folder / dense.ANN_FILE)
    _write_sqlite(folder / DATABASE_FILE, data.statements, data.passages, data.acronyms)
    if data.terms.size != len(data.passages):
        raise ValueError("one BM25 row per passage")
    data.terms.save(folder / BM25_DIR)
    if data.sentences is not None:
        _write_sentences(folder, data.sentences, dimension, len(data.passages))


def _write_sentences(
    folder: Path, sentences: Sequence[Vectors], dimension: int, passages: int
) -> None:
    """Every passage's sentence vectors in one float16 file, streamed to disk, and where each
    passage's start (passages + 1 offsets)."""
    if len(sentences) != passages:
        raise ValueError("sentence vectors for every passage")
    counts = np.array([len(part) for part in sentences], dtype=np.int64)
    offsets = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(counts)])
    out = np.lib.format.open_memmap(
        folder / SENTENCES_FILE, mode="w+", dtype=np.float16, shape=(int(offsets[-1]), dimension)
    )
    for part, start in zip(sentences, offsets[:-1], strict=True):
        if len(part):
            out[int(start) : int(start) + len(part)] = part
    out.flush()
    del out
    np.save(folder / SENTENCE_OFFSETS_FILE, offsets)


def _link_tree(source: Path, target: Path) -> None:
    """`target` as a copy of `source` made of hard links (copies where links fail)."""
    target.mkdir(parents=True)
    for child in source.iterdir():
        if child.is_dir():
            _link_tree(child, target / child.name)
            continue
        try:
            os.link(child, target / child.name)
        except OSError:
            shutil.copy2(child, target / child.name)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir_files(folder: Path) -> None:
    for child in folder.iterdir():
        if child.is_dir():
            _fsync_dir_files(child)
            continue
        with open(child, "rb") as handle:
            os.fsync(handle.fileno())
    _fsync_dir(folder)


def _write_sqlite(
    path: Path,
    statements: Sequence[Statement],
    passages: Sequence[Passage],
    acronyms: Mapping[str, Sequence[tuple[str, str]]],
) -> None:
    con = sqlite3.connect(path)
    try:
        con.executescript(_SCHEMA)
        con.executemany(
            "INSERT INTO statements VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    s.id,
                    i,
                    s.file_name,
                    s.title,
                    s.date.isoformat() if s.date else None,
                    s.source_url,
                    s.content_hash,
                    s.text,
                )
                for i, s in enumerate(statements)
            ],
        )
        con.executemany(
            "INSERT INTO paragraphs VALUES (?,?,?,?)",
            [(s.id, p.number, p.start, p.end) for s in statements for p in s.paragraphs],
        )
        con.executemany(
            "INSERT INTO parties VALUES (?,?,?,?,?,?)",
            [
                (s.id, party.role.value, i, party.as_written, party.key, party.kind)
                for s in statements
                for i, party in enumerate(s.parties)
            ],
        )
        con.executemany(
            "INSERT INTO passages VALUES (?,?,?,?,?,?,?)",
            [
                (row, p.statement_id, p.paragraph, p.window, p.start, p.end, text_hash(p.text))
                for row, p in enumerate(passages)
            ],
        )
        con.executemany(
            "INSERT INTO acronyms VALUES (?,?,?)",
            [(sid, acronym, key) for sid, pairs in acronyms.items() for acronym, key in pairs],
        )
        con.commit()
    finally:
        con.close()


def _read_sqlite(path: Path) -> tuple[dict[str, Statement], list[Passage]]:
    if not path.exists():
        raise FileNotFoundError(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        paragraphs: dict[str, list[tuple[int, int, int]]] = {}
        for sid, number, start, end in con.execute(
            'SELECT statement_id, number, start, "end" FROM paragraphs ORDER BY statement_id, number'
        ):
            paragraphs.setdefault(sid, []).append((number, start, end))
        parties: dict[str, list[Party]] = {}
        for sid, role, as_written, key, kind in con.execute(
            "SELECT statement_id, role, as_written, key, kind FROM parties "
            "ORDER BY statement_id, position"
        ):
            parties.setdefault(sid, []).append(Party(as_written, key, Role(role), kind))
        statements: dict[str, Statement] = {}
        for sid, file_name, title, date, source_url, digest, text in con.execute(
            "SELECT id, file_name, title, date, source_url, content_hash, text FROM statements "
            "ORDER BY position"
        ):
            own = parties.get(sid, [])
            statements[sid] = Statement(
                id=sid,
                file_name=file_name,
                title=title,
                date=dt.date.fromisoformat(date) if date else None,
                source_url=source_url,
                text=text,
                content_hash=digest,
                paragraphs=tuple(
                    Paragraph(n, a, b, text[a:b]) for n, a, b in paragraphs.get(sid, [])
                ),
                signatories=tuple(p for p in own if p.role is Role.SIGNATORY),
                authors=tuple(p for p in own if p.role is Role.AUTHOR),
                recipients=tuple(p for p in own if p.role is Role.RECIPIENT),
            )
        passages = [
            Passage(sid, paragraph, window, a, b, statements[sid].text[a:b])
            for sid, paragraph, window, a, b in con.execute(
                'SELECT statement_id, paragraph, window, start, "end" FROM passages ORDER BY row'
            )
        ]
    finally:
        con.close()
    return statements, passages
