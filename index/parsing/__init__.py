"""Reading a statement's structure: lines -> blocks -> metadata (see `structure`)."""

from .dates import parse_date
from .structure import Block, BlockKind, ParsedText, segment

__all__ = ["Block", "BlockKind", "ParsedText", "parse_date", "segment"]
