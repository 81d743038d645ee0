"""Word cases for test11, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
"""

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def _bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# 14. Open letter: Heading 1 title, italic date, List Bullet signatories
# ---------------------------------------------------------------------------

HB_TITLE = "Open letter to the Minister for Education on free school meals"
HB_DATE = "18 June 2025"
HB_BODY = [
    "Dear Minister,",
    "We are writing to you as organisations that work every day with children and families living on low "
    "incomes. Ahead of the autumn budget, we urge you to extend free school meals to every child in a "
    "household that receives income support, regardless of the level of that support.",
    "At present, a family with two children loses its entitlement as soon as its earnings pass a threshold "
    "that has not been raised since 2018. As a result, an estimated 210,000 children who live below the "
    "poverty line do not qualify for a free lunch. Teachers tell us that some of these children arrive at "
    "school hungry and go without food until they get home.",
    "A hot, nutritious meal in the middle of the day is one of the simplest and most effective ways to help "
    "children concentrate, behave well and learn. Schools that already provide universal meals report "
    "better attendance, fewer visits to the school nurse and less stigma for the children who need help "
    "the most.",
    "Extending eligibility would cost less than one per cent of the schools budget. It would also put money "
    "back into the pockets of families at a time when food prices remain far higher than they were three "
    "years ago.",
    "We would welcome the opportunity to discuss these proposals with you and your officials, and to share "
    "the experience of the schools, charities and local authorities we represent.",
    "Yours sincerely,",
]
HB_SIGNATORIES = [
    "Child Poverty Action Forum",
    "National Association of Head Teachers and Deputies",
    "School Food Matters Alliance",
    "Parents for Fair Schools",
    "Riverside Family Centres Trust",
    "Association of School Catering Staff",
    "Food Justice Network",
    "Youth Health Partnership",
    "Council of Local Education Authorities",
]


def _heading_bullets():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    doc.add_heading(HB_TITLE, level=1)
    p = doc.add_paragraph()
    r = p.add_run(HB_DATE)
    r.italic = True
    for para in HB_BODY:
        doc.add_paragraph(para)
    for org in HB_SIGNATORIES:
        doc.add_paragraph(org, style="List Bullet")

    doc.core_properties.title = HB_TITLE
    doc.core_properties.author = "School Food Matters Alliance"

    gold = {
        "kind": "docx",
        "title": HB_TITLE,
        "date": "2025-06-18",
        "lines": HB_BODY + HB_SIGNATORIES,
        "signatories": list(HB_SIGNATORIES),
    }
    return "docx_heading_bullets", _bytes(doc), gold


# ---------------------------------------------------------------------------
# 15. Statement with page header/footer and a signatory table
# ---------------------------------------------------------------------------

HT_HEADER = "Coalition for Digital Inclusion | Joint statement"
HT_FOOTER = "Coalition for Digital Inclusion, 9 Marlow Yard, Kessington KE2 5PA | www.digitalinclusion.example"
HT_TITLE = "Joint statement on closing the rural broadband gap"
HT_DATE = "9 July 2025"
HT_BODY = [
    "More than 160,000 homes and businesses in the Kessington uplands still cannot get a broadband "
    "connection fast enough to join a video call, submit a tax return online or let a child do their "
    "homework. In some villages, the only option is a mobile signal that drops out whenever it rains.",
    "This is no longer a question of convenience. Doctors' surgeries have moved appointments online, banks "
    "have closed their rural branches and job centres expect applicants to search and apply on the "
    "internet. People without a reliable connection are being shut out of essential services.",
    "The national rollout programme has repeatedly missed its own targets in our region, and the contracts "
    "awarded so far have favoured the easiest and most profitable areas. The hardest-to-reach communities "
    "have been left until last, and some have been told they may never be connected.",
    "We call on the government and the regional council to publish a date by which every premises in the "
    "uplands will have access to a gigabit-capable connection, to fund community-led schemes where "
    "commercial providers will not go, and to introduce a social tariff so that no household is priced out.",
    "We also ask that digital skills support is made available in every library and community hall in the "
    "region, so that people who are connected for the first time can make full use of it.",
    "The following people have signed this statement:",
]
HT_TABLE = [
    ("Eleanor Whitcombe", "Coalition for Digital Inclusion"),
    ("Aled Pritchard", "Kessington Uplands Farmers' Union"),
    ("Dr Miriam Oyelaran", "Uplands Rural GP Practices"),
    ("Stefan Moravec", "Kessington Chamber of Commerce"),
    ("Bronwen Askew", "Association of Village Halls"),
    ("Ibrahim Sesay", "Kessington Libraries Service"),
    ("Heather Lindqvist", "Older People's Forum"),
    ("Callum Reid", "Community Broadband Cooperative"),
]


def _add_page_field(paragraph):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    run._r.append(txt)
    run._r.append(end)


def _mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _header_table():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = HT_HEADER
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(HT_FOOTER + " | Page ")
    fr.font.size = Pt(8)
    _add_page_field(fp)

    doc.add_paragraph(HT_TITLE, style="Title")
    dp = doc.add_paragraph()
    dr = dp.add_run(HT_DATE)
    dr.bold = True
    dr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    for para in HT_BODY:
        doc.add_paragraph(para)

    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, label in zip(hdr, ("Name", "Organisation")):
        cell.text = ""
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
    _mark_header_row(table.rows[0])
    for name, org in HT_TABLE:
        cells = table.add_row().cells
        cells[0].text = name
        cells[1].text = org

    doc.core_properties.title = HT_TITLE
    doc.core_properties.author = "Coalition for Digital Inclusion"

    gold = {
        "kind": "docx",
        "title": HT_TITLE,
        "date": "2025-07-09",
        "lines": HT_BODY + [f"{n} {o}" for n, o in HT_TABLE],
        "signatories": [n for n, _ in HT_TABLE],
    }
    return "docx_header_table", _bytes(doc), gold


def cases():
    return [_heading_bullets(), _header_table()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes", "lines:", len(gold["lines"]))
