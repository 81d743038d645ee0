"""Names in a statement: telling an organisation from a person, a role, a sub-unit or a place,
splitting lists of names, and reading authors and addressees out of a title or a salutation."""

from __future__ import annotations

import re
import unicodedata

from ..countries import COUNTRY_OF, DEMONYM_OF
from ..names import clean_display
from .lines import LIST_ITEM, is_caps

# Words that make a name an organisation's ("… Party", "… Union", "Federation of …").
ORG_WORDS = frozenset(
    """party parties union unions federation confederation movement movements committee committees
    council front league alliance association associations congress organisation organization
    organisations organizations network coalition collective group groups forum bloc centre center
    syndicate syndicat youth students women womens workers labour labor socialists communists
    greens left assembly society institute foundation initiative platform campaign brigade
    brigades caucus tendency current circle club guild chamber bureau secretariat commission
    department office section branch chapter cell cells cooperative co-operative
    trust fund coordination coordinating network ngo cgt union's federation's ministry
    government parliament senate municipality authority agency tribunal court unions'
    international internationale conference trades syndicates sindicato partido frente
    partei parti partito movimiento mouvement bund verband gewerkschaft kommunistische
    democrats republicans socialist communist democratic solidarity peace rights
    defence defense action resistance liberation independence national people's peoples
    popular revolutionary progressive federal young intl int'l assn assoc natl cttee org
    partido partito parti partei sindicato sindacato syndicat syndicats gewerkschaft
    gewerkschaftsbund verband frauenverband bund union uniao unione federacion federacao
    federazione federation confederacion confederacao confederazione confederation asociacion
    associacao associazione comite comitato comissao movimento movimiento mouvement frente
    fronte liga lega ligue coordinamento coordinadora coordenacao centrale central consejo
    conseil consiglio rat asamblea assemblea assemblee colectivo coletivo collettivo
    collectif kollektiv rete reseau netzwerk juventud juventude jeunesse gioventu jugend
    mujeres mulheres femmes donne frauen trabajadores trabalhadores travailleurs lavoratori
    arbeiter obreros ouvriers ouvrier obrero operai comunista communiste kommunistische
    socialista socialiste sozialistische sozialistischen sozialdemokratische
    democratico democratica democratique popolare populaire partigiani giuristi""".split()
)
# Words that alone do not make a name an organisation's (adjectives above are not enough).
_STRONG_ORG_WORDS: frozenset[str] = frozenset(
    """party parties union unions federation confederation movement committee council front league
    alliance association congress organisation organization network coalition collective group
    forum bloc centre center syndicate assembly society institute foundation initiative platform
    campaign brigade brigades caucus tendency circle club guild chamber bureau secretariat
    commission department office section branch chapter cooperative co-operative trust fund
    coordination ministry government parliament senate municipality authority agency internationale
    sindicato partido frente partei parti partito movimiento mouvement bund verband
    gewerkschaft conference trades youth
    sindacato syndicat syndicats gewerkschaftsbund frauenverband uniao unione federacion
    federacao federazione confederacion confederacao confederazione asociacion associacao
    associazione comite comitato comissao movimento liga lega ligue coordinamento
    coordinadora consejo conseil consiglio asamblea assemblea assemblee colectivo coletivo
    collettivo collectif kollektiv rete reseau netzwerk juventud juventude jeunesse
    gioventu jugend""".split()
)
# A sub-unit writing for its organisation: "National Council", "International Department".
UNIT = re.compile(
    # "Harnek District Committee", "Tarnholt Branch Committee": a local body, named by its place.
    r"^[A-ZÀ-Þ][\w'’-]+\s+(?:district|regional|provincial|county|city|area|local|branch)\s+"
    r"(?:committee|council|bureau|executive|secretariat|office)$|"
    r"^(?:the\s+)?(?:(?:international|foreign|external)\s+(?:relations|affairs|department|"
    r"secretariat|bureau|section|commission|committee)(?:\s+(?:department|section|committee|"
    r"secretariat|commission|office))?|international\s+department|central\s+committee|"
    r"central\s+council|political\s+bureau|politburo|political\s+committee|"
    r"executive\s+(?:committee|board|bureau|council)|national\s+(?:committee|council|executive|"
    r"executive\s+committee|secretariat|board|bureau|leadership|coordination|presidium)|"
    r"(?:general\s+|national\s+|federal\s+)?secretariat|presidium|general\s+council|"
    r"federal\s+(?:committee|council|executive|board)|steering\s+committee|"
    r"coordinating\s+committee|press\s+(?:office|department|service|secretariat)|"
    r"(?:youth|women'?s|women’s|students'?|international)\s+(?:bureau|section|secretariat|"
    r"commission|department|committee|wing)|leadership|(?:party\s+)?headquarters|"
    r"executive|board|bureau|information\s+(?:office|department)|"
    r"(?:coordinating|coordination|working|steering|organi[sz]ing|action)\s+(?:group|team|"
    r"committee|assembly|council)|"
    r"comit[eé]\s+(?:central|ejecutivo|executivo|ex[eé]cutif|nacional|national|federal)|"
    r"comitato\s+(?:centrale|esecutivo|nazionale|direttivo)|"
    r"comiss[aã]o\s+(?:executiva|pol[ií]tica)(?:\s+nacional)?|"
    r"(?:secr[eé]tariat|secretariado|secretaria|secretar[ií]a|segreteria|sekretariat)"
    r"(?:\s+(?:international|internacional|internazionale|national|nacional|nazionale|"
    r"g[eé]n[eé]ral|general|federal|confederal))?|"
    r"(?:bureau|buró)\s+(?:national|politique|f[eé]d[eé]ral|conf[eé]d[eé]ral|pol[ií]tico)|"
    r"direcci[oó]n\s+nacional|dire[cç][aã]o\s+nacional|direzione\s+nazionale|"
    r"ejecutiva\s+(?:federal|nacional|confederal)|consejo\s+(?:nacional|federal|confederal)|"
    r"conseil\s+(?:national|f[eé]d[eé]ral|conf[eé]d[eé]ral)|consiglio\s+(?:nazionale|generale)|"
    r"(?:bundes|partei|landes|haupt)?vorstand|zentralkomitee|präsidium|praesidium|"
    r"coordinamento(?:\s+\w+)?)$",
    re.I,
)
_ROLE_WORDS = (
    r"(?:general\s+|first\s+|international\s+|national\s+|deputy\s+|vice[- ]|assistant\s+|"
    r"executive\s+|press\s+|co-?)*"
    r"(?:secretary|president|chair(?:man|woman|person)?|spokes(?:person|man|woman)|"
    r"coordinator|convenor|convener|director|treasurer|leader|member|officer|organi[sz]er|"
    r"representative|delegate|editor|head|mp|mep|senator|mayor|professor|lawyer|journalist|"
    r"historian|writer|poet|author|activist|economist|doctor|physician|teacher|trade\s+unionist|"
    r"researcher|lecturer|artist|student|pastor|priest|imam|rabbi|bishop|deputy|minister|"
    r"practitioner|nurse|midwife|surgeon|consultant|steward|councillor|retired|"
    # The same in French, Spanish, Portuguese, Italian and German.
    r"secr[eé]taire|secretari[oa]|secret[aá]ri[oa]|segretari[oa]|sekret[aä]r(?:in)?|"
    r"pr[eé]sident(?:e|in)?|presidenta|vorsitzende[rn]?|coordinador(?:a)?|coordenador(?:a)?|"
    r"coordinat(?:eur|rice|ore|rice)|koordinator(?:in)?|responsable|respons[aá]vel|"
    r"responsabile|portavoz|porte-parole|portavoce|sprecher(?:in)?|tesorer[oa]|"
    r"tr[eé]sori[eè]re?|dirigente|membre|miembro|membro|mitglied|internationale[rn]?\s+"
    r"sekret[aä]r(?:in)?|diputad[oa]|d[eé]put[eé]e?|deputat[oa]|abgeordnete[rn]?)"
)
_ROLE_ENDINGS = (
    r"(?:secretary|president|chair(?:person)?|coordinator|officer|organi[sz]er|spokesperson|"
    r"treasurer|convenor|director|representative|sister|nurse|midwife|doctor|practitioner|"
    r"surgeon|consultant|teacher|lecturer|professor|steward|councillor|worker|judge|lawyer)"
)
ENDS_WITH_ROLE = re.compile(
    r"^(?:[\w'’-]+\s+){1,3}" + _ROLE_ENDINGS + r"(?:\s*,.{0,80})?$",
    re.I,
)
ROLE = re.compile(
    r"^(?:the\s+)?" + _ROLE_WORDS + r"\b.{0,80}$|"
    # "Branch Secretary", "Regional Organiser", "Press Officer": a role ending the line.
    r"^(?:[\w'’-]+\s+){1,3}(?:secretary|president|chair(?:person)?|coordinator|officer|"
    r"organi[sz]er|spokesperson|treasurer|convenor|director|representative)$",
    re.I,
)
_HONORIFIC = re.compile(
    r"^(?:dr|prof|professor|mr|mrs|ms|mx|miss|rev|revd|reverend|sr|fr|sen|hon|cllr|comrade|"
    r"sister|brother|judge|justice|sir|dame|lord|lady|mp|mep)\.?\s+",
    re.I,
)
SMALL = frozenset(
    "of the and for in on at to a an de du des la le el al y et with by from against & der die "
    "das und für del los las les della dello delle dei degli di do da dos e em na no nos nas "
    "per pour par con avec sur zu im am vom".split()
)
_PERSON_WORD = re.compile(
    r"^(?:[A-ZÀ-Þ][a-zà-ÿß'’\-]+|[A-ZÀ-Þ]\.|[A-ZÀ-Þ][a-zà-ÿ]+-[A-ZÀ-Þ][a-zà-ÿ]+|Mc[A-Z][a-z]+|"
    r"O['’][A-Z][a-z]+|van|von|de|da|del|der|den|di|du|la|le|bin|ibn|al|el|dos|das|y|e)$"
)


