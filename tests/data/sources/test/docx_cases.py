"""Blind test case: a statement published as a Word (.docx) file.

Every organisation, place and text below is invented.

    cases() -> list[tuple[str, bytes, dict]]

returns (case name, DOCX bytes, gold dict) with ``"kind": "docx"``.
"""

from __future__ import annotations

import io
from datetime import datetime

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ORG = "Rendale Union of Journalists"
TITLE = "Open Letter on Press Freedom and the Draft Media Law"
DATE_TEXT = "14 August 2025"

# ("p", text) normal paragraph, ("h2", text) sub-heading inside the body
BODY = [
    ("p", "To the members of the National Council of Rendale:"),
    (
        "p",
        "We, journalists, editors and media workers of Rendale, write to express our deep concern about the draft media law that the Council will debate next month. The draft would create a new Media Supervision Authority, appointed by the government, with the power to fine and suspend publications for content it considers misleading or harmful to public order.",
    ),
    ("h2", "Why the draft is dangerous"),
    (
        "p",
        "The terms misleading and harmful to public order are not defined anywhere in the draft. In practice, they would allow the authority to punish reporting that is accurate but inconvenient for those in power. The mere existence of such a power would encourage self-censorship in newsrooms that are already under severe financial pressure.",
    ),
    (
        "p",
        "The draft also requires online publications with more than ten thousand monthly readers to register with the authority and to disclose the identity of their sources on request. No journalist can promise confidentiality to a whistle-blower under such conditions, and no citizen will come forward with evidence of wrongdoing if their name can be handed to the very officials they are exposing.",
    ),
    (
        "p",
        "We ask the Council to reject the draft in its present form and to establish an independent working group, including representatives of journalists, publishers and civil society, to prepare a new proposal that meets international standards on freedom of expression.",
    ),
]

SIGNATORIES = [
    "Rendale Union of Journalists",
    "Association of Independent Publishers of Rendale",
    "Rendale Press Photographers' Guild",
    "Free Media Watch",
]


def _add_page_field(paragraph) -> None:
    """Append a PAGE field (with cached result "1") to a paragraph."""

    def fld_char(kind: str):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    run = paragraph.add_run()
    run._r.append(fld_char("begin"))
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    run = paragraph.add_run()
    run._r.append(fld_char("separate"))
    paragraph.add_run("1")
    run = paragraph.add_run()
    run._r.append(fld_char("end"))


def _build() -> bytes:
    document = docx.Document()
    props = document.core_properties
    props.title = TITLE
    props.author = "RUJ Secretariat"
    # file saved two days after the letter was dated: the visible date wins
    props.created = datetime(2025, 8, 16, 10, 0, 0)
    props.modified = datetime(2025, 8, 16, 10, 0, 0)
    props.last_modified_by = "RUJ Secretariat"

    section = document.sections[0]
    header_par = section.header.paragraphs[0]
    header_par.text = ORG
    footer_par = section.footer.paragraphs[0]
    footer_par.add_run("Page ")
    _add_page_field(footer_par)

    document.add_heading(TITLE, level=1)
    date_par = document.add_paragraph(DATE_TEXT)
    date_par.runs[0].italic = True

    for kind, text in BODY:
        if kind == "h2":
            document.add_heading(text, level=2)
        else:
            par = document.add_paragraph(text)
            par.paragraph_format.space_after = Pt(8)

    signed = document.add_paragraph()
    signed.add_run("Signed by:").bold = True
    for name in SIGNATORIES:
        document.add_paragraph(name, style="List Bullet")

    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def cases() -> list[tuple[str, bytes, dict]]:
    gold = {
        "kind": "docx",
        "title": TITLE,
        "date": "2025-08-14",
        "lines": [text for _, text in BODY] + ["Signed by:"] + SIGNATORIES,
        "signatories": list(SIGNATORIES),
    }
    return [("docx_01_open_letter", _build(), gold)]


if __name__ == "__main__":  # pragma: no cover - manual inspection helper
    import sys
    from pathlib import Path

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
    for name, data, _gold in cases():
        (out / f"{name}.docx").write_bytes(data)
        print(name, len(data))
