"""Blind test case: a Word (.docx) joint declaration built with python-docx.

cases() -> list of (case name, docx bytes, gold dict).
All organisations, places and people are invented.
"""

import datetime
import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

TITLE = "Joint declaration on the rights of seasonal farm workers"
DATE_TEXT = "Veranza, 15 August 2024"

# Body paragraphs as lists of (text, bold, italic) runs. The gold line is the
# plain concatenation of the run texts.
BODY_RUNS = [
    [
        (
            "We, the undersigned trade unions and workers' associations from six countries, "
            "adopt this declaration at the close of our regional meeting in Veranza. Every "
            "year more than 400,000 people cross borders in our region to plant, pick and pack "
            "the food that reaches supermarket shelves across the continent.",
            False,
            False,
        )
    ],
    [
        ("Seasonal workers are ", False, False),
        ("not", True, False),
        (
            " a temporary labour force to be used and sent home. They are workers with the "
            "same rights as anyone else, and many of them return to the same farms for ten or "
            "twenty years. Yet they are routinely housed in overcrowded containers, paid by the "
            "kilo below the legal minimum, and tied by their visas to a single employer, which "
            "makes them ",
            False,
            False,
        ),
        ("de facto", False, True),
        (" unable to complain.", False, False),
    ],
    [
        ("During the 2023 har", False, False),
        (
            "vest, our organisations documented 1,270 cases of unpaid wages, 310 cases of "
            "confiscated passports and eleven deaths linked to heat exposure in fields and "
            "greenhouses. Not one employer in these cases has yet faced criminal charges.",
            False,
            False,
        ),
    ],
]
HEADING = "Our common demands"
BODY_RUNS_2 = [
    [
        (
            "We call on the governments of our region to end visa schemes that tie workers to a "
            "single employer, to guarantee that every seasonal worker receives a written contract "
            "in a language they understand, and to fund labour inspectorates so that every farm "
            "employing seasonal workers is inspected at least once a season.",
            False,
            False,
        )
    ],
    [
        (
            "We call on supermarkets and food companies to publish the names of the farms that "
            "supply them and to ",
            False,
            False,
        ),
        ("share the cost", True, True),
        (
            " of decent wages and housing instead of pushing prices down year after year.",
            False,
            False,
        ),
    ],
    [
        (
            "We commit ourselves to organise together across borders, to share information about "
            "employers who abuse workers, and to support one another's members wherever they work.",
            False,
            False,
        )
    ],
]
SIGNED_INTRO = "Signed by:"
TABLE_HEADER = ("Organisation", "Country")
TABLE_ROWS = [
    ("Confederation of Marrovian Labour", "Marrovia"),
    ("Agricultural and Food Workers' Union", "Kaldria"),
    ("Sindicato de Jornaleros del Litoral", "Valdoria"),
    ("Brennland Farmworkers' Association", "Brennland"),
    ("Union of Greenhouse and Nursery Workers", "Osterland"),
    ("Federation of Harbour and Rail Workers - Food Logistics Section", "Veldmark"),
    ("Migrant Workers' Advice Network", "Marrovia"),
]
FOOTER_TEXT = "Seasonal Workers' Solidarity Network - www.seasonal-solidarity.example - Joint declaration, Veranza 2024"


def _add_runs(doc, runs):
    p = doc.add_paragraph()
    for text, bold, italic in runs:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
    return p


def build_declaration() -> tuple[str, bytes, dict]:
    d = docx.Document()
    d.core_properties.title = "Draft v3 - seasonal workers declaration (for comments)"
    d.core_properties.author = "Secretariat"
    d.core_properties.created = datetime.datetime(2024, 7, 30, 14, 5, 0)

    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    d.add_paragraph(TITLE, style="Title")
    date_p = d.add_paragraph(DATE_TEXT)
    date_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date_p.runs[0].italic = True

    for runs in BODY_RUNS:
        _add_runs(d, runs)
    d.add_heading(HEADING, level=2)
    for runs in BODY_RUNS_2:
        _add_runs(d, runs)

    d.add_paragraph(SIGNED_INTRO).runs[0].bold = True

    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, text in zip(hdr, TABLE_HEADER):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for org, country in TABLE_ROWS:
        cells = table.add_row().cells
        cells[0].text = org
        cells[1].text = country

    section = d.sections[0]
    fp = section.footer.paragraphs[0]
    fp.text = FOOTER_TEXT
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    buf = io.BytesIO()
    d.save(buf)

    def joined(runs):
        return "".join(t for t, _b, _i in runs)

    lines = [joined(r) for r in BODY_RUNS] + [HEADING] + [joined(r) for r in BODY_RUNS_2]
    lines.append(SIGNED_INTRO)
    lines += [f"{org} {country}" for org, country in TABLE_ROWS]
    gold = {
        "kind": "docx",
        "title": TITLE,
        "date": "2024-08-15",
        "lines": lines,
        "signatories": [org for org, _c in TABLE_ROWS],
    }
    return "docx_declaration_table", buf.getvalue(), gold


def cases() -> list[tuple[str, bytes, dict]]:
    return [build_declaration()]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
    for name, data, _gold in cases():
        (out / f"{name}.docx").write_bytes(data)
        print(name, len(data))