def words_of(text: str) -> list[str]:
    """Lower-case words without accents, apostrophes dropped ("Women's" -> "womens",
    "Confédération" -> "confederation", "d'Aurelle" -> "d", "aurelle")."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\b([dl])['’]", r"\1 ", text).replace("'", "").replace("’", "")
    return [w for w in re.split(r"[^\w&-]+", text) if w]


# Words of a sentence, never of an organisation's name.
_PROSE_WORDS = frozenset(
    """to is are was were will would should be been has have had we our us you they their
    that which who this these any not must can cannot agree agrees call calls demand
    est sont nous notre vous que qui ne pas es son somos nuestro nuestra estamos sind wir
    unser ist nicht siamo noi nostro nostra che non somos nosso nossa não nao""".split()
)


def is_acronym(word: str) -> bool:
    """An acronym as written: "CPR", "ZTF", "AKEL", "PCdoB"."""
    w = word.strip("()[],;:.")
    if w.isupper() and len(w) > 6:
        return False  # a word in capitals ("PEOPLES"), not an acronym
    return (
        2 <= len(w) <= 12
        and w[:1].isupper()
        and sum(c.isupper() for c in w) >= max(2, len(w) // 2)
        and w.isalnum()
    )


def capitalised_ratio(text: str) -> float:
    """Share of significant words that start with a capital letter or a digit."""
    words = [w for w in text.split() if w.lower().strip(",;()“”\"'") not in SMALL]
    if not words:
        return 0.0
    caps = sum(1 for w in words if w.lstrip("\"'“‘(")[:1].isupper() or w[:1].isdigit())
    return caps / len(words)


def looks_like_name(text: str) -> bool:
    """Could this be a name of an organisation or a person (capitalised words, short, no
    sentence)?"""
    t = LIST_ITEM.sub("", text).strip()
    words = t.split()
    if not words or len(words) > 16 or len(t) > 160:
        return False
    if t.endswith(("!", "?")) or (t.endswith(".") and len(words) > 6 and not t.endswith(").")):
        return False
    if not (t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘(«"):
        return False
    if capitalised_ratio(t) >= 0.6:
        return True
    # Names in sentence case, as French, Spanish or Italian write them ("Confédération générale
    # du travail d'Aurelle"), when they say they are an organisation's and hold no sentence.
    return (
        is_org(t)
        and len(words) <= 14
        and not re.search(r"[.!?;]\s", t)
        and not t.endswith(".")
        and not any(w in _PROSE_WORDS for w in words_of(t))
    )


def is_org(text: str) -> bool:
    """A name that says it is an organisation's: an organisation word ("Party", "Union"), an
    acronym, or a country qualifier."""
    t = clean_display(LIST_ITEM.sub("", text))
    if not t:
        return False
    bracket = re.search(r"\s*\(([^()]*)\)\s*$", t)
    if (
        bracket
        and t[: bracket.start()].strip()
        and is_person(t)
        and not is_org(t[: bracket.start()])
    ):
        return False  # "Tomas Rell (Ostrand Federation of Labour)": a person, affiliated
    words = words_of(t)
    if any(w in _STRONG_ORG_WORDS for w in words):
        return True
    if not is_caps(t) and any(is_acronym(w) for w in t.split()):
        return True
    if bracket and bracket.group(1)[:1].isupper() and not _HONORIFIC.match(t):
        return True
    return sum(1 for w in words if w in ORG_WORDS) >= 2


def is_person(text: str) -> bool:
    """A person's name, perhaps with an honorific and a role or affiliation after a comma
    ("Dr. Mira Holt", "Jana Roe, General Secretary", "Prof. Ion Vale (historian)")."""
    t = clean_display(LIST_ITEM.sub("", text))
    head = re.split(r"\s*[,(–—]\s*|\s+-\s+", t, maxsplit=1)[0].strip()
    honorific = bool(_HONORIFIC.match(head))
    head = _HONORIFIC.sub("", head)
    words = head.split()
    if not 2 <= len(words) <= 5:
        return honorific and len(words) == 1
    if ENDS_WITH_ROLE.match(head) and not honorific:
        return False  # "Ward Sister", "Branch Secretary": a role, not a name
    if any(w in _STRONG_ORG_WORDS for w in words_of(head)):
        return False
    if any(is_acronym(w) and len(w) > 2 for w in words):
        return False
    if any(w in ORG_WORDS for w in words_of(head)):
        return False
    qualifier = re.search(r"\(([^()]+)\)\s*$", t)
    if qualifier and qualifier.group(1)[:1].isupper() and not honorific:
        inside = qualifier.group(1)
        # "Tomas Rell (Ostrand Federation of Labour, Ostrand)": a person and their
        # organisation; "Red Youth (Sundgard)": an organisation and its country.
        if not ("," in inside or any(w in _STRONG_ORG_WORDS for w in words_of(inside))):
            return False
    if any(re.search(r"s['’]$", w) for w in words):
        return False  # "Vestrian Teachers' Federaton": a plural possessive names a body
    if not all(_PERSON_WORD.match(w) for w in words):
        return False
    rest = t[len(re.split(r"\s*[,(–—]\s*|\s+-\s+", t, maxsplit=1)[0]) :].strip(" ,()–—-")
    if rest and is_org(rest) and not ROLE.match(rest):
        # "Jana Roe, Union of Dockers": a person with an affiliation is still a person.
        return True
    return True


def is_unit(text: str) -> bool:
    """A sub-unit's name alone ("National Council", "International Department")."""
    return bool(UNIT.match(clean_display(text)))


