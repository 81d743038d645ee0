"""PDF cases for test set 9, built in memory with fpdf2 (core font helvetica, latin-1 text only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
"""
from fpdf import FPDF
from fpdf.enums import XPos, YPos


# ---------------------------------------------------------------------------
# Case 11: one-page statement in two columns, wide title, full-width closing
# paragraph under both columns, then signatories in one column.
# ---------------------------------------------------------------------------

C11_TITLE = "Small-scale fishers say no to new deep-sea trawling licences"
C11_DATELINE = "Joint statement - Port Sennick, 22 May 2025"
C11_LEFT = [
    "PORT SENNICK - We, the undersigned associations of small-scale and coastal fishers, "
    "reject the Ministry of Fisheries' plan to issue twelve new deep-sea trawling licences "
    "for the Northern Shelf.",
    "The Northern Shelf is the nursery ground for cod, plaice and herring on which more than "
    "2,000 coastal fishing families depend. Bottom trawling at the proposed scale would destroy "
    "the seabed habitats that these stocks need to recover.",
    "The licences were announced without any assessment of their impact on coastal communities, "
    "and without consulting the fishers' associations that the Ministry itself recognises as "
    "partners in the management of the Shelf.",
    "Coastal fishers already accept strict limits on their catches. It makes no sense to ask them "
    "to make sacrifices for the recovery of stocks while opening the same waters to industrial "
    "vessels that can catch in one week what a village boat lands in a year.",
]
C11_RIGHT_HEADING = "What we ask"
C11_RIGHT = [
    "We ask the Minister to suspend the licensing round and to commission an independent "
    "assessment of its ecological and social impact, with the full participation of coastal "
    "fishers.",
    "We ask Parliament to enshrine in law a permanent trawling ban within 12 nautical miles of "
    "the coast, and to give small-scale fishers priority access to the quota freed up by stock "
    "recovery.",
    "We ask consumers and retailers to support local, low-impact fisheries by choosing fish "
    "caught with static gear and hooks.",
]
C11_CLOSING = (
    "The sea is not a resource to be handed out to the highest bidder. It is a shared "
    "inheritance, and we intend to defend it for the generations that will fish after us."
)
C11_SIGNED = "Signed:"
C11_SIGNATORIES = [
    "Alliance of Coastal Fishers",
    "Port Sennick Fishermen's Cooperative",
    "Women in Fisheries Network",
    "North Cape Boat Owners' Association",
    "Friends of the Northern Shelf",
]


class _Case11PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("helvetica", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, "Alliance of Coastal Fishers - Harbour Office, Quay Street 3, Port Sennick - "
                  "info@coastalfishers.example", align="C")
        self.set_text_color(0, 0, 0)


