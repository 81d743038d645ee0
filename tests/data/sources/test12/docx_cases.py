"""Word cases for test12, built in memory with python-docx."""
import io

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _save(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# 14. docx_numbered_footnote
# ---------------------------------------------------------------------------

def _add_footnote_styles(doc):
    st = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(9)
    st.paragraph_format.space_after = Pt(0)
    ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    ref.font.superscript = True


def _footnotes_part(doc, notes):
    """notes: list of (id, text). Builds /word/footnotes.xml and relates it to the document."""
    body = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for nid, text in notes:
        body.append(
            f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        )
    body.append("</w:footnotes>")
    xml = "".join(body).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    # settings: declare the separator footnotes as Word does
    settings = doc.settings.element
    fpr = OxmlElement("w:footnotePr")
    for sid in ("-1", "0"):
        fn = OxmlElement("w:footnote")
        fn.set(qn("w:id"), sid)
        fpr.append(fn)
    # footnotePr must come after w:characterSpacingControl if present; insert before compat if any
    anchor = settings.find(qn("w:compat"))
    if anchor is not None:
        anchor.addprevious(fpr)
    else:
        settings.append(fpr)


def _footnote_ref(paragraph, nid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "FootnoteReference")
    rpr.append(rs)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(nid))
    r.append(ref)
    paragraph._p.append(r)


NF_TITLE = "Statement on the Proposed Changes to the Personal Mobility Allowance"
NF_FOOTNOTES = [
    (1, "Ardley Department for Work and Welfare, Personal Mobility Allowance: Impact Assessment, "
        "January 2025, table 6."),
    (2, "Survey of 1,214 allowance recipients carried out for the Coalition by Carran Research, "
        "February 2025."),
]


def build_numbered_footnote():
    doc = Document()
    _add_footnote_styles(doc)
    lines = []

    doc.add_paragraph(NF_TITLE, style="Title")
    d = doc.add_paragraph("Issued 20 March 2025")
    d.runs[0].italic = True

    def para(text, style=None):
        p = doc.add_paragraph(text, style=style)
        lines.append(text)
        return p

    para("The Ardley Disability Rights Coalition, which brings together nineteen organisations of "
         "disabled people across the province, is deeply concerned by the Government's plan to "
         "change the rules for the Personal Mobility Allowance from October.")

    # paragraph with a footnote reference in the middle
    a = ("Under the proposals, anyone who can walk more than 50 metres with an aid would lose the "
         "higher rate of the allowance. The Government's own assessment estimates that around "
         "31,000 people would be affected.")
    b = (" Many of them rely on the allowance to lease an adapted car, and would have to return "
         "it within weeks of the change.")
    p = doc.add_paragraph(a)
    _footnote_ref(p, 1)
    p.add_run(b)
    lines.append(a + b)

    a = ("Our own survey found that more than two in three people receiving the higher rate use it "
         "to get to work, to study or to care for someone else.")
    b = (" Taking it away will not save money. It will push people out of jobs and into isolation, "
         "and the cost will fall on health and social care services instead.")
    p = doc.add_paragraph(a)
    _footnote_ref(p, 2)
    p.add_run(b)
    lines.append(a + b)

    para("Disabled people were not consulted before these proposals were announced. Decisions that "
         "affect our lives should be made with us, not for us.")

    para("Our demands", style="Heading 2")
    para("We call on the Government to:")
    para("Withdraw the proposed 50-metre rule and keep the current eligibility criteria for the "
         "higher rate.", style="List Number")
    para("Guarantee that nobody will lose an adapted vehicle while an appeal is under way.",
         style="List Number")
    para("Open a full public consultation, designed together with organisations of disabled people, "
         "before any change to the allowance is laid before the Assembly.", style="List Number")
    para("Publish the complete impact assessment, including the effect on employment and on "
         "unpaid carers.", style="List Number")

    para("We are ready to meet the Minister at any time to discuss how the allowance can be made "
         "fairer and simpler without leaving anyone stranded.")

    para("Endorsed by:")
    for org in ("Ardley Disability Rights Coalition", "Wheels for Work Ardley",
                "Carran Deaf Association", "Northern Ardley Carers' Network"):
        para(org)

    _footnotes_part(doc, NF_FOOTNOTES)
    gold = {"kind": "docx", "title": NF_TITLE, "date": "2025-03-20", "lines": lines,
            "signatories": ["Ardley Disability Rights Coalition", "Wheels for Work Ardley",
                            "Carran Deaf Association", "Northern Ardley Carers' Network"]}
    return _save(doc), gold


