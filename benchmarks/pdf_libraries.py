"""Which PDF library reads the labelled PDFs best: pdfminer.six (what index/sources/pdf.py uses)
against pypdf, the same clean-up after each, on every PDF of tests/data/sources/*/pdfs.py.

    .venv/bin/pip install pypdf && .venv/bin/python -m benchmarks.pdf_libraries

pypdf gives each page's text as lines without positions, so paragraphs are rebuilt from the
text alone (a line runs on unless it ends a sentence and the next starts with a capital);
pdfminer.six gives every line with its box, which index/sources/pdf.py uses for running headers,
columns and paragraph ends. Prints line precision and recall per library and half.
"""

from __future__ import annotations

import io
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.evaluate_sources import SOURCES_DIR, _is_date_line, _norm, cases  # noqa: E402
from index.sources.common import _PAGE_NUMBER, _lines  # noqa: E402
from index.sources.pdf import _join_pdf_lines, _shape, extract_pdf  # noqa: E402


def pypdf_lines(data: bytes) -> list[str]:
    from pypdf import PdfReader

    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]
    per_page = [[x for x in page.splitlines() if x.strip()] for page in pages]
    edges: Counter[str] = Counter()
    for lines in per_page:
        for line in {*lines[:2], *lines[-2:]}:
            edges[_shape(line)] += 1
    running = {s for s, n in edges.items() if n >= max(2, (len(pages) + 1) // 2)}
    kept = [
        x
        for lines in per_page
        for x in lines
        if not _PAGE_NUMBER.match(x.strip()) and not (len(pages) > 1 and _shape(x) in running)
    ]
    paragraphs: list[str] = []
    for line in kept:
        if paragraphs and (
            not re.search(r"[.!?:]$", paragraphs[-1].rstrip()) or line[:1].islower()
        ):
            paragraphs[-1] = paragraphs[-1] + "\n" + line
        else:
            paragraphs.append(line)
    return _lines([_join_pdf_lines(p) for p in paragraphs])


def score(read: list[str], gold: list[str]) -> tuple[int, int, int, int]:
    got = [_norm(x) for x in read if not _is_date_line(x)]
    want = [_norm(x) for x in gold if not _is_date_line(x)]
    return (
        sum(x in set(want) for x in got),
        len(got),
        sum(x in set(got) for x in want),
        len(want),
    )


def main() -> None:
    for half in ("dev", "test", "test2"):
        folder = SOURCES_DIR / half
        if not folder.is_dir():
            continue
        pdfs = [c for c in cases(folder) if c[2].endswith(".pdf")]
        for library, read in (
            ("pdfminer.six", lambda d: list(extract_pdf(d).lines)),
            ("pypdf", pypdf_lines),
        ):
            right = extracted = found = wanted = 0
            for _, data, _, gold in pdfs:
                lines = read(data)
                title = gold.get("title")
                if title and lines and _norm(lines[0]) == _norm(title):
                    lines = lines[1:]
                a, b, c, d = score(lines, gold["lines"])
                right, extracted, found, wanted = right + a, extracted + b, found + c, wanted + d
            print(
                f"{half:6} {len(pdfs)} PDFs  {library:13} line precision "
                f"{right / max(extracted, 1):.3f}  recall {found / max(wanted, 1):.3f}"
            )


if __name__ == "__main__":
    main()
