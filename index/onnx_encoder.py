"""The embedding model through onnxruntime: exported once from the model's own weights by the
project's code, then run without torch.

A sentence-transformers model that is a transformer followed by mean pooling (and normalisation)
is three steps: the tokenizer (its `tokenizer.json`, read by the `tokenizers` library), the
transformer (exported here to ONNX with `torch.onnx.export(dynamo=True)`), and the pooling, done
here in numpy. Each export is checked against the torch path before it is kept: every probe
sentence's vector must have a cosine of at least `MIN_COSINE` with torch's.

Only the export needs torch; loading and running an exported model imports onnxruntime and
tokenizers alone (tens of milliseconds, where torch and sentence-transformers take seconds).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

# Bump when the export or the pooling changes: old exports are then never reused.
EXPORT_VERSION = 1
MIN_COSINE = 0.9999
PROBES = (
    "What do they say about foreign interference?",
    "We, the undersigned parties and organisations, call for the immediate release of all "
    "political prisoners and an end to the blockade of the harbour.",
    "Signed by: Workers' Party (WP), Union of Tenants, Comité pour la paix",
    "ceasefire",
)

Vectors = npt.NDArray[np.float32]


class OnnxUnsupported(Exception):
    """The model cannot run through this encoder (its layout, or a missing package)."""


def model_layout(location: Path) -> tuple[int, int, str]:
    """(max sequence length, dimension, tokenizer file) of a transformer + mean-pooling model.

    Raises OnnxUnsupported for any other layout: another pooling, extra layers, prompts.
    """
    try:
        modules = json.loads((location / "modules.json").read_text(encoding="utf-8"))
        kinds = [str(m.get("type", "")).rsplit(".", 1)[-1] for m in modules]
        if kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
            raise OnnxUnsupported(f"modules {kinds} are not transformer + pooling")
        if modules[0].get("path"):
            raise OnnxUnsupported("the transformer is not at the model's root")
        pooling = json.loads(
            (location / modules[1]["path"] / "config.json").read_text(encoding="utf-8")
        )
        others = [k for k, v in pooling.items() if k.startswith("pooling_mode_") and v]
        if others != ["pooling_mode_mean_tokens"]:
            raise OnnxUnsupported(f"pooling {others} is not mean pooling")
        st_config = location / "config_sentence_transformers.json"
        if st_config.exists():
            prompts = json.loads(st_config.read_text(encoding="utf-8")).get("prompts") or {}
            if any(prompts.values()):
                raise OnnxUnsupported("the model uses prompts")
        bert = json.loads((location / "sentence_bert_config.json").read_text(encoding="utf-8"))
        tokenizer = location / "tokenizer.json"
        if not tokenizer.exists():
            raise OnnxUnsupported("no tokenizer.json")
        return int(bert["max_seq_length"]), int(pooling["word_embedding_dimension"]), str(tokenizer)
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise OnnxUnsupported(f"unreadable model configuration ({exc})") from exc


def export_key(location: Path) -> str:
    """Names an export by the weights it came from (their names, sizes and times) and the version."""
    parts = [f"v{EXPORT_VERSION}", str(location.resolve())]
    for path in sorted(location.iterdir()):
        if path.is_file():
            stat = path.stat()
            parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


class Tokenizer:
    """The model's own tokenizer (its tokenizer.json), truncating as sentence-transformers does."""

    def __init__(self, tokenizer_file: str, max_length: int):
        from tokenizers import Tokenizer as HFTokenizer

        # The file may carry its own truncation and padding (this model's: 128 pieces): counting
        # wants neither, encoding wants the model's sequence limit, as sentence-transformers does.
        self._counter = HFTokenizer.from_file(tokenizer_file)
        self._counter.no_truncation()
        self._counter.no_padding()
        self._encoder = HFTokenizer.from_file(tokenizer_file)
        self._encoder.enable_truncation(max_length=max_length)
        pad_id = self._encoder.token_to_id("[PAD]")
        self._encoder.enable_padding(pad_id=pad_id or 0, pad_token="[PAD]" if pad_id else "")
        self._lock = threading.Lock()

    def count(self, text: str) -> int:
        """Word pieces in `text`, special tokens not counted."""
        with self._lock:
            return len(self._counter.encode(text, add_special_tokens=False).ids)

    def batch(
        self, texts: Sequence[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], list[list[tuple[int, int]]]]:
        """Input ids, attention mask (padded to the longest text of the batch) and each
        token's character offsets in its text."""
        with self._lock:
            encodings = self._encoder.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        return ids, mask, [e.offsets for e in encodings]


