"""Blind test cases: PDFs built with fpdf2 (core font helvetica, latin-1 text).

cases() -> list of (case name, pdf bytes, gold dict).
All organisations, places and people are invented.
"""

from fpdf import FPDF

FONT = "helvetica"


# --------------------------------------------------------------------------
# Case 1: two-page letter on letterhead
# --------------------------------------------------------------------------

LETTER_ORG = "Federation of Care and Health Workers"
LETTER_ADDRESS = [
    "Strandvej 18, 4410 Nordhavn, Kaldria",
    "Tel. +00 555 0199  |  office@fchw-kaldria.example  |  www.fchw-kaldria.example",
]
LETTER_DATE_TEXT = "Nordhavn, 3 May 2024"
LETTER_RECIPIENT = [
    "Minister Birgit Aalvik",
    "Ministry of Health and Care",
    "Slotsgade 2",
    "4400 Kastelby",
]
LETTER_SUBJECT = "Open letter on the closure of regional maternity units"
LETTER_SALUTATION = "Dear Minister Aalvik,"
LETTER_BODY = [
    "We write to you jointly, as the organisations representing midwives, nurses, "
    "hospital porters and patients in the northern and western regions of Kaldria, "
    "about the plan announced by the regional health boards on 12 April to close the "
    "maternity units at Nordhavn, Vestby and Kirkelund hospitals by the end of next year.",
    "Together these three units delivered more than 3,100 babies last year. If they close, "
    "women living on the islands and along the western fjords will face journeys of up to "
    "three hours to reach the nearest hospital able to care for them in labour, often on roads "
    "that are closed for days at a time during the winter months. The boards' own risk "
    "assessment acknowledges that the number of unplanned births outside hospital is likely "
    "to rise, yet it proposes no measures to deal with that risk.",
    "The boards justify the closures by pointing to difficulties in recruiting staff. Our "
    "members know these difficulties better than anyone. But they are the result of decisions "
    "taken over many years: the freeze on training places for midwives, the end of the rural "
    "housing allowance, and rotas that leave small teams working alone through the night. "
    "Closing the units will not solve any of these problems. It will simply move them, and "
    "the women affected, somewhere else.",
    "We therefore ask you to use the powers given to you under the Regional Health Act to "
    "suspend the closure plan for at least two years. During that time we ask the ministry to "
    "fund an additional 60 midwifery training places reserved for students from the northern "
    "and western regions, to restore the rural housing allowance for all maternity staff, and "
    "to commission an independent review of safe staffing in small maternity units.",
    "Our members have kept these units open through a pandemic, through storms and through "
    "years of underfunding. They are ready to work with the ministry and the boards on a plan "
    "that keeps safe care close to home. What they cannot accept is a decision that was taken "
    "without them and that will be paid for by the families they serve.",
    "We would welcome the opportunity to meet you, together with representatives of the "
    "three hospitals, before the boards take their final decision on 20 June. A copy of this "
    "letter has been sent to the chairs of the three regional health boards and to the "
    "members of the parliamentary health committee.",
]
LETTER_CLOSING = "Yours faithfully,"
LETTER_SIGNERS = [
    ("Søren Håkansen", "General Secretary, Federation of Care and Health Workers"),
    ("Ingrid Moe-Varga", "Chair, Kaldrian Association of Midwives"),
    ("Tomas Brekke", "Regional Organiser, Hospital Porters' Union"),
    ("Liv Andresen", "Spokesperson, Patients for Local Hospitals"),
]


class LetterPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font(FONT, "B", 16)
            self.set_text_color(20, 60, 110)
            self.cell(0, 8, LETTER_ORG, new_x="LMARGIN", new_y="NEXT")
            self.set_font(FONT, "", 8)
            self.set_text_color(90, 90, 90)
            for line in LETTER_ADDRESS:
                self.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(20, 60, 110)
            self.set_line_width(0.6)
            y = self.get_y() + 2
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_text_color(0, 0, 0)
            self.set_y(y + 10)
        else:
            self.set_font(FONT, "I", 8)
            self.set_text_color(120, 120, 120)
            self.cell(
                0,
                5,
                "FCHW - Open letter to the Minister of Health and Care, 3 May 2024",
                align="R",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.set_text_color(0, 0, 0)
            self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font(FONT, "", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_letter() -> tuple[str, bytes, dict]:
    pdf = LetterPDF(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(auto=True, margin=25)
    pdf.add_page()

    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 6, LETTER_DATE_TEXT, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for line in LETTER_RECIPIENT:
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(0, 6, LETTER_SUBJECT, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FONT, "", 11)
    pdf.multi_cell(0, 6, LETTER_SALUTATION, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for para in LETTER_BODY:
        pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    pdf.multi_cell(0, 6, LETTER_CLOSING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    for name, org in LETTER_SIGNERS:
        pdf.set_font(FONT, "B", 11)
        pdf.multi_cell(0, 5.5, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 10)
        pdf.multi_cell(0, 5, org, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)

    lines = list(LETTER_RECIPIENT) + [LETTER_SALUTATION] + list(LETTER_BODY) + [LETTER_CLOSING]
    for name, org in LETTER_SIGNERS:
        lines += [name, org]
    gold = {
        "kind": "pdf",
        "title": LETTER_SUBJECT,
        "date": "2024-05-03",
        "lines": lines,
        "signatories": [name for name, _ in LETTER_SIGNERS],
    }
    return "pdf_letter_letterhead", bytes(pdf.output()), gold


# --------------------------------------------------------------------------
# Case 2: narrow-format statement, justified text, bold section headings,
# signatory list of 8 names running onto page 2
# --------------------------------------------------------------------------

ST_RUNNING_HEAD = "Coalition for Civic Space - Marrovia"
ST_TITLE = "Statement on the Public Order (Assemblies) Bill"
ST_DATE_TEXT = "Adopted in Veranza on 9 February 2025"
ST_SECTIONS = [
    (
        "Background",
        [
            "On 27 January the government of Marrovia tabled the Public Order (Assemblies) Bill. "
            "The bill would require organisers of any outdoor gathering of more than twenty people "
            "to notify the police ten days in advance, give the police the power to impose routes, "
            'times and noise limits on any protest, and create a new offence of "serious '
            'disruption" carrying a penalty of up to two years in prison.',
            "The bill was published without consultation and is scheduled to pass through all "
            "its stages in the National Assembly in less than three weeks.",
        ],
    ),
    (
        "Our concerns",
        [
            "Peaceful assembly is not a privilege granted by the police. It is a right guaranteed by "
            "Article 31 of the Constitution and by every human rights treaty that Marrovia has "
            "ratified. A notice period of ten days would make it impossible to respond to events as "
            "they happen, whether a factory closure, an eviction or a decision taken overnight in "
            "parliament.",
            'The offence of "serious disruption" is defined so broadly that it could cover a '
            "picket line outside a workplace, a vigil blocking a pavement or a march that delays "
            "traffic for a few minutes. Laws written this vaguely are not applied evenly. History "
            "shows that they are used first against trade unions, students, minority communities "
            "and anyone who challenges those in power.",
        ],
    ),
    (
        "Our demands",
        [
            "We call on the government to withdraw the bill and to open a genuine consultation with "
            "civil society, trade unions, legal experts and the National Human Rights Office. We "
            "call on every member of the National Assembly, whatever their party, to vote against "
            "the bill if it is not withdrawn.",
            "We will continue to exercise our right to assemble peacefully, and we will stand beside "
            "anyone who is prosecuted for doing the same.",
        ],
    ),
]
ST_SIGN_HEADING = "Signatories"
ST_SIGNERS = [
    "Dr. Elena Castrovan, Chair, Coalition for Civic Space",
    "Mirko Daliç, General Secretary, Confederation of Marrovian Labour",
    "Ana Lúcia Ferreira Toma, Director, Veranza Legal Aid Centre",
    "Father Teodor Blasco, Justice and Peace Commission",
    "Ruxandra Pelin, President, National Students' Union",
    "Jovan Aresku, Coordinator, Roma Rights Forum",
    "Prof. Ilse Marchetti, Faculty of Law, University of Veranza",
    "Katia Oduya, Spokesperson, Climate Strike Marrovia",
]


class StatementPDF(FPDF):
    def header(self):
        self.set_font(FONT, "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, ST_RUNNING_HEAD, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font(FONT, "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"- {self.page_no()} -", align="C")
        self.set_text_color(0, 0, 0)


def build_statement() -> tuple[str, bytes, dict]:
    pdf = StatementPDF(format=(110, 274))
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()

    pdf.set_font(FONT, "B", 14)
    pdf.multi_cell(0, 6.5, ST_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font(FONT, "I", 8)
    pdf.multi_cell(0, 4.5, ST_DATE_TEXT, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    lines: list[str] = []
    for heading, paras in ST_SECTIONS:
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(0, 5.5, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        lines.append(heading)
        pdf.set_font(FONT, "", 9)
        for para in paras:
            pdf.multi_cell(0, 4.6, para, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
            lines.append(para)
        pdf.ln(1.5)

    pdf.set_font(FONT, "B", 10)
    pdf.multi_cell(0, 5.5, ST_SIGN_HEADING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    lines.append(ST_SIGN_HEADING)
    pdf.set_font(FONT, "", 9)
    for signer in ST_SIGNERS:
        pdf.multi_cell(0, 4.6, signer, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        lines.append(signer)

    gold = {
        "kind": "pdf",
        "title": ST_TITLE,
        "date": "2025-02-09",
        "lines": lines,
        "signatories": [s.split(",")[0] for s in ST_SIGNERS],
    }
    return "pdf_narrow_statement", bytes(pdf.output()), gold


def cases() -> list[tuple[str, bytes, dict]]:
    return [build_letter(), build_statement()]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
    for name, data, _gold in cases():
        (out / f"{name}.pdf").write_bytes(data)
        print(name, len(data))
