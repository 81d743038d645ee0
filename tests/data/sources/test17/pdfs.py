"""PDF cases for test17, built in memory with fpdf2 (core font helvetica, latin-1 text only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
"""
from fpdf import FPDF


# ---------------------------------------------------------------------------
# helpers


def _wrap(pdf, text, width):
    """Split text at spaces into visual lines no wider than width (current font)."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if pdf.get_string_width(t) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _bytes(pdf):
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 11. one-page simple statement


class _SimplePDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Healthy Homes Alliance - www.healthyhomes.example", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _pdf_simple_statement_one_page():
    title = "Joint statement on damp and mould in rented homes"
    date_line = "9 June 2025"
    paras = [
        "We, the undersigned organisations, are calling for urgent action to end the scandal of damp and mould in rented homes across the Ardley region. Our members and advice workers see the consequences every week: children with asthma, older people with chest infections, and families who have lost furniture, clothes and bedding to black mould.",
        "A survey carried out by our advice centres between January and April found that one in four private tenants who contacted us had reported damp or mould to their landlord at least three times without any repair being made. Many were afraid that complaining again would lead to an eviction notice.",
        "The current rules give landlords up to twelve weeks to investigate a report of damp. This is far too long. Mould spreads quickly, and the damage to health can be lasting. Councils, meanwhile, have too few environmental health officers to inspect properties and enforce the standards that already exist.",
        "We therefore ask the regional government to introduce a legal duty on all landlords to investigate reports of damp within fourteen days and to complete repairs within eight weeks; to fund at least forty new environmental health posts across the region's councils; and to protect tenants who report disrepair from retaliatory eviction.",
        "Nobody should have to choose between their health and the roof over their head. We stand ready to work with the government, councils and responsible landlords to make every rented home in Ardley safe, warm and dry.",
    ]
    signed_by = "Signed by:"
    orgs = [
        "Healthy Homes Alliance",
        "Ardley Tenants' Union",
        "Ardley Advice Centres Network",
        "Breathe Easy Ardley",
        "Association of Environmental Health Officers, Ardley Branch",
        "St Columba's Housing Cooperative",
    ]

    pdf = _SimplePDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Healthy Homes Alliance")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, title, align="C")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 10.5)
    pdf.cell(0, 6, date_line, align="C")
    pdf.ln(12)

    pdf.set_font("helvetica", "", 10.5)
    for p in paras:
        pdf.multi_cell(0, 5.4, p, align="J")
        pdf.ln(3.2)

    pdf.ln(2)
    pdf.set_font("helvetica", "B", 10.5)
    pdf.cell(0, 6, signed_by)
    pdf.ln(7)
    pdf.set_font("helvetica", "", 10.5)
    for o in orgs:
        pdf.cell(0, 5.6, o)
        pdf.ln(5.6)
    assert pdf.page_no() == 1, "simple statement must fit on one page"

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-06-09",
        "lines": paras + [signed_by] + orgs,
        "signatories": orgs,
    }
    return ("pdf_simple_statement_one_page", _bytes(pdf), gold)


# ---------------------------------------------------------------------------
# 12. two-page letter with cc lines


class _LetterPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("helvetica", "B", 15)
            self.set_text_color(0, 70, 120)
            self.cell(0, 8, "Coastal Ferry Workers' Association", align="L")
            self.ln(8)
            self.set_font("helvetica", "", 8.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4.5, "Seafarers' House, 3 Quay Parade, Port Calder PC4 2EN", align="L")
            self.ln(4.5)
            self.cell(0, 4.5, "Tel. 0000 700 310 - office@cfwa.example - www.cfwa.example", align="L")
            self.ln(4)
            self.set_draw_color(0, 70, 120)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.set_text_color(0, 0, 0)
            self.ln(10)
        else:
            self.set_font("helvetica", "I", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, "Coastal Ferry Workers' Association - letter to the Minister for Maritime Affairs, 17 March 2025", align="L")
            self.set_text_color(0, 0, 0)
            self.ln(12)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _pdf_two_page_letter_cc():
    title = "Safe crewing levels on the Calder Sound ferry routes"
    date_line = "17 March 2025"
    recipient = [
        "Dr Helena Voss",
        "Minister for Maritime Affairs",
        "Ministry of Transport and Maritime Affairs",
        "12 Harbour Row",
        "Port Calder PC1 1AA",
    ]
    salutation = "Dear Minister,"
    body = [
        "I am writing on behalf of the 2,400 members of the Coastal Ferry Workers' Association to ask you to intervene in the proposal by Sound Link Ferries to reduce the minimum crew on its four vehicle ferries serving the Calder Sound islands from eleven to eight from the start of the summer timetable.",
        "Our members operate these vessels in some of the most demanding waters in the country. In winter, crossings are regularly made in winds above force seven, and the vessels carry not only cars and freight but also schoolchildren, hospital patients and, several times a month, livestock. The current crewing level was agreed with the Maritime Safety Agency in 2011 after the grounding of the Orla Star, precisely because the earlier level had proved inadequate in an emergency.",
        "The company argues that new evacuation equipment and automated mooring systems make the additional crew unnecessary. We do not accept this. The evacuation drills carried out in January, which our members observed, took nearly twice as long as the time required by the vessels' safety certificates. With three fewer crew, every one of those crew members would be responsible for more passengers, more doors and more lifesaving appliances, at exactly the moment when there is least time to spare.",
        "We are also concerned about fatigue. The proposed rota would require deck crew to work fourteen-hour days for seven days in a row during the peak season. The Association's own fatigue survey last summer, which we enclose, found that more than half of the deck crew on the Sound routes had already fallen asleep at least once while on watch or driving home after a shift. Reducing the crew further can only make this worse.",
        "The island communities share our concerns. The community councils of Inchmarr, Torsay and West Calder have all written to the company, and more than 1,900 residents have signed a petition asking for the current crewing level to be kept. None of them has received a substantive reply.",
        "We therefore ask you to use your powers under the Ferry Services Contract to require Sound Link Ferries to maintain the existing minimum crew until an independent safety review has been completed, and to ensure that the Association and the island communities are represented on the review panel. We would also welcome the opportunity to meet you, together with representatives of the island communities, before the summer timetable is finalised at the end of April.",
        "Thank you for your attention to this matter. I look forward to hearing from you.",
    ]
    closing = "Yours sincerely,"
    name = "Gareth Pellow"
    role = "General Secretary, Coastal Ferry Workers' Association"
    cc = [
        "cc: Ruth Agnew, Chair of the Parliamentary Transport Committee",
        "cc: Owen Tarr, Chief Executive, Maritime Safety Agency",
        "cc: Community Councils of Inchmarr, Torsay and West Calder",
    ]

    pdf = _LetterPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Coastal Ferry Workers' Association")
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("helvetica", "", 10.5)
    pdf.cell(0, 6, date_line, align="R")
    pdf.ln(10)
    for r in recipient:
        pdf.cell(0, 5.2, r)
        pdf.ln(5.2)
    pdf.ln(8)
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, title)
    pdf.ln(4)
    pdf.set_font("helvetica", "", 10.5)
    pdf.cell(0, 6, salutation)
    pdf.ln(9)

    crossed = False
    for p in body:
        start = pdf.page_no()
        pdf.multi_cell(0, 5.5, p, align="J")
        if pdf.page_no() != start:
            crossed = True
        pdf.ln(3.5)
    assert crossed, "one body paragraph must cross the page break"

    pdf.ln(2)
    pdf.cell(0, 6, closing)
    pdf.ln(18)
    pdf.set_font("helvetica", "B", 10.5)
    pdf.cell(0, 5.5, name)
    pdf.ln(5.5)
    pdf.set_font("helvetica", "", 10.5)
    pdf.cell(0, 5.5, role)
    pdf.ln(14)
    pdf.set_font("helvetica", "", 9.5)
    for c in cc:
        pdf.cell(0, 5, c)
        pdf.ln(5)
    assert pdf.page_no() == 2, "letter must be exactly two pages"

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-03-17",
        "lines": recipient + [salutation] + body + [closing, name, role] + cc,
        "signatories": [name],
    }
    return ("pdf_two_page_letter_cc", _bytes(pdf), gold)


# ---------------------------------------------------------------------------
# 13. two-column declaration, lines placed by hand


class _DeclPDF(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Port Halvard Declaration on Coastal Adaptation - {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


class _ColumnFlow:
    """Places text line by line in two columns, page after page."""

    def __init__(self, pdf, left=16.0, gutter=8.0, top_first=60.0, top_other=18.0, bottom=278.0):
        self.pdf = pdf
        self.colw = (pdf.w - 2 * left - gutter) / 2
        self.xs = (left, left + self.colw + gutter)
        self.top_first = top_first
        self.top_other = top_other
        self.bottom = bottom
        self.col = 0
        self.y = top_first
        self.page_top = top_first

    def where(self):
        return (self.pdf.page_no(), self.col)

    def _advance(self):
        if self.col == 0:
            self.col = 1
            self.y = self.page_top
        else:
            self.pdf.add_page()
            self.col = 0
            self.page_top = self.top_other
            self.y = self.top_other

    def paragraph(self, text, style="", size=10.5, lh=5.2, gap=2.6, keep_with_next=False):
        pdf = self.pdf
        pdf.set_font("helvetica", style, size)
        lines = _wrap(pdf, text, self.colw)
        if keep_with_next and self.y + lh * (len(lines) + 2) > self.bottom:
            self._advance()
        spots = []
        for ln in lines:
            if self.y + lh > self.bottom:
                self._advance()
            pdf.set_xy(self.xs[self.col], self.y)
            pdf.cell(self.colw, lh, ln)
            spots.append(self.where())
            self.y += lh
        self.y += gap
        return spots


def _pdf_declaration_two_columns():
    title = "Port Halvard Declaration on Coastal Adaptation"
    byline = "Adopted by the Assembly of Coastal Municipalities, Port Halvard, 28 April 2025"
    intro = [
        "We, the mayors, councillors and civil society organisations gathered in Port Halvard for the third Assembly of Coastal Municipalities, make the following declaration on behalf of the communities we serve.",
        "Our towns and villages stand on the front line of a changing climate. Winter storms now reach the harbour walls that our grandparents believed would protect us for a century. Salt water has entered the wells of farms that have been worked for ten generations. Beaches that brought visitors and income to our high streets are narrowing year by year, and in some places they have already gone. The cost of repairing sea defences after a single bad winter now exceeds the annual capital budget of most of the municipalities represented here.",
        "We have learned that adaptation cannot be improvised after each disaster. It requires long-term planning, reliable funding and the involvement of the people who live and work on the coast. It also requires honesty: not every stretch of coastline can be defended in the same way, and some communities will need support to move, on their own terms and in their own time, rather than being left to face the sea alone.",
        "Too often, however, coastal municipalities are asked to carry responsibilities without the means to meet them. Funding arrives in short competitive rounds that favour the councils with the largest planning departments. Data on erosion and flood risk is scattered across agencies and rarely shared in a form that a small town council can use. Decisions about ports, fisheries, energy and nature protection are taken separately, by different ministries, with little regard to their combined effect on the same few kilometres of shore.",
        "At the same time, we have seen what becomes possible when communities, scientists and public authorities work together. In Skarre, the restoration of forty hectares of salt marsh has reduced flood levels in the lower town and brought back wading birds that had not been seen for decades. In Ellisholm, a shared agreement between the harbour, the fishers and the council has kept the working port open while moving the most exposed homes to higher ground. These examples show that adaptation can strengthen local economies and restore nature, if it is planned with care and properly funded.",
    ]
    h1 = "Our commitments"
    commitments = [
        "1. Each of our municipalities will adopt a local coastal adaptation plan by the end of 2027, prepared together with residents, fishers, farmers, businesses and young people.",
        "2. We will share data, expertise and staff across municipal boundaries, starting with a common register of sea defences and an open map of erosion and flood risk.",
        "3. We will give priority to nature-based solutions, such as restored dunes, salt marshes and oyster reefs, wherever they can provide the protection our communities need.",
        "4. We will ensure that the voices of those most exposed to coastal risk, including tenants, older residents and seasonal workers, are heard at every stage of planning.",
        "5. We will report publicly every two years on the progress of our plans, including the places where we have fallen short.",
    ]
    h2 = "Our demands to national governments"
    demands = [
        "We call on national governments to replace short competitive funding rounds with a guaranteed multi-year adaptation budget for every coastal municipality, allocated according to risk rather than to the size of a council's bidding team.",
        "We call for a single national coastal observatory that gathers and publishes data on erosion, flooding and groundwater salinity, free of charge and in a form that local authorities and citizens can use.",
        "We call for a fair relocation framework for households and businesses that can no longer be protected, including compensation, access to new land and support for the communities that receive them.",
        "We call for coastal adaptation to be treated as a shared responsibility across ministries, so that decisions on ports, fisheries, energy infrastructure and protected areas are assessed together for their effect on coastal communities and on the natural defences on which those communities depend.",
        "We invite every coastal municipality and organisation that shares these commitments to sign this declaration and to join us at the next Assembly in 2026.",
    ]
    sig_head = "Signatories"
    sigs = [
        "Municipality of Port Halvard",
        "Municipality of Skarre",
        "Town Council of Ellisholm",
        "Municipality of Norra Vik",
        "Town Council of Kilbrannan Bay",
        "Municipality of Sande Odde",
        "Municipality of Vestre Holm",
        "Town Council of Marrowby",
        "Municipality of Dunmara",
        "Town Council of Saltney Head",
        "Municipality of Brekka",
        "Municipality of Lysfjord",
        "Town Council of Ravensness",
        "Municipality of Oldhaven",
        "Town Council of Strandley",
        "Municipality of Havmark",
        "Town Council of Gullsway",
        "Municipality of Tornvik",
        "Coastal Communities Network",
        "Fishers' Association of the Northern Shore",
        "Dune and Marsh Conservation Trust",
        "Harbour Workers' Union, Port Halvard Branch",
        "Young Coast Collective",
        "Islands Federation of Small Businesses",
        "Saltmarsh Farmers' Cooperative",
        "Sea Rescue Volunteers of Skarre",
        "Coastal Tenants' Forum",
        "Institute for Shoreline Studies",
        "Oyster Reef Restoration Project",
        "Federation of Coastal Allotment Societies",
        "Network of Seaside Libraries",
        "Northern Sailing Clubs' Association",
    ]

    pdf = _DeclPDF(format="A4")
    pdf.set_title(title)
    pdf.set_author("Assembly of Coastal Municipalities")
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()

    # full-width title area
    pdf.set_xy(16, 20)
    pdf.set_font("helvetica", "B", 19)
    pdf.multi_cell(pdf.w - 32, 9, title, align="C")
    pdf.set_x(16)
    pdf.set_font("helvetica", "I", 9.5)
    pdf.multi_cell(pdf.w - 32, 5, byline, align="C")
    pdf.set_draw_color(40, 90, 120)
    pdf.set_line_width(0.4)
    pdf.line(16, 52, pdf.w - 16, 52)

    flow = _ColumnFlow(pdf, top_first=58.0)
    spans = []
    for p in intro:
        spans.append(flow.paragraph(p))
    flow.paragraph(h1, style="B", size=11, lh=5.6, gap=1.6, keep_with_next=True)
    for p in commitments:
        spans.append(flow.paragraph(p))
    flow.paragraph(h2, style="B", size=11, lh=5.6, gap=1.6, keep_with_next=True)
    for p in demands:
        spans.append(flow.paragraph(p))
    # signatories: heading then one per line, flowing over both columns of the last page
    head_spot = flow.paragraph(sig_head, style="B", size=11, lh=5.6, gap=1.6, keep_with_next=True)
    sig_spots = []
    for s in sigs:
        sig_spots.extend(flow.paragraph(s, size=9.5, lh=4.8, gap=0.6))

    # layout checks
    assert any((1, 0) in sp and (1, 1) in sp for sp in spans), "a paragraph must cross columns on page 1"
    assert any((1, 1) in sp and (2, 0) in sp for sp in spans), "a paragraph must cross the page break"
    assert pdf.page_no() == 2, "declaration must be two pages"
    assert head_spot[0][0] == 2
    assert {(2, 0), (2, 1)} <= set(sig_spots), "signatories must fill both columns of the last page"

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-04-28",
        "lines": intro + [h1] + commitments + [h2] + demands + [sig_head] + sigs,
        "signatories": sigs,
    }
    return ("pdf_declaration_two_columns", _bytes(pdf), gold)


def cases():
    return [
        _pdf_simple_statement_one_page(),
        _pdf_two_page_letter_cc(),
        _pdf_declaration_two_columns(),
    ]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
