"""PDF cases for test14. Each case is built in memory with fpdf2 (core font helvetica, latin-1 text)."""

from fpdf import FPDF


def _bytes(pdf):
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 11. pdf_declaration_numbered_articles
# ---------------------------------------------------------------------------

DECL_TITLE = "Saltmarsh Declaration on the Rights of Coastal Communities"
DECL_SUBTITLE = "Adopted at the Third Coastal Peoples' Assembly, Port Calver, 9 June 2025"

DECL_PREAMBLE = [
    "We, the delegates of fishing villages, island councils, harbour workers and coastal "
    "residents gathered at the Third Coastal Peoples' Assembly in Port Calver, having heard "
    "testimony from forty-one communities along the Saltmarsh coast, adopt the following "
    "declaration.",
    "We recall that our communities have lived with the sea for generations, that our "
    "livelihoods depend on healthy waters and open access to the shore, and that decisions "
    "about the coast are too often taken far away by people who will never bear their "
    "consequences.",
]

DECL_ARTICLES = [
    ("Article 1",
     "Coastal communities have the right to be consulted, in good time and in a language they "
     "understand, before any decision is taken that affects the waters, the shore or the land "
     "on which they depend. Consultation means a real opportunity to change the outcome, not a "
     "notice of a decision already made."),
    ("Article 2",
     "Traditional and small-scale fishers have the right of preferential access to the inshore "
     "waters adjacent to their communities. No licence for industrial fishing, aquaculture or "
     "extraction shall be granted in those waters without the agreement of the communities "
     "concerned."),
    ("Article 3",
     "Every person has the right to walk, land a boat and gather food along the shore, subject "
     "only to limits necessary to protect nature or safety. Private enclosure of the foreshore "
     "shall not be permitted."),
    ("Article 4",
     "Coastal communities have the right to information about the state of their waters. "
     "Authorities shall publish, at least once a year and free of charge, data on water "
     "quality, fish stocks, pollution incidents and the licences they have issued."),
    ("Article 5",
     "Where the coast is changing because of rising seas and stronger storms, communities have "
     "the right to take part in planning for adaptation, and to fair support if they must move. "
     "No community shall be moved without its free and informed consent."),
    ("Article 6",
     "Harbour and processing workers have the right to safe work, fair pay and to join a union "
     "of their choice. Seasonal and migrant workers shall enjoy the same rights as all other "
     "workers on the coast."),
    ("Article 7",
     "Public authorities shall recognise the knowledge held by coastal communities about the "
     "sea, the weather and the life of the shore, and shall include it alongside scientific "
     "evidence in every assessment that concerns the coast."),
    ("Article 8",
     "The delegates commit to meet again within two years to review progress on this "
     "declaration, and call on every coastal authority to report publicly on the steps it has "
     "taken to respect these rights."),
]

DECL_CLOSING = "Adopted by acclamation on behalf of the Assembly:"
DECL_SIGNERS = [
    "Ilse Marrow, Chair of the Assembly",
    "Tobias Quern, Rapporteur",
]


class _DeclPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Saltmarsh Declaration", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _declaration():
    pdf = _DeclPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title(DECL_TITLE)
    pdf.set_author("Coastal Peoples' Assembly")
    pdf.add_page()

    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, DECL_TITLE, align="C")
    pdf.ln(2)
    pdf.set_font("helvetica", "I", 10)
    pdf.multi_cell(0, 6, DECL_SUBTITLE, align="C")
    pdf.ln(8)

    pdf.set_font("helvetica", "", 10.5)
    for para in DECL_PREAMBLE:
        pdf.multi_cell(0, 5.5, para)
        pdf.ln(3)
    pdf.ln(2)

    for heading, text in DECL_ARTICLES:
        pdf.set_font("helvetica", "B", 11)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 10.5)
        pdf.multi_cell(0, 5.5, text)
        pdf.ln(4)

    pdf.ln(4)
    pdf.multi_cell(0, 5.5, DECL_CLOSING)
    pdf.ln(3)
    for s in DECL_SIGNERS:
        pdf.multi_cell(0, 5.5, s)
        pdf.ln(1)

    lines = list(DECL_PREAMBLE)
    for heading, text in DECL_ARTICLES:
        lines += [heading, text]
    lines.append(DECL_CLOSING)
    lines += DECL_SIGNERS
    gold = {
        "kind": "pdf",
        "title": DECL_TITLE,
        "date": "2025-06-09",
        "lines": lines,
        "signatories": ["Ilse Marrow", "Tobias Quern"],
    }
    return "pdf_declaration_numbered_articles", _bytes(pdf), gold


