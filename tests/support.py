"""Test helpers shared by several modules: the fake embedder and the seed ids."""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections.abc import Iterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np

from index.embedding import Vectors

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
LETTER = "000_2054a4ae632f0832"
JOINT = "003_c99b9ee5c02adaa1"
# A third statement tests add to the seeds.
HARBOUR = (
    "Statement on the harbour strike\n\n"
    "The dock workers of Port Ellery have stopped work to defend their pensions.\n"
    "We call on every union to send delegations to the picket lines.\n\n"
    "Harbour Workers Federation\n"
    "Ellery Tenants League\n"
)
BOT_COMMANDS = frozenset(
    {
        "ask",
        "signed-by",
        "statement",
        "statements",
        "reindex",
        "add-statement",
        "remove-statement",
        "organization",
        "about",
    }
)

_TOKEN = re.compile(r"\w+|[^\w\s]")


class FakeEmbedder:
    """Hashes words into a small vector: fast, deterministic, and it counts its calls."""

    def __init__(self, name: str = "fake-hash-64", dimension: int = 64, max_tokens: int = 254):
        self._name = name
        self._dimension = dimension
        self._max_tokens = max_tokens
        self.document_calls = 0
        self.embedded: list[str] = []

    @property
    def name(self) -> str:
        return self._name

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def max_tokens(self) -> int:
        return self._max_tokens

    def count_tokens(self, text: str) -> int:
        return len(_TOKEN.findall(text))

    def _vector(self, text: str) -> Vectors:
        v = np.zeros(self._dimension, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
            v[int.from_bytes(digest[:4], "big") % self._dimension] += 1.0 if digest[4] & 1 else -1.0
        norm = float(np.linalg.norm(v))
        return v / norm if norm else v

    def embed_documents(self, texts: Sequence[str]) -> Vectors:
        self.document_calls += 1
        self.embedded.extend(texts)
        return (
            np.stack([self._vector(t) for t in texts])
            if texts
            else np.zeros((0, self._dimension), np.float32)
        )

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return np.stack([self._vector(t) for t in texts])


@contextlib.contextmanager
def http_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (a free port) answering with `handler`; its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
