"""PDF cases for test13, built in memory with fpdf2 (core font helvetica, latin-1 only).

Layout is done by hand (line by line with cell()/text()) so that we know exactly
where lines wrap, where words are hyphenated and where columns/pages break.
In the paragraph sources a "|" marks an allowed hyphenation point; it is never
printed. When a word is split there, the first part is printed with "-" at the
end of the visual line. The gold text is the source with the "|" removed.
"""

from fpdf import FPDF


def _clean(s):
    return s.replace("|", "")


def _wrap(pdf, text, width):
    """Greedy wrap. Returns (visual_lines, n_hyphenations)."""
    words = text.split(" ")
    lines = []
    cur = ""
    hyph = 0
    i = 0
    while i < len(words):
        w = words[i]
        cand = (cur + " " + _clean(w)) if cur else _clean(w)
        if pdf.get_string_width(cand) <= width:
            cur = cand
            i += 1
            continue
        # try hyphenating at a marked point
        if "|" in w:
            pieces = w.split("|")
            done = False
            for k in range(len(pieces) - 1, 0, -1):
                head = "".join(pieces[:k]) + "-"
                c2 = (cur + " " + head) if cur else head
                if pdf.get_string_width(c2) <= width:
                    lines.append(c2)
                    words[i] = "|".join(pieces[k:])
                    cur = ""
                    hyph += 1
                    done = True
                    break
            if done:
                continue
        if not cur:
            # single word wider than the line: put it alone
            lines.append(_clean(w))
            i += 1
            continue
        lines.append(cur)
        cur = ""
    if cur:
        lines.append(cur)
    return lines, hyph


def _join(vlines):
    """Join visual lines by the label convention (hyphen at line end from our own hyphenation)."""
    out = ""
    for vl in vlines:
        if not out:
            out = vl
        elif out.endswith("-") and out[-2:-1].isalpha():
            out = out[:-1] + vl
        else:
            out = out + " " + vl
    return out


# ---------------------------------------------------------------------------
# 11. pdf_single_column_statement
# ---------------------------------------------------------------------------

