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
    return [
        ("docx-refugees", out.getvalue(), gold),
        ("docx-title-table", *_title_table()),
        ("docx-letter-subject", *_letter()),
        ("docx-framed-letter", *_framed_letter()),
        ("docx-subtitle-dateline", *_subtitle_dateline()),
        ("docx-own-voice-subtitle", *_own_voice_subtitle()),
        ("docx-letterhead-bold-title", *_letterhead_bold_title()),
        ("docx-end-note", *_end_note()),
    ]


def _letter() -> tuple[bytes, dict[str, Any]]:
    """A letter: the sender in the page header, a bold subject line just before "Dear …"
    (the title), the file's properties holding a template's name."""
    document = docx.Document()
    document.core_properties.title = "Letter template (blue)"
    document.sections[0].header.paragraphs[0].text = "Harbour Workers Federation, 3 Quay St"
    lines = ["Port Ellery, 14 July 2026", "The Harbour Master", "Port Ellery Harbour Board"]
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph().add_run("Night shifts on the container quay").bold = True
    body = [
        "Dear Harbour Master,",
        "We write about the new night shift pattern on the container quay, which leaves a "
        "single crane driver on duty with no relief between midnight and six in the morning.",
        "We ask you to restore the second driver on every night shift and to meet our safety "
        "representatives before any further change to the rota.",
        "Yours sincerely,",
        "Tomas Reyes, Branch Secretary, Harbour Workers Federation",
    ]
    for paragraph in body:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    gold = {
        "kind": "docx",
        "title": "Night shifts on the container quay",
        "date": "2026-07-14",
        "lines": [*lines, *body],
        "signatories": ["Harbour Workers Federation"],
    }
    return out.getvalue(), gold


def _title_table() -> tuple[bytes, dict[str, Any]]:
    """A Title-style title while the file's properties hold a draft's name; a table of
    signatories whose header row is in bold."""
    document = docx.Document()
    document.core_properties.title = "draft 2 (for comments) - fishers"
    document.add_paragraph("Fair quotas for the small fishers of the Sorrel coast", style="Title")
    document.add_paragraph("Sorrel, 11 April 2026")
    body = [
        "The small fishing boats of the Sorrel coast land a tenth of the catch and employ "
        "two thirds of the fishers, yet the new quota rules give them less than a twentieth.",
        "We ask the fisheries ministry to set aside a fair share of the quota for boats under "
        "twelve metres and to hear the coastal cooperatives before the rules are final.",
    ]
    for paragraph in body:
        document.add_paragraph(paragraph)
    rows = [("Sorrel Fishers' Cooperative", "Sorrel"), ("Coastal Workers Union", "Velmora")]
    table = document.add_table(rows=1, cols=2)
    for cell, label in zip(table.rows[0].cells, ("Organisation", "Country"), strict=True):
        cell.paragraphs[0].add_run(label).bold = True
    for name, country in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, country
    out = io.BytesIO()
    document.save(out)
    gold = {
        "kind": "docx",
        "title": "Fair quotas for the small fishers of the Sorrel coast",
        "date": "2026-04-11",
        "lines": ["Sorrel, 11 April 2026", *body, *(f"{a} {b}" for a, b in rows)],
        "signatories": [a for a, _ in rows],
    }
    return out.getvalue(), gold


FRAMED = [
    "Dear members of the transport committee,",
    "We write on behalf of the bus passengers of the Orr valley about the timetable that the "
    "operator plans to introduce in January, which halves the evening service to the villages.",
    "For people without a car the last bus home decides whether they can take an evening "
    "shift, see a doctor after work or visit a relative in hospital.",
    "We ask the committee to use the subsidy agreement to keep the evening buses running until "
    "a new contract is let.",
    "Yours faithfully,",
    "Orr Valley Bus Users' Group",
]


def _framed_letter() -> tuple[bytes, dict[str, Any]]:
    """A letter written inside a one-cell table (a template's frame), its subject a bold
    paragraph in the Normal style before the salutation, a data table after it."""
    document = docx.Document()
    document.core_properties.title = "Template - letter (do not edit)"
    frame = document.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "9 November 2026"
    frame.add_paragraph("The evening buses to the villages").runs[0].bold = True
    for paragraph in FRAMED:
        frame.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    gold = {
        "kind": "docx",
        "title": "The evening buses to the villages",
        "date": "2026-11-09",
        "lines": ["9 November 2026", *FRAMED],
        "signatories": ["Orr Valley Bus Users' Group"],
    }
    return out.getvalue(), gold


