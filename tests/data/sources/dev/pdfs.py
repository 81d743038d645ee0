"""Development PDFs, built with fpdf2 (core fonts, so latin-1 text): (name, bytes, gold)."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

LONG = [
    "The Harbour Workers Federation and the Ellery Tenants League call on the people of Port "
    "Ellery to defend the public harbour against its sale to a private consortium.",
    "For a hundred years the harbour has belonged to the city. Its dues paid for schools, "
    "clinics and the sea wall that protects the old town from winter storms.",
    "The consortium promises investment, but its plan cuts four hundred jobs, doubles the dues "
    "for fishing boats and closes the ferry to the islands in the winter months.",
    "We demand a public vote before any sale, the publication of every document the council "
    "holds on the deal, and a guarantee that no worker loses a job or a pension.",
    "We call on every union branch, tenants' group and parish council to pass a motion against "
    "the sale and to send delegates to the assembly at the Seamen's Hall on the 9th of May.",
    "The harbour is not for sale. It belongs to those who work in it and live around it, and we "
    "will defend it together.",
]
SIGNERS = ["Harbour Workers Federation", "Ellery Tenants League", "Port Ellery Trades Council"]


class _Running(FPDF):
    def header(self) -> None:
        self.set_font("helvetica", "I", 9)
        self.cell(0, 8, "Harbour Workers Federation - Port Ellery branch", align="R")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", "", 9)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


def running_headers() -> tuple[bytes, dict[str, Any]]:
    pdf = _Running(format="A4")
    pdf.set_title("The harbour is not for sale")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 9, "The harbour is not for sale")
    pdf.ln(4)
    pdf.set_font("helvetica", "", 11)
    pdf.multi_cell(0, 6, "Port Ellery, 28 April 2025")
    pdf.ln(4)
    for paragraph in LONG * 3:  # long enough for three pages
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(5)
    pdf.multi_cell(0, 6, "Signed by:")
    pdf.ln(2)
    for name in SIGNERS:
        pdf.multi_cell(0, 6, name)
        pdf.ln(2)
    gold = {
        "kind": "pdf",
        "title": "The harbour is not for sale",
        "date": "2025-04-28",
        "lines": [*(LONG * 3), "Signed by:", *SIGNERS],
        "signatories": SIGNERS,
    }
    return bytes(pdf.output()), gold


def hyphenated_columns() -> tuple[bytes, dict[str, Any]]:
    """Two columns of text, some words hyphenated at the line's end, title across the top."""
    left = [
        (
            "The teachers of the Lunerian public schools have been on strike for three weeks. "
            "Their pay has lost a fifth of its value since the last agree-\nment was signed."
        ),
        (
            "We, the undersigned parties and unions, stand in soli-\ndarity with them and with "
            "the parents who support their struggle."
        ),
    ]
    right = [
        (
            "We call on the ministry to reopen negotia-\ntions at once and to withdraw the "
            "threat to dismiss the strike committee."
        ),
        "Workers' Party of Luneria\nTeachers United\nLunerian Parents' Council",
    ]
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.set_xy(10, 12)
    # A title long enough to wrap onto a second line.
    pdf.multi_cell(
        190,
        8,
        "Support the Lunerian teachers' strike and the parents who stand with them in every school of the country",
    )
    pdf.set_font("helvetica", "", 11)
    for column, x in ((left, 10), (right, 110)):
        y = 40.0
        for paragraph in column:
            pdf.set_xy(x, y)
            pdf.multi_cell(85, 6, paragraph)
            y = pdf.get_y() + 8
    joined = [
        "The teachers of the Lunerian public schools have been on strike for three weeks. "
        "Their pay has lost a fifth of its value since the last agreement was signed.",
        "We, the undersigned parties and unions, stand in solidarity with them and with the "
        "parents who support their struggle.",
        "We call on the ministry to reopen negotiations at once and to withdraw the threat to "
        "dismiss the strike committee.",
        "Workers' Party of Luneria",
        "Teachers United",
        "Lunerian Parents' Council",
    ]
    gold = {
        "kind": "pdf",
        "title": "Support the Lunerian teachers' strike and the parents who stand with them in every school of the country",
        "date": None,
        "lines": joined,
        "signatories": joined[3:],
    }
    return bytes(pdf.output()), gold


CLINIC = [
    "1. Why the clinics matter",
    "The eleven community clinics of the Ostrava valley treat more than forty thousand "
    "patients a year, most of them miners, pensioners and the families of seasonal workers "
    "who live too far from the regional hospital to reach it in an emergency.",
    "2. What the plan would do",
    "The health authority's plan would close seven of them within eighteen months and replace "
    "them with a telephone line and a weekly mobile unit. The authority has published no "
    "study of travel times, no estimate of the cost to patients and no account of what will "
    "happen to the nurses and doctors who work in the clinics today, many of whom have served "
    "the same villages for twenty years and more, and who learned of the plan from the "
    "newspapers rather than from their employer.",
    "3. Our demands",
    "We demand that the plan be withdrawn, that the clinics be funded for the next five years, "
    "and that any future change be decided with the valley's councils and unions.",
]


# Long signatory lines in a justified column: each its own line, though none is short.
SIGNED = [
    "Dr. Mira Kovalenko, chair, Valley Health Workers Union of Ostrava",
    "Petr Holub, general secretary, Ostrava Miners' Federation",
    "Jana Novotna, coordinator, Ostrava Valley Patients' Association",
]


def justified_page_break() -> tuple[bytes, dict[str, Any]]:
    """Justified text, numbered headings, a title and dateline in different sizes close
    together, a paragraph cut by the page break, a file name as the PDF's title."""
    pdf = FPDF(format=(148, 150))
    pdf.set_title("clinics_statement_v2_FINAL.docx")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Keep the valley clinics open", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    pdf.multi_cell(0, 5, "Ostrava Minor, 2 February 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "", 10)
    for paragraph in CLINIC:
        pdf.multi_cell(
            0,
            5,
            paragraph,
            align="L" if paragraph[0].isdigit() else "J",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(3)
    for name in SIGNED:
        pdf.multi_cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": "Keep the valley clinics open",
        "date": "2026-02-02",
        "lines": [*CLINIC, *SIGNED],
        "signatories": [
            "Valley Health Workers Union of Ostrava",
            "Ostrava Miners' Federation",
            "Ostrava Valley Patients' Association",
        ],
    }
    return bytes(pdf.output()), gold


