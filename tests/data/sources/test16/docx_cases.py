"""Word cases for test16, built in memory with python-docx.

cases() returns a list of (case_name, docx_bytes, gold_dict).
Every string handed to python-docx is also recorded (see _Rec) so that the
gold lines can be checked against the source text.
"""

import datetime
import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm


class _Rec:
    """Thin wrapper around a Document that records every string it writes."""

    def __init__(self):
        self.doc = Document()
        self.recorded = []

    def heading(self, text, level):
        self.recorded.append(text)
        return self.doc.add_heading(text, level=level)

    def para(self, text="", style=None, italic=False, bold=False, align=None):
        p = self.doc.add_paragraph(style=style)
        if text:
            self.recorded.append(text)
            run = p.add_run(text)
            run.italic = italic or None
            run.bold = bold or None
        if align is not None:
            p.alignment = align
        return p

    def table(self, rows, style="Table Grid", widths=None):
        t = self.doc.add_table(rows=0, cols=len(rows[0]))
        t.style = style
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for row in rows:
            cells = t.add_row().cells
            for i, txt in enumerate(row):
                self.recorded.append(txt)
                cells[i].text = txt
                if widths:
                    cells[i].width = widths[i]
        return t

    def meta(self, title, author, when):
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = when
        cp.modified = when

    def to_bytes(self):
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def _gold(title, date, lines, signatories):
    return {
        "kind": "docx",
        "title": title,
        "date": date,
        "lines": list(lines),
        "signatories": list(signatories),
    }


# ---------------------------------------------------------------------------
# 14. Heading 1 title, intro, "Our demands" Heading 2, List Number demands
# ---------------------------------------------------------------------------

D14_TITLE = "Fair Pay for Supply Teachers in Ravensmoor"
D14_DATE_LINE = "14 April 2025"
D14_INTRO = [
    "Supply teachers keep Ravensmoor's schools open. When a permanent teacher is ill, on a course "
    "or on parental leave, it is supply staff who step in, often at an hour's notice and in a "
    "school they have never seen before.",
    "Yet most supply teachers in the borough are now paid through agencies at day rates well "
    "below what they would earn on the national pay scale, with no pay for cancelled bookings "
    "and no access to the teachers' pension scheme. Many experienced teachers are leaving the "
    "profession altogether.",
]
D14_DEMANDS_HEAD = "Our demands"
D14_DEMANDS = [
    "Pay supply teachers according to the national pay scale, recognising their experience.",
    "End the use of umbrella companies that deduct fees from teachers' pay.",
    "Guarantee payment for a full day when a booking is cancelled on the morning itself.",
    "Give supply teachers access to the teachers' pension scheme for every day worked.",
    "Provide paid training days on the same terms as permanent staff.",
    "Set up a regional supply pool run by the local authority rather than by agencies.",
]
D14_CLOSING = (
    "We are asking every headteacher and governing body in Ravensmoor to support these demands "
    "and to raise them with the local authority before the next budget round. Good schools "
    "depend on every teacher who works in them."
)


def _case14():
    r = _Rec()
    r.meta(D14_TITLE, "Ravensmoor Supply Teachers' Network",
           datetime.datetime(2025, 4, 14, 9, 0, 0))
    r.heading(D14_TITLE, 1)
    r.para(D14_DATE_LINE)
    for p in D14_INTRO:
        r.para(p)
    r.heading(D14_DEMANDS_HEAD, 2)
    for d in D14_DEMANDS:
        r.para(d, style="List Number")
    r.para(D14_CLOSING)
    lines = D14_INTRO + [D14_DEMANDS_HEAD] + D14_DEMANDS + [D14_CLOSING]
    return r, _gold(D14_TITLE, "2025-04-14", lines, [])


# ---------------------------------------------------------------------------
# 15. Signatories in a two-column table without header row, italic "Note:" at the end
# ---------------------------------------------------------------------------

D15_TITLE = "Joint Statement on the Rights of Seasonal Agricultural Workers"
D15_PLACE_DATE = "Porto Alvo and Marshfield, 2 May 2025"
D15_PARAS = [
    "Every year, more than 30,000 workers from Lusara travel to Bremark to pick fruit and "
    "vegetables under the seasonal worker visa scheme. Their labour keeps Bremark's farms "
    "running, yet many of them return home in debt.",
    "Workers have told our organisations of recruitment fees of up to 1,500 euros, of being sent "
    "home after only a few weeks because crops were not ready, and of overcrowded caravans for "
    "which rent is taken directly from their wages.",
    "We, trade unions and community organisations from both countries, call on the governments "
    "of Lusara and Bremark to:",
]
D15_LIST = [
    "ban all recruitment fees charged to workers, in either country;",
    "guarantee every seasonal worker a minimum of 32 paid hours a week for the length of their visa;",
    "allow workers to change employer without losing their right to stay;",
    "fund independent advice services that workers can reach in their own language.",
]
D15_AFTER = [
    "Seasonal work should be a route to a better life, not a trap. We will continue to work "
    "together across borders until these rights are secured.",
    "Signed:",
]
D15_ROWS = [
    ("Associação dos Trabalhadores Sazonais do Vale Árido", "Lusara"),
    ("Sindicato Rural de Porto Alvo", "Lusara"),
    ("Coletivo Mulheres da Terra", "Lusara"),
    ("Centro de Apoio ao Migrante", "Lusara"),
    ("Seasonal Workers Advice Bureau", "Bremark"),
    ("Marshfield Growers' Workers Union", "Bremark"),
    ("Harvest Justice Network", "Bremark"),
    ("Migrant Voices Bremark", "Bremark"),
]
D15_NOTE = (
    "Note: This statement was drafted in Portuguese. The English translation was prepared by "
    "volunteers of the Centro de Apoio ao Migrante; in case of doubt, the Portuguese text prevails."
)


def _case15():
    r = _Rec()
    r.meta(D15_TITLE, "Harvest Justice Network", datetime.datetime(2025, 5, 2, 8, 30, 0))
    h = r.heading(D15_TITLE, 1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r.para(D15_PLACE_DATE, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for p in D15_PARAS:
        r.para(p)
    for item in D15_LIST:
        r.para(item, style="List Bullet")
    for p in D15_AFTER:
        r.para(p)
    r.table(D15_ROWS, widths=(Cm(11), Cm(4)))
    r.para("")
    note = r.para(D15_NOTE, italic=True)
    for run in note.runs:
        run.font.size = Pt(9)
    lines = D15_PARAS + D15_LIST + D15_AFTER + [o + " " + c for o, c in D15_ROWS]
    return r, _gold(D15_TITLE, "2025-05-02", lines, [o for o, _ in D15_ROWS])


_BUILDERS = (
    ("docx_heading_numbered_demands", _case14),
    ("docx_two_language_signers", _case15),
)


def cases():
    out = []
    for name, builder in _BUILDERS:
        r, gold = builder()
        out.append((name, r.to_bytes(), gold))
    return out


def _recorded_sources():
    """For checking: the recorded strings of each case, keyed by case name."""
    res = {}
    for name, builder in _BUILDERS:
        r, gold = builder()
        res[name] = (r.recorded, gold)
    return res


if __name__ == "__main__":
    import sys

    for name, data, gold in cases():
        print(name, len(data), "bytes", len(gold["lines"]), "lines")
        if len(sys.argv) > 1:
            with open(f"{sys.argv[1]}/{name}.docx", "wb") as fh:
                fh.write(data)
