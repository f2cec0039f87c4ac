"""Round ev301, locations: a place that tells where an envoy serves, or where a body's members are, is part of that
designation, not where the act is done.

- «أكد فلان، سفير السعودية في عمان، متانة العلاقات», «كما أعلن سفير السعودية في القاهرة أن»: a «في» place right
  after an envoy's noun (``envoy_heads``: «سفير», «قنصل», «مندوب») and its genitive of one or two words is his post.
- «خطابا أمام مندوبين التأموا في مؤتمر رؤساء المنظمات اليهودية في أميركا الشمالية», «بتصريحات مؤيدة للمقاتلين
  الأكراد في سوريا»: a «في» place right after a plural of members or bodies (``located_members``) and one or two
  relative adjectives (nisbas) tells where they are; only where that phrase is governed (a preposition or a head in
  construct before it, ``member_construct_heads``: «رؤساء», «ممثلي»; not a verb: «وهاجم المقاتلون الأكراد في سوريا» may well be there).
- Round lo892: «أجرت مفاوضات على قروض عبر X، فرع شركة النفط الوطنية للتكرير في الولايات المتحدة», «قرض لشركة X
  التابعة لها في كندا»: a «في» place closing the phrase of a branch or subsidiary (``subsidiary_heads``: «فرع»,
  «التابعة»), or of a firm in apposition or after a glued «لـ» (``located_firms``: «، شركة», «لشركة»), within
  ``FIRM_REACH`` words, tells where that firm is, not where the act is; this holds for talks too. Round lo899: a
  branch's noun only as a firm's (a firm's noun its genitive or within ``FIRM_BACK`` words before it: not «جبهة
  النصرة، وهي فرع تنظيم القاعدة في سوريا», a group's), and no phrase set after a comma on the act's own doer
  («إعلان «جبهة النصرة»، وهي فرع ...»: where the doer is may well be where it acts).
Neither for an act of force or violence (CAMEO 17–20: «اغتيال سفير روسيا في أنقرة» is there), nor, for envoys and
members, for a meeting (04: «عقد اجتماعا مع ممثلي المنظمات الإنسانية في بيروت» met there), nor where the trigger
stands inside the phrase.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.prefixes import definite_key
from .chunks import Chunk, finite_verb
from .forms import fw, nkey
from .lexicon import Hit

IN = nkey("في")
FORCE_PREFIXES = ("17", "18", "19", "20")
MEETING_PREFIXES = ("04",)  # «اجتماعا مع ممثلي المنظمات الإنسانية في بيروت»: met there
ENVOY_REACH = 3  # tokens from the envoy's noun to «في» (his noun and a genitive of one or two words)
FIRM_REACH = 7  # tokens from a branch's noun to «في» («فرع شركة النفط الفنزويلية العامة للتكرير في»)
NISBA_REACH = 2  # relative adjectives between a plural of members and «في»
PUNCTUATION = frozenset("،,.:؛;()«»\"-")
FIRM_BACK = 3  # words before a branch's noun read for the firm it is of («الشركة التابعة», «شركة «سيتغو» التابعة»)
DOER_REACH = 6  # tokens from the comma before a branch's phrase back to the trigger (a name of up to four words, quotes)
SELF_PRONOUNS = frozenset(nkey(w) for w in ("هي", "هو"))  # «، وهي فرع ...» («و» is dropped by ``_word``)


def _word(doc: Doc, t: int) -> str:
    """The key of token ``t`` without «و» and a glued «ل/ب» («للمقاتلين» is «المقاتلين»): :func:`.definite_key`."""
    return definite_key(nkey(doc.tokens[t].text))


def _plain(doc: Doc, t: int) -> bool:
    """Token ``t`` is a word that may sit inside a noun phrase: no punctuation, preposition or finite verb."""
    tok = doc.tokens[t]
    return not (tok.text in PUNCTUATION or tok.norm_key in fw("prepositions") or finite_verb(tok))


def _envoy_post(doc: Doc, at: int) -> int | None:
    """The token of an envoy's noun one to ``ENVOY_REACH`` tokens before «في» at token ``at``."""
    for t in range(at - 1, max(-1, at - 1 - ENVOY_REACH), -1):
        if not _plain(doc, t):
            return None
        if _word(doc, t).removeprefix("ال") in fw("envoy_heads") and t < at - 1:
            return t
    return None


