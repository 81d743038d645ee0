"""The index on disk: faiss vectors + SQLite metadata + a manifest, in atomic generations.

    DATA_DIR/
      CURRENT                      name of the live generation (replaced atomically)
      generations/<name>/          index.faiss, statements.sqlite, manifest.json
      .lock                        held by whoever is building

`bm25/` beside them holds the keyword index (bm25s files: numpy arrays and JSON).
A build writes a new generation beside the live one and then replaces CURRENT, so a crash
mid-build leaves the previous generation live and loadable.
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
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .embedding import Vectors
from .entities import EntityIndex
from .errors import BuildInProgress, IndexUnavailable
from .models import Paragraph, Party, Passage, Role, Statement
from .retrieval import KeywordIndex, Scores

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3
ENTITIES_FILE = "entities.json"  # the organisations grouped over the whole collection
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
"""


SENTENCES_FILE = "sentences.npy"
SENTENCE_OFFSETS_FILE = "sentence_offsets.npy"


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

    def to_json(self) -> str:
        """The manifest file's text."""
        return json.dumps(asdict(self), indent=2, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse a manifest file, ignoring keys this version does not know."""
        data: dict[str, Any] = json.loads(text)
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


class Snapshot:
    """One loaded generation: immutable, safe to search from many threads."""

    def __init__(
        self,
        generation: str,
        manifest: Manifest,
        statements: dict[str, Statement],
        passages: Sequence[Passage],
        index: Any,
        keyword: KeywordIndex | None = None,
        folder: Path | None = None,
    ) -> None:
        self.generation = generation
        self.folder = folder
        self.manifest = manifest
        self.statements = statements
        self.passages = tuple(passages)
        self._index = index
        self.keyword = keyword or KeywordIndex.build([p.text for p in self.passages])
        self._flat: Vectors | bool | None = None  # see `_matrix`
        self._sentences: tuple[Any, Any] | bool | None = None  # see `_sentence_arrays`
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
        if self.folder is None:
            return None
        try:
            data = json.loads((self.folder / ENTITIES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        groups = data.get("groups") if isinstance(data, dict) else None
        return groups if isinstance(groups, list) else None

    def vectors(self) -> Vectors:
        """All passage vectors, row-aligned with `passages`."""
        n = int(self._index.ntotal)
        if n == 0:
            return np.zeros((0, self.manifest.dimension), dtype=np.float32)
        return np.asarray(self._index.reconstruct_n(0, n), dtype=np.float32)

    def sentence_vectors(self, row: int) -> Vectors | None:
        """The vectors of one passage's sentences (`sentence_spans(passage.text)` order, read
        in the passage: see OnnxEncoder.encode_with_spans), or None for a generation stored
        without them."""
        arrays = self._sentence_arrays()
        if arrays is None:
            return None
        vectors, offsets = arrays
        return vectors[int(offsets[row]) : int(offsets[row + 1])]  # type: ignore[no-any-return]

    def all_sentence_vectors(self) -> list[Vectors] | None:
        """Every passage's sentence vectors (views of the file), or None."""
        if self._sentence_arrays() is None:
            return None
        return [self.sentence_vectors(row) for row in range(len(self.passages))]  # type: ignore[misc]

    def has_sentence_vectors(self) -> bool:
        """Whether this generation was stored with sentence vectors."""
        return self._sentence_arrays() is not None

    def _sentence_arrays(self) -> tuple[Any, Any] | None:
        """The sentence vectors file, memory-mapped (read from disk only where a highlight
        looks), and the offsets of each passage's sentences in it."""
        if self._sentences is None:
            self._sentences = False
            if self.folder is not None and (self.folder / SENTENCES_FILE).exists():
                try:
                    vectors = np.load(self.folder / SENTENCES_FILE, mmap_mode="r")
                    offsets = np.load(self.folder / SENTENCE_OFFSETS_FILE)
                    if (
                        len(offsets) == len(self.passages) + 1
                        and int(offsets[-1]) == len(vectors)
                        and vectors.shape[1] == self.manifest.dimension
                    ):
                        self._sentences = (vectors, offsets)
                    else:
                        log.warning("%s: sentence vectors do not match; ignored", self.generation)
                except (OSError, ValueError) as exc:
                    log.warning(
                        "%s: sentence vectors unreadable (%s); ignored", self.generation, exc
                    )
        return self._sentences if isinstance(self._sentences, tuple) else None

    def dense_scores(self, query: Vectors) -> Scores:
        """The cosine of every passage with `query`, row-aligned with `passages`.

        Every score is needed (BM25 is fused with all of them), none sorted: a product with
        the flat index's own vectors, read in place, is 4-5 times faster than asking faiss
        for all N neighbours, which also sorts them (100k passages: 10.6 against 47 ms)."""
        n = len(self.passages)
        if not n:
            return np.zeros(0, dtype=np.float32)
        matrix = self._matrix()
        if matrix is not None:
            return np.asarray(matrix @ query.reshape(-1).astype(np.float32), dtype=np.float32)
        out = np.zeros(n, dtype=np.float32)
        scores, rows = self._index.search(np.ascontiguousarray(query.reshape(1, -1)), n)
        valid = rows[0] >= 0
        out[rows[0][valid]] = scores[0][valid]
        return out

    def _matrix(self) -> Vectors | None:
        """The flat index's vectors as a read-only array over faiss's own memory (no copy),
        or None for an index that is not flat."""
        if self._flat is None:
            import faiss

            n, d = int(self._index.ntotal), int(self._index.d)
            try:
                view = faiss.rev_swig_ptr(self._index.get_xb(), n * d).reshape(n, d)
            except (AttributeError, TypeError, ValueError):
                self._flat = False
            else:
                view.flags.writeable = False
                self._flat = view
        return self._flat if isinstance(self._flat, np.ndarray) else None

    def vector(self, row: int) -> Vectors:
        """One passage's vector."""
        return np.asarray(self._index.reconstruct(int(row)), dtype=np.float32)

    def search(self, query: Vectors, limit: int) -> list[tuple[int, float]]:
        """(row, cosine score) of the `limit` nearest passages, best first."""
        if not self.passages or limit <= 0:
            return []
        limit = min(limit, len(self.passages))
        scores, rows = self._index.search(np.ascontiguousarray(query.reshape(1, -1)), limit)
        return [(int(r), float(s)) for r, s in zip(rows[0], scores[0], strict=True) if r >= 0]


