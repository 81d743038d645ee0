"""PDF cases for test12, built in memory with fpdf2 (core font helvetica, latin-1 text)."""
from fpdf import FPDF
from fpdf.enums import XPos, YPos

NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _bytes(pdf):
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 11. pdf_cover_footnote
# ---------------------------------------------------------------------------

COVER_TITLE = "Statement on the Proposed Sale of Elmbrook Reservoir"
COVER_ORG = "Elmbrook Valley Residents' Forum"
COVER_DATE = "11 February 2025"

COVER_BODY = [
    ("h", "Introduction"),
    ("p", "The Elmbrook Valley Residents' Forum represents more than 3,000 households in the eleven "
          "parishes that surround Elmbrook Reservoir. This statement sets out our position on the "
          "proposal by Marlcombe Water to sell the reservoir, its shoreline and the surrounding "
          "woodland to a private leisure developer."),
    ("p", "The reservoir was built in 1911 and has been open to the public for walking, fishing and "
          "sailing for almost seventy years. The shoreline path is used by an estimated 140,000 "
          "visitors a year, and the woodland on the north bank is home to one of the last colonies of "
          "dormice in the county."),
    ("h", "Our concerns"),
    ("p", "The sale documents published by Marlcombe Water make no commitment to keep the shoreline "
          "path open. They describe the site as suitable for 'up to 180 lodges with associated "
          "facilities', which would require the felling of a large part of the north bank woodland. "
          "An ecological survey carried out for the water company in 2022 recorded breeding dormice "
          "at fourteen locations on the north bank, eleven of which lie inside the area marked for "
          "development."),
    ("p", "We are also concerned about the loss of public oversight. As long as the reservoir is held "
          "by a regulated water company, decisions about water levels, access and safety are subject "
          "to scrutiny. Once the land is sold, that scrutiny ends, and the people who live around the "
          "reservoir will have no say in how it is managed."),
    ("p", "Local roads are not designed for the traffic that a development of this size would bring. "
          "The only access is by the single-track lane from Elmbrook village, which already becomes "
          "congested on summer weekends. Residents of Lower Hatch and Elmbrook Cross have told us "
          "that emergency vehicles have twice been unable to reach their homes because of parked "
          "cars."),
    ("h", "What we are asking for"),
    ("p", "We ask Marlcombe Water to withdraw the reservoir from sale and to enter into discussions "
          "with the Forum, the parish councils and the county wildlife trust about a community or "
          "charitable trust taking on the management of the shoreline and woodland."),
    ("p", "We ask the district council to confirm that any planning application for lodges or other "
          "buildings on the site will be considered against its policy on protected landscapes, and "
          "to designate the shoreline path as a public right of way without delay."),
    ("p", "We ask our Member of Parliament to raise the sale with the water regulator, and to seek "
          "an assurance that land bought with public money for public water supply will not be sold "
          "without a full public consultation."),
    ("p", "Elmbrook Reservoir belongs, in every sense that matters, to the people who have walked its "
          "shores for generations. We will do everything we can to keep it that way, and we invite "
          "everyone who cares about the valley to join us."),
]

COVER_FOOTNOTE = ("1 Marlcombe Water, Elmbrook Estate: Ecological Appraisal (2022), section 4.3. "
                  "The survey was published as an annex to the sale particulars in January 2025.")


class _CoverPDF(FPDF):
    def footer(self):
        if self.page_no() == 1:
            return
        if self.page_no() == 2:
            self.set_y(-36)
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
            self.ln(1.5)
            self.set_font("helvetica", "", 7.5)
            self.set_text_color(60, 60, 60)
            self.multi_cell(0, 3.6, COVER_FOOTNOTE, **NL)
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Elmbrook Valley Residents' Forum - Statement on the sale of Elmbrook Reservoir",
                  align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of 3", align="R")
        self.set_text_color(0, 0, 0)


