"""PDF cases for test set 6, built in memory with fpdf2 (core font helvetica, latin-1 text only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
"""

from fpdf import FPDF
from fpdf.enums import XPos, YPos


# ---------------------------------------------------------------------------
# Case 11: two-page declaration, numbered points and sub-points typed as text,
# footnotes at the bottom of page 1 with superscript markers in the text,
# running header and footer with page numbers.
# ---------------------------------------------------------------------------

DECL_TITLE = "Declaration on Water as a Public Good"

DECL_PREAMBLE = [
    # (text before marker, marker, text after marker)
    ("We, the member organisations of the Vessaly Civil Society Platform, meeting in Port Ellery, "
     "adopt this declaration on the future of water services in our country.", None, ""),
    ("Water is not a commodity like any other. The drought of 2022 left more than 1.4 million people "
     "dependent on tanker deliveries for weeks, and the poorest districts waited longest.", "1",
     " Climate change will make such crises more frequent."),
    ("Where water services have been handed to private operators, the results have been higher bills and "
     "lower investment. In Lindhaven, tariffs rose by 60 per cent in the five years after the concession "
     "was signed, while leakage from the network increased.", "2",
     " The municipality is now paying to buy the network back."),
    ("We therefore declare the following principles and call on the Government, Parliament and every "
     "municipal council to act on them:", None, ""),
]

DECL_POINTS = [
    ("1.", 0, "Access to safe drinking water and sanitation is a human right and must never depend on the "
              "ability to pay."),
    ("1.1", 1, "No household shall be disconnected from the water supply because of unpaid bills."),
    ("1.2", 1, "Every municipality shall provide free public drinking fountains and toilets in its town "
               "centres, parks and stations."),
    ("2.", 0, "Water services must remain in public ownership and under democratic control."),
    ("2.1", 1, "No new concession for water supply or sewerage shall be granted to a private company, "
               "and existing concessions shall not be renewed when they expire."),
    ("2.2", 1, "Each public water company shall have a supervisory board on which users, employees and "
               "environmental organisations hold at least half of the seats."),
    ("2.3", 1, "Accounts, contracts and water quality data of every operator shall be published in full "
               "and free of charge."),
    ("3.", 0, "Rivers, lakes and groundwater must be protected for future generations."),
    ("3.1", 1, "Abstraction licences for industry and agriculture shall be reviewed every five years and "
               "reduced where aquifers are falling."),
    ("3.2", 1, "Polluters shall pay the full cost of cleaning up the water they contaminate."),
    ("4.", 0, "The State shall fund a ten-year programme to renew the network, cut leakage by half and "
              "connect the 38,000 rural homes that still rely on private wells."),
    ("4.1", 1, "The programme shall be financed from the general budget and not through higher tariffs "
               "for household users, and shall give priority to the districts that suffered most during "
               "the drought of 2022."),
    ("4.2", 1, "Works shall be carried out by public water companies or by contractors that respect "
               "collective agreements and training obligations for apprentices."),
    ("5.", 0, "Workers in the water sector must be recognised for the essential service they provide, with "
              "safe staffing levels, secure contracts and a voice in the planning of the network."),
]

DECL_CLOSING = [
    "The signatories will monitor the implementation of these principles and report publicly on "
    "progress every year on World Water Day.",
    "Signed on behalf of the Platform:",
]

DECL_SIGNATORIES = [
    "Vessaly Civil Society Platform",
    "Public Services Union of Vessaly",
    "Consumers' Association of Vessaly",
    "Rivers Alive",
    "Association of Rural Municipalities",
    "Lindhaven Water Users' Committee",
]

DECL_FOOTNOTES = [
    ("1", "National Water Agency, Drought Report 2023, p. 14."),
    ("2", "Lindhaven Audit Office, Annual Report 2021, chapter 4. Tariff figures are in constant prices."),
]


