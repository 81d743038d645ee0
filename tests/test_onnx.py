"""The onnxruntime path gives the torch path's vectors and token counts, without importing torch."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.chunking import sentence_spans
from index.embedding import SentenceTransformerEmbedder, resolve_model_location
from index.errors import ModelUnavailable
from index.ingest import load_statement, scan_seeds
from index.search import Engine
from index.store import SENTENCE_OFFSETS_FILE, SENTENCES_FILE, Manifest

from .support import ROOT, SEEDS

pytestmark = pytest.mark.model

COLLECTION = ROOT / "tests" / "data" / "collection" / "dev" / "statements"
SCIFACT_QUERIES = ROOT.parent / "shared" / "data" / "scifact" / "queries.jsonl"


@pytest.fixture(scope="module")
def torch_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(encoder="torch")


@pytest.fixture(scope="module")
def onnx_embedder(tmp_path_factory: pytest.TempPathFactory) -> SentenceTransformerEmbedder:
    """Exported afresh into an empty cache folder, so the export itself is under test."""
    embedder = SentenceTransformerEmbedder(
        encoder="onnx", cache_dir=tmp_path_factory.mktemp("models")
    )
    embedder.embed_queries(["warm"])
    assert embedder.encoder == "onnx"
    return embedder


def _seed_passages() -> list[str]:
    """Every paragraph of the seeds, and of every fourth statement of the development
    collection (other languages and layouts among them)."""
    texts: list[str] = []
    seeds = scan_seeds(SEEDS)[0] + scan_seeds(COLLECTION)[0][::4]
    for seed in seeds:
        statement, _ = load_statement(seed)
        texts.extend(p.text for p in statement.paragraphs)
    return texts


def test_passage_vectors_match_torch(
    onnx_embedder: SentenceTransformerEmbedder, torch_embedder: SentenceTransformerEmbedder
) -> None:
    texts = _seed_passages()
    assert len(texts) > 20
    mine = onnx_embedder.embed_documents(texts)
    theirs = torch_embedder.embed_documents(texts)
    cosines = (mine * theirs).sum(axis=1)
    assert cosines.min() >= 0.9999, texts[int(cosines.argmin())]
    assert np.allclose(np.linalg.norm(mine, axis=1), 1.0, atol=1e-5)


@pytest.mark.skipif(not SCIFACT_QUERIES.exists(), reason="../shared/data/scifact is not beside")
def test_scifact_query_vectors_match_torch(
    onnx_embedder: SentenceTransformerEmbedder, torch_embedder: SentenceTransformerEmbedder
) -> None:
    lines = SCIFACT_QUERIES.read_text(encoding="utf-8").splitlines()
    queries = [json.loads(line)["text"] for line in lines if line.strip()]
    assert len(queries) > 1000
    cosines = (onnx_embedder.embed_queries(queries) * torch_embedder.embed_queries(queries)).sum(1)
    assert cosines.min() >= 0.9999, queries[int(cosines.argmin())]


def test_token_counts_match_torch(
    onnx_embedder: SentenceTransformerEmbedder, torch_embedder: SentenceTransformerEmbedder
) -> None:
    texts = [*_seed_passages(), "", "Comité pour la paix — ÉTÉ 2024 «non»", "x" * 3000]
    assert [onnx_embedder.count_tokens(t) for t in texts] == [
        torch_embedder.count_tokens(t) for t in texts
    ]
    assert onnx_embedder.max_tokens == torch_embedder.max_tokens
    assert onnx_embedder.dimension == torch_embedder.dimension


def test_a_long_text_is_cut_where_torch_cuts_it(
    onnx_embedder: SentenceTransformerEmbedder, torch_embedder: SentenceTransformerEmbedder
) -> None:
    long = " ".join(_seed_passages())  # far past the model's 256 pieces
    assert onnx_embedder.count_tokens(long) > 1000
    cosine = float(
        (onnx_embedder.embed_documents([long]) * torch_embedder.embed_documents([long])).sum()
    )
    assert cosine >= 0.9999


def test_a_damaged_export_is_exported_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Damage onnxruntime would not notice (weights changed, the file still loads) is found by
    the export's checksum: the file is discarded and exported again."""
    from index.onnx_encoder import OnnxEncoder

    first = SentenceTransformerEmbedder(encoder="onnx", cache_dir=tmp_path)
    good = first.embed_queries(["the harbour strike"])
    (exported,) = tmp_path.glob("*.onnx")
    data = bytearray(exported.read_bytes())
    for start in range(len(data) // 2, len(data) - 4096, 1 << 20):
        data[start : start + 256] = bytes(256)  # runs of weights zeroed, the layout kept
    exported.write_bytes(bytes(data))
    location = resolve_model_location("all-MiniLM-L6-v2")
    silent = OnnxEncoder(Path(location), exported).encode(["the harbour strike"])
    assert float((silent * good).sum()) < 0.9999  # loads, and answers differently
    again = SentenceTransformerEmbedder(encoder="onnx", cache_dir=tmp_path)
    with caplog.at_level("WARNING"):
        assert float((again.embed_queries(["the harbour strike"]) * good).sum()) >= 0.9999
    assert "does not match its checksum" in caplog.text
    assert exported.read_bytes() != bytes(data)


def test_a_model_of_another_layout_falls_back_to_torch(tmp_path: Path) -> None:
    """CLS pooling is not what the ONNX path computes: auto uses torch, onnx refuses."""
    source = Path(resolve_model_location("all-MiniLM-L6-v2"))
    model = tmp_path / "cls-model"
    model.mkdir()
    for item in source.iterdir():
        if item.name != "1_Pooling":
            (model / item.name).symlink_to(item)
    (model / "1_Pooling").mkdir()
    pooling = json.loads((source / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    pooling.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    (model / "1_Pooling" / "config.json").write_text(json.dumps(pooling), encoding="utf-8")

    auto = SentenceTransformerEmbedder(str(model), encoder="auto", cache_dir=tmp_path / "c")
    assert auto.embed_queries(["strike"]).shape == (1, 384)
    assert auto.encoder == "torch"
    assert not (tmp_path / "c").exists()
    with pytest.raises(ModelUnavailable, match="ENCODER=auto"):
        SentenceTransformerEmbedder(str(model), encoder="onnx", cache_dir=tmp_path).embed_queries(
            ["strike"]
        )


def test_an_unknown_encoder_is_refused_with_the_choices() -> None:
    with pytest.raises(ModelUnavailable, match="auto, onnx, torch"):
        SentenceTransformerEmbedder(encoder="tensorflow")


def test_questions_and_builds_import_no_torch_once_exported(
    onnx_embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    """A fresh process that adds a statement and answers a question never imports torch."""
    cache = onnx_embedder._cache_dir
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "On the harbour strike\n\nWe stand with the dockers of Port Elm.\n\n"
        "Signed by:\nDockers' Union of Elmland\n",
        encoding="utf-8",
    )
    script = (
        "import sys\n"
        "from index.config import Settings\n"
        "from index.search import Engine\n"
        "engine = Engine.from_settings(Settings.from_env())\n"
        "engine.refresh()\n"
        "answer = engine.ask('Who stands with the dockers?')\n"
        "assert answer.hits, answer\n"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') "
        "if m in sys.modules))\n"
    )
    env = {
        **os.environ,
        "SEEDS_DIR": str(seeds),
        "DATA_DIR": str(tmp_path / "data"),
        "MODEL_CACHE_DIR": str(cache),
        "ENCODER": "auto",
        "HF_HUB_OFFLINE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"


def test_sentence_vectors_are_stored_at_build_and_pick_the_highlight(
    onnx_embedder: SentenceTransformerEmbedder, tmp_path: Path
) -> None:
    """Each passage's sentences get vectors as the passage is encoded (no extra model call);
    a question's highlight is the stored sentence nearest the question; a later build reuses
    them for unchanged passages; a generation without them still highlights."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    engine = Engine(seeds, tmp_path / "data", onnx_embedder)
    engine.refresh()
    snap = engine.snapshot
    assert snap.folder is not None and list(snap.folder.glob(f"segments/*/{SENTENCES_FILE}"))
    for row, passage in enumerate(snap.passages):
        stored = snap.sentence_vectors(row)
        assert stored is not None and len(stored) == len(sentence_spans(passage.text))

    question = "What do they say about foreign interference?"
    (hit, *_) = engine.ask(question, highlight=1).hits
    rows = [
        r
        for r, p in enumerate(snap.passages)
        if (p.statement_id, p.paragraph) == (hit.statement_id, hit.paragraph)
    ]
    query = onnx_embedder.embed_queries([question])[0]
    candidates = []
    for r in rows:
        p = snap.passages[r]
        spans = sentence_spans(p.text)
        made = onnx_embedder.embed_documents_with_sentences([p.text], [spans])
        assert made is not None
        (vectors,) = made[1]
        candidates += [
            (float(v @ query), (a + p.start, b + p.start))
            for v, (a, b) in zip(vectors, spans, strict=True)
        ]
    assert len(candidates) > 1
    assert hit.highlights == (max(candidates)[1],)

    before = {p.text: snap.sentence_vectors(r).copy() for r, p in enumerate(snap.passages)}  # type: ignore[union-attr]
    (seeds / "zz_new.txt").write_text(
        "On the harbour strike\n\nWe stand with the dockers. They have our support.\n\n"
        "Signed by:\nDockers' Union of Elmland\n",
        encoding="utf-8",
    )
    report = engine.refresh()
    assert report.embedded == 1
    after = engine.snapshot
    for row, passage in enumerate(after.passages):
        if passage.text in before:
            assert np.array_equal(after.sentence_vectors(row), before[passage.text])

    assert after.folder is not None
    stored = list(after.folder.glob(f"segments/*/{SENTENCES_FILE}"))
    assert len(stored) == 2  # the first build's segment, kept, and the new statement's
    # As if written without them (by the torch path): no files, none in the manifest.
    manifest_file = after.folder / "manifest.json"
    manifest = Manifest.from_json(manifest_file.read_text(encoding="utf-8"))
    for path in stored:
        path.unlink()
        (path.parent / SENTENCE_OFFSETS_FILE).unlink()
    for ref in manifest.segments:
        for name in (SENTENCES_FILE, SENTENCE_OFFSETS_FILE):
            del ref["files"][name]
    manifest_file.write_text(manifest.to_json(), encoding="utf-8")
    reloaded = Engine(seeds, tmp_path / "data", onnx_embedder)
    assert reloaded.snapshot.sentence_vectors(0) is None
    (again, *_) = reloaded.ask(question, highlight=1).hits
    assert again.highlights and again.paragraph == hit.paragraph