# ---------------------------------------------------------------------------
# 12. pdf_open_letter_signatures_grid
# ---------------------------------------------------------------------------

LETTER_HEAD = [
    "Wendham Maternity Voices",
    "c/o The Old Dispensary, 12 Linden Row, Astbury AB4 7QT",
    "hello@wendhammaternityvoices.example",
]
LETTER_DATE = "2 June 2025"
LETTER_RECIPIENT = [
    "Dr Miriam Stowe",
    "Chief Executive",
    "Astbury and Wendham Hospitals Trust",
    "Trust Headquarters, Wendham Road, Astbury",
]
LETTER_TITLE = "Open letter on the proposed closure of the Wendham birth centre"
LETTER_SALUTATION = "Dear Dr Stowe,"
LETTER_BODY = [
    "We are writing as midwives, doctors, parents and community representatives to ask you to "
    "withdraw the proposal to close the midwife-led birth centre at Wendham Community Hospital "
    "and move all births to Astbury General.",
    "Last year more than 600 babies were born at Wendham. The centre has some of the highest "
    "satisfaction scores in the region, and its transfer rate to the obstetric unit is well "
    "within national guidance. Families from the hill villages already travel up to forty "
    "minutes to reach Wendham; Astbury is a further thirty-five minutes away on a road that is "
    "regularly closed in winter.",
    "The Trust's paper says the closure is needed because of staff shortages. The midwives who "
    "work at Wendham have told us they want to stay, and several have said they will leave the "
    "profession rather than move to Astbury. Closing the centre will make the shortage worse, "
    "not better.",
    "We ask the Trust to pause the proposal, to publish the full safety and travel-time "
    "analysis, and to hold public meetings in Wendham and the hill villages before any "
    "decision is taken by the board.",
    "We would welcome the opportunity to meet you to discuss how the centre can be kept open "
    "safely.",
]
LETTER_CLOSING = "Yours sincerely,"
LETTER_SIGNERS = [
    ("Rosa Pennick", "Wendham Maternity Voices"),
    ("Dr Aled Marwood", "Hill Villages Medical Practice"),
    ("Jenna Obuya", "Astbury Branch, Union of Midwives"),
    ("Cllr Petra Lindqvist", "Wendham Town Council"),
    ("Samuel Achebe-Ward", "Astbury Parents' Network"),
    ("Dr Helen Farrant", "Retired consultant obstetrician"),
    ("Graham Tully", "Wendham and District Trades Council"),
    ("Niamh Carrigan", "Breastfeeding Support Wendham"),
]


