"""PDF cases for test4, built in memory with fpdf2 (core font helvetica only).

cases() -> list of (case_name, pdf_bytes, gold_dict)

Layout is done by hand (explicit line placement) so that line breaks,
hyphenation, columns, running headers and page numbers are exactly
controlled. In source strings, "|" marks a permitted hyphenation point:
if a word is split there, the PDF shows "xxx-" at the end of the line and
the rest of the word on the next line; the gold text never contains "|".
"""
from fpdf import FPDF


def _wrap(pdf, text, width):
    """Greedy word wrap; words may be split (with a trailing '-') only at '|'."""
    lines, cur = [], ""
    for tok in text.split(" "):
        clean = tok.replace("|", "")
        cand = (cur + " " + clean) if cur else clean
        if pdf.get_string_width(cand) <= width:
            cur = cand
            continue
        parts = tok.split("|")
        placed = False
        for k in range(len(parts) - 1, 0, -1):
            pre = "".join(parts[:k]) + "-"
            c2 = (cur + " " + pre) if cur else pre
            if pdf.get_string_width(c2) <= width:
                lines.append(c2)
                cur = "".join(parts[k:])
                placed = True
                break
        if not placed:
            lines.append(cur)
            cur = clean
    if cur:
        lines.append(cur)
    return lines


def _clean(text):
    return text.replace("|", "")


_VOWELS = set("aeiouy")


def _auto_hyph(text):
    """Add '|' hyphenation points (VC|CV and CV|CV patterns) to long plain words."""
    out = []
    for tok in text.split(" "):
        core = tok.rstrip(".,;:")
        tail = tok[len(core):]
        if "|" in core or len(core) < 7 or not core.isalpha():
            out.append(tok)
            continue
        low = core.lower()
        cuts = [i for i in range(3, len(core) - 2)
                if (low[i - 1] not in _VOWELS and low[i] not in _VOWELS
                    and low[i - 2] in _VOWELS and low[i + 1] in _VOWELS)
                or (low[i - 1] in _VOWELS and low[i] not in _VOWELS
                    and low[i + 1] in _VOWELS and low[i - 2] not in _VOWELS)]
        for i in reversed(cuts):
            core = core[:i] + "|" + core[i:]
        out.append(core + tail)
    return " ".join(out)


# ---------------------------------------------------------------------------
# Case 11: one-page open letter with letterhead
# ---------------------------------------------------------------------------

class _LetterPDF(FPDF):
    def footer(self):
        self.set_y(-18)
        self.set_draw_color(150, 150, 150)
        self.line(20, self.get_y() - 2, 190, self.get_y() - 2)
        self.set_font("helvetica", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Aldwick Health Alliance is a registered charity, no. 1187342. "
                        "Company limited by guarantee, registered in Norland, company no. 09981234.",
                  align="C")
        self.set_text_color(0, 0, 0)