def build_cover_footnote():
    pdf = _CoverPDF(format="A4")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, margin=42)
    # cover page
    pdf.add_page()
    pdf.set_fill_color(24, 70, 92)
    pdf.rect(0, 0, 210, 12, style="F")
    pdf.set_y(95)
    pdf.set_font("helvetica", "B", 26)
    pdf.set_text_color(24, 70, 92)
    pdf.multi_cell(0, 12, COVER_TITLE, align="C", **NL)
    pdf.ln(14)
    pdf.set_font("helvetica", "", 15)
    pdf.set_text_color(40, 40, 40)
    pdf.cell(0, 9, COVER_ORG, align="C", **NL)
    pdf.ln(4)
    pdf.set_font("helvetica", "", 12)
    pdf.cell(0, 8, COVER_DATE, align="C", **NL)
    pdf.set_fill_color(24, 70, 92)
    pdf.rect(0, 285, 210, 12, style="F")
    pdf.set_text_color(0, 0, 0)
    # body
    pdf.add_page()
    for kind, text in COVER_BODY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("helvetica", "B", 13)
            pdf.multi_cell(0, 7, text, **NL)
            pdf.ln(1.5)
        else:
            pdf.set_font("helvetica", "", 11)
            pdf.multi_cell(0, 6, text, **NL)
            pdf.ln(3)
    assert pdf.page_no() == 3, pdf.page_no()
    lines = [t for _, t in COVER_BODY]
    gold = {"kind": "pdf", "title": COVER_TITLE, "date": "2025-02-11",
            "lines": lines, "signatories": []}
    return _bytes(pdf), gold


# ---------------------------------------------------------------------------
# 12. pdf_release_contact_box
# ---------------------------------------------------------------------------

REL_TITLE = "Coastal councils launch joint appeal for flood defence funding"
REL_SUBTITLE = "Five councils on the Sallowmere coast ask for a ten-year funding settlement"
REL_BODY = [
    "SALLOWMERE, 12 June 2025 - The five councils on the Sallowmere coast today launched a joint "
    "appeal to the national government for a ten-year funding settlement to repair and raise the "
    "sea walls that protect more than 26,000 homes.",
    "Engineers commissioned by the councils have found that nine kilometres of sea wall between "
    "Orford Gap and Sallowmere harbour are in poor or very poor condition, and that two sections "
    "near Kettle Ness could fail in a storm of the size seen in the winter of 2013.",
    "At present, flood defence money is allocated one year at a time. The councils say this makes "
    "it impossible to plan major works, drives up costs and leaves contractors unwilling to bid.",
    "Councillor Beatrix Haldane, leader of Sallowmere District Council, said: \"Every winter we "
    "patch the same walls and hope they hold. That is not a plan. A ten-year settlement would let "
    "us do the job properly, once, and give families on this coast the security they deserve.\"",
    "Councillor Samir Coulthard, chair of the Sallowmere Coast Partnership, said: \"We are not "
    "asking for special treatment. We are asking for the same long-term certainty that is given "
    "to road and rail schemes. The sea does not work to annual budgets.\"",
    "The appeal is backed by the regional chamber of commerce, the Sallowmere Fishermen's "
    "Association and both of the coast's Members of Parliament. The councils will present their "
    "case to the Minister for the Environment at a meeting in Sallowmere on 26 June.",
]
REL_CONTACT = [
    ("B", "Media contact"),
    ("", "Ines Marchetti, Communications Officer, Sallowmere Coast Partnership"),
    ("", "Tel: 01632 960 775 | Mobile: 07700 900 318"),
    ("", "Email: press@sallowmerecoast.example"),
]


