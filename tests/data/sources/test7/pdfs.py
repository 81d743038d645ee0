"""PDF cases for test7, built in memory with fpdf2 (core font helvetica, latin-1 text only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
"""
from fpdf import FPDF


# ---------------------------------------------------------------------------
# Case 12: title page + table of contents + statement with numbered headings
# and a running footer "Declaration on ... - page N".
# ---------------------------------------------------------------------------

DECL_TITLE = "Declaration on the Future of Coastal Fisheries"
DECL_SUBTITLE = "Adopted by the Fifth Congress of the Northern Coastal Unions Federation"

# (heading or None, paragraphs)
DECL_SECTIONS = [
    ("1. Introduction", [
        "The Fifth Congress of the Northern Coastal Unions Federation, meeting in Lisker with delegates from "
        "forty-one fishing ports, adopts this declaration as the common position of its member unions on the "
        "future of the coastal fisheries of the northern coast.",
        "For three generations our members have fished the inshore grounds, landed their catch in small harbours "
        "and processed it in the towns around them. That way of life is now threatened, not by a lack of fish "
        "alone, but by decisions taken far from the coast and without the people who live from the sea.",
    ]),
    ("2. The state of the fishing communities", [
        "Since the quota reform of 2016, the share of the national catch landed by vessels under twelve metres "
        "has fallen by almost half. Quota that once belonged to coastal communities has been bought up by a "
        "handful of companies operating large trawlers, many of which land their catch abroad.",
        "In the same period, eleven fish markets on the northern coast have closed. Each closure has cost jobs "
        "not only at sea but in processing, transport, repair yards and ice plants. Young people who would once "
        "have followed their parents onto the boats now leave the coast in search of work.",
        "At the same time, the health of the inshore grounds is declining. Bottom trawling close to the coast, "
        "the loss of seagrass beds and the warming of the water have reduced the stocks on which small boats "
        "depend. Fishers are the first to see these changes and the last to be consulted about them.",
    ]),
    ("3. Our demands", [
        "We call for a fair share of national fishing quota to be reserved by law for vessels under twelve "
        "metres and for community quota trusts, so that fishing rights cannot be sold away from the ports that "
        "depend on them.",
        "We call for a ban on bottom trawling within six nautical miles of the coast and for a programme to "
        "restore seagrass beds and spawning grounds, designed and carried out together with local fishers.",
        "We call for public investment in the harbours, fish markets and processing plants of the northern "
        "coast, and for every public contract for the supply of fish to schools, hospitals and the armed forces "
        "to give priority to fish landed by the local fleet.",
        "We call for fishers, processing workers and their unions to be represented on every body that sets "
        "quotas, plans offshore developments or manages marine protected areas on our coast.",
        "Finally, we call on the government to guarantee that the income of fishers and their crews is "
        "protected during any closure of fishing grounds decided for the recovery of stocks, through a "
        "compensation scheme negotiated with their organisations and paid without delay, so that conservation "
        "never becomes another name for the ruin of the small fleet.",
    ]),
    ("4. Our commitment", [
        "The member unions of the Federation commit to campaigning together for these demands, to supporting "
        "every port that resists the loss of its quota or its market, and to working with scientists and "
        "environmental organisations for a living sea.",
        "A coast without fishers is a coast without a future. We intend to keep both.",
        "Adopted unanimously by the Fifth Congress of the Northern Coastal Unions Federation, Lisker.",
    ]),
]

DECL_TOC = [
    ("1. Introduction", 3),
    ("2. The state of the fishing communities", 3),
    ("3. Our demands", 3),
    ("4. Our commitment", 4),
]


