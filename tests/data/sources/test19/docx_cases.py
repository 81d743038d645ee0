"""Word cases for test19, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
"""
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor


def _bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# 14. Statement with Title style, Heading 2 and List Number demands
# ---------------------------------------------------------------------------

def _statement_numbered_demands():
    title = "Fair Pay for Delivery Riders: A Joint Statement"
    date_text = "3 February 2025"
    intro = [
        "Food and parcel delivery riders keep our cities running. They work in all weathers, late "
        "at night and on public holidays, often on bicycles and mopeds in heavy traffic. Yet most of "
        "them are classed as self-employed by the platforms that direct their work, and have no "
        "right to the minimum wage, holiday pay or sick pay.",
        "A survey of 1,100 riders carried out by our organisations in December found that, once "
        "waiting time and vehicle costs are taken into account, the average rider earned less than "
        "two thirds of the statutory minimum wage for each hour logged in to the app. One in four had "
        "been injured at work in the previous year; fewer than one in ten had received any "
        "compensation.",
    ]
    heading = "Our demands"
    demands = [
        "Every hour a rider is logged in and available for work must be paid at no less than the "
        "minimum wage, after costs.",
        "Platforms must publish how their algorithms allocate orders and set pay, and riders must "
        "have the right to challenge automated decisions before a human being.",
        "No rider should be deactivated from an app without a written reason and the right to "
        "appeal, with the support of a union representative.",
        "Platforms must provide accident insurance and sick pay from the first day of work.",
        "The government must bring forward the promised employment status legislation within "
        "this parliamentary session.",
    ]
    closing = (
        "We invite riders, customers and restaurants to support these demands, and we call on the "
        "platforms to meet riders' representatives to negotiate a fair deal. Riders will hold a day "
        "of action in twelve cities on 14 February."
    )
    lead_in = "Signed by:"
    signers = [
        "Independent Couriers' Union",
        "Riders' Rights Collective",
        "Urban Cycling Safety Alliance",
        "Gig Workers Legal Advice Centre",
        "Fair Takeaway Campaign",
        "Metropolitan Trades Council",
    ]

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph(date_text)
    p.runs[0].italic = True
    for t in intro:
        doc.add_paragraph(t)
    doc.add_paragraph(heading, style="Heading 2")
    for d in demands:
        doc.add_paragraph(d, style="List Number")
    doc.add_paragraph(closing)
    p = doc.add_paragraph()
    r = p.add_run(lead_in)
    r.bold = True
    for s in signers:
        doc.add_paragraph(s)

    gold = {
        "kind": "docx",
        "title": title,
        "date": "2025-02-03",
        "lines": intro + [heading] + demands + [closing, lead_in] + signers,
        "signatories": list(signers),
    }
    return ("docx_statement_numbered_demands", _bytes(doc), gold)


# ---------------------------------------------------------------------------
# 15. Letter with sender's letterhead in the page header
# ---------------------------------------------------------------------------

def _letter_header_footer():
    sender_name = "Friends of Eastgate Library"
    sender_address = "c/o 18 Weaver's Row, Eastgate, Harrowmere HM4 7DE"
    sender_contact = "friends@eastgatelibrary.example  -  www.eastgatelibrary.example"
    footer_text = "Friends of Eastgate Library is a registered charity, no. 1187345."
    date_text = "17 September 2025"
    recipient = [
        "Councillor Bernard Ashcombe",
        "Cabinet Member for Culture and Communities",
        "Harrowmere Borough Council",
        "Civic Centre, Market Square",
        "Harrowmere HM1 1AA",
    ]
    subject = "Keep Eastgate Library open: our response to the libraries review"
    salutation = "Dear Councillor Ashcombe,"
    body = [
        "I am writing on behalf of the Friends of Eastgate Library and the more than 3,400 residents "
        "who have signed our petition, in response to the council's proposal to close Eastgate "
        "Library and replace it with a mobile library visiting once a fortnight.",
        "Eastgate Library is the only free, warm, indoor public space in the ward. Last year it "
        "recorded 61,000 visits. It hosts the only baby rhyme time session within walking distance "
        "for families without a car, a homework club used by pupils from three schools, and the "
        "digital help sessions that many older residents rely on to apply for benefits, book "
        "medical appointments and pay bills.",
        "We understand the pressure on the council's budget. But the savings set out in the review, "
        "around 142,000 pounds a year, are small compared with the cost of what would be lost. The "
        "review contains no assessment of the impact on disabled and older residents, and no "
        "evidence that a fortnightly mobile service could meet the needs of those who use the "
        "library most.",
        "We ask you to remove Eastgate from the list of proposed closures and to work with us on "
        "alternatives. Our volunteers are ready to extend opening hours, and several local "
        "businesses have offered sponsorship. We would welcome the chance to meet you and to show "
        "you the library on a weekday afternoon.",
    ]
    closing = "Kind regards,"
    signer_name = "Hannah Okonjo-Reyes"
    signer_role = "Chair, Friends of Eastgate Library"

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    section = doc.sections[0]
    header = section.header
    hp = header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(sender_name)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x5A, 0x2D, 0x82)
    hp2 = header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run(sender_address)
    r.font.size = Pt(8)
    hp3 = header.add_paragraph()
    hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp3.add_run(sender_contact)
    r.font.size = Pt(8)

    footer = section.footer
    fp = footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(footer_text)
    r.font.size = Pt(8)

    doc.add_paragraph(date_text)
    doc.add_paragraph()
    for line in recipient:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(subject)
    r.bold = True
    doc.add_paragraph(salutation)
    for t in body:
        doc.add_paragraph(t)
    doc.add_paragraph(closing)
    doc.add_paragraph()
    doc.add_paragraph(signer_name)
    doc.add_paragraph(signer_role)

    gold = {
        "kind": "docx",
        "title": subject,
        "date": "2025-09-17",
        "lines": recipient + [salutation] + body + [closing, signer_name, signer_role],
        "signatories": [signer_name],
    }
    return ("docx_letter_header_footer", _bytes(doc), gold)


def cases():
    return [
        _statement_numbered_demands(),
        _letter_header_footer(),
    ]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