def _letter():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(LETTER_TITLE)
    pdf.add_page()

    # letterhead, right-aligned
    pdf.set_font("helvetica", "B", 13)
    pdf.cell(0, 7, LETTER_HEAD[0], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8.5)
    for l in LETTER_HEAD[1:]:
        pdf.cell(0, 4.5, l, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(150, 40, 90)
    pdf.set_line_width(0.6)
    y = pdf.get_y() + 2
    pdf.line(22, y, 210 - 22, y)
    pdf.set_y(y + 8)

    pdf.set_font("helvetica", "", 10.5)
    for l in LETTER_RECIPIENT:
        pdf.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(0, 5, LETTER_DATE, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("helvetica", "B", 12)
    pdf.multi_cell(0, 6, LETTER_TITLE)
    pdf.ln(4)

    pdf.set_font("helvetica", "", 10.5)
    pdf.multi_cell(0, 5.2, LETTER_SALUTATION)
    pdf.ln(2.5)
    for para in LETTER_BODY:
        pdf.multi_cell(0, 5.2, para)
        pdf.ln(2.5)
    pdf.multi_cell(0, 5.2, LETTER_CLOSING)
    pdf.ln(6)

    # two-column grid of signature blocks
    col_w = (210 - 44) / 2
    x_left, x_right = 22, 22 + col_w
    for i in range(0, len(LETTER_SIGNERS), 2):
        row = LETTER_SIGNERS[i:i + 2]
        y0 = pdf.get_y()
        for j, (name, org) in enumerate(row):
            x = x_left if j == 0 else x_right
            pdf.set_xy(x, y0)
            pdf.set_font("helvetica", "B", 10.5)
            pdf.cell(col_w - 4, 5.2, name)
            pdf.set_xy(x, y0 + 5.2)
            pdf.set_font("helvetica", "", 9.5)
            pdf.cell(col_w - 4, 5, org)
        pdf.set_xy(x_left, y0 + 5.2 + 5 + 5)

    lines = list(LETTER_RECIPIENT) + [LETTER_SALUTATION] + LETTER_BODY + [LETTER_CLOSING]
    for name, org in LETTER_SIGNERS:
        lines += [name, org]
    gold = {
        "kind": "pdf",
        "title": LETTER_TITLE,
        "date": "2025-06-02",
        "lines": lines,
        "signatories": [n for n, _ in LETTER_SIGNERS],
    }
    return "pdf_open_letter_signatures_grid", _bytes(pdf), gold


# ---------------------------------------------------------------------------
# 13. pdf_scanned_like_spacing
# ---------------------------------------------------------------------------

SCAN_TITLE = "Statement of the Dunmore Valley Farmers' Council on the Water Abstraction Scheme"
SCAN_DATE = "Dunmore, 21 May 2025"
SCAN_PARAS = [
    "The Dunmore Valley Farmers' Council, meeting in extraordinary session on 20 May 2025, has "
    "considered the proposal of the Regional Water Board to abstract up to forty million litres "
    "a day from the Dunmore aquifer to supply the new industrial zone at Kelby.",
    "The Council notes that the level of the aquifer has fallen in eleven of the last fifteen "
    "summers, and that more than a third of the wells on valley farms ran dry for part of last "
    "August. Farmers were forced to buy in water for livestock at their own expense while the "
    "Board's own pumping continued without restriction.",
    "The Board has not published any assessment of how the proposed abstraction would affect "
    "the springs that feed the Dunmore river, the wetlands at Lower Ashby, or the private wells "
    "on which some two hundred households still depend for their drinking water. Without such "
    "an assessment no responsible authority could approve the scheme, and the Council will "
    "oppose it at every stage of the licensing process, including by legal means if "
    "necessary. We note further that the industrial zone at Kelby is not yet built, that no "
    "tenant has been announced for it, and that the demand figures in the proposal rest on "
    "estimates supplied by the developer alone. The valley is being asked to give up a "
    "certain and irreplaceable resource in exchange for an uncertain and speculative benefit.",
    "The Council therefore calls on the Regional Water Board to withdraw the proposal, to "
    "commission an independent hydrological study of the aquifer with the participation of "
    "valley residents, and to agree with the farming community a drought plan that shares "
    "the available water fairly between all users.",
    "The Council is ready to meet the Board at any time and to share the records its members "
    "have kept of well levels and rainfall over the past thirty years.",
    "Approved unanimously by the delegates present.",
    "For the Council,",
    "Martin Ellery, Chair",
    "Agnes Thorley, Secretary",
]


class _ScanPDF(FPDF):
    def footer(self):
        self.set_y(-18)
        self.set_font("helvetica", "", 9)
        self.cell(0, 6, f"- {self.page_no()} -", align="C")


def _scanned():
    pdf = _ScanPDF(format="A4")
    pdf.set_margins(28, 30, 28)
    pdf.set_auto_page_break(True, margin=30)
    pdf.set_title(SCAN_TITLE)
    pdf.add_page()

    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 8, SCAN_TITLE, align="C")
    pdf.ln(6)
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 7, SCAN_DATE, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)

    pdf.set_font("helvetica", "", 11.5)
    for para in SCAN_PARAS:
        pdf.multi_cell(0, 8, para, align="J")
        pdf.ln(9)

    gold = {
        "kind": "pdf",
        "title": SCAN_TITLE,
        "date": "2025-05-21",
        "lines": list(SCAN_PARAS),
        "signatories": ["Martin Ellery", "Agnes Thorley"],
    }
    return "pdf_scanned_like_spacing", _bytes(pdf), gold


def cases():
    return [_declaration(), _letter(), _scanned()]


if __name__ == "__main__":
    import os
    out = os.environ.get("OUT_DIR")
    for name, data, gold in cases():
        print(name, len(data), len(gold["lines"]))
        if out:
            with open(os.path.join(out, name + ".pdf"), "wb") as f:
                f.write(data)
