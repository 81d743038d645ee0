"""Peer "undersigned": the same job with this project's engine (run with the project's venv).

    python ours.py --collection DIR --questions FILE --out RESULT.json [--k 5]

DIR is a statement folder (the generated collection); the index goes into a fresh folder beside
RESULT. The model must be exported to ONNX beforehand (the driver does it once and reports it
apart): this measures the steady state a deployment lives in.
"""

import time

T0 = time.perf_counter()  # before the heavy imports: load_seconds includes them

import argparse  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import main, peak_rss_mb, read_questions, time_questions, versions  # noqa: E402

PEER = "undersigned"


def run(args: argparse.Namespace) -> dict:
    from index.config import Settings
    from index.search import Engine

    data = args.out.parent / f".undersigned-data-{args.out.stem}"
    shutil.rmtree(data, ignore_errors=True)
    engine = Engine.from_settings(Settings.from_env(seeds_dir=args.collection, data_dir=data))
    engine.embedder.embed_queries(["warm up"])  # the model's session, as the bot does at start
    encoding = _time_encoding(engine.embedder)
    t = time.perf_counter()
    load_seconds = t - T0
    questions = read_questions(args.questions)

    report = engine.refresh()
    build_seconds = time.perf_counter() - t
    total_seconds = time.perf_counter() - T0
    snap = engine.snapshot
    index_bytes = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())

    def ask(question: str) -> list[list]:
        answer = engine.ask(question, args.k)
        return [[h.statement_id, h.paragraph] for h in answer.hits]

    question_ms, first_hits = time_questions(ask, questions)
    shutil.rmtree(data, ignore_errors=True)
    return {
        "peer": PEER,
        "passages": len(snap.passages),
        "files": len(snap.statements),
        "load_seconds": load_seconds,
        "read_seconds": 0.0,  # reading and parsing are part of the build here
        "build_seconds": build_seconds,
        "encode_seconds": encoding[0],
        "save_seconds": 0.0,  # writing is part of the build here
        "total_seconds": total_seconds,
        "index_bytes": index_bytes,
        "question_ms": question_ms,
        "peak_rss_mb": peak_rss_mb(),
        "versions": versions("onnxruntime", "faiss-cpu", "bm25s", "numpy"),
        "first_hits": first_hits,
        "embedded": report.embedded,
    }


def _time_encoding(embedder: object) -> list[float]:
    """Wrap the embedder's passage encoders so their time is summed into the returned cell."""
    spent = [0.0]
    for name in ("embed_documents", "embed_documents_with_sentences"):
        method = getattr(embedder, name, None)
        if method is None:
            continue

        def timed(*args: object, _method: object = method) -> object:
            t = time.perf_counter()
            try:
                return _method(*args)  # type: ignore[operator]
            finally:
                spent[0] += time.perf_counter() - t

        setattr(embedder, name, timed)
    return spent


if __name__ == "__main__":
    sys.exit(main(PEER, run))
