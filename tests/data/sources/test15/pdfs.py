"""PDF cases for test15, built in memory with fpdf2 (core font helvetica, latin-1 text).

Every visual line is placed by hand (cell by cell).  In the source texts below a "|"
marks a point where a long word may be hyphenated at the end of a line; the layout
helper only breaks there (adding a drawn "-") or at spaces.  The gold line of a
paragraph is its text with the markers removed, i.e. the visual lines joined with
single spaces and hyphenated words joined without the hyphen.

    cases() -> [(case_name, pdf_bytes, gold_dict), ...]
"""
from fpdf import FPDF

MARK = "|"


def clean(text):
    return text.replace(MARK, "")


def wrap(pdf, text, width):
    """Greedy line breaking at spaces or at MARK points.

    Returns a list of (visual_line, hyphenated) pairs."""
    lines = []
    cur = ""
    for word in text.split(" "):
        plain = clean(word)
        cand = (cur + " " + plain) if cur else plain
        if pdf.get_string_width(cand) <= width:
            cur = cand
            continue
        parts = word.split(MARK)
        broke = False
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            cand2 = (cur + " " + head) if cur else head
            if pdf.get_string_width(cand2) <= width:
                lines.append((cand2, True))
                cur = "".join(parts[k:])
                broke = True
                break
        if not broke:
            if cur:
                lines.append((cur, False))
            cur = plain
    if cur:
        lines.append((cur, False))
    return lines


def rejoin(vlines):
    """Join visual lines back into one paragraph (used by the self-check)."""
    out = ""
    for i, (s, hyph) in enumerate(vlines):
        if hyph:
            out += s[:-1]
        else:
            out += s + (" " if i < len(vlines) - 1 else "")
    return out


def _gold(kind, title, date, lines, signatories):
    return {"kind": kind, "title": title, "date": date, "lines": lines,
            "signatories": signatories}


# ---------------------------------------------------------------------------
# 11. pdf_statement_running_headers
# ---------------------------------------------------------------------------

RH_TITLE = "Joint Statement on the Protection of Seasonal Agricultural Workers"

