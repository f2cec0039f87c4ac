"""Round 111: acts the article's day does not date, though no time of their own is said (see
``dating.event_date``).

- «اجتمعت المنظمة في غضون أسابيع قليلة عقب الغزو», «بعد أسابيع من الكشف»: a span counted from another act
  (``relative_span_openers`` + ``relative_span_units`` + ``relative_span_links``) gives no day, neither to the act
  it dates (but the news an article links to the past: «وجاء الإعلان بعد أسابيع من الكشف») nor to the act it counts
  from; nor does a day the story told before.
- «نفى الوزير الاتهامات», «رفض الاتهامات»: the charges a party denies (``charge_nouns`` right after a verb of
  ``denying_verbs``) were made before; they are not acts of the article's day.
- «برلمانها يدعم شن الضربات»: a noun act under a present verb of stance (``stance_presents``) is a kind of act, of
  no one day.
- «الغرض منها الدعوة بأي وسيلة», «يعرف القانون الكيان بأنه ...»: an act of any means or party (``any_words`` right
  after it) and an act in a definition (``defining_verbs`` ... ``defining_links`` before it) are generic.
- «وعن الغارات التي نفذتها الطائرات، قال إن»: a noun act fronted as the topic of a statement (``topic_openers``)
  is known, told again; «بمناسبة مرور عام على احتلال المدينة»: what an anniversary counts from is of years before.
- «تدور مواجهات بين الحين والآخر» (``now_and_then``): a recurring act; «التي تهدف إلى قتل الأرواح»: an aim;
  «الهجمات التي يتصدى لها الجيش»: plural acts a present relative clause tells as going on.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from .forms import fw, phrase_keys
from .lexicon import Hit, match_token
from .modality import imperfect
from .word_tests import clause_stop, doc_conj_keys, doc_token_keys, key_at
from .word_tests import past_conjunction as _bare

SPAN_REACH = 5  # tokens after a trigger to the «بعد» of a counted span in its clause
SPAN_GAP = 2  # numerals or fillers between the opener and the unit, or between the unit and its link
DENIAL_REACH = 3  # tokens back from a charge noun to the verb denying it («نفى الرئيس التركي بقوة الاتهامات»)
STANCE_REACH = 3  # tokens back from a noun trigger to a present verb of stance («يدعم شن الضربات»)
DEFINITION_REACH = 12  # tokens from a verb of defining to its «بأنه»
PERFECT_ENDINGS = ("ت", "ته", "تها", "تهم", "تهما", "تا", "وا")
HELD_REACH = 7  # tokens from a plural noun trigger to the relative of its clause («الهجمات الإرهابية في سيناء التي»)


def counted_span(doc: Doc, t: int, end: int, openers: frozenset[str] | None = None,
                 units: frozenset[str] | None = None) -> int | None:
    """The token after the link of a counted span opening at token ``t`` («بعد أسابيع من», «في غضون أسابيع قليلة
    عقب», «بعد ثلاثة أشهر على»), or None: an opener (``relative_span_openers``) past its «و/ف», up to SPAN_GAP
    numerals or fillers, a unit (``relative_span_units``), up to SPAN_GAP fillers and a link
    (``relative_span_links``). Round ti886's spans of moments give their own ``openers`` and ``units``."""
    openers = fw("relative_span_openers") if openers is None else openers
    units = fw("relative_span_units") if units is None else units
    if _bare(key_at(doc, t)) not in openers:
        return None
    u = t + 1
    while u < end and u - t <= SPAN_GAP + 1 and key_at(doc, u) not in units:
        if not (doc.tokens[u].text.isdigit() or key_at(doc, u) in fw("numerals")
                or key_at(doc, u) in fw("relative_span_fillers")):
            return None
        u += 1
    if u >= end or key_at(doc, u) not in units:
        return None
    v = u + 1
    while v < end and v - u <= SPAN_GAP and key_at(doc, v) in fw("relative_span_fillers"):
        v += 1
    return v + 1 if v < end and key_at(doc, v) in fw("relative_span_links") else None


def counted_from_other(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A trigger right after a counted span (:func:`counted_span`): the act it counts from («بعد أسابيع من
    الكشف», «بعد أسبوعين على بدء غارات»)."""
    lo = max(sent_start, hit.i - SPAN_GAP - 5)
    for u in range(hit.i - 1, lo - 1, -1):
        if clause_stop(doc.tokens[u].text):
            lo = u + 1  # (a span opening before the last clause stop is of another clause)
            break
    for t in range(lo, hit.i):
        after = counted_span(doc, t, sent_end)
        if after is not None and after <= hit.i <= after + 1:
            return True
    return False


def counted_after(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A trigger with a counted span within ``SPAN_REACH`` tokens after it in its clause, no other act between
    («اجتمعت المنظمة في فيينا في غضون أسابيع عقب الغزو»): of no day told before (that of the act it counts from, or
    before it), nor of the article's day; but for the news an article links to an earlier act («وجاءت تصريحاته بعد
    أيام على تحرير المدينة»: ``news_links`` right before it), dated as any other."""
    if hit.i - 1 >= 0 and key_at(doc, hit.i - 1) in fw("news_links"):
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + SPAN_REACH)):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            return False
        if counted_span(doc, t, sent_end) is not None:
            return True
        if match_token(doc.tokens, t) is not None:
            return False
    return False


