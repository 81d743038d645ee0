"""PDF cases for test18. cases() returns (case_name, pdf_bytes, gold_dict)."""

from fpdf import FPDF


def _out(pdf):
    return bytes(pdf.output())


def _para(pdf, text, size=10.5, style="", h=5.2, after=3.0, align="J"):
    pdf.set_font("helvetica", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# ---------------------------------------------------------------------------
# 11. One-page joint statement, signatories in two columns
# ---------------------------------------------------------------------------

def pdf_one_page_joint_statement():
    title = "Joint statement: heat protections for farmworkers cannot wait"
    date_text = "14 July 2025"
    body = [
        "This summer, temperatures in the Marrow Valley have passed 40 degrees on eleven days already. Farmworkers are picking, packing and loading in that heat for ten hours or more, often with no shade, no scheduled breaks and no access to cool drinking water in the fields.",
        "Two workers have died on Marrow Valley farms since the beginning of June. Dozens more have been treated for heat exhaustion. Many others do not seek help because they fear losing their job or their place in company housing.",
        "The regional labour inspectorate has had a draft heat standard on its desk since 2023. It would require shade and water within a short walk of every worker, a paid rest break of fifteen minutes every two hours once the temperature passes 30 degrees, and an end to piece-rate work during heat alerts. It has still not been adopted.",
        "We, the undersigned organisations, call on the Minister of Labour to adopt the heat standard by emergency order before the end of this month, to fund additional inspections during the harvest, and to guarantee that no worker can be dismissed or evicted for stopping work in dangerous heat.",
        "Every summer of delay costs lives. The protections exist on paper. They must now exist in the fields.",
    ]
    left = [
        "Marrow Valley Farmworkers' Union",
        "Seasonal Workers' Legal Centre",
        "Harvest Health Clinic Network",
        "Migrant Families Association",
        "Valley Council of Churches",
        "Occupational Safety Forum",
    ]
    right = [
        "Rural Women's Collective",
        "Fair Food Alliance",
        "Doctors for Climate Health",
        "Packhouse Workers' Branch 17",
        "Marrow Valley Tenants' Union",
        "Students with Farmworkers",
    ]

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(False)
    pdf.add_page()

    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("helvetica", "", 10)
    pdf.cell(0, 6, date_text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    for p in body:
        _para(pdf, p, size=10.5, h=5.2, after=3.2)

    pdf.ln(2)
    pdf.set_font("helvetica", "B", 10.5)
    pdf.cell(0, 6, "Signed by", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

    pdf.set_font("helvetica", "", 10)
    y0 = pdf.get_y()
    col_w = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    x_left = pdf.l_margin
    x_right = pdf.l_margin + col_w + 4
    for i, name in enumerate(left):
        pdf.set_xy(x_left, y0 + i * 5.6)
        pdf.cell(col_w - 4, 5.6, name)
    for i, name in enumerate(right):
        pdf.set_xy(x_right, y0 + i * 5.6)
        pdf.cell(col_w - 4, 5.6, name)

    assert pdf.get_y() < pdf.h - 15, "one-page statement overflows"
    assert pdf.page_no() == 1

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-07-14",
        "lines": body + ["Signed by"] + left + right,
        "signatories": left + right,
    }
    return "pdf_one_page_joint_statement", _out(pdf), gold


# ---------------------------------------------------------------------------
# 12. Three pages: cover page, then two pages of statement text
# ---------------------------------------------------------------------------

class _ReportPDF(FPDF):
    footer_text = ""

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.set_font("helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_text, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Seite {self.page_no()} von {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def pdf_three_page_report_statement():
    title = "Versammlungsfreiheit schützen statt einschränken"
    subtitle = "Stellungnahme zum Entwurf eines Versammlungsgesetzes für das Land Weserland"
    org = "Bündnis Grundrechte Weserland"
    date_text = "3. November 2025"

    # (kind, text): kind "h" = bold section heading, "p" = paragraph
    blocks = [
        ("h", "1. Vorbemerkung"),
        ("p", "Das Bündnis Grundrechte Weserland ist ein Zusammenschluss von 27 Organisationen aus Gewerkschaften, Umwelt- und Menschenrechtsgruppen, Jugendverbänden und Kirchengemeinden. Wir begrüßen, dass die Landesregierung den Entwurf vor der Kabinettsbefassung zur Stellungnahme veröffentlicht hat. In der vorliegenden Form lehnen wir den Entwurf jedoch ab."),
        ("p", "Die Versammlungsfreiheit ist kein Privileg, das der Staat gewährt, sondern ein Grundrecht, das er zu schützen hat. Ein Versammlungsgesetz muss daher in erster Linie die Durchführung von Versammlungen erleichtern. Der Entwurf verfolgt erkennbar das umgekehrte Ziel: Er erweitert die Pflichten der Veranstalterinnen und Veranstalter und die Eingriffsbefugnisse der Behörden, ohne dass dafür ein tatsächlicher Bedarf dargelegt wird."),
        ("h", "2. Anmeldefristen und Kooperationspflichten"),
        ("p", "Der Entwurf verlängert die Anmeldefrist von 48 auf 72 Stunden und verlangt zusätzlich die Angabe aller Ordnerinnen und Ordner mit Namen und Anschrift. Gerade kleine Initiativen und spontane Bündnisse werden dadurch überfordert. Die Pflicht zur Offenlegung persönlicher Daten schreckt zudem viele Menschen davon ab, Verantwortung in einer Versammlung zu übernehmen."),
        ("p", "Wir fordern, die bisherige Frist von 48 Stunden beizubehalten, auf die namentliche Benennung der Ordnerinnen und Ordner zu verzichten und klarzustellen, dass Eil- und Spontanversammlungen keiner Anmeldung bedürfen."),
        ("h", "3. Aufnahmen und Datenverarbeitung"),
        ("p", "Nach dem Entwurf soll die Polizei Übersichtsaufnahmen von jeder Versammlung anfertigen und bis zu sechs Monate speichern dürfen. Eine solche anlasslose Erfassung aller Teilnehmenden ist mit dem Grundrecht auf informationelle Selbstbestimmung nicht vereinbar. Wer befürchten muss, bei jeder Teilnahme an einer Demonstration dauerhaft gespeichert zu werden, wird im Zweifel zu Hause bleiben."),
        ("p", "Aufnahmen dürfen nur zulässig sein, wenn tatsächliche Anhaltspunkte für erhebliche Gefahren vorliegen. Sie sind unverzüglich zu löschen, sobald sie für diesen Zweck nicht mehr benötigt werden, spätestens nach einem Monat. Die Betroffenen sind zu informieren."),
        ("h", "4. Vermummungs- und Uniformverbot"),
        ("p", "Das geplante strafbewehrte Verbot, »Gegenstände mitzuführen, die geeignet sind, die Feststellung der Identität zu verhindern«, ist so unbestimmt, dass es Regenschirme, Sonnenbrillen und Atemschutzmasken erfasst. Ebenso unklar ist das Verbot »gleichartiger Kleidung«, das sich nach seinem Wortlaut auch gegen Streikwesten oder die einheitlichen T-Shirts einer Jugendgruppe richten kann. Offen bleibt zudem, wer im Einzelfall entscheidet, ob ein Gegenstand oder ein Kleidungsstück unter das Verbot fällt; in der Praxis würde diese Entscheidung den Einsatzkräften vor Ort überlassen, oft unter Zeitdruck und ohne rechtliche Beratung. Wir fordern, beide Vorschriften zu streichen oder zumindest in Ordnungswidrigkeiten mit klar umrissenen Tatbeständen umzuwandeln."),
        ("h", "5. Bannmeilen und Schutzzonen"),
        ("p", "Der Entwurf sieht vor, die befriedeten Bezirke um den Landtag deutlich auszuweiten und zusätzlich Versammlungen im Umkreis von 300 Metern um Gedenkstätten, Kliniken und Schulen grundsätzlich zu untersagen. Damit würden große Teile der Innenstädte von Bremhaven und Oldenfurt für Versammlungen gesperrt. Bereits heute können die Behörden im Einzelfall Auflagen erlassen, wenn von einer Versammlung eine konkrete Gefahr für diese Orte ausgeht. Ein pauschales Verbot ist weder erforderlich noch verhältnismäßig, und es trifft gerade jene Anliegen, die ihren Adressaten am nächsten sein wollen, etwa Beschäftigte eines Krankenhauses, die gegen dessen Schließung protestieren."),
        ("p", "Wir fordern, die bestehenden befriedeten Bezirke nicht auszuweiten und auf neue Verbotszonen vollständig zu verzichten."),
        ("h", "6. Unsere Forderungen"),
        ("p", "Wir bitten die Landesregierung, den Entwurf grundlegend zu überarbeiten und dabei die Erfahrungen der Zivilgesellschaft einzubeziehen. Insbesondere fordern wir eine unabhängige Beschwerdestelle für Polizeieinsätze bei Versammlungen, eine Kennzeichnungspflicht für Einsatzkräfte und eine jährliche Berichterstattung an den Landtag über alle Versammlungsverbote und -auflagen."),
        ("p", "Für ein Gespräch über unsere Vorschläge stehen wir jederzeit zur Verfügung."),
    ]

    pdf = _ReportPDF(format="A4")
    pdf.footer_text = f"{org} - Stellungnahme zum Versammlungsgesetz"
    pdf.alias_nb_pages()
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=22)

    # Cover page
    pdf.add_page()
    pdf.set_fill_color(30, 70, 110)
    pdf.rect(0, 0, pdf.w, 12, style="F")
    pdf.set_y(85)
    pdf.set_font("helvetica", "B", 24)
    pdf.multi_cell(0, 11, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("helvetica", "", 13)
    pdf.multi_cell(0, 7, subtitle, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(220)
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 7, date_text, new_x="LMARGIN", new_y="NEXT")

    # Statement text
    pdf.add_page()
    for kind, text in blocks:
        if kind == "h":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("helvetica", "B", 12)
            pdf.multi_cell(0, 6.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            _para(pdf, text, size=11, h=5.8, after=3.5)

    assert pdf.page_no() == 3, pdf.page_no()

    gold = {
        "kind": "pdf",
        "title": title,
        "date": "2025-11-03",
        "lines": [text for _, text in blocks],
        "signatories": [],
    }
    return "pdf_three_page_report_statement", _out(pdf), gold


# ---------------------------------------------------------------------------
# 13. Letter with letterhead and right-aligned date
# ---------------------------------------------------------------------------

def pdf_letter_right_aligned_date():
    heading = "Future of Eastfield Community Centre"
    salutation = "Dear Councillor Pennock,"
    body = [
        "We are writing on behalf of the Eastfield Residents' Association following the report to the Cabinet meeting of 24 July, which recommends that Eastfield Community Centre be declared surplus to requirements and offered for sale on the open market.",
        "The centre is used every week by more than 600 people. It hosts the only parent and toddler group in the ward, two pensioners' lunch clubs, an advice surgery run by the Citizens' Help Service and the food bank that served 214 households last winter. None of these groups has been told where it would go if the building were sold.",
        "The report states that the centre is under-used and expensive to maintain. We do not recognise that description. The booking diary, which we enclose, shows the main hall in use on 51 of the last 52 weeks. The maintenance backlog the report describes is largely the result of repairs the council has postponed since 2019.",
        "We ask that the recommendation be withdrawn from the September Cabinet agenda, and that the council instead open talks with the Residents' Association on a community asset transfer. We have the volunteers, the experience and the support of local businesses to run the centre, and we have already secured a pledge of start-up funding from the Eastfield Community Trust.",
        "We would be grateful for the opportunity to meet you, as ward councillor and Cabinet member for Communities, before the September meeting. We can be reached at the address above or by telephone on any weekday evening.",
    ]
    closing = "Yours sincerely,"
    signer = "Margaret Oduya"

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    # Letterhead
    pdf.set_font("helvetica", "B", 15)
    pdf.set_text_color(20, 90, 60)
    pdf.cell(0, 8, "Eastfield Residents' Association", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(70, 70, 70)
    pdf.set_font("helvetica", "", 8.5)
    pdf.cell(0, 4.5, "c/o 27 Larchmont Road, Eastfield, Dunmore DN4 7HQ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, "Tel. 01632 960 552  |  secretary@eastfieldresidents.example  |  www.eastfieldresidents.example", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(20, 90, 60)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(12)

    # Right-aligned date
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, "12 August 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    _para(pdf, salutation, size=11, h=5.8, after=2.5, align="L")
    for p in body:
        _para(pdf, p, size=11, h=5.8, after=3.2, align="L")
    pdf.ln(1)
    _para(pdf, closing, size=11, h=5.8, after=14, align="L")
    _para(pdf, signer, size=11, h=5.8, after=0, align="L")

    assert pdf.page_no() == 1

    gold = {
        "kind": "pdf",
        "title": heading,
        "date": "2025-08-12",
        "lines": [salutation] + body + [closing, signer],
        "signatories": [signer],
    }
    return "pdf_letter_right_aligned_date", _out(pdf), gold


def cases():
    return [
        pdf_one_page_joint_statement(),
        pdf_three_page_report_statement(),
        pdf_letter_right_aligned_date(),
    ]


if __name__ == "__main__":
    import json
    import os
    import sys

    outdir = sys.argv[1] if len(sys.argv) > 1 else None
    for name, data, gold in cases():
        print(name, len(data), "bytes", json.dumps(gold, ensure_ascii=False)[:80])
        if outdir:
            os.makedirs(outdir, exist_ok=True)
            with open(os.path.join(outdir, name + ".pdf"), "wb") as f:
                f.write(data)