def is_role(text: str) -> bool:
    """A role line under a person's name ("General Secretary", "President of the Union")."""
    return bool(ROLE.match(clean_display(text))) and len(text.split()) <= 10


def is_place(text: str, countries: frozenset[str] = frozenset()) -> bool:
    """A place line ("Portmere", "Port Ellis, Zembla"): one to three capitalised words with no
    organisation word and no acronym."""
    t = clean_display(text)
    if not t or is_org(t) or re.search(r"\d", t):
        return False
    parts = [p.strip() for p in t.split(",")]
    if len(parts) > 2 or any(len(p.split()) > 3 for p in parts):
        return False
    return all(w[:1].isupper() for p in parts for w in p.split() if w.lower() not in SMALL)


def is_country(word_text: str) -> bool:
    """A country the built-in table knows."""
    return " ".join(words_of(word_text)) in COUNTRY_OF


def split_names(text: str, *, inline: bool = False) -> list[str]:
    """Names on one line or one run of lines: a list item; several separated by semicolons; a
    comma list ("A, B, C", or any commas after a "Signed by:" heading); tab-separated columns
    (the first is the name, the rest a qualifier). A country after a comma stays with its name
    as a qualifier ("Ettajdid Movement, Tunisia")."""
    t = LIST_ITEM.sub("", text).strip()
    if t.startswith("|") and t.endswith("|"):
        cells = [c.strip() for c in t.strip("|").split("|")]
        return [cells[0]] if cells and cells[0] and not _TABLE_HEADER.match(cells[0]) else []
    if "\t" in t:
        cols = [c.strip() for c in t.split("\t") if c.strip()]
        if len(cols) >= 2 and all(len(c) <= 80 for c in cols):
            if _TABLE_HEADER.match(cols[0]):
                return []
            extra = [c for c in cols[1:] if c.casefold() not in cols[0].casefold()]
            return [f"{cols[0]} ({', '.join(extra)})"] if extra else cols[:1]
    out: list[str] = []
    for part in re.split(r"\s*;\s*|\s+·\s+|\s+\|\s+", t):
        pieces = [p.strip() for p in _split_commas(part)]
        if len(pieces) < 3 and not inline:
            pieces = [part.strip()]
        merged: list[str] = []
        listed = inline or len(pieces) >= 3
        for piece in pieces:
            piece = re.sub(r"^(?:and|&)\s+", "", piece).strip()
            # In a list of names a lone word is a name ("…, Casavera"), unless it is a
            # country; on a line of its own, "Name, Place" is one name and its qualifier.
            qualifies = (
                is_country(piece)
                if listed
                else _is_qualifier(piece, merged[-1])
                if merged
                else False
            )
            if merged and qualifies:
                merged[-1] = f"{merged[-1]}, {piece}"
            elif piece:
                merged.append(piece)
        if merged and (inline or len(pieces) >= 3):
            merged = merged[:-1] + split_final_and(merged[-1])
            merged[-1] = re.sub(r"(?<=[\w)])\.$", "", merged[-1])  # the sentence's full stop
        out.extend(m for m in merged if clean_display(m))
    return out


