"""The bot's settings, from the environment and `.env` (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from index.config import PROJECT_ROOT
from index.embedding import DEFAULT_MODEL


def _id_list(value: object) -> object:
    """Accept "1,2 3" as well as a JSON list."""
    if isinstance(value, str):
        parts = [p for p in value.replace(",", " ").split() if p]
        try:
            return [int(p) for p in parts]
        except ValueError as exc:
            raise ValueError(
                f"expected Discord ids (numbers) separated by commas, got {value!r}"
            ) from exc
    return value


class BotSettings(BaseSettings):
    """Everything `python -m bot` reads; see `.env.example`."""

    model_config = SettingsConfigDict(
        env_file=(str(PROJECT_ROOT / ".env"), ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
        env_ignore_empty=True,  # `MIN_SCORE=` as in .env.example: the default
    )

    discord_token: SecretStr | None = None
    discord_guild_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    moderator_role_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    admin_guild_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    seeds_dir: Path = PROJECT_ROOT / "seeds"
    data_dir: Path = PROJECT_ROOT / "data"
    embedding_model: str = DEFAULT_MODEL
    min_score: float | None = None
    encoder: Literal["auto", "onnx", "torch"] = "auto"
    model_cache_dir: Path | None = None
    ask_cooldown_rate: int = Field(default=5, ge=1)
    ask_cooldown_seconds: float = Field(default=60.0, gt=0)
    max_attachment_bytes: int = Field(default=1_000_000, ge=1)
    allow_private_urls: bool = False  # fetch links to loopback/private addresses (tests only)
    writer_wait: float | None = Field(default=None, ge=0)  # None: the engine's 300 s
    log_level: str = "INFO"
    connect_retries: int = Field(default=5, ge=0)
    connect_backoff_seconds: float = Field(default=2.0, gt=0)
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    force_sync: bool = False  # `python -m bot --sync`: write every command, changed or not

    @field_validator(
        "discord_guild_ids", "moderator_role_ids", "admin_guild_ids", "shard_ids", mode="before"
    )
    @classmethod
    def _split_ids(cls, value: object) -> object:
        return _id_list(value)

    @field_validator("discord_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @model_validator(mode="after")
    def _shards_fit(self) -> BotSettings:
        if self.shard_ids and self.shard_count is None:
            raise ValueError("SHARD_IDS needs SHARD_COUNT (how many shards the bot has in all)")
        if self.shard_count is not None and any(
            not 0 <= i < self.shard_count for i in self.shard_ids
        ):
            raise ValueError(
                f"SHARD_IDS must be between 0 and SHARD_COUNT - 1 ({self.shard_count - 1})"
            )
        return self

    @property
    def admin_guilds(self) -> list[int]:
        """The servers where the collection may be changed: ADMIN_GUILD_IDS, else
        DISCORD_GUILD_IDS; none means moderator commands are refused everywhere."""
        return list(self.admin_guild_ids or self.discord_guild_ids)

    @property
    def token(self) -> str | None:
        """The token in clear, for `Client.start` only."""
        return self.discord_token.get_secret_value().strip() if self.discord_token else None
