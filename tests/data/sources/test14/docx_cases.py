"""Word cases for test14. Each case is built in memory with python-docx."""

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def _bytes(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# 14. docx_numbered_headings_footnotes
# ---------------------------------------------------------------------------

CHW_TITLE = "Joint Statement on Pay and Recognition for Community Health Workers"
CHW_DATE = "14 July 2025"
CHW_HEADER = "Draft for consultation"
CHW_FOOTER = ("Contact: Lena Morrow, Coordinator, Community Health Workers' Alliance - "
              "lena.morrow@chwalliance.example - 01632 960 418")

CHW_INTRO = (
    "This statement is made by organisations representing community health workers, the "
    "patients they serve and the health professionals who work alongside them in the "
    "Greater Harlow region."
)
CHW_SECTIONS = [
    ("1. Background", [
        "Community health workers visit more than 30,000 households each month. They check on "
        "older people living alone, help new parents, follow up on patients discharged from "
        "hospital and make sure that people with long-term conditions take their medication.",
        "Despite this, most community health workers are employed on short contracts through "
        "agencies, are paid close to the minimum wage and have no recognised career path. "
        "Their mileage allowance has not been reviewed since 2016.",
    ]),
    ("2. Our concerns", [
        "Staff turnover has reached forty per cent a year. Every worker who leaves takes with "
        "them relationships of trust with families that took years to build, and patients are "
        "left without a familiar face at the moment they most need one.",
        "The health board's own evaluation found that the programme reduces emergency "
        "admissions among older patients. Failing to retain the workforce will cost more in "
        "hospital care than it saves in wages.",
    ]),
    ("3. Our proposals", None),
]
CHW_PROPOSALS = [
    "Bring all community health workers onto direct employment contracts with the health board.",
    "Introduce a pay scale that recognises experience and training, starting no lower than the "
    "regional living wage.",
    "Review the mileage allowance every year in line with fuel and vehicle costs.",
    "Create a recognised qualification and a route into nursing and allied health careers.",
]
CHW_CLOSING = (
    "We invite the health board and the regional government to discuss these proposals with "
    "us before the autumn budget round."
)
CHW_ENDORSE_LEAD = "Endorsed by:"
CHW_SIGNERS = [
    "Community Health Workers' Alliance",
    "Greater Harlow Patients' Forum",
    "Harlow Branch, Health Care Staff Union",
    "Carers Together Harlow",
    "Association of Practice Nurses, Harlow Division",
]


def _numbered_headings():
    doc = Document()
    section = doc.sections[0]

    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run(CHW_HEADER)
    hr.italic = True
    hr.font.size = Pt(9)

    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run(CHW_FOOTER)
    fr.font.size = Pt(8)

    tp = doc.add_paragraph()
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tr = tp.add_run(CHW_TITLE)
    tr.bold = True
    tr.font.size = Pt(16)

    dp = doc.add_paragraph(CHW_DATE)
    dp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(CHW_INTRO)
    lines = [CHW_INTRO]
    for heading, paras in CHW_SECTIONS:
        doc.add_heading(heading, level=1)
        lines.append(heading)
        if paras is None:
            for item in CHW_PROPOSALS:
                doc.add_paragraph(item, style="List Number")
                lines.append(item)
        else:
            for p in paras:
                doc.add_paragraph(p)
                lines.append(p)
    doc.add_paragraph(CHW_CLOSING)
    lines.append(CHW_CLOSING)
    lp = doc.add_paragraph()
    lp.add_run(CHW_ENDORSE_LEAD).bold = True
    lines.append(CHW_ENDORSE_LEAD)
    for s in CHW_SIGNERS:
        doc.add_paragraph(s, style="List Bullet")
        lines.append(s)

    gold = {
        "kind": "docx",
        "title": CHW_TITLE,
        "date": "2025-07-14",
        "lines": lines,
        "signatories": list(CHW_SIGNERS),
    }
    return "docx_numbered_headings_footnotes", _bytes(doc), gold


# ---------------------------------------------------------------------------
# 15. docx_bilingual
# ---------------------------------------------------------------------------

BI_TITLE = "Joint Statement on the Closure of the Bellecourt to Saint-Anselme Railway Line"
BI_DATE = "30 June 2025 / 30 juin 2025"
BI_EN = [
    "We, the undersigned organisations of the Bellecourt valley, are firmly opposed to the "
    "decision of the regional transport authority to close the railway line between "
    "Bellecourt and Saint-Anselme from 1 September.",
    "The line carries more than 1,400 passengers on an ordinary weekday, among them students "
    "travelling to the college in Saint-Anselme, hospital patients and staff, and workers who "
    "do not own a car. The replacement bus service proposed by the authority would double "
    "journey times and does not run after 8 p.m.",
    "The authority says the track needs repairs it cannot afford. We ask it to publish the "
    "engineering report, to apply for the national rural rail fund before the deadline in "
    "October, and to keep the line open while funding is sought.",
    "A valley without a railway is a valley that young people leave. We will not accept it.",
]
BI_FR_HEADING = "Version française"
BI_FR = [
    "Nous, organisations soussignées de la vallée de Bellecourt, nous opposons fermement à la "
    "décision de l'autorité régionale des transports de fermer la ligne ferroviaire entre "
    "Bellecourt et Saint-Anselme à partir du 1er septembre.",
    "La ligne transporte plus de 1 400 voyageurs un jour de semaine ordinaire, parmi lesquels "
    "des étudiants qui se rendent au collège de Saint-Anselme, des patients et des soignants "
    "de l'hôpital, et des travailleurs qui n'ont pas de voiture. Le service de car de "
    "remplacement proposé par l'autorité doublerait les temps de trajet et ne circule pas "
    "après 20 heures.",
    "L'autorité affirme que la voie nécessite des réparations qu'elle ne peut pas financer. "
    "Nous lui demandons de publier le rapport technique, de déposer une demande auprès du "
    "fonds national pour le rail rural avant la date limite d'octobre, et de maintenir la "
    "ligne ouverte pendant la recherche de financements.",
    "Une vallée sans chemin de fer est une vallée que les jeunes quittent. Nous ne "
    "l'accepterons pas.",
]
BI_SIGN_LEAD = "Signed by / Signé par :"
BI_SIGNERS = [
    "Bellecourt Valley Rail Users' Association / Association des usagers du rail de la vallée de Bellecourt",
    "Saint-Anselme College Students' Union / Union étudiante du collège de Saint-Anselme",
    "Bellecourt Chamber of Trades / Chambre des métiers de Bellecourt",
    "Friends of the Valley Line / Les Amis de la ligne de la vallée",
]


def _bilingual():
    doc = Document()
    doc.add_heading(BI_TITLE, level=0)  # Title style
    dp = doc.add_paragraph()
    dr = dp.add_run(BI_DATE)
    dr.italic = True

    lines = []
    for p in BI_EN:
        doc.add_paragraph(p)
        lines.append(p)
    doc.add_heading(BI_FR_HEADING, level=1)
    lines.append(BI_FR_HEADING)
    for p in BI_FR:
        doc.add_paragraph(p)
        lines.append(p)

    sp = doc.add_paragraph()
    sp.add_run(BI_SIGN_LEAD).bold = True
    lines.append(BI_SIGN_LEAD)
    for s in BI_SIGNERS:
        doc.add_paragraph(s)
        lines.append(s)

    gold = {
        "kind": "docx",
        "title": BI_TITLE,
        "date": "2025-06-30",
        "lines": lines,
        "signatories": list(BI_SIGNERS),
    }
    return "docx_bilingual", _bytes(doc), gold


def cases():
    return [_numbered_headings(), _bilingual()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), len(gold["lines"]))
