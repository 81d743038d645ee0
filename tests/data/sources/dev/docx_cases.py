"""Development Word files, built with python-docx: (name, bytes, gold)."""

from __future__ import annotations

import io
from typing import Any

import docx

BODY = [
    "The Brisk Party and the Marrowen Union condemn the decision of the Velmorian government to "
    "close the border crossing at Dorn to refugees from the southern provinces.",
    "Thousands of families are waiting in the cold without shelter, water or medical care. "
    "Closing the crossing will not stop them; it only condemns them to the smugglers.",
    "We demand that the crossing be reopened at once and that the government accept the help "
    "of the international agencies that have offered to run a reception camp.",
]
SIGNERS = ["Brisk Party", "Marrowen Union", "Dorn Refugee Aid"]


def cases() -> list[tuple[str, bytes, dict[str, Any]]]:
    document = docx.Document()
    document.core_properties.title = "Reopen the Dorn crossing"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Brisk Party - International Department"
    section.footer.paragraphs[0].text = "Page 1"
    document.add_heading("Reopen the Dorn crossing", level=1)
    document.add_paragraph("Brisk, 3 January 2026")
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    document.add_paragraph("Signed by:")
    for name in SIGNERS:
        document.add_paragraph(name, style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    gold = {
        "kind": "docx",
        "title": "Reopen the Dorn crossing",
        "date": "2026-01-03",
        "lines": ["Brisk, 3 January 2026", *BODY, "Signed by:", *SIGNERS],
        "signatories": SIGNERS,
    }
    return [("docx-refugees", out.getvalue(), gold)]
