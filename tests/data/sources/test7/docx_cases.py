"""Word (.docx) cases for test7, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
"""
import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


# ---------------------------------------------------------------------------
# Case 14: Heading 1 title (not the Title style), italic date paragraph under
# it, body paragraphs, a two-column signatory table (Name | Role) with a bold
# header row.
# ---------------------------------------------------------------------------

TITLE = "Joint declaration of the opposition parties on the new electoral law"
DATE_TEXT = "17 February 2025"

BODY = [
    "The parties signing this declaration, which together received the votes of more than half of the "
    "electorate at the last parliamentary elections, reject the electoral law adopted by the governing "
    "majority on 13 February.",
    "The new law redraws the boundaries of forty of the sixty-two constituencies of Estrava. It was prepared "
    "in the Ministry of the Interior without the involvement of the Electoral Commission, and it was put to "
    "the vote after a single day of debate.",
    "The effect of the new boundaries is plain. According to the Electoral Commission's own figures, a "
    "constituency in the capital will now contain up to three times as many voters as a rural constituency "
    "in the north. A vote in Valmor will count for a third of a vote in Dren.",
    "The law also raises the threshold for entering Parliament from four to seven per cent and abolishes "
    "the right of citizens living abroad to vote by post. Both measures will exclude hundreds of thousands "
    "of voters from representation.",
    "We call on the President of the Republic to refuse to sign the law and to return it to Parliament, as "
    "the Constitution allows. Should the law nevertheless be promulgated, we will jointly ask the "
    "Constitutional Court to review it.",
    "We further commit to presenting, within three months, a common proposal for an independent boundaries "
    "commission, and we invite the governing parties to discuss it with us in good faith.",
    "The rules of the democratic game belong to all citizens, not to the majority of the day.",
    "Signed by:",
]

SIGNATORIES = [
    ("Ilse Marranov", "Leader, Social Democratic Party of Estrava"),
    ("Tomas Velde", "Chair, Green Alliance"),
    ("Dr Anneke Sorrell", "President, Liberal Citizens' Union"),
    ("Branko Halvi", "Secretary General, Workers' Party of Estrava"),
    ("Mira Castellan", "Leader, Northern Regions Movement"),
]


def _electoral_law_case():
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "Joint declaration - Opposition parties of Estrava"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.text = "Distributed by the press offices of the signatory parties"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.core_properties.title = TITLE
    d.core_properties.author = "Opposition parties press office"

    d.add_heading(TITLE, level=1)
    date_p = d.add_paragraph()
    date_run = date_p.add_run(DATE_TEXT)
    date_run.italic = True

    for text in BODY:
        p = d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, label in zip(hdr, ("Name", "Role")):
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
    for name, role in SIGNATORIES:
        row = table.add_row().cells
        row[0].text = name
        row[1].text = role

    buf = io.BytesIO()
    d.save(buf)

    lines = list(BODY) + ["%s %s" % (n, r) for n, r in SIGNATORIES]
    gold = {
        "kind": "docx",
        "title": TITLE,
        "date": "2025-02-17",
        "lines": lines,
        "signatories": [n for n, _ in SIGNATORIES],
    }
    return ("docx_heading1_table", buf.getvalue(), gold)


def cases():
    return [_electoral_law_case()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
