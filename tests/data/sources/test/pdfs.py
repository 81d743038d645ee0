"""Blind test cases: statements published as PDF files.

Every organisation, place and text below is invented.

    cases() -> list[tuple[str, bytes, dict]]

returns (case name, PDF bytes, gold dict).  The gold dict has the same shape
as the ``*.gold.json`` files of the HTML cases, with ``"kind": "pdf"``.

Only the core font "helvetica" is used, so all text is latin-1.
The PDF creation date is fixed so that the bytes are reproducible; it is a
file-generation timestamp, never the publication date of the statement.
"""

from __future__ import annotations

from datetime import datetime, timezone

from fpdf import FPDF

FONT = "helvetica"


def _new_pdf(pdf: FPDF, title_meta: str | None, created: datetime) -> FPDF:
    pdf.set_creation_date(created)
    pdf.set_producer("fpdf2 test-set builder")
    if title_meta is not None:
        pdf.set_title(title_meta)
    return pdf


# --------------------------------------------------------------------------
# Case 1: three pages, running header with the organisation name and a
# footer "Page N of M" on every page.  Paragraphs run across page breaks.
# The date only appears inside the body ("Adopted ... on 3 October 2024.").
# --------------------------------------------------------------------------

ORG1 = "Assembly of Northern Cooperatives"
TITLE1 = "Declaration on Cooperative Banking and Local Credit"

BODY1 = [
    (
        "p",
        "The cooperative movement of the northern provinces was born from a simple idea: that people who share a common need can meet it better together than alone. For more than a century, our credit unions and cooperative banks have lent to farmers, fishing crews, small workshops and young families who were turned away elsewhere. They have done so without speculation and without the crises that have repeatedly shaken commercial banking. This declaration, adopted by the delegates of the Assembly of Northern Cooperatives, sets out why that model is now under threat and what must be done to protect it.",
    ),
    ("h", "1. Why local credit matters"),
    (
        "p",
        "Local credit keeps savings where they are earned. A deposit made in a cooperative bank in Varnholm or Eskelund is lent again within the same region, to a baker expanding a shop, a farmer buying a new milking system or a housing cooperative renovating its buildings. Studies by the provincial statistics office show that every crown deposited in a local cooperative supports more regional investment than a crown deposited with one of the national banks, whose lending is concentrated in the capital and abroad.",
    ),
    (
        "p",
        "Cooperative banks also know their members. Loan officers who live in the same towns as their borrowers can judge a business plan by more than a credit score. This personal knowledge is the reason our default rates have remained lower than the national average in every year since records began, including the difficult years after the collapse of the property market.",
    ),
    ("h", "2. What has gone wrong"),
    (
        "p",
        "Over the past decade, regulation designed for large international banks has been applied without distinction to the smallest cooperative lenders. A credit union with three employees must now produce the same reports as a bank with thirty thousand. The cost of compliance has forced many cooperatives to merge or close, and fourteen communities in the northern provinces have lost their last local bank branch since 2016.",
    ),
    (
        "p",
        "At the same time, public development funds have increasingly been channelled through commercial banks, which charge fees for distributing them and often apply stricter conditions than the programmes themselves require. Cooperatives are excluded from these schemes because of minimum size thresholds that bear no relation to their actual capacity to lend.",
    ),
    (
        "p",
        "The result is a slow drain of capital and expertise from our regions. Young people who wish to start a business find that the nearest bank willing to hear their proposal is two hundred kilometres away, and that its decisions are made by algorithms designed for city markets.",
    ),
    ("h", "3. Our proposals"),
    (
        "p",
        "We call on the national government and parliament to introduce proportional regulation, so that reporting and capital requirements reflect the size and risk profile of each institution. Small cooperative lenders should be supervised by a dedicated unit with knowledge of their model, and the rules should be reviewed together with the sector every three years.",
    ),
    (
        "p",
        "We ask that public development funds be opened to cooperative banks and credit unions on equal terms, and that at least a quarter of regional development lending be channelled through institutions owned by their members. We further propose a fund, financed by a small levy on the largest banks, to help communities reopen local branches where none remain.",
    ),
    (
        "p",
        "Finally, we invite cooperatives across the country to join this declaration and to work with us in the coming year on a common programme for the renewal of local finance. The strength of our movement has always been its members, and it is to them that we address this call.",
    ),
    ("p", "Adopted by the General Assembly in Varnholm on 3 October 2024."),
    ("p", "Signed by:"),
]
SIGS1 = [
    "Assembly of Northern Cooperatives",
    "Varnholm Cooperative Savings Bank",
    "Eskelund Fishers' Credit Union",
    "Federation of Northern Housing Cooperatives",
]


