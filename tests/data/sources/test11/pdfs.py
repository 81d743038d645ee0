"""PDF cases for test11, built in memory with fpdf2 (core font helvetica, latin-1 only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
"""

from fpdf import FPDF

FONT = "helvetica"


def _clean(text):
    """Text as it reads once the soft hyphenation points ("~") are removed."""
    return text.replace("~", "")


def _wrap(pdf, text, width):
    """Greedy line breaking with visible hyphenation.

    Words may carry "~" at the places where they may be hyphenated. When a word
    does not fit at the end of a line, it is split at the last "~" that still
    fits and the first part is drawn with a trailing "-". Words with a real
    hyphen are never broken at that hyphen.

    Returns a list of (visual_line, ends_with_soft_hyphen).
    """
    words = text.split()
    lines = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i]
        shown = _clean(w)
        cand = shown if not cur else cur + " " + shown
        if pdf.get_string_width(cand) <= width:
            cur = cand
            i += 1
            continue
        # try to hyphenate the word at the end of the current line
        parts = w.split("~")
        done = False
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            cand = head if not cur else cur + " " + head
            if pdf.get_string_width(cand) <= width:
                lines.append((cand, True))
                words[i] = "~".join(parts[k:])
                cur = ""
                done = True
                break
        if done:
            continue
        if not cur:  # a single word longer than the line: draw it anyway
            lines.append((shown, False))
            i += 1
            continue
        lines.append((cur, False))
        cur = ""
    if cur:
        lines.append((cur, False))
    return lines


# ---------------------------------------------------------------------------
# 11. Two-column statement with visible hyphenation
# ---------------------------------------------------------------------------

TWO_COL_TITLE = "Joint Statement on the Future of the River Wend"
TWO_COL_DATE = "27 March 2025"

