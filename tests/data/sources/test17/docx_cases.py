"""Word cases for test17, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
"""
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def _bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# 14. Title style, date paragraph, bullet list, "Signed by:" and eight organisations


def _docx_statement_title_date_signers():
    title = "Joint statement on the future of public libraries in Westmere"
    date_text = "2 June 2025"
    intro = [
        "Public libraries in Westmere are facing the deepest cuts in their history. The county council’s draft budget, published on 20 May, proposes to close eleven of the county’s twenty-six branch libraries and to reduce opening hours at the rest by a third.",
        "Libraries are far more than buildings full of books. For many residents they are the only place to get online, to print a job application, to find a warm and safe space, or to ask for help with a benefits claim. For children, they are where a lifelong love of reading begins.",
        "We, the undersigned organisations, call on the county council to:",
    ]
    bullets = [
        "withdraw the proposal to close any branch library in the 2025–26 budget;",
        "hold a full public consultation, including drop-in sessions in every affected library;",
        "work with community groups, schools and local businesses to develop a sustainable plan for the service;",
        "protect the jobs and skills of library staff.",
    ]
    outro = [
        "A county that closes its libraries closes the door on its own future. We ask every councillor to think carefully before the budget vote on 24 June.",
    ]
    signed_by = "Signed by:"
    orgs = [
        "Friends of Westmere Libraries",
        "Westmere Trades Council",
        "Library Workers’ Union, Westmere Branch",
        "Westmere Reading Circles Network",
        "Parents for Play Westmere",
        "Age Together Westmere",
        "Westmere Refugee Welcome",
        "Hallam Road Community Centre",
    ]

    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Friends of Westmere Libraries"

    section = doc.sections[0]
    fp = section.footer.paragraphs[0]
    fp.text = "Friends of Westmere Libraries · friends@westmerelibraries.example · www.westmerelibraries.example"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(title, style="Title")
    dp = doc.add_paragraph()
    run = dp.add_run(date_text)
    run.italic = True
    for t in intro:
        doc.add_paragraph(t)
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")
    for t in outro:
        doc.add_paragraph(t)
    sp = doc.add_paragraph()
    sp.add_run(signed_by).bold = True
    for o in orgs:
        p = doc.add_paragraph(o)
        p.paragraph_format.space_after = Pt(0)

    gold = {
        "kind": "docx",
        "title": title,
        "date": "2025-06-02",
        "lines": intro + bullets + outro + [signed_by] + orgs,
        "signatories": orgs,
    }
    return ("docx_statement_title_date_signers", _bytes(doc), gold)


# ---------------------------------------------------------------------------
# 15. plain letter, no special styles


def _docx_letter_plain():
    title = "Open letter on the future of rural bus services"
    address = [
        "Ms Joanna Preedy",
        "Minister for Rural Affairs and Transport",
        "Department for Rural Affairs",
        "4 Whitcombe Street",
        "Aldmoor AD1 2RA",
    ]
    date_text = "21 May 2025"
    salutation = "Dear Minister,"
    body = [
        "We are writing to you as organisations representing bus passengers, rural communities and faith groups across the Hill Country to express our alarm at the withdrawal of the Rural Bus Support Grant from the end of this financial year.",
        "Operators have already told the county councils that without the grant at least nineteen routes will no longer be viable. For many villages, these routes are the only public transport of any kind. Their loss would leave older people unable to reach their doctor, young people unable to get to college or work, and families without a car cut off from shops and services in the market towns.",
        "We recognise the pressure on public finances. But the grant costs less than a single kilometre of new dual carriageway, and the cost of isolation – in missed appointments, lost jobs and loneliness – will be paid many times over by the health service, the councils and the people of the Hill Country themselves.",
        "We therefore ask you to extend the Rural Bus Support Grant for at least three more years while a long-term funding settlement for rural transport is agreed with local authorities, operators and passengers. We would be glad to meet you or your officials to discuss how this could be achieved.",
    ]
    closing = "Yours faithfully,"
    signers = [
        ("Alison Brae", "Alison Brae, Chair, Rural Transport Action"),
        ("Tomasz Wielgus", "Tomasz Wielgus, Secretary, Hill Country Bus Users’ Group"),
        ("Margaret Oyelaran", "Margaret Oyelaran, Convenor, Upland Churches Together"),
    ]

    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Rural Transport Action"

    for a in address:
        p = doc.add_paragraph(a)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("")
    doc.add_paragraph(date_text)
    doc.add_paragraph(salutation)
    for b in body:
        doc.add_paragraph(b)
    doc.add_paragraph(closing)
    doc.add_paragraph("")
    for _, line in signers:
        doc.add_paragraph(line)

    gold = {
        "kind": "docx",
        "title": title,
        "date": "2025-05-21",
        "lines": address + [salutation] + body + [closing] + [line for _, line in signers],
        "signatories": [n for n, _ in signers],
    }
    return ("docx_letter_plain", _bytes(doc), gold)


def cases():
    return [
        _docx_statement_title_date_signers(),
        _docx_letter_plain(),
    ]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
