"""PDF cases for test set 5, built in memory with fpdf2 (core font helvetica, latin-1 text only).

cases() returns a list of (case_name, pdf_bytes, gold_dict).
"""
from fpdf import FPDF
from fpdf.enums import TableHeadingsDisplay


# ---------------------------------------------------------------------------
# Case 12: two-page letter, right-aligned letterhead address, justified body,
# "Page 1/2" footer, running header on page 2, P.S. after the signatures.
# ---------------------------------------------------------------------------

LETTER_TITLE = "Open letter to the Minister of Health on staffing in northern hospitals"

LETTER_BODY = [
    "Dear Minister Aasen,",
    "We are writing to you on behalf of the nurses, midwives, doctors and patients of the hospitals of "
    "Brevik, Nordhavn and Skarsund. For three years in a row we have warned your Ministry that the "
    "northern hospitals cannot go on relying on agency staff and unpaid overtime to keep their wards "
    "open. This summer the warnings have become reality.",
    "Between 1 May and 31 May, the maternity ward in Brevik was closed on eleven nights because there "
    "was no midwife available. Women in labour were sent by ambulance to Nordhavn, a journey of two "
    "hours and ten minutes on a single mountain road. On two of those nights the road was closed by "
    "rockfall and the ambulance had to wait for a helicopter.",
    "The surgical department in Skarsund has had nine of its twenty-four nursing posts vacant since "
    "January. Planned operations have been postponed for more than 600 patients. The nurses who "
    "remain work an average of 31 hours of overtime a month, and sickness absence in the department "
    "has doubled.",
    "These are not isolated problems. They are the result of a funding formula that does not take "
    "account of distance, of the cost of housing for staff who move to the region, or of the fact "
    "that a small hospital must keep the same minimum staffing as a large one whether or not a single "
    "patient arrives during the night.",
    "Recruitment campaigns alone will not solve this. Last year the health trust spent more on "
    "advertising vacancies and on agency fees than it would have cost to raise the pay of every nurse "
    "in the northern hospitals by ten per cent. Young nurses trained in the region leave for the cities "
    "within two years, not because they do not want to live here, but because they cannot find "
    "affordable housing and because the workload is unsustainable.",
    "We therefore ask you to take three steps before the budget for next year is presented in October. "
    "First, introduce a northern allowance for health workers, financed by the state and not by the "
    "hospitals' own budgets. Second, fund 120 new training places for nurses and midwives at the "
    "university college in Nordhavn, with guaranteed work placements in the region. Third, revise "
    "the funding formula so that it reflects the real costs of keeping emergency and maternity "
    "services open in sparsely populated areas.",
    "None of these measures is new. All of them were recommended by the Ministry's own working group "
    "in its report of 2022. What has been missing is the decision to act on them.",
    "We would be grateful for a meeting with you and your officials at the earliest opportunity, and "
    "we look forward to your reply.",
    "Yours sincerely,",
]

LETTER_SIGNATORIES = [
    "Kari Lunde, President, Northern Nurses' Union",
    "Ola Brekke, Chair, Brevik Hospital Doctors' Association",
    "Sigrid Holm, Leader, Patients' Council of Nordfylke",
]

LETTER_PS = (
    "P.S. You will be in Nordfylke for the regional health conference on 15 July. We would be glad to "
    "show you the maternity ward in Brevik on the same day."
)


