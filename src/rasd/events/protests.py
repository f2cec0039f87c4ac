"""Protest words that report no protest: a crowd that celebrates or only moves («خرجوا إلى الشوارع محتفلين»,
«تدفق الآلاف من النازحين»), an official who steps out («خرج نائب المحافظ للاستماع لمطالب المتظاهرين»), «احتجاجا
على» as the reason of a resignation, a walk-out or a statement («استقال احتجاجا على»), a protest noun as the topic,
the means or the charge it names («استغلال المظاهرات», «أساليب الاحتجاج», «بتهمة تنظيم احتجاجات»), and a protest in
words: a note of protest or an official's or a state's («مذكرة احتجاج», «احتجت وزارة الخارجية», «احتجت الصين»,
«إن بلاده تحتج», «أعربت الوزارة عن احتجاجها», «تقدمت باحتجاج رسمي»).

Round ev996: a protest in words is no PROTEST but not dropped either: :func:`official_code` gives it the CAMEO code of
a state's or an official's disapproval (114 complain officially where it is lodged, in a note, voiced with
«رسمي/الشديد» or with an envoy summoned: «قدمت مصر احتجاجا رسميا», «استدعت الخارجية السفير للاحتجاج على»; else
111 criticize or denounce: «احتجت الخارجية المصرية على»), which :func:`rasd.events.senses.sense` recodes it to. A
crowd that goes out to welcome someone («خرج الآلاف لاستقبال الرئيس», ``protest_welcomes``) makes no protest.

OEDA's annotators code a PROTEST where a sentence tells that protesters acted; a protest word as a cause, a topic
or a metaphor is none.
"""

from __future__ import annotations

import re

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw, nkey
from .lexicon import Hit
from .listed import listed, listed_before, token_keys
from .protest_senses import PROTESTER as _PROTESTER
from .protest_senses import other_sense

CROWD_REACH = 8  # words after a protest verb read for the crowd it moves and the mood it moves in
REASON_REACH = 14  # words before «احتجاجا» read for the act it gives the reason of
TOPIC_REACH = 2  # words before a protest noun read for the topic, means or charge that governs it
MOVING = frozenset(("protest_act", "take_street", "march_out", "protest_march_to", "demonstrate"))
VOICE_REACH = 5  # words before a protest noun read for the verb that voices it («أعربت الوزارة عن احتجاجها»)
_OWNED = re.compile(r"احتجاج(?:ه|ها|هم|هما|هن|نا|كم)$")
REASONS = frozenset(nkey(w) for w in ("احتجاجا", "احتجاجًا", "واحتجاجا"))
LODGED = "114"  # CAMEO complain officially: a protest lodged, in a note, or with an envoy summoned
DENIAL_REACH = 5  # words before a protest in words read for a negation («لم تصدر ... بيانات احتجاج»)
CRITICISED = "111"  # CAMEO criticize or denounce: a state's or an official's protest in words


def _other_crowd(doc: Doc, hit: Hit, b: int) -> bool:
    """A protest verb whose crowd celebrates («خرجوا إلى الشوارع محتفلين»), goes to vote or pray («توجه الآلاف ...
    للإدلاء بأصواتهم», round pr978) or is one that only moves, with no protester among them («تدفق الآلاف من
    النازحين»), or whose subject right after it is an official («خرج نائب المحافظ») or troops or voters
    («احتشد الجنود», «احتشد الناخبون»: ``protest_other_subjects``, round pr978)."""
    if hit.entry.id not in MOVING or hit.pos != "V":
        return False
    if hit.j + 1 < b and (doc.tokens[hit.j + 1].norm_key in fw("titles") or listed(doc, hit.j + 1,
                                                                                   "protest_other_subjects")):
        return True
    for t in range(hit.j + 1, min(b, hit.j + 1 + CROWD_REACH)):
        if clause_stop(doc.tokens[t].text):
            break
        if listed(doc, t, "protest_celebrations") or listed(doc, t, "protest_other_crowds") or listed(
                doc, t, "protest_errands") or listed(doc, t, "protest_welcomes"):
            return True
    return False


