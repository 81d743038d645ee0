"""Building a generation: scan the seeds folder, keep what is unchanged where it is stored,
parse and chunk what changed, embed and tokenise only passages whose text is new, write them as
one new segment beside the kept ones, and make the generation live (see store.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from . import ingest
from .chunking import CHUNKING_VERSION, chunk_statement, sentence_spans
from .embedding import Embedder, SentenceEmbedder, Vectors
from .entities import EntityIndex, known_analyses, text_acronyms
from .ingest import StatementRejected, load_statement, scan_seeds
from .models import BuildReport, Passage, Skipped, Statement
from .retrieval import KeywordIndex, TermCounts
from .store import (
    DEAD_SHARE,
    MAX_SEGMENTS,
    Generation,
    Indexed,
    Manifest,
    SegmentData,
    Store,
    StoredSegment,
    text_hash,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Called with (passages embedded so far, passages to embed)."""

EMBED_BATCH = 64


def build(
    seeds_dir: Path,
    store: Store,
    embedder: Embedder,
    old: Generation | None,
    *,
    full: bool,
    progress: Progress | None,
    notes: list[str],
    started: float,
) -> tuple[BuildReport, str | None]:
    """Build the next generation from `seeds_dir` over `old` (None: from scratch) and make it
    live; (report, its name), or (report, None) when nothing changed. The caller holds the
    store's build lock."""
    seeds, skipped = scan_seeds(seeds_dir)
    files, file_stats = scan_files(seeds_dir, old.manifest if old is not None else None)
    legacy = old is not None and old.legacy
    live = old.live() if old is not None and not legacy else {}
    old_files = old.manifest.files if old is not None else {}
    reparse = old is not None and old.manifest.parser_version != ingest.PARSER_VERSION
    if reparse:
        notes.append(
            "statement parsing changed: every file was read again; passages whose text is "
            "unchanged keep their vectors"
        )
    if legacy:
        notes.append(
            "the index was stored in an older format: every file was read again; passages "
            "keep their vectors"
        )
    rewrite = full or reparse or legacy  # nothing stored is kept as it is
    fresh: list[Statement] = []
    dead: dict[int, set[str]] = {}
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    kept_ids: set[str] = set()
    stored: dict[int, dict[str, Statement]] = {}  # segment -> its statements, once read
    for seed in seeds:
        previous = live.get(seed.id)
        if (
            not rewrite
            and previous is not None
            and previous.file_name == seed.path.name
            and old_files.get(seed.path.name) == files.get(seed.path.name)
            and _sidecar_key(seed.path.name, old_files) == _sidecar_key(seed.path.name, files)
        ):
            kept_ids.add(seed.id)
            unchanged.append(seed.id)
            continue
        try:
            statement, problems = load_statement(seed)
        except StatementRejected as exc:
            if not seed.path.exists() and not seed.path.is_symlink():
                continue  # removed while this build ran: as if it was not there
            if previous is not None and not rewrite:
                skipped.append(
                    Skipped(seed.path.name, f"{exc}; the previous version stays indexed")
                )
                kept_ids.add(seed.id)
            elif previous is not None and old is not None and not legacy:
                # Everything is written anew (a new parser, model or chunking): the version
                # the last build accepted is carried over from its segment.
                skipped.append(
                    Skipped(seed.path.name, f"{exc}; the previous version stays indexed")
                )
                fresh.append(_stored_statement(old, seed.id, previous, stored))
                unchanged.append(seed.id)
            elif previous is not None or legacy:
                skipped.append(Skipped(seed.path.name, f"{exc}; the previous version is not kept"))
            else:
                skipped.append(Skipped(seed.path.name, str(exc)))
            continue
        skipped.extend(problems)
        same = (
            previous is not None
            and previous.content_hash == statement.content_hash
            and previous.file_name == statement.file_name
        )
        if same and not rewrite:
            kept_ids.add(seed.id)
            unchanged.append(seed.id)
            continue
        fresh.append(statement)
        if previous is None and not legacy:
            added.append(seed.id)
        elif (previous is not None and not same) or full:
            changed.append(seed.id)
        else:
            unchanged.append(seed.id)
        if previous is not None:
            dead.setdefault(previous.segment, set()).add(seed.id)
    fresh_ids = {s.id for s in fresh}
    removed = [sid for sid in live if sid not in kept_ids and sid not in fresh_ids]
    for sid in removed:
        dead.setdefault(live[sid].segment, set()).add(sid)

    if old is not None and not (added or changed or removed or rewrite) and not notes:
        # Same statements: record the new fingerprint (e.g. a skipped file) and stop.
        report = BuildReport(
            unchanged=tuple(unchanged),
            skipped=tuple(skipped),
            passages=old.manifest.passages,
            seconds=time.monotonic() - started,
            rebuilt=False,
        )
        if old.manifest.files != files:
            groups = _stored_groups(old)
            analyses = old.name_analyses()
            known_analyses(analyses)
            names = analyses.get("names")
            name = store.write(
                _replace_files(old.manifest, files, file_stats),
                [(s, s.dead) for s in old.segments],
                None,
                groups,
                names if isinstance(names, dict) else (),
            )
            return report, name
        if old.manifest.file_stats != file_stats:
            # Nothing changed, but stats were missing or stale: record them so that the next
            # refresh need not read the files again.
            store.update_manifest(old.name, replace(old.manifest, file_stats=file_stats))
        return report, None

    # The segments kept as they are, each with its dead statements; the rest is merged into
    # the new segment with what changed.
    kept: list[tuple[StoredSegment, set[str]]] = []
    merged: list[tuple[StoredSegment, set[str]]] = []
    if old is not None and not rewrite:
        for i, segment in enumerate(old.segments):
            gone = set(segment.dead) | dead.get(i, set())
            kept.append((segment, gone))
        kept, merged = _plan_merge(kept, new_statements=bool(fresh))

    passages: list[Passage] = []
    for statement in fresh:
        passages.extend(chunk_statement(statement, embedder.max_tokens, embedder.count_tokens))
    digests = [text_hash(p.text) for p in passages]
    # Vectors (and sentence vectors) of passage texts the live generation already holds are
    # reused; sentence vectors come with passage vectors when the embedder can pool them.
    sentence_embedder = embedder if isinstance(embedder, SentenceEmbedder) else None
    reused = (
        old.reuse(set(digests), with_sentences=sentence_embedder is not None)
        if old is not None and not full
        else {}
    )
    missing = list(
        {d: p.text for d, p in zip(digests, passages, strict=True) if d not in reused}.items()
    )
    made_vectors, made_sentences = _embed(
        embedder, sentence_embedder, [text for _, text in missing], progress
    )
    made = {d: i for i, (d, _) in enumerate(missing)}
    dimension = old.manifest.dimension if old is not None and not full else embedder.dimension
    vectors = (
        np.stack([made_vectors[made[d]] if d in made else reused[d][0] for d in digests]).astype(
            np.float32
        )
        if passages
        else np.zeros((0, dimension), dtype=np.float32)
    )
    sentences: list[Vectors] | None = None
    if made_sentences is not None:
        sentences = [
            made_sentences[made[d]] if d in made else reused[d][1]  # type: ignore[misc]
            for d in digests
        ]
    texts = list(dict.fromkeys(p.text for p in passages))
    tokenised = dict(zip(texts, KeywordIndex.tokenize(texts), strict=True))
    new = SegmentData(
        statements=fresh,
        passages=passages,
        vectors=vectors,
        sentences=sentences,
        terms=TermCounts.from_tokens([tokenised[p.text] for p in passages]),
        acronyms={s.id: text_acronyms(s.text) for s in fresh},
    )
    if merged:
        new = _merge([*(_live_data(segment, gone) for segment, gone in merged), new])

    # Organisations are grouped over the whole collection once, here, not per lookup.
    if old is not None:
        known_analyses(old.name_analyses())
    groups, everyone = _group(kept, new.statements, new.acronyms)

    total = sum(s.passages - _dead_passages(s, g) for s, g in kept) + len(new.passages)
    manifest = Manifest(
        model=embedder.name,
        dimension=dimension,
        chunking_version=CHUNKING_VERSION,
        parser_version=ingest.PARSER_VERSION,
        built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        files=files,
        file_stats=file_stats,
        statements=len(everyone),
        passages=total,
    )
    names = {p.as_written for s in everyone for p in s.parties}
    name = store.write(manifest, kept, new, groups, names)
    report = BuildReport(
        added=tuple(added),
        changed=tuple(changed),
        removed=tuple(removed),
        unchanged=tuple(unchanged),
        skipped=tuple(skipped),
        passages=total,
        embedded=len(missing),
        tokenized=len(texts),
        full_rebuild=full or old is None,
        seconds=time.monotonic() - started,
        notes=tuple(notes),
    )
    log.info("index built: %s", report.summary())
    return report, name


