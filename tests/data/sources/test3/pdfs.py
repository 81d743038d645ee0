"""Blind test set (test3): PDF cases built with fpdf2.

Everything here is invented (organisations, places, people, web addresses).
Only the core font "helvetica" is used, so every string is latin-1.

cases() -> list of (case name, pdf bytes, gold dict)
"""

from datetime import datetime, timezone

from fpdf import FPDF


# --------------------------------------------------------------------------
# Case 1: press release over two pages with running footer and notes to editors
# --------------------------------------------------------------------------

PR_TITLE = "Nurses Announce Day of Action Over Unsafe Staffing on Hospital Wards"

PR_BODY = [
    "KARSK, 19 September 2024 - The Halversen Nurses' Union today announced a "
    "national day of action on 3 October, after the Ministry of Health rejected "
    "proposals for legally enforceable minimum staffing levels on hospital wards. "
    "Nurses in all twenty-two public hospitals will hold rallies outside their "
    "workplaces during the lunchtime handover while maintaining full emergency cover.",
    "The announcement follows a survey of more than 9,000 members, which found that "
    "four in five nurses had worked at least one shift in the past month where they "
    "believed patient safety was compromised by a lack of staff. Almost half said "
    "they had considered leaving the profession within the next two years.",
    '"Every nurse in this country has finished a shift knowing that a patient waited '
    'too long for pain relief, for a wash or for someone simply to sit with them," '
    "said Odile Franssen, President of the Halversen Nurses' Union. \"We are not "
    "asking for miracles. We are asking for a safe number of nurses on every ward, "
    'written into law, so that care no longer depends on luck."',
    "The union's proposal would set a maximum of one registered nurse to five "
    "patients on general wards during the day and one to seven at night, with lower "
    "ratios in intensive care, paediatrics and maternity. Similar rules introduced "
    "in two neighbouring states have been followed by falling vacancy rates and "
    "shorter hospital stays.",
    "The Karsk Association of Midwives, which represents staff on maternity units, "
    "has endorsed the day of action and will join rallies at the six hospitals with "
    "the longest waiting lists. Its members report that maternity wards regularly "
    "operate with a single midwife caring for several women in active labour, "
    "sometimes for an entire night shift without a break.",
    "Ministry officials have argued that fixed ratios would be too costly and would "
    "reduce flexibility for hospital managers. The union disputes this, pointing to "
    "the ministry's own figures showing that spending on temporary agency staff has "
    "tripled in five years and now exceeds the cost of recruiting the permanent "
    "nurses the wards need.",
    "The union has written to the Minister of Health asking for urgent talks before "
    "3 October and has said it will call off the day of action if the government "
    "commits to introducing a staffing bill in the current session of parliament.",
]

PR_SIGNATORIES = ["Halversen Nurses' Union", "Karsk Association of Midwives"]

PR_NOTES = [
    "1. The Halversen Nurses' Union represents 48,000 registered nurses and nursing "
    "assistants in public and private healthcare.",
    "2. The member survey was conducted online between 1 and 14 August 2024. Full "
    "results are available on request.",
    "3. For interviews with Odile Franssen or with nurses taking part in the day of "
    "action, contact Piet Aldenhove on +99 60 555 0123 or media@halversen-nurses.example.",
]