class _DeclPDF(FPDF):
    def footer(self):
        if self.page_no() >= 3:
            self.set_y(-15)
            self.set_font("helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 8, "%s - page %d" % (DECL_TITLE, self.page_no()), align="C")
            self.set_text_color(0, 0, 0)


def _declaration_case():
    pdf = _DeclPDF(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.set_title(DECL_TITLE)
    pdf.set_author("Northern Coastal Unions Federation")
    pdf.set_creator("NCUF publications office")

    # --- page 1: title page --------------------------------------------------
    pdf.add_page()
    pdf.set_draw_color(20, 60, 110)
    pdf.set_line_width(1.2)
    pdf.rect(80, 35, 50, 24)
    pdf.set_xy(80, 38)
    pdf.set_font("helvetica", "B", 26)
    pdf.set_text_color(20, 60, 110)
    pdf.cell(50, 12, "NCUF", align="C")
    pdf.set_xy(60, 62)
    pdf.set_font("helvetica", "", 8)
    pdf.cell(90, 5, "NORTHERN COASTAL UNIONS FEDERATION", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(25, 100)
    pdf.set_font("helvetica", "B", 24)
    pdf.multi_cell(160, 11, DECL_TITLE, align="C")
    pdf.ln(6)
    pdf.set_font("helvetica", "", 13)
    pdf.multi_cell(160, 7, DECL_SUBTITLE, align="C")
    pdf.ln(14)
    pdf.set_font("helvetica", "", 12)
    pdf.cell(160, 7, "Lisker, 22 May 2025", align="C")
    pdf.set_xy(25, 255)
    pdf.set_font("helvetica", "", 8)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(160, 4.2,
                   "Published by the Northern Coastal Unions Federation, 14 Quay Street, Lisker.\n"
                   "www.ncuf.example - info@ncuf.example\n"
                   "Printed on recycled paper. Reproduction permitted with acknowledgement of the source.",
                   align="C")
    pdf.set_text_color(0, 0, 0)

    # --- page 2: table of contents --------------------------------------------
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("helvetica", "", 11)
    width = 160
    for label, page in DECL_TOC:
        num = str(page)
        lw = pdf.get_string_width(label + " ")
        nw = pdf.get_string_width(" " + num)
        dot = pdf.get_string_width(".")
        n_dots = int((width - lw - nw) / dot)
        pdf.cell(width, 8, label + " " + "." * n_dots + " " + num, new_x="LMARGIN", new_y="NEXT")

    # --- pages 3-4: the statement ----------------------------------------------
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, DECL_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    heading_pages = {}
    lines = []
    for heading, paras in DECL_SECTIONS:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("helvetica", "B", 12.5)
        pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        heading_pages[heading] = pdf.page_no()
        lines.append(heading)
        pdf.set_font("helvetica", "", 11)
        for para in paras:
            pdf.multi_cell(0, 6.0, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.8)
            lines.append(para)
    assert pdf.page_no() == 4, pdf.page_no()
    for label, page in DECL_TOC:
        assert heading_pages[label] == page, (label, heading_pages[label], page)

    gold = {
        "kind": "pdf",
        "title": DECL_TITLE,
        "date": "2025-05-22",
        "lines": lines,
        "signatories": [],
    }
    return ("pdf_titlepage_toc", bytes(pdf.output()), gold)


# ---------------------------------------------------------------------------
# Case 13: "exported from Word" look: header on every page (organisation left,
# date right), justified body, bullet list drawn with "-", signature lines.
# ---------------------------------------------------------------------------

CARE_ORG = "Alliance of Independent Care Workers"
CARE_DATE = "9 June 2025"
CARE_TITLE = "Joint statement on the 2025 pay award for home care workers"

CARE_BODY_1 = [
    "The undersigned unions and associations, which together represent more than 30,000 home care workers, "
    "reject the pay award for the home care sector announced by the Department of Social Care on 2 June.",
    "The award raises the minimum hourly rate for home care workers by 1.8 per cent. With prices rising by more "
    "than four per cent over the past year, this is a cut in real pay for a workforce whose wages are already "
    "among the lowest in the country. Many of our members hold two or three jobs to make ends meet.",
    "The award also ignores the time that home care workers spend travelling between the people they care for. "
    "In rural districts, a worker may spend three hours a day on the road without being paid for a single "
    "minute of it, and must cover the cost of fuel from their own pocket.",
    "Home care workers help older and disabled people to wash, dress, eat and take their medicines, so that "
    "they can continue to live in their own homes. It is skilled, demanding and responsible work. It is also "
    "work that the country cannot do without: every home care visit that is cut puts more pressure on hospitals.",
    "We therefore call on the Department of Social Care to:",
]

CARE_BULLETS = [
    "withdraw the 1.8 per cent award and open negotiations with the unions on a new award that at least "
    "matches the rise in prices;",
    "make paid travel time and the reimbursement of mileage a legal obligation for every home care provider "
    "that receives public funds;",
    "end the use of fifteen-minute visits, which do not allow workers to provide care with dignity;",
    "establish a national collective agreement for the home care sector, negotiated with the recognised unions.",
]

CARE_BODY_2 = [
    "We will present these demands to the Minister at the hearing of the Social Affairs Committee on 18 June. "
    "If the Department refuses to reopen the award, our organisations will consult their members on further "
    "action, including coordinated days of action across the sector.",
    "We also ask the employers' associations of the sector, which have so far remained silent, to say publicly "
    "whether they support the award. Providers that claim to value their staff cannot at the same time accept "
    "a settlement that leaves those staff poorer than they were last year.",
    "We thank the families and the people receiving care who have already written to their representatives in "
    "support of our demands. Their voices matter more than any other in this dispute, and we will continue to "
    "keep them informed.",
    "Care is not a cost to be cut. It is the work that keeps this country standing.",
    "Signed:",
]

CARE_SIGNATURES = [
    "Ruth Okafor-Lind, General Secretary, Alliance of Independent Care Workers",
    "Daniel Varga, President, Union of Health and Social Care Staff",
    "Maria Estrela, Coordinator, Migrant Care Workers' Network",
    "Peter Hollis, Chair, Association of Rural Home Care Cooperatives",
]


class _WordExportPDF(FPDF):
    def header(self):
        self.set_font("helvetica", "", 9)
        self.set_text_color(70, 70, 70)
        self.set_xy(self.l_margin, 12)
        half = (self.w - self.l_margin - self.r_margin) / 2
        self.cell(half, 6, CARE_ORG, align="L")
        self.cell(half, 6, CARE_DATE, align="R")
        self.set_draw_color(160, 160, 160)
        self.set_line_width(0.3)
        self.line(self.l_margin, 19, self.w - self.r_margin, 19)
        self.set_text_color(0, 0, 0)
        self.set_y(28)

    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "", 9)
        self.set_text_color(70, 70, 70)
        self.cell(0, 8, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def _word_export_case():
    pdf = _WordExportPDF(format="A4")
    pdf.set_margins(25.4, 28, 25.4)
    pdf.set_auto_page_break(True, margin=25.4)
    pdf.set_title(CARE_TITLE)
    pdf.set_author("AICW")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.add_page()

    pdf.set_font("helvetica", "B", 15)
    pdf.multi_cell(0, 7.5, CARE_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    lines = []
    pdf.set_font("helvetica", "", 11)

    def para(text):
        pdf.multi_cell(0, 5.8, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.2)
        lines.append(text)

    for t in CARE_BODY_1:
        para(t)
    body_w = pdf.w - pdf.l_margin - pdf.r_margin
    for item in CARE_BULLETS:
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(6, 5.8, "-")
        pdf.set_xy(pdf.l_margin + 12, y)
        pdf.multi_cell(body_w - 12, 5.8, item, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
        lines.append(item)
    pdf.ln(1.6)
    for t in CARE_BODY_2:
        para(t)
    for sig in CARE_SIGNATURES:
        pdf.cell(0, 6.5, sig, new_x="LMARGIN", new_y="NEXT")
        lines.append(sig)
    assert pdf.page_no() == 2, pdf.page_no()

    gold = {
        "kind": "pdf",
        "title": CARE_TITLE,
        "date": "2025-06-09",
        "lines": lines,
        "signatories": list(CARE_SIGNATURES),
    }
    return ("pdf_word_export", bytes(pdf.output()), gold)


def cases():
    return [_declaration_case(), _word_export_case()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
