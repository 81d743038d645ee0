"""Where the statements and the index live, and which model embeds them.

Read from the environment, after a `.env` file (in the working directory, else the
checkout); the process environment wins over `.env`, and command-line flags win over both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .embedding import DEFAULT_MODEL, ENCODERS, SentenceTransformerEmbedder
from .errors import UndersignedError

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
# In a checkout the defaults sit beside the code; installed elsewhere, in the working directory.
PROJECT_ROOT = _PACKAGE_ROOT if (_PACKAGE_ROOT / "pyproject.toml").exists() else Path.cwd()


def load_dotenv_files() -> None:
    """Load `.env` from the working directory or the checkout, never overriding the environment."""
    from dotenv import load_dotenv

    for candidate in (Path.cwd() / ".env", PROJECT_ROOT / ".env"):
        if candidate.is_file():
            load_dotenv(candidate, override=False)
            return


@dataclass(frozen=True, slots=True)
class Settings:
    """The engine's settings."""

    seeds_dir: Path
    data_dir: Path
    embedding_model: str
    min_score: float | None = None  # MIN_SCORE: the abstention threshold (None: calibrated default)
    encoder: str = "auto"  # ENCODER: auto (onnxruntime when the model allows), onnx or torch
    model_cache_dir: Path | None = None  # MODEL_CACHE_DIR: exported models (None: user cache)
    writer_wait: float | None = None  # WRITER_WAIT: seconds a writer waits for another (300)
    max_source_bytes: int = 1_000_000  # MAX_ATTACHMENT_BYTES: largest page or file read
    allow_private_urls: bool = False  # ALLOW_PRIVATE_URLS: fetch loopback/private addresses

    def embedder(self) -> SentenceTransformerEmbedder:
        """The configured model, through the configured encoder."""
        return SentenceTransformerEmbedder(
            self.embedding_model, encoder=self.encoder, cache_dir=self.model_cache_dir
        )

    @classmethod
    def from_env(
        cls,
        *,
        seeds_dir: str | Path | None = None,
        data_dir: str | Path | None = None,
        embedding_model: str | None = None,
    ) -> Settings:
        """Settings from arguments, else the environment (and `.env`), else the defaults."""
        load_dotenv_files()
        return cls(
            seeds_dir=Path(seeds_dir or os.environ.get("SEEDS_DIR") or PROJECT_ROOT / "seeds"),
            data_dir=Path(data_dir or os.environ.get("DATA_DIR") or PROJECT_ROOT / "data"),
            embedding_model=embedding_model or os.environ.get("EMBEDDING_MODEL") or DEFAULT_MODEL,
            min_score=_float_env("MIN_SCORE"),
            encoder=_choice_env("ENCODER", ENCODERS),
            model_cache_dir=Path(os.environ["MODEL_CACHE_DIR"])
            if os.environ.get("MODEL_CACHE_DIR", "").strip()
            else None,
            writer_wait=_float_env("WRITER_WAIT"),
            max_source_bytes=int(_float_env("MAX_ATTACHMENT_BYTES") or 1_000_000),
            allow_private_urls=os.environ.get("ALLOW_PRIVATE_URLS", "").strip().lower()
            in ("1", "true", "yes"),
        )


def _float_env(name: str) -> float | None:
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise UndersignedError(f"{name}={value!r} is not a number, e.g. {name}=0.3.") from None


def _choice_env(name: str, choices: tuple[str, ...]) -> str:
    value = os.environ.get(name, "").strip().lower() or choices[0]
    if value not in choices:
        raise UndersignedError(f"{name}={value!r} is not one of {', '.join(choices)}.")
    return value
