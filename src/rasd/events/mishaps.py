"""Assault words that report no assault, round 67 of real news: deaths in an accident («لقي ثلاثة مصرعهم في حادث
سير», «مقتل عشرة في تحطم طائرة»: a killing word with «في», «جراء», «إثر» or «بسبب» + a mishap, function words
``mishap_words``, within ``MISHAP_REACH`` words after it in its clause), an attack that a force is sent to deter or
prevent («لردع المسلحين من الاعتداء على المدنيين»: «من» + the attack noun after a word of deterrence or
protection, ``deterrence_words``, within ``DETER_REACH`` words before it), and a government, a dialogue or a
crisis «blown up» («تفجير الحكومة من الداخل»: a bombing noun whose genitive is of ``abstract_blown``; round 279:
or whose pronoun stands for one, «نجت الحكومة ... من محاولة تفجيرها»).

Round 114: accidents and disasters are no act of force (CAMEO 18x/19x need a doer who uses force): a killing word
followed in its sentence by «حين/عندما/حينما» (``when_words``; past the comma after a second casualty clause:
«قتلوا وأصيب عشرات، حين») and a verb of falling, crashing or sinking (``crash_verbs``) whose subject is a craft or a
building (``crashed_things``: «حينما سقطت مقاتلة على سوق», «عندما غرق قارب»), or a cause word and the fall of one
(«بسقوط مقاتلة»); and deaths of migrants or refugees at sea (a sentence that names them, ``migrant_words``, and the
sea, with a death phrase, ``drowning_words``: «لقوا حتفهم في البحر ... وأن ألفين قتلوا»: drowned, no one killed
them; not where shots or a weapon are named, ``violent_causes``). Round 240: «وقت سقوط الطائرة» as «حين»
(``crash_time_words``), and a crash told before its toll («سقطت طائرة ...، مما أدى إلى سقوط قتلى»)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .listed import listed, listed_before
from .product_blasts import product_blast

KILLING = frozenset(("kill", "wound"))
MISHAP_REACH = 5  # words after a killing word read for the accident it happened in («مصرعهم أمس في حادث»)
DETER_REACH = 4  # words before «من الاعتداء» read for the deterrence it is the object of («لردع المسلحين من»)
CAUSES = fw_keys("toll_cause_words")


def _accident(doc: Doc, hit: Hit, b: int) -> bool:
    """A killing word followed, in its clause, by a cause word and a mishap («مصرعهم في حادث سير»)."""
    if hit.entry.id not in KILLING:
        return False
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + MISHAP_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        key = doc.tokens[t].norm_key
        if key in CAUSES and listed(doc, t + 1, "mishap_words", bare=True):
            return True
        if key[:1] == "ب" and key[1:] in ("حادث", "حادثه", "الحادث", "الحادثه"):
            return True  # («بحادث سير»)
    return False


WHEN_REACH = 8  # words after a killing word read for «حين» + a crash («قتلوا وأصيب عشرات، حين سقطت»)
THING_REACH = 2  # words after a verb of crashing read for the craft or building that crashed («سقطت مقاتلة سورية»)
SEA = frozenset(("بحر", "البحر"))


def _crashed(doc: Doc, t: int, b: int) -> bool:
    """A verb of crashing (or «سقوط») at token ``t`` with a craft or a building within ``THING_REACH`` words after it."""
    key = doc.tokens[t].norm_key.lstrip("و")
    fall = key[1:] if key[:1] in ("ب", "ل") else key
    if key not in fw("crash_verbs") and fall not in ("سقوط", "تحطم"):
        return False
    return any(listed(doc, k, "crashed_things", bare=True) for k in range(t + 1, min(b, t + 1 + THING_REACH)))


def _crash(doc: Doc, hit: Hit, b: int) -> bool:
    """A killing word followed by «حين» + a crash, or a cause word and the fall of a craft (see the module)."""
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + WHEN_REACH)):
        key = doc.tokens[t].norm_key
        when = key in fw("when_words") or key in fw("crash_time_words")  # round 240: «وقت سقوط الطائرة»
        if when or (key in CAUSES or key[:1] == "ب") and _crashed(doc, t, b):
            return _crashed(doc, t + 1, b) if when else True
        if clause_stop(doc.tokens[t].text) and doc.tokens[t + 1].norm_key not in fw("when_words"):
            return False
    return False


def _crash_before(doc: Doc, hit: Hit, a: int) -> bool:
    """Round 240: «سقطت طائرة حربية في سوق ...، مما أدى إلى سقوط عشرات القتلى»: a crash told before the killing
    word in its sentence, and a verb of resulting (``result_verbs``) between them: the crash's toll."""
    crash = next((t for t in range(a, hit.i) if _crashed(doc, t, hit.i)), None)
    if crash is None:
        return False
    return any(doc.tokens[t].norm_key.lstrip("وف") in fw("result_verbs") for t in range(crash + 1, hit.i))


