"""PDF cases for test8, built in memory with fpdf2.

cases() returns a list of (case_name, pdf_bytes, gold_dict).
All text uses the core font "helvetica", so it is plain latin-1
(straight quotes, "-" instead of dashes).
"""
from fpdf import FPDF


def _latin1(*texts):
    for t in texts:
        t.encode("latin-1")


# ---------------------------------------------------------------------------
# Case 11: two-column statement, signatories as a three-column grid of names
# ---------------------------------------------------------------------------

TWO_COL_TITLE = "Joint statement on the Brisvale offshore wind port"
TWO_COL_DATE_TEXT = "12 June 2025"

# (style, text): style "p" = body paragraph, "h" = sub-heading inside the body
TWO_COL_BODY = [
    ("p", "We, the trade unions, environmental groups and community "
          "organisations of the Brisvale coast, welcome the decision to build "
          "an assembly port for offshore wind turbines at Brisvale. Done well, "
          "it can bring thousands of good jobs to a coast that lost its "
          "shipyards a generation ago, and give young people a reason to "
          "stay."),
    ("p", "Done badly, it will bring short contracts, imported crews on "
          "poverty wages and damage to the estuary that feeds our fishing "
          "fleet. The difference between the two lies in decisions that will "
          "be taken in the next six months."),
    ("h", "Jobs that last"),
    ("p", "The port company and the turbine makers must sign a binding "
          "agreement that the majority of construction and operation jobs go "
          "to workers recruited on the coast, employed directly and covered "
          "by a collective agreement negotiated with the unions."),
    ("p", "At least one apprenticeship must be created for every twenty jobs, "
          "with places reserved for young people from Brisvale, Harrowmouth "
          "and the estuary villages."),
    ("h", "A living estuary"),
    ("p", "The dredging plan published in April would remove almost a third "
          "of the mudflats where wading birds feed in winter and where the "
          "estuary's shellfish beds lie. We ask the port company to adopt "
          "the smaller channel proposed by the Estuary Trust, and to fund an "
          "independent monitoring programme for the first ten years."),
    ("h", "A voice for the coast"),
    ("p", "We ask the regional government to set up a port council in which "
          "unions, residents, fishers and environmental groups sit alongside "
          "the company and the municipality, with the right to see the "
          "contracts and to be heard before any major change."),
    ("p", "The energy transition must be a fair transition. Brisvale is ready "
          "to play its part, but not at any price."),
]

TWO_COL_LEADIN = "Signed by:"

# Grid drawn row by row on the page; read column by column
# (left column top to bottom, then middle, then right).
TWO_COL_GRID = [
    # left column
    ["Brisvale Dockers' Union", "Coast and Estuary Trust", "Harrowmouth Trades Council",
     "Young Climate Brisvale"],
    # middle column
    ["Estuary Fishers' Cooperative", "Brisvale Residents' Forum", "Metal and Energy Workers' Union",
     "Friends of the Mudflats"],
    # right column
    ["Harrowmouth Tenants' Association", "Brisvale Birdwatching Club", "Coastal Apprentices' Network",
     "Women's Lodge of Brisvale"],
]


class _NumberedPDF(FPDF):
    footer_text = None

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        txt = (self.footer_text + "  |  " if self.footer_text else "") + "Page %d of {nb}" % self.page_no()
        self.cell(0, 6, txt, align="C")
        self.set_text_color(0, 0, 0)


