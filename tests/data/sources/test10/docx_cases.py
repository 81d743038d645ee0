"""Word (.docx) cases for test10, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
All organisations, people and places are invented.
"""
import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _add_field(paragraph, instr):
    """Append a complex field (e.g. PAGE, NUMPAGES) to a paragraph."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run._r.append(instr_el)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run("1")
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _joint_statement_docx():
    title = "Joint Statement on Fair Pay for Care Workers"
    date_par = "20 January 2025"
    body = [
        "Care workers look after our parents, our grandparents and our disabled friends and neighbours. They help people to wash, eat, take their medicine and live with dignity in their own homes.",
        "Yet most care workers in Dunmora are paid at or just above the minimum wage. Many are not paid for the time they spend travelling between visits, and one in five is employed on a zero-hours contract.",
        "As a result, providers are losing staff faster than they can recruit them. There are now more than 18,000 vacancies in adult social care across the country, and people are waiting weeks for the support they have been assessed as needing.",
        "We, the undersigned organisations, call on the Government to introduce a national minimum rate of pay for care workers of at least 15 crowns an hour, to require that travel time is paid, and to end the use of zero-hours contracts in publicly funded care.",
        "We also call for a National Care Workforce Council, in which unions, employers and people who use care services sit together to agree fair terms and conditions.",
        "Valuing care work is not only the right thing to do. It is the only way to build a care system that people can rely on – and that care workers can afford to stay in.",
    ]
    signed_by = "Signed by:"
    orgs = [
        "Care Fair Alliance",
        "Union of Health and Care Employees",
        "Dunmora Older People’s Forum",
        "Carers’ Voice Dunmora",
        "Independent Living Network",
    ]

    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "Care Fair Alliance"
    section = d.sections[0]

    # running header
    hp = section.header.paragraphs[0]
    hp.text = "Care Fair Alliance – Joint Statement"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)

    # footer with page numbers
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    _add_field(fp, "PAGE")
    fp.add_run(" of ")
    _add_field(fp, "NUMPAGES")

    d.add_paragraph(title, style="Title")
    p = d.add_paragraph(date_par)
    p.runs[0].italic = True
    for para in body:
        d.add_paragraph(para)
    p = d.add_paragraph()
    p.add_run(signed_by).bold = True
    for org in orgs:
        d.add_paragraph(org)

    buf = io.BytesIO()
    d.save(buf)
    gold = {
        "kind": "docx",
        "title": title,
        "date": "2025-01-20",
        "lines": body + [signed_by] + orgs,
        "signatories": list(orgs),
    }
    return "docx_joint_statement", buf.getvalue(), gold


def cases():
    return [_joint_statement_docx()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