def _at_sea(doc: Doc, a: int, b: int) -> bool:
    """Deaths of migrants at sea told in the sentence of tokens ``a``..``b`` (see the module)."""
    keys = [doc.tokens[t].norm_key for t in range(a, b)]
    sea = any(k in SEA or k[:1] in ("ب", "و") and k[1:] in SEA or k.startswith("في") and k[2:] in SEA for k in keys)
    return sea and any(listed(doc, t, "migrant_words", bare=True) for t in range(a, b)) \
        and any(listed(doc, t, "drowning_words", bare=True) for t in range(a, b)) \
        and not any(listed(doc, t, "violent_causes", bare=True) for t in range(a, b))


def _deterred(doc: Doc, hit: Hit, a: int) -> bool:
    """An attack noun after «من» (a clitic or a word) that a word of deterrence or protection governs."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    if doc.tokens[hit.i - 1].norm_key != "من":
        return False
    return listed_before(doc, hit.i - 1, a, DETER_REACH, "deterrence_words")


def _blown(doc: Doc, hit: Hit, b: int) -> bool:
    """A bombing noun whose genitive is a government, a dialogue, a crisis (``abstract_blown``): a figure of speech."""
    return hit.entry.id == "bombing" and hit.pos == "N" and hit.j + 1 < b and listed(doc, hit.j + 1, "abstract_blown")


BLOWN_REACH = 8  # words before a bombing noun's pronoun read for what it stands for («الحكومة العراقية ... تفجيرها»)
FEMININE_ENDS = (nkey("ة"), "ات")


def _blown_pronoun(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Round 279: «نجت الحكومة العراقية للمرة الثالثة من محاولة تفجيرها من الداخل»: a bombing noun whose pronoun
    («ـها/ـه») stands for a government, a dialogue, a crisis (``abstract_blown``) named within ``BLOWN_REACH`` words
    before it in its clause, the nearest such word, of the pronoun's gender, is a figure of speech; not where «لـ» +
    an object follows («تفجيرها للمبنى»: the pronoun is who bombs)."""
    if hit.entry.id != "bombing" or hit.pos != "N":
        return False
    pronoun = [w.norm for w in doc.tokens[hit.j].words if w.kind == "enclitic"]
    if not pronoun or pronoun[-1] not in ("ه", "ها"):
        return False
    if hit.j + 1 < b and any(w.kind == "proclitic" and w.norm == "ل" for w in doc.tokens[hit.j + 1].words):
        return False
    for t in range(hit.i - 1, max(a - 1, hit.i - 1 - BLOWN_REACH), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if listed(doc, t, "abstract_blown"):
            return doc.tokens[t].norm_key.endswith(FEMININE_ENDS) == (pronoun[-1] == "ها")
    return False


def mishap(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the ASSAULT trigger ``hit`` tells an accident, a deterred attack or a figure (see the module)."""
    if hit.entry.id in KILLING and (_crash(doc, hit, b) or _crash_before(doc, hit, a) or _at_sea(doc, a, b)):
        return True  # round 114: «قتلوا حينما سقطت مقاتلة على سوق», migrants who died at sea
    return _accident(doc, hit, b) or _deterred(doc, hit, a) or _blown(doc, hit, b) or _blown_pronoun(doc, hit, a, b) \
        or product_blast(doc, hit, a, b)  # round ev621: «انفجار بطارية هاتف», «محركات عاطلة تنفجر»


__all__ = ["mishap"]