def _two_column_case():
    pdf = _NumberedPDF(format="A4")
    pdf.footer_text = "Brisvale coast joint statement"
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("helvetica", "B", 17)
    pdf.multi_cell(0, 8, TWO_COL_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("helvetica", "I", 10)
    pdf.cell(0, 6, TWO_COL_DATE_TEXT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_draw_color(150, 150, 150)
    pdf.line(18, pdf.get_y(), 192, pdf.get_y())
    pdf.ln(5)

    # Two columns laid out by hand: wrap every paragraph to the column width,
    # then fill the left column up to a fixed height and continue in the
    # right one (so one paragraph runs on from the foot of the left column
    # to the top of the right column).
    gutter = 9
    col_w = (210 - 36 - gutter) / 2
    blocks = []
    for style, text in TWO_COL_BODY:
        if style == "h":
            pdf.set_font("helvetica", "B", 11)
            wrapped = pdf.multi_cell(col_w, 5.5, text, dry_run=True, output="LINES")
            blocks.append(("B", 11, 5.5, wrapped, 1.5, 2))
        else:
            pdf.set_font("helvetica", "", 10)
            wrapped = pdf.multi_cell(col_w, 5, text, dry_run=True, output="LINES")
            blocks.append(("", 10, 5, wrapped, 3, 0))
    top = pdf.get_y()
    col_h = 86
    x, y, col = 18, top, 0
    bottom = top
    for style, size, lh, wrapped, after, before in blocks:
        if y > top:
            y += before
        pdf.set_font("helvetica", style, size)
        for ln in wrapped:
            if col == 0 and y + lh > top + col_h:
                col, x, y = 1, 18 + col_w + gutter, top
            pdf.set_xy(x, y)
            pdf.cell(col_w, lh, ln.strip())
            y += lh
            bottom = max(bottom, y)
        y += after
    pdf.set_y(bottom)

    pdf.ln(6)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 6, TWO_COL_LEADIN, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    pdf.set_font("helvetica", "", 9.5)
    col_w = (210 - 36) / 3
    y0 = pdf.get_y()
    row_h = 6
    for ci, column in enumerate(TWO_COL_GRID):
        for ri, name in enumerate(column):
            pdf.set_xy(18 + ci * col_w, y0 + ri * row_h)
            pdf.cell(col_w - 2, row_h, name)
    pdf.set_y(y0 + row_h * max(len(c) for c in TWO_COL_GRID))

    names = [n for column in TWO_COL_GRID for n in column]
    lines = [t for _, t in TWO_COL_BODY] + [TWO_COL_LEADIN] + names
    _latin1(TWO_COL_TITLE, *lines)
    gold = {
        "kind": "pdf",
        "title": TWO_COL_TITLE,
        "date": "2025-06-12",
        "lines": lines,
        "signatories": names,
    }
    return "pdf_two_column_name_grid", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 12: press release with right-aligned organisation name, dateline, ###
# ---------------------------------------------------------------------------

PR_ORG = "HARTWELL CLIMATE COALITION"
PR_TITLE = "Coalition demands halt to Castlerow gas terminal after leaked risk report"
PR_BODY = [
    "CASTLEROW, 4 March 2025 - The Hartwell Climate Coalition today called on "
    "the national energy regulator to suspend the licence for the planned "
    "Castlerow gas import terminal, after a leaked internal report showed that "
    "the operator had underestimated the risk of a major leak by a factor of "
    "ten.",
    "The report, prepared for the operator's board in November and seen by "
    "the coalition, concludes that a serious incident at the terminal could "
    "affect homes up to three kilometres away, including two schools and the "
    "Castlerow care home. The public planning documents put the same distance "
    "at three hundred metres.",
    "\"People in Castlerow were told that the terminal was safe. The "
    "operator's own experts say otherwise,\" said Imogen Tallis, spokesperson "
    "for the coalition. \"No licence can stand when it rests on figures that "
    "the company knew to be wrong.\"",
    "The coalition, which brings together 34 environmental, community and "
    "trade union organisations, is asking the regulator to:",
    "1. suspend the licence with immediate effect;",
    "2. publish the full risk report and all correspondence with the operator;",
    "3. order a new, independent safety assessment before any construction "
    "continues.",
    "The coalition will hand in a petition signed by more than 22,000 "
    "residents at the regulator's offices on Friday at noon, and has written "
    "to every member of the regional assembly asking them to support its "
    "demands.",
    "Beyond the safety question, the coalition points out that a new gas "
    "terminal would lock the region into fossil fuel imports for at least "
    "thirty years, in direct conflict with the government's own climate "
    "targets.",
]
PR_AFTER = [
    "Media contacts",
    "Imogen Tallis, spokesperson - +00 111 2222 333 - press@hartwellclimate.example",
    "Dev Okonjo, campaigns officer - +00 111 2222 444 - dev@hartwellclimate.example",
]
PR_ABOUT = (
    "About the Hartwell Climate Coalition: founded in 2019, the coalition "
    "brings together environmental groups, residents' associations and trade "
    "unions in the Hartwell region. www.hartwellclimate.example"
)


def _press_release_case():
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    # organisation name, large, right-aligned (logo-like)
    pdf.set_font("helvetica", "B", 18)
    pdf.set_text_color(20, 90, 60)
    pdf.set_xy(22, 14)
    pdf.cell(210 - 44, 10, PR_ORG, align="R")
    # small strapline under it, right-aligned
    pdf.set_font("helvetica", "", 8)
    pdf.set_xy(22, 25)
    pdf.cell(210 - 44, 4, "34 organisations for a safe climate in the Hartwell region", align="R")
    pdf.set_text_color(0, 0, 0)
    # FOR IMMEDIATE RELEASE, top-left
    pdf.set_font("helvetica", "B", 9)
    pdf.set_xy(22, 17)
    pdf.cell(60, 5, "FOR IMMEDIATE RELEASE")

    pdf.set_draw_color(20, 90, 60)
    pdf.set_line_width(0.6)
    pdf.line(22, 33, 188, 33)
    pdf.set_line_width(0.2)

    pdf.set_xy(22, 40)
    pdf.set_font("helvetica", "B", 15)
    pdf.multi_cell(0, 7, PR_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("helvetica", "", 10.5)
    for i, para in enumerate(PR_BODY):
        indent = para[:2] in ("1.", "2.", "3.")
        if indent:
            pdf.set_x(30)
            pdf.multi_cell(210 - 22 - 30, 5.4, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3 if para.startswith("3.") else 1)
        else:
            pdf.multi_cell(0, 5.4, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)

    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, "###", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # contacts box
    y = pdf.get_y()
    pdf.set_fill_color(236, 244, 239)
    pdf.set_draw_color(20, 90, 60)
    pdf.rect(22, y, 166, 26, style="DF")
    pdf.set_xy(26, y + 3)
    pdf.set_font("helvetica", "B", 9.5)
    pdf.cell(0, 5, PR_AFTER[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    for c in PR_AFTER[1:]:
        pdf.set_x(26)
        pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y + 30)
    pdf.set_font("helvetica", "I", 8.5)
    pdf.multi_cell(0, 4.5, PR_ABOUT, new_x="LMARGIN", new_y="NEXT")

    _latin1(PR_ORG, PR_TITLE, *PR_BODY, *PR_AFTER, PR_ABOUT)
    gold = {
        "kind": "pdf",
        "title": PR_TITLE,
        "date": "2025-03-04",
        "lines": list(PR_BODY),
        "signatories": [],
    }
    return "pdf_press_release_dateline_contacts", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 13: letter on letterhead, smaller body type, signature block, cc lines
# ---------------------------------------------------------------------------

LH_ORG = "Tarn Valley Rail Workers' Union"
LH_ADDRESS = "14 Mill Lane, Tarnbridge TB1 4QA  -  Tel. +00 12 3456 7890  -  office@tarnvalleyrwu.example"
LH_FOOTER = "Registered office: 14 Mill Lane, Tarnbridge. Registered trade union no. TU/0418. www.tarnvalleyrwu.example"
LETTER_DATE = "17 January 2025"
LETTER_TITLE = "Open letter: Keep the Tarn Valley line open"
LETTER_BODY = [
    "Dear Commissioner Varga,",
    "We write to you jointly, as the union representing the staff of the Tarn "
    "Valley railway and as the association representing its passengers, to "
    "ask you to reject the proposal by Northline Regional Rail to close the "
    "line between Tarnbridge and Ellisford at the end of the current "
    "franchise.",
    "The line carries more than 1.4 million passenger journeys a year. For the "
    "villages of the upper valley it is the only public transport that runs "
    "after seven in the evening and on Sundays, and for hundreds of students "
    "it is the only way to reach the college in Tarnbridge.",
    "Northline's case for closure rests on a passenger survey carried out in "
    "August, when the college is closed and the line was running a reduced "
    "timetable because of engineering works. A survey taken in those weeks "
    "cannot be a fair basis for a decision that would be permanent.",
    "The closure would also mean the loss of 62 skilled jobs in signalling, "
    "maintenance and on-board services, most of them held by people who live "
    "in the valley. These are exactly the kind of jobs that the regional "
    "development plan, which your office co-signed last year, promises to "
    "protect.",
    "We recognise that the line needs investment. The signalling dates from "
    "the 1970s and the rolling stock is at the end of its life. But the cost "
    "of renewing the line is a fraction of the cost of the replacement bus "
    "service that Northline proposes to run for the next fifteen years, and "
    "the buses would take longer, carry fewer people and emit more.",
    "Passengers' representatives have also pointed out that the timetable "
    "has been cut three times since 2021 without consultation, and that "
    "connections with the Ellisford buses and the main line trains at "
    "Tarnbridge have been allowed to lapse. A line that is run down in this "
    "way will always appear to be little used. Any judgement on its future "
    "must take into account how much demand has been lost through the "
    "operator's own decisions, and how much would return with a reliable "
    "hourly service.",
    "The valley's councils, its schools, its employers and both of our "
    "organisations have offered to work with the operator on a plan to "
    "increase use of the line, including through-ticketing, better "
    "information and a bicycle space on every train. None of these offers "
    "has received a reply.",
    "Nor has Northline explained how the replacement buses would cope in "
    "winter. The valley road between Ellisford and the upper villages was "
    "closed for a total of nineteen days last winter because of snow, ice "
    "and fallen trees, while the railway lost only two days. During those "
    "nineteen days the line was the only way for nurses, carers and shop "
    "workers to reach their jobs in Tarnbridge, and for patients from the "
    "upper valley to reach the hospital there. A bus service on that road "
    "would leave these communities cut off precisely when they are most "
    "vulnerable.",
    "We therefore ask you to refuse the closure application, to require a new "
    "passenger count during term time, and to include the renewal of the Tarn "
    "Valley line in the next regional investment programme. Until a decision "
    "has been taken, Northline should also be told that it may not reduce the "
    "timetable any further or transfer rolling stock away from the line.",
    "We would welcome the opportunity to meet you, together with "
    "representatives of the staff and the passengers, before a decision is "
    "taken. We are sending a copy of this letter to the Minister for "
    "Transport and to the members of the regional council.",
    "Yours faithfully,",
]
LETTER_SIGNATURES = [
    "Miriam Holt, General Secretary, Tarn Valley Rail Workers' Union",
    "Oskar Lind, Chair, Tarn Valley Passengers' Association",
]
LETTER_CC = [
    "cc: Ilse Brandt, Minister for Transport",
    "cc: Members of the Tarn Valley Regional Council",
    "cc: Northline Regional Rail, Franchise Directorate",
]


class _LetterPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            # letterhead: organisation name large, address small, rule
            self.set_font("helvetica", "B", 20)
            self.set_text_color(120, 20, 30)
            self.set_xy(20, 14)
            self.cell(0, 10, LH_ORG)
            self.set_font("helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 25)
            self.cell(0, 4, LH_ADDRESS)
            self.set_draw_color(120, 20, 30)
            self.set_line_width(0.5)
            self.line(20, 31, 190, 31)
            self.set_line_width(0.2)
            self.set_text_color(0, 0, 0)
            self.set_y(40)
        else:
            self.set_font("helvetica", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(20, 10)
            self.cell(0, 4, "Tarn Valley Rail Workers' Union - Open letter to Commissioner Varga - " + LETTER_DATE)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font("helvetica", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, LH_FOOTER, align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "%d / {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)


def _letter_case():
    pdf = _LetterPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()

    pdf.set_font("helvetica", "", 9.5)
    pdf.cell(0, 5, LETTER_DATE, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("helvetica", "B", 10.5)
    pdf.multi_cell(0, 5.5, LETTER_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("helvetica", "", 9.5)
    for para in LETTER_BODY:
        pdf.multi_cell(0, 4.9, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.2)

    pdf.ln(10)  # room for a handwritten signature
    for sig in LETTER_SIGNATURES:
        pdf.cell(0, 5, sig, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("helvetica", "", 8.5)
    for cc in LETTER_CC:
        pdf.cell(0, 4.5, cc, new_x="LMARGIN", new_y="NEXT")

    lines = LETTER_BODY + LETTER_SIGNATURES + LETTER_CC
    _latin1(LH_ORG, LH_ADDRESS, LH_FOOTER, LETTER_TITLE, *lines)
    gold = {
        "kind": "pdf",
        "title": LETTER_TITLE,
        "date": "2025-01-17",
        "lines": lines,
        "signatories": list(LETTER_SIGNATURES),
    }
    return "pdf_letterhead_letter_cc", bytes(pdf.output()), gold


def cases():
    return [_two_column_case(), _press_release_case(), _letter_case()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
