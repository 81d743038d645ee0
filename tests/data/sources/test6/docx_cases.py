"""Word (.docx) case for test set 6, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
"""

import datetime
import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm


TITLE = "Joint Statement on Fair Pay for Freelance Artists"
SUBTITLE = "A call from arts and culture organisations across the Northern Region to their governments"

INTRO = [
    "Freelance artists are the backbone of cultural life in our countries. Musicians, actors, dancers, "
    "writers, designers and technicians make up more than half of the cultural workforce, yet most of "
    "them earn less than the national minimum wage from their artistic work.",
    "Public funding bodies often pay artists only for the final performance or exhibition, not for the "
    "weeks of research, rehearsal and preparation behind it. Fees recommended by the unions have not "
    "been updated for a decade, while rents and living costs have risen sharply.",
    "When public money is spent on culture, those who create that culture must be able to live from "
    "their work. Fair pay is not a luxury; it is the condition for a diverse and independent arts sector.",
]

DEMANDS_HEADING = "Our demands"

DEMANDS = [
    "Make the payment of minimum fees, agreed with artists’ unions, a condition of every public grant.",
    "Pay artists for rehearsal, research and preparation time, not only for the final event.",
    "Index recommended fees to inflation every year.",
    "Give freelance artists full access to unemployment, sickness and pension insurance.",
    "Create a fund to help small venues and festivals meet the cost of fair fees in the first three years.",
]

CLOSING = [
    "We ask the ministers responsible for culture in the Northern Region to meet with representatives "
    "of the signatory organisations before the end of the year, and to report on progress at the "
    "Regional Culture Forum in 2026.",
    "Signed by:",
]

SIGNATORIES = [
    ("Northern Arts Network", "Estmark"),
    ("Freelance Musicians’ Union", "Estmark"),
    ("Actors’ and Dancers’ Guild", "Norland"),
    ("Writers’ Association of Norland", "Norland"),
    ("Independent Theatres Forum", "Vessaly"),
    ("Union of Stage Technicians", "Vessaly"),
    ("Visual Artists’ Collective Eastport", "Estmark"),
]


def build_statement():
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)

    cp = d.core_properties
    cp.title = TITLE
    cp.author = "Northern Arts Network"
    cp.created = datetime.datetime(2025, 5, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 5, 20, 16, 45, 0)
    cp.last_modified_by = "Northern Arts Network"

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(SUBTITLE, style="Subtitle")
    p = d.add_paragraph("Eastport, 20 May 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.runs[0].italic = True

    for para in INTRO:
        d.add_paragraph(para)

    d.add_paragraph(DEMANDS_HEADING, style="Heading 1")
    for item in DEMANDS:
        d.add_paragraph(item, style="List Number")

    for para in CLOSING:
        d.add_paragraph(para)

    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for org, country in SIGNATORIES:
        cells = table.add_row().cells
        cells[0].text = org
        cells[1].text = country
    for row in table.rows:
        row.cells[0].width = Cm(11)
        row.cells[1].width = Cm(5)

    # footer with contact details
    footer = sec.footer
    fp = footer.paragraphs[0]
    fp.text = ("Contact: Northern Arts Network, Kanalgata 5, Eastport  |  info@northernarts.example  |  "
               "+00 555 010 2040")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)
    fp2 = footer.add_paragraph("Press enquiries: Liv Haraldsen, press@northernarts.example")
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp2.runs:
        r.font.size = Pt(8)

    buf = io.BytesIO()
    d.save(buf)

    # Relabelled (see README, "Change of convention"): the subtitle is not a line.
    lines = INTRO + [DEMANDS_HEADING] + DEMANDS + CLOSING
    lines += [f"{org} {country}" for org, country in SIGNATORIES]
    gold = {
        "kind": "docx",
        "title": TITLE,
        "date": "2025-05-20",
        "lines": lines,
        "signatories": [org for org, _ in SIGNATORIES],
    }
    return buf.getvalue(), gold


def cases():
    data, gold = build_statement()
    return [("docx_numbered_demands_signatory_table", data, gold)]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
