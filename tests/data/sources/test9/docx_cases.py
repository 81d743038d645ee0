"""Word (.docx) cases for test set 9, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
"""
import datetime
import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

# ---------------------------------------------------------------------------
# Case 14: title in the "Title" style, a two-paragraph italic introduction that
# is part of the statement, numbered demands in "List Number", and signatories
# as plain paragraphs after "Signed by:".
# ---------------------------------------------------------------------------

C14_TITLE = "Warm homes are a right: joint statement on energy poverty"
C14_DATELINE = "Kestrel Bay, 9 July 2025"
C14_INTRO = [
    "This statement is issued jointly by tenants’ associations, trade unions and anti-poverty "
    "organisations in the Northern Provinces, ahead of the government’s review of the energy "
    "support scheme.",
    "It reflects the experience of thousands of households who contacted our advice lines during "
    "the past winter, and the conclusions of a public hearing held in Kestrel Bay in June.",
]
C14_BODY1 = [
    "Last winter, one household in five in the Northern Provinces could not afford to heat their "
    "home to a safe temperature. Older people, families with young children and people with "
    "disabilities were hit hardest. Many were forced to choose between heating and eating.",
    "The support scheme introduced two years ago has helped, but it is too small, too complicated "
    "and ends too early. Half of those entitled to it never received it, and it does nothing to fix "
    "the cold, damp and poorly insulated homes that drive bills up in the first place.",
]
C14_HEADING = "Our demands"
C14_DEMANDS = [
    "Extend the energy support scheme to the whole heating season and pay it automatically to "
    "everyone who receives a means-tested benefit.",
    "Ban disconnections and the forced installation of prepayment meters for vulnerable households "
    "between October and April.",
    "Fund a ten-year programme to insulate every social and privately rented home to a decent "
    "standard, with no rent increases as a result.",
    "Introduce a social tariff so that no household pays more than a tenth of its income for the "
    "energy it needs.",
]
C14_BODY2 = [
    "These measures are affordable. The energy companies operating in our provinces reported "
    "combined profits of 1.4 billion last year. A fair share of that should be used to keep "
    "people warm.",
    "We ask the Minister for Energy to meet our organisations before the review is concluded, "
    "and we invite all members of the provincial assemblies to support these demands.",
]
C14_SIGNED = "Signed by:"
C14_SIGNATORIES = [
    "Northern Tenants’ Alliance",
    "Kestrel Bay Trades Council",
    "Fuel Poverty Action North",
    "Age Together Association",
    "Union of Care and Community Workers",
]


def _case14():
    d = docx.Document()

    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    cp = d.core_properties
    cp.title = C14_TITLE
    cp.author = "Northern Tenants’ Alliance"
    cp.last_modified_by = "Communications Team"
    cp.created = datetime.datetime(2025, 7, 4, 14, 12, 0)
    cp.modified = datetime.datetime(2025, 7, 9, 8, 47, 0)

    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "Northern Tenants’ Alliance - Joint statement"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.text = "www.northerntenants.example | press@northerntenants.example"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph(C14_TITLE, style="Title")
    p = d.add_paragraph()
    r = p.add_run(C14_DATELINE)
    r.bold = True

    for t in C14_INTRO:
        p = d.add_paragraph()
        r = p.add_run(t)
        r.italic = True

    for t in C14_BODY1:
        d.add_paragraph(t)

    d.add_paragraph(C14_HEADING, style="Heading 2")
    for t in C14_DEMANDS:
        d.add_paragraph(t, style="List Number")

    for t in C14_BODY2:
        d.add_paragraph(t)

    p = d.add_paragraph()
    r = p.add_run(C14_SIGNED)
    r.bold = True
    for s in C14_SIGNATORIES:
        d.add_paragraph(s)

    buf = io.BytesIO()
    d.save(buf)

    gold = {
        "kind": "docx",
        "title": C14_TITLE,
        "date": "2025-07-09",
        "lines": C14_INTRO + C14_BODY1 + [C14_HEADING] + C14_DEMANDS + C14_BODY2 + [C14_SIGNED]
        + C14_SIGNATORIES,
        "signatories": list(C14_SIGNATORIES),
    }
    return "docx_energy_poverty_list_number", buf.getvalue(), gold


def cases():
    return [_case14()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