# ---------------------------------------------------------------------------
# 15. docx_letter_signatures
# ---------------------------------------------------------------------------

LS_TITLE = "Open letter to the Minister for Transport on rural bus services"


def build_letter_signatures():
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hallowfield Rural Transport Alliance"
    hp.runs[0].bold = True
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp2 = sec.header.add_paragraph("3 Market Cross, Hallowfield HF2 7QD  |  info@hallowfieldtransport.example")
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "Hallowfield Rural Transport Alliance is a registered community benefit society, no. 40771R."
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    lines = []

    def para(text, style=None, align=None, space_after=None):
        p = doc.add_paragraph(text, style=style)
        if align is not None:
            p.alignment = align
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        lines.append(text)
        return p

    doc.add_paragraph(LS_TITLE, style="Title")
    dp = doc.add_paragraph("7 May 2025")
    dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for i, t in enumerate(("Eleanor Vasquez-Hale", "Minister for Transport", "Ministry of Transport",
                           "14 Admiralty Row", "Port Eskham EK1 4AA")):
        para(t, space_after=0 if i < 4 else 12)

    para("Dear Minister,")
    para("We are writing on behalf of passengers, drivers and parish councils across the Hallowfield "
         "district about the withdrawal of the rural bus grant announced in last month's spending "
         "review.")
    para("Since the grant was introduced in 2019, it has kept eleven routes running that no commercial "
         "operator would otherwise serve. Together they carry more than 400,000 passenger journeys a "
         "year. For the villages of the upper Hallow valley, they are the only public transport there "
         "is.")
    para("The operators have already told us that, without the grant, at least seven of these routes "
         "will end in September. People who do not drive, including many older residents, young people "
         "and disabled people, will be cut off from the hospital in Hallowfield, from the college and "
         "from the railway station at Deneford.")
    para("We understand the pressure on public finances. But the grant costs less than £2 million a "
         "year across the whole region, and the cost of missed appointments, lost jobs and extra "
         "home visits will be far greater.")
    para("We therefore ask you to reinstate the rural bus grant for at least the next three years, and "
         "to meet representatives of the communities affected before any final decision is taken. "
         "We would be glad to welcome you to Hallowfield to travel on one of the routes yourself.")
    para("Yours faithfully,", space_after=24)

    signers = [("Miriam Achebe-Hart", "Chair, Hallowfield Rural Transport Alliance"),
               ("Colin Tresize", "Secretary, Upper Hallow Parish Councils' Forum"),
               ("Parveen Lodge", "Branch Secretary, Hallowfield Bus Drivers' Union")]
    for name, role in signers:
        p = para(name, space_after=0)
        p.runs[0].bold = True
        para(role, space_after=14)

    gold = {"kind": "docx", "title": LS_TITLE, "date": "2025-05-07", "lines": lines,
            "signatories": [n for n, _ in signers]}
    return _save(doc), gold


def cases():
    out = []
    for name, fn in (("docx_numbered_footnote", build_numbered_footnote),
                     ("docx_letter_signatures", build_letter_signatures)):
        data, gold = fn()
        out.append((name, data, gold))
    return out


if __name__ == "__main__":
    import sys
    for name, data, gold in cases():
        print(name, len(data), "bytes,", len(gold["lines"]), "lines")
        if len(sys.argv) > 1:
            with open(f"{sys.argv[1]}/{name}.docx", "wb") as fh:
                fh.write(data)
