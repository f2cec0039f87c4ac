"""Round lo921: a place named at the end of a chain of a «في» phrase (see ``location.event_location``), where the name does
not follow «في» or a place word right away: the «لـ» genitive of a definite part of a place («قتل عشرة عناصر في
الريف الغربي لمدينة حمص», «في الضواحي الجنوبية للعاصمة دمشق»: ``place_part_heads``), «inside» with a glued «بـ»
(«جماعات تتحصن بداخل مدينة درنة»: ``inside_words``), and «في كل من» before a list of places («اشتباكات ... في كل من
منطقة الزبداني وولاية درعا»). Narrow: only these shapes, each reaching the name over at most one place word (and
one nisba adjective after it)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw, nkey
from .lexicon import VERBAL_CODES, Hit
from .readings import place_word
from .word_tests import clause_stop

FIGHTS = ("18", "19", "20")  # assault, fight, mass violence: an arena listed after «في كل من»
PART_ADJECTIVES = 2  # adjectives after the part of a place («في الريف الشمالي الغربي لمدينة حماة»)


def _lam_place_word(key: str) -> bool:
    """«لمدينة», «للعاصمة»: a place word in the «لـ» genitive."""
    if key.startswith("لل"):
        return place_word("ال" + key[2:])
    return key[:1] == "ل" and place_word(key[1:])


def _opening(doc: Doc, i: int) -> int:
    """The token where the phrase naming a place at token ``i`` opens: past one place word right before it, over one
    nisba adjective («العاصمة السورية دمشق»)."""
    for t in (i - 1, i - 2):
        if t < 0:
            break
        key = nkey(doc.tokens[t].text)
        if place_word(key.removeprefix("و")) or _lam_place_word(key):
            return t
        if not key.endswith(("يه", "ي")):
            break
    return i


def _part_genitive(doc: Doc, t: int) -> bool:
    """Token ``t`` is «لـ» + a place word right after «في» + a part of a place and at most ``PART_ADJECTIVES``
    adjectives («في الريف الغربي لمدينة»), no clause stop between."""
    if not _lam_place_word(nkey(doc.tokens[t].text)):
        return False
    for u in range(t - 1, max(-1, t - 2 - PART_ADJECTIVES), -1):
        text = doc.tokens[u].text
        if clause_stop(text):
            return False
        if nkey(text).removeprefix("و") in fw("place_part_heads"):
            return u > 0 and nkey(doc.tokens[u - 1].text).removeprefix("و") == "في"
        if not nkey(text).startswith("ال"):
            return False
    return False


def chained_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place chunk ``c`` is said where the act ``hit`` was by one of the chains above («في كل من» only
    for a fight, an assault or mass violence: a list after it often tells where persons come from or what is talked
    about, «نواب الرئيس في كل من نيكاراغوا وتنزانيا», «الوضع في كل من سوريا واليمن»)."""
    if c.j < hit.i and hit.entry.code[:2] in VERBAL_CODES:
        return False  # «جماعات تتحصن بداخل مدينة بنغازي وتعطل خطة الجيش لإعلان تحريرها»: where the group is, not
        # where a statement is made
    i = c.i
    t = _opening(doc, i)
    if t < i and _part_genitive(doc, t):
        return True  # «في الريف الغربي لمدينة حمص»
    if t == 0:
        return False
    before = nkey(doc.tokens[t - 1].text)
    if before in fw("inside_words"):
        return True  # «بداخل مدينة درنة», «بداخل درنة»
    # «في كل من منطقة الزبداني»
    return hit.entry.code[:2] in FIGHTS and t >= 3 and before == "من" and nkey(doc.tokens[t - 2].text) == "كل" \
        and nkey(doc.tokens[t - 3].text).removeprefix("و") == "في"