def _subtitle_dateline() -> tuple[bytes, dict[str, Any]]:
    """A statement in the Title style, a Subtitle paragraph (the document's, not a line of the
    statement) and then a dateline standing alone before the text (not a line: it dates it)."""
    document = docx.Document()
    document.add_paragraph("Reopen the Orr valley line", style="Title")
    document.add_paragraph(
        "A statement from the rail users, the parish councils and the traders of the upper Orr valley",
        style="Subtitle",
    )
    document.add_paragraph("Orrbridge, 4 March 2026")
    for paragraph in BODY_LINE:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    gold = {
        "kind": "docx",
        "title": "Reopen the Orr valley line",
        "date": "2026-03-04",
        "lines": BODY_LINE,
        "signatories": ["Orr Valley Rail Users"],
    }
    return out.getvalue(), gold


def _own_voice_subtitle() -> tuple[bytes, dict[str, Any]]:
    """A Subtitle-style paragraph in the statement's own voice ("We, the ... call on"): the
    statement's opening, a line."""
    document = docx.Document()
    document.add_paragraph("Keep the Orr valley library open", style="Title")
    opening = (
        "We, the readers' groups, schools and parish councils of the Orr valley, call on the "
        "county to keep the valley library open six days a week."
    )
    document.add_paragraph(opening, style="Subtitle")
    body = [
        "The library is the only public building in the valley open in the evenings. Pupils do "
        "their homework there and older residents read the papers there every morning.",
        "Orr Valley Readers",
    ]
    for paragraph in body:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    gold = {
        "kind": "docx",
        "title": "Keep the Orr valley library open",
        "date": None,
        "lines": [opening, *body],
        "signatories": ["Orr Valley Readers"],
    }
    return out.getvalue(), gold


def _letterhead_bold_title() -> tuple[bytes, dict[str, Any]]:
    """A letterhead laid out in a two-cell table above the text (a name, an address, an
    e-mail address: not lines), the title a bold paragraph in the Normal style, and numbered
    sections in Heading 1 ("1. Background" is a line, not the title)."""
    from docx.shared import Pt

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("HCW").bold = True
    right = table.cell(0, 1)
    right.paragraphs[0].add_run("Harbour Care Workers")
    for line in ("14 Quay Street", "Port Selwyn PS2 4AB", "office@harbourcare.example"):
        right.add_paragraph(line)
    title = document.add_paragraph()
    run = title.add_run("Joint statement on safe staffing in home care")
    run.bold = True
    run.font.size = Pt(12)
    body = [
        "Home care workers in Port Selwyn visit more than four thousand people every day, many "
        "of them alone and frail.",
        "1. Background",
        "Visits have been cut to fifteen minutes, too short to wash, feed and talk to a person "
        "with dignity.",
        "2. Our demands",
        "We ask the council to fund visits of at least thirty minutes and to pay travel time.",
        "Harbour Care Workers",
    ]
    for line in body:
        if line[:2] in ("1.", "2."):
            document.add_heading(line, level=1)
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    gold = {
        "kind": "docx",
        "title": "Joint statement on safe staffing in home care",
        "date": None,
        "lines": body,
        "signatories": ["Harbour Care Workers"],
    }
    return out.getvalue(), gold


def _end_note() -> tuple[bytes, dict[str, Any]]:
    """A note after the statement ("Note: …", in italics) about its translation: not a line."""
    document = docx.Document()
    document.add_paragraph("Clean air for the Dorn valley schools", style="Title")
    body = [
        "Eight schools in the Dorn valley stand within two hundred metres of the bypass, where "
        "the air breaks the legal limits on most school days.",
        "We ask the county to close the slip road by the schools at the start and the end of "
        "the school day.",
        "Dorn Valley Parents",
    ]
    for line in body:
        document.add_paragraph(line)
    note = document.add_paragraph()
    note.add_run(
        "Note: this statement was written in Welsh; the English text is a translation."
    ).italic = True
    out = io.BytesIO()
    document.save(out)
    gold = {
        "kind": "docx",
        "title": "Clean air for the Dorn valley schools",
        "date": None,
        "lines": body,
        "signatories": ["Dorn Valley Parents"],
    }
    return out.getvalue(), gold


BODY_LINE = [
    "The line from Orrbridge to the upper valley closed to passengers in 1968. The track is "
    "still there, used twice a week by the quarry's freight trains.",
    "A passenger service every hour would take two thousand cars a day off the valley road "
    "and connect the villages to the hospital and the college.",
    "Orr Valley Rail Users",
]