TWO_COL_PARAS = [
    "The River Wend rises in the Harl Hills and flows for ninety kilometres through farmland, market towns "
    "and the city of Castle~bridge before it reaches the sea at Wendmouth. For gen~er~a~tions it has supplied "
    "drinking water, supported fish~eries and given thousands of families a place to walk, swim and play. "
    "Today it is one of the most polluted rivers in the region.",

    "Official figures published last month show that sewage was released into the Wend and its tribu~taries "
    "on more than 4,700 oc~ca~sions in 2024, for a total of over 38,000 hours. Storm overflows that were "
    "designed to be used only in ex~cep~tion~al weather are now operating after light rain. At the same time, "
    "run-off from in~ten~sive livestock units has pushed phos~phate levels in the lower river far above the "
    "limits set in the catch~ment plan.",

    "The con~se~quences are visible to everyone who lives along the river. Algal blooms now cover long "
    "stretches of the lower Wend every summer. Fish kills have been reported at Ashby Weir three years "
    "running. Bathing at Wendmouth beach was advised against on twenty-one days last season, and the "
    "number of wild salmon returning to spawn has fallen by two thirds in a decade.",

    "The damage is not only ecological. Local doctors report a rise in stomach and ear in~fec~tions among "
    "swimmers and rowers, and several outdoor centres on the upper river have cancelled school visits "
    "because they can no longer guarantee that the water is safe. Angling clubs that once brought visitors "
    "from across the country have seen their mem~ber~ship fall by half.",

    "The economic cost is growing too. Tourism along the Wend supports some 3,000 jobs, many of them in "
    "small family busi~nesses. Every closed beach and every fish kill that makes the news makes it harder "
    "for those busi~nesses to survive, and harder for young people to build a future in the towns where "
    "they grew up.",

    "This situation is the result of choices, not of chance. For too long, in~vest~ment in sewage "
    "in~fra~struc~ture has been postponed while the water company has paid gen~er~ous dividends. Monitoring "
    "has been left to the polluters themselves, and the en~vi~ron~mental regulator has lacked the staff and "
    "the powers to enforce the law. Farmers who want to change their prac~tices have received too little "
    "support to do so.",

    "We, the undersigned or~gan~i~sa~tions, represent anglers, rowers, wild swimmers, farmers, nat~u~ral~ists, "
    "tourism busi~nesses and residents along the whole length of the river. We do not always agree with one "
    "another, but we are united in the belief that the Wend can be restored within a gen~er~a~tion if the "
    "right decisions are taken now.",

    "We therefore call on the regional authority, the water company and the en~vi~ron~mental regulator to "
    "agree a binding recovery plan for the river by the end of this year. The plan must set out how and when "
    "every storm overflow on the Wend will be brought within its per~mit~ted limits, with the most dam~ag~ing "
    "overflows dealt with first.",

    "The plan must include in~de~pen~dent, real-time mon~i~tor~ing of water quality at no fewer than forty sites, "
    "with the results published online so that anyone can check whether it is safe to enter the water. "
    "Monitoring data must be held by a public body, not by the companies whose dis~charges are being measured.",

    "It must also provide a properly funded advice and grants scheme for farmers in the catch~ment, so that "
    "buffer strips, covered slurry stores and better nutrient man~age~ment become the norm rather than the "
    "ex~cep~tion. Those who continue to break the rules after support has been offered should face "
    "pe~nal~ties that are large enough to change be~hav~iour.",

    "Finally, the plan must establish clear ac~count~abil~ity. Company di~rec~tors should not receive bonuses in "
    "any year in which the Wend fails its water quality targets, and every fine paid for pollution should be "
    "returned to the river through restora~tion projects chosen with local com~mu~ni~ties.",

    "The river has shown in the past that it can recover. When the tan~ner~ies upstream of Castle~bridge "
    "closed in the 1980s, otters returned within a few years. With am~bi~tion, honesty and co-operation, "
    "the same can happen again. We stand ready to work with all those who share that goal.",

    "We invite every resident, business and public body in the Wend valley to support this statement and "
    "to hold those re~spon~si~ble to the com~mit~ments they make. The river belongs to all of us, and so does "
    "the duty to protect it.",

    "Signed by:",
    "Wend Valley Anglers' Association",
    "Castlebridge Rowing Club",
    "Friends of the River Wend",
    "Wendmouth Open Water Swimmers",
    "Harl Hills Farmers' Network",
    "Wend Estuary Naturalists' Society",
    "Castlebridge Tourism Partnership",
    "Ashby and District Residents' Forum",
]


