"""Country names and demonyms, for telling "Communist Party of Britain" from "… of Greece" and
for reading "Iraqi Communist Party" as "Communist Party of Iraq"."""

from __future__ import annotations

# name key | other spellings (comma-separated) | demonyms (comma-separated)
_TABLE = """
afghanistan||afghan
albania||albanian
algeria||algerian
argentina||argentine,argentinian
armenia||armenian
australia||australian
austria||austrian
azerbaijan||azerbaijani
bahrain||bahraini
bangladesh||bangladeshi
belarus||belarusian
belgium||belgian
bolivia||bolivian
brazil||brazilian
britain|great britain,united kingdom,uk|british
bulgaria||bulgarian
canada||canadian
chile||chilean
china||chinese
colombia||colombian
cuba||cuban
cyprus||cypriot
czech republic|czechia|czech
denmark||danish
ecuador||ecuadorian
egypt||egyptian
england||english
estonia||estonian
ethiopia||ethiopian
finland||finnish
france||french
georgia||georgian
germany||german
greece||greek
hungary||hungarian
iceland||icelandic
india||indian
indonesia||indonesian
iran||iranian
iraq||iraqi
ireland||irish
israel||israeli
italy||italian
japan||japanese
jordan||jordanian
kazakhstan||kazakh
kenya||kenyan
korea||korean
kurdistan||kurdish
kuwait||kuwaiti
latvia||latvian
lebanon||lebanese
libya||libyan
lithuania||lithuanian
luxembourg||luxembourgish
malta||maltese
mexico||mexican
moldova||moldovan
morocco|morroco|moroccan
nepal||nepalese,nepali
netherlands|holland|dutch
nigeria||nigerian
norway||norwegian
pakistan||pakistani
palestine||palestinian
peru||peruvian
philippines||filipino,philippine
poland||polish
portugal||portuguese
romania||romanian
russia|russian federation|russian
saudi arabia||saudi
scotland||scottish
serbia||serbian
slovakia||slovak
slovenia||slovenian
south africa||south african
spain||spanish
sri lanka||sri lankan
sudan||sudanese
sweden||swedish
switzerland||swiss
syria||syrian
tunisia||tunisian
turkey|turkiye|turkish
ukraine||ukrainian
united states|usa,us,united states of america|american
uruguay||uruguayan
venezuela||venezuelan
vietnam|viet nam|vietnamese
wales||welsh
yemen||yemeni
"""

COUNTRY_OF: dict[str, str] = {}
"""Any spelling of a country (lower case, words separated by single spaces) -> its name key."""
DEMONYM_OF: dict[str, str] = {}
"""A demonym (lower case) -> the country's name key."""

for _row in _TABLE.strip().splitlines():
    _name, _spellings, _demonyms = _row.split("|")
    COUNTRY_OF[_name] = _name
    for _s in filter(None, _spellings.split(",")):
        COUNTRY_OF[_s.strip()] = _name
    for _d in filter(None, _demonyms.split(",")):
        DEMONYM_OF[_d.strip()] = _name

MAX_COUNTRY_WORDS = max(len(k.split()) for k in COUNTRY_OF)


def country_at_end(words: list[str]) -> tuple[int, str] | None:
    """(index where a trailing country name starts, its key), if `words` end with one."""
    for n in range(min(MAX_COUNTRY_WORDS, len(words)), 0, -1):
        key = COUNTRY_OF.get(" ".join(words[-n:]))
        if key is not None:
            return len(words) - n, key
    return None