class OnnxEncoder:
    """Runs an exported model: tokenizer, transformer in onnxruntime, mean pooling in numpy."""

    def __init__(self, location: Path, onnx_file: Path, *, threads: int = 0):
        import onnxruntime as ort

        self.max_length, self.dimension, tokenizer_file = model_layout(location)
        self.tokenizer = Tokenizer(tokenizer_file, self.max_length)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(onnx_file), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> Vectors:
        """L2-normalised vectors, batched by length so little is padding."""
        return self.encode_with_spans(texts, None, batch_size)[0]

    def encode_with_spans(
        self,
        texts: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]] | None,
        batch_size: int = 32,
    ) -> tuple[Vectors, list[Vectors]]:
        """Each text's vector and, when `spans` are given (character offsets in each text),
        a vector for each span: the mean of the text's own token states inside it, so a
        sentence is read in its paragraph ("it", "they" and "there" keep their meaning), at
        no cost beyond the text's own encoding."""
        count = len(texts)
        out = np.empty((count, self.dimension), dtype=np.float32)
        parts: list[Vectors] = [np.zeros((0, self.dimension), dtype=np.float32)] * count
        order = sorted(range(count), key=lambda i: len(texts[i]))
        for start in range(0, count, batch_size):
            chosen = order[start : start + batch_size]
            hidden, mask, offsets = self._hidden([texts[i] for i in chosen])
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[chosen] = _normalised(pooled)
            if spans is None:
                continue
            for k, i in enumerate(chosen):
                parts[i] = _span_vectors(hidden[k], offsets[k], spans[i])
        return out, parts

    def _hidden(
        self, texts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64], list[list[tuple[int, int]]]]:
        ids, mask, offsets = self.tokenizer.batch(texts)
        feed: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(self._session.run(None, feed)[0], dtype=np.float32)
        return hidden, mask, offsets


def _normalised(vectors: npt.NDArray[np.float32]) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.clip(norms, 1e-12, None), dtype=np.float32)


def _span_vectors(
    hidden: npt.NDArray[np.float32],
    offsets: list[tuple[int, int]],
    spans: Sequence[tuple[int, int]],
) -> Vectors:
    """Mean of the token states whose characters lie inside each span (zeros for a span past
    the model's window, which then never wins)."""
    starts = np.array([a for a, _ in offsets], dtype=np.int64)
    ends = np.array([b for _, b in offsets], dtype=np.int64)
    real = ends > starts  # special tokens and padding have empty offsets
    weights = np.zeros((len(spans), len(offsets)), dtype=np.float32)
    for j, (a, b) in enumerate(spans):
        weights[j] = real & (starts >= a) & (ends <= b)
    sums = weights @ hidden[: len(offsets)]
    counts = weights.sum(axis=1, keepdims=True)
    vectors = np.where(counts > 0, sums / np.clip(counts, 1, None), 0.0)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.clip(norms, 1e-12, None), dtype=np.float32)


def checksum_path(exported: Path) -> Path:
    """Where the checksum of an exported model is kept: beside it."""
    return exported.with_name(exported.name + ".sha256")


def file_checksum(path: Path) -> str:
    """ "<size> <sha256>" of a file."""
    with open(path, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
        return f"{os.fstat(handle.fileno()).st_size} {digest}"


def intact(exported: Path) -> bool:
    """Whether an exported model is the file its export wrote (size and sha256); one without
    a checksum is not trusted."""
    try:
        expected = checksum_path(exported).read_text(encoding="utf-8").strip()
        return file_checksum(exported) == expected
    except (OSError, UnicodeDecodeError):
        return False


def export(location: Path, target: Path, reference: Any) -> None:
    """Export the transformer at `location` to `target` (atomically), checked against `reference`.

    `reference` is the loaded sentence-transformers model: the export is kept only when every
    probe's vector has a cosine of at least MIN_COSINE with the reference's.
    """
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:  # pragma: no cover - both are dependencies
        raise OnnxUnsupported(f"exporting needs torch and transformers ({exc})") from exc
    model_layout(location)
    model = AutoModel.from_pretrained(str(location)).eval()
    import inspect

    names = ["input_ids", "attention_mask"]
    if "token_type_ids" in inspect.signature(model.forward).parameters:
        names.append("token_type_ids")

    class Wrapped(torch.nn.Module):
        def __init__(self, inner: Any):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    class WrappedWithTypes(Wrapped):
        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:  # type: ignore[override]
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    wrapped = (WrappedWithTypes if len(names) == 3 else Wrapped)(model)
    example = tuple(torch.ones((2, 8), dtype=torch.long) for _ in names)
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("sequence", max=4096)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        import warnings

        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            program = torch.onnx.export(
                wrapped,
                example,
                dynamo=True,
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_shapes={name: {0: batch, 1: seq} for name in names},
                verbose=False,
            )
        if program is None:
            raise OnnxUnsupported("the exporter returned nothing")
        program.save(str(partial))
        encoder = OnnxEncoder(location, partial)
        mine = encoder.encode(PROBES)
        theirs = np.asarray(
            reference.encode(list(PROBES), normalize_embeddings=True, convert_to_numpy=True),
            dtype=np.float32,
        )
        worst = float((mine * theirs).sum(axis=1).min())
        if worst < MIN_COSINE:
            raise OnnxUnsupported(f"the export's vectors differ from torch's (cosine {worst:.6f})")
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        checksum = checksum_path(target)
        checksum.write_text(file_checksum(partial), encoding="utf-8")
        os.replace(partial, target)
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        log.info("exported %s to %s (worst probe cosine %.6f)", location.name, target, worst)
    except OnnxUnsupported:
        raise
    except Exception as exc:
        raise OnnxUnsupported(f"the export failed ({type(exc).__name__}: {exc})") from exc
    finally:
        partial.unlink(missing_ok=True)
        for extra in partial.parent.glob(partial.name + "*"):
            extra.unlink(missing_ok=True)