class _TwoColPDF(FPDF):
    def header(self):
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(18, 9)
        self.cell(87, 4, "Alliance for a Living Wend", align="L")
        self.cell(87, 4, "Joint statement - River Wend", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(18, 14, 192, 14)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(18, 284)
        self.cell(174, 4, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def _two_column_hyphen():
    pdf = _TwoColPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 18, 18)
    pdf.add_page()

    pdf.set_font(FONT, "B", 17)
    pdf.set_xy(18, 24)
    pdf.cell(174, 8, TWO_COL_TITLE, align="C")
    pdf.set_font(FONT, "", 11)
    pdf.set_xy(18, 34)
    pdf.cell(174, 6, TWO_COL_DATE, align="C")

    col_w = 82.0
    col_x = [18.0, 110.0]
    line_h = 5.4
    para_gap = 2.6
    top_first = 48.0
    top_other = 22.0
    bottom = 276.0

    pdf.set_font(FONT, "", 10.5)
    col = 0
    y = top_first
    hyphenated = 0
    for n, para in enumerate(TWO_COL_PARAS):
        is_sig = n >= TWO_COL_PARAS.index("Signed by:")
        if n == TWO_COL_PARAS.index("Signed by:"):
            pdf.set_font(FONT, "B", 10.5)
        elif is_sig:
            pdf.set_font(FONT, "", 10.5)
        for text, soft in _wrap(pdf, para, col_w):
            if y + line_h > bottom:
                if col == 0:
                    col = 1
                else:
                    pdf.add_page()
                    col = 0
                y = top_first if pdf.page_no() == 1 else top_other
            pdf.set_xy(col_x[col], y)
            pdf.cell(col_w, line_h, text)
            hyphenated += soft
            y += line_h
        if not is_sig or n == TWO_COL_PARAS.index("Signed by:"):
            y += para_gap
        else:
            y += 0.6
    pdf._hyphenated = hyphenated
    data = bytes(pdf.output())

    sig_start = TWO_COL_PARAS.index("Signed by:")
    gold = {
        "kind": "pdf",
        "title": TWO_COL_TITLE,
        "date": "2025-03-27",
        "lines": [_clean(p) for p in TWO_COL_PARAS],
        "signatories": TWO_COL_PARAS[sig_start + 1:],
    }
    return "pdf_two_column_hyphen", data, gold, hyphenated, pdf.page_no()


# ---------------------------------------------------------------------------
# 12. Letter on letterhead with three signature blocks
# ---------------------------------------------------------------------------

LETTER_ORG = "EASTMERE PATIENTS' ALLIANCE"
LETTER_ADDRESS = [
    "42 Linden Row",
    "Eastmere EM4 7RT",
    "Tel: 01632 960 418",
    "info@eastmerepatients.example",
]
LETTER_DATE = "3 February 2025"
LETTER_RECIPIENT = [
    "Ms Teodora Vance",
    "Minister for Health and Care",
    "Department of Health and Care",
    "1 Civic Square",
    "Port Alder PA1 2BB",
]
LETTER_SUBJECT = "Open letter on the proposed closure of Northgate Community Hospital"
LETTER_BODY = [
    "Dear Minister,",
    "We are writing on behalf of patients, families, volunteers and staff to ask you to halt the proposal by "
    "the Eastmere Health Board to close Northgate Community Hospital and transfer its twenty-eight "
    "rehabilitation beds to Port Alder General Hospital, some thirty-five kilometres away.",
    "Northgate is a small hospital, but it does a job that no other service in the district can do. Older "
    "people recovering from strokes, falls and operations are cared for there until they are well enough to "
    "go home. Because the hospital is close to where they live, their husbands, wives, children and friends "
    "can visit every day, and local district nurses and therapists know the patients before they leave.",
    "The Health Board's consultation document claims that patients will receive the same care at Port Alder. "
    "We do not believe this is true. There is no public transport between most of the villages in the north "
    "of the district and Port Alder, and a return taxi journey costs more than many pensioners receive in a "
    "week. Families tell us they would simply not be able to visit. We know from experience that patients "
    "who are isolated from their families recover more slowly and are more likely to be readmitted.",
    "We are also concerned that the consultation has been rushed. The public meetings were held during the "
    "working day, in venues that are difficult to reach without a car, and the full financial case for the "
    "closure has still not been published. Nearly 9,000 local people have signed a petition asking for the "
    "decision to be paused, and every town and parish council in the area has passed a motion in support.",
    "The staff at Northgate have told us they are proud of the care they give and want to continue giving "
    "it. The League of Friends has raised more than 140,000 pounds in the last five years for equipment and "
    "improvements to the wards. This is a hospital that its community has invested in, and wants to keep.",
    "We therefore ask you to use your powers to call in the Health Board's decision for independent review, "
    "and to require the Board to publish its full financial and clinical case before any further steps are "
    "taken. We would also welcome the opportunity to meet you, together with patients and staff, to explain "
    "what Northgate means to the people of our district.",
    "We look forward to your reply.",
    "Yours faithfully,",
]
LETTER_SIGNERS = [
    ("Dorothy Ashcombe", "Chair, Eastmere Patients' Alliance"),
    ("Rajesh Kulkarni", "Secretary, Northgate Hospital League of Friends"),
    ("Mairead Flannery", "Branch Secretary, Eastmere Health Workers' Union"),
]


class _LetterPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font(FONT, "B", 15)
            self.set_text_color(0, 84, 122)
            self.set_xy(100, 14)
            self.cell(90, 7, LETTER_ORG, align="R")
            self.set_draw_color(0, 84, 122)
            self.set_line_width(0.6)
            self.line(120, 22.5, 190, 22.5)
            self.set_line_width(0.2)
            self.set_font(FONT, "", 8.5)
            self.set_text_color(70, 70, 70)
            yy = 25
            for a in LETTER_ADDRESS:
                self.set_xy(100, yy)
                self.cell(90, 4, a, align="R")
                yy += 4
            self.set_text_color(0, 0, 0)
        else:
            self.set_font(FONT, "", 8.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 12)
            self.cell(170, 4, "Eastmere Patients' Alliance - letter to the Minister for Health and Care, "
                      + LETTER_DATE, align="L")
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, 24)

    def footer(self):
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 90, 90)
        if self.page_no() == 1:
            self.set_xy(20, 282)
            self.cell(170, 4, "Eastmere Patients' Alliance is a registered charity, no. 1187654. "
                      "Registered office: 42 Linden Row, Eastmere EM4 7RT.", align="C")
        else:
            self.set_xy(20, 282)
            self.cell(170, 4, "Page 2 of 2", align="C")
        self.set_text_color(0, 0, 0)


