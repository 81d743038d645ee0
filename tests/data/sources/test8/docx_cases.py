"""Word (.docx) case for test8, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
"""
import datetime
import io

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

TITLE = "Joint declaration on the rights of seasonal workers in the Verdane orchards"
SHORT_TITLE = "Seasonal workers’ declaration"
DATE_TEXT = "22 May 2025"

INTRO = (
    "Every summer more than 40,000 women and men travel to the Verdane valley "
    "to pick the apples, pears and cherries that end up in supermarkets across "
    "the continent. Without them there would be no harvest. Yet they are among "
    "the least protected workers in our countries."
)

SECTIONS = [
    ("Who picks our fruit", [
        "Most seasonal workers in the Verdane orchards come from Kalmoria, "
        "Estrava and Lussenland. They are recruited through agencies that "
        "often charge illegal fees, hold on to passports and deduct "
        "“accommodation costs” for beds in overcrowded containers.",
        "Piece rates are set so low that a worker who falls ill for three days "
        "can end the month in debt to the employer. Complaints are rare, "
        "because a worker who complains is not invited back next year.",
    ]),
    ("What has to change", [
        "We, the undersigned trade unions and organisations, call on the "
        "governments of Verdania and of the workers’ home countries to agree, "
        "before the next harvest season, on the following minimum standards:",
    ]),
]

DEMANDS = [
    "a ban on recruitment fees of any kind, enforced against agencies and growers alike;",
    "a guaranteed hourly minimum wage that applies whatever the piece rate – and whatever the weather;",
    "decent housing inspected by the labour inspectorate, with costs capped at one tenth of wages;",
    "the right to change employer during the season without losing the right to stay.",
]

AFTER_DEMANDS = [
    ("Who we are", [
        "We are the unions that organise farm workers in the four countries, "
        "together with the advice centres and churches that support seasonal "
        "workers during the harvest. We will meet again in the valley in "
        "September to review what has been done.",
        "Fruit picked under exploitation is not cheap. Its true price is paid "
        "by the people who pick it.",
    ]),
]

SIGNATORY_LEADIN = "This declaration is signed by:"
SIGNATORY_ROWS = [
    ("Marta Lindqvist", "Verdane Orchard Workers’ Union", "Verdania"),
    ("Pavel Dorn", "Kalmorian Agricultural and Food Workers’ Federation", "Kalmoria"),
    ("Ilinca Serban", "Estravan Rural Workers’ Union", "Estrava"),
    ("Joris van Aalst", "Lussenland Farmworkers’ Centre", "Lussenland"),
    ("Sister Agnes Mora", "Verdane Valley Migrant Advice Network", "Verdania"),
    ("Tomas Kreel", "Harvest Justice Campaign", "Kalmoria"),
]


def _add_page_field(paragraph):
    """Append a PAGE field (begin / instrText / separate / result / end)."""
    def fld(char_type):
        r = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), char_type)
        r._r.append(el)
        return r

    fld("begin")
    r = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    r._r.append(instr)
    fld("separate")
    paragraph.add_run("1")
    fld("end")


def _build():
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)

    # running header: short title left, "Page N" right
    hp = sec.header.paragraphs[0]
    hp.style = d.styles["Header"]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(SHORT_TITLE)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    r = hp.add_run("\tPage ")
    r.font.size = Pt(8)
    _add_page_field(hp)

    fp = sec.footer.paragraphs[0]
    fp.style = d.styles["Footer"]
    r = fp.add_run("Verdane Orchards Alliance · secretariat@verdaneorchards.example")
    r.font.size = Pt(7.5)

    d.add_paragraph(TITLE, style="Title")
    p = d.add_paragraph()
    r = p.add_run(DATE_TEXT)
    r.italic = True

    d.add_paragraph(INTRO)
    for heading, paras in SECTIONS:
        d.add_heading(heading, level=2)
        for t in paras:
            d.add_paragraph(t)
    for t in DEMANDS:
        d.add_paragraph(t, style="List Number")
    for heading, paras in AFTER_DEMANDS:
        d.add_heading(heading, level=2)
        for t in paras:
            d.add_paragraph(t)

    d.add_heading("Signatories", level=2)
    d.add_paragraph(SIGNATORY_LEADIN)
    table = d.add_table(rows=1, cols=3)
    table.style = d.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, ("Name", "Organisation", "Country")):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in SIGNATORY_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    cp = d.core_properties
    cp.title = SHORT_TITLE
    cp.author = "Verdane Orchards Alliance secretariat"
    cp.created = datetime.datetime(2025, 5, 19, 8, 40)
    cp.modified = datetime.datetime(2025, 5, 26, 15, 5)
    cp.last_modified_by = "secretariat"

    buf = io.BytesIO()
    d.save(buf)

    lines = [INTRO]
    for heading, paras in SECTIONS:
        lines.append(heading)
        lines.extend(paras)
    lines.extend(DEMANDS)
    for heading, paras in AFTER_DEMANDS:
        lines.append(heading)
        lines.extend(paras)
    lines.append("Signatories")
    lines.append(SIGNATORY_LEADIN)
    lines.extend(" ".join(row) for row in SIGNATORY_ROWS)

    gold = {
        "kind": "docx",
        "title": TITLE,
        "date": "2025-05-22",
        "lines": lines,
        "signatories": [row[1] for row in SIGNATORY_ROWS],
    }
    return "docx_header_pagefield_signatory_table", buf.getvalue(), gold


def cases():
    return [_build()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
