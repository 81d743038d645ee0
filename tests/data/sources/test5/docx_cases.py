"""Word (.docx) cases for test set 5, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
"""
import datetime
import io

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm


# ---------------------------------------------------------------------------
# Case 14: letter body inside a single-cell table; the title is a bold
# Normal-style paragraph (no Title/Heading style); the organisation name sits
# in the page header; demands are a "List Bullet" list; footer with a
# registration line.
# ---------------------------------------------------------------------------

TITLE = "Open letter on the Community Energy Bill"

BEFORE_LIST = [
    "Dear Members of the Energy and Climate Committee,",
    "We write on behalf of the 146 community energy cooperatives of Ostland, which together own 212 "
    "wind turbines, 1,900 rooftop solar installations and four small hydropower plants, and count "
    "more than 58,000 households as members.",
    "The Community Energy Bill, which you will begin to examine on 21 October, is an opportunity to "
    "give citizens a real stake in the energy transition. In its current form, however, it would make "
    "it harder, not easier, for local cooperatives to build new projects.",
    "Section 12 of the Bill would require every new installation above 500 kilowatts to take part in "
    "the national auction system, where cooperatives must compete on price with international "
    "investment funds. Section 19 would abolish the right of neighbouring residents to buy shares in "
    "new wind farms at cost price - a right that has done more than anything else to build local "
    "support for wind energy in our country.",
    "We therefore ask the Committee to amend the Bill so that it:",
]

BULLETS = [
    "exempts community-owned projects up to 6 megawatts from the auction system;",
    "keeps the right of residents within 4.5 kilometres of a new wind farm to buy shares at cost price;",
    "creates a public guarantee fund to cover the development risk of community projects;",
    "allows cooperatives to share electricity among their members across the local grid.",
]

AFTER_LIST = [
    "These measures would cost the state budget nothing in the first three years and would help to "
    "meet the target of 40 per cent local ownership that the government itself set in 2023.",
    "We would welcome the opportunity to present our proposals to the Committee at the hearing on "
    "28 October.",
    "With kind regards,",
]

SIGNATORIES = [
    "Birgit Olsen, Chair, Ostland Community Energy Federation",
    "Rasmus Dahl, Director, Cooperative Wind Ostvik",
    "Elin Berg, Chair, Solar Roofs Sorby Cooperative",
]


def _set_cell_margins(cell, twips=200):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    mar = OxmlElement("w:tcMar")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tcPr.append(mar)


def _letter_in_table_case():
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.5)

    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # Page header: organisation name (and nothing else from the statement).
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Ostland Community Energy Federation")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1B, 0x5E, 0x20)
    hp2 = sec.header.add_paragraph("Federation of Citizen Energy Cooperatives")
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2.runs[0].font.size = Pt(8)

    # Page footer: registration / address line.
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Ostland Community Energy Federation - Vindgata 7, 2011 Ostvik - "
                    "reg. no. 998 120 447 - www.ocef.example")
    fr.font.size = Pt(8)

    # Date line, right-aligned (not a statement line).
    dp = d.add_paragraph("Ostvik, 14 October 2025")
    dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    d.add_paragraph()  # empty spacer paragraph, as people type them

    # Title: bold run in a Normal-style paragraph.
    tp = d.add_paragraph()
    tr = tp.add_run(TITLE)
    tr.bold = True
    tr.font.size = Pt(14)

    # Body: one table with a single cell holding the whole letter.
    table = d.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = table.cell(0, 0)
    _set_cell_margins(cell)

    first = True
    for text in BEFORE_LIST:
        if first:
            p = cell.paragraphs[0]
            p.add_run(text)
            first = False
        else:
            p = cell.add_paragraph(text)
        p.paragraph_format.space_after = Pt(8)
    for text in BULLETS:
        cell.add_paragraph(text, style="List Bullet")
    for text in AFTER_LIST:
        p = cell.add_paragraph(text)
        p.paragraph_format.space_before = Pt(8)
    cell.add_paragraph()  # blank line before signatures
    for text in SIGNATORIES:
        p = cell.add_paragraph()
        name, rest = text.split(", ", 1)
        p.add_run(name).bold = True
        p.add_run(", " + rest)

    d.add_paragraph()

    cp = d.core_properties
    cp.title = "OCEF letter Community Energy Bill - final"
    cp.author = "Rasmus Dahl"
    cp.created = datetime.datetime(2025, 10, 9, 8, 15, 0)
    cp.modified = datetime.datetime(2025, 10, 14, 7, 50, 0)
    cp.last_modified_by = "Birgit Olsen"

    buf = io.BytesIO()
    d.save(buf)
    gold = {
        "kind": "docx",
        "title": TITLE,
        "date": "2025-10-14",
        "lines": BEFORE_LIST + BULLETS + AFTER_LIST + SIGNATORIES,
        "signatories": list(SIGNATORIES),
    }
    return "docx_table_cell_letter", buf.getvalue(), gold


def cases():
    return [_letter_in_table_case()]


if __name__ == "__main__":
    import sys
    out = sys.argv[1] if len(sys.argv) > 1 else None
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
        if out:
            import json, os
            with open(os.path.join(out, name + ".docx"), "wb") as fh:
                fh.write(data)
            with open(os.path.join(out, name + ".gold.json"), "w", encoding="utf-8") as fh:
                json.dump(gold, fh, ensure_ascii=False, indent=2)
