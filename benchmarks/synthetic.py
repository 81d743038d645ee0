"""An embedder for search-only figures: passages get pseudo-random unit vectors (a function of their
text, so a rebuild gives the same ones) while questions go through the real model. The search costs
what it costs with real vectors; the model's time to encode passages is measured apart."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

from index.embedding import SentenceTransformerEmbedder, Vectors


class SyntheticDocuments:
    """Real questions, synthetic passages."""

    def __init__(self, real: SentenceTransformerEmbedder):
        self._real = real

    @property
    def name(self) -> str:
        return "synthetic-passages-" + self._real.name

    @property
    def dimension(self) -> int:
        return self._real.dimension

    @property
    def max_tokens(self) -> int:
        return self._real.max_tokens

    def count_tokens(self, text: str) -> int:
        return len(text.split()) * 4 // 3  # about what the tokenizer gives for English prose

    def embed_documents(self, texts: Sequence[str]) -> Vectors:
        return np.stack([_unit(text, 1, self.dimension)[0] for text in texts])

    def embed_documents_with_sentences(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> tuple[Vectors, list[Vectors]]:
        return self.embed_documents(texts), [
            _unit(text, len(own), self.dimension) for text, own in zip(texts, spans, strict=True)
        ]

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._real.embed_queries(texts)


def _unit(text: str, count: int, dimension: int) -> Vectors:
    rng = np.random.default_rng(zlib.crc32(text.encode("utf-8")))
    v = rng.standard_normal((count, dimension)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)