def _single_column():
    title = "Joint Statement on the Closure of the Harbourside Maternity Unit"
    date_line = "Kestrel Bay, 7 April 2025"
    paras = [
        ("We, the undersigned organisations representing patients, midwives, parents and local "
         "residents, are deeply concerned by the decision of the Kestrel Bay Health Authority to close "
         "the maternity unit at Harbourside Hospital from 1 June 2025.", False),
        ("The unit delivers around 1,400 babies every year. Its closure would leave women in the "
         "nor|thern dis|tricts with a jour|ney of more than an hour to the nea|rest al|ter|na|tive, "
         "the Re|gio|nal Hos|pi|tal in Dun|more, along a road that is re|gu|lar|ly closed by "
         "floo|ding in win|ter. Am|bu|lance ser|vi|ces in the area al|rea|dy miss their res|ponse "
         "tar|gets on most days of the week.", True),
        ("The Health Authority has justified the decision by pointing to difficulties in recruiting "
         "midwives. Yet the unit has been run for two years on temporary contracts, and experienced "
         "staff have repeatedly asked for permanent posts. The shortage is the result of decisions "
         "that can be reversed.", False),
        ("No public con|sul|ta|tion has taken place. Local coun|cil|lors, the com|mu|ni|ty health "
         "coun|cil and the fa|mi|lies who use the unit learned of the clo|sure from a press no|tice. "
         "This is con|tra|ry to the Au|tho|ri|ty's own com|mit|ments on public in|vol|ve|ment and, "
         "in our view, to its sta|tu|to|ry du|ties.", True),
        ("We therefore call on the Health Authority to suspend the closure, to publish the clinical "
         "and financial evidence on which it is based, and to open a full consultation with staff, "
         "patients and the wider community before any decision is taken.", False),
        ("We also call on the Minister for Health to ensure that safe, local maternity care remains "
         "available to every family in Kestrel Bay.", False),
    ]
    orgs = [
        "Kestrel Bay Patients' Forum",
        "Harbourside Midwives' Branch, Union of Health Workers",
        "Mothers and Babies First",
        "Northern Districts Residents' Association",
        "Kestrel Bay Community Health Council",
        "Dunmore Road Parents' Group",
        "Family Doctors of Kestrel Bay",
        "Coastal Women's Network",
    ]
    website = "www.savekestrelmaternity.example"

    class P(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("helvetica", "", 8)
            self.cell(0, 5, website, align="C")

    pdf = P(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    width = pdf.w - 50

    pdf.set_font("helvetica", "B", 15)
    pdf.set_y(24)
    pdf.cell(0, 8, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "I", 10)
    pdf.cell(0, 6, date_line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    lines = []
    pdf.set_font("helvetica", "", 10)
    lh = 5
    for text, must_hyph in paras:
        vls, nh = _wrap(pdf, text, width)
        assert (nh > 0) == must_hyph, (text[:30], nh)
        for vl in vls:
            pdf.cell(width, lh, vl, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        joined = _join(vls)
        assert joined == _clean(text), (joined, _clean(text))
        lines.append(joined)

    pdf.ln(2)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(width, lh, "Signed by:", new_x="LMARGIN", new_y="NEXT")
    lines.append("Signed by:")
    pdf.set_font("helvetica", "", 10)
    for o in orgs:
        pdf.cell(width, lh, o, new_x="LMARGIN", new_y="NEXT")
        lines.append(o)
    assert pdf.get_y() < pdf.h - 22, pdf.get_y()
    assert pdf.page == 1

    gold = {"kind": "pdf", "title": title, "date": "2025-04-07", "lines": lines,
            "signatories": list(orgs)}
    return "pdf_single_column_statement", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# 12. pdf_two_columns_three_pages
# ---------------------------------------------------------------------------

def _two_columns():
    org = "Northland Alliance for Public Transport"
    title = "A Joint Statement on the Future of Bus Services in Northland"
    date_line = "Published 15 September 2025"
    # ("h", text) = sub-heading, ("p", text) = paragraph
    body = [
        ("p", "Across Northland, the bus is how most people without a car get to work, to school, to the "
              "doctor and to the shops. It is how older people stay independent and how young people "
              "reach college and their first jobs. Yet over the past decade the network has been "
              "allowed to shrink year after year, until in many places it barely exists."),
        ("p", "This statement is made jointly by the trade unions, passenger groups, disability "
              "organisations, environmental groups and community associations listed at the end. We "
              "have come together because we believe the decline of the bus network can be reversed, "
              "and because the decisions that will determine its future are being made now."),
        ("h", "1. Where we are today"),
        ("p", "Since 2015 the number of bus miles run in Northland has fallen by 31 per cent. More than "
              "ninety routes have been withdrawn altogether, most of them in rural areas and on the "
              "outer estates of the larger towns. Evening and Sunday services have disappeared from "
              "all but the busiest corridors."),
        ("p", "Fares have risen faster than wages in every year but one. A single adult journey of a few "
              "miles now costs more than an hour's parking in the centre of Ravensholm. For a family "
              "travelling together, the bus is often the most expensive way to make a trip, not the "
              "cheapest."),
        ("p", "Reliability has also suffered. Operators report driver shortages that lead to cancelled "
              "journeys at short notice, and passengers have no way of knowing whether the bus on the "
              "timetable will actually run. People who cannot rely on a service soon stop using it, "
              "and falling passenger numbers are then used to justify further cuts."),
        ("h", "2. Why it matters"),
        ("p", "A good bus network is not a luxury. Around one household in four in Northland has no car, "
              "and in the poorest neighbourhoods the figure is closer to one in two. For these families, "
              "a cut to a bus route can mean losing access to a job, to a training course or to a "
              "hospital appointment."),
        ("p", "Disabled people are among the hardest hit. Many cannot drive, and community transport "
              "schemes, however valuable, cannot replace a regular public service. When a route is "
              "withdrawn, the only option left may be an expensive taxi, or staying at home."),
        ("p", "The bus is also central to any serious plan to cut emissions. Transport is now the "
              "largest source of greenhouse gases in the region. A full double-deck bus can take "
              "dozens of cars off the road, and every new electric bus improves the air in the streets "
              "where people live and children walk to school."),
        ("p", "Finally, the people who drive and maintain the buses deserve decent pay and conditions. "
              "The driver shortage will not be solved while wages lag behind those in other driving "
              "jobs and while shifts are long, split and unpredictable."),
        ("h", "3. What we are asking for"),
        ("p", "We call on the Northland Combined Authority to use the powers now available to it to bring "
              "the bus network under public control through a franchising scheme, so that routes, "
              "timetables and fares are planned for the whole region rather than route by route for "
              "profit."),
        ("p", "We call for a simple, affordable fare structure with a daily and weekly cap that applies "
              "on every service whichever company operates it, and for free travel for everyone under "
              "twenty-two, as well as for disabled people and their companions at all times of day."),
        ("p", "We call for a guaranteed minimum level of service: every village of more than five hundred "
              "people to have at least an hourly bus during the day, and every town to have evening "
              "and Sunday services. Timetables should be designed so that buses connect with trains "
              "and with each other."),
        ("p", "We call on the national government to provide long-term funding for these commitments, "
              "so that the region is not forced to choose between buses and other essential services. "
              "Short-term competitions for one-off grants are no way to run a public service."),
        ("p", "And we call for a regional agreement on pay and conditions for all bus workers, "
              "negotiated with their trade unions, as a condition of every franchise contract."),
        ("p", "Public control must also mean public accountability. Passengers should have a formal voice "
              "in how the network is run, through a passenger panel with the right to be consulted on "
              "every major change to routes and fares, and the Combined Authority should publish "
              "punctuality and cancellation figures for every route every month."),
        ("h", "4. Working together"),
        ("p", "We know that none of this can be achieved overnight. Buses take time to order and depots "
              "take time to build. Drivers must be recruited and trained. But the longer the decisions "
              "are delayed, the more routes will be lost and the harder it will be to win passengers "
              "back. The work should begin this year, with a clear timetable that the public can follow "
              "and hold to account."),
        ("p", "Over the coming months our organisations will hold public meetings in every district of "
              "Northland to explain these proposals and to hear from passengers and bus workers about "
              "the changes they most want to see. We will publish what we hear and present it to the "
              "Combined Authority before it takes its final decision on franchising."),
        ("p", "The organisations signing this statement are ready to work with the Combined Authority, "
              "with local councils and with operators to make these changes happen. We ask every "
              "candidate in next year's mayoral election to say clearly whether they support them."),
        ("p", "Northland once had one of the best bus networks in the country. With the right decisions "
              "it can have one again."),
    ]
    lead = "Signed by the following organisations:"
    orgs = [
        "Northland Alliance for Public Transport",
        "Transport Workers' Union, Northland Region",
        "United Drivers and Engineers",
        "Ravensholm Bus Users' Group",
        "Passengers of the Eastern Dales",
        "Northland Disability Rights Forum",
        "Sight Loss Northland",
        "Wheelchair Users' Network",
        "Clean Air Ravensholm",
        "Northland Climate Action",
        "Friends of the Dales",
        "Cyclists and Walkers of Northland",
        "Young People's Transport Campaign",
        "Northland Students' Union",
        "Older Persons' Council of Northland",
        "Carers' Centre Ravensholm",
        "Brackley Estate Tenants' Association",
        "Holmfield Community Trust",
        "Rural Villages Partnership",
        "Northland Trades Council",
        "Women's Centre Ravensholm",
        "Northland Interfaith Forum",
        "Citizens' Advice Northland (local office)",
        "Kirkby Moor Parish Council",
        "Ravensholm Chamber of Small Businesses",
        "Healthy Streets Northland",
        "Dales Rail and Bus Partnership",
        "Northland Food Bank Network",
        "Ravensholm College Staff Association",
        "Eastgate Residents' Forum",
        "Northland Youth Parliament",
        "Community Transport Association North",
        "Holmfield Allotment Society",
        "Brackley and District Pensioners",
        "Northland Refugee Welcome",
        "St Anne's Church, Ravensholm",
        "Riverside Mosque Community Centre",
        "Northland Green Jobs Coalition",
        "Ravensholm Hospital Staff Network",
        "Dales Tourism Association",
        "Moorside Primary School PTA",
        "Low Carbon Kirkby",
        "Northland Deaf Association",
        "Northland Night Workers' Network",
        "Ravensholm Unemployed Workers' Centre",
        "Northland Public Health Forum",
        "Eastern Dales Farmers' Co-operative",
        "People's Assembly Ravensholm",
        "Better Buses Brackley",
        "Northland Hospice Volunteers",
    ]

    class P(FPDF):
        def header(self):
            self.set_font("helvetica", "", 8)
            self.set_xy(18, 10)
            self.cell(self.w - 36, 5, org, align="L")
            self.line(18, 16, self.w - 18, 16)

        def footer(self):
            self.set_y(-14)
            self.set_font("helvetica", "", 8)
            self.cell(0, 5, "Page %d" % self.page_no(), align="C")

    pdf = P(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 20, 18)
    gutter = 8
    colw = (pdf.w - 36 - gutter) / 2
    colx = [18, 18 + colw + gutter]
    top = 22
    bottom = pdf.h - 22
    lh = 6.6
    fs = 12

    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.set_xy(18, 26)
    pdf.cell(pdf.w - 36, 9, title, align="C")
    pdf.set_font("helvetica", "I", 10)
    pdf.set_xy(18, 36)
    pdf.cell(pdf.w - 36, 6, date_line, align="C")
    pdf.line(18, 46, pdf.w - 18, 46)

    state = {"page": 1, "col": 0, "y": 50.0}
    placements = []  # (item_index, page, col)

    def place(text, style, idx, fsz=None, lhh=None):
        fsz = fsz or fs
        lhh = lhh or lh
        if state["y"] + lhh > bottom:
            if state["col"] == 0:
                state["col"] = 1
                state["y"] = top if state["page"] > 1 else 50.0
            else:
                pdf.add_page()
                state["page"] += 1
                state["col"] = 0
                state["y"] = top
        pdf.set_font("helvetica", style, fsz)
        pdf.set_xy(colx[state["col"]], state["y"])
        pdf.cell(colw, lhh, text)
        placements.append((idx, state["page"], state["col"]))
        state["y"] += lhh

    lines = []
    idx = 0
    for kind, text in body:
        pdf.set_font("helvetica", "B" if kind == "h" else "", fs)
        vls, nh = _wrap(pdf, text, colw)
        assert nh == 0
        if kind == "h":
            state["y"] += 2
        for vl in vls:
            place(vl, "B" if kind == "h" else "", idx)
        state["y"] += 2.5
        assert _join(vls) == text
        lines.append(text)
        idx += 1

    state["y"] += 2
    place(lead, "B", idx)
    lines.append(lead)
    idx += 1
    first_org_idx = idx
    for o in orgs:
        pdf.set_font("helvetica", "", 10)
        assert pdf.get_string_width(o) <= colw, o
        place(o, "", idx, 10, 5.4)
        lines.append(o)
        idx += 1

    # sanity checks on the layout
    assert pdf.page == 3, (pdf.page, placements[-1], [p for p in placements if p[0] == first_org_idx - 1][:1])
    spans = {}
    for i, pg, col in placements:
        spans.setdefault(i, set()).add((pg, col))
    crosses_col = any(len(s) > 1 and len({p for p, c in s}) == 1 for i, s in spans.items() if i < first_org_idx)
    crosses_page = any(len({p for p, c in s}) > 1 for i, s in spans.items() if i < first_org_idx)
    assert crosses_col and crosses_page, (crosses_col, crosses_page)
    org_pos = [spans[i] for i in range(first_org_idx, idx)]
    assert all(len(s) == 1 for s in org_pos)
    org_pos = [next(iter(s)) for s in org_pos]
    assert org_pos[0] == (3, 0), (org_pos[0], state, sum(1 for p in placements if p[0] < first_org_idx and p[1:] == (2, 1)))
    assert org_pos[-1] == (3, 1), org_pos[-1]
    assert next(iter(spans[first_org_idx - 1])) == (3, 0)

    gold = {"kind": "pdf", "title": title, "date": "2025-09-15", "lines": lines,
            "signatories": list(orgs)}
    return "pdf_two_columns_three_pages", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# 13. pdf_letter_two_pages
# ---------------------------------------------------------------------------

def _letter():
    letterhead = [
        "Westmoor Association of Head Teachers",
        "14 Chapel Street, Westmoor WM2 4AB",
        "Tel. 01632 960 019  |  office@wmaht.example",
    ]
    date_line = "22 October 2025"
    recipient = [
        "Ms Helen Tarrant",
        "Minister for Schools",
        "Department for Education, 1 Crown Walk, Lowbridge LB1 1AA",
    ]
    subject = "Re: Proposed cuts to the rural school transport grant"
    salutation = "Dear Minister,"
    paras = [
        "We are writing on behalf of the Westmoor Association of Head Teachers, which represents the "
        "head teachers of 118 primary and secondary schools across Westmoor, about the proposal in the "
        "draft spending plan to reduce the rural school transport grant by 40 per cent from April 2026.",
        "Many of our schools serve wide and thinly populated areas. In the upland parishes, some children "
        "travel more than fifteen miles each way to reach their nearest secondary school, on roads "
        "without pavements or street lighting. For these families, the school bus is not a convenience. "
        "It is the only safe and practical way for their children to get to school.",
        "The consultation document suggests that local authorities could make up the difference by "
        "introducing charges for parents or by widening the distance above which free transport is "
        "offered. Our members are clear that either option would cause real harm. Charges would fall "
        "hardest on low-income families in rural areas, who already face higher costs for fuel, food "
        "and housing. Changes to the distance criteria would leave children walking or cycling along "
        "roads that no parent would consider safe, or would push families into car journeys they can "
        "ill afford.",
        "We are also concerned about attendance. Head teachers in the upland parishes report that "
        "absence rises sharply whenever bus services are disrupted by weather or driver shortages. A "
        "permanent reduction in transport provision would undermine the Department's own priority of "
        "improving attendance, and would widen the gap between rural pupils and their peers in the towns.",
        "The saving identified in the draft plan amounts to less than half of one per cent of the "
        "Department's budget for the region. We do not believe that this saving justifies the risk to "
        "children's safety and education.",
        "We therefore ask you to withdraw the proposed reduction, and to meet with representatives of "
        "the Association, together with parents and the county transport office, to discuss how school "
        "transport in rural areas can be placed on a secure long-term footing.",
        "We would be grateful for a reply at your earliest convenience, and we would be pleased to "
        "welcome you to any of our schools to see the situation for yourself.",
    ]
    closing = "Yours sincerely,"
    signers = [
        ("Philippa Grange", "President, Westmoor Association of Head Teachers"),
        ("Daniel Achebe", "General Secretary, Westmoor Association of Head Teachers"),
    ]

    class P(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("helvetica", "", 8)
            self.cell(0, 5, "%d" % self.page_no(), align="C")

    pdf = P(format="A4")
    pdf.set_auto_page_break(False)
    left = 25
    pdf.set_margins(left, 20, 25)
    width = pdf.w - 50
    lh = 6
    bottom = pdf.h - 25

    pdf.add_page()
    pdf.set_font("helvetica", "B", 10)
    pdf.set_xy(left, 18)
    pdf.cell(width, 5, letterhead[0], align="R")
    pdf.set_font("helvetica", "", 7.5)
    pdf.set_xy(left, 23)
    pdf.cell(width, 4, letterhead[1], align="R")
    pdf.set_xy(left, 27)
    pdf.cell(width, 4, letterhead[2], align="R")
    pdf.line(left, 33, pdf.w - 25, 33)

    pdf.set_font("helvetica", "", 11)
    pdf.set_xy(left, 42)
    pdf.cell(width, lh, date_line, align="R")

    y = 54
    for r in recipient:
        pdf.set_xy(left, y)
        pdf.cell(width, lh, r)
        y += lh
    y += 6
    pdf.set_font("helvetica", "B", 11)
    pdf.set_xy(left, y)
    pdf.cell(width, lh, subject)
    y += lh + 5
    pdf.set_font("helvetica", "", 11)
    pdf.set_xy(left, y)
    pdf.cell(width, lh, salutation)
    y += lh + 4

    state = {"y": y, "page": 1}
    crossed = []

    def put(text, style=""):
        if state["y"] + lh > bottom:
            pdf.add_page()
            state["page"] += 1
            pdf.set_font("helvetica", "", 8)
            pdf.set_xy(left, 12)
            pdf.cell(width, 4, "Minister for Schools - 22 October 2025 - page 2")
            state["y"] = 24
        pdf.set_font("helvetica", style, 11)
        pdf.set_xy(left, state["y"])
        pdf.cell(width, lh, text)
        state["y"] += lh
        return state["page"]

    lines = list(recipient) + [salutation]
    for p in paras:
        pdf.set_font("helvetica", "", 11)
        vls, nh = _wrap(pdf, p, width)
        assert nh == 0
        pages = {put(vl) for vl in vls}
        if len(pages) > 1:
            crossed.append(p)
        state["y"] += 4
        assert _join(vls) == p
        lines.append(p)
    assert len(crossed) == 1, len(crossed)
    put(closing)
    lines.append(closing)
    state["y"] += 14  # space for signatures
    for name, role in signers:
        put(name, "B")
        put(role)
        lines.append(name)
        lines.append(role)
        state["y"] += 10
    assert pdf.page == 2

    gold = {"kind": "pdf", "title": subject, "date": "2025-10-22", "lines": lines,
            "signatories": [n for n, r in signers]}
    return "pdf_letter_two_pages", bytes(pdf.output()), gold


def cases():
    return [_single_column(), _two_columns(), _letter()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), len(gold["lines"]))