LETTER = [
    "Dear Councillor Brandt,",
    "We write on behalf of the tenants of the Kettle Lane estate about the council's decision "
    "to sell the estate's three tower blocks to a private developer without consulting "
    "those who live in them.",
    "Four hundred households live in the towers, many of them for thirty years or more. The "
    "developer's plans, published last week, show no social rents and no right of return "
    "for the tenants who would be moved out during the works.",
    "We ask you to withdraw the sale from the agenda of the next council meeting and to meet "
    "the tenants' association before any decision is taken.",
    "Yours sincerely,",
    "Agnes Lindqvist",
    "Chair, Kettle Lane Tenants' Association",
]


def letterhead() -> tuple[bytes, dict[str, Any]]:
    """A letter on letterhead: the organisation's name in large type over its address and
    contact lines in small type, a dateline, the recipient, a subject line before the
    salutation, and a footer."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.multi_cell(0, 8, "Kettle Lane Tenants' Association", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8)
    pdf.multi_cell(0, 4, "12 Kettle Lane, Brisk BR4 2QT", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0, 4, "Phone 0190 555 0142 | info@kettlelane.example", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(10)
    pdf.set_font("helvetica", "", 11)
    for line in ("Brisk, 7 March 2026", "", "Councillor Hanna Brandt", "Brisk City Council"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "The sale of the Kettle Lane towers", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.ln(4)
    for paragraph in LETTER:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_auto_page_break(False)
    pdf.set_y(-20)
    pdf.set_font("helvetica", "", 8)
    pdf.cell(0, 6, "Registered tenants' association no. 4471", align="C")
    gold = {
        "kind": "pdf",
        "title": "The sale of the Kettle Lane towers",
        "date": "2026-03-07",
        "lines": ["Councillor Hanna Brandt", "Brisk City Council", *LETTER],
        "signatories": ["Kettle Lane Tenants' Association"],
    }
    return bytes(pdf.output()), gold


RELEASE_BODY = [
    "Care workers employed by the four largest home-care agencies in the Orrin valley will "
    "stop work for a day on 30 June, after the agencies refused to pay for the time spent "
    "travelling between clients.",
    "A care worker visiting eight clients a day spends up to three hours on the road. None of "
    "that time is paid, and the mileage allowance has not changed since 2019.",
    "The Orrin Care Workers Network and the Valley Carers' Alliance set out four demands:",
]
RELEASE_DEMANDS = [
    "Payment for every minute between the first visit of the day and the last, including the "
    "time spent driving or walking from one client to the next.",
    "A mileage allowance that follows the price of fuel, reviewed every six months by the "
    "agencies and the network together.",
    "No visit shorter than thirty minutes for any client who needs help with washing, dressing "
    "or meals.",
    "Recognition of the network as the voice of care workers in every agency of the valley.",
]
RELEASE_LEFT = ["Orrin Care Workers Network", "Valley Carers' Alliance", "Orrin Pensioners' Forum"]
RELEASE_RIGHT = [
    "Disabled People's Council of Orrin",
    "Home Care Users' Group",
    "Orrin Trades Council",
]


def release_demands() -> tuple[bytes, dict[str, Any]]:
    """A press release as offices lay them out: a logo line over a small tagline, "PRESS
    RELEASE", a headline over two lines with the date in small type under it, numbered demands
    whose number stands in a cell of its own (the text hangs beside it), signatories in two
    columns drawn row by row, an end mark and notes after it."""
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("helvetica", "B", 24)
    pdf.set_text_color(140, 30, 30)
    pdf.cell(0, 11, "ORRIN CARE WORKERS NETWORK", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8)
    pdf.cell(0, 4, "Carers organising for carers since 2011", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 6, "PRESS RELEASE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 18)
    pdf.multi_cell(
        0,
        8,
        "Care workers to strike over unpaid travel time between visits in the Orrin valley",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("helvetica", "", 9)
    pdf.cell(0, 6, "Issued 12 June 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("helvetica", "", 11)
    for paragraph in RELEASE_BODY:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for number, demand in enumerate(RELEASE_DEMANDS, 1):
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(7, 6, f"{number}.")
        pdf.multi_cell(width - 11, 6, demand, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, "Signed:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    for left, right in zip(RELEASE_LEFT, RELEASE_RIGHT, strict=True):
        y = pdf.get_y()
        pdf.cell(width / 2, 6, left)
        pdf.set_xy(pdf.l_margin + width / 2, y)
        pdf.cell(width / 2, 6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, "-ENDS-", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        "Notes: the network has 1,900 members in 14 agencies. Interviews: 0190 555 0177.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    gold = {
        "kind": "pdf",
        "title": "Care workers to strike over unpaid travel time between visits in the Orrin valley",
        "date": "2026-06-12",
        "lines": [
            *RELEASE_BODY,
            *(f"{n}. {d}" for n, d in enumerate(RELEASE_DEMANDS, 1)),
            "Signed:",
            *RELEASE_LEFT,
            *RELEASE_RIGHT,
        ],
        "signatories": [*RELEASE_LEFT, *RELEASE_RIGHT],
    }
    return bytes(pdf.output()), gold


SPACED_SIGNERS = [
    "Dr. Miriam Osei, Chair, Association of Rural Doctors of the Northern Provinces",
    "Tomas Verhagen, General Secretary, Federation of Agricultural and Forestry Workers",
    "Lena Brook, Coordinator, Northern Provinces Food Bank Network",
    "Father Anselm Kray, Director, Commission for Justice and Peace",
    "Prof. Hanne Ruud, Department of Agronomy, University of Northfold",
    "Sana Idris, Spokesperson, Young Farmers for the Climate",
]


def spaced_signatories() -> tuple[bytes, dict[str, Any]]:
    """Ragged-right text and a column of signatories, "Name, Role, Organisation", with space
    between the entries: long ones wrap inside the column, onto a word in capitals; others
    nearly fill the line, so only the space tells where the next entry starts."""
    pdf = FPDF(format=(148, 210))
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Bread before profit", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Northfold, 2 September 2026",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    for paragraph in LONG[:3]:
        pdf.multi_cell(0, 5, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("helvetica", "B", 10)
    pdf.multi_cell(0, 5, "Signatories", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    for signer in SPACED_SIGNERS:
        pdf.ln(1.2)
        pdf.multi_cell(0, 5, signer, align="L", new_x="LMARGIN", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": "Bread before profit",
        "date": "2026-09-02",
        "lines": [*LONG[:3], "Signatories", *SPACED_SIGNERS],
        "signatories": list(SPACED_SIGNERS),
    }
    return bytes(pdf.output()), gold


LIST_SIGNERS = [
    "Brisk Dockers' Union (Velmora)",
    "Harbour Pilots' Association (Velmora)",
    "Port Ellery Tenants League (Ostrava)",
    "Seafarers' Welfare Fund (Kestria)",
    "Coastal Fishers' Cooperative (Marenthia)",
    "Ferry Crews United (Tessovar)",
    "Velmora Trades Council (Velmora)",
    "Friends of the Old Harbour (Ostrava)",
]


class _HeaderBothSides(FPDF):
    def header(self) -> None:
        self.set_font("helvetica", "", 8)
        self.cell(0, 6, "Harbour Declaration")
        self.set_x(self.l_margin)
        self.cell(0, 6, "Joint declaration - March 2026", align="R")
        self.ln(12)


def signatories_page() -> tuple[bytes, dict[str, Any]]:
    """A declaration whose last page holds only its signatories: a list whose lines are all
    short, so that the page alone does not show how wide the column is; a running header
    on both sides of the page."""
    pdf = _HeaderBothSides(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, "The Harbour Declaration", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "", 11)
    for paragraph in LONG:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 7, "Signatories", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    for signer in LIST_SIGNERS:
        pdf.cell(0, 6, signer, new_x="LMARGIN", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": "The Harbour Declaration",
        "date": None,
        "lines": [*LONG, "Signatories", *LIST_SIGNERS],
        "signatories": list(LIST_SIGNERS),
    }
    return bytes(pdf.output()), gold


NEWSLETTER_LEFT = [
    "The Orr Valley Allotment Federation, which speaks for nineteen allotment sites across "
    "the valley, has adopted the following statement on the district council's plan to sell "
    "the Tanner's Field site for housing.",
    "Tanner's Field has been cultivated for ninety years. Its 112 plots feed families who "
    "could not otherwise afford fresh vegetables, and its waiting list is the longest in the "
    "district.",
    "The council says the sale is needed to meet its housing target. We support new homes, "
    "but there are three brownfield sites in the town centre that the council's own survey "
    "found suitable, and none of them grows food.",
]
NEWSLETTER_RIGHT_REST = "to choose them instead of the field."
NEWSLETTER_SPLIT = (
    "We ask the council to withdraw the sale from next month's agenda and to meet the "
    "federation to go through the brownfield sites one by one, so that councillors are able"
)
NEWSLETTER_RIGHT = [
    "Plot holders and neighbours are welcome at the federation's open day on the field, "
    "where the alternatives will be shown on a map.",
    "Adopted by the member sites:",
]
NEWSLETTER_SIGNERS = [
    "Tanner's Field Plot Holders",
    "Orr Valley Allotment Federation",
    "Millbrook Gardens Association",
    "Orr Valley Food Bank",
]


def newsletter_columns() -> tuple[bytes, dict[str, Any]]:
    """A newsletter page: a masthead in large type over a line of issue details, the
    statement's title across both columns with its date under it, then two columns, a
    paragraph running from the foot of the left one into the right one, a photograph's
    caption in small type, signatories at the foot of the right column."""
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 22)
    pdf.cell(0, 10, "THE PLOT THICKENS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Bulletin of the Orr Valley Allotment Federation | Issue 17 | Spring 2026",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("helvetica", "B", 15)
    pdf.multi_cell(
        0,
        7,
        "Tanner's Field is not for sale: a statement from the allotment federation",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("helvetica", "", 10)
    pdf.cell(0, 6, "3 March 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    width = (pdf.w - 30 - 8) / 2
    top = pdf.get_y()
    pdf.set_font("helvetica", "", 10)
    for paragraph in NEWSLETTER_LEFT:
        pdf.multi_cell(width, 5, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("helvetica", "", 7)
    pdf.multi_cell(
        width, 4, "Plots on Tanner's Field in June. Photo: R. Okafor", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(3)
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(width, 5, NEWSLETTER_SPLIT, align="L", new_x="LMARGIN", new_y="NEXT")
    right = 15 + width + 8
    pdf.set_xy(right, top)
    pdf.multi_cell(width, 5, NEWSLETTER_RIGHT_REST, align="L", new_x="LEFT", new_y="NEXT")
    pdf.ln(3)
    for paragraph in NEWSLETTER_RIGHT:
        pdf.set_x(right)
        pdf.multi_cell(width, 5, paragraph, align="L", new_x="LEFT", new_y="NEXT")
        pdf.ln(2)
    for signer in NEWSLETTER_SIGNERS:
        pdf.set_x(right)
        pdf.cell(width, 6, signer, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(15, -14)
    pdf.set_font("helvetica", "", 7)
    pdf.cell(0, 5, "Printed by volunteers. orrvalleyallotments.example")
    gold = {
        "kind": "pdf",
        "title": "Tanner's Field is not for sale: a statement from the allotment federation",
        "date": "2026-03-03",
        "lines": [
            *NEWSLETTER_LEFT,
            f"{NEWSLETTER_SPLIT} {NEWSLETTER_RIGHT_REST}",
            *NEWSLETTER_RIGHT,
            *NEWSLETTER_SIGNERS,
        ],
        "signatories": list(NEWSLETTER_SIGNERS),
    }
    return bytes(pdf.output()), gold


TABLE_ROWS = [
    (f"{('Ana', 'Ben', 'Cleo', 'Dara', 'Emil')[i // 6]} {name}", organisation, country)
    for i, (name, organisation, country) in enumerate(
        [
            ("Okafor", "Brisk Dockers' Union", "Velmora"),
            ("Lindqvist", "Kettle Lane Tenants' Association", "Velmora"),
            ("Marsk", "National Federation of Dockworkers", "Ostrava"),
            ("Brandt", "Harbour Pilots' Association and Marine Engineers' Section", "Kestria"),
            ("Vos", "Seafarers' Welfare Fund", "Marenthia"),
            ("Quist", "Ferry Crews United", "Tessovar"),
        ]
        * 5
    )
]


def ruled_table() -> tuple[bytes, dict[str, Any]]:
    """Signatories in a table drawn with rules (name | organisation | country) that runs
    onto the next page, its bold header row repeated there; a long organisation wraps in
    its cell."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Declaration of the harbour delegates", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.ln(3)
    for paragraph in LONG[:4]:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.multi_cell(0, 6, "Signed by the delegates:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "", 10)
    with pdf.table(col_widths=(45, 90, 35), repeat_headings=1) as table:
        table.row(("Name", "Organisation", "Country"))
        for row in TABLE_ROWS:
            table.row(row)
    gold = {
        "kind": "pdf",
        "title": "Declaration of the harbour delegates",
        "date": None,
        "lines": [*LONG[:4], "Signed by the delegates:", *(" ".join(r) for r in TABLE_ROWS)],
        "signatories": [r[1] for r in TABLE_ROWS],
    }
    return bytes(pdf.output()), gold


LEAFLET = [
    "Nine groups from the Orr valley have come together to oppose the plan to build a "
    "waste incinerator on the edge of Millbrook, next to the primary school and the river.",
    "The plant would burn two hundred thousand tonnes of rubbish a year, most of it brought "
    "in by lorry from outside the valley, on roads that already carry more traffic than "
    "they were built for.",
    "The county's own waste strategy says that recycling and composting should come first, "
    "and that no new incinerators are needed before 2035. The plan would lock the county "
    "into burning for thirty years.",
    "We ask the planning committee to refuse the application and to meet the groups of the "
    "valley before the hearing in January.",
]
LEAFLET_SIGNERS = ["Orr Valley Alliance", "Millbrook School Parents", "Friends of the Orr"]


def leaflet_three_columns() -> tuple[bytes, dict[str, Any]]:
    """A landscape leaflet in three justified columns: a title across the top with the date
    under it, the text running from column to column (paragraphs cut at a column's foot),
    the signatories at the foot of the third column."""
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 24)
    pdf.cell(0, 12, "No incinerator at Millbrook", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.cell(0, 6, "Published 2 December 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    gap = 8
    width = (pdf.w - 24 - 2 * gap) / 3
    top = pdf.get_y()
    second, third = LEAFLET[1].split(" "), LEAFLET[2].split(" ")
    columns = [
        [LEAFLET[0], " ".join(second[:12])],
        [" ".join(second[12:]), " ".join(third[:14])],
        [" ".join(third[14:]), LEAFLET[3]],
    ]
    pdf.set_font("helvetica", "", 11)
    for number, parts in enumerate(columns):
        x = 12 + number * (width + gap)
        pdf.set_xy(x, top)
        for k, part in enumerate(parts):
            pdf.set_x(x)
            pdf.multi_cell(width, 5.5, part, align="J", new_x="LEFT", new_y="NEXT")
            if k + 1 < len(parts):
                pdf.ln(3)
    pdf.ln(3)
    for signer in LEAFLET_SIGNERS:
        pdf.set_x(12 + 2 * (width + gap))
        pdf.cell(width, 5.5, signer, new_x="LEFT", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": "No incinerator at Millbrook",
        "date": "2026-12-02",
        "lines": [*LEAFLET, *LEAFLET_SIGNERS],
        "signatories": list(LEAFLET_SIGNERS),
    }
    return bytes(pdf.output()), gold


def two_letterheads() -> tuple[bytes, dict[str, Any]]:
    """A letter from two organisations: their letterheads side by side (a name over an
    address in small type), the date right-aligned, the subject in bold (also the PDF's
    title), the salutation and the text."""
    pdf = FPDF(format="A4")
    pdf.set_title("Keep the Orrbridge ferry running")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(90, 5, "Orrbridge Ferry Users' Association")
    pdf.cell(0, 5, "Orrbridge Traders' Guild", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8)
    pdf.cell(90, 4, "3 Quay Lane, Orrbridge")
    pdf.cell(0, 4, "Market Hall, Orrbridge", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(90, 4, "ferry@orrbridge.example")
    pdf.cell(0, 4, "guild@orrbridge.example", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, "Orrbridge, 20 November 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, "Keep the Orrbridge ferry running", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.ln(4)
    body = [
        "Dear Councillor Marsh,",
        "We write together, as the people who cross the river every day and as the traders "
        "who depend on them, about the council's proposal to end the ferry service in April.",
        "We ask the council to keep the ferry running until the new bridge is open, and to "
        "meet us before the budget is set.",
        "Yours sincerely,",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    gold = {
        "kind": "pdf",
        "title": "Keep the Orrbridge ferry running",
        "date": "2026-11-20",
        "lines": body,
        "signatories": [],
    }
    return bytes(pdf.output()), gold


REPORT_SECTIONS = [
    (
        "1. Why the valley needs its buses",
        [
            "Since the timetable was cut in 2024, the villages of the upper valley have had two buses "
            "a day in each direction, none of them early enough for a shift that starts at seven.",
            "Young people leave because they cannot reach the college, and older residents give up "
            "their appointments at the hospital because the last bus home leaves at four.",
        ],
    ),
    (
        "2. What we ask",
        [
            "We ask the county to restore an hourly service from six in the morning until ten at "
            "night, and to fund it from the transport levy that the valley already pays.",
        ],
    ),
]


class _Report(FPDF):
    def footer(self) -> None:
        if self.page_no() > 2:
            self.set_y(-14)
            self.set_font("helvetica", "", 8)
            self.cell(0, 6, f"Buses for the upper valley - page {self.page_no()}", align="C")


def cover_and_contents() -> tuple[bytes, dict[str, Any]]:
    """A report-like statement: a cover page (title, subtitle, date, imprint), a contents
    page with dot leaders, then the text with numbered headings, its title printed again
    above it, and a running footer."""
    pdf = _Report(format="A4")
    pdf.add_page()
    pdf.ln(60)
    pdf.set_font("helvetica", "B", 24)
    pdf.multi_cell(0, 11, "Buses for the upper valley", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 13)
    pdf.multi_cell(
        0,
        7,
        "A statement of the Upper Valley Transport Forum",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.cell(0, 7, "Orrbridge, 9 October 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-40)
    pdf.set_font("helvetica", "", 9)
    pdf.cell(
        0, 5, "Published by the Upper Valley Transport Forum, 2 Mill Lane, Orrbridge", align="C"
    )
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.cell(0, 8, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    for number, (heading, _) in enumerate(REPORT_SECTIONS):
        dots = "." * (70 - len(heading))
        pdf.cell(0, 7, f"{heading} {dots} {number + 3}", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 9, "Buses for the upper valley", new_x="LMARGIN", new_y="NEXT")
    lines: list[str] = []
    for heading, paragraphs in REPORT_SECTIONS:
        pdf.ln(3)
        pdf.set_font("helvetica", "B", 12)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 11)
        lines.append(heading)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            lines.append(paragraph)
    gold = {
        "kind": "pdf",
        "title": "Buses for the upper valley",
        "date": "2026-10-09",
        "lines": lines,
        "signatories": [],
    }
    return bytes(pdf.output()), gold


GRID_LEFT = ["Orr Valley Alliance", "Kelby Tenants", "Millbrook Parents"]
GRID_MIDDLE = ["Orrbridge Cyclists", "Upper Valley Forum", "Friends of the Orr"]
GRID_RIGHT = ["Orr Rail Users", "Kelby Pensioners", "Mill Road Residents"]


def columns_grid_cc() -> tuple[bytes, dict[str, Any]]:
    """Two columns of text, then "Signed by:" and a grid of names in three columns (read
    column by column) under them, then "cc:" lines after the last name."""
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 9, "A fair deal for the valley's buses", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    width = (pdf.w - 30 - 8) / 2
    top = pdf.get_y()
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(width, 5, LONG[0], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(width, 5, LONG[1], align="L", new_x="LMARGIN", new_y="NEXT")
    bottom_left = pdf.get_y()
    pdf.set_xy(15 + width + 8, top)
    pdf.multi_cell(width, 5, LONG[2], align="L", new_x="LEFT", new_y="NEXT")
    pdf.ln(2)
    pdf.set_x(15 + width + 8)
    pdf.multi_cell(width, 5, LONG[3], align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(15, max(bottom_left, pdf.get_y()) + 8)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 6, "Signed by:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    grid_top = pdf.get_y()
    third = (pdf.w - 30) / 3
    for column, names in enumerate((GRID_LEFT, GRID_MIDDLE, GRID_RIGHT)):
        pdf.set_xy(15 + column * third, grid_top)
        for name in names:
            pdf.set_x(15 + column * third)
            pdf.cell(third, 6, name, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(15, grid_top + 3 * 6 + 8)
    for line in ("cc: the chair of the transport committee", "cc: Orr Valley Gazette"):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": "A fair deal for the valley's buses",
        "date": None,
        "lines": [
            *LONG[:4],
            "Signed by:",
            *GRID_LEFT,
            *GRID_MIDDLE,
            *GRID_RIGHT,
            "cc: the chair of the transport committee",
            "cc: Orr Valley Gazette",
        ],
        "signatories": [*GRID_LEFT, *GRID_MIDDLE, *GRID_RIGHT],
    }
    return bytes(pdf.output()), gold


def reference_block() -> tuple[bytes, dict[str, Any]]:
    """A letter with a reference block on the right ("Our ref", "Your ref", "Date") and a
    line naming the text and its place and date above the salutation."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.cell(0, 8, "Orr Valley Rail Users", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    for line in ("Our ref: OVRU/114", "Your ref: TC/2026/88"):
        pdf.cell(0, 6, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 6, "Open letter - Orrbridge, 3 May 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    body = [
        "Dear members of the transport committee,",
        "We write about the closure of the ticket office at Orrbridge station, announced for "
        "the summer without any consultation of the people who use it every day.",
        "We ask the committee to keep the office open at least in the mornings and to meet "
        "the rail users of the valley before any decision is taken.",
        "Yours faithfully,",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    gold = {
        "kind": "pdf",
        "title": "Orr Valley Rail Users",
        "date": "2026-05-03",
        "lines": body,
        "signatories": [],
    }
    return bytes(pdf.output()), gold


def kind_dateline() -> tuple[bytes, dict[str, Any]]:
    """A statement whose kind, authors and place stand with the date on one line above the
    text ("Joint declaration of the coastal unions - Marrowby, 14 June 2026"): it dates the
    statement and is not one of its lines."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(
        0, 9, "No to the closure of the Marrowby fish market", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(3)
    pdf.set_font("helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Joint declaration of the coastal unions - Marrowby, 14 June 2026",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)
    body = [
        "The fish market of Marrowby has stood on the harbour since 1874. The council now plans "
        "to close it and sell the site for flats, leaving the boats of the bay without a place "
        "to sell their catch.",
        "We call on the council to withdraw the plan and to invest instead in the cold store and "
        "the auction hall, as it promised the fishing families in 2019.",
        "Coastal Fishers' Union",
        "Marrowby Market Porters",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    gold = {
        "kind": "pdf",
        "title": "No to the closure of the Marrowby fish market",
        "date": "2026-06-14",
        "lines": body,
        "signatories": ["Coastal Fishers' Union", "Marrowby Market Porters"],
    }
    return bytes(pdf.output()), gold


def hyphen_across_pages() -> tuple[bytes, dict[str, Any]]:
    """A paragraph cut by the page break in the middle of a hyphenated word ("responsi-" at
    the foot of page 1, "bility" at the head of page 2): one line, the word whole."""
    pdf = FPDF(format=(148, 210))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(15, 20, "Clean water for the Dene estate")
    pdf.set_font("helvetica", "", 10)
    first = [
        "The tenants of the Dene estate have lived with brown water from",
        "their taps since the pipes under Wharf Road were replaced last",
        "spring. Children have been ill and families buy bottled water.",
    ]
    y = 32.0
    for line in first:
        pdf.text(15, y, line)
        y += 5
    # Fill the page with a last paragraph line by line to the foot, the cut word last.
    filler = [
        "The estate's residents' association has written to the company four",
        "times since June and has received one reply, which said only that",
        "the matter was under investigation and that no risk to health had",
        "been found. That is not good enough for families who cannot drink",
        "the water that comes out of their taps, and it is not good enough",
        "for the children who have been kept home from school with stomach",
        "upsets, or for the older tenants who cannot carry heavy packs of",
        "bottled water up four flights of stairs. We ask the water company",
        "and the council, which owns the estate, to meet the tenants in the",
        "community hall within the month and to accept full responsi-",
    ]
    y += 4
    for line in filler:
        pdf.text(15, y, line)
        y += 5
    pdf.set_font("helvetica", "", 8)
    pdf.text(70, 200, "1")
    pdf.add_page()
    pdf.set_font("helvetica", "", 10)
    rest = [
        "bility for the cost of the bottled water that families have had to",
        "buy since the spring.",
    ]
    y = 20.0
    for line in rest:
        pdf.text(15, y, line)
        y += 5
    y += 4
    pdf.text(15, y, "Dene Estate Tenants' Association")
    pdf.set_font("helvetica", "", 8)
    pdf.text(70, 200, "2")
    gold = {
        "kind": "pdf",
        "title": "Clean water for the Dene estate",
        "date": None,
        "lines": [
            " ".join(first),
            " ".join(filler[:-1])
            + " community hall within the month and to accept full responsibility for the cost"
            " of the bottled water that families have had to buy since the spring.",
            "Dene Estate Tenants' Association",
        ],
        "signatories": ["Dene Estate Tenants' Association"],
    }
    return bytes(pdf.output()), gold


def long_signer_lines() -> tuple[bytes, dict[str, Any]]:
    """Signatory lines set one under the other with no space between, two of them long
    enough to reach three quarters of the column: each ends where the next name would have
    fitted after it, so each is a line of its own."""
    pdf = FPDF(format="A4")
    pdf.set_margins(24, 24, 24)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Open letter on the Carrow estate heating", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "", 11)
    body = [
        "The district heating on the Carrow estate has failed eleven times since October, and "
        "each time families have waited days for the heat to come back. Many of the homes are "
        "occupied by older tenants and by families with small children.",
        "We ask the council to replace the boilers before next winter and to pay compensation "
        "to every household for the days without heating this year.",
        "Signed:",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    signers = [
        "Maura Quennell, Secretary, Carrow Estate Tenants' and Residents' Association",
        "Tobias Ferrant-Hale, District Nurse, Carrow and Westfield Community Team",
        "Ines Aldous, Carrow ward",
    ]
    for line in signers:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": "Open letter on the Carrow estate heating",
        "date": None,
        "lines": [*body, *signers],
        "signatories": ["Maura Quennell", "Tobias Ferrant-Hale", "Ines Aldous"],
    }
    return bytes(pdf.output()), gold


def cover_publisher_below() -> tuple[bytes, dict[str, Any]]:
    """A cover page: the title in the largest type, the publisher's name under it in type
    still larger than the text's, then the date; the text from page 2."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_y(90)
    pdf.set_font("helvetica", "B", 24)
    pdf.multi_cell(0, 11, "A Fair Deal for Hill Farmers", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("helvetica", "", 15)
    pdf.cell(0, 8, "Upland Farmers' Union of Corrie", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 12)
    pdf.cell(0, 8, "3 March 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("helvetica", "", 11)
    body = [
        "Farm-gate prices for hill lamb have fallen by a fifth in two years while the cost of "
        "feed, fuel and fertiliser has risen by more than a third.",
        "We ask the government to guarantee a minimum price for hill lamb for five years and to "
        "pay farmers fairly for the care of the land they manage.",
        "Upland Farmers' Union of Corrie",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    gold = {
        "kind": "pdf",
        "title": "A Fair Deal for Hill Farmers",
        "date": "2026-03-03",
        "lines": body,
        "signatories": ["Upland Farmers' Union of Corrie"],
    }
    return bytes(pdf.output()), gold


def release_subtitle_contact() -> tuple[bytes, dict[str, Any]]:
    """A press release: a bold headline, a subtitle in italics under it (the office's
    summary, not a line), a dateline opening the text (it dates it), and a "Press contact"
    block at the end with no end mark before it."""
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 22, 25)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.multi_cell(0, 9, "Tenants demand repairs at Brannock Court", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "I", 12)
    pdf.multi_cell(
        0,
        6.5,
        "Residents of the tower block give the council four weeks to act",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font("helvetica", "", 11)
    body = [
        "KESTON, 9 October 2026 - The tenants' association of Brannock Court today gave the "
        "council four weeks to repair the lifts and the heating in the nineteen-storey block.",
        "Both lifts have been out of service for most of the past month, leaving older and "
        "disabled residents unable to leave their flats.",
        '"We have been patient for two years," said Delia Marr, chair of the association. '
        '"Now we need the work done before the winter."',
    ]
    for paragraph in body:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(4)
    y = pdf.get_y()
    for style, line in (
        ("B", "Press contact"),
        ("", "Delia Marr, Brannock Court Tenants' Association"),
        ("", "Tel: 01632 960 114"),
        ("", "Email: tenants@brannockcourt.example"),
    ):
        pdf.set_font("helvetica", style, 10)
        pdf.set_x(29)
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(25, y - 3, 160, pdf.get_y() - y + 6)
    gold = {
        "kind": "pdf",
        "title": "Tenants demand repairs at Brannock Court",
        "date": "2026-10-09",
        "lines": body,
        "signatories": [],
    }
    return bytes(pdf.output()), gold


def name_grid_small_type() -> tuple[bytes, dict[str, Any]]:
    """Signatories in a grid of three columns, in smaller type than the text (too few lines
    of that size to show their own line spacing), each name set in a cell of its own. Read
    column by column, each name a line."""
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Keep the Sorrow Bay ferry running", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "", 10)
    body = [
        "The ferry between Sorrow Bay and the islands carries nurses, pupils and goods every "
        "day of the year. The operator now proposes to end the winter service from November, "
        "leaving the islands with one boat a week for five months and no way for pupils to "
        "reach the secondary school on the mainland.",
        "For the older islanders the ferry is the way to the hospital, and for the fishing "
        "families it is the way their catch reaches the market. No road or bridge can replace "
        "it, and the islands' population has already fallen by a third in twenty years.",
        "The operator says the winter sailings lose money. They always have: the ferry is a "
        "public service, not a business, and it was run as one for fifty years before the "
        "contract was let. The saving the operator expects is smaller than the cost of the "
        "extra hospital transfers by helicopter that the council would have to pay for.",
        "We ask the regional council to fund the winter sailings for the next five years, and "
        "to agree any future change to the timetable with the islanders before it is made.",
        "Signed by:",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    grid = [
        ["Sorrow Bay Harbour Workers", "Island Nurses' Network", "Bay Schools Parents' Forum"],
        ["Ferry Crews' Union", "Islanders' Action Group", "Sorrow Bay Trades Council"],
        ["Outer Islands Fishing Cooperative", "Sorrow Bay Chamber of Trade", "Bay Pensioners"],
    ]
    pdf.set_font("helvetica", "", 9)
    width = (210 - 36) / 3
    top = pdf.get_y()
    for column, names in enumerate(grid):
        for row, name in enumerate(names):
            pdf.set_xy(18 + column * width, top + row * 6)
            pdf.cell(width - 2, 6, name)
    names = [n for column in grid for n in column]
    gold = {
        "kind": "pdf",
        "title": "Keep the Sorrow Bay ferry running",
        "date": None,
        "lines": [*body, *names],
        "signatories": names,
    }
    return bytes(pdf.output()), gold


def small_type_list_below() -> tuple[bytes, dict[str, Any]]:
    """A title over its date in small type ("Published …": no letterhead), two columns of
    text in which a sentence runs from the foot of the left column into the right one on a
    capitalised word; on the next page a long list of signatories in smaller type below all
    the text, evenly spaced, down to the foot of the page — one of them long."""
    pdf = FPDF(format="A4")
    pdf.set_margins(19, 15, 19)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "", 8)
    pdf.set_xy(19, 12)
    pdf.cell(0, 4, "Kelso Valley Transport Forum - statement, May 2026")
    pdf.set_font("helvetica", "B", 16)
    pdf.set_xy(19, 24)
    pdf.cell(172, 8, "Buses for the whole of the Kelso valley", align="C")
    pdf.set_font("helvetica", "", 9)
    pdf.set_xy(19, 33)
    pdf.cell(172, 5, "Published 2 May 2026", align="C")
    pdf.set_font("helvetica", "", 12)
    left = [
        "Across the Kelso valley the bus is how",
        "most people without a car reach work,",
        "school and the doctor. Over ten years",
        "the network has shrunk by a third, and",
        "the villages above Hartside have lost",
        "their evening and Sunday services. We",
        "ask the county to restore them and to",
        "work with the operators and the new",
    ]
    right = [
        "Transport Board on a timetable that",
        "serves the valley's people, not only",
        "its busiest corridor. The organisations",
        "below will campaign together until the",
        "services are back.",
    ]
    for column, rows in ((19, left), (110, right)):
        y = 48.0
        for row in rows:
            pdf.text(column, y, row)
            y += 6.5
    pdf.add_page()
    pdf.set_font("helvetica", "", 12)
    pdf.text(19, 20, "Signed by:")
    names = [
        "Kelso Valley Transport Forum",
        "Hartside Parish Council",
        "Valley Pensioners' Association",
        "Transport Workers' Union, Kelso and Hartside District Branch",
        "Kelso College Students' Union",
        "Upper Valley Carers' Group",
        "Hartside Village Hall Committee",
        "Kelso Chamber of Trade",
        "Friends of the Kelso Line",
        "Valley Disability Forum",
        "Kelso Food Bank",
        "Young Farmers of the Upper Valley",
        "Kelso Cycling Club",
        "Hartside Primary School Parents",
        "Valley Community Transport",
        "Kelso and District Trades Council",
        "Upper Valley Women's Institute",
        "Kelso Green Group",
        "Hartside Tenants' Association",
        "Valley Youth Club",
        "Kelso Ramblers",
        "St Mary's Church, Hartside",
        "Kelso Mosque Association",
        "Valley Farmers' Market",
        "Kelso Allotment Society",
        "Hartside Football Club",
        "Kelso Library Friends",
        "Valley Night Workers' Network",
        "Kelso Hospice Volunteers",
        "Hartside Residents' Forum",
    ]
    pdf.set_font("helvetica", "", 10)
    y = 28.0
    for name in names:
        pdf.text(19, y, name)
        y += 8.3
    gold = {
        "kind": "pdf",
        "title": "Buses for the whole of the Kelso valley",
        "date": "2026-05-02",
        "lines": [" ".join(left + right), "Signed by:", *names],
        "signatories": names,
    }
    return bytes(pdf.output()), gold


def letterhead_recipient_date() -> tuple[bytes, dict[str, Any]]:
    """A letter in 10.5 pt type: a letterhead at the top right (a name in 13 pt, an address
    and an e-mail address in 8.5 pt: not lines), a recipient block of four lines, the date
    at the right after it (it dates the letter), a bold subject (the title)."""
    pdf = FPDF(format="A4")
    pdf.set_margins(23, 20, 23)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.cell(0, 6, "Selwyn Bay Parents' Forum", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8.5)
    pdf.cell(
        0,
        4,
        "c/o The Old School, 4 Mill Lane, Selwyn Bay SB1 2CD",
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(0, 4, "parents@selwynbay.example", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("helvetica", "", 10.5)
    recipient = [
        "Mr Aled Pryce",
        "Director of Education",
        "Selwyn County Council",
        "County Hall, Selwyn",
    ]
    for line in recipient:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 5, "9 March 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 6, "School transport for the Selwyn Bay villages", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 10.5)
    body = [
        "Dear Mr Pryce,",
        "We write on behalf of the parents of the forty children in the Selwyn Bay villages who "
        "lost their school bus when the new rules on walking distances came in this term.",
        "We ask the council to restore the bus until a safe footpath has been built along the "
        "coast road.",
        "Yours sincerely,",
        "Selwyn Bay Parents' Forum",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    gold = {
        "kind": "pdf",
        "title": "School transport for the Selwyn Bay villages",
        "date": "2026-03-09",
        "lines": [*recipient, *body],
        "signatories": ["Selwyn Bay Parents' Forum"],
    }
    return bytes(pdf.output()), gold


def wide_spacing_figures() -> tuple[bytes, dict[str, Any]]:
    """Lines set far apart (each its own block in the layout), a paragraph wrapped before a
    year ("… on 3 June" / "2026, …"): one line."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.text(20, 25, "Keep the Orrin lido open")
    pdf.set_font("helvetica", "", 12)
    first = (
        "The Orrin Lido Swimmers' Club, meeting in a special session on 3 June 2026, has "
        "considered the council's plan to close the open-air pool at the end of the summer "
        "and to sell the site to the developers of the Riverside Quarter scheme, and has "
        "resolved to oppose it by every means open to it."
    )
    second = (
        "The lido has served the town for ninety years. We ask the council to keep it open "
        "and to meet the club and the town's schools before any decision is made."
    )
    # The column as wide as the first line up to "June", and not wide enough for "2026,".
    head = "The Orrin Lido Swimmers' Club, meeting in a special session on 3 June"
    width = pdf.get_string_width(head) + pdf.get_string_width(" 2026,") * 0.6 + 2
    y = 40.0
    for paragraph in (first, second):
        for line in pdf.multi_cell(width, 9, paragraph, dry_run=True, output="LINES"):
            pdf.text(20, y, line)
            y += 9
        y += 8
    pdf.text(20, y, "Orrin Lido Swimmers' Club")
    gold = {
        "kind": "pdf",
        "title": "Keep the Orrin lido open",
        "date": None,
        "lines": [first, second, "Orrin Lido Swimmers' Club"],
        "signatories": ["Orrin Lido Swimmers' Club"],
    }
    return bytes(pdf.output()), gold


def logo_letters_letterhead() -> tuple[bytes, dict[str, Any]]:
    """A letterhead of three parts: a logo's letters in large type, the union's name beside
    them, its address in small type under the name — none of them lines."""
    pdf = FPDF(format="A4")
    pdf.set_margins(26, 18, 26)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.set_xy(29, 20)
    pdf.cell(16, 7, "KRU")
    pdf.set_font("helvetica", "B", 14)
    pdf.set_xy(52, 18)
    pdf.cell(0, 7, "Kestrel Rail Union")
    pdf.set_font("helvetica", "", 7.5)
    pdf.set_xy(52, 25)
    pdf.cell(0, 4, "Head Office - 3 Signal Row, Kestrel KT1 4RU - Tel. 01632 960 512")
    pdf.set_font("helvetica", "", 10.5)
    pdf.set_xy(26, 44)
    pdf.cell(0, 5, "10 April 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, "Closure of the Kestrel ticket office", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 10.5)
    body = [
        "Dear Mr Harlan,",
        "I write on behalf of the members of the Kestrel Rail Union who staff the ticket office "
        "at Kestrel station, about the company's plan to close it in the summer.",
        "We ask the company to withdraw the plan and to meet the union before any change to "
        "staffing at the station is made.",
        "Yours sincerely,",
        "Mara Vell, Branch Secretary",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    gold = {
        "kind": "pdf",
        "title": "Closure of the Kestrel ticket office",
        "date": "2026-04-10",
        "lines": body,
        "signatories": ["Mara Vell"],
    }
    return bytes(pdf.output()), gold


def first_heading_under_title() -> tuple[bytes, dict[str, Any]]:
    """A title followed at once by the first section's heading, in bold and a size of its
    own (a few words, like the headings after it): a line, not a subtitle."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.multi_cell(0, 9, "Save the Wellbrook ward", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    sections = [
        (
            "Why the ward matters",
            "The Wellbrook ward is the only place within forty miles where "
            "older patients can recover after an operation close to their families.",
        ),
        (
            "What is proposed",
            "The health board plans to close the ward in the autumn and move "
            "its twenty beds to the city hospital, an hour and a half away by bus.",
        ),
    ]
    lines: list[str] = []
    for heading, text in sections:
        pdf.set_font("helvetica", "B", 13)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("helvetica", "", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        lines += [heading, text]
    gold = {
        "kind": "pdf",
        "title": "Save the Wellbrook ward",
        "date": None,
        "lines": lines,
        "signatories": [],
    }
    return bytes(pdf.output()), gold


def list_below_two_columns() -> tuple[bytes, dict[str, Any]]:
    """Two columns of text, the last paragraph of the left column running on at the top of
    the right one; below both, set apart by space, "Endorsed by:" and a list of names at the
    left edge — read after both columns, not into the left one."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.text(40, 20, "Declaration of Harlow Quay on the inshore fleet")
    pdf.set_font("helvetica", "", 10)
    width = 80
    left = (
        "We, the organisations of inshore fishers and fish workers of the Harlow coast, meeting "
        "at Harlow Quay, adopt this declaration. The inshore fleet lands most of the fish eaten "
        "on this coast and employs four times as many people as the trawlers, yet it holds less "
        "than a tenth of the quota. Its share must grow, and the places where it fishes must be "
        "kept for it, so that the young people of the harbour towns can make a living at sea."
    )
    right = (
        "We call on the ministry to reserve the waters within six miles of the coast for "
        "vessels under twelve metres and to give the inshore fleet a fair share of every quota."
    )
    lines_left = pdf.multi_cell(width, 5, left, dry_run=True, output="LINES")
    cut = len(lines_left) - 2  # the last two lines of the left paragraph go on at the right
    y = 35.0
    for line in lines_left[:cut]:
        pdf.text(15, y, line)
        y += 5
    low = y
    y = 35.0
    for line in lines_left[cut:]:
        pdf.text(110, y, line)
        y += 5
    y += 3
    for line in pdf.multi_cell(width, 5, right, dry_run=True, output="LINES"):
        pdf.text(110, y, line)
        y += 5
    y = max(y, low) + 14
    pdf.text(15, y, "Endorsed by:")
    names = ["Harlow Inshore Fishers", "Coast Fish Workers' Union", "Harlow Quay Traders"]
    for name in names:
        y += 5.5
        pdf.text(15, y, name)
    gold = {
        "kind": "pdf",
        "title": "Declaration of Harlow Quay on the inshore fleet",
        "date": None,
        "lines": [left, right, "Endorsed by:", *names],
        "signatories": names,
    }
    return bytes(pdf.output()), gold


def two_columns_of_names() -> tuple[bytes, dict[str, Any]]:
    """The text across the page, then "Signed by" and the names in two columns of short
    lines, the right one with nothing beside it: each name a line, left column first."""
    pdf = FPDF(format="A4")
    pdf.set_margins(23, 20, 23)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.multi_cell(
        0, 8, "Shade and water for the Orran valley pickers", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(4)
    pdf.set_font("helvetica", "", 10.5)
    body = [
        "This summer the Orran valley has passed forty degrees on eleven days, and pickers have "
        "worked through the afternoons with no shade, no breaks and no water near the rows.",
        "We, the undersigned organisations, call on the ministry to adopt the heat rules that "
        "have waited two years for its signature, before the next harvest begins.",
        "Signed by",
    ]
    for paragraph in body:
        pdf.multi_cell(0, 5.2, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    left = ["Orran Pickers' Union", "Valley Legal Aid Centre", "Rural Health Network"]
    right = [
        "Doctors for Cool Fields",
        "Packers' Branch 9",
        "Orran Tenants' Union",
        "Students with Pickers",
    ]
    pdf.set_font("helvetica", "", 10)
    top = pdf.get_y() + 2
    for column, names in ((23, left), (110, right)):
        y = top
        for name in names:
            pdf.text(column, y, name)
            y += 5.6
    gold = {
        "kind": "pdf",
        "title": "Shade and water for the Orran valley pickers",
        "date": None,
        "lines": [*body, *left, *right],
        "signatories": [*left, *right],
    }
    return bytes(pdf.output()), gold


def cases() -> list[tuple[str, bytes, dict[str, Any]]]:
    return [
        ("pdf-running-headers", *running_headers()),
        ("pdf-hyphenated-columns", *hyphenated_columns()),
        ("pdf-justified-page-break", *justified_page_break()),
        ("pdf-letterhead", *letterhead()),
        ("pdf-release-demands", *release_demands()),
        ("pdf-spaced-signatories", *spaced_signatories()),
        ("pdf-signatories-page", *signatories_page()),
        ("pdf-newsletter-columns", *newsletter_columns()),
        ("pdf-ruled-table", *ruled_table()),
        ("pdf-leaflet-three-columns", *leaflet_three_columns()),
        ("pdf-two-letterheads", *two_letterheads()),
        ("pdf-cover-and-contents", *cover_and_contents()),
        ("pdf-columns-grid-cc", *columns_grid_cc()),
        ("pdf-reference-block", *reference_block()),
        ("pdf-kind-dateline", *kind_dateline()),
        ("pdf-hyphen-across-pages", *hyphen_across_pages()),
        ("pdf-long-signer-lines", *long_signer_lines()),
        ("pdf-cover-publisher-below", *cover_publisher_below()),
        ("pdf-release-subtitle-contact", *release_subtitle_contact()),
        ("pdf-name-grid-small-type", *name_grid_small_type()),
        ("pdf-small-type-list-below", *small_type_list_below()),
        ("pdf-letterhead-recipient-date", *letterhead_recipient_date()),
        ("pdf-wide-spacing-figures", *wide_spacing_figures()),
        ("pdf-logo-letters-letterhead", *logo_letters_letterhead()),
        ("pdf-first-heading-under-title", *first_heading_under_title()),
        ("pdf-list-below-two-columns", *list_below_two_columns()),
        ("pdf-two-columns-of-names", *two_columns_of_names()),
    ]