_TABLE_HEADER = re.compile(
    r"^(?:organi[sz]ations?|name|names|signatory|signatories|party|parties|group|country|"
    r"signed\s+by|-+)$",
    re.I,
)


def _split_commas(text: str) -> list[str]:
    """Split on commas outside brackets."""
    out: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch == "," and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return out


def _is_qualifier(piece: str, previous: str) -> bool:
    """A piece after a comma that qualifies the name before it: a country, a place."""
    if is_country(piece):
        return True
    words = piece.split()
    return (
        1 <= len(words) <= 2
        and all(w[:1].isupper() and not is_acronym(w) for w in words)
        and not is_org(piece)
        and not is_person(piece)
        and is_org(previous)
        and words_of(piece)[0] not in DEMONYM_OF
    )


# Words that end a name after "and" ("Party of Labour and Progress"), not a name of their own.
_NAME_NOUNS = frozenset(
    """progress peace justice development democracy freedom liberty socialism solidarity labour
    labor work bread land unity independence reconstruction renewal reform equality rights
    environment culture sovereignty dignity liberation prosperity security welfare youth women
    students workers peasants farmers sisters brothers friends neutrality disarmament
    cooperation friendship truth memory action change hope""".split()
)


def split_final_and(piece: str) -> list[str]:
    """ "A and B" -> [A, B] when both are names of two words or more ("Workers and Peasants
    Party" stays whole)."""
    m = re.match(r"^(?P<a>.+?)\s+(?:and|&)\s+(?P<b>(?:the\s+)?[A-Z].*)$", piece)
    if m and is_org(m["a"]) and len([w for w in m["a"].split() if w.lower() not in SMALL]) >= 2:
        # "the Federation of Orvandan Women and Ardenta": a short name after a full one.
        b = m["b"]
        single = len(b.split()) == 1 and b.lower() not in _NAME_NOUNS
        if single or is_org(b):
            return [m["a"], b]
    if m and all(
        len([w for w in part.split() if w.lower() not in SMALL]) >= 2 for part in (m["a"], m["b"])
    ):
        return [m["a"], re.sub(r"^the\s+", "", m["b"])]
    return [piece]