RH_PARAS = [
    ("p", "Every year, more than 60,000 seasonal workers travel to the farms of the Ostreva plains to pick fruit, "
          "harvest vegetables and pack the produce that reaches super|mar|ket shelves across the region. Without them, "
          "a large part of the ag|ri|cul|tural sector would simply stop. Yet the people who do this work remain among "
          "the least pro|tected workers in our economy, and their situation has worsened rather than improved since the "
          "last review of the sector."),
    ("p", "We, the under|signed trade unions, migrant workers' as|so|ci|a|tions, faith groups and human rights "
          "or|gan|i|sa|tions, have doc|u|mented conditions on farms over three con|sec|u|tive seasons. Our findings are "
          "consistent and alarming. Workers are routinely charged illegal re|cruit|ment fees, housed in over|crowded "
          "caravans without heating or running water, and paid by the crate at rates that fall far below the "
          "sta|tu|tory minimum wage once the real working hours are counted."),
    ("p", "Many workers arrive on visas that tie them to a single employer. If they complain about their pay or their "
          "housing, they risk losing not only their job but also their right to remain in the country. This "
          "de|pen|dency creates fertile ground for ex|ploi|ta|tion, and in the worst cases for forced labour. Labour "
          "in|spec|tors told us that they visited fewer than one farm in twenty last season, and that in|spec|tions "
          "were almost always an|nounced in advance."),
    ("p", "Heat is a growing danger. During the heatwave of last July, tem|per|a|tures in the greenhouses of the "
          "southern plains exceeded 45 degrees. Workers reported that they were not allowed to stop for water "
          "outside fixed breaks, and at least two people were taken to hospital with heat stroke. No employer has "
          "been held ac|count|able for these incidents. Several workers said they had been threatened with "
          "dismissal for refusing to work through the hottest hours of the afternoon."),
    ("p", "Women workers face ad|di|tional risks. Several women told us that su|per|vi|sors had demanded sexual "
          "favours in exchange for better-paid rows or for being kept on for the next season. Almost none of them "
          "reported these incidents, because they did not know where to turn or feared that they would not be "
          "believed."),
    ("p", "These problems are not the result of a few bad employers. They are the pre|dict|able outcome of a system in "
          "which super|mar|kets push prices down, growers pass the pressure on to labour providers, and labour "
          "providers pass it on to the workers, who have the least power of all. Voluntary codes of conduct have been "
          "tried for more than a decade and have not changed this reality."),
    ("h", "Our demands"),
    ("p", "We therefore call on the Gov|ern|ment of Ostreva, on employers and on the major retailers to take the "
          "following steps before the start of the next harvest season:"),
    ("p", "First, seasonal work visas must allow workers to change employer freely, without losing their right to "
          "stay. No worker should have to choose between their safety and their res|i|dence permit. Workers who "
          "report abuse must be given a protected status while their complaint is ex|am|ined."),
    ("p", "Second, re|cruit|ment fees must be banned in practice, not only on paper. Retailers and growers should be "
          "required to re|im|burse any fees that workers have paid, and labour providers that charge them should "
          "lose their licence."),
    ("p", "Third, the labour in|spec|tor|ate must receive the staff and the budget it needs to carry out "
          "un|an|nounced in|spec|tions on at least one farm in five, with in|ter|pre|ters present and with a firewall "
          "that prevents in|spec|tors from passing in|for|ma|tion on workers' im|mi|gra|tion status to the police."),
    ("p", "Fourth, binding rules on heat must be introduced, including a maximum working tem|per|a|ture, "
          "man|da|tory shaded rest areas and free drinking water at all times. Work in greenhouses must stop "
          "when the tem|per|a|ture inside exceeds the legal limit, without loss of pay."),
    ("p", "Fifth, workers must be able to join a trade union and to receive in|for|ma|tion about their rights in a "
          "language they under|stand, from the first day of their contract."),
    ("p", "Sixth, retailers must publish the names of their suppliers and labour providers and take shared "
          "re|spon|si|bil|ity for conditions in their supply chains, including through en|force|able agreements "
          "with trade unions."),
    ("p", "We also ask the Gov|ern|ment to establish, together with the social partners, an independent "
          "mon|i|tor|ing body that reports to Parliament every year on conditions in the sector and on the progress "
          "made in im|ple|ment|ing these measures."),
    ("p", "The harvest depends on the people who bring it in. It is time that their dignity and their rights were "
          "treated as seriously as the quality of the produce they pick. We stand ready to work with all parties "
          "to make this happen, and we will continue to document conditions on farms until it does. In the coming "
          "weeks we will present this statement to the Minister of Labour and to the chief executives of the five "
          "largest retailers, and we will publish their responses in full."),
    ("h", "Signed by:"),
]

RH_SIGNERS = [
    "Ostreva Federation of Agricultural and Food Workers",
    "Seasonal Workers' Solidarity Network",
    "Migrant Rights Centre Ostreva",
    "Council of Churches of the Southern Plains",
    "Association of Labour Lawyers",
    "Harvest Justice Campaign",
    "Union of Greenhouse and Horticulture Workers",
    "Women in Agriculture Collective",
    "Ostreva Human Rights League",
    "Farmworkers' Health Project",
]


