"""Lines of a statement file, with their offsets, and what each line can be on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MD_EMPHASIS = re.compile(r"\*\*|__|^[*_]+|[*_]+$")
MD_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
LIST_ITEM = re.compile(r"^(?:[-*+•–—·]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)")
RULE = re.compile(r"^(?:[-*_=~#]\s*){3,}$")
HEADER = re.compile(
    r"^(?P<field>from|to|cc|date|dated|original\s+date|publication\s+date|published|subject|"
    # The same headers in French, Spanish, Portuguese, Italian and German mail.
    r"de|para|fecha|asunto|à|a|objet|data|oggetto|da|assunto|von|an|datum|betreff|"
    r"reposted\s+by|republished\s+by|shared\s+by|translated\s+by|translation|traduction|"
    r"issued|reference|language|distribution|pages|tags|status|categor(?:y|ies)|keywords|"
    r"filed\s+under|petition\s+to|proposed\s+by|seconded\s+by|moved\s+by|agenda\s+item|"
    r"document|vote|"
    r"traducción|tradução|traduzione|übersetzung|re|title|source|link|url|contact|press\s+contact|"
    r"media\s+contact|contacts|for\s+more\s+information|more\s+information|e-?mail|tel|"
    r"telephone|phone|mobile|web(?:site)?|embargo(?:ed)?(?:\s+until)?|ref(?:erence)?|"
    r"our\s+ref|your\s+ref|place|issued\s+by|released\s+by|published\s+by|attn|attention)"
    r"\s*:\s*(?P<value>.*)$",
    re.I,
)
SOURCE = re.compile(
    r"^(?P<label>(?:source|link|url|web(?:site)?|read\s+online|online|published\s+(?:at|on|by)|"
    r"originally\s+published\s+(?:at|on|by)|first\s+published\s+(?:at|on|by))\s*:?\s*)?"
    r"(?:\[[^\]]*\]\()?<?(?P<url>https?://[^\s<>()]+?)>?\)?[.,]?$",
    re.I,
)
# A line that only says what kind of text follows: "PRESS RELEASE", "Joint statement".
KICKER = re.compile(
    r"^(?:-{2,}\s*(?:forwarded|original)\s+message\s*-{2,}|begin\s+forwarded\s+message:?|"
    r"(?:in\s+memory\s+of|dedicated\s+to|in\s+honou?r\s+of)\s.{3,160}|"
    r"(?:\d+\s+(?:replies|reposts|retweets|likes|comments|shares)\s*[·•|,]?\s*){1,4}|"
    r"@\w+\s*[·•|]\s*.{0,40}|"
    r"(?:re)?posted\s+by\s+.{3,120}|(?:re(?:posted|published|produced)|published|shared)\s+"
    r"with\s+(?:kind\s+)?permission|(?:re)?posted\s+by\s+.{3,120}|republished\s+by\s+.{3,120}|shared\s+by\s+.{3,120}|"
    r"for\s+immediate\s+release|immediate\s+release|press\s+release|news\s+release|"
    r"media\s+release|(?:joint\s+|public\s+|urgent\s+|final\s+)?(?:statement|declaration|"
    r"communiqu[eé]|appeal|open\s+letter|letter|resolution|call|press\s+statement|"
    r"solidarity\s+message|message|announcement)|breaking|update|urgent|embargoed|draft|"
    r"for\s+publication|not\s+for\s+publication|[\[(]?(?:english|translation|unofficial\s+"
    r"translation)[\])]?)\s*[:.!]?$",
    re.I,
)
SALUTATION = re.compile(
    r"^to\s+the\s+[^.]{3,120},\s*$|"
    r"^(?:my\s+)?(?:dear|dearest|esteemed|respected|honou?rable|your\s+excellency|"
    r"to\s+whom\s+it\s+may\s+concern|estimad[oa]s?|queridos?|queridas?|caros?|caras?|"
    r"prezad[oa]s?|chers?|chères?|cari|care|carissim[ei]|liebe[rn]?|sehr\s+geehrte[rn]?|"
    r"werte[rn]?|compañer[oa]s|camarades|compagni|genossinnen|genossen)\b|"
    r"^(?:to\s+all|hello|greetings|comrades|friends|brothers\s+and\s+sisters|"
    r"sisters\s+and\s+brothers|colleagues|madam|sir|members\s+of\s+the)\b(?:[^.]{0,40})[,:!]\s*$",
    re.I,
)
CLOSING = re.compile(
    r"^(?:with\s+)?(?:(?:best|warm(?:est)?|kind(?:est)?|comradely|fraternal|revolutionary|"
    r"militant|internationalist|sincere|heartfelt|firm|warm\s+and\s+militant|socialist|"
    r"communist|class|sisterly|brotherly|friendly|cordial|respectful|internationalist|"
    r"[a-z]+(?:ly|ary|ist|al))\s+)*"
    r"(?:wishes|regards|greetings|salutes?|solidarity)(?:\s+(?:to|from)\b.{0,40})?\s*[,.!:]?\s*$|"
    r"^with\s+(?:[\w'’]+\s+){1,3}(?:greetings|regards|solidarity|wishes|respect|love|salutes?)"
    r"\s*[,.!]?\s*(?:/.*)?$|"
    r"^(?:con\s+)?(?:un\s+)?(?:saludo|abrazo|abbraccio|saluto|abra[cç]o)s?\b|"
    r"^(?:un\s+abrazo|abrazos|um\s+abra[cç]o|abra[cç]os|amiti[eé]s|bien\s+fraternellement|"
    r"cordialement|distinti\s+saluti|un\s+caro\s+saluto|mit\s+freundlichen|"
    r"freundliche\s+gr[uü](?:ß|ss)e|saludos|un\s+saludo|atentamente|fraternalmente|solidariamente|cordialmente|"
    r"saudações|abraços|fraternalmente|salutations|fraternellement|bien\s+à\s+vous|"
    r"salut\s+fraternel|saluti|cordiali\s+saluti|fraterni\s+saluti|mit\s+\w+\s+grüßen|"
    r"mit\s+solidarischen|solidarische\s+grüße|herzliche\s+grüße|en\s+solidarit[eé]|"
    r"en\s+solidaridad|em\s+solidariedade|in\s+solidariet[aà]|in\s+solidarität|"
    r"por\s+(?:el|la|los|las)\s+|pour\s+(?:le|la|les|l['’])\s*|per\s+(?:il|la|lo|l['’])\s*|"
    r"pelo\s+|pela\s+|für\s+(?:den|die|das)\s+)\b.{0,200}$|"
    r"^(?:yours|sincerely|fraternally|comradely|respectfully|in\s+solidarity|in\s+struggle|"
    r"in\s+unity|in\s+friendship|in\s+peace|solidarity\s+greetings|with\s+respect|"
    r"on\s+behalf\s+of|for\s+and\s+on\s+behalf\s+of|signed\s+on\s+behalf|"
    r"for\s+(?!example|instance|more|further|information|details|immediate|now|this|that|"
    r"these|those|all|us|them|you)[^:]{3,80}:)",
    re.I,
)
# A closing slogan is the statement's own words, never a signatory.
SLOGAN = re.compile(
    r"^(?:p\.\s?s\.|ps:|nb:|n\.b\.|long\s+live|viva|vive|es\s+lebe|forward|onward|victory\s+to|down\s+with|no\s+to|yes\s+to|"
    r"hands\s+off|free\s+(?:all|the)|freedom\s+for|workers\s+of\s+(?:the\s+)?(?:world|all)|"
    r"solidarity\s+forever|solidarity\s+with|the\s+struggle\s+continues|a\s+luta\s+continua|"
    r"no\s+pasar[aá]n|never\s+again|not\s+in\s+our\s+name|stop\s+the|end\s+the|"
    r"peace\s+(?:now|and)|bread,|unity\s+is|united\s+we|together\s+we|we\s+will|we\s+shall|"
    r"¡)",
    re.I,
)
TABLE_ROW = re.compile(r"^\|.*\|$")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
TERMINAL = tuple('.!?…;:"”’)»')


@dataclass(slots=True)
class Line:
    """One line: the offsets of its first and last non-space characters, and that text."""

    start: int
    end: int
    text: str  # stripped; equal to file[start:end]
    _plain: str | None = None
    _words: list[str] | None = None

    @property
    def words(self) -> list[str]:
        """The line's words."""
        if self._words is None:
            self._words = self.text.split()
        return self._words

    @property
    def plain(self) -> str:
        """The text without Markdown emphasis (`**Signatories:**` -> `Signatories:`) and list
        markers' bold, for recognising headings and metadata; quotes never come from it."""
        if self._plain is None:
            self._plain = plain(self.text)
        return self._plain


def plain(text: str) -> str:
    """`text` without Markdown emphasis or a heading's `#`s, spaces collapsed."""
    m = MD_HEADING.match(text)
    if m:
        text = m["title"]
    text = _MD_EMPHASIS.sub("", text.strip())
    return " ".join(text.replace("\u00a0", " ").split())


def split_lines(text: str) -> list[Line]:
    """Every line of `text`, blank ones included (with empty text)."""
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            out.append(Line(start, start + len(stripped), stripped))
        else:
            out.append(Line(pos, pos, ""))
        pos += len(raw)
    return out


def is_caps(text: str) -> bool:
    """Written in capitals ("JOINT STATEMENT ON THE STRIKE")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) >= 0.9
