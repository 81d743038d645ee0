"""Word (.docx) case for test4, built in memory with python-docx.

cases() -> list of (case_name, docx_bytes, gold_dict)
"""
import datetime
import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def _platform_workers_case():
    doc = docx.Document()

    # document metadata deliberately differs from the visible title/date,
    # as it often does in real files (saved drafts, templates)
    doc.core_properties.title = "PWC statement FINAL v3 (clean)"
    doc.core_properties.author = "secretariat"
    doc.core_properties.created = datetime.datetime(2026, 1, 19, 16, 5, 0)
    doc.core_properties.modified = datetime.datetime(2026, 1, 21, 9, 40, 0)

    section = doc.sections[0]
    hdr = section.header.paragraphs[0]
    hdr.text = "Platform Workers' Coalition \u2013 Joint statement"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ftr = section.footer.paragraphs[0]
    ftr.text = ("Platform Workers' Coalition, 17 Lantern Street, Velden \u00b7 "
                "press@platformworkers.example \u00b7 +00 21 555 0190")
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

    title = "Joint Statement on the Rights of Platform Workers"
    doc.add_paragraph(title, style="Title")
    date_p = doc.add_paragraph("22 January 2026")
    date_p.runs[0].italic = True
    doc.add_paragraph("")

    lines = []

    def para(text, style=None, parts=None):
        """parts: optional list of (text, bold, italic) runs; text is their join."""
        if parts:
            p = doc.add_paragraph(style=style)
            for t, b, i in parts:
                r = p.add_run(t)
                r.bold = b
                r.italic = i
            text = "".join(t for t, _, _ in parts)
        else:
            p = doc.add_paragraph(text, style=style)
        lines.append(" ".join(text.replace("\u00a0", " ").split()))
        return p

    def heading(text):
        doc.add_heading(text, level=2)
        lines.append(text)

    para(None, parts=[
        ("We, the undersigned trade unions, riders\u2019 collectives and digital rights "
         "organisations, call on the Government and Parliament to ", False, False),
        ("adopt the Platform Work Bill without further delay", True, False),
        (" and without the amendments proposed by the platform companies last month.", False, False),
    ])
    para("More than 140,000 people in this country now earn all or part of their living through "
         "apps: delivering food, driving passengers, cleaning homes, caring for children and "
         "older people. Most of them are classified as self-employed, whatever the reality of "
         "their work. They have no sick pay, no holiday pay and no protection against being "
         "switched off by an algorithm.")

    heading("Employment status")
    para("The Bill\u2019s presumption of employment is its most important provision. Under "
         "Article\u00a04, a worker who is controlled by a platform will be presumed to be an "
         "employee unless the platform proves otherwise. The amendment now proposed would "
         "reverse that burden of proof and leave workers to fight their cases one by one.")

    heading("Algorithmic management")
    para("Workers have a right to know how the systems that assign their jobs, set their pay "
         "and rate their performance actually work. The Bill must guarantee:")
    for b in [
        "a human review of every decision to suspend or deactivate an account;",
        "access for workers and their representatives to the data held about them;",
        "a ban on the use of emotional or biometric monitoring;",
        "consultation with worker representatives before any change to pay algorithms.",
    ]:
        para(b, style="List Bullet")

    heading("Collective bargaining")
    para("Self-employed platform workers must not be prevented by competition law from "
         "organising and bargaining collectively. The Bill should state this explicitly, as the "
         "Competition Authority itself has recommended.")
    para(None, parts=[
        ("We urge every member of Parliament to vote for the Bill as drafted. ", False, False),
        ("Fair work cannot stop at the edge of a smartphone screen.", False, True),
    ])

    heading("Signatories")
    doc.add_paragraph("")

    signatories = [
        ("Platform Workers' Coalition", "Ostmark"),
        ("General Union of Transport and Logistics", "Ostmark"),
        ("Riders' Collective Velden", "Ostmark"),
        ("Domestic and Care Workers' Network", "Ostmark"),
        ("Digital Rights Watch", "Ostmark"),
        ("Federation of Couriers and Drivers", "Norland"),
        ("Kestrian Gig Workers' Union", "Kestria"),
        ("Lusmark Confederation of Labour", "Lusmark"),
        ("Algorithm Accountability Lab", "International"),
    ]
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr_cells = table.rows[0].cells
    hdr_cells[0].text = "Organisation"
    hdr_cells[1].text = "Country"
    for c in hdr_cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    for org, country in signatories:
        row = table.add_row().cells
        row[0].text = org
        row[1].text = country
    for row in table.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(10)

    # Relabelled (see README, "Convention changes"): a table row is one line, its cells joined.
    sig_lines = [f"{org} {country}" for org, country in signatories]
    gold = {
        "kind": "docx",
        "title": title,
        "date": "2026-01-22",
        "lines": lines + sig_lines,
        "signatories": [org for org, _ in signatories],
    }
    buf = io.BytesIO()
    doc.save(buf)
    return "docx_platform_workers_statement", buf.getvalue(), gold


def cases():
    return [_platform_workers_case()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