def build_release_contact_box():
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 9)
    pdf.set_text_color(150, 20, 30)
    pdf.cell(0, 6, "FOR IMMEDIATE RELEASE", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("helvetica", "B", 19)
    pdf.multi_cell(0, 9, REL_TITLE, **NL)
    pdf.ln(2)
    pdf.set_font("helvetica", "I", 12)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(0, 6.5, REL_SUBTITLE, **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("helvetica", "", 11)
    for para in REL_BODY:
        pdf.multi_cell(0, 6, para, **NL)
        pdf.ln(3.5)
    # contact box
    pdf.ln(4)
    x0, y0 = pdf.l_margin, pdf.get_y()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pad = 4
    pdf.set_xy(x0 + pad, y0 + pad)
    for style, text in REL_CONTACT:
        pdf.set_font("helvetica", style, 10)
        pdf.set_x(x0 + pad)
        pdf.cell(w - 2 * pad, 5.5, text, new_x=XPos.LEFT, new_y=YPos.NEXT)
    y1 = pdf.get_y() + pad
    pdf.set_draw_color(30, 30, 30)
    pdf.set_line_width(0.5)
    pdf.rect(x0, y0, w, y1 - y0)
    assert pdf.page_no() == 1
    gold = {"kind": "pdf", "title": REL_TITLE, "date": "2025-06-12",
            "lines": list(REL_BODY), "signatories": []}
    return _bytes(pdf), gold


# ---------------------------------------------------------------------------
# 13. pdf_dash_bullets
# ---------------------------------------------------------------------------

DB_TITLE = "Joint Statement on School Meals in Lindenfield"
DB_DATE = "14 April 2025"
DB_BODY = [
    ("p", "We are parents, teachers, school cooks and health workers in Lindenfield. We are writing "
          "together because the county's decision to end its contribution to free breakfast clubs "
          "and to raise the price of a school lunch from September will hurt the children who can "
          "least afford it."),
    ("p", "Over the past year we have seen for ourselves what happens when children arrive at school "
          "hungry:"),
    ("b", "teachers in every primary school in the town report children who cannot concentrate "
          "before mid-morning, and some who fall asleep in class;"),
    ("b", "school cooks tell us that many pupils now eat their only hot meal of the day at lunchtime, "
          "and that portions are being shared with brothers and sisters at home;"),
    ("b", "health visitors have seen a rise in tooth decay and anaemia among under-elevens."),
    ("p", "The saving the county expects to make from these changes is £410,000 a year. The cost "
          "of poor health, lost learning and extra support later in life will be many times higher."),
    ("p", "We therefore call on Lindenfield County Council to:"),
    ("b", "keep its full contribution to breakfast clubs in every school where more than a fifth of "
          "pupils are eligible for free school meals;"),
    ("b", "freeze the price of a school lunch at its current level of £2.45 for the next two "
          "school years;"),
    ("b", "automatically enrol every eligible child for free school meals, so that no family has "
          "to apply;"),
    ("b", "meet parents, school staff and health workers before the budget is finalised."),
    ("p", "No child in Lindenfield should have to learn on an empty stomach. We ask every councillor "
          "to stand with us."),
    ("p", "Signed:"),
    ("s", "Amara Osei, Chair, Lindenfield Parents' Network"),
    ("s", "Gareth Pomfrey, Headteacher, Brook Lane Primary School"),
    ("s", "Yolanda Fitch, Catering Manager, Lindenfield Schools Catering"),
    ("s", "Kwame Adjei-Lund, Community Paediatrician, Lindenfield Health Trust"),
    ("s", "Ros Devereux, Health Visitor Team Leader, North Lindenfield"),
]
DB_SIGNATORIES = ["Amara Osei", "Gareth Pomfrey", "Yolanda Fitch", "Kwame Adjei-Lund", "Ros Devereux"]


def build_dash_bullets():
    pdf = FPDF(format="A4")
    pdf.set_margins(24, 24, 24)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 17)
    pdf.multi_cell(0, 8.5, DB_TITLE, **NL)
    pdf.ln(1)
    pdf.set_font("helvetica", "", 10.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 6, DB_DATE, **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    lm = pdf.l_margin
    indent = 7
    width = pdf.w - pdf.l_margin - pdf.r_margin
    prev = None
    for kind, text in DB_BODY:
        pdf.set_font("helvetica", "", 11)
        if kind == "p":
            if prev == "b":
                pdf.ln(2)
            pdf.multi_cell(0, 6, text, **NL)
            pdf.ln(3)
        elif kind == "b":
            y = pdf.get_y()
            pdf.set_xy(lm + 2, y)
            pdf.cell(4, 6, "-")
            pdf.set_xy(lm + indent, y)
            pdf.multi_cell(width - indent, 6, text, **NL)
            pdf.ln(1.5)
        else:  # signature line
            pdf.cell(0, 6, text, **NL)
        prev = kind
    lines = [t for _, t in DB_BODY]
    gold = {"kind": "pdf", "title": DB_TITLE, "date": "2025-04-14",
            "lines": lines, "signatories": list(DB_SIGNATORIES)}
    return _bytes(pdf), gold


def cases():
    out = []
    for name, fn in (("pdf_cover_footnote", build_cover_footnote),
                     ("pdf_release_contact_box", build_release_contact_box),
                     ("pdf_dash_bullets", build_dash_bullets)):
        data, gold = fn()
        out.append((name, data, gold))
    return out


if __name__ == "__main__":
    import sys
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
        if len(sys.argv) > 1:
            with open(f"{sys.argv[1]}/{name}.pdf", "wb") as fh:
                fh.write(data)
