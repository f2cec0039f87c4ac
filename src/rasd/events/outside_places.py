"""A town named past the object of an act of force is where it was, not whom it was done to (round 263).

«هاجم مقاتلو «داعش» نقطة التفتيش خارج مدينة أجدابيا», «اقتحم متشددون نقطة تفتيش تحرسها قوات للجيش خارج مدينة
أجدابيا»: an act of force (CAMEO 17 to 20) whose object is a common noun, followed in its clause, a few words after
that object, by a word of where (function words ``object_place_words``: «خارج», «قرب», «محيط»; or ``compass``; not
a word of direction, «إلى», «نحو»: «نقل الجرحى جراء اعتداءات المتمردين إلى الخرطوم»), at most one
place word («مدينة», «بلدة») and a place the article names, took place there: the event has that place as its location
where it has none, and where its target is that place (the object's town read as whom the act hit), the target becomes
the common-noun object phrase («نقطة التفتيش»). Nothing where a comma, a clause stop or a verb of another clause stands
between, where a word of whence comes before the word of where («هجوما انطلاقا من شمال العراق»: the
attack started there), where the place follows the trigger right away (then it is the object: «هاجمت قرية دوما»), or where the
place's mention is not a town or region (a PLACE entity: LOCATION or GPE).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw, fw_keys, nkey
from .readings import PLACE_WORDS
from .source_set import set_phrase
from .word_tests import clause_stop, entity_at, entity_starting

FORCE = ("17", "18", "19", "20")
OBJECT_REACH = 6  # tokens from the object's first word to the word of where
DOER_REACH = 5  # tokens from the trigger to the end of its named doer
PUNCT = ("،", ",", ".", "؛", ":", "(", ")", "«", "»", '"')


def _where_word(doc: Doc, k: int) -> bool:
    key = doc.tokens[k].norm_key
    return key in fw_keys("object_place_words") or key in fw_keys("compass")


def _outside(doc: Doc, ev: Event) -> tuple[int, int, str] | None:
    """(the object's first token, the word of where, the place's id) past the event's trigger (docstring)."""
    e = doc.token_at(ev.trigger.end - 1)
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    if e is None or e + 2 >= end:
        return None
    first = e + 1
    src = doc.entity(ev.source) if ev.source is not None else None
    if src is not None:  # past the named doer after a verb and its quotation marks: «مقاتلو «داعش»», «من تنظيم داعش»
        reach = doc.tokens[min(end - 1, e + DOER_REACH)].end
        ends = [m.end for m in src.mentions if doc.tokens[e].end <= m.start < reach]
        if ends:
            after = doc.token_from(min(ends))
            first = after if after is not None else end
    while first < end and doc.tokens[first].text in PUNCT:
        first += 1
    if first >= end or doc.tokens[first].norm_key in fw("prepositions") or entity_at(doc, first) is not None:
        return None
    if doc.tokens[first].norm_key in PLACE_WORDS:
        return None  # («هاجمت قرية دوما»: the town is the object)
    for w in range(first + 1, min(end - 1, first + 1 + OBJECT_REACH)):
        tok = doc.tokens[w]
        if tok.text in PUNCT or clause_stop(tok.text):
            return None
        if tok.norm_key in fw_keys("origin_words") or tok.norm_key == "من":
            return None  # whence, not where: «شن المسلحون هجوما انطلاقا من شمال العراق»
        if not _where_word(doc, w):
            continue
        p = w + 1
        if p < end and doc.tokens[p].norm_key in PLACE_WORDS:
            p += 1
        ent = entity_starting(doc, p) if p < end else None
        if ent is None or ent.type not in PLACES:
            return None
        return first, w, ent.id
    return None


def outside_places(doc: Doc, events: list[Event]) -> None:
    """Give an act of force on a common noun the town named past it as its place (module docstring)."""
    for ev in events:
        if not ev.code.startswith(FORCE):
            continue
        found = _outside(doc, ev)
        if found is None:
            continue
        first, w, place = found
        if ev.location is None:
            ev.location = place
        if ev.target == place:
            ev.target = None
            start, stop = doc.tokens[first].start, doc.tokens[w - 1].end
            set_phrase(ev, "target", doc.text, start, stop)