def _stored_statement(
    old: Generation, statement_id: str, where: Indexed, stored: dict[int, dict[str, Statement]]
) -> Statement:
    """A live statement as the generation `old` stored it."""
    if where.segment not in stored:
        stored[where.segment] = old.segments[where.segment].read()[0]
    return stored[where.segment][statement_id]


def _dead_passages(segment: StoredSegment, gone: set[str]) -> int:
    """How many of a segment's passages belong to statements no longer in it."""
    stored = segment.index()
    return sum(stored[sid][2] for sid in gone if sid in stored)


def _plan_merge(
    segments: list[tuple[StoredSegment, set[str]]],
    *,
    new_statements: bool,
) -> tuple[list[tuple[StoredSegment, set[str]]], list[tuple[StoredSegment, set[str]]]]:
    """(segments kept as they are, segments merged into the new one). Segments with nothing
    live are dropped; when there would be more than MAX_SEGMENTS, every segment but the
    largest is merged; a segment more than DEAD_SHARE dead is merged."""
    kept: list[tuple[StoredSegment, set[str]]] = []
    merged: list[tuple[StoredSegment, set[str]]] = []
    sizes: dict[str, int] = {}
    for segment, gone in segments:
        if not set(segment.index()) - gone:
            continue  # nothing live: not carried into the next generation
        dead_rows = _dead_passages(segment, gone) if gone else 0
        alive = segment.passages - dead_rows
        sizes[segment.name] = alive
        if segment.passages and dead_rows / segment.passages > DEAD_SHARE:
            merged.append((segment, gone))
        else:
            kept.append((segment, gone))
    count = len(kept) + (1 if merged or new_statements else 0)
    if count > MAX_SEGMENTS:
        largest = max(kept, key=lambda k: sizes[k[0].name])
        merged.extend(k for k in kept if k is not largest)
        kept = [largest]
    return kept, merged