class _RunningHeaderPDF(FPDF):
    def header(self):
        self.set_font(FONT, "I", 9)
        self.set_text_color(100, 100, 100)
        self.cell(0, 6, ORG1, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_font(FONT, "", 9)
        self.set_text_color(100, 100, 100)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _case_running_header() -> tuple[str, bytes, dict]:
    pdf = _new_pdf(
        _RunningHeaderPDF(format="A4"), TITLE1, datetime(2024, 10, 7, 9, 30, tzinfo=timezone.utc)
    )
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font(FONT, "B", 17)
    pdf.multi_cell(0, 9, TITLE1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for kind, text in BODY1:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font(FONT, "B", 13)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font(FONT, "", 12)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    pdf.set_font(FONT, "", 12)
    for sig in SIGS1:
        pdf.multi_cell(0, 8, sig, new_x="LMARGIN", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": TITLE1,
        "date": "2024-10-03",
        "lines": [t for _, t in BODY1] + SIGS1,
        "signatories": list(SIGS1),
    }
    return "pdf_01_running_header_3pages", bytes(pdf.output()), gold


# --------------------------------------------------------------------------
# Case 2: hyphenated line ends written by hand.  Each paragraph is given as
# the physical lines printed on the page; the gold text is written out
# separately and checked against a join of the physical lines.
# Also: the PDF metadata title is a file name, not the statement title.
# --------------------------------------------------------------------------

TITLE2 = "Statement of Solidarity with the Kelvarn Textile Workers"

PHYS2 = [
    [
        "We, the undersigned organisations, express our full solidar-",
        "ity with the textile workers of Kelvarn who have been on strike for",
        "three weeks to demand a living wage and the reinstatement of their dis-",
        "missed union representatives. Their courage in the face of intimida-",
        "tion deserves international recognition.",
    ],
    [
        "The factories of the Kelvarn industrial zone produce clothing for some",
        "of the largest retail brands in the world. Workers there earn less than",
        "half of what independent researchers estimate is needed to support a fam-",
        "ily, and many work compulsory overtime without proper compensation.",
        "When they formed an independent union last year, management re-",
        "sponded with dismissals and threats.",
    ],
    [
        "We call on the brands sourcing from Kelvarn to use their influence to",
        "secure the reinstatement of all dismissed workers and to support a nego-",
        "tiated settlement that includes a substantial wage increase. Cross-border",
        "supply chains create cross-border responsibilities, and companies can-",
        "not claim to respect human rights while ignoring the conditions in",
        "which their products are made.",
    ],
    [
        "We will continue to monitor the situation closely and to inform consum-",
        "ers, investors, trade unions and public authorities in our own countries",
        "about the conduct of the companies involved in this dispute.",
    ],
]

GOLD2 = [
    "We, the undersigned organisations, express our full solidarity with the textile workers of Kelvarn who have been on strike for three weeks to demand a living wage and the reinstatement of their dismissed union representatives. Their courage in the face of intimidation deserves international recognition.",
    "The factories of the Kelvarn industrial zone produce clothing for some of the largest retail brands in the world. Workers there earn less than half of what independent researchers estimate is needed to support a family, and many work compulsory overtime without proper compensation. When they formed an independent union last year, management responded with dismissals and threats.",
    "We call on the brands sourcing from Kelvarn to use their influence to secure the reinstatement of all dismissed workers and to support a negotiated settlement that includes a substantial wage increase. Cross-border supply chains create cross-border responsibilities, and companies cannot claim to respect human rights while ignoring the conditions in which their products are made.",
    "We will continue to monitor the situation closely and to inform consumers, investors, trade unions and public authorities in our own countries about the conduct of the companies involved in this dispute.",
]

SIGS2 = [
    "Garment Workers' Solidarity Network",
    "Kestrian Federation of Textile and Clothing Workers",
    "Clean Wardrobe Campaign Velmora",
    "Dunmarrow Trades Council",
]


def _dehyphenate(lines: list[str]) -> str:
    out = ""
    for line in lines:
        if not out:
            out = line
        elif out.endswith("-") and out[-2:-1].isalpha():
            out = out[:-1] + line
        else:
            out = out + " " + line
    return out


def _case_hyphenation() -> tuple[str, bytes, dict]:
    for phys, gold in zip(PHYS2, GOLD2):
        assert _dehyphenate(phys) == gold, (phys, gold)
    pdf = _new_pdf(
        FPDF(format="A4"),
        "solidarity_kelvarn_FINAL_v3.docx",
        datetime(2025, 3, 13, 16, 5, tzinfo=timezone.utc),
    )
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font(FONT, "B", 16)
    pdf.multi_cell(0, 8, TITLE2, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 6, "12 March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(FONT, "", 11)
    for phys in PHYS2:
        for line in phys:
            # every physical line must fit, so that fpdf2 does not re-wrap it
            assert pdf.get_string_width(line) < width - 2, line
        pdf.multi_cell(width, 6, "\n".join(phys), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(2)
    pdf.cell(0, 6, "Signed by:", new_x="LMARGIN", new_y="NEXT")
    for sig in SIGS2:
        pdf.cell(0, 6, sig, new_x="LMARGIN", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": TITLE2,
        "date": "2025-03-12",
        "lines": GOLD2 + ["Signed by:"] + SIGS2,
        "signatories": list(SIGS2),
    }
    return "pdf_02_hyphenation", bytes(pdf.output()), gold


# --------------------------------------------------------------------------
# Case 3: page 1 has the title across the top and two text columns of 85 mm
# placed with set_xy/multi_cell; page 2 is a normal single column.  Bare page
# numbers ("1", "2") at the bottom.  No publication date anywhere.
# --------------------------------------------------------------------------

TITLE3 = "Appeal for a Ceasefire in the Sarvan Highlands"

LEFT3 = [
    "For eleven months the people of the Sarvan Highlands have lived under shelling, blockade and the constant fear of new offensives. Villages that once supplied the whole region with grain and wool are now empty. More than ninety thousand people have fled to the valley towns, where schools and sports halls have become shelters.",
    "The warring parties have each declared their readiness for talks, yet each has set conditions that the other cannot accept. Meanwhile the fighting continues, and with every week the bitterness grows and the prospect of a lasting settlement recedes further.",
]
RIGHT3 = [
    "We, organisations of civil society from both sides of the front line and from neighbouring countries, appeal to the leaders of all armed forces in the highlands to agree to an immediate and unconditional ceasefire, monitored by an impartial international mission.",
    "A ceasefire must be followed by the opening of humanitarian corridors, the exchange of prisoners and the return of displaced families to their homes in safety. None of this is possible while the guns are still firing.",
]
PAGE2_3 = [
    "We call on the governments of the region and on the international community to support this appeal, to suspend arms deliveries to all parties, and to offer their good offices for negotiations without preconditions. Those who supply weapons share responsibility for how they are used.",
    "Peace in the highlands will not be made by generals alone. It will be built by farmers returning to their fields, teachers reopening their schools and neighbours who find the courage to speak to one another again. We pledge to support that work for as long as it takes.",
]
SIGS3 = [
    "Peace Coalition of the Southern Lakes",
    "Highland Women's Council",
    "Sarvan Valley Teachers' Union",
    "Committee for Refugee Rights Tessovar",
]


class _PageNumberPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font(FONT, "", 9)
        self.cell(0, 8, str(self.page_no()), align="C")


def _case_two_columns() -> tuple[str, bytes, dict]:
    pdf = _new_pdf(
        _PageNumberPDF(format="A4"), None, datetime(2025, 9, 30, 12, 0, tzinfo=timezone.utc)
    )
    pdf.set_margins(15, 20, 15)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font(FONT, "B", 18)
    pdf.set_xy(15, 22)
    pdf.multi_cell(180, 10, TITLE3, align="C", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 8
    pdf.set_font(FONT, "", 11)
    for x, paragraphs in ((15, LEFT3), (110, RIGHT3)):
        y = top
        for text in paragraphs:
            pdf.set_xy(x, y)
            pdf.multi_cell(85, 5.5, text, align="J")
            y = pdf.get_y() + 5
            assert y < 270, "column overflows the page"
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font(FONT, "", 11)
    for text in PAGE2_3:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(2)
    pdf.multi_cell(0, 6, "Signed by:", new_x="LMARGIN", new_y="NEXT")
    for sig in SIGS3:
        pdf.multi_cell(0, 6, sig, new_x="LMARGIN", new_y="NEXT")
    gold = {
        "kind": "pdf",
        "title": TITLE3,
        "date": None,
        "lines": LEFT3 + RIGHT3 + PAGE2_3 + ["Signed by:"] + SIGS3,
        "signatories": list(SIGS3),
    }
    return "pdf_03_two_columns", bytes(pdf.output()), gold


def cases() -> list[tuple[str, bytes, dict]]:
    return [_case_running_header(), _case_hyphenation(), _case_two_columns()]


if __name__ == "__main__":  # pragma: no cover - manual inspection helper
    import sys
    from pathlib import Path

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
    for name, data, _gold in cases():
        (out / f"{name}.pdf").write_bytes(data)
        print(name, len(data))
