"""Blind test set (test3): Word case built with python-docx.

Everything here is invented (organisations, places, people, web addresses).

cases() -> list of (case name, docx bytes, gold dict)
"""

import io
from datetime import datetime

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

SENDER = [
    "Drevnia Teachers’ Federation",
    "14 Quarry Lane",
    "Port Aldous 4471",
    "Tel. +99 50 555 0170 · office@dtf.example",
]

DATE_TEXT = "21 January 2025"

RECIPIENT = [
    "Petra Wendell",
    "Minister for Education",
    "Ministry of Education",
    "1 Assembly Square",
    "Port Aldous 4400",
]

SUBJECT = "Protection of the Right to Strike in the Draft Public Services Bill"

SALUTATION = "Dear Minister Wendell,"

BODY = [
    "We write on behalf of the teachers, school support staff and head teachers of "
    "Drevnia to express our serious concern about Part 4 of the draft Public Services "
    "Bill, which would require a minimum level of service in schools during any "
    "industrial action and allow employers to name individual staff who must work on "
    "strike days.",
    "In practice, these provisions would make lawful strike action in education almost "
    "impossible. A school required to remain fully open cannot be meaningfully affected "
    "by a strike, and staff who are named in a work notice would face dismissal if they "
    "exercised a right that is protected by the constitution and by the international "
    "conventions Drevnia has ratified.",
    "We do not take industrial action lightly. In the last ten years our members have "
    "gone on strike on only four days, each time after months of negotiation had failed. "
    "Restricting that right will not improve relations in our schools. It will remove "
    "the one remaining incentive for the government to negotiate in good faith on pay, "
    "workload and staffing.",
    "We therefore ask you to withdraw Part 4 of the Bill before its second reading and "
    "to meet with the three organisations signing this letter to discuss how disputes in "
    "education can be prevented and resolved. We would be grateful for a reply by "
    "7 February.",
]

CLOSING = "Yours sincerely,"

SIGNATORIES = [
    "Anneliese Varga, General Secretary, Drevnia Teachers’ Federation",
    "Kofi Aldana, President, Union of School Support Staff",
    "Miriam Toll, Chair, Drevnia Association of Head Teachers",
]


def _tight(p, after=0):
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(after)
    return p


def _letter():
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # misleading document properties (re-used template)
    cp = d.core_properties
    cp.title = "Letterhead template v3"
    cp.author = "DTF Office"
    cp.last_modified_by = "DTF Office"
    cp.subject = ""
    cp.keywords = ""
    cp.created = datetime(2023, 11, 2, 9, 15)
    cp.modified = datetime(2025, 1, 20, 16, 48)

    sec = d.sections[0]
    header = sec.header
    first = True
    for i, line in enumerate(SENDER):
        p = header.paragraphs[0] if first else header.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = p.add_run(line)
        if i == 0:
            run.bold = True
            run.font.size = Pt(13)
        else:
            run.font.size = Pt(9)
        _tight(p)
    footer = sec.footer
    fp = footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(
        "Drevnia Teachers’ Federation · Registered trade union no. 118 · www.dtf.example"
    )
    fr.font.size = Pt(8)

    p = d.add_paragraph(DATE_TEXT)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _tight(p, 12)

    for line in RECIPIENT:
        _tight(d.add_paragraph(line))
    d.add_paragraph("")

    p = d.add_paragraph()
    p.add_run(SUBJECT).bold = True
    _tight(p, 12)

    _tight(d.add_paragraph(SALUTATION), 8)
    for para in BODY:
        _tight(d.add_paragraph(para), 8)

    _tight(d.add_paragraph(CLOSING), 0)
    d.add_paragraph("")
    d.add_paragraph("")
    for s in SIGNATORIES:
        _tight(d.add_paragraph(s), 4)

    buf = io.BytesIO()
    d.save(buf)
    gold = {
        "kind": "docx",
        "title": SUBJECT,
        "date": "2025-01-21",
        "lines": RECIPIENT + [SALUTATION] + BODY + [CLOSING] + SIGNATORIES,
        "signatories": list(SIGNATORIES),
    }
    return "docx_letter_header_address", buf.getvalue(), gold


def cases() -> list[tuple[str, bytes, dict]]:
    return [_letter()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