def _live_data(segment: StoredSegment, gone: set[str]) -> SegmentData:
    """A segment's live statements with everything stored for them, to merge."""
    statements, passages = segment.read()
    rows = np.array(
        [i for i, p in enumerate(passages) if p.statement_id not in gone], dtype=np.int64
    )
    stored = segment.sentences()
    sentences = None
    if stored is not None:
        values, offsets = stored
        sentences = [np.array(values[int(offsets[r]) : int(offsets[r + 1])]) for r in rows]
    acronyms = segment.acronyms()
    return SegmentData(
        statements=[s for sid, s in statements.items() if sid not in gone],
        passages=[passages[r] for r in rows],
        vectors=np.array(segment.vectors()[rows], dtype=np.float32),
        sentences=sentences,
        terms=TermCounts.concat([(segment.terms(), rows)]),
        acronyms={sid: acronyms.get(sid, []) for sid in statements if sid not in gone},
    )


def _merge(parts: Sequence[SegmentData]) -> SegmentData:
    """Several segments' data as one."""
    dimension = next((p.vectors.shape[1] for p in parts if p.vectors.ndim == 2), 0)
    sentences: list[Vectors] | None = []
    for part in parts:
        if part.sentences is None and part.passages:
            sentences = None
            break
        if sentences is not None and part.sentences is not None:
            sentences.extend(part.sentences)
    acronyms: dict[str, Sequence[tuple[str, str]]] = {}
    for part in parts:
        acronyms.update(part.acronyms)
    return SegmentData(
        statements=[s for p in parts for s in p.statements],
        passages=[x for p in parts for x in p.passages],
        vectors=np.concatenate([p.vectors.reshape(-1, dimension) for p in parts]).astype(
            np.float32
        ),
        sentences=sentences,
        terms=TermCounts.concat(
            [(p.terms, np.arange(p.terms.size, dtype=np.int64)) for p in parts]
        ),
        acronyms=acronyms,
    )


def _stored_groups(old: Generation) -> list[dict[str, Any]]:
    """The grouping the live generation stored (or, where it cannot be read, made again)."""
    groups = old.groups()
    if groups is not None:
        return groups
    return _group([(s, set(s.dead)) for s in old.segments], [], {})[0]


def _group(
    kept: Sequence[tuple[StoredSegment, set[str]]],
    statements: Sequence[Statement],
    acronyms: Mapping[str, Sequence[tuple[str, str]]],
) -> tuple[list[dict[str, Any]], list[Statement]]:
    """(the organisations grouped over the whole collection, every statement): `statements`
    with their text `acronyms`, and the live statements of the `kept` segments (each with
    its dead ones), whose parties and acronyms are read from the segment, not their texts."""
    everyone = list(statements)
    defined = dict(acronyms)
    for segment, gone in kept:
        found, their_acronyms = segment.parties(set(segment.index()) - gone)
        everyone.extend(found)
        defined.update(their_acronyms)
    everyone.sort(key=lambda s: (s.file_name, s.id))
    return EntityIndex(everyone, acronyms=defined, lookups=False).groups(), everyone


