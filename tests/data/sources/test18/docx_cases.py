"""Word cases for test18. cases() returns (case_name, docx_bytes, gold_dict)."""

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor


def _bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# 14. Title / Subtitle / Heading 2 sections / List Bullet signatories
# ---------------------------------------------------------------------------

def docx_joint_statement_headings():
    title = "Joint Statement on the Water Services Bill"
    subtitle = "Civil society organisations in Maravia call for water to remain a public service"

    sections = [
        ("Background", [
            "On 2 September the Government of Maravia tabled the Water Services Bill in the National Assembly. The bill would allow the country's nine regional water boards to be converted into limited companies and would permit up to 49 per cent of their shares to be sold to private investors.",
            "The bill was drafted without public consultation. Neither the water boards' staff nor the municipalities that own them were asked for their views, and the financial analysis on which the bill is said to rest has not been published.",
        ]),
        ("Our concerns", [
            "Experience in neighbouring countries shows that partial privatisation of water services is followed by rising tariffs, falling investment in pipes and treatment plants, and reduced transparency. Investors expect a return, and that return is paid by households through their water bills.",
            "The bill contains no guarantee of a minimum free supply for low-income households, no ban on disconnections for non-payment, and no obligation on the new companies to publish data on leakage and water quality.",
            "Once shares have been sold, it will be extremely difficult and costly for any future government to bring the water boards back into full public ownership.",
        ]),
        ("Our recommendations", [
            "We call on the National Assembly to reject the bill in its current form and to ask the Government to hold an open public consultation on the future of water services.",
            "Any reform of the water boards should enshrine the human right to water in law, keep the boards in full public ownership, and strengthen the role of municipalities, workers and users in their governance.",
        ]),
    ]
    signatories = [
        "Maravian Water Workers' Union",
        "Consumers' Association of Maravia",
        "Association of Maravian Municipalities",
        "Clean Rivers Maravia",
        "Public Services Research Institute",
        "Maravian Federation of Farmers' Cooperatives",
        "Women's Rights Centre Lusk",
        "Youth Climate Network Maravia",
    ]

    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Maravian Water Workers' Union"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(subtitle, style="Subtitle")

    lines = []
    for heading, paras in sections:
        doc.add_paragraph(heading, style="Heading 2")
        lines.append(heading)
        for p in paras:
            doc.add_paragraph(p)
            lines.append(p)

    doc.add_paragraph("Signatories", style="Heading 2")
    lines.append("Signatories")
    for org in signatories:
        doc.add_paragraph(org, style="List Bullet")
        lines.append(org)

    gold = {
        "kind": "docx",
        "title": title,
        "date": None,
        "lines": lines,
        "signatories": signatories,
    }
    return "docx_joint_statement_headings", _bytes(doc), gold


# ---------------------------------------------------------------------------
# 15. Header with organisation name, bold title paragraph, date paragraph
# ---------------------------------------------------------------------------

def docx_statement_with_header_logo_text():
    org = "Huurdersvereniging De Eendracht"
    header_text = "Huurdersvereniging De Eendracht"
    header_sub = "Postbus 112  -  3900 AC Veldhaven  -  info@de-eendracht.example"
    title = "Verklaring over de voorgenomen huurverhoging 2026 van Woonstichting Veldhaven"
    date_text = "Veldhaven, 17 september 2025"
    body = [
        "Woonstichting Veldhaven heeft op 9 september aangekondigd dat zij de huren per 1 juli 2026 met gemiddeld 5,8 procent wil verhogen. Voor huurders met een middeninkomen wordt de verhoging zelfs 7 procent. Huurdersvereniging De Eendracht, die de belangen van ruim 6.000 huishoudens in Veldhaven en Oosterbroek behartigt, wijst dit voorstel af.",
        "De woonstichting had vorig jaar een positief resultaat van 14 miljoen euro. Tegelijk wachten honderden huurders al jaren op het herstel van vocht- en schimmelproblemen in hun woning. Een huurverhoging boven de inflatie is in die situatie niet uit te leggen.",
        "Wij vragen de woonstichting om de huren in 2026 niet meer te laten stijgen dan de inflatie, om de extra verhoging voor middeninkomens te schrappen, en om eerst een concreet plan te presenteren voor het oplossen van de achterstallige onderhoudsklachten.",
        "Volgens de prestatieafspraken met de gemeente moet de woonstichting haar huurbeleid vooraf met ons bespreken. Dat is dit jaar niet gebeurd. Wij verwachten dat het bestuur dit alsnog doet, vóór het besluit op 1 november wordt genomen.",
        "Huurders die vragen hebben over hun eigen huurverhoging, kunnen elke dinsdagavond terecht op ons spreekuur in wijkcentrum De Linde.",
    ]
    closing = org

    doc = Document()
    doc.core_properties.author = org
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    section = doc.sections[0]
    hdr = section.header
    hp = hdr.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = hp.add_run(header_text)
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B)
    hp2 = hdr.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r2 = hp2.add_run(header_sub)
    r2.font.size = Pt(8)
    r2.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    tp = doc.add_paragraph()
    tr = tp.add_run(title)
    tr.bold = True
    tr.font.size = Pt(15)
    tp.paragraph_format.space_after = Pt(6)

    dp = doc.add_paragraph(date_text)
    dp.paragraph_format.space_after = Pt(12)

    for p in body:
        para = doc.add_paragraph(p)
        para.paragraph_format.space_after = Pt(8)

    doc.add_paragraph()
    doc.add_paragraph(closing)

    gold = {
        "kind": "docx",
        "title": title,
        "date": "2025-09-17",
        "lines": body + [closing],
        "signatories": [org],
    }
    return "docx_statement_with_header_logo_text", _bytes(doc), gold


def cases():
    return [
        docx_joint_statement_headings(),
        docx_statement_with_header_logo_text(),
    ]


if __name__ == "__main__":
    import json
    import os
    import sys

    outdir = sys.argv[1] if len(sys.argv) > 1 else None
    for name, data, gold in cases():
        print(name, len(data), "bytes", json.dumps(gold, ensure_ascii=False)[:80])
        if outdir:
            os.makedirs(outdir, exist_ok=True)
            with open(os.path.join(outdir, name + ".docx"), "wb") as f:
                f.write(data)