_GENRE = (
    r"(?:joint\s+|public\s+|open\s+|urgent\s+|final\s+|solidarity\s+|press\s+)?"
    r"(?:statement|declaration|appeal|resolution|call|letter|message|communiqu[eé]|"
    r"press\s+release|manifesto|address|greetings?|position|response|reply|proposal|"
    r"platform|memorandum|note|notice|motion|protest|demand|demands|solidarity\s+message|"
    r"congratulations|condolences|salute|call\s+to\s+action)"
)
_GENRE_OTHER = (
    r"(?:declaraci[oó]n|comunicado|llamamiento|llamado|carta(?:\s+abierta)?|manifiesto|"
    r"resoluci[oó]n|pronunciamiento|d[eé]claration|appel|communiqu[eé]|lettre(?:\s+ouverte)?|"
    r"r[eé]solution|motion|dichiarazione|appello|comunicato|lettera(?:\s+aperta)?|"
    r"mozione|risoluzione|erkl[aä]rung|aufruf|offener\s+brief|brief|resolution|"
    r"stellungnahme|declara[cç][aã]o|apelo|nota|manifesto|mo[cç][aã]o)"
)
_OF_OTHER = (
    r"(?:(?:della|dello|delle|degli|dei|del|de\s+la|de\s+los|de\s+las|des|du|de|di|dos|das|do|"
    r"da|der|vom|von\s+der|von)(?=\s)|(?:dell|de\s+l|d)['’])"
)
_TITLE_AUTHOR = re.compile(
    r"^(?:" + _GENRE + r"\s+(?:of|by|from)\s+|" + _GENRE_OTHER + r"\s+" + _OF_OTHER + r"\s*)"
    r"(?P<rest>.+)$",
    re.I,
)
_TITLE_RECIPIENT = re.compile(
    r"^(?:.*?\b)?" + _GENRE + r"\s+(?:(?:of\s+solidarity\s+)?to|addressed\s+to)\s+(?P<rest>.+)$",
    re.I,
)
_NAME_STOP = frozenset(
    "on about against regarding concerning for to in at calling demanding following after over "
    "with amid during upon towards toward from by".split()
)