class _LetterPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("helvetica", "I", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, "Northern Nurses' Union - Open letter of 2 June 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Northern Nurses' Union - Org. no. 912 345 678 - www.nnu-nordfylke.example",
                  align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _letter_case():
    pdf = _LetterPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()

    # Letterhead: organisation name on the left, address block right-aligned at top right.
    top = pdf.get_y()
    pdf.set_font("helvetica", "B", 15)
    pdf.set_text_color(20, 60, 120)
    pdf.cell(80, 8, "NORTHERN NURSES' UNION")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, top)
    pdf.set_font("helvetica", "", 9)
    for ln in ["Northern Nurses' Union", "Havnegata 12", "8006 Brevik", "Tel. +00 75 555 0110",
               "post@nnu-nordfylke.example"]:
        pdf.cell(0, 4.5, ln, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)

    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, "Brevik, 2 June 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    pdf.set_font("helvetica", "B", 13)
    pdf.multi_cell(0, 7, LETTER_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("helvetica", "", 11)
    for para in LETTER_BODY:
        pdf.multi_cell(0, 6, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)

    pdf.ln(6)
    for sig in LETTER_SIGNATORIES:
        pdf.multi_cell(0, 6, sig, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)

    pdf.ln(6)
    pdf.set_font("helvetica", "I", 11)
    pdf.multi_cell(0, 6, LETTER_PS, align="J", new_x="LMARGIN", new_y="NEXT")

    gold = {
        "kind": "pdf",
        "title": LETTER_TITLE,
        "date": "2025-06-02",
        "lines": LETTER_BODY + LETTER_SIGNATORIES + [LETTER_PS],
        "signatories": list(LETTER_SIGNATORIES),
    }
    return "pdf_letter_letterhead_ps", bytes(pdf.output()), gold


# ---------------------------------------------------------------------------
# Case 13: declaration whose signatory table (Name | Organisation | Country)
# crosses a page break; the header row is repeated on the second page.
# ---------------------------------------------------------------------------

DECL_TITLE = "Fjordland Declaration on Decent Work in Agriculture"

DECL_BODY = [
    "We, trade unions of farm and food workers, small farmers' associations and migrant-rights "
    "organisations from across the Fjordland region, meeting in Ostvik on 20 and 21 March 2025, "
    "adopt the following declaration.",
    "Every year more than 80,000 seasonal workers come to our region to pick berries, plant forests "
    "and work in fish processing. Without them our food system would stop. Yet many of them are paid "
    "by the kilo rather than by the hour, live in overcrowded housing provided by their employer, and "
    "depend on a single employer for their residence permit.",
    "We declare that:",
    "1. Every agricultural worker, whatever their nationality or the length of their contract, is "
    "entitled to the minimum wage set in the national collective agreement for the sector.",
    "2. Housing provided by employers must meet the same standards as any other rented housing, and "
    "its cost may not be deducted from wages without the worker's written consent.",
    "3. Seasonal work permits must allow workers to change employer without losing their right to "
    "stay.",
    "4. Labour inspectorates must have the staff and the interpreters needed to visit every farm and "
    "processing plant at least once each season.",
    "We call on the governments of the region to incorporate these principles into law before the "
    "2026 season, and we commit ourselves to organising together across borders until they do.",
    "Signatories",
]

DECL_SIGNATORIES = [
    ("Anna Rasmussen", "Fjordland Farm Workers' Union", "Norvania"),
    ("Mikael Sorensen", "Union of Food and Fish Processing Workers", "Norvania"),
    ("Jana Novakova", "Seasonal Workers' Solidarity Network", "Ostland"),
    ("Tomas Ekberg", "Association of Small and Family Farms", "Ostland"),
    ("Liisa Koskinen", "Forestry Workers' Federation", "Ostland"),
    ("Andrei Popescu", "Migrant Workers' Advice Centre Ostvik", "Ostland"),
    ("Marit Solheim", "Organic Growers' Cooperative of the Western Fjords", "Norvania"),
    ("Pedro Alves", "Platform for the Rights of Undocumented Workers", "Valdoria"),
    ("Ingeborg Vik", "Women in Agriculture Network", "Norvania"),
    ("Karel Dvorak", "Fruit and Vegetable Pickers' Section, General Workers' Union", "Meridia"),
    ("Sanna Lindberg", "Rural Youth Association", "Ostland"),
    ("Olav Haugen", "Fjordland Fishermen's Cooperative", "Norvania"),
    ("Katarzyna Nowak", "Polish-speaking Workers' Association of Ostvik", "Ostland"),
    ("Helene Dubois", "Valdorian Confederation of Labour, Agriculture Department", "Valdoria"),
    ("Ruta Kazlauskiene", "Baltic Seasonal Workers' Helpline", "Meridia"),
    ("Erik Johansson", "Christian Council for Social Justice", "Ostland"),
    ("Nadia Haddad", "Refugee and Migrant Legal Aid", "Valdoria"),
    ("Jon Arne Berg", "Tree Planters' Union", "Norvania"),
    ("Agnieszka Wrobel", "Meridian Farmworkers' Federation", "Meridia"),
    ("Ahmed Saleh", "Greenhouse Workers' Committee of Sorby", "Ostland"),
    ("Birte Hansen", "Consumers for Fair Food", "Norvania"),
    ("Lars Petersen", "Dairy and Livestock Workers' Union", "Valdoria"),
    ("Elena Rossi", "Agricultural Chaplaincy of the Northern Diocese", "Valdoria"),
    ("Mati Tamm", "Estonian-speaking Workers' Club of Nordhavn", "Norvania"),
    ("Gunnhild Aune", "Fjordland Rural Women's Association", "Norvania"),
    ("Viktor Horvath", "Union of Horticultural Workers", "Meridia"),
    ("Sofie Lund", "Students for Fair Harvests", "Ostland"),
    ("Pavel Kral", "Transport and Logistics Workers, Food Supply Section", "Meridia"),
    ("Ida Strand", "Fjordland Human Rights Office", "Norvania"),
    ("Yusuf Demir", "Slaughterhouse Workers' Action Group", "Valdoria"),
    ("Maja Lindqvist", "Network of Rural Legal Clinics", "Ostland"),
    ("Henrik Aas", "Fjordland Farmers' Union, Western Branch", "Norvania"),
]


class _DeclPDF(FPDF):
    def header(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "Fjordland Assembly for Decent Work - Declaration 2025", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "www.fjordland-assembly.example", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(180, 180, 180)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(8)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 9)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, f"- {self.page_no()} -", align="C")
        self.set_text_color(0, 0, 0)