def charge_after_verb(doc: Doc, hit: Hit, sent_start: int, verbs: str, reach: int) -> bool:
    """A charge noun (``charge_nouns``) within ``reach`` tokens after a verb of the function-word list ``verbs`` in
    its clause (no clause stop between): «نفى الرئيس الاتهامات» (``denying_verbs``), «ويواجه فلان عدة اتهامات»
    (``charge_facing_verbs``, `clause_roles.faces_charges`)."""
    if hit.pos != "N" or _bare(key_at(doc, hit.i)) not in fw("charge_nouns"):
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - reach - 1) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _bare(key_at(doc, t)) in fw(verbs):
            return True
    return False


def denied_charge(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A charge noun (``charge_nouns``) within ``DENIAL_REACH`` tokens after a verb of denying in its clause."""
    return charge_after_verb(doc, hit, sent_start, "denying_verbs", DENIAL_REACH)


def stance_governed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger within ``STANCE_REACH`` tokens after a present verb of stance (``stance_presents``), or a
    trigger read as a verb right after it (a masdar: «يدعم شن الضربات»)."""
    if hit.pos != "N":
        return hit.i - 1 >= sent_start and _bare(key_at(doc, hit.i - 1)) in fw("stance_presents")
    for t in range(hit.i - 1, max(sent_start, hit.i - STANCE_REACH - 1) - 1, -1):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            return False
        if _bare(key_at(doc, t)) in fw("stance_presents"):
            return True
    return False


def generic_act(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An act of any means («الدعوة بأي وسيلة»), or one in a definition («يعرّف القانون الكيان بأنه ...»)."""
    if hit.j + 1 < len(doc.tokens) and key_at(doc, hit.j + 1) in fw("any_words"):  # (the list has «وأي»)
        return True
    if not defining_told(doc):
        return False  # (no verb of defining in the text)
    for t in range(max(sent_start, hit.i - 60), hit.i):
        if _bare(key_at(doc, t)) in fw("defining_verbs"):
            return any(key_at(doc, u) in fw("defining_links") for u in range(t + 1, min(hit.i, t + DEFINITION_REACH)))
    return False


def defining_told(doc: Doc) -> bool:
    """Whether a token of ``doc`` is a verb of defining (``defining_verbs``, its «و/ف» aside: ``doc_conj_keys``, a
    set made once per document)."""
    return not doc_conj_keys(doc).isdisjoint(fw("defining_verbs"))


def fronted_topic(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger in a sentence that opens with a topic preposition (``topic_openers``), before its first
    comma."""
    if hit.pos != "N" or key_at(doc, sent_start) not in fw("topic_openers"):
        return False
    return not any(clause_stop(doc.tokens[t].text) for t in range(sent_start, hit.i))


def anniversary_of(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger after «مرور» + a span + «على» («بمناسبة مرور عام على احتلال المدينة»)."""
    if hit.pos != "N" or hit.i - 3 < sent_start:
        return False
    if key_at(doc, hit.i - 1) not in ("علي", "على"):
        return False
    return any(key_at(doc, t) in fw("anniversary_passing") for t in range(max(sent_start, hit.i - 4), hit.i - 1))


def now_and_then(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A phrase of recurrence (``now_and_then``) in the trigger's clause."""
    phrases = phrase_keys(fw("now_and_then"))
    told = doc_token_keys(doc)
    if not any(told.issuperset(words) for words in phrases):
        return False  # (no phrase whose every word is in the text)
    lo, hi = hit.i, hit.j + 1
    while lo > sent_start and not clause_stop(doc.tokens[lo - 1].text):
        lo -= 1
    while hi < sent_end and not clause_stop(doc.tokens[hi].text):
        hi += 1
    keys = tuple(key_at(doc, t) for t in range(lo, hi))
    present = frozenset(keys)
    for words in phrases:
        if words and words[0] not in present:
            continue  # (a phrase whose first word the clause lacks stands nowhere in it)
        n = len(words)
        if any(keys[k : k + n] == words for k in range(len(keys))):
            return True
    return False


def aimed_at(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A trigger right after «إلى» after a verb of aiming (``aim_verbs``: «التي تهدف إلى قتل الأرواح»)."""
    return hit.i - 2 >= sent_start and key_at(doc, hit.i - 1) in ("الي", "إلى") \
        and _bare(key_at(doc, hit.i - 2)) in fw("aim_verbs")


def ongoing_plural(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A plural noun trigger («الهجمات», «غارات») whose relative clause, within ``HELD_REACH`` tokens after it (no
    comma, no other act between), opens with a present verb («الهجمات الإرهابية في سيناء التي يتصدى لها الجيش»,
    «الغارات التي يشنها التحالف»): acts going on, of no one day."""
    if hit.pos != "N" or not _bare(key_at(doc, hit.j)).endswith("ات"):
        return False
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + 1 + HELD_REACH)):
        if clause_stop(doc.tokens[t].text) or match_token(doc.tokens, t) is not None:
            return False
        if key_at(doc, t) in fw("relatives"):
            verb = key_at(doc, t + 1)
            return verb[:1] in ("ي", "ت") and len(verb) >= 4 and imperfect(verb, True) \
                and not verb.endswith(PERFECT_ENDINGS)  # (not «التي تناولتها»: a perfect in «تـ»)
    return False


CONTROL = "192"  # CAMEO occupy territory: «سيطرة التنظيم على المدينة», a state as much as an act
CRIME_BACK = 24  # tokens back from a trigger to the relative clause on a crime («الجريمة ... التي نفذها ...»)
ANTECEDENT_REACH = 4  # tokens from a crime noun to its relative, its adjectives and a closing quote between


def state_of_control(doc: Doc, hit: Hit) -> bool:
    """Round 116: «رغم سيطرة الرئيس السابق على كثير من الشركات», «صمته حيال سيطرة التنظيم على أجزاء من البلاد»: a
    noun of control right after a word that frames a state (``state_frames``, past «من» of «بالرغم من») is a
    state that holds, of no day."""
    if hit.pos != "N" or not hit.entry.code.startswith(CONTROL) or hit.i < 1:
        return False
    t = hit.i - 1
    if key_at(doc, t) == "من" and t >= 1:
        t -= 1
    return _bare(key_at(doc, t)) in fw("state_frames")


def _crime(key: str) -> bool:
    """«الجريمة», «للجريمة», «والجريمة»: a crime noun (``crime_heads``), its «لـ» or «و» aside."""
    return key in fw("crime_heads") or ("ال" + key[2:] if key.startswith("لل") else _bare(key)) in fw("crime_heads")


@lru_cache(maxsize=1)
def _crime_forms() -> frozenset[str]:
    """The token keys :func:`_crime` reads as a crime noun before its «و» comes off: a word of ``crime_heads``, or
    one in «ال» written after «لـ» («للجريمة»); with ``doc_conj_keys`` (the «و» off), what ``crime_told`` needs one
    of."""
    heads = fw("crime_heads")
    return heads | frozenset(["لل" + h[2:] for h in heads if h.startswith("ال")])


def crime_told(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 116: «جريمة حرق عائلة» read as a verb (the masdar's form, with no clitic, right after a crime noun in
    construct: ``crime_heads`` without «ال»), and an act in the relative clause on a crime («الجريمة الإرهابية
    البشعة التي نفذها مستوطنون ... وأدت إلى حرق رضيع»): the crime told again, of no day."""
    if fw("crime_heads").isdisjoint(doc_conj_keys(doc)) and _crime_forms().isdisjoint(doc_token_keys(doc)):
        return False  # (no token a crime noun may be read in: none is told)
    if hit.pos == "V" and hit.i >= 1 and key_at(doc, hit.i - 1) in fw("crime_heads") \
            and not key_at(doc, hit.i - 1).startswith(("ال", "وال")) and len(doc.tokens[hit.i].words) == 1:
        return True
    for t in range(hit.i - 1, max(sent_start, hit.i - CRIME_BACK) - 1, -1):
        text, key = doc.tokens[t].text, key_at(doc, t)
        if text in (".", "؛", ";", ":", "!", "؟", "?") or key in fw("complementizers"):
            return False
        if key in fw("relatives"):
            return any(_crime(key_at(doc, u)) for u in range(max(sent_start, t - ANTECEDENT_REACH), t)
                       if not any(clause_stop(doc.tokens[w].text) for w in range(u, t)))
    return False


def told_again(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether one of this module's rules leaves the trigger without a day."""
    return counted_from_other(doc, hit, sent_start, sent_end) or counted_after(doc, hit, sent_end) \
        or denied_charge(doc, hit, sent_start) \
        or stance_governed(doc, hit, sent_start) or generic_act(doc, hit, sent_start) \
        or fronted_topic(doc, hit, sent_start) or anniversary_of(doc, hit, sent_start) \
        or now_and_then(doc, hit, sent_start, sent_end) or aimed_at(doc, hit, sent_start) \
        or ongoing_plural(doc, hit, sent_end) or state_of_control(doc, hit) or crime_told(doc, hit, sent_start)