def leading_name(text: str) -> str | None:
    """The organisation's name at the start of `text` ("the Central Committee of the Y Party
    (YP) on the budget" -> "Central Committee of the Y Party (YP)"), if it is one."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    tokens = re.findall(r"\([^()]*\)|[^\s()]+", text)
    taken: list[str] = []
    for tok in tokens:
        bare = tok.strip(",;:.")
        low = bare.lower()
        if tok.startswith("("):
            if taken and re.fullmatch(r"\([^()]{1,40}\)", tok):
                taken.append(tok.rstrip(",;:."))
                if tok.endswith((",", ";", ":")):
                    break
                continue
            break
        elided = re.match(r"^[dlDL]['’](?=[A-ZÀ-Ý])", bare) is not None  # "d'Aurelle"
        if (
            low in SMALL
            or bare[:1].isupper()
            or bare[:1].isdigit()
            or elided
            or low in ("'s", "’s")
        ):
            taken.append(bare)
            if tok != bare and tok.endswith((",", ";", ":", ".")):
                break
            continue
        break
    while taken and taken[-1].lower() in SMALL:
        taken.pop()
    if not taken:
        return None
    # In a Title Case title the run goes on past the name: cut at the first preposition that
    # follows an organisation word, an acronym or a country ("… Party on the Elections").
    for i in range(1, len(taken)):
        if taken[i].lower() in _NAME_STOP and taken[i].islower() and _ends_name(taken[:i]):
            taken = taken[:i]
            break
        if taken[i].lower() in _NAME_STOP and not taken[i].islower() and _ends_name(taken[:i]):
            taken = taken[:i]
            break
    name = " ".join(taken).strip(" ,;:")
    return name if is_org(name) else None


def _ends_name(tokens: list[str]) -> bool:
    last = tokens[-1]
    if last.startswith("("):
        return True
    low = words_of(last)
    if not low:
        return False
    return low[-1] in _STRONG_ORG_WORDS or is_acronym(last) or is_country(last) or len(tokens) >= 3


_STOP_OTHER = frozenset(
    """per pour para por für sur sobre contre contra gegen zum zur alla al à au aux en nel
    nella sul sulla über con contro against on for about to in""".split()
)


def _sentence_case_name(text: str) -> str | None:
    """An organisation's name written in sentence case at the start of `text`, up to the
    first preposition ("la Confederazione dei contadini di Elbaria (CCE) per la …" -> the
    name), when it is longer than its capitalised words alone."""
    text = re.sub(
        r"^(?:the|la|le|les|el|il|lo|l['’]|die|der|das|o|a)\s*", "", text.strip(), flags=re.I
    )
    tokens = re.findall(r"\([^()]*\)|[^\s()]+", text)
    taken: list[str] = []
    for tok in tokens:
        bare = tok.strip(",;:.")
        if bare.lower() in _STOP_OTHER and taken:
            break
        taken.append(bare)
        if tok != bare or len(taken) > 12:
            break
    while taken and taken[-1].lower() in SMALL:
        taken.pop()
    name = " ".join(taken)
    lowered = [t for t in taken if t[:1].islower() and t.lower() not in SMALL]
    if not lowered or not taken or not taken[0][:1].isupper():
        return None  # all capitalised: the ordinary reading holds
    if not re.search(r"\b(?:de|di|da|do|du|des|del|della|dei|d['’]|der|des)\b", name):
        return None  # a sentence-case name ends with "de X" / "di X" / "der X"
    return name if is_org(name) and not any(w in _PROSE_WORDS for w in words_of(name)) else None


_EVENT = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}(?:congress|conference|plenum|assembly|convention|meeting|session|"
    r"summit|forum|rally|congreso|congr[eè]s|congresso|kongress|conferencia|conf[eé]rence)$",
    re.I,
)


def title_author(title: str) -> str | None:
    """ "Statement of the Central Committee of the Y Party (YP) on the budget" -> the issuer."""
    m = _TITLE_AUTHOR.match(title.strip())
    if not m:
        return None
    rest = m["rest"]
    sentence_case = _sentence_case_name(rest)
    if sentence_case:
        return sentence_case
    if _EVENT.match(leading_name(rest) or ""):
        return None  # "Declaration of the Ninth Congress": an event, not an organisation
    if re.match(r"^(?:solidarity|support|protest)\b", rest, re.I):
        return None
    if re.search(r"\b(?:and|&)\b", leading_name(rest) or "") and re.match(
        r"^joint\b", title.strip(), re.I
    ):
        return None
    return leading_name(rest)


_FROM_AT_END = re.compile(
    r"^(?:.*?\b)?(?:letter|message|greetings?|appeal|reply|response)\b.*?\bto\b.+?\bfrom\s+"
    r"(?P<rest>(?:the\s+)?[A-Z].*)$",
    re.I,
)


def title_sender(title: str) -> str | None:
    """ "Open letter to the X from the Y" -> Y (whatever its words: the formula says it is
    the sender)."""
    m = _FROM_AT_END.match(title.strip())
    return (leading_name(m["rest"]) or _formula_name(m["rest"])) if m else None


def _formula_name(text: str) -> str | None:
    """The capitalised name at the start of `text`, when no person's."""
    m = re.match(
        r"^(?:the\s+)?((?:[A-Z][\w'’.&-]*|of|the|and|for|de)(?:\s+(?:[A-Z][\w'’.&-]*|"
        r"of|the|and|for|de))*)",
        text.strip(),
    )
    if not m:
        return None
    name = re.sub(r"\s+(?:of|the|and|for|de)$", "", m.group(1)).strip()
    return name if name and not is_person(name) and len(name.split()) <= 10 else None


