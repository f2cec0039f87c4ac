"""Round ev841: a place anaphor after an act of force that has no place: «نفذت طائرات التحالف غارات مكثفة على مواقع
الحوثيين بالمحافظة» after «محافظة أبين» is in أبين. The anaphor («بالمحافظة», «في المدينة», «على البلدة»: a
preposition, then a word of ``governorate_anaphors`` or ``town_anaphors``) takes the last place of its kind named
before it, within ``BACK`` sentences: for «المحافظة» a province of a country (gazetteer kind ``region``: not «الخليج»
or «آسيا») or a place named after «محافظة»; for «المدينة/البلدة/القرية» a town or a capital, or a place named after
that word. Two governorates named before («محافظتي أبين ولحج ... وشبوة»): the last one; two towns last named in one
sentence before a bare «المدينة» (none named with «مدينة» in the act's own sentence): either one, so no place.

Left alone: «في المحافظة على الأمن» (the verbal noun «preserving»), «المدينة المنورة» (a name: an entity's
mention), «في المدينة القديمة» (a definite adjective after it: a part or another town). Runs after
``where_anaphor.town_anaphor_places``, which takes the one town named with «مدينة» in narrower cases."""

from __future__ import annotations

from ..doc import Doc, Event
from .arrivals import place_kind
from .forms import PLACES, fw_keys
from .where_anaphor import FORCE
from .word_tests import clause_stop, named_token, sentence_index

REACH = 8  # tokens from the act to its anaphor («غارات مكثفة على مواقع الحوثيين بالمحافظة»)
BACK = 6  # sentences back to the place the anaphor takes
PREPOSITIONS = ("في", "علي")  # before a bare anaphor (keys); «ب» is glued to it
KINDS = {"محافظه": ("region",), "مدينه": ("city", "capital"), "بلده": ("city",), "قريه": ("city",)}


def _anaphor_after(doc: Doc, k: int) -> tuple[str, int] | None:
    """The place word («محافظه») and token of «في/على المحافظة» or «بالمحافظة» within reach after token ``k`` in its
    clause, not a verbal noun («في المحافظة على») nor one with a definite adjective after it."""
    toks = doc.tokens
    words = fw_keys("governorate_anaphors") | fw_keys("town_anaphors")
    for t in range(k + 1, min(len(toks), k + 1 + REACH)):
        if clause_stop(toks[t].text):
            return None
        key = toks[t].norm_key.removeprefix("و")
        if key.startswith("ب") and key[1:] in words:
            word = key[1:]
        elif key in words and t > 0 and toks[t - 1].norm_key.removeprefix("و") in PREPOSITIONS:
            word = key
        else:
            continue
        nxt = toks[t + 1].norm_key if t + 1 < len(toks) else ""
        if nxt.startswith(("علي", "ال")) or named_token(doc, t):
            return None  # «في المحافظة على الأمن», «في المدينة القديمة», «بالمدينة المنورة»
        return word.removeprefix("ال"), t
    return None


def _word_before(doc: Doc, k: int) -> str:
    """The place word before token ``k`` with its proclitics off («لمحافظة» → «محافظه»), else ""."""
    if k <= 0:
        return ""
    key = doc.tokens[k - 1].norm_key.removeprefix("و")
    return next((w for w in (key, key[1:], key[2:]) if w in KINDS), "")


def _via(doc: Doc, k: int) -> bool:
    """Is the mention at token ``k`` a route, not a scene: «عبر (محافظة) البيضاء» (``via_words``)?"""
    back = k - 2 if _word_before(doc, k) else k - 1
    return back >= 0 and doc.tokens[back].norm_key.removeprefix("و") in fw_keys("via_words")


def _rival(doc: Doc, start: int, lasts: list[int]) -> bool:
    """Is another town last named in the same sentence as the chosen one («ودخلت القوات مدينة تعز ومدينة عدن أمس.
    ... على المدينة»: either one, round 173's counter-case)?"""
    si = sentence_index(doc, start)
    return sum(1 for s in lasts if sentence_index(doc, s) == si) > 1


def kind_anaphor_places(doc: Doc, events: list[Event]) -> None:
    """An act of force with no place and a place anaphor after it takes the last place of its kind (module doc):
    one named with the anaphor's own word in its sentence first («شهدت مدينة حرض التابعة لمحافظة حجة ... غارات
    جوية على المدينة»: حرض), else the last one of the kind in the gazetteer or so named before."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        e = doc.token_at(ev.trigger.end - 1)
        hit = _anaphor_after(doc, e) if e is not None else None
        si = sentence_index(doc, ev.trigger.start)
        if hit is None or si is None:
            continue
        word, t = hit
        lo, here, at = doc.sentences[max(0, si - BACK)].start, doc.sentences[si].start, doc.tokens[t].start
        best: tuple[bool, int, str] | None = None
        lasts: list[int] = []
        for ent in doc.entities:
            if ent.type not in PLACES:
                continue
            seen = [(m.start, k) for m in ent.mentions if lo <= m.start < at
                    and (k := doc.token_at(m.start)) is not None and not _via(doc, k)]
            kind = place_kind(ent)
            if not seen or not (kind in KINDS[word] and (kind != "region" or ent.country)
                                or any(_word_before(doc, k) == word for _, k in seen)):
                continue
            start = max(s for s, _ in seen)
            own = any(_word_before(doc, j) == word and s >= here for s, j in seen)
            lasts.append(start)
            if best is None or (own, start) > best[:2]:
                best = (own, start, ent.id)
        if best is not None and (best[0] or word == "محافظه" or not _rival(doc, best[1], lasts)):
            ev.location = best[2]