class DeclPDF(FPDF):
    def header(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.set_xy(20, 10)
        self.cell(85, 5, "Vessaly Civil Society Platform")
        self.cell(85, 5, "Declaration on Water as a Public Good", align="R")
        self.set_draw_color(160, 160, 160)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        if self.page_no() == 1:
            # footnotes in small type above the running footer
            self.set_draw_color(0, 0, 0)
            self.line(20, 263, 70, 263)
            self.set_y(265)
            for num, text in DECL_FOOTNOTES:
                self.set_x(20)
                self.set_font("helvetica", "", 6)
                self.char_vpos = "SUP"
                self.write(3.6, num)
                self.char_vpos = "LINE"
                self.set_font("helvetica", "", 7.5)
                self.write(3.6, " " + text)
                self.ln(4)
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.set_x(20)
        self.cell(85, 5, "www.vcsp.example")
        self.cell(85, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_declaration():
    pdf = DeclPDF(format="A4", unit="mm")
    pdf.set_margins(20, 24, 20)
    pdf.set_auto_page_break(True, margin=37)
    pdf.alias_nb_pages()
    pdf.set_title(DECL_TITLE)
    pdf.set_author("Vessaly Civil Society Platform")
    pdf.add_page()

    pdf.set_font("helvetica", "B", 17)
    pdf.multi_cell(0, 8, DECL_TITLE, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("helvetica", "I", 10)
    pdf.cell(0, 6, "Port Ellery, 18 November 2024", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    lh = 5.6
    for before, marker, after in DECL_PREAMBLE:
        pdf.set_font("helvetica", "", 11)
        pdf.write(lh, before)
        if marker:
            pdf.set_font("helvetica", "", 8)
            pdf.char_vpos = "SUP"
            pdf.write(lh, marker)
            pdf.char_vpos = "LINE"
            pdf.set_font("helvetica", "", 11)
        if after:
            pdf.write(lh, after)
        pdf.ln(lh)
        pdf.ln(2.5)

    for num, level, text in DECL_POINTS:
        num_x = 20 + (0 if level == 0 else 10)
        text_x = num_x + (10 if level == 0 else 12)
        pdf.set_font("helvetica", "B" if level == 0 else "", 11)
        if pdf.will_page_break(lh):
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(num_x, y)
        pdf.cell(text_x - num_x, lh, num)
        pdf.set_xy(text_x, y)
        pdf.multi_cell(190 - text_x, lh, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)

    pdf.set_font("helvetica", "", 11)
    for para in DECL_CLOSING:
        pdf.multi_cell(0, lh, para, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    for sig in DECL_SIGNATORIES:
        pdf.cell(0, lh, sig, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)

    lines = []
    for before, marker, after in DECL_PREAMBLE:
        lines.append(before + (marker or "") + after)
    for num, level, text in DECL_POINTS:
        lines.append(f"{num} {text}")
    lines += DECL_CLOSING + DECL_SIGNATORIES
    gold = {
        "kind": "pdf",
        "title": DECL_TITLE,
        "date": "2024-11-18",
        "lines": lines,
        "signatories": list(DECL_SIGNATORIES),
    }
    return bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 12: landscape A4 leaflet, title across the top, statement flowing through
# three columns, signatories at the end of the third column, imprint strip.
# ---------------------------------------------------------------------------

LEAF_TITLE = "No Motorway Through the Kessel Valley"

# ("h", text) = sub-heading, ("p", text) = paragraph, ("s", text) = signatory entry
LEAF_BODY = [
    ("p", "Seventeen local and national organisations have come together to oppose the planned A7 "
          "motorway extension through the Kessel Valley. We believe the scheme is expensive, destructive "
          "and unnecessary, and that there are better ways to meet the transport needs of Harwick and the "
          "valley villages."),
    ("h", "What is planned"),
    ("p", "The Regional Transport Authority wants to build 23 kilometres of new four-lane motorway from "
          "Harwick to Oldbridge. The route would cross the river three times, cut through the Brenner "
          "Wood nature reserve and pass within 200 metres of two primary schools."),
    ("p", "The Authority has allowed just six weeks for objections, and most of the technical documents "
          "are available only on paper at its offices in Oldbridge, open on weekdays from nine to four."),
    ("p", "The official cost estimate has already risen from 640 million to 1.1 billion euros, before a "
          "single tree has been felled. Independent engineers expect the final bill to be higher still."),
    ("h", "Why we oppose it"),
    ("p", "New roads fill up with new traffic. The Authority's own model predicts that journey times on "
          "the existing valley road would be back to today's level within eight years of opening. In the "
          "meantime, noise and air pollution would rise in every village along the route."),
    ("p", "The motorway would destroy 140 hectares of farmland and woodland, including the last breeding "
          "site of the valley's lesser horseshoe bats. No amount of replanting can replace a wood that has "
          "stood for three hundred years."),
    ("p", "Local businesses would suffer too. Half of the shops in Kessel and Dornach depend on passing "
          "trade that a motorway would take away, as happened in Lindhaven after its ring road opened."),
    ("p", "The Region has promised to cut transport emissions by 40 per cent by 2035. Building a motorway "
          "while closing bus routes makes that promise impossible to keep."),
    ("h", "Our alternative"),
    ("p", "For a third of the cost, the Region could reopen the Harwick to Oldbridge railway, run buses "
          "every fifteen minutes along the valley road, and build safe cycle paths between the villages "
          "and the town."),
    ("p", "Freight traffic could be moved off the valley road with a lorry ban for through traffic and a "
          "new rail siding at the Oldbridge quarry, which generates most of the heavy lorries today."),
    ("p", "These measures could be in place within four years, long before a motorway could open. They "
          "would also serve the people who cannot drive: children, older residents and the one household "
          "in four in the valley that has no car."),
    ("h", "What you can do"),
    ("p", "Come to the public inquiry at Harwick Civic Hall from 3 November, write to your regional "
          "councillor, and join one of the member groups listed below. Together we stopped the valley "
          "landfill in 2019; together we can stop this motorway."),
    ("p", "Our groups will hold information evenings in every village in October and November. Dates and "
          "places are on our website, and everyone is welcome."),
    ("p", "Signed:"),
    ("s", "Kessel Valley Alliance"),
    ("s", "Harwick Cycling Club"),
    ("s", "Brenner Wood Friends"),
    ("s", "Oldbridge Parents for Clean Air"),
    ("s", "Valley Farmers' Cooperative"),
    ("s", "Regional Bat Group"),
    ("s", "Harwick Rail Reopening Society"),
    ("s", "Green Youth Harwick"),
    ("s", "Public Transport Users' Forum"),
]


class LeafletPDF(FPDF):
    def footer(self):
        self.set_fill_color(30, 90, 50)
        self.rect(0, 200, 297, 10, style="F")
        self.set_xy(12, 202)
        self.set_font("helvetica", "", 8)
        self.set_text_color(255, 255, 255)
        self.cell(273, 6, "Printed and published by the Kessel Valley Alliance, 3 Mill Lane, Harwick  |  "
                          "www.kesselvalley.example  |  Please pass this leaflet on when you have read it.",
                  align="C")
        self.set_text_color(0, 0, 0)


def build_leaflet():
    pdf = LeafletPDF(orientation="L", format="A4", unit="mm")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_title(LEAF_TITLE)
    pdf.add_page()

    # title band across the top
    pdf.set_fill_color(30, 90, 50)
    pdf.rect(0, 0, 297, 30, style="F")
    pdf.set_xy(12, 7)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("helvetica", "B", 26)
    pdf.cell(273, 12, LEAF_TITLE, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "", 10)
    pdf.cell(273, 7, "Published 6 October 2025", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(36)

    with pdf.text_columns(ncols=3, gutter=9, text_align="J", line_height=1.18) as cols:
        for kind, text in LEAF_BODY:
            if kind == "h":
                pdf.set_font("helvetica", "B", 11.5)
                with cols.paragraph(text_align="L", top_margin=2.5, bottom_margin=1.2) as par:
                    par.write(text)
            elif kind == "s":
                pdf.set_font("helvetica", "B", 9.5)
                with cols.paragraph(text_align="L", bottom_margin=0.4) as par:
                    par.write(text)
            else:
                pdf.set_font("helvetica", "", 10.2)
                with cols.paragraph(bottom_margin=2.2) as par:
                    par.write(text)

    gold = {
        "kind": "pdf",
        "title": LEAF_TITLE,
        "date": "2025-10-06",
        "lines": [text for _, text in LEAF_BODY],
        "signatories": [text for kind, text in LEAF_BODY if kind == "s"],
    }
    return bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 13: letter with letterhead, right-aligned date, bold subject line as
# title, and a signature block of two people side by side (name, then role).
# ---------------------------------------------------------------------------

LETTER_TITLE = "Open letter: Keep the Harwick steelworks open"

LETTER_BODY = [
    "Dear Minister Brandt,",
    "We write to you jointly, as the union representing the 2,100 workers at the Harwick steelworks and as "
    "the chamber representing the businesses of the town, to ask you to intervene before the owners carry "
    "out their announced closure of the plant at the end of this year.",
    "The steelworks is the largest employer in the district. For every job inside the gates there are at "
    "least two more in supply firms, haulage, shops and services. Closure would remove around a fifth of "
    "all wages paid in Harwick.",
    "The plant is not failing for lack of orders. Its order book is full until 2027. It is failing because "
    "the owners have refused to invest in the electric arc furnace that was planned in 2021, and because "
    "energy prices for heavy industry in our country remain the highest in the region.",
    "We ask the Government to take three steps without delay: to make a public offer for a stake in the "
    "plant if no private buyer is found by 31 October; to fund the electric furnace through the Green "
    "Industry Fund; and to guarantee a transitional energy price for the plant while the furnace is built.",
    "Workers and employers in Harwick rarely sign letters together. We do so now because we agree that the "
    "future of the town depends on steel being made here, cleanly, for decades to come.",
    "We would be glad to meet you in Harwick at your earliest convenience.",
    "Yours sincerely,",
]

LETTER_SIGNERS = [
    ("Agnes Whitcombe", "Secretary, Steel and Metal Workers' Union"),
    ("Dr Rafael Ocampo", "President, Harwick Chamber of Commerce"),
]


class LetterPDF(FPDF):
    def footer(self):
        self.set_y(-16)
        self.set_draw_color(180, 180, 180)
        self.line(25, self.get_y(), 185, self.get_y())
        self.set_font("helvetica", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_x(25)
        self.multi_cell(160, 3.8, "Steel and Metal Workers' Union, Harwick District, is affiliated to the "
                                  "General Workers Federation. Registered office: 12 Forge Street, Harwick "
                                  "HW2 9LB.", align="C")
        self.set_text_color(0, 0, 0)


def build_letter():
    pdf = LetterPDF(format="A4", unit="mm")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title(LETTER_TITLE)
    pdf.add_page()

    # letterhead
    pdf.set_font("helvetica", "B", 13)
    pdf.set_text_color(140, 20, 20)
    pdf.cell(0, 6, "STEEL AND METAL WORKERS' UNION", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("helvetica", "", 9)
    pdf.cell(0, 4.5, "Harwick District Office", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4.5, "12 Forge Street, Harwick HW2 9LB", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4.5, "Tel. 0555 201 330  |  harwick@smwu.example", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(120, 20)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(65, 5, "Harwick Chamber of Commerce", align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "", 9)
    pdf.cell(65, 4.5, "Market Square 1, Harwick HW1 1AA", align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.cell(65, 4.5, "www.harwick-chamber.example", align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_draw_color(140, 20, 20)
    pdf.set_line_width(0.6)
    pdf.line(25, 42, 185, 42)
    pdf.set_line_width(0.2)

    pdf.set_y(52)
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, "Harwick, 9 September 2025", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("helvetica", "B", 12)
    pdf.multi_cell(0, 6, LETTER_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    pdf.set_font("helvetica", "", 11)
    for para in LETTER_BODY:
        pdf.multi_cell(0, 5.6, para, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.2)

    # signature block: two people side by side
    pdf.ln(14)  # room for handwritten signatures
    y = pdf.get_y()
    col_x = [25, 112]
    for (name, role), x in zip(LETTER_SIGNERS, col_x):
        pdf.set_draw_color(0, 0, 0)
        pdf.line(x, y - 2, x + 62, y - 2)
        pdf.set_xy(x, y)
        pdf.set_font("helvetica", "B", 11)
        pdf.cell(75, 5.6, name)
        pdf.set_xy(x, y + 5.6)
        pdf.set_font("helvetica", "", 9.5)
        pdf.multi_cell(80, 4.8, role)

    lines = list(LETTER_BODY)
    for name, role in LETTER_SIGNERS:
        lines += [name, role]
    gold = {
        "kind": "pdf",
        "title": LETTER_TITLE,
        "date": "2025-09-09",
        "lines": lines,
        "signatories": [name for name, _ in LETTER_SIGNERS],
    }
    return bytes(pdf.output()), gold


def cases():
    decl, decl_gold = build_declaration()
    leaf, leaf_gold = build_leaflet()
    letter, letter_gold = build_letter()
    return [
        ("pdf_declaration_numbered_footnotes", decl, decl_gold),
        ("pdf_leaflet_three_columns", leaf, leaf_gold),
        ("pdf_letter_two_signatures", letter, letter_gold),
    ]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
