"""Statements from where they are published: a web page, a PDF, a Word file, or plain text,
turned into a statement file's text — one paragraph per line, the title first — by libraries
made for each: trafilatura (a page's main text and metadata, without navigation, sidebars,
cookie banners, comments or footers), pdfminer.six (text boxes in reading order, columns
included), python-docx (paragraphs and tables in document order).

What is saved is this text, and every quote is taken from it; the original bytes are archived
beside the index (see collection.add_source).

`extract` tells the kind from the bytes and hands them to `html`, `pdf` or `word`; what they
share (the result, lines cleaned and keyed, press-release marks, datelines) is in `common`.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import PurePosixPath
from typing import Any

from .common import Extracted, NotAStatement, _press_release, _without_pull_quotes, extract_text
from .html import extract_html
from .pdf import extract_pdf
from .word import extract_docx

__all__ = [
    "CONTENT_TYPES",
    "SUFFIXES",
    "Extracted",
    "NotAStatement",
    "extract",
    "extract_docx",
    "extract_html",
    "extract_pdf",
    "extract_text",
    "kind_of",
    "summary",
]

SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".md": "text",
}


CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/plain": "text",
    "text/markdown": "text",
}


def kind_of(name: str, content_type: str | None, data: bytes) -> str:
    """Which reader a source needs, from its content first (the bytes must agree with what
    the name or the declared content type say); `NotAStatement` when none fits."""
    sniffed = _sniff(data)
    declared = None
    if content_type:
        declared = CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())
    suffix = SUFFIXES.get(PurePosixPath(name.lower()).suffix) if name else None
    claimed = declared or suffix
    if sniffed is None:
        raise NotAStatement(
            "This is not a statement page or file: give a web page, a PDF, a Word (.docx) "
            "file or plain text."
        )
    if claimed is not None and claimed != sniffed and not {claimed, sniffed} <= {"html", "text"}:
        raise NotAStatement(
            f"The content is {_NAMES[sniffed]}, not {_NAMES[claimed]} as "
            f"{'its type' if declared else 'its name'} says; nothing was saved."
        )
    if sniffed == "text" and claimed == "html":
        return "html"
    return sniffed


_NAMES = {"html": "a web page", "pdf": "a PDF", "docx": "a Word file", "text": "plain text"}


def _sniff(data: bytes) -> str | None:
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:200_000] else None
    lowered = head[:1024].lower()
    if re.search(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]", lowered):
        return "html"
    if b"\x00" in data[:4096]:
        return None  # binary of some other kind
    return "text"


def extract(data: bytes, *, name: str = "", content_type: str | None = None,
            url: str | None = None) -> Extracted:  # fmt: skip
    """Read a statement from a source's bytes; `NotAStatement` when there is no text."""
    kind = kind_of(name, content_type, data)
    if kind == "html":
        found = extract_html(data, url)
    elif kind == "pdf":
        found = extract_pdf(data)
    elif kind == "docx":
        found = extract_docx(data)
    else:
        found = extract_text(data)
    found = dataclasses.replace(found, lines=_without_pull_quotes(_press_release(found.lines)))
    if not any(len(line.split()) >= MIN_PROSE_WORDS for line in found.lines):
        raise NotAStatement(f"No statement text was found in {_NAMES[kind]}; nothing was saved.")
    return found


MIN_PROSE_WORDS = 6  # a source with no line this long holds no statement


def summary(found: Extracted) -> dict[str, Any]:
    """What was read, for the person adding it."""
    return {
        "kind": found.kind,
        "title": found.title,
        "date": found.date.isoformat() if found.date else None,
        "source": found.source,
        "paragraphs": len(found.lines),
        "first_paragraph": found.lines[0] if found.lines else None,
    }