def _declaration_case():
    pdf = _DeclPDF(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, DECL_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("helvetica", "I", 10)
    pdf.cell(0, 6, "Ostvik, 21 March 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)

    pdf.set_font("helvetica", "", 10.5)
    for para in DECL_BODY[:-1]:
        if para[:2] in ("1.", "2.", "3.", "4."):
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(pdf.epw - 6, 5.5, para, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5.5, para, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    pdf.ln(3)
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 7, DECL_BODY[-1], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf.set_font("helvetica", "", 9.5)
    with pdf.table(
        col_widths=(45, 90, 35),
        text_align="LEFT",
        line_height=5.5,
        first_row_as_headings=True,
        repeat_headings=TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE,
        cell_fill_color=(240, 240, 240),
        cell_fill_mode="ROWS",
    ) as table:
        head = table.row()
        for h in ("Name", "Organisation", "Country"):
            head.cell(h)
        for name, org, country in DECL_SIGNATORIES:
            row = table.row()
            row.cell(name)
            row.cell(org)
            row.cell(country)

    sig_lines = [" ".join(r) for r in DECL_SIGNATORIES]
    gold = {
        "kind": "pdf",
        "title": DECL_TITLE,
        "date": "2025-03-21",
        "lines": list(DECL_BODY) + sig_lines,
        "signatories": sig_lines,
    }
    return "pdf_declaration_table_pagebreak", bytes(pdf.output()), gold


def cases():
    return [_letter_case(), _declaration_case()]


if __name__ == "__main__":
    import sys
    out = sys.argv[1] if len(sys.argv) > 1 else None
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
        if out:
            import json, os
            with open(os.path.join(out, name + ".pdf"), "wb") as fh:
                fh.write(data)
            with open(os.path.join(out, name + ".gold.json"), "w", encoding="utf-8") as fh:
                json.dump(gold, fh, ensure_ascii=False, indent=2)
