"""Round ev715: how far a year said after an act stands from it, in units rather than tokens (see
``own_time.year_near``).

«زيارة أمير الكويت إلى العراق عام 2012» is dated 2012; so are «الزيارة التاريخية لأمير الكويت إلى العراق عام 2012»
and «الزيارة التي عدت تاريخية لأمير الكويت صباح الأحمد الصباح إلى العراق عام 2012»: a name of several words is one
unit, «لـ» + a title or a name and the names after it («لأمير الكويت صباح الأحمد») is one, «إلى» + a place
(«إلى العراق») is one, and a relative clause that only judges the act («التي عدت تاريخية», ``deemed_verbs``) is one
and tells no act of its own. Round ev730: «على» + the act's own object («وقعت الرياض والقاهرة على اتفاقية دفاع مشترك في
عام 1955») is one unit too. The other guards of ``year_near`` (an act, a happening, a word of sequence, the end of
a clause between) still hold.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import mention_index
from .forms import fw, nkey
from .word_tests import clause_stop, key_at, phrase_break

PLACES = ("LOCATION", "GPE")  # the entity types «إلى» + a place may name
ON = nkey("على")  # the preposition of an act's own object (a one-word list would copy ``obligation_on_words``)
OBJECT_WORDS = 4  # words at most of the object after «على» counted as one unit («اتفاقية الدفاع العربي المشترك»)


def deemed_relative(doc: Doc, t: int, hi: int) -> bool:
    """Whether a relative at token ``t`` opens a clause of a verb of judging (``deemed_verbs``) and one indefinite
    adjective alone before ``hi`` or a name, «لـ» or «إلى» («التي عدت تاريخية لأمير»); not «التي وصفها الوزير بأنها»,
    «الذي عد بعدها».  """
    if t + 2 >= hi or key_at(doc, t).removeprefix("و") not in fw("relatives") or key_at(doc, t + 1) not in fw("deemed_verbs"):
        return False
    adj, text = key_at(doc, t + 2), doc.tokens[t + 2].text
    if adj.startswith(("ال", "ب", "ل")) or not adj.endswith(("ي", "ه")) or clause_stop(text) or t + 2 in mention_index(doc):
        return False
    return t + 3 == hi or _led(doc, t + 3, hi) > t + 3 or t + 3 in mention_index(doc)


def _name_run(doc: Doc, t: int, hi: int, any_name: bool) -> int:
    """The token after the names that begin at ``t`` before ``hi``: one mention's tokens, or (``any_name``) those
    of several mentions in a row («الكويت صباح الأحمد»)."""
    mi = mention_index(doc)
    first = mi.get(t)
    while t < hi and first is not None and t in mi and (any_name or mi[t][2] == first[2]):
        t += 1
    return t


def _object_run(doc: Doc, t: int, hi: int) -> int:
    """Round ev730: the token after the noun phrase that begins at ``t`` before ``hi`` («اتفاقية دفاع مشترك»), of
    ``OBJECT_WORDS`` words at most, up to a preposition, a relative, a mark, a name or a conjunct («وعقد»)."""
    mi, end = mention_index(doc), t
    while end < hi and end - t < OBJECT_WORDS and not phrase_break(doc, end) and end not in mi \
            and not (end > t and key_at(doc, end)[:1] == "و" and len(key_at(doc, end)) > 3):
        end += 1
    return end


def _led(doc: Doc, t: int, hi: int) -> int:
    """The token after «إلى» + a place («إلى العراق»), «لـ» + a title or a name and the names after it («لأمير
    الكويت صباح الأحمد», «للرئيس») or «على» + an object («على اتفاقية دفاع مشترك»), at ``t``; ``t`` itself when
    none is there."""
    key = key_at(doc, t)
    mi = mention_index(doc)
    if key == ON:
        end = _object_run(doc, t + 1, hi)
        if end > t + 1:
            return end
    if key in fw("visit_to_words") and t + 1 < hi and mi.get(t + 1, ("", ""))[1] in PLACES:
        return _name_run(doc, t + 1, hi, False)
    if len(key) > 2 and key[0] == "ل":
        bare = "ا" + key[1:] if key[1] == "ل" else key[1:]
        if t in mi or bare in fw("titles") or bare.removeprefix("ال") in fw("titles"):
            return _name_run(doc, t + 1, hi, True)
    return t


def year_units(doc: Doc, lo: int, hi: int) -> int:
    """The units between tokens ``lo`` and ``hi`` (see the module's docstring): «التي عدت تاريخية | لأمير الكويت صباح
    الأحمد | الصباح | إلى العراق» is 4."""
    mi = mention_index(doc)
    n, t = 0, lo
    while t < hi:
        led = t + 3 if deemed_relative(doc, t, hi) else _led(doc, t, hi)
        if led > t:
            t = led
        elif t in mi:
            t = _name_run(doc, t, hi, False)
        else:
            t += 1
        n += 1
    return n
