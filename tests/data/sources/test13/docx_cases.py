"""Word cases for test13, built in memory with python-docx."""

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm


def _bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# 14. docx_title_style_signatories
# ---------------------------------------------------------------------------

def _title_style():
    title = "Joint Statement on Seasonal Farm Workers' Housing"
    date = "3 July 2025"
    body = [
        ("p", "Every summer, thousands of seasonal workers come to the fruit and vegetable farms of the "
              "Elmore Valley to bring in the harvest. Without them, crops would rot in the fields. Yet "
              "many of these workers are housed in conditions that would not be accepted for any other "
              "group of employees in the country."),
        ("p", "Inspections carried out last season by the Valley Health Office found caravans without "
              "running water, shared toilets serving more than thirty people, and rooms in which six "
              "workers slept in a space designed for two. In several cases the cost of this "
              "accommodation was deducted directly from wages, leaving workers with far less than the "
              "legal minimum."),
        ("p", "Workers who complain risk losing both their job and their bed on the same day. Because "
              "their visas are tied to a single employer, they have nowhere else to go."),
        ("h", "What must change"),
        ("p", "We call on the Ministry of Agriculture and the Labour Inspectorate to introduce binding "
              "minimum standards for all accommodation provided to seasonal workers, with unannounced "
              "inspections during the harvest and real penalties for employers who fail to comply."),
        ("p", "We call for an end to accommodation charges deducted from wages without the worker's "
              "written consent, and for a cap on such charges where they are agreed."),
        ("p", "We call for seasonal visas that allow workers to change employer without losing their "
              "right to stay, so that no one is forced to choose between their safety and their "
              "livelihood."),
        ("p", "Decent housing is not a favour. It is the least that the people who feed us are owed."),
    ]
    lead = "Signed by:"
    orgs = [
        "Elmore Valley Farmworkers' Union",
        "Migrant Workers' Advice Centre",
        "Valley Churches Together",
        "Rural Housing Action",
        "Elmore Legal Aid Society",
        "Harvest Justice Network",
        "Seasonal Workers' Solidarity Group",
        "Elmore Valley Tenants' Federation",
        "Public Health Nurses' Association, Elmore Branch",
        "Food Workers' Rights Coalition",
    ]

    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Elmore Valley Farmworkers' Union - Joint statement"
    sec.footer.paragraphs[0].text = "www.elmorefarmworkers.example | info@elmorefarmworkers.example"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(title, style="Title")
    dp = doc.add_paragraph()
    r = dp.add_run(date)
    r.italic = True
    lines = []
    for kind, text in body:
        if kind == "h":
            doc.add_paragraph(text, style="Heading 2")
        else:
            doc.add_paragraph(text)
        lines.append(text)
    lp = doc.add_paragraph()
    lp.add_run(lead).bold = True
    lines.append(lead)
    for o in orgs:
        doc.add_paragraph(o)
        lines.append(o)

    gold = {"kind": "docx", "title": title, "date": "2025-07-03", "lines": lines,
            "signatories": list(orgs)}
    return "docx_title_style_signatories", _bytes(doc), gold


# ---------------------------------------------------------------------------
# 15. docx_open_letter_table_layout
# ---------------------------------------------------------------------------

def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _open_letter_table():
    title = "Open letter to the Minister of Health on safe nurse staffing"
    date = "12 May 2025"
    paras = [
        "Dear Minister,",
        "We are writing to you on International Nurses Day as nurses, midwives and health care "
        "assistants working in hospitals and community services across Calloway Province.",
        "For the past three years our wards have been run with fewer staff than they were designed for. "
        "On a typical night shift, one registered nurse may be responsible for twelve or more patients. "
        "We know, and the research confirms, that patients are more likely to suffer harm and to die "
        "when nurses are stretched this thin.",
        "We are also losing colleagues. Experienced nurses are leaving the profession because they can "
        "no longer provide the care they were trained to give. Those who remain are exhausted, and many "
        "are planning to follow them.",
        "We ask you to introduce legally enforceable minimum nurse-to-patient ratios in all acute "
        "hospital wards, as other jurisdictions have already done, and to publish staffing levels for "
        "every ward every month.",
        "We also ask you to meet with a delegation of front-line nurses before the provincial budget is "
        "finalised, so that you can hear directly from those who are holding the health service together.",
        "Safe staffing saves lives. We hope you will act on it.",
        "Yours sincerely,",
    ]
    signers = [
        ("Grace Mbeki", "Calloway Nurses' Association"),
        ("Tom Ashworth", "St Bride's General Hospital"),
        ("Yasmin Delacroix", "Calloway Midwives' Collective"),
        ("Oliver Kruger", "Northfield Community Health Service"),
        ("Ana Paula Ferreira", "Calloway Health Care Assistants' Union"),
        ("Hemi Walker", "Port Calloway Children's Hospital"),
    ]

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)

    # Letterhead layout table: logo text left, address right (not part of the letter text)
    lt = doc.add_table(rows=1, cols=2)
    _no_borders(lt)
    left = lt.cell(0, 0).paragraphs[0]
    run = left.add_run("CNA")
    run.bold = True
    run.font.size = Pt(28)
    run.font.color.rgb = RGBColor(0x1F, 0x5C, 0x99)
    left.add_run("\nCalloway Nurses' Association").font.size = Pt(9)
    right_cell = lt.cell(0, 1)
    addr = ["Calloway Nurses' Association", "220 Harbour Road", "Port Calloway PC3 9LT",
            "letters@callowaynurses.example"]
    rp = right_cell.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = rp.add_run(addr[0])
    rr.font.size = Pt(8)
    for a in addr[1:]:
        p = right_cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(a).font.size = Pt(8)

    doc.add_paragraph()
    hp = doc.add_paragraph()
    hr = hp.add_run(title)
    hr.bold = True
    hr.font.size = Pt(16)
    dp = doc.add_paragraph(date)
    dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    lines = []
    for t in paras:
        doc.add_paragraph(t)
        lines.append(t)

    st = doc.add_table(rows=1, cols=2)
    st.style = "Table Grid"
    hdr = st.rows[0].cells
    for c, t in zip(hdr, ("Name", "Organisation")):
        c.paragraphs[0].add_run(t).bold = True
    for name, org in signers:
        row = st.add_row().cells
        row[0].text = name
        row[1].text = org
        lines.append(name + " " + org)

    doc.add_paragraph()
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = "Calloway Nurses' Association - registered trade union no. 0000 (example)"

    gold = {"kind": "docx", "title": title, "date": "2025-05-12", "lines": lines,
            "signatories": [n for n, o in signers]}
    return "docx_open_letter_table_layout", _bytes(doc), gold


def cases():
    return [_title_style(), _open_letter_table()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), len(gold["lines"]))
