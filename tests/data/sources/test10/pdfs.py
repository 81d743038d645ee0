"""PDF cases for test10, built in memory with fpdf2 (core font helvetica, latin-1 text only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
All organisations, people and places are invented.
"""
from fpdf import FPDF
from fpdf.enums import XPos, YPos

NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# ---------------------------------------------------------------------------
# 11. One-page joint statement
# ---------------------------------------------------------------------------
class _FooterPDF(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 8, self.footer_text, align="C")
        self.set_text_color(0, 0, 0)


def _joint_statement_onepage():
    title = "Joint Statement on Media Freedom in Serania"
    date_line = "12 February 2025"
    body = [
        "We, the undersigned journalists' associations, media unions and press freedom organisations, condemn the arrest of three reporters of the independent weekly Kestrel Voice in Amberlin on 8 February 2025.",
        "Tomasz Wirek, Elena Brask and Yusuf Adler were detained while covering a protest by farmers outside the Ministry of Agriculture. They have been charged with 'participating in an unauthorised gathering', although all three were wearing press badges and were clearly working as journalists.",
        "These arrests are part of a worrying pattern. In the past twelve months at least eleven journalists have been detained in Serania, and two independent radio stations have lost their broadcasting licences.",
        "We call on the Seranian authorities to release the three reporters immediately, to drop all charges against them, and to return the equipment that was seized.",
        "We also call on the Government to publish clear guidance confirming that journalists covering public demonstrations must not be arrested for doing their job.",
        "A free press is not a threat to Serania. It is one of the foundations of the democratic society its citizens have built.",
    ]
    signed_by = "Signed by:"
    orgs = [
        "Seranian Union of Journalists",
        "Amberlin Press Club",
        "Media Workers' Federation",
        "Reporters' Safety Network",
        "Association of Independent Publishers of Serania",
        "Free Airwaves Initiative",
    ]

    pdf = _FooterPDF(format="A4")
    pdf.footer_text = "Serania Media Freedom Coalition - smfc.example"
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.multi_cell(0, 9, title, align="C", **NL)
    pdf.ln(2)
    pdf.set_font("helvetica", "I", 11)
    pdf.cell(0, 6, date_line, align="C", **NL)
    pdf.ln(8)
    pdf.set_font("helvetica", "", 11)
    for para in body:
        pdf.multi_cell(0, 5.6, para, **NL)
        pdf.ln(3.5)
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, signed_by, **NL)
    pdf.ln(1)
    pdf.set_font("helvetica", "", 11)
    for org in orgs:
        pdf.cell(0, 6, org, **NL)

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-02-12",
        "lines": body + [signed_by] + orgs,
        "signatories": list(orgs),
    }
    return "pdf_joint_statement_onepage", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# 12. Two-page open letter on letterhead
# ---------------------------------------------------------------------------
class _LetterPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("helvetica", "I", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 6, "Northern Tenants Federation - Open letter to Cllr Rosalind Keane, 7 April 2025", align="R", **NL)
            self.set_text_color(0, 0, 0)
            self.ln(6)

    def footer(self):
        self.set_y(-18)
        self.set_font("helvetica", "", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _open_letter_twopage():
    title = "Open letter on damp and mould in Eastgate council homes"
    recipient = [
        "Councillor Rosalind Keane",
        "Cabinet Member for Housing, Haverbrook City Council",
    ]
    salutation = "Dear Councillor Keane,"
    body = [
        "We are writing to you on behalf of the tenants of the Eastgate estate, together with the residents' association and the doctors who care for many of the families who live there. We are deeply concerned about the condition of council homes on the estate, and about the council's failure to act on the repeated reports that tenants have made over the past three years.",
        "In a survey carried out by the Federation in February, 212 of the 340 households who responded reported visible black mould in at least one room. Ninety-four households said that a child in the home had been treated for asthma or a chest infection in the past year. Many tenants told us that they had reported the problem to the repairs service five or more times, only to be told to open their windows and wipe the walls with bleach.",
        "Dr. Strout and her colleagues at the Eastgate Health Centre have seen a clear rise in respiratory illness among patients from the estate, particularly among young children and older people. They have written to the council's housing department on four separate occasions since 2023 and have not received a substantive reply.",
        "We understand that the council faces real financial pressures, and that some of the blocks on the estate were built with methods that make them hard to keep dry. But the law is clear that every tenant has the right to a home that is fit to live in, and the council as landlord has a duty to carry out the repairs needed to make that right a reality. We do not believe that it is acceptable to ask families to wait another winter while reports are written and budgets are reviewed. The longer these homes are left untreated, the more expensive the work will become, and the greater the harm to the health of the people who live in them.",
        "We therefore ask the council to take the following steps without delay: to inspect every home on the estate by the end of June; to publish a costed plan of works, with dates, for each block; to move families with young children or serious health conditions into suitable temporary accommodation where their homes cannot be made safe quickly; and to meet tenants' representatives every month until the work is complete.",
        "We would be grateful for a reply by 30 April, and we would welcome the opportunity to meet you on the estate so that you can see the conditions for yourself.",
    ]
    closing = "Yours sincerely,"
    signers = [
        "Marta Ellingsen, Chair, Northern Tenants Federation",
        "Desmond Achebe-Ward, Secretary, Eastgate Residents' Association",
        "Dr. Hannah Strout, GP, Eastgate Health Centre",
    ]

    pdf = _LetterPDF(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=28)
    pdf.add_page()
    # letterhead
    pdf.set_font("helvetica", "B", 22)
    pdf.set_text_color(20, 70, 120)
    pdf.cell(0, 11, "NORTHERN TENANTS FEDERATION", **NL)
    pdf.set_font("helvetica", "", 8)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 5, "14 Millrace Lane, Haverbrook HB3 9QT  |  info@ntf.example  |  0161 555 0142  |  www.ntf.example", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(20, 70, 120)
    pdf.line(25, pdf.get_y() + 2, 185, pdf.get_y() + 2)
    pdf.ln(10)
    # date
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, "7 April 2025", align="R", **NL)
    pdf.ln(4)
    # recipient block
    for r in recipient:
        pdf.cell(0, 6, r, **NL)
    pdf.ln(6)
    pdf.set_font("helvetica", "B", 12)
    pdf.multi_cell(0, 7, title, **NL)
    pdf.ln(4)
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, salutation, **NL)
    pdf.ln(3)
    for para in body:
        pdf.multi_cell(0, 6.2, para, **NL)
        pdf.ln(3.5)
    pdf.ln(2)
    pdf.cell(0, 6, closing, **NL)
    pdf.ln(12)
    for s in signers:
        pdf.cell(0, 6, s, **NL)
        pdf.ln(2)

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-04-07",
        "lines": recipient + [salutation] + body + [closing] + signers,
        "signatories": [
            "Marta Ellingsen",
            "Desmond Achebe-Ward",
            "Dr. Hannah Strout",
        ],
    }
    return "pdf_open_letter_twopage", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# 13. Press release with FOR IMMEDIATE RELEASE, ### and notes to editors
