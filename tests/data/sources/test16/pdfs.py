"""PDF cases for test16, built in memory with fpdf2 (core font helvetica, latin-1 text only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
Every string handed to fpdf2 is also recorded in ``pdf.recorded`` so that the
gold lines can be checked against the source text.
"""

from fpdf import FPDF


class _RecPDF(FPDF):
    """FPDF that remembers every text string passed to it, and can draw a page footer."""

    def __init__(self, *args, footer_text=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.recorded = []
        self._footer_text = footer_text

    def cell(self, w=None, h=None, text="", *args, **kwargs):
        if text:
            self.recorded.append(text)
        return super().cell(w, h, text, *args, **kwargs)

    def multi_cell(self, w, h=None, text="", *args, **kwargs):
        if text and not kwargs.get("dry_run") and not kwargs.get("split_only"):
            self.recorded.append(text)
        return super().multi_cell(w, h, text, *args, **kwargs)

    def text(self, x, y, text=""):
        if text:
            self.recorded.append(text)
        return super().text(x, y, text)

    def footer(self):
        if self._footer_text is None:
            return
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self._footer_text.replace("{page}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)


def _wrap(pdf, text, width):
    """Greedy word wrap using the current font; returns the visual lines."""
    out, cur = [], ""
    for word in text.split(" "):
        trial = word if not cur else cur + " " + word
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def _gold(title, date, lines, signatories):
    return {
        "kind": "pdf",
        "title": title,
        "date": date,
        "lines": list(lines),
        "signatories": list(signatories),
    }


# ---------------------------------------------------------------------------
# 11. Landscape three-column leaflet, lines placed by hand
# ---------------------------------------------------------------------------

LEAFLET_TITLE = "Save the Number 9: Our Statement on the Greenhill Bus Cuts"

LEAFLET_ITEMS = [
    ("h", "Why the 9 matters"),
    ("p", "The number 9 is the only bus linking the Ashby, Copse End and Millford estates to "
          "Greenhill town centre, the health centre and the railway station. More than 1,800 "
          "journeys are made on it every weekday."),
    ("p", "For many of those passengers there is no alternative. A third of households on the "
          "three estates do not own a car, and the walk to the nearest other route is over a "
          "mile, much of it along roads without pavements or street lighting."),
    ("p", "Passenger numbers on the route have risen every year since 2021, and the morning buses "
          "are regularly full before they reach Millford."),
    ("h", "What is being proposed"),
    ("p", "Under plans published by Greenhill Transport in February, the 9 would run only once "
          "an hour during the day and would stop completely after 7pm and on Sundays. The "
          "operator says the route is no longer commercially viable."),
    ("p", "The county council has so far refused to step in with financial support, even though "
          "it did exactly that for routes in two other towns last year. No assessment has been "
          "published of what the cuts would mean for older and disabled passengers, for "
          "students at Millford College or for people who work early and late shifts at "
          "Greenhill General Hospital."),
    ("h", "The cost of cutting"),
    ("p", "Greenhill Health Centre estimates that one in five missed appointments at its Millford "
          "branch already involves a patient who could not get there by bus. Fewer buses will "
          "mean more missed appointments, more emergency call-outs and more people left "
          "isolated at home."),
    ("p", "Local shops on the estates would lose customers too. The Copse End parade has already "
          "lost its post office and its bank; without a reliable bus, the businesses that "
          "remain will struggle to survive."),
    ("h", "What we are asking for"),
    ("b", "Keep a half-hourly daytime service on route 9."),
    ("b", "Retain evening buses until at least 10pm."),
    ("b", "Restore a Sunday service for shift workers and hospital visitors."),
    ("b", "Hold a public meeting on the estates before any change is made."),
    ("h", "Join us"),
    ("p", "We are not against change, but decisions about the buses people rely on must be made "
          "with them, not for them. We invite everyone who uses the 9 to add their voice and to "
          "come to our open meeting."),
    ("p", "Issued jointly by:"),
    ("s", "Greenhill Bus Users Group, Millford Community Forum and Copse End Tenants' Association"),
]

LEAFLET_SIGNATORIES = [
    "Greenhill Bus Users Group",
    "Millford Community Forum",
    "Copse End Tenants' Association",
]

LEAFLET_FOOTER = ("Contact: Greenhill Bus Users Group, 12 Station Parade, Greenhill GH1 3AA  |  "
                  "save9@greenhillbus.example  |  0100 496 0321  |  www.greenhillbus.example")


def _leaflet():
    pdf = _RecPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 12, 12)
    pdf.add_page()

    # Title band across the full width
    pdf.set_fill_color(0, 92, 70)
    pdf.rect(0, 0, 297, 28, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("helvetica", "B", 21)
    tw = pdf.get_string_width(LEAFLET_TITLE)
    pdf.text((297 - tw) / 2, 17.5, LEAFLET_TITLE)
    pdf.set_text_color(0, 0, 0)

    col_x = [12, 105, 198]
    col_w = 85
    top, bottom = 38, 186
    col, y = 0, top
    flow_report = []

    def next_col():
        nonlocal col, y
        col += 1
        y = top
        if col > 2:
            raise RuntimeError("leaflet text does not fit in three columns")

    for kind, txt in LEAFLET_ITEMS:
        if kind == "h":
            pdf.set_font("helvetica", "B", 13)
            lh, indent, after = 6.5, 0, 1.5
            pdf.set_text_color(0, 92, 70)
        elif kind == "s":
            pdf.set_font("helvetica", "B", 11)
            lh, indent, after = 5.4, 0, 3
        else:
            pdf.set_font("helvetica", "", 11)
            lh, indent, after = 5.4, (5 if kind == "b" else 0), (1.5 if kind == "b" else 3)
        vis = _wrap(pdf, txt, col_w - indent)
        # keep a heading with at least two lines of what follows
        if kind == "h" and y + lh + 2 * 5.4 > bottom:
            next_col()
        if kind == "h" and y != top:
            y += 2
        # list entries and the sign-off are never split across columns
        if kind in ("b", "s") and y + lh * len(vis) > bottom:
            next_col()
        cols_used = set()
        for i, piece in enumerate(vis):
            if y + lh > bottom:
                next_col()
            y += lh
            cols_used.add(col)
            if kind == "b" and i == 0:
                pdf.set_fill_color(0, 92, 70)
                pdf.circle(col_x[col] + 1.6, y - 1.4, 0.9, style="F")
            pdf.text(col_x[col] + indent, y, piece)
        y += after
        pdf.set_text_color(0, 0, 0)
        flow_report.append((txt[:30], sorted(cols_used)))

    # Contact footer (not part of the statement)
    pdf.set_draw_color(0, 92, 70)
    pdf.set_line_width(0.4)
    pdf.line(12, 192, 285, 192)
    pdf.set_font("helvetica", "", 8.5)
    fw = pdf.get_string_width(LEAFLET_FOOTER)
    pdf.text((297 - fw) / 2, 198, LEAFLET_FOOTER)

    lines = [t for k, t in LEAFLET_ITEMS]
    gold = _gold(LEAFLET_TITLE, None, lines, LEAFLET_SIGNATORIES)
    pdf._flow_report = flow_report
    return pdf, gold


# ---------------------------------------------------------------------------
# 12. Single-page statement followed by a ruled signatory table
# ---------------------------------------------------------------------------

PETITION_TITLE = "Joint Statement on the Closure of Redford Maternity Unit"
PETITION_DATE_LINE = "20 March 2025"
PETITION_PARAS = [
    "We, the undersigned, are health professionals, community organisations and parents from "
    "across the Redford area. We are writing to oppose the decision of Kel Valley Health Board "
    "to close the midwife-led maternity unit at Redford Community Hospital from 1 June 2025.",
    "The unit delivered 412 babies last year and has consistently received the highest patient "
    "satisfaction scores in the region. Its closure would leave expectant mothers in Redford "
    "with a journey of up to 50 minutes to the nearest birthing centre, along a road that is "
    "regularly closed by flooding in winter.",
    "The Health Board has cited staffing shortages. Yet midwives at the unit tell us that "
    "vacancies have been left unfilled for months, and that offers of extra shifts from bank "
    "staff have been turned down.",
    "We call on the Health Board to suspend the closure, to publish the full clinical and "
    "financial case behind it, and to hold a public consultation that includes the women and "
    "families who use the unit.",
    "We also ask our elected representatives to press for a recruitment plan that would allow "
    "the unit to remain open safely, and to meet local midwives before the Board's next meeting.",
]
PETITION_LEADIN = "Signed by:"
PETITION_ROWS = [
    ("Fiona Castellan", "Redford Community Midwives Network"),
    ("Hamid Rezaei", "Redford & District Trades Council"),
    ("Gloria Mbatha", "Parents for Redford Maternity"),
    ("Eleanor Pike", "Redford Women's Aid"),
    ("Samuel Ortiz-Blake", "Kelbrook Surgery Patient Group"),
    ("Agnes Thorvald", "Save Redford Hospital Campaign"),
    ("Callum Reddy", "Redford Students' Union"),
    ("Yusuf Demir", "Redford Interfaith Forum"),
    ("Bronwen Lloyd", "Doulas of the Kel Valley"),
    ("Patrick Ng", "Redford Breastfeeding Support Group"),
]


def _petition():
    pdf = _RecPDF(orientation="P", unit="mm", format="A4", footer_text="Page {page} of {nb}")
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("helvetica", "B", 17)
    pdf.multi_cell(0, 8, PETITION_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "", 10.5)
    pdf.cell(0, 6, PETITION_DATE_LINE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("helvetica", "", 11)
    for para in PETITION_PARAS:
        pdf.multi_cell(0, 6, para, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    # Signatory table on the next page
    pdf.add_page()
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 8, PETITION_LEADIN, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = (65, 105)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(widths[0], 9, "Name", border=1, fill=True)
    pdf.cell(widths[1], 9, "Organisation", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    for name, org in PETITION_ROWS:
        pdf.cell(widths[0], 9, name, border=1)
        pdf.cell(widths[1], 9, org, border=1, new_x="LMARGIN", new_y="NEXT")

    lines = list(PETITION_PARAS) + [PETITION_LEADIN] + [n + " " + o for n, o in PETITION_ROWS]
    gold = _gold(PETITION_TITLE, "2025-03-20", lines, [n for n, _ in PETITION_ROWS])
    return pdf, gold


# ---------------------------------------------------------------------------
# 13. Press release PDF
# ---------------------------------------------------------------------------

PR_ORG = "Kelmouth Fishers' Association"
PR_ORG_ADDRESS = ["The Fish Quay, Harbour Road", "Kelmouth KM9 2PL", "office@kelmouthfishers.example"]
PR_LABEL = "PRESS RELEASE"
PR_HEADLINE = "Fishers demand a say in offshore wind cable route"
PR_SUBHEAD = ("Association warns that the preferred route would cross the bay's richest "
              "shellfish grounds")
PR_PARAS = [
    "KELMOUTH, 7 May 2025 - The Kelmouth Fishers' Association today called on Northsea Array Ltd "
    "to reopen consultation on the route of the export cable for its planned offshore wind farm, "
    "warning that the company's preferred option would cut through the most productive shellfish "
    "grounds in Kelmouth Bay.",
    "The Association, which represents 86 vessels and around 240 crew, says it supports the "
    "development of offshore wind but was given only four weeks to comment on the route options "
    "published in March.",
    "Chair of the Association, Morwenna Tregarthen, said: \"We are not against the wind farm. We "
    "want it to succeed. But the cable corridor the company has chosen runs straight through "
    "grounds that have fed families in this town for generations, and there are workable "
    "alternatives a few miles to the south.\"",
    "The Association is asking Northsea Array to commission an independent survey of the southern "
    "route and to set up a liaison group with local fishers before it submits its planning "
    "application.",
    "Skipper Daniel Penhallow, who has fished out of Kelmouth for 27 years, said: \"Once the cable "
    "is laid and the seabed is armoured, that ground is gone for us. All we are asking is to be "
    "listened to before it is too late.\"",
]
PR_ENDS = "ENDS"
PR_NOTES_HEAD = "Notes to editors"
PR_NOTES = [
    "1. The Kelmouth Fishers' Association was founded in 1952 and represents owners, skippers and "
    "crew of inshore and offshore vessels working out of Kelmouth and Porthellan.",
    "2. Maps of the three cable route options are available from the Association on request.",
    "3. Morwenna Tregarthen and Daniel Penhallow are available for interview on the quay on "
    "Wednesday and Thursday mornings.",
    "Media contact: Jenna Rowe, 0100 496 0788, press@kelmouthfishers.example",
]


def _press_release():
    pdf = _RecPDF(orientation="P", unit="mm", format="A4", footer_text="{page}")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    # Organisation name and address, top right
    pdf.set_font("helvetica", "B", 14)
    pdf.set_text_color(20, 60, 110)
    pdf.cell(0, 7, PR_ORG, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    for a in PR_ORG_ADDRESS:
        pdf.cell(0, 4.2, a, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)

    # Label
    pdf.set_font("helvetica", "B", 11)
    pdf.set_fill_color(20, 60, 110)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(pdf.get_string_width(PR_LABEL) + 8, 7, PR_LABEL, align="C", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)

    # Headline and italic subheading
    pdf.set_font("helvetica", "B", 19)
    pdf.multi_cell(0, 8.5, PR_HEADLINE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("helvetica", "I", 12.5)
    pdf.multi_cell(0, 6.5, PR_SUBHEAD, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("helvetica", "", 11)
    for para in PR_PARAS:
        pdf.multi_cell(0, 5.8, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)

    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, PR_ENDS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("helvetica", "B", 10.5)
    pdf.cell(0, 6, PR_NOTES_HEAD, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9.5)
    for note in PR_NOTES:
        pdf.multi_cell(0, 5, note, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    gold = _gold(PR_HEADLINE, "2025-05-07", PR_PARAS, [])
    return pdf, gold


def cases():
    out = []
    for name, builder in (
        ("pdf_leaflet_three_columns", _leaflet),
        ("pdf_petition_style_statement", _petition),
        ("pdf_press_release_pdf", _press_release),
    ):
        pdf, gold = builder()
        out.append((name, bytes(pdf.output()), gold))
    return out


def _recorded_sources():
    """For checking: the recorded strings of each case, keyed by case name."""
    res = {}
    for name, builder in (
        ("pdf_leaflet_three_columns", _leaflet),
        ("pdf_petition_style_statement", _petition),
        ("pdf_press_release_pdf", _press_release),
    ):
        pdf, gold = builder()
        pdf.output()
        res[name] = (pdf.recorded, gold, getattr(pdf, "_flow_report", None), pdf.pages_count)
    return res


if __name__ == "__main__":
    import sys

    for name, data, gold in cases():
        print(name, len(data), "bytes", len(gold["lines"]), "lines")
        if len(sys.argv) > 1:
            with open(f"{sys.argv[1]}/{name}.pdf", "wb") as fh:
                fh.write(data)