def _letterhead_letter():
    pdf = _LetterPDF(format="A4", unit="mm")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()

    pdf.set_font(FONT, "", 11)
    pdf.set_xy(20, 52)
    pdf.cell(170, 6, LETTER_DATE)
    y = 62
    for r in LETTER_RECIPIENT:
        pdf.set_xy(20, y)
        pdf.cell(170, 5.5, r)
        y += 5.5
    pdf.set_xy(20, y + 6)
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(170, 6, LETTER_SUBJECT)
    pdf.set_font(FONT, "", 11)
    pdf.ln(4)
    for para in LETTER_BODY:
        pdf.set_x(20)
        pdf.multi_cell(170, 5.8, para)
        pdf.ln(3.2)
    pages_before_sign = pdf.page_no()
    for name, role in LETTER_SIGNERS:
        pdf.ln(9)  # space for a handwritten signature
        pdf.set_x(20)
        pdf.set_font(FONT, "B", 11)
        pdf.cell(170, 5.8, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 11)
        pdf.cell(170, 5.8, role, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())

    lines = list(LETTER_RECIPIENT) + list(LETTER_BODY)
    for name, role in LETTER_SIGNERS:
        lines += [name, role]
    gold = {
        "kind": "pdf",
        "title": LETTER_SUBJECT,
        "date": "2025-02-03",
        "lines": lines,
        "signatories": [n for n, _ in LETTER_SIGNERS],
    }
    return "pdf_letterhead_letter", data, gold, pages_before_sign, pdf.page_no()


# ---------------------------------------------------------------------------
# 13. Numbered demands and a signatory list across a page break
# ---------------------------------------------------------------------------