# ---------------------------------------------------------------------------
def _press_release():
    title = "Dock workers' union demands public inquiry into Saltmere port sale"
    body = [
        "SALTMERE, 9 April 2025 - The Harbour and Dock Workers' Union (HDWU) today called for a full public inquiry into the planned sale of the Port of Saltmere to a private consortium, warning that up to 900 jobs and the safety of the port are at risk.",
        "The Ministry of Maritime Affairs confirmed last week that it had entered exclusive talks with Northsea Gateway Partners over the sale of the state-owned port. No public consultation has taken place, and the terms of the proposed sale have not been made public.",
        "\"The Port of Saltmere belongs to the people of this country, not to a consortium registered offshore,\" said HDWU General Secretary Agnes Mbeki-Laurin. \"Our members have kept this port running through storms, strikes and a pandemic. They deserve to know what is being decided about their future.\"",
        "The union says that similar sales at other ports in the region have been followed by the loss of permanent jobs, the use of agency labour, and cuts to safety training.",
        "\"Every port that has been sold in this way has seen accidents go up and wages go down,\" said Tomas Okello, the union's health and safety officer at Saltmere. \"We are not prepared to let that happen here.\"",
        "The HDWU will hold a public meeting at the Seafarers' Hall in Saltmere on 16 April and has written to all members of the Maritime Affairs Committee asking them to support its call for an inquiry.",
    ]
    notes = [
        "1. The Harbour and Dock Workers' Union represents 14,000 workers in ports, ferries and shipping.",
        "2. The Port of Saltmere handled 21 million tonnes of cargo in 2024 and is the country's second largest port.",
        "3. Agnes Mbeki-Laurin and Tomas Okello are available for interview.",
    ]

    pdf = _FooterPDF(format="A4")
    pdf.footer_text = "Harbour and Dock Workers' Union - 2 Anchor Street, Saltmere - hdwu.example"
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.set_text_color(160, 20, 20)
    pdf.cell(0, 8, "HARBOUR AND DOCK WORKERS' UNION", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 6, "FOR IMMEDIATE RELEASE", **NL)
    pdf.ln(4)
    pdf.set_font("helvetica", "B", 17)
    pdf.multi_cell(0, 8, title, **NL)
    pdf.ln(5)
    pdf.set_font("helvetica", "", 11)
    for para in body:
        pdf.multi_cell(0, 5.8, para, **NL)
        pdf.ln(3)
    pdf.ln(2)
    pdf.cell(0, 6, "###", align="C", **NL)
    pdf.ln(4)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 6, "Notes to editors", **NL)
    pdf.set_font("helvetica", "", 10)
    for n in notes:
        pdf.multi_cell(0, 5.2, n, **NL)
        pdf.ln(1)
    pdf.ln(3)
    pdf.multi_cell(0, 5.2, "Media contact: Ruth Calder, press officer, press@hdwu.example, +00 555 0199 310", **NL)

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-04-09",
        "lines": list(body),
        "signatories": [],
    }
    return "pdf_press_release", bytes(pdf.output()), gold


def cases():
    return [
        _joint_statement_onepage(),
        _open_letter_twopage(),
        _press_release(),
    ]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