def _letter_case():
    pdf = _LetterPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    width = 170

    # letterhead
    pdf.set_font("helvetica", "B", 22)
    pdf.set_text_color(20, 70, 110)
    pdf.text(20, 24, "ALDWICK HEALTH ALLIANCE")
    pdf.set_font("helvetica", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.text(20, 30, "Unit 4, Mill Yard, 22 Tanner Street, Aldwick AL3 9QP  |  Tel. 01632 960220  |  "
                     "info@aldwickhealth.example  |  www.aldwickhealth.example")
    pdf.set_draw_color(20, 70, 110)
    pdf.set_line_width(0.6)
    pdf.line(20, 33, 190, 33)
    pdf.set_line_width(0.2)
    pdf.set_text_color(0, 0, 0)

    # date (right aligned)
    pdf.set_font("helvetica", "", 10)
    date_txt = "8 April 2025"
    pdf.text(190 - pdf.get_string_width(date_txt), 42, date_txt)

    # recipient block
    recipient = [
        "Ms Rosa Delacourt",
        "Chief Executive",
        "Aldwick and District Health Board",
        "Crown Buildings, Station Road",
        "Aldwick AL1 2BB",
    ]
    y = 48
    for r in recipient:
        pdf.text(20, y, r)
        y += 4.8

    # title
    y += 5
    title = "Open letter on the future of maternity services at Aldwick General Hospital"
    pdf.set_font("helvetica", "B", 11.5)
    pdf.text(20, y, title)
    y += 9

    body = [
        "Dear Ms Delacourt,",
        "We are writing on behalf of the patients' groups, midwives, general practitioners and parents "
        "who have signed this letter, to ask you to withdraw the proposal to move all births from "
        "Aldwick General Hospital to the regional centre in Castleford from September.",
        "Last year 1,870 babies were born at Aldwick General. For families in the upper valley, "
        "Castleford is a journey of more than an hour by car and of almost three hours by public "
        "transport. The Board's own consultation document accepts that journey times in labour "
        "would increase for four out of five women in the district.",
        "We understand that the maternity unit has struggled to fill midwifery posts. The answer to "
        "a staffing shortage is to recruit and retain staff, not to close the unit they work in. "
        "Many of the midwives who have left told us they did so because of uncertainty about the "
        "unit's future, which this proposal has only deepened.",
        "We ask the Board to pause the proposal, to publish the full clinical review on which it is "
        "based, and to set up a working group with staff, parents and local GPs to draw up a plan "
        "for a safe and sustainable service in Aldwick.",
        "We would be grateful for the opportunity to meet you and the Board's medical director "
        "before the Board meeting on 29 April.",
        "Yours sincerely,",
    ]
    pdf.set_font("helvetica", "", 10.5)
    lh = 5.2
    for para in body:
        for ln in _wrap(pdf, para, width):
            pdf.text(20, y, ln)
            y += lh
        y += 2.6

    y += 8  # room for handwritten signatures
    signatures = [
        "Dr Helen Achterberg, Chair, Aldwick Health Alliance",
        "Marianne Colquhoun, Lead Midwife Representative, Aldwick Midwives' Forum",
        "Dr Samuel Okonjo, General Practitioner, Upper Valley Medical Practice",
        "Priya Lakhani, Coordinator, Aldwick Parents' Network",
    ]
    for s in signatures:
        pdf.text(20, y, s)
        y += 5.6
    assert y < 275, y
    assert pdf.page == 1

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-04-08",
        "lines": recipient + body + signatures,
        "signatories": signatures,
    }
    return "pdf_letterhead_open_letter", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 12: three-page joint declaration, running header, page numbers,
# hyphenated line ends, numbered demands, signatory list
# ---------------------------------------------------------------------------

class _DeclPDF(FPDF):
    total_pages = 3

    def header(self):
        self.set_font("helvetica", "I", 8)
        self.set_text_color(100, 100, 100)
        self.text(25, 14, "Harwick Declaration")
        right = "Joint declaration - August 2025"
        self.text(185 - self.get_string_width(right), 14, right)
        self.set_draw_color(160, 160, 160)
        self.line(25, 16, 185, 16)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(100, 100, 100)
        txt = "Page %d of %d" % (self.page_no(), self.total_pages)
        self.text(105 - self.get_string_width(txt) / 2, 287, txt)
        self.set_text_color(0, 0, 0)


