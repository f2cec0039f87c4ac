"""Round 187: habits and customs dated by no one day.

* ``habit_clause``: a present verb trigger with a word of habit in its own clause (``habit_adverbs``: «عادة»,
  «باستمرار», «كثيرا ما», or «كل» + ``recurring_units``: «كل عام»), «يقوم المجلس باستمرار بمراجعة ...».
* ``wont_to``: a masdar trigger after «دأب/يدأب ... على» (``wont_verbs``), «دأبت الحركة على تنظيم مظاهرات»: what one
  is wont to do.
* ``habit_masdar`` (round 225): a noun trigger after its present verb in a clause with a word of habit, «بشكل دوري»
  (``manner_openers`` + ``periodic_adjectives``) too: «تقوم الشركة بشكل دوري بنشر الأسعار».
* ``held_state`` (round 234): a present verb of a state held (``STATE_ENTRIES``: «تحاصر القوات المدينة», «يسيطر
  التنظيم على البلدة»): a siege or a control going on, no act of the article's day.
* ``hosts_crowds`` (round tp404): a present verb of hosting whose object in its clause is a crowd of anyone
  (``hosted_crowds``: «يستقبل فلان ... الزوار في مقره», «تستقبل المخيمات اللاجئين»), with no time in the sentence:
  whom one receives as a rule, no one visit.
"""
from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw, fw_keys
from .lexicon import Hit
from .present_stance import present_stance as present_stance  # (round ev833: read by dating with the others here)
from .word_tests import bare_key_at, clause_from, clause_to, past_conjunction

WONT_REACH = 5  # words back from the masdar to «دأب»
MASDAR_VERB_REACH = 4  # words back from a masdar trigger to its present verb
STATE_ENTRIES = frozenset(("besiege", "seize"))
HOSTING = "host"  # the trigger entry of «استقبل/يستقبل»
CROWD_REACH = 10  # words after the verb read for its object, past its subject and its apposition


def _present(doc: Doc, hit: Hit) -> bool:
    key = doc.tokens[hit.i].norm_key
    key = past_conjunction(key, 4)
    return len(key) >= 4 and key[0] in ("ي", "ت", "ن") and not key.startswith("تم")


def _clause(doc: Doc, hit: Hit, a: int, b: int) -> tuple[int, int]:
    """The token range of the trigger's clause inside ``a``..``b`` (up to a comma or an end mark: ``clause_stop``)."""
    return clause_from(doc, hit.i, a), clause_to(doc, hit.j + 1, b)


def habit_clause(doc: Doc, hit: Hit, a: int, b: int, manner: bool = False) -> bool:
    """A present verb trigger with ``habit_adverbs`` or «كل» + ``recurring_units`` in its clause (``manner``: or
    «بشكل دوري», for its date only: round 225)."""
    if hit.pos != "V" or not _present(doc, hit):
        return False
    lo, hi = _clause(doc, hit, a, b)
    return _habit_words(doc, lo, hi, manner)


def _habit_words(doc: Doc, lo: int, hi: int, manner: bool) -> bool:
    """A word of habit in tokens lo..hi-1: ``habit_adverbs``, «كل» + ``recurring_units``, or «بشكل/بصفة» + a
    ``periodic_adjectives`` («بشكل دوري», round 225)."""
    for t in range(lo, hi):
        if bare_key_at(doc, t, "habit_adverbs") in fw("habit_adverbs"):
            return True
        if doc.tokens[t].norm_key.lstrip("و") == "كل" and t + 1 < hi \
                and doc.tokens[t + 1].norm_key in fw("recurring_units"):
            return True
        if manner and doc.tokens[t].norm_key in fw_keys("manner_openers") and t + 1 < hi \
                and doc.tokens[t + 1].norm_key in fw_keys("periodic_adjectives"):
            return True
    return False


def habit_masdar(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Round 225: a noun trigger whose verb, a present one, comes within ``MASDAR_VERB_REACH`` words before it, in a
    clause with a word of habit: «تقوم الشركة بشكل دوري بنشر الأسعار», «يعقد المجلس كل أسبوع اجتماعا»."""
    if hit.pos == "V":
        return False
    lo, hi = _clause(doc, hit, a, b)
    verb = next((t for t in range(hit.i - 1, max(lo, hit.i - MASDAR_VERB_REACH) - 1, -1)
                 if _present_at(doc, t)), None)
    return verb is not None and _habit_words(doc, lo, hi, True)


def _present_at(doc: Doc, t: int) -> bool:
    """Token ``t`` has a present verb's shape (one word, «يـ/تـ/نـ», four letters or more, no noun ending)."""
    tok = doc.tokens[t]
    if len(tok.words) != 1 and not (len(tok.words) == 2 and tok.words[0].form in ("و", "ف")):
        return False
    key = tok.norm_key
    key = past_conjunction(key, 4)
    return len(key) >= 4 and key[0] in ("ي", "ت", "ن") and not key.endswith(("ات", "ة", "ه", "ي")) \
        and not key.startswith(("تم", "ال"))


def wont_to(doc: Doc, hit: Hit, a: int) -> bool:
    """A noun trigger right after «على» (or after «على» + its masdar: «على تنظيم مظاهرات») with «دأب/يدأب» (``wont_verbs``) a few words before it."""
    if hit.pos == "V":
        return False
    on = next((t for t in (hit.i - 1, hit.i - 2) if t >= a and doc.tokens[t].norm_key in ("على", "علي")), None)
    if on is None:
        return False
    for t in range(on - 1, max(a, on - WONT_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare_key_at(doc, t, "wont_verbs") in fw("wont_verbs"):
            return True
    return False


def held_state(doc: Doc, hit: Hit) -> bool:
    """Round 234: a present verb trigger of ``STATE_ENTRIES`` (no «سـ» of the future: ``_present`` wants «يـ/تـ/نـ»
    first): «القوات تحاصر المتمردين», «يسيطر التنظيم على البلدة», a state going on, of no one day."""
    return hit.pos == "V" and hit.entry.id in STATE_ENTRIES and _present(doc, hit)


def hosts_crowds(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Round tp404: a present verb of hosting with a crowd of anyone for its object and no time in the sentence
    (see the module): «يستقبل عبد الرشيد دوستم ... الزوار في مقره»."""
    if hit.pos != "V" or hit.entry.id != HOSTING or not _present(doc, hit):
        return False
    if any(doc.tokens[a].start <= x.start < doc.tokens[b - 1].end for x in doc.times):
        return False  # («يستقبل الرئيس اليوم الزوار»: that day's reception)
    for t in range(hit.j + 1, min(b, hit.j + 1 + CROWD_REACH)):
        key = doc.tokens[t].norm_key.removeprefix("و")
        if key in fw("prepositions") or key in (".", "؛", ";", ":"):
            return False  # (the object comes before the phrases of place or time; a comma may close the subject)
        if key.removeprefix("ال") in fw("hosted_crowds") or key in fw("hosted_crowds"):
            return True
    return False
