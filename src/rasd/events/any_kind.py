"""Round 114 of real news: an act of any one of a kind is no event. «أي» (any) before an indefinite noun names a
class, none told: a law that gives «صلاحيات لحظر أي جماعات تتهم بارتكاب أعمال عنف» accuses no one, «أي محاولة
لاقتحام الحرم» is no storming. So a trigger is none where

- it is a present verb (an asyndetic relative clause) right after «أي/أية» + an indefinite noun («أي جماعات
  تتهم», «أي دولة تعتدي»).

Round ev513: an act noun right after «أي» (or joined to it by «أو/و»: ``modality_need.any_act``) names any act of
its kind, none that happened, and is no event either: «ضد أي اعتداء خارجي», «في حال حدوث أي اعتداء», «لن تسمح بأي
اعتداء» (a negated verb of allowing or accepting, ``any_governors``, negates the allowing, not the act). It stays
where ``any_act`` finds it told: after a past verb of repelling («وصد الجيش أي هجوم», round 76), and negated where
the negation bears on the act itself («لم يسجل أي هجوم», «دون أن تحدث أي مواجهات»); and in a question («أي هجوم
تقصد؟»). A masdar with «لـ» after «أي» + an indefinite noun («أي محاولة لاقتحام») stays hypothetical
(``modality_links``).

Function words: ``any_words`` (the forms of «أي» with their clitics). «أي» before a definite noun or a verb is «that
is» (an explanation), not «any», and is left alone.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .modality import CUE_WINDOW, keys_before
from .modality_need import any_act

PRESENT = ("ي", "ت", "ن")


def _any(doc: Doc, t: int, a: int) -> bool:
    return t >= a and doc.tokens[t].norm_key in fw("any_words")


def _indefinite_noun(doc: Doc, t: int) -> bool:
    """An indefinite noun at token ``t``: a word of three letters or more, no article, no «و», no present prefix."""
    key = doc.tokens[t].norm_key
    return len(key) >= 3 and key.isalpha() and not key.startswith(("ال", "و", "ف")) \
        and not (key[:1] in PRESENT and len(key) >= 4 and key.endswith(("ون", "ان")))


def any_kind(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the trigger ``hit`` (sentence tokens ``a``..``b``) is an act of any one of a kind (see the module)."""
    i = hit.i
    key = doc.tokens[i].norm_key
    return hit.pos == "V" and key[:1] in PRESENT and i - 2 >= a and _indefinite_noun(doc, i - 1) \
        and _any(doc, i - 2, a)


def any_act_noun(doc: Doc, hit: Hit, a: int, question: bool) -> bool:
    """Round ev513: a noun act after «أي» that ``any_act`` reads as hypothetical, or negated through a verb of
    ``any_governors`` before «أي» («لن تسمح بأي اعتداء»), in no question: any act of its kind, no event."""
    if question or hit.pos != "N":
        return False
    return _any_act_here(doc, hit, a) or _any_act_again(doc, hit, a)


def _any_act_here(doc: Doc, hit: Hit, a: int) -> bool:
    before = keys_before(doc, hit, a, CUE_WINDOW)
    told = any_act(hit, before, before[-1].lstrip("وف") if before else "")
    if told == "negated":
        return any(k.lstrip("وف") in fw_keys("any_governors") for k in before[-6:-1])
    return told == "hypothetical"


def _bare(key: str) -> str:
    """A noun's key without «و/ف», «بـ/لـ» and the article: «واعتداء», «الاعتداء» → «اعتداء»."""
    key = key.lstrip("وف")
    key = key[1:] if key[:1] in ("ب", "ل") and key[1:3] == "ال" else key
    return key[2:] if key.startswith("ال") else key


def _any_act_again(doc: Doc, hit: Hit, a: int) -> bool:
    """«لتحصينها ضد أي اعتداء خارجي، ... فإن مسألة فقدان الأمن بسبب اعتداء خارجي تضاءلت»: the same act noun again
    later in the sentence of one after «أي» that is no event (:func:`_any_act_here`): the same kind; definite only
    with no definite word after it («في صد أي هجوم، حتى لو كان الهجوم من قوات»; «أي هجوم مثل الهجوم الأخير»: one
    told)."""
    key = _bare(doc.tokens[hit.i].norm_key)
    nxt = doc.tokens[hit.i + 1].norm_key.lstrip("وف") if hit.i + 1 < len(doc.tokens) else ""
    if key != doc.tokens[hit.i].norm_key.lstrip("وف") and nxt.startswith("ال"):
        return False
    return any(_bare(doc.tokens[t].norm_key) == key and doc.tokens[t - 1].norm_key in fw("any_words")
               and _any_act_here(doc, Hit(t, t, hit.entry, hit.pos, hit.cand), a) for t in range(a + 1, hit.i))


__all__ = ["any_act_noun", "any_kind"]