def title_recipient(title: str) -> list[str]:
    """ "Open letter to the X Federation" -> the addressees, when they are organisations
    ("Greetings to the 12th Congress of the Y" -> Y)."""
    m = _TITLE_RECIPIENT.match(title.strip())
    if not m:
        return []
    rest = re.sub(
        r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|[a-z]+\s+)?(?:congress|conference|convention|"
        r"plenum|assembly|meeting|delegates|members|leadership)\s+of\s+",
        "",
        m["rest"],
        flags=re.I,
    )
    name = leading_name(rest)
    if name is None and _FROM_AT_END.match(title.strip()):
        name = _formula_name(rest)  # "Message to Casavera from …": the addressee, surely
    if name is None:
        return []
    parts = re.split(r"\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z])", name)
    if len(parts) == 2 and all(is_org(p) for p in parts):
        return parts
    return [name]


_DEAR = re.compile(
    r"^(?:my\s+)?(?:dear(?:est)?|esteemed|respected|to)\s+(?:(?:comrades|friends|colleagues|"
    r"members|leadership|leaders|brothers\s+and\s+sisters|sisters\s+and\s+brothers|"
    r"comrades\s+and\s+friends|friends\s+and\s+comrades|militants|activists|workers)\s+"
    r"(?:of|in|from|at)\s+)?(?:the\s+)?(?P<name>.+?)\s*[,:!.]?$",
    re.I,
)
_COLLECTIVE = frozenset(
    {"comrades", "friends", "colleagues", "all", "sir", "madam", "sir or madam"}
)


def salutation_recipient(text: str) -> str | None:
    """The organisation in "Dear comrades of the Valley Workers Party,", if any."""
    m = _DEAR.match(text)
    if not m:
        return None
    name = m["name"].strip()
    if not name or name.lower() in _COLLECTIVE or not looks_like_name(name):
        return None
    return name if is_org(name) else None
