"""Building a generation: scan the seeds folder, keep what is unchanged, parse and chunk what
changed, embed and tokenise only passages whose text is new, then write it beside the live one."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from . import ingest
from .chunking import CHUNKING_VERSION, chunk_statement, sentence_spans
from .embedding import Embedder, SentenceEmbedder, Vectors
from .ingest import StatementRejected, load_statement, scan_seeds
from .models import BuildReport, Passage, Skipped, Statement
from .retrieval import KeywordIndex
from .store import Manifest, Snapshot, Store, text_hash

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Called with (passages embedded so far, passages to embed)."""

EMBED_BATCH = 64


def build(
    seeds_dir: Path,
    store: Store,
    embedder: Embedder,
    old: Snapshot | None,
    *,
    full: bool,
    progress: Progress | None,
    notes: list[str],
    started: float,
) -> tuple[BuildReport, Snapshot | None]:
    """Build the next generation from `seeds_dir` over `old` (None: from scratch) and make it
    live; (report, None) when nothing changed. The caller holds the store's build lock."""
    seeds, skipped = scan_seeds(seeds_dir)
    old_files = old.manifest.files if old is not None else {}
    old_statements = old.statements if old is not None else {}
    statements: list[Statement] = []
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    files, file_stats = scan_files(seeds_dir, old.manifest if old is not None else None)
    reparse = old is not None and old.manifest.parser_version != ingest.PARSER_VERSION
    if reparse:
        notes.append(
            "statement parsing changed: every file was read again; passages whose text is "
            "unchanged keep their vectors"
        )
    for seed in seeds:
        previous = old_statements.get(seed.id)
        if (
            not full
            and not reparse
            and previous is not None
            and old_files.get(seed.path.name) == files.get(seed.path.name)
            and _sidecar_key(seed.path.name, old_files) == _sidecar_key(seed.path.name, files)
        ):
            statements.append(previous)
            unchanged.append(seed.id)
            continue
        try:
            statement, problems = load_statement(seed)
        except StatementRejected as exc:
            if previous is not None:
                skipped.append(
                    Skipped(seed.path.name, f"{exc}; the previous version stays indexed")
                )
                statements.append(previous)
            else:
                skipped.append(Skipped(seed.path.name, str(exc)))
            continue
        skipped.extend(problems)
        statements.append(statement)
        if previous is None:
            added.append(seed.id)
        elif previous.content_hash != statement.content_hash or full:
            changed.append(seed.id)
        else:
            unchanged.append(seed.id)
    present = {s.id for s in statements}
    removed = [sid for sid in old_statements if sid not in present]

    if old is not None and not (added or changed or removed or full) and not notes:
        # Same statements: record the new fingerprint (e.g. a skipped file) and stop.
        report = BuildReport(
            unchanged=tuple(unchanged),
            skipped=tuple(skipped),
            passages=len(old),
            seconds=time.monotonic() - started,
            rebuilt=False,
        )
        if old.manifest.files != files:
            manifest = _replace_files(old.manifest, files, file_stats)
            snapshot = store.write(
                manifest,
                list(old.statements.values()),
                old.passages,
                old.vectors(),
                old.keyword,
                old.all_sentence_vectors(),
            )
            return report, snapshot
        if old.manifest.file_stats != file_stats:
            # Nothing changed, but stats were missing or stale: record them so that the next
            # refresh need not read the files again.
            store.update_manifest(old.generation, replace(old.manifest, file_stats=file_stats))
        return report, None

    old_passages: dict[str, list[Passage]] = {}
    if old is not None and not full:
        for p in old.passages:
            old_passages.setdefault(p.statement_id, []).append(p)
    passages: list[Passage] = []
    for statement in statements:
        reused = old_passages.get(statement.id)
        if reused is not None and statement is old_statements.get(statement.id):
            passages.extend(reused)
        else:
            passages.extend(chunk_statement(statement, embedder.max_tokens, embedder.count_tokens))

    # Vectors (and sentence vectors) of passages whose text the live generation already holds
    # are reused; each text is hashed once.
    digests = [text_hash(p.text) for p in passages]
    old_rows = (
        {text_hash(p.text): row for row, p in enumerate(old.passages)}
        if old is not None and not full
        else {}
    )
    old_vectors = old.vectors() if old is not None and old_rows else None
    # Sentence vectors come with passage vectors when the embedder can pool them; a passage
    # stored without them (an index built through torch) is encoded again to get them.
    sentence_embedder = embedder if isinstance(embedder, SentenceEmbedder) else None
    old_has_sentences = old is not None and old_rows and old.has_sentence_vectors()
    reusable = old_rows if (sentence_embedder is None or old_has_sentences) else {}
    missing = list(
        {d: p.text for d, p in zip(digests, passages, strict=True) if d not in reusable}.items()
    )
    fresh, fresh_sentences = _embed(
        embedder, sentence_embedder, [text for _, text in missing], progress
    )
    made = {d: i for i, (d, _) in enumerate(missing)}
    dimension = old.manifest.dimension if old is not None and not full else embedder.dimension
    vectors = (
        np.stack(
            [
                fresh[made[d]] if d in made else old_vectors[reusable[d]]  # type: ignore[index]
                for d in digests
            ]
        ).astype(np.float32)
        if passages
        else np.zeros((0, dimension), dtype=np.float32)
    )
    sentences: list[Vectors] | None = None
    if fresh_sentences is not None:
        sentences = [
            fresh_sentences[made[d]] if d in made else old.sentence_vectors(reusable[d])  # type: ignore[misc, union-attr]
            for d in digests
        ]
    manifest = Manifest(
        model=embedder.name,
        dimension=dimension,
        chunking_version=CHUNKING_VERSION,
        parser_version=ingest.PARSER_VERSION,
        built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        files=files,
        file_stats=file_stats,
        statements=len(statements),
        passages=len(passages),
    )
    texts = [p.text for p in passages]
    known_tokens = (
        old.keyword.known_tokens([p.text for p in old.passages])
        if old is not None and not full
        else {}
    )
    keyword = KeywordIndex.build(texts, known_tokens)
    tokenized = len({t for t in texts if t not in known_tokens})
    snapshot = store.write(manifest, statements, passages, vectors, keyword, sentences)
    report = BuildReport(
        added=tuple(added),
        changed=tuple(changed),
        removed=tuple(removed),
        unchanged=tuple(unchanged),
        skipped=tuple(skipped),
        passages=len(passages),
        embedded=len(missing),
        tokenized=tokenized,
        full_rebuild=full or old is None,
        seconds=time.monotonic() - started,
        notes=tuple(notes),
    )
    log.info("index built: %s", report.summary())
    return report, snapshot


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