class Store:
    """Reads and writes generations in a data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._thread_lock = threading.Lock()

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

    def read_manifest(self) -> Manifest | None:
        """The live generation's manifest, without loading vectors."""
        name = self.current_generation()
        if name is None:
            return None
        try:
            return Manifest.from_json(
                (self._generations / name / "manifest.json").read_text(encoding="utf-8")
            )
        except (OSError, ValueError, TypeError) as exc:
            raise IndexUnavailable(f"The stored index {name} is damaged ({exc}).") from exc

    def statement_ids(self) -> set[str]:
        """Ids of the statements the live generation holds, read from SQLite alone."""
        name = self.current_generation()
        if name is None:
            return set()
        path = self._generations / name / "statements.sqlite"
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                return {row[0] for row in con.execute("SELECT id FROM statements")}
            finally:
                con.close()
        except sqlite3.Error as exc:
            raise IndexUnavailable(f"The stored index {name} cannot be read ({exc}).") from exc

    def update_manifest(self, generation: str, manifest: Manifest) -> None:
        """Replace a generation's manifest (atomically), for metadata that is no part of what
        it holds: the seed files' stats. The caller holds `build_lock()`."""
        folder = self._generations / generation
        if folder.is_dir():
            _atomic_write(folder / "manifest.json", manifest.to_json())

    def load(self) -> Snapshot | None:
        """The live generation, or None when there is none; `IndexUnavailable` if damaged."""
        name = self.current_generation()
        if name is None:
            return None
        folder = self._generations / name
        try:
            import faiss

            manifest = Manifest.from_json((folder / "manifest.json").read_text(encoding="utf-8"))
            index = faiss.read_index(str(folder / "index.faiss"))
            statements, passages = _read_sqlite(folder / "statements.sqlite")
            keyword = KeywordIndex.load(folder / "bm25")
        except Exception as exc:
            raise IndexUnavailable(
                f"The stored index {name} cannot be read ({exc}); rebuild it with "
                "`python -m index build`."
            ) from exc
        if index.ntotal != len(passages) or index.d != manifest.dimension:
            raise IndexUnavailable(
                f"The stored index {name} is inconsistent ({index.ntotal} vectors for "
                f"{len(passages)} passages); rebuild it with `python -m index build`."
            )
        if keyword.size != len(passages):
            raise IndexUnavailable(
                f"The stored index {name} is inconsistent (BM25 has {keyword.size} passages, "
                f"not {len(passages)}); rebuild it with `python -m index build`."
            )
        return Snapshot(name, manifest, statements, passages, index, keyword, folder)

    def write(
        self,
        manifest: Manifest,
        statements: Sequence[Statement],
        passages: Sequence[Passage],
        vectors: Vectors,
        keyword: KeywordIndex | None = None,
        sentences: Sequence[Vectors] | None = None,
    ) -> Snapshot:
        """Write a new generation and make it live. The caller holds `build_lock()`.

        `sentences`, when given, holds each passage's sentence vectors (stored as float16).

        `keyword` is the BM25 index of `passages` when the caller built it (reusing tokens);
        otherwise it is built here."""
        import faiss

        if len(passages) != len(vectors):
            raise ValueError("one vector per passage")
        name = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        self._generations.mkdir(parents=True, exist_ok=True)
        tmp = self._generations / f".tmp-{name}"
        tmp.mkdir()
        try:
            index = faiss.IndexFlatIP(manifest.dimension)
            if len(vectors):
                index.add(np.ascontiguousarray(vectors, dtype=np.float32))
            faiss.write_index(index, str(tmp / "index.faiss"))
            _write_sqlite(tmp / "statements.sqlite", statements, passages)
            if keyword is None:
                keyword = KeywordIndex.build([p.text for p in passages])
            elif keyword.size != len(passages):
                raise ValueError("one BM25 row per passage")
            keyword.save(tmp / "bm25")
            if sentences is not None:
                _write_sentences(tmp, sentences, manifest.dimension, len(passages))
            # Organisations are grouped over the whole collection once, here, not per lookup.
            groups = EntityIndex(statements).groups()
            (tmp / ENTITIES_FILE).write_text(
                json.dumps({"groups": groups}, ensure_ascii=False), encoding="utf-8"
            )
            (tmp / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
            _fsync_dir_files(tmp)
            os.replace(tmp, self._generations / name)
            _atomic_write(self._current_file, name + "\n")
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self._prune(keep={name})
        by_id = {s.id: s for s in statements}
        return Snapshot(name, manifest, by_id, passages, index, keyword, self._generations / name)

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
    def build_lock(self, timeout: float = 300.0) -> Iterator[None]:
        """Exclusive across threads and processes; `BuildInProgress` after `timeout` seconds."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=max(timeout, 0.0)):
            raise BuildInProgress("Another build is running; try again when it has finished.")
        try:
            with open(self.data_dir / ".lock", "a+") as handle:
                while True:
                    try:
                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            raise BuildInProgress(
                                "Another process is building the index; try again when it "
                                "has finished."
                            ) from None
                        time.sleep(0.1)
                try:
                    yield
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()


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


def _write_sqlite(path: Path, statements: Sequence[Statement], passages: Sequence[Passage]) -> None:
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