def _case11():
    pdf = _Case11PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    pdf.set_title(C11_TITLE)
    pdf.set_author("Alliance of Coastal Fishers")
    pdf.add_page()

    full_w = pdf.w - 30
    gap = 8
    col_w = (full_w - gap) / 2
    left_x = 15
    right_x = 15 + col_w + gap
    lh = 4.6

    # wide title across the page
    pdf.set_font("helvetica", "B", 19)
    pdf.multi_cell(full_w, 8.5, C11_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_font("helvetica", "I", 10)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(full_w, 5, C11_DATELINE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 70, 110)
    pdf.set_line_width(0.6)
    y = pdf.get_y() + 2
    pdf.line(15, y, 15 + full_w, y)
    top = y + 5

    # left column
    pdf.set_font("helvetica", "", 10)
    pdf.set_xy(left_x, top)
    for para in C11_LEFT:
        pdf.set_x(left_x)
        pdf.multi_cell(col_w, lh, para, align="J", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(2.5)
    left_bottom = pdf.get_y()

    # right column
    pdf.set_xy(right_x, top)
    pdf.set_font("helvetica", "B", 12)
    pdf.multi_cell(col_w, 6, C11_RIGHT_HEADING, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("helvetica", "", 10)
    for para in C11_RIGHT:
        pdf.set_x(right_x)
        pdf.multi_cell(col_w, lh, para, align="J", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(2.5)
    right_bottom = pdf.get_y()

    # full-width closing paragraph under both columns
    y = max(left_bottom, right_bottom) + 3
    pdf.set_xy(15, y)
    pdf.set_font("helvetica", "B", 10.5)
    pdf.multi_cell(full_w, 5.2, C11_CLOSING, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    # signatories in one column
    pdf.set_font("helvetica", "B", 10)
    pdf.multi_cell(col_w, 5, C11_SIGNED, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "", 10)
    for s in C11_SIGNATORIES:
        pdf.multi_cell(col_w, 5, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    assert pdf.get_y() < pdf.h - 16, "case 11 overflows the page"
    assert pdf.page_no() == 1

    gold = {
        "kind": "pdf",
        "title": C11_TITLE,
        "date": "2025-05-22",
        "lines": C11_LEFT + [C11_RIGHT_HEADING] + C11_RIGHT + [C11_CLOSING, C11_SIGNED] + C11_SIGNATORIES,
        "signatories": list(C11_SIGNATORIES),
    }
    return "pdf_two_column_fishers", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 12: three-page appeal; running header repeats the title on each page,
# footer with the organisation's website and page number; the middle page has a
# "-" bulleted list whose items wrap over several lines.
# ---------------------------------------------------------------------------

C12_TITLE = "Appeal for the Amberlea: end sewage discharges into our river"
C12_DATELINE = "Amberlea valley, 10 March 2025"
C12_PAGE1 = [
    "The Amberlea was once a river where children learned to swim and where anglers came from "
    "across the region. Today, in the summer months, stretches of it are unsafe even to paddle in. "
    "Storm overflows operated by the water company discharged untreated sewage into the river on "
    "1,140 occasions last year, for a total of more than 9,800 hours.",
    "These are not accidents. Overflows were designed to be used in exceptional storms, to protect "
    "homes from flooding. They have become a routine way of coping with a sewer network that has "
    "not kept pace with new housing and that has been starved of investment for two decades.",
    "Meanwhile, the company has paid its shareholders dividends of 310 million over the last five "
    "years. Customers' bills have risen every year. The river, and the people who live along it, "
    "have paid the price.",
    "Volunteers from our network have tested the water at 26 sites every fortnight since 2022. At "
    "19 of these sites, levels of E. coli regularly exceed the standard for bathing water by a "
    "factor of ten or more. Fish kills were recorded in three tributaries last summer.",
    "The harm is not only to wildlife. Swimmers and paddlers have reported stomach illnesses and "
    "ear and eye infections after entering the river, and a primary school in Millbrook cancelled "
    "its annual river day last June on medical advice. Dog walkers have been warned to keep their "
    "animals out of the water.",
    "Those who depend on the river for their living are suffering too. Canoe hire businesses have "
    "lost bookings, the angling club has seen its membership fall by a third, and the campsites "
    "near Ashcombe report guests leaving early because of the smell.",
    "We have raised these findings with the company, with the environmental regulator and with our "
    "elected representatives. We have been thanked for our concern, promised reviews and told that "
    "improvements are planned for the next investment period, which does not begin until 2030. In "
    "the meantime, the discharges continue, and each summer the algae blooms reach further "
    "upstream. We do not believe that the people of the Amberlea valley should have to wait "
    "another five years for the most basic protection of their river, and we are no longer "
    "willing to accept promises in place of action. Every season of delay means more dead fish, "
    "more closed swimming spots and more families who stop trusting the water that runs past "
    "their homes. Rivers can recover, as the cleaner stretches upstream of Millbrook show, but "
    "only if the pollution stops. The longer we wait, the harder and more expensive that recovery "
    "will become, and the more of the valley's wildlife will have been lost for good.",
]
C12_PAGE2_INTRO = (
    "We therefore appeal to the water company, the regulator and the government to act now:"
)
C12_BULLETS = [
    "publish real-time data on every storm overflow on the Amberlea and its tributaries, so that "
    "residents know when the river is unsafe;",
    "stop all discharges from overflows in dry weather immediately, and impose fines that exceed "
    "the money saved by the company through illegal discharges;",
    "bring forward the planned upgrades of the Millbrook and Hanley treatment works, paid for from "
    "shareholder dividends rather than from customers' bills;",
    "designate the stretch from Hanley Bridge to the weir at Ashcombe as bathing water, so that it "
    "is tested and protected to the legal standard;",
    "give local communities a formal role in monitoring the river and in deciding how the "
    "company's investment is spent.",
]
C12_PAGE2_AFTER = (
    "None of these measures requires new legislation. All of them could be put in place within a "
    "year if the will existed."
)
C12_PAGE3 = [
    "We invite every resident, every angler, every swimmer, every parish council and every "
    "business in the valley to add their voice to this appeal. Together we can make the Amberlea "
    "a living river again.",
    "The appeal will be presented at a public meeting in Hanley Town Hall, where representatives "
    "of the company and the regulator have been invited to respond.",
]
C12_SIGNED = "Signed:"
C12_SIGNATORIES = [
    "Amberlea Riverkeepers",
    "Hanley Angling Club",
    "Millbrook Parish Council",
    "Amberlea Open Water Swimmers",
    "Valley Families for Clean Water",
]


class _Case12PDF(FPDF):
    def header(self):
        self.set_font("helvetica", "I", 8)
        self.set_text_color(110, 110, 110)
        self.set_xy(20, 10)
        self.cell(self.w - 40, 5, C12_TITLE, align="L")
        self.set_draw_color(170, 170, 170)
        self.set_line_width(0.2)
        self.line(20, 16, self.w - 20, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(20, 24)

    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell((self.w - 40) / 2, 5, "www.amberleariverkeepers.example", align="L")
        self.cell((self.w - 40) / 2, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _case12():
    pdf = _Case12PDF(format="A4")
    pdf.set_margins(20, 24, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title(C12_TITLE)
    pdf.set_author("Amberlea Riverkeepers")
    pdf.alias_nb_pages()
    pdf.add_page()
    w = pdf.w - 40
    lh = 6.4

    pdf.set_font("helvetica", "B", 20)
    pdf.multi_cell(w, 9, C12_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("helvetica", "I", 11)
    pdf.cell(w, 6, C12_DATELINE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    pdf.set_font("helvetica", "", 12)
    for para in C12_PAGE1:
        pdf.multi_cell(w, lh, para, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.5)
    # the last page-1 paragraph is long enough to run over onto page 2
    assert pdf.page_no() == 2, pdf.page_no()

    pdf.multi_cell(w, lh, C12_PAGE2_INTRO, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    list_start_page = pdf.page_no()
    for item in C12_BULLETS:
        y = pdf.get_y()
        pdf.set_xy(26, y)
        pdf.cell(5, lh, "-")
        pdf.set_xy(32, y)
        pdf.multi_cell(w - 12, lh, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    assert list_start_page == 2 and pdf.page_no() == 2, "bullet list must sit on page 2"
    pdf.ln(2)
    pdf.multi_cell(w, lh, C12_PAGE2_AFTER, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.add_page()
    for para in C12_PAGE3:
        pdf.multi_cell(w, lh, para, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.5)
    pdf.ln(4)
    pdf.set_font("helvetica", "B", 11.5)
    pdf.cell(w, lh, C12_SIGNED, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "", 11.5)
    for s in C12_SIGNATORIES:
        pdf.cell(w, lh, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    assert pdf.page_no() == 3

    gold = {
        "kind": "pdf",
        "title": C12_TITLE,
        "date": "2025-03-10",
        "lines": C12_PAGE1 + [C12_PAGE2_INTRO] + C12_BULLETS + [C12_PAGE2_AFTER] + C12_PAGE3
        + [C12_SIGNED] + C12_SIGNATORIES,
        "signatories": list(C12_SIGNATORIES),
    }
    return "pdf_three_page_river_appeal", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 13: letter; page 1 has a letterhead on the left and a reference block on
# the right (Our ref / Your ref / Date), then the body; page 2 has "Page 2" in
# its header.
# ---------------------------------------------------------------------------

C13_TITLE = "Open letter on the proposed cuts to rail maintenance staff"
C13_LETTERHEAD = [
    "Federated Rail Workers' Union",
    "Union House, 4 Signal Row",
    "Port Aldane PA3 9QX",
    "Tel. 0000 471 2200",
    "www.frwu.example",
]
C13_REFBLOCK = [
    "Our ref: FRWU/GS/2025/014",
    "Your ref: MT/0291",
    "Date: 3 February 2025",
]
C13_SALUTATION = "Dear Minister,"
C13_BODY = [
    "We are writing to you on behalf of the 14,000 members of the Federated Rail Workers' Union, "
    "and together with the organisations listed below, about the proposal by National Rail "
    "Infrastructure to cut 1,100 maintenance posts over the next two years.",
    "The proposal is presented as an efficiency measure made possible by new remote monitoring "
    "technology. Our members welcome better technology. But sensors cannot replace a trackworker "
    "who walks the line, notices a loose fishplate or a washed-out embankment, and fixes it before "
    "it causes a derailment.",
    "The independent safety inspectorate's own annual report, published last autumn, warned that "
    "the backlog of deferred maintenance on secondary lines had grown for the fourth year in a "
    "row. Cutting the workforce now would turn that warning into a risk that no responsible "
    "government should accept.",
    "The cuts would also fall hardest on rural areas. Most of the posts to be removed are based in "
    "small depots along the Eastern and Highland lines, where the railway is often the largest "
    "employer and the only public transport link. Closing these depots would lengthen the time it "
    "takes to reach a fault from minutes to hours, and would leave whole stretches of line without "
    "anyone who knows them well.",
    "Passengers would pay the price as well. Every hour that a fault goes unrepaired means "
    "speed restrictions, cancelled trains and replacement buses, and the inspectorate's figures "
    "show that delays caused by infrastructure faults have already risen by a fifth since the "
    "last round of depot closures.",
    "We are also concerned that the proposal was drawn up without any consultation with the "
    "recognised unions, in breach of the framework agreement signed by National Rail "
    "Infrastructure three years ago. Our members learned of the plan from a leaked briefing, not "
    "from their employer.",
    "We therefore ask you to use your powers as shareholder to halt the proposal, and to convene a "
    "meeting between National Rail Infrastructure, the safety inspectorate and the recognised "
    "unions before any decision is taken.",
    "We would be grateful for a reply by 28 February, and we remain available to meet you at your "
    "convenience.",
]
C13_CLOSING = "Yours sincerely,"
C13_SIGNER = "Marit Osterholm, General Secretary, Federated Rail Workers' Union"
C13_COSIGNED = "Co-signed by:"
C13_COSIGNERS = [
    "Union of Signal and Track Engineers",
    "Passengers' Voice Association",
]
C13_CC = "cc: Chair of the Parliamentary Transport Committee"


class _Case13PDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("helvetica", "", 9)
        self.set_text_color(90, 90, 90)
        self.set_xy(25, 12)
        self.cell((self.w - 50) / 2, 5, "Our ref: FRWU/GS/2025/014", align="L")
        self.cell((self.w - 50) / 2, 5, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_xy(25, 26)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 7.5)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, "Federated Rail Workers' Union is a trade union registered under the Trade "
                  "Unions Act, registration no. 0417.", align="C")
        self.set_text_color(0, 0, 0)


def _case13():
    pdf = _Case13PDF(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=24)
    pdf.set_title(C13_TITLE)
    pdf.set_author("Federated Rail Workers' Union")
    pdf.add_page()
    w = pdf.w - 50
    lh = 6.1

    # letterhead, left
    pdf.set_xy(25, 18)
    pdf.set_font("helvetica", "B", 15)
    pdf.set_text_color(150, 20, 30)
    pdf.cell(90, 7, C13_LETTERHEAD[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("helvetica", "", 9)
    for ln in C13_LETTERHEAD[1:]:
        pdf.cell(90, 4.5, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    letterhead_bottom = pdf.get_y()

    # reference block, right
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("helvetica", "", 10)
    ref_x = pdf.w - 25 - 62
    pdf.set_xy(ref_x, 20)
    for ln in C13_REFBLOCK:
        pdf.set_x(ref_x)
        pdf.cell(62, 5.5, ln, new_x=XPos.LEFT, new_y=YPos.NEXT)

    pdf.set_draw_color(150, 20, 30)
    pdf.set_line_width(0.5)
    y = max(letterhead_bottom, pdf.get_y()) + 4
    pdf.line(25, y, pdf.w - 25, y)
    pdf.set_xy(25, y + 10)

    # subject line (the letter's title)
    pdf.set_font("helvetica", "B", 12)
    pdf.multi_cell(w, 6.5, C13_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    pdf.set_font("helvetica", "", 11)
    pdf.multi_cell(w, lh, C13_SALUTATION, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for para in C13_BODY:
        pdf.multi_cell(w, lh, para, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    pdf.ln(2)
    pdf.multi_cell(w, lh, C13_CLOSING, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(12)  # room for a handwritten signature
    pdf.multi_cell(w, lh, C13_SIGNER, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.multi_cell(w, lh, C13_COSIGNED, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for s in C13_COSIGNERS:
        pdf.multi_cell(w, lh, s, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_font("helvetica", "", 9.5)
    pdf.multi_cell(w, 5, C13_CC, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    assert pdf.page_no() == 2, pdf.page_no()

    gold = {
        "kind": "pdf",
        "title": C13_TITLE,
        "date": "2025-02-03",
        "lines": [C13_SALUTATION] + C13_BODY + [C13_CLOSING, C13_SIGNER, C13_COSIGNED]
        + C13_COSIGNERS + [C13_CC],
        "signatories": ["Federated Rail Workers' Union"] + list(C13_COSIGNERS),
    }
    return "pdf_letter_refblock_rail", bytes(pdf.output()), gold


def cases():
    return [_case11(), _case12(), _case13()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