def _declaration_case():
    pdf = _DeclPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    left, width, bottom = 25, 152, 272
    lh = 6.4

    title = "The Harwick Declaration on Safe and Public Railways"
    pdf.set_font("helvetica", "B", 18)
    pdf.text(left, 32, title)
    pdf.set_font("helvetica", "", 10.5)
    pdf.text(left, 40, "21 August 2025")
    y = 55

    state = {"y": y, "hyphenated": 0}

    def newpage_if_needed():
        if state["y"] > bottom:
            pdf.add_page()
            state["y"] = 28

    def para(text, font=("helvetica", "", 12), indent=0, first_prefix=None, gap=3.2):
        pdf.set_font(*font)
        w = width - indent
        lines = _wrap(pdf, _auto_hyph(text), w)
        state["hyphenated"] += sum(1 for ln in lines[:-1] if ln.endswith("-"))
        for i, ln in enumerate(lines):
            newpage_if_needed()
            if first_prefix is not None and i == 0:
                pdf.text(left, state["y"], first_prefix)
            pdf.text(left + indent, state["y"], ln)
            state["y"] += lh
        state["y"] += gap

    intro = [
        "We, the undersigned railway trade unions, passenger associations and com|munity "
        "organisations from seven countries, meeting in Harwick on 20 and 21 August 2025, "
        "adopt the following declaration.",
        "Railways are the backbone of a sustain|able transport system. They connect regions, "
        "carry goods without clogging our roads, and offer millions of people an afford|able "
        "alternative to the private car. Yet across our countries, years of under|investment, "
        "fragmen|tation and outsourcing have left networks less safe, less reliable and "
        "more expensive for those who use them.",
        "In the last five years, three serious accidents in our region were linked by official "
        "investi|gations to deferred maintenance and to the reduction of staff on trains and "
        "platforms. Every one of those accidents was prevent|able. Every one was preceded by "
        "warnings from the workers who knew the infra|structure best.",
        "At the same time, passengers have seen fares rise faster than wages, rural stations "
        "close and timetables thinned out. Where operations have been tendered to private "
        "companies, responsi|bility for failures is shifted between operators, infrastructure "
        "managers and sub|contractors until no one is accountable at all.",
        "Railway workers have paid a heavy price as well. Wages in the sector have fallen behind "
        "inflation in every one of our countries since 2020. Night and weekend work has "
        "increased, rest periods have been shortened and thousands of experienced staff have "
        "left, taking with them knowledge that cannot be replaced by a manual or a software "
        "update. The remaining workforce is older, more tired and more thinly spread than at "
        "any time in living memory.",
        "We reject the idea that safety and public service are costs to be minimised. They are "
        "the purpose of a railway. A network run for the public must be planned, owned and "
        "account|able to the public.",
    ]
    for p in intro:
        para(p)

    heading = "Our demands"
    state["y"] += 1
    newpage_if_needed()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(left, state["y"], heading)
    state["y"] += lh + 2

    lead = "We call on the governments and parlia|ments of our countries to:"
    para(lead)

    demands = [
        "Guarantee at least two trained safety-critical staff on every passenger train and "
        "restore staffing at all stations that were de-staffed since 2015.",
        "Return infra|structure maintenance to in-house public teams and end the use of "
        "chains of sub|contractors for safety-critical work.",
        "Establish a multi-year invest|ment programme for track renewal, signalling and "
        "accessibility, with a legally binding minimum budget.",
        "Stop the further tendering of passenger services and bring expiring contracts back "
        "into public operation.",
        "Freeze fares for two years and introduce a national season ticket valid on all "
        "regional and local trains.",
        "Reopen closed rural lines where a feasibility study shows sufficient demand, starting "
        "with the lines identified in the 2019 regional mobility plans.",
        "Give workers' safety represent|atives the right to stop work on any section of track "
        "they consider unsafe, without fear of disciplinary action.",
        "Create passenger councils with real powers over timetables, station facilities and "
        "the handling of complaints.",
    ]
    demand_lines = []
    for i, d in enumerate(demands, 1):
        para(d, indent=8, first_prefix="%d." % i, gap=2.4)
        demand_lines.append("%d. %s" % (i, _clean(d)))

    closing = [
        "We will campaign together for these demands in every country represented here. We "
        "will share information about accidents, near misses and staffing levels across "
        "borders, and we will support one another's industrial and legal action in defence "
        "of safety.",
        "We will meet again in twelve months to review the progress made in each country, and "
        "we will publish a joint report on safety and service standards on the anniversary "
        "of this declaration.",
        "We invite all organisations that share these aims to add their names to this "
        "declaration.",
    ]
    state["y"] += 1
    for p in closing:
        para(p)

    state["y"] += 2
    newpage_if_needed()
    pdf.set_font("helvetica", "B", 13)
    lead_in = "Signatories"
    pdf.text(left, state["y"], lead_in)
    state["y"] += lh + 1

    signatories = [
        "Rail and Maritime Workers' Union (Norland)",
        "Federation of Railway Employees (Ostmark)",
        "Union of Locomotive Drivers (Ostmark)",
        "Kestrian Transport Workers' Confederation (Kestria)",
        "Railway Signal and Track Workers' Association (Valdoria)",
        "Lusmark Union of Public Transport Staff (Lusmark)",
        "Maravian Railway Workers' Syndicate (Maravia)",
        "Passengers' Association of Norland (Norland)",
        "Pro Rail Ostmark (Ostmark)",
        "Rural Lines Action Group (Valdoria)",
        "Disabled Travellers' Forum (Kestria)",
        "Harwick Trades Council (Norland)",
        "Friends of the Eastern Valley Line (Lusmark)",
        "Young Commuters' Network (Maravia)",
        "Transport Justice Institute (Pelagonia)",
        "Pelagonian Rail Users' Federation (Pelagonia)",
        "Union of Station and Ticket Office Staff (Norland)",
        "Valdorian Federation of Transport Unions (Valdoria)",
        "Commuters' Alliance of Greater Harwick (Norland)",
        "Rail Freight Workers' Solidarity Fund (Ostmark)",
        "Cyclists and Rail Travellers' Club (Kestria)",
        "Lusmark Pensioners' Travel Association (Lusmark)",
        "Network for Accessible Stations (Maravia)",
        "Green Mobility Coalition (Pelagonia)",
    ]
    pdf.set_font("helvetica", "", 11)
    for s in signatories:
        newpage_if_needed()
        pdf.text(left, state["y"], s)
        state["y"] += 5.8
    assert pdf.page == 3, pdf.page
    assert state["hyphenated"] >= 5, state["hyphenated"]

    lines = [_clean(p) for p in intro] + [heading, _clean(lead)] + demand_lines + \
        [_clean(p) for p in closing] + [lead_in] + signatories
    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-08-21",
        "lines": lines,
        "signatories": signatories,
    }
    return "pdf_three_page_declaration", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 13: two-column newsletter page