DEMANDS_TITLE = "Joint Statement: Protect Farmworkers from Extreme Heat"
DEMANDS_DATE = "2 July 2025"
DEMANDS_INTRO = [
    "Last summer at least eleven farmworkers in the Lower Ostra valley died from heat-related illness while "
    "harvesting fruit and vegetables. Hundreds more were treated for heat exhaustion. Many of them were "
    "seasonal workers who were paid by the crate, had no shade in the fields and were afraid to stop "
    "working for fear of losing their jobs.",
    "Temperatures in the valley now regularly exceed 38 degrees in July and August, and climate scientists "
    "expect heatwaves to become longer and more frequent. Yet the rules that protect people who work "
    "outdoors were written for a different climate and are rarely enforced on farms.",
    "We call on the Regional Government to:",
]
DEMANDS = [
    "Introduce a legal maximum working temperature for outdoor work, above which heavy physical work must "
    "stop, with full pay for the hours lost.",
    "Require every employer to provide shade, cool drinking water and rest breaks of at least fifteen "
    "minutes in every hour when the temperature exceeds 32 degrees.",
    "End piece-rate pay during heat alerts, so that no worker has to choose between their health and their "
    "wages.",
    "Fund at least twenty additional labour inspectors for the summer months and publish the results of "
    "every farm inspection.",
    "Guarantee that seasonal and migrant workers can report unsafe conditions without risk to their "
    "residence permit or their accommodation.",
    "Set up a heat-health surveillance system with local clinics, so that cases of heat illness among "
    "workers are recorded and investigated.",
    "Consult farmworkers and their unions on a heat action plan to be in force before the 2026 harvest.",
]
DEMANDS_CLOSE = (
    "These measures are affordable, practical and already in place in other regions. Growers who treat "
    "their workers well have nothing to fear from them. We urge the Regional Government to act before "
    "another summer costs more lives."
)
DEMANDS_SIGNATORIES = [
    "Ostra Valley Farmworkers' Union",
    "Federation of Agricultural and Food Workers",
    "Migrant Workers' Rights Centre",
    "Lower Ostra Health Workers' Collective",
    "Doctors for Climate Health",
    "Seasonal Workers' Legal Aid Project",
    "Ostra Valley Small Growers' Cooperative",
    "Women in Agriculture Network",
    "Regional Council of Trade Unions",
    "Climate Justice Ostra",
    "Faith Action on Migration",
    "Harvest Housing Association",
    "Institute for Occupational Safety Research",
    "Ostra Food Bank Network",
    "Students Against Exploitation",
    "Lower Ostra Parish Councils' Association",
    "Organic Producers' Alliance",
    "Youth Climate Assembly",
    "Association of Rural Nurses",
    "Fair Harvest Campaign",
]


class _DemandsPDF(FPDF):
    def footer(self):
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 284)
        self.cell(170, 4, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def _numbered_demands():
    pdf = _DemandsPDF(format="A4", unit="mm")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font(FONT, "B", 16)
    pdf.set_xy(20, 22)
    pdf.multi_cell(170, 8, DEMANDS_TITLE, align="L")
    pdf.set_font(FONT, "I", 10.5)
    pdf.set_x(20)
    pdf.cell(170, 6, DEMANDS_DATE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font(FONT, "", 11)
    for para in DEMANDS_INTRO:
        pdf.set_x(20)
        pdf.multi_cell(170, 5.8, para)
        pdf.ln(3)
    for i, demand in enumerate(DEMANDS, start=1):
        y = pdf.get_y()
        pdf.set_xy(24, y)
        pdf.cell(8, 5.8, f"{i}.")
        pdf.set_xy(32, y)
        pdf.multi_cell(158, 5.8, demand)
        pdf.ln(2)
    pdf.ln(2)
    pdf.set_x(20)
    pdf.multi_cell(170, 5.8, DEMANDS_CLOSE)
    pdf.ln(6)
    pdf.set_font(FONT, "B", 11)
    pdf.set_x(20)
    pdf.cell(170, 6, "Signatories:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font(FONT, "", 11)
    on_first = 0
    for org in DEMANDS_SIGNATORIES:
        pdf.set_x(20)
        pdf.cell(170, 6.2, org, new_x="LMARGIN", new_y="NEXT")
        if pdf.page_no() == 1:
            on_first += 1
    data = bytes(pdf.output())

    lines = list(DEMANDS_INTRO)
    lines += [f"{i}. {d}" for i, d in enumerate(DEMANDS, start=1)]
    lines.append(DEMANDS_CLOSE)
    lines.append("Signatories:")
    lines += DEMANDS_SIGNATORIES
    gold = {
        "kind": "pdf",
        "title": DEMANDS_TITLE,
        "date": "2025-07-02",
        "lines": lines,
        "signatories": list(DEMANDS_SIGNATORIES),
    }
    return "pdf_numbered_demands", data, gold, on_first, pdf.page_no()


def _all():
    return [_two_column_hyphen(), _letterhead_letter(), _numbered_demands()]


def cases():
    return [(name, data, gold) for name, data, gold, *_ in _all()]


if __name__ == "__main__":
    for name, data, gold, a, b in _all():
        print(name, len(data), "bytes", "info:", a, "pages:", b, "lines:", len(gold["lines"]))