class _PressReleasePDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 8, f"www.halversen-nurses.example | page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def _press_release():
    pdf = _PressReleasePDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title("PR_staffing_final_v3")
    pdf.set_author("comms")
    pdf.set_creation_date(datetime(2024, 9, 18, 17, 40, tzinfo=timezone.utc))
    pdf.add_page()

    # logo-like organisation name
    pdf.set_font("helvetica", "B", 28)
    pdf.set_text_color(20, 80, 140)
    pdf.cell(0, 13, "HALVERSEN NURSES' UNION", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    pdf.cell(0, 5, "Caring for those who care  -  est. 1952", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(20, 80, 140)
    pdf.set_line_width(0.8)
    pdf.line(22, pdf.get_y() + 2, 188, pdf.get_y() + 2)
    pdf.ln(9)

    pdf.set_font("helvetica", "B", 10)
    pdf.cell(0, 6, "FOR IMMEDIATE RELEASE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("helvetica", "B", 17)
    pdf.multi_cell(0, 8, PR_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("helvetica", "", 11)
    for para in PR_BODY:
        pdf.multi_cell(0, 6.5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)

    pdf.multi_cell(0, 6, "Signed by:", new_x="LMARGIN", new_y="NEXT")
    for s in PR_SIGNATORIES:
        pdf.multi_cell(0, 6, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "ENDS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("helvetica", "B", 10)
    pdf.multi_cell(0, 6, "Notes to editors", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    for note in PR_NOTES:
        pdf.multi_cell(0, 5, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    gold = {
        "kind": "pdf",
        "title": PR_TITLE,
        "date": "2024-09-19",
        "lines": PR_BODY + ["Signed by:"] + PR_SIGNATORIES,
        "signatories": list(PR_SIGNATORIES),
    }
    return "pdf_press_release_two_pages", bytes(pdf.output()), gold


# --------------------------------------------------------------------------
# Case 2: numbered demands, indented italic quote, two-column signatories
# --------------------------------------------------------------------------

ST_TITLE = (
    "Statement of the Amberland Student Assembly on Tuition Fees and the "
    "Student Cost-of-Living Crisis"
)

ST_INTRO = [
    "The Amberland Student Assembly, meeting in plenary session with delegates from "
    "fourteen universities and colleges, adopted the following statement in response "
    "to the government's plan to raise annual tuition fees by forty per cent from "
    "the next academic year.",
    "Students in Amberland already face the highest living costs in a generation. "
    "Rents in university towns have risen faster than anywhere else in the country, "
    "public grants have been frozen for six years, and a growing number of our "
    "members are skipping meals, sleeping on friends' floors or abandoning their "
    "studies altogether.",
    "We therefore demand:",
]

ST_DEMANDS = [
    "The immediate withdrawal of the proposed increase in tuition fees and a freeze "
    "on fees for the remainder of this parliament.",
    "An increase in the national maintenance grant in line with inflation since it "
    "was last raised, paid in monthly instalments rather than once a term.",
    "A cap on rents in university-owned accommodation, with any increase above "
    "inflation subject to approval by an elected student housing board.",
    "Free public transport for all enrolled students within their region of study.",
    "A legal guarantee that no student will be excluded from examinations because "
    "of unpaid fees or debts to their university.",
]

ST_QUOTE_LEAD = (
    "At the assembly, a first-year nursing student from Lirano described "
    "the situation in words that many delegates recognised:"
)

ST_QUOTE = (
    '"I work twenty hours a week in a supermarket and another ten in a care '
    "home at weekends. I still cannot pay my rent without borrowing from my "
    "parents, who have less than I do. I love my course, but every month I "
    'wonder whether this will be the month I have to give it up."'
)

ST_CLOSING = (
    "Education is not a private luxury but a public good that benefits the "
    "whole of society. We call on the government to open negotiations with "
    "student representatives without delay, and we invite staff unions, "
    "parents and everyone who values free and open universities to join our "
    "national day of protest on 24 April."
)

ST_LEFT = [
    "Amberland Student Assembly",
    "Lirano University Students' Union",
    "Port Haskel Polytechnic Student Council",
]
ST_RIGHT = [
    "Union of Postgraduate Researchers",
    "College of Nursing Students' Society",
    "Federation of Student Housing Co-ops",
]


class _StatementPDF(FPDF):
    def header(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(120, 120, 120)
        self.cell(
            0,
            6,
            "Amberland Student Assembly  |  Statements 2025",
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 8, f"{self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _statement():
    pdf = _StatementPDF(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(datetime(2025, 4, 4, 11, 5, tzinfo=timezone.utc))
    pdf.alias_nb_pages()
    pdf.add_page()
    full_w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("helvetica", "B", 19)
    pdf.multi_cell(0, 9, ST_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("helvetica", "", 9)
    pdf.set_text_color(100, 100, 100)
    pdf.multi_cell(0, 5, "Published 4 April 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)

    pdf.set_font("helvetica", "", 11)
    for para in ST_INTRO:
        pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    num_w = 8
    for i, item in enumerate(ST_DEMANDS, 1):
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(num_w, 6, f"{i}.")
        pdf.multi_cell(full_w - 6 - num_w, 6, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)

    pdf.multi_cell(0, 6, ST_QUOTE_LEAD, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "I", 11)
    pdf.set_x(pdf.l_margin + 15)
    pdf.multi_cell(full_w - 30, 6, ST_QUOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.ln(4)

    pdf.multi_cell(0, 6, ST_CLOSING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Signed by:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "", 10)
    col_w = full_w / 2
    for left, right in zip(ST_LEFT, ST_RIGHT):
        assert pdf.get_string_width(left) < col_w - 4
        assert pdf.get_string_width(right) < col_w - 4
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(col_w, 6, left)
        pdf.set_xy(pdf.l_margin + col_w, y)
        pdf.cell(col_w, 6, right, new_x="LMARGIN", new_y="NEXT")

    lines = (
        ST_INTRO
        + [f"{i}. {d}" for i, d in enumerate(ST_DEMANDS, 1)]
        + [ST_QUOTE_LEAD, ST_QUOTE, ST_CLOSING, "Signed by:"]
        + ST_LEFT
        + ST_RIGHT
    )
    gold = {
        "kind": "pdf",
        "title": ST_TITLE,
        "date": "2025-04-04",
        "lines": lines,
        "signatories": ST_LEFT + ST_RIGHT,
    }
    return "pdf_demands_quote_two_columns", bytes(pdf.output()), gold


def cases() -> list[tuple[str, bytes, dict]]:
    return [_press_release(), _statement()]


if __name__ == "__main__":
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