# ---------------------------------------------------------------------------

class _NewsPDF(FPDF):
    def header(self):
        self.set_fill_color(38, 92, 60)
        self.rect(0, 0, 210, 24, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("helvetica", "B", 20)
        self.text(15, 13, "THE VALLEY BULLETIN")
        self.set_font("helvetica", "", 8.5)
        self.text(15, 19.5, "Newsletter of the Ashby Valley Climate Coalition  |  No. 42  |  Autumn 2025")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("helvetica", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.text(15, 290, "Printed on recycled paper. valleyclimate.example")
        t = "Page %d" % self.page_no()
        self.text(195 - self.get_string_width(t), 290, t)
        self.set_text_color(0, 0, 0)


def _newsletter_case():
    pdf = _NewsPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_page()

    title = "No to the Ashby Bypass: a statement from the Valley Climate Coalition"
    pdf.set_font("helvetica", "B", 15)
    assert pdf.get_string_width(title) < 180
    pdf.text(15, 36, title)
    pdf.set_font("helvetica", "I", 9.5)
    pdf.set_text_color(80, 80, 80)
    pdf.text(15, 43, "14 October 2025")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(38, 92, 60)
    pdf.line(15, 47, 195, 47)

    col_x = [15, 110]
    col_w = 85
    top, bottom = 55, 282
    lh = 4.6
    pos = {"col": 0, "y": top}

    # photo placeholder with caption at the top of column 1 (caption is furniture)
    pdf.set_fill_color(190, 200, 192)
    pdf.rect(col_x[0], top - 4, col_w, 48, style="F")
    pdf.set_font("helvetica", "I", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.text(col_x[0], top + 48, "Lark Meadow under water in February 2023. Photo: M. Tarrant")
    pdf.set_text_color(0, 0, 0)
    pos["y"] = top + 57

    def put(text, style="", size=9.5, gap=2.0):
        pdf.set_font("helvetica", style, size)
        for ln in _wrap(pdf, text, col_w):
            if pos["y"] > bottom:
                pos["col"] += 1
                pos["y"] = top
                assert pos["col"] < 2, "statement overflowed two columns"
            pdf.text(col_x[pos["col"]], pos["y"], ln)
            pos["y"] += lh
        pos["y"] += gap

    paras = [
        ("The Valley Climate Coalition, which brings together eleven local groups from Ashby, "
         "Merrow and the villages of the upper valley, has agreed the following statement on the "
         "County Council's decision to go ahead with the Ashby Bypass.", "I"),
        ("The County Council has approved a 94 million pound road through the water meadows "
         "south of Ashby. It says the bypass will relieve congestion in the town centre. The "
         "evidence from every similar scheme in the region says otherwise: new roads fill with "
         "new traffic within a few years, and the town centre queues return.", ""),
        ("The route crosses the Merrow Brook twice and cuts through Lark Meadow, one of the last "
         "flood meadows in the county. In the floods of 2023 those meadows held back water that "
         "would otherwise have reached the houses on Mill Lane and Brook Street. Paving them is "
         "not only an ecological loss; it is a flood risk for the town.", ""),
        ("The scheme will also lock the valley into car dependency for another generation. The "
         "Council's own climate plan commits it to cutting transport emissions by half by 2035. "
         "Nothing in the bypass business case explains how a new trunk road is compatible with "
         "that target.", ""),
        ("What we are asking for", "B"),
        ("We ask councillors to reopen the decision at the December meeting and to commission an "
         "independent review of alternatives before any contract is signed.", ""),
        ("Those alternatives exist. A reopened station at Merrow, a half-hourly bus to the "
         "hospital and the business park, safe cycle routes to the two secondary schools and a "
         "lorry route agreement with the quarry operators would together cost less than a third "
         "of the bypass and would start to reduce traffic in the town within two years.", ""),
        ("We also ask the Council to publish in full the traffic model on which the scheme is "
         "based, so that residents can judge the claims made for it for themselves.", ""),
        ("We are not against change in Ashby. We want a town centre that is easier to reach and "
         "pleasanter to be in. We simply do not believe that a new road through the meadows is "
         "the way to get there.", ""),
        ("Residents who share these concerns are invited to the public meeting at the Corn "
         "Exchange on Thursday 6 November at 7.30pm, where members of the coalition will "
         "present the alternatives in detail.", ""),
        ("Agreed by the member groups:", "B"),
    ]
    for text, style in paras:
        put(text, style=style)

    signatories = [
        "Ashby Friends of the Earth",
        "Merrow Brook Conservation Society",
        "Lark Meadow Trust",
        "Ashby Cycle Campaign",
        "Upper Valley Transition Network",
        "Ashby and Merrow Bus Users' Group",
    ]
    for s in signatories:
        put(s, gap=0.4)

    # furniture box at the bottom of column 2: diary dates
    assert pos["col"] == 1, pos
    box_top = 238
    assert pos["y"] + 8 < box_top, pos
    pdf.set_fill_color(230, 240, 232)
    pdf.rect(col_x[1], box_top, col_w, 40, style="F")
    pdf.set_font("helvetica", "B", 9.5)
    pdf.text(col_x[1] + 3, box_top + 6, "DIARY DATES")
    pdf.set_font("helvetica", "", 8.5)
    yy = box_top + 12
    for d in ["Sat 18 Oct - Repair Cafe, St Anne's Hall, 10am-1pm",
              "Thu 6 Nov - Public meeting on the bypass, Corn Exchange, 7.30pm",
              "Sun 16 Nov - Hedge planting, Lark Meadow, 10am",
              "Sat 29 Nov - Coalition AGM and soup lunch, Merrow Village Hall"]:
        for ln in _wrap(pdf, d, col_w - 6):
            pdf.text(col_x[1] + 3, yy, ln)
            yy += 4.2
        yy += 1
    assert pdf.page == 1

    lines = [t for t, _ in paras] + signatories
    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-10-14",
        "lines": lines,
        "signatories": signatories,
    }
    return "pdf_two_column_newsletter", bytes(pdf.output()), gold


def cases():
    return [_letter_case(), _declaration_case(), _newsletter_case()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