def _reason_only(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> bool:
    """«احتجاجا على» as the reason of an act that is no protest: «استقال احتجاجا على», «انسحبا من الاجتماع ...
    احتجاجا», «غادر السفير البلاد احتجاجا»; a protest told before it in the clause («تظاهر المئات احتجاجا») keeps
    it."""
    if hit.entry.plover != "PROTEST" or hit.pos != "N" or doc.tokens[hit.i].norm_key not in REASONS:
        return False
    protests = {t for h in hits if h.entry.plover == "PROTEST" and h.i < hit.i for t in range(h.i, h.j + 1)}
    for t in range(hit.i - 1, max(a - 1, hit.i - 1 - REASON_REACH), -1):
        if clause_stop(doc.tokens[t].text) or t in protests:
            return False
        if listed(doc, t, "protest_reason_hosts"):
            return True
    return False


def _topic(doc: Doc, hit: Hit, a: int) -> bool:
    """A protest noun governed by a topic, means or charge: «استغلال المظاهرات», «زخم هذه المظاهرات», «أساليب
    الاحتجاج», «وسيلة للاحتجاج», «بتهمة تنظيم احتجاجات», «امتهنت الاحتجاج»."""
    if hit.pos != "N":
        return False
    return listed_before(doc, hit.i, a, TOPIC_REACH, "protest_topic_heads")


def _verbal(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """A protest said in words: a note of protest («مذكرة احتجاج», «بيانات احتجاج», «رسالة احتجاج»), or «احتج»
    / «احتجاج» by an official or an institution named right after it («احتجت وزارة الخارجية», «احتجاج السفير»):
    a state's or an official's disapproval, no protesters acting."""
    if hit.entry.id != "protest":
        return False
    if hit.i > 0 and listed(doc, hit.i - 1, "protest_notes"):
        return True
    if hit.j + 1 >= b or doc.tokens[hit.i].norm_key in REASONS:
        return False
    if _state_before(doc, hit, a) or _voiced(doc, hit, a):
        return True
    return not token_keys(doc, hit.j + 1).isdisjoint(fw("titles") | fw("institutions")) or _state_after(doc, hit.j + 1)


def _state_before(doc: Doc, hit: Hit, a: int) -> bool:
    """Round pr978: «إن بلاده تحتج على», «وكانت الصين احتجت على», «إن الحكومة احتجت»: «احتج» right after its
    subject, an official, an institution, «بلاده» or a country named alone (no preposition before it): a state's
    or an official's disapproval («العمال احتجوا» stays)."""
    t = hit.i - 1
    if hit.pos != "V" or t < a:
        return False
    if not token_keys(doc, t).isdisjoint(
            fw("titles") | fw("institutions") | fw("homeland_words") | fw("own_country_words")):
        return True
    if t - 1 >= a and (listed(doc, t - 1, "noun_prepositions") or listed(doc, t - 1, "locative_prepositions")):
        return False
    tok = doc.tokens[t]
    lead = tok.start + (1 if tok.text[:1] in ("و", "ف") else 0)
    return any(m.start in (tok.start, lead) and m.end == tok.end
               for e in doc.entities if e.type == "LOCATION" for m in e.mentions)


def _voiced(doc: Doc, hit: Hit, a: int) -> bool:
    """Round pr978: «أعربت الوزارة عن احتجاجها الشديد», «تقدمت الحكومة باحتجاج رسمي», «أبدت احتجاجها»: a protest
    noun a few words after a verb that voices or lodges it (``protest_voicings``), with a pronoun of its own or an
    official's word after it (``protest_formal``), and no protester between: a protest said, not acted."""
    if hit.pos != "N":
        return False
    key = doc.tokens[hit.i].norm_key
    owned = _OWNED.search(key) is not None
    formal = hit.j + 1 < len(doc.tokens) and listed(doc, hit.j + 1, "protest_formal")
    return (owned or formal) and _said_before(doc, hit, a, VOICE_REACH, "protest_voicings")


def _said_before(doc: Doc, hit: Hit, a: int, reach: int, words: str) -> bool:
    """Whether a word of the list ``words`` stands within ``reach`` words before the protest noun, in its clause (from
    token ``a``) and with no protester between (``_voiced``, ``_summoned``)."""
    for t in range(hit.i - 1, max(a - 1, hit.i - 1 - reach), -1):
        if clause_stop(doc.tokens[t].text) or _PROTESTER.match(doc.tokens[t].norm_key):
            return False
        if listed(doc, t, words):
            return True
    return False


def _state_after(doc: Doc, t: int) -> bool:
    """Round oe638: «احتجت الصين/بكين لدى اليابان على», «احتجت الخارجية المصرية على»: a state (a country or its
    capital named for its government) or a ministry by its portfolio alone (``portfolio_words``) as the subject
    right after «احتج»: a diplomatic protest (CAMEO 11 disapprove), no protesters acting («احتج العمال» stays)."""
    start = doc.tokens[t].start
    return listed(doc, t, "portfolio_words") or any(
        m.start == start for e in doc.entities if e.type == "LOCATION" for m in e.mentions)


def _summoned(doc: Doc, hit: Hit, a: int) -> bool:
    """Round ev996: «استدعت الخارجية السفير للاحتجاج على», «استدعاء السفير احتجاجا»: a protest noun a few words after
    a verb or noun of summoning (``protest_summons``) in its clause, no protester between."""
    return hit.pos == "N" and _said_before(doc, hit, a, REASON_REACH, "protest_summons")


def official_code(doc: Doc, hit: Hit, a: int, b: int) -> str:
    """Round ev996: the CAMEO code of a protest in words by a state or an official (see the module): 114 where it is
    lodged (an envoy summoned, a note of protest, a protest noun voiced with a pronoun or «رسمي»), 111 for the other
    protests ``_verbal`` reads; "" for any other trigger."""
    if hit.entry.id != "protest" or hit.entry.plover != "PROTEST":
        return ""
    if listed_before(doc, hit.i, a, DENIAL_REACH, "clitic_negations"):
        return ""  # «التي لم تصدر إلى الآن بيانات احتجاج»: none lodged (dropped as before)
    if _summoned(doc, hit, a) or (hit.i > 0 and listed(doc, hit.i - 1, "protest_notes")) or _voiced(doc, hit, a):
        return LODGED
    return CRITICISED if _verbal(doc, hit, a, b) else ""


def not_a_protest(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int) -> bool:
    """Whether the PROTEST trigger ``hit`` (in sentence tokens ``a``..``b``) reports no protest (see the module); a
    protest in words (:func:`official_code`) is kept, for ``sense`` to recode."""
    if hit.entry.plover != "PROTEST" or official_code(doc, hit, a, b):
        return False
    return (_other_crowd(doc, hit, b) or _reason_only(doc, hit, hits, a) or _topic(doc, hit, a)
            or _verbal(doc, hit, a, b) or other_sense(doc, hit, a, b))


__all__ = ["not_a_protest", "official_code"]