def _nisba(key: str) -> bool:
    """A definite relative adjective («اليهودية», «الإسلاميين») or a people's plural («الأكراد», ``place_peoples``)."""
    return key.startswith("ال") and (key.endswith(("ي", "يه", "يين", "يون", "ين"))
                                     or key[2:] in fw("place_peoples"))


def _members_at(doc: Doc, at: int) -> int | None:
    """The token of a governed plural of members before one or two nisbas right before «في» at token ``at``."""
    t = at - 1
    n = 0
    while t >= 0 and n < NISBA_REACH and _nisba(_word(doc, t)) and _plain(doc, t) \
            and _word(doc, t) not in fw("located_members"):  # («المقاتلين» ends as a nisba does)
        t -= 1
        n += 1
    if n == 0 or t < 1 or _word(doc, t) not in fw("located_members"):
        return None
    key = nkey(doc.tokens[t].text).removeprefix("و")
    before = doc.tokens[t - 1]
    governed = key[:1] in ("ل", "ب") or before.norm_key in fw("prepositions") \
        or _word(doc, t - 1) in fw("member_construct_heads")
    return t if governed else None


def _firm_branch(doc: Doc, t: int) -> bool:
    """Round lo899: the branch's noun at token ``t`` is a firm's: a firm's noun is its genitive («فرع شركة النفط») or
    stands within ``FIRM_BACK`` words before it («الشركة التابعة لها»); not a group's («فرع تنظيم القاعدة»,
    «التابعة لتنظيم القاعدة»)."""
    after = t + 1 < len(doc.tokens) and _word(doc, t + 1).removeprefix("ل") in fw("located_firms")
    return after or any(_word(doc, u).removeprefix("ل") in fw("located_firms")
                        for u in range(max(0, t - FIRM_BACK), t))


def _describes_doer(doc: Doc, hit: Hit, t: int) -> bool:
    """Round lo899: the phrase opened by the branch's noun at token ``t`` is set after a comma (and «وهي/وهو») on
    the name the trigger's own words hold right before it, within ``DOER_REACH`` tokens, no preposition between
    («إعلان «جبهة النصرة»، وهي فرع ...»): it describes the act's doer, whose place may well be the act's."""
    u = t - 1
    if u >= 0 and _word(doc, u) in SELF_PRONOUNS:
        u -= 1
    if u < 0 or doc.tokens[u].text not in ("،", ","):
        return False
    for v in range(u - 1, max(-1, u - 1 - DOER_REACH), -1):
        if v == hit.j:
            return True
        if doc.tokens[v].text in ("،", ",", ".", ":", "؛") or doc.tokens[v].norm_key in fw("prepositions"):
            return False
    return False


def _firm_at(doc: Doc, hit: Hit, at: int) -> int | None:
    """The token of a firm's branch noun, or of a firm's in apposition or after a glued «لـ», within ``FIRM_REACH``
    plain tokens before «في» at token ``at`` (not a phrase on the act's doer: :func:`_describes_doer`)."""
    for t in range(at - 1, max(-1, at - 1 - FIRM_REACH), -1):
        if not _plain(doc, t):
            return None
        word = _word(doc, t)
        if word in fw("subsidiary_heads"):
            return t if _firm_branch(doc, t) and not _describes_doer(doc, hit, t) else None
        if word in fw("located_firms") and t > 0 \
                and (doc.tokens[t - 1].text in ("،", ",") or nkey(doc.tokens[t].text).startswith("ل")):
            return None if _describes_doer(doc, hit, t) else t
    return None


def member_place(doc: Doc, chunks: list[Chunk], hit: Hit, k: int) -> bool:
    """Whether the place chunk ``k`` tells an envoy's post or where a body's members are (module docstring)."""
    c = chunks[k]
    if hit.entry.code.startswith(FORCE_PREFIXES) or c.i < 2 or doc.tokens[c.i - 1].norm_key != IN:
        return False
    head = None if hit.entry.code.startswith(MEETING_PREFIXES) else _envoy_post(doc, c.i - 1)
    if head is None and not hit.entry.code.startswith(MEETING_PREFIXES):
        head = _members_at(doc, c.i - 1)
    if head is None:
        head = _firm_at(doc, hit, c.i - 1)
    if head is None:
        return False
    return not head <= hit.i <= c.j