def _embed(
    embedder: Embedder,
    sentence_embedder: SentenceEmbedder | None,
    texts: list[str],
    progress: Progress | None,
) -> tuple[Vectors, list[Vectors] | None]:
    """Vectors for `texts` and, when the embedder can, for each text's sentences."""
    chunks: list[Vectors] = []
    sentences: list[Vectors] | None = [] if sentence_embedder is not None else None
    if progress:
        progress(0, len(texts))
    for i in range(0, len(texts), EMBED_BATCH):
        batch = texts[i : i + EMBED_BATCH]
        made = None
        if sentence_embedder is not None and sentences is not None:
            made = sentence_embedder.embed_documents_with_sentences(
                batch, [sentence_spans(t) for t in batch]
            )
        if made is None:
            sentences = None
            chunks.append(embedder.embed_documents(batch))
        else:
            chunks.append(made[0])
            if sentences is not None:
                sentences.extend(made[1])
        if progress:
            progress(min(i + EMBED_BATCH, len(texts)), len(texts))
    if not chunks:
        return np.zeros((0, 1), dtype=np.float32), sentences
    return np.concatenate(chunks), sentences


def unchanged_report(
    seeds_dir: Path, store: Store, manifest: Manifest, started: float
) -> BuildReport | None:
    """The report of a refresh that finds every file as the live generation recorded it, made
    without loading the generation (vectors, BM25, statements); None when something changed.
    The caller holds the store's build lock."""
    files, file_stats = scan_files(seeds_dir, manifest)
    generation = store.current_generation()
    if files != manifest.files or generation is None:
        return None
    indexed = store.statement_ids()
    seeds, skipped = scan_seeds(seeds_dir)
    unchanged: list[str] = []
    for seed in seeds:
        if seed.id in indexed:
            unchanged.append(seed.id)
            continue
        try:  # a file the last build rejected: say why again
            load_statement(seed)
        except StatementRejected as exc:
            skipped.append(Skipped(seed.path.name, str(exc)))
            continue
        return None  # readable now though unchanged (e.g. the parser's fix): build
    if manifest.file_stats != file_stats:
        store.update_manifest(generation, replace(manifest, file_stats=file_stats))
    return BuildReport(
        unchanged=tuple(unchanged),
        skipped=tuple(skipped),
        passages=manifest.passages,
        seconds=time.monotonic() - started,
        rebuilt=False,
    )


def fingerprint(seeds_dir: Path, previous: Manifest | None = None) -> dict[str, str]:
    """File name -> content hash of every statement and metadata file in the seeds folder."""
    return scan_files(seeds_dir, previous)[0]


# A file changed less than this long before its stats were recorded may change again within
# the file system's time resolution without its stats showing it: it is hashed every time.
_RACY_SECONDS = 2.0


def scan_files(
    seeds_dir: Path, previous: Manifest | None = None
) -> tuple[dict[str, str], dict[str, list[int]]]:
    """(file name -> content hash, file name -> [size, mtime_ns] safe to trust next time).

    A file whose size and modification time are those `previous` recorded keeps its recorded
    hash without being read again (as git's index does); any other is read and hashed."""
    hashes: dict[str, str] = {}
    stats: dict[str, list[int]] = {}
    known = previous.file_stats if previous is not None else {}
    now = time.time_ns()
    for path in sorted(seeds_dir.iterdir()):
        if path.is_symlink():
            continue  # never read (see ingest.link_problem)
        if not (path.is_file() and path.suffix.lower() in (".txt", ".md", ".toml")):
            continue
        try:
            stat = path.stat()
            stamp = [stat.st_size, stat.st_mtime_ns]
            if (
                previous is not None
                and known.get(path.name) == stamp
                and path.name in previous.files
            ):
                hashes[path.name] = previous.files[path.name]
            else:
                hashes[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
            if now - stat.st_mtime_ns > _RACY_SECONDS * 1e9:
                stats[path.name] = stamp
        except OSError as exc:
            hashes[path.name] = f"unreadable: {exc}"
    return hashes, stats


def _sidecar_key(file_name: str, files: dict[str, str]) -> str | None:
    return files.get(Path(file_name).with_suffix(".toml").name)


def _replace_files(
    manifest: Manifest, files: dict[str, str], file_stats: dict[str, list[int]]
) -> Manifest:
    return replace(
        manifest,
        files=files,
        file_stats=file_stats,
        built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
