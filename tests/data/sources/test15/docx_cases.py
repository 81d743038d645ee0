"""Word cases for test15, built in memory with python-docx.

    cases() -> [(case_name, docx_bytes, gold_dict), ...]
"""
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def _gold(title, date, lines, signatories):
    return {"kind": "docx", "title": title, "date": date, "lines": lines,
            "signatories": signatories}


def _bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# 14. docx_statement_plain
# ---------------------------------------------------------------------------

PLAIN_TITLE = "Joint Statement on Library Closures in the Fenmoor District"

PLAIN_BODY = [
    "We, the undersigned organisations, are deeply concerned by the decision of Fenmoor District Council to close "
    "seven of its eleven public libraries by the end of this year. The closures were announced without any "
    "consultation with library users, staff or the communities that depend on them.",
    "Libraries are far more than places to borrow books. They are where job seekers go online to apply for work, "
    "where older people find company and help with digital services, where children do their homework in a warm "
    "and quiet room, and where new arrivals take their first steps in learning the language.",
    "The Council says the closures will save £1.4 million a year. We recognise the financial pressure on local "
    "government. But the costs of closing libraries will simply reappear elsewhere: in social isolation, in lower "
    "literacy and in greater demand on other public services.",
    "We call on the Council to suspend the closure programme, to publish a full equality impact assessment, and to "
    "work with staff, trade unions and community groups on a plan that keeps every library open, including through "
    "shared use of buildings and longer opening hours where there is demand.",
    "We are ready to take part in that work and we ask every councillor to support a pause when the matter comes "
    "before the full Council.",
]

PLAIN_SIGNERS = [
    "Friends of Fenmoor Libraries",
    "Public Service Workers' Union, Fenmoor Branch",
    "Fenmoor Pensioners' Forum",
    "Reading Together Fenmoor",
    "Eastgate Refugee Welcome Group",
    "Fenmoor Parents' Network",
    "Society of Local Authors",
]


def build_plain():
    doc = Document()
    doc.core_properties.title = PLAIN_TITLE
    doc.core_properties.author = "Friends of Fenmoor Libraries"
    doc.add_paragraph(PLAIN_TITLE, style="Title")
    doc.add_paragraph("25 March 2025")
    lines = []
    for text in PLAIN_BODY:
        doc.add_paragraph(text)
        lines.append(text)
    doc.add_paragraph("Signed by:")
    lines.append("Signed by:")
    for name in PLAIN_SIGNERS:
        doc.add_paragraph(name)
        lines.append(name)
    return _bytes(doc), _gold(PLAIN_TITLE, "2025-03-25", lines, list(PLAIN_SIGNERS))


# ---------------------------------------------------------------------------
# 15. docx_letter_with_table_signers
# ---------------------------------------------------------------------------

LETTER_TITLE = "Open letter on the Home Care Workers' Charter"

LETTER_BODY = [
    "We are writing to you on behalf of home care workers and their organisations across the region, ahead of the "
    "meeting of social affairs ministers in May at which the draft Home Care Workers' Charter will be discussed.",
    "Home care workers look after older people, people with disabilities and people recovering from illness in "
    "their own homes. Most of them are women, many are migrants, and a large share are employed directly by "
    "households or through online platforms, outside the reach of collective agreements and labour inspection.",
    "The current draft of the Charter is a welcome first step, but it leaves the most important questions to "
    "national discretion. Without binding minimum standards on working time, travel time between clients, health "
    "and safety in the home and the right to organise, the Charter risks changing very little for the people it "
    "is meant to protect.",
    "We therefore ask you to use your role as rapporteur to strengthen the draft so that these standards apply to "
    "every home care worker, whoever their employer is, and to ensure that worker organisations are consulted "
    "before the final text is adopted.",
]

LETTER_SIGNERS = [
    ("Maria Lindqvist", "Home Care Workers' Union", "Norland"),
    ("Joseph Okello", "Alliance of Home Care Workers", "Calloway"),
    ("Ana Pires Moreau", "Federation of Domestic and Care Workers", "Estmark"),
    ("Tomasz Wrobel", "Union of Social Services Employees", "Velsia"),
    ("Grace Adeyemi-Holt", "Migrant Carers' Network", "Calloway"),
    ("Henrik Solberg", "Public Care Staff Association", "Norland"),
    ("Lucia Ferrante", "Care Cooperatives Council", "Estmark"),
    ("Irina Volkanova", "Platform Workers' Advice Centre", "Velsia"),
]


def build_letter():
    doc = Document()
    doc.core_properties.title = LETTER_TITLE
    doc.core_properties.author = "Alliance of Home Care Workers"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "Alliance of Home Care Workers"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].bold = True
    fp = section.footer.paragraphs[0]
    fp.text = "Alliance of Home Care Workers - 31 Weaver Lane, Calloway CL2 9RT - info@homecareworkers.example"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)

    doc.add_paragraph(LETTER_TITLE, style="Heading 1")
    dp = doc.add_paragraph("7 April 2025")
    dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    lines = []
    recipient = ["Commissioner Elin Dalvik", "Regional Commission for Social Affairs", "Calloway"]
    for r in recipient:
        p = doc.add_paragraph(r)
        p.paragraph_format.space_after = Pt(0)
        lines.append(r)

    doc.add_paragraph("Dear Commissioner Dalvik,")
    lines.append("Dear Commissioner Dalvik,")
    for text in LETTER_BODY:
        doc.add_paragraph(text)
        lines.append(text)
    doc.add_paragraph("Yours faithfully,")
    lines.append("Yours faithfully,")

    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ("Name", "Organisation", "Country")):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
    for name, org, country in LETTER_SIGNERS:
        row = table.add_row().cells
        row[0].text = name
        row[1].text = org
        row[2].text = country
        lines.append(" ".join((name, org, country)))

    gold = _gold(LETTER_TITLE, "2025-04-07", lines, [s[0] for s in LETTER_SIGNERS])
    return _bytes(doc), gold


def cases():
    out = []
    data, gold = build_plain()
    out.append(("docx_statement_plain", data, gold))
    data, gold = build_letter()
    out.append(("docx_letter_with_table_signers", data, gold))
    return out


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines,", len(gold["signatories"]), "signatories")
