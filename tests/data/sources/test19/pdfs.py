"""PDF cases for test19, built in memory with fpdf2 (core font helvetica, latin-1 text only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
"""
from fpdf import FPDF


def _bytes(pdf):
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 11. Two-page joint statement, paragraph crossing the page break, 15 signers
# ---------------------------------------------------------------------------

class _FooterPDF(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.footer_text} - Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _statement_two_pages():
    title = "Joint Statement on the Disability Support Reform Bill"
    date_text = "9 October 2025"
    paras = [
        "We, the undersigned organisations of disabled people, carers and allies, are united in our "
        "opposition to the Disability Support Reform Bill in its current form. The bill was published "
        "without any formal consultation with disabled people's organisations, and the impact "
        "assessment that accompanies it was released only after the second reading debate had been "
        "scheduled.",
        "The bill would replace the existing mobility and daily living allowances with a single "
        "means-tested payment, reassessed every twelve months. The government estimates that around "
        "310,000 people would receive less support than they do now, and that 85,000 would lose their "
        "entitlement altogether. Many of those affected have conditions that will never improve and "
        "have already been assessed several times. Annual reassessment will cause them anxiety and "
        "cost, and will save little: previous rounds of reassessment have seen more than two thirds "
        "of appealed decisions overturned by independent tribunals.",
        "The assessment process itself is not fit for purpose. Assessors are not required to have "
        "any experience of the condition they are assessing, reports routinely contain errors of "
        "fact, and claimants are given no opportunity to correct them before a decision is made. The "
        "bill does nothing to address these failings. Instead it would multiply the number of "
        "assessments each person must go through, and with it the number of wrong decisions that "
        "must be challenged, at great cost to claimants and to the public purse.",
        "The bill also ignores the role of unpaid carers. Around 1.2 million people care for a "
        "disabled family member and rely on the disabled person's entitlement to qualify for carer "
        "support. Every disabled person who loses their award puts at risk the income of the person "
        "who looks after them, most often a partner, parent or adult child who has already given up "
        "paid work.",
        "We are particularly concerned by clause 14, which would allow the department to suspend "
        "payments while a claimant's reassessment is pending. In practice this means that a person "
        "who misses a letter, or who is too unwell to attend an appointment on the date they are "
        "given, could be left without any income for weeks. The safeguards described in the "
        "explanatory notes are not on the face of the bill and can be changed at any time by "
        "guidance. Disabled people have lived through this before. Many of the organisations signing "
        "this statement have supported members who were left without money for food, heating or "
        "transport to hospital appointments while a decision was reviewed, and some of those members "
        "did not survive the wait. We will not accept a system that repeats those harms in the name "
        "of efficiency, and we do not believe that a majority of members of Parliament, once they "
        "understand what clause 14 would do, will accept it either. It is not too late to change "
        "course, and we urge ministers to withdraw the clause before the committee stage begins.",
        "Disabled people are not asking for special treatment. We are asking for a system that "
        "treats us with the same respect as anyone else, that recognises the extra costs of living "
        "with an impairment, and that is designed with us rather than imposed on us.",
        "We therefore call on the government to pause the bill, to publish a full equality impact "
        "assessment, and to convene a working group in which disabled people's organisations are "
        "equal partners in redesigning disability support. We call on members of all parties to "
        "vote against clause 14 if it is not withdrawn.",
    ]
    signers = [
        "Disability Justice Alliance",
        "Carers Together",
        "National Deaf Citizens' Association",
        "Mobility Rights Network",
        "Mind and Body Equality Trust",
        "Blind Citizens Forum",
        "Northern Disabled People's Council",
        "Wheelchair Users' Action Group",
        "Chronic Illness Coalition",
        "Parents of Disabled Children United",
        "Learning Disability Advocacy Centre",
        "Autistic Adults Collective",
        "Independent Living Campaign",
        "Welfare Rights Advisers' Association",
        "Disabled Students' Union",
    ]

    pdf = _FooterPDF(format="A4")
    pdf.footer_text = "Disability Justice Alliance"
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 17)
    pdf.multi_cell(0, 8, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, date_text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("helvetica", "", 11)
    crossing = []
    for p in paras:
        start_page = pdf.page_no()
        pdf.multi_cell(0, 6, p, align="J", new_x="LMARGIN", new_y="NEXT")
        if pdf.page_no() != start_page:
            crossing.append(p)
        pdf.ln(4)
    assert len(crossing) == 1, "exactly one paragraph must cross the page break"
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, "Signed by:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    for s in signers:
        pdf.cell(0, 6, s, new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == 2, "statement must fit on exactly two pages"

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-10-09",
        "lines": paras + ["Signed by:"] + signers,
        "signatories": list(signers),
    }
    return ("pdf_statement_two_pages_signers", _bytes(pdf), gold)


# ---------------------------------------------------------------------------
# 12. Open letter on letterhead
# ---------------------------------------------------------------------------

def _open_letter_letterhead():
    org = "Keep Northvale Hospital Campaign"
    address = "c/o Northvale Community Centre, 41 Bridge Street, Northvale NV1 2AB  |  info@keepnorthvale.example  |  01632 000 274"
    recipient = [
        "Ms Joanna Whitcombe",
        "Chief Executive",
        "Northvale and Dunmore Health Trust",
        "Trust Headquarters, Mill Lane",
        "Northvale NV3 8QP",
    ]
    date_text = "12 March 2025"
    subject = "Open letter on the proposed downgrading of Northvale General's maternity unit"
    salutation = "Dear Ms Whitcombe,"
    body = [
        "We write on behalf of the Keep Northvale Hospital Campaign, which is supported by more than "
        "9,000 local residents, and of the trade union branches representing staff at Northvale "
        "General Hospital.",
        "The Trust's board papers for 27 March propose that the consultant-led maternity unit at "
        "Northvale General be converted into a midwife-led birth centre from October. Women with any "
        "risk factor, and all women who need an emergency caesarean section, would have to travel to "
        "Dunmore, a journey of 34 miles that takes more than an hour by ambulance in winter.",
        "The board papers describe this as a temporary measure made necessary by a shortage of "
        "obstetricians. We do not doubt that recruitment is difficult. But the unit delivered 2,140 "
        "babies last year, and the papers contain no assessment of the risks to mothers and babies "
        "of longer transfer times, no plan for the extra demand on the ambulance service, and no "
        "date on which the consultant-led service would return.",
        "We ask the board to defer its decision, to publish a full clinical risk assessment, and to "
        "hold a public meeting in Northvale before any change is made. We also ask the Trust to set "
        "out what support it has sought from the regional workforce body to fill the vacant posts.",
        "We would welcome a meeting with you at the earliest opportunity.",
    ]
    closing = "Yours faithfully,"
    signers = [
        ("Gwen Adebayo-Price", "Chair, Keep Northvale Hospital Campaign"),
        ("Ravi Seneviratne", "Secretary, Keep Northvale Hospital Campaign"),
        ("Colm Dunleavy", "Branch Secretary, Northvale Health Branch, Allied Care Workers Union"),
    ]

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    # letterhead
    pdf.set_font("helvetica", "B", 22)
    pdf.set_text_color(20, 70, 120)
    pdf.cell(0, 11, org, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, address, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(20, 70, 120)
    pdf.set_line_width(0.6)
    pdf.line(22, pdf.get_y() + 2, 188, pdf.get_y() + 2)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(12)
    # recipient block
    pdf.set_font("helvetica", "", 10.5)
    for r in recipient:
        pdf.cell(0, 5.5, r, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 5.5, date_text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("helvetica", "B", 10.5)
    pdf.multi_cell(0, 5.5, subject, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "", 10.5)
    pdf.cell(0, 5.5, salutation, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for p in body:
        pdf.multi_cell(0, 5.5, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.cell(0, 5.5, closing, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    signer_lines = []
    for name, role in signers:
        line = f"{name}, {role}"
        signer_lines.append(line)
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == 1

    gold = {
        "kind": "pdf",
        "title": subject,
        "date": "2025-03-12",
        "lines": recipient + [salutation] + body + [closing] + signer_lines,
        "signatories": [n for n, _ in signers],
    }
    return ("pdf_open_letter_letterhead", _bytes(pdf), gold)


# ---------------------------------------------------------------------------
# 13. Press release with dateline, quotes, ENDS and notes to editors
# ---------------------------------------------------------------------------

def _press_release():
    org = "Youth Climate Action Network"
    headline = "Students walk out in 40 towns to demand free public transport for under-25s"
    paras = [
        "BRAMHOLT, 26 September 2025 - More than 18,000 school and college students left their "
        "classrooms at 11am today in 40 towns across the country, calling on the government to make "
        "buses and local trains free for everyone under 25 by the end of the decade.",
        "The walkouts, organised by the Youth Climate Action Network, are the largest coordinated "
        "student protest since 2019. In Bramholt, around 2,500 students marched from the railway "
        "station to the regional transport authority's offices, where they delivered a petition "
        "signed by 64,000 young people.",
        "\"Most of us can't drive and can't afford to,\" said Amara Lindgren-Obi, 17, one of the "
        "network's national coordinators. \"A return bus ticket to college costs some of my friends "
        "more than they earn in an hour at their weekend jobs. If the government is serious about "
        "cutting emissions, it should start by making the greenest option the one young people can "
        "actually afford.\"",
        "Transport accounts for the largest share of the country's greenhouse gas emissions, and "
        "bus use among 16 to 24-year-olds has fallen by a fifth since fares were deregulated in "
        "2021, according to figures from the Office for Transport Statistics.",
        "\"Free travel for young people is not a fantasy,\" said Joel Hartigan, a teacher and "
        "member of the network's adult advisory group. \"Several cities already do it and have seen "
        "bus use rise and traffic fall. What is missing is the political will to fund it nationally.\"",
        "The network is calling for a national free fares scheme for under-25s, funded by a levy "
        "on domestic flights, and for ministers to meet student representatives before the autumn "
        "budget.",
    ]
    notes = [
        "1. The Youth Climate Action Network is a youth-led movement founded in 2018 with groups in "
        "more than 120 schools and colleges.",
        "2. A full list of walkout locations and photographs free for editorial use are available "
        "at ycan.example/press.",
        "3. Student spokespeople are available for interview in Bramholt, Kestlow and Ashby Rise.",
    ]
    contact = "Media contact: Priti Valmont, press@ycan.example, 07700 900 431"

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(24, 20, 24)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 9)
    pdf.set_text_color(30, 120, 60)
    pdf.cell(0, 5, org.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_fill_color(30, 120, 60)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(38, 7, "PRESS RELEASE", fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 7.5, headline, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("helvetica", "", 10.5)
    for p in paras:
        pdf.multi_cell(0, 5.5, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 10.5)
    pdf.cell(0, 6, "ENDS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 6, "Notes to editors", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9.5)
    for n in notes:
        pdf.multi_cell(0, 5, n, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    pdf.set_font("helvetica", "I", 9.5)
    pdf.cell(0, 5, contact, new_x="LMARGIN", new_y="NEXT")

    gold = {
        "kind": "pdf",
        "title": headline,
        "date": "2025-09-26",
        "lines": list(paras),
        "signatories": [],
    }
    return ("pdf_press_release", _bytes(pdf), gold)


def cases():
    return [
        _statement_two_pages(),
        _open_letter_letterhead(),
        _press_release(),
    ]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