class RunningPDF(FPDF):
    total_pages = 3

    def header(self):
        self.set_font("helvetica", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(22, 10)
        self.cell(166, 4, RH_TITLE, align="L")
        self.set_draw_color(170, 170, 170)
        self.line(22, 15, 188, 15)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.set_xy(22, 284)
        self.cell(166, 4, "page %d of %d" % (self.page_no(), self.total_pages), align="C")
        self.set_text_color(0, 0, 0)


def build_running_headers(check):
    pdf = RunningPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(22, 22, 22)
    pdf.add_page()
    left, width, top, bottom = 22, 166, 24, 276
    lead = 6.6

    y = top + 4
    pdf.set_font("helvetica", "B", 17)
    for s, _ in wrap(pdf, RH_TITLE, width):
        pdf.set_xy(left, y)
        pdf.cell(width, 8, s)
        y += 8.5
    y += 2
    pdf.set_font("helvetica", "I", 10)
    pdf.set_xy(left, y)
    pdf.cell(width, 5, "Ostreva, 2 June 2025")
    y += 12

    gold_lines = []
    pages_of = []

    def newpage():
        pdf.add_page()
        return top + 2

    for kind, text in RH_PARAS:
        if kind == "h":
            pdf.set_font("helvetica", "B", 11)
            if y + 2 * lead > bottom:
                y = newpage()
            y += 2
        else:
            pdf.set_font("helvetica", "", 12)
        vl = wrap(pdf, text, width)
        check(rejoin(vl) == clean(text), text[:40])
        pg = set()
        for s, _ in vl:
            if y + lead > bottom:
                y = newpage()
            pdf.set_xy(left, y)
            pdf.cell(width, lead, s)
            pg.add(pdf.page_no())
            y += lead
        y += 2.5
        gold_lines.append(clean(text))
        pages_of.append((sorted(pg), text[:30]))

    pdf.set_font("helvetica", "", 12)
    for name in RH_SIGNERS:
        if y + lead > bottom:
            y = newpage()
        pdf.set_xy(left + 4, y)
        pdf.cell(4, lead, "-")
        pdf.set_xy(left + 9, y)
        pdf.cell(width - 9, lead, name)
        check(pdf.page_no() == 3, "signatory not on page 3: " + name)
        y += lead
        gold_lines.append(name)

    check(pdf.page_no() == 3, "page count %d" % pdf.page_no())
    crossing = [p for p in pages_of if len(p[0]) > 1]
    check(any(p[0] == [1, 2] for p in crossing), "no paragraph crosses page 1->2")
    check(any(p[0] == [2, 3] for p in crossing), "no paragraph crosses page 2->3")

    gold = _gold("pdf", RH_TITLE, "2025-06-02", gold_lines, list(RH_SIGNERS))
    return bytes(pdf.output()), gold, pages_of


# ---------------------------------------------------------------------------
# 12. pdf_two_column_declaration
# ---------------------------------------------------------------------------

TC_TITLE = "Declaration of Port Varenna on the Future of Coastal Fisheries"

TC_PARAS = [
    "We, the or|gan|i|sa|tions of small-scale fishers, fish workers and coastal com|mu|ni|ties gathered at Port "
    "Varenna, adopt the following dec|la|ra|tion:",
    "1. Small-scale fisheries provide more than half of the fish landed in our region and the large majority of jobs "
    "at sea and on shore. They are the backbone of hundreds of coastal villages, yet they receive only a small share "
    "of public support and of fishing quotas.",
    "2. Industrial trawling in inshore waters is de|stroy|ing the seabed, emptying the fishing grounds on which our "
    "com|mu|ni|ties depend and bringing our vessels into dangerous conflict with much larger ships. We call for a "
    "permanent ban on bottom trawling within twelve nautical miles of the coast.",
    "3. Fishing quotas must be allocated according to trans|par|ent social and en|vi|ron|men|tal criteria. Those "
    "who fish with the least impact and who create the most em|ploy|ment should have priority access to the "
    "resource.",
    "4. Women make up nearly half of the workforce in pro|cess|ing, marketing and net repair, but their work is "
    "rarely recorded and almost never protected. Their con|tri|bu|tion must be recognised in law, including access "
    "to social security and pensions.",
    "5. Marine protected areas must be designed with fishing com|mu|ni|ties, not imposed on them. Where fishers have "
    "been involved from the start, protected areas have led to larger catches in sur|round|ing waters within a few "
    "years.",
    "6. Climate change is already altering the dis|tri|bu|tion of fish stocks and in|creas|ing the number of days on "
    "which it is unsafe to go to sea. Adaptation funds must reach small-scale fishers directly, including "
    "com|pen|sa|tion for lost fishing days.",
    "7. Young people will only choose to fish if they can make a decent living and have a voice in decisions. We ask "
    "for training pro|grammes, start-up support for young fishers and seats for their rep|re|sen|ta|tives on every "
    "fisheries advisory body.",
    "8. We commit to working together across borders to defend these principles, and we invite gov|ern|ments, "
    "regional fisheries bodies and consumers to join us.",
]

TC_SIGNERS = [
    "Varenna Small-Scale Fishers' Association",
    "Coastal Women Fish Workers' Network",
    "Union of Inshore Fishermen of Kelmar",
    "Southern Shores Fishing Cooperative",
    "Fisheries Justice Forum",
    "Association of Net Menders and Processors",
    "Young Fishers Alliance",
    "Island Communities Council",
]


def build_two_column(check):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    margin, gutter = 16, 8
    full = 210 - 2 * margin
    colw = (full - gutter) / 2
    lead = 4.6

    # full-width title and date line
    y = 22
    pdf.set_font("helvetica", "B", 16)
    for s, _ in wrap(pdf, TC_TITLE, full):
        pdf.set_xy(margin, y)
        pdf.cell(full, 9, s, align="C")
        y += 9.5
    pdf.set_font("helvetica", "", 10)
    pdf.set_xy(margin, y + 1)
    pdf.cell(full, 5, "Adopted at Port Varenna, 9 May 2025", align="C")
    y += 10
    pdf.set_draw_color(60, 60, 60)
    pdf.line(margin, y, margin + full, y)
    y += 5
    col_top = y

    # lay out all paragraph lines as one stream, then cut into two columns
    pdf.set_font("helvetica", "", 9.5)
    stream = []  # (text, paragraph_index) ; None = paragraph gap
    gold_lines = []
    for i, text in enumerate(TC_PARAS):
        vl = wrap(pdf, text, colw)
        check(rejoin(vl) == clean(text), text[:40])
        for s, _ in vl:
            stream.append((s, i))
        stream.append(None)
        gold_lines.append(clean(text))
    stream.pop()

    # find the cut that balances the columns, measured in height
    def h(items):
        return sum(lead if it is not None else 2.0 for it in items)

    total = h(stream)
    cut = 0
    while h(stream[:cut + 1]) <= total / 2 + lead / 2:
        cut += 1
    left_items, right_items = stream[:cut], stream[cut:]
    while right_items and right_items[0] is None:
        right_items = right_items[1:]
    last_left = [it for it in left_items if it is not None][-1][1]
    first_right = [it for it in right_items if it is not None][0][1]
    check(last_left == first_right, "no paragraph runs from the left column into the right")

    ybottom = col_top
    for x, items in ((margin, left_items), (margin + colw + gutter, right_items)):
        yy = col_top
        for it in items:
            if it is None:
                yy += 2.0
                continue
            pdf.set_xy(x, yy)
            pdf.cell(colw, lead, it[0])
            yy += lead
        ybottom = max(ybottom, yy)

    y = ybottom + 6
    pdf.line(margin, y, margin + full, y)
    y += 5
    pdf.set_font("helvetica", "B", 10)
    pdf.set_xy(margin, y)
    pdf.cell(full, 5, "Endorsed by:")
    gold_lines.append("Endorsed by:")
    y += 7
    pdf.set_font("helvetica", "", 9.5)
    for name in TC_SIGNERS:
        pdf.set_xy(margin, y)
        pdf.cell(full, 5, name)
        gold_lines.append(name)
        y += 5
    check(y < 285, "two-column page overflow")
    check(pdf.page_no() == 1, "two-column should be one page")

    gold = _gold("pdf", TC_TITLE, "2025-05-09", gold_lines, list(TC_SIGNERS))
    return bytes(pdf.output()), gold, (last_left, first_right)


# ---------------------------------------------------------------------------
# 13. pdf_union_letter
# ---------------------------------------------------------------------------

UL_SUBJECT = "Proposed closure of the Kestrel Road depot"

UL_RECIPIENT = [
    "Ms Helen Marsh",
    "Chief Executive",
    "Northgate Logistics Ltd",
    "Unit 4, Ferris Park",
    "Dunmore DN4 7QX",
]

UL_BODY = [
    "I am writing on behalf of the members of the United Transport Workers' Union employed at the Kestrel Road "
    "depot, following the an|nounce|ment made to staff on 6 May that the depot is to close at the end of September.",
    "Our members learned of this decision from a notice on the canteen wall. No con|sul|ta|tion took place with the "
    "union beforehand, despite the clear obligation in our recognition agreement to consult on any proposal "
    "affecting more than twenty employees. 146 of our members work at Kestrel Road, many of them for more than "
    "fifteen years.",
    "We therefore ask the company to suspend the closure timetable and to open formal con|sul|ta|tion with the union "
    "without delay. In particular, we request the business case for the closure, details of any alternative sites "
    "considered, and the company's proposals for re|de|ploy|ment and for avoiding compulsory re|dun|dan|cies.",
    "Our members are proud of their work and of the service they provide to your customers. They deserve to be "
    "treated with respect. I would be grateful if you could reply by 28 May and propose dates for a first meeting.",
]


def build_union_letter(check):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    left, width = 25, 160
    gold_lines = []

    # letterhead: logo text + name + address in small type
    pdf.set_fill_color(176, 30, 45)
    pdf.rect(left, 14, 22, 14, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("helvetica", "B", 13)
    pdf.set_xy(left, 17)
    pdf.cell(22, 8, "UTWU", align="C")
    pdf.set_text_color(176, 30, 45)
    pdf.set_font("helvetica", "B", 14)
    pdf.set_xy(left + 26, 15)
    pdf.cell(120, 7, "United Transport Workers' Union")
    pdf.set_text_color(90, 90, 90)
    pdf.set_font("helvetica", "", 7.5)
    pdf.set_xy(left + 26, 22)
    pdf.cell(134, 4, "Dunmore Regional Office - 14 Canal Street, Dunmore DN1 2AB - Tel. 01632 960 417 - dunmore@utwu.example")
    pdf.set_draw_color(176, 30, 45)
    pdf.line(left, 31, left + width, 31)
    pdf.set_text_color(0, 0, 0)

    pdf.set_font("helvetica", "", 9)
    pdf.set_xy(left, 38)
    pdf.cell(80, 5, "Our ref: DW/HM/2025/031")
    pdf.set_font("helvetica", "", 10.5)
    pdf.set_xy(left + width - 50, 38)
    pdf.cell(50, 5, "14 May 2025", align="R")

    y = 50
    for s in UL_RECIPIENT:
        pdf.set_xy(left, y)
        pdf.cell(width, 5.2, s)
        gold_lines.append(s)
        y += 5.2
    y += 8

    pdf.set_font("helvetica", "B", 10.5)
    pdf.set_xy(left, y)
    pdf.cell(width, 5.5, UL_SUBJECT)
    y += 10

    pdf.set_font("helvetica", "", 10.5)
    pdf.set_xy(left, y)
    pdf.cell(width, 5.5, "Dear Ms Marsh,")
    gold_lines.append("Dear Ms Marsh,")
    y += 9

    lead = 5.5
    for text in UL_BODY:
        vl = wrap(pdf, text, width)
        check(rejoin(vl) == clean(text), text[:40])
        for s, _ in vl:
            pdf.set_xy(left, y)
            pdf.cell(width, lead, s)
            y += lead
        y += 3.5
        gold_lines.append(clean(text))

    y += 2
    pdf.set_xy(left, y)
    pdf.cell(width, lead, "Yours sincerely,")
    gold_lines.append("Yours sincerely,")
    y += 20  # room for the handwritten signature
    pdf.set_xy(left, y)
    pdf.cell(width, lead, "Dana Whitlock, Regional Secretary")
    gold_lines.append("Dana Whitlock, Regional Secretary")
    y += 12
    pdf.set_font("helvetica", "", 9)
    pdf.set_xy(left, y)
    pdf.cell(width, 5, "cc: Kestrel Road branch committee; Tom Aske, National Officer")
    gold_lines.append("cc: Kestrel Road branch committee; Tom Aske, National Officer")
    check(y < 270, "letter overflow")

    pdf.set_font("helvetica", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(left, 282)
    pdf.cell(width, 4, "General Secretary: Ruth Ambler - Affiliated to the Federation of Transport Unions", align="C")

    gold = _gold("pdf", UL_SUBJECT, "2025-05-14", gold_lines, ["Dana Whitlock"])
    return bytes(pdf.output()), gold, None


def cases():
    problems = []

    def check(cond, msg):
        if not cond:
            problems.append(msg)

    out = []
    data, gold, _ = build_running_headers(check)
    out.append(("pdf_statement_running_headers", data, gold))
    data, gold, _ = build_two_column(check)
    out.append(("pdf_two_column_declaration", data, gold))
    data, gold, _ = build_union_letter(check)
    out.append(("pdf_union_letter", data, gold))
    if problems:
        raise RuntimeError("; ".join(problems))
    return out


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines,", len(gold["signatories"]), "signatories")
