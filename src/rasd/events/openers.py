"""Round 72: the content of an appeal or a pledge opened by a word of setting up («دعا إلى طاولة المفاوضات»,
«ستدعو إلى عقد اجتماع», «تعهد بعقد لقاء», «دعا إلى الجلوس إلى طاولة الحوار»). The stage absorbs an act noun
governed by «بـ», «لـ» or «إلى» into the appeal, pledge or demand before it (one event: what is asked for or
promised has not happened); between the preposition and the act noun there may stand words that open the act
(function words ``content_openers``: «عقد», «طاولة», «استئناف», «الجلوس»), each with its own «إلى» or the
governing clitic on it. The act noun is then still the appeal's content, no meeting or negotiation of its own.
So is the «لـ» + act noun right after a readiness or an acceptance that a statement performs («أعرب عن استعداده
للتفاوض», «أبدى استعداده لزيارة دمشق»: function words ``performative_agreement``, with the doer's pronoun):
one act of intent (030), no talks or visit held. A support's «لـ» names what is supported, which may be happening
(«دعمها لمفاوضات السلام»): not absorbed."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, keys_of, nkey
from .lexicon import Hit

OPENER_REACH = 4  # words back over openers and their «إلى» («الجلوس إلى طاولة»)
TO = ("الى", "الي", "على", "علي")


def _stance(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a readiness or an acceptance with its doer's pronoun («استعداده», «قبولها»)."""
    key = doc.tokens[k].norm_key.removeprefix("و")
    for suf in ("هما", "هم", "ها", "ه", "نا"):  # (round ev474: «نعلن استعدادنا لتقديم العون»)
        if key.endswith(suf):
            stem = key[: -len(suf)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            return stem in fw("performative_agreement")
    return False


def opened_content(doc: Doc, hit: Hit) -> bool:
    """Whether the act noun ``hit`` follows one or more opening words that «إلى/على» or a «بـ/لـ» clitic governs,
    or a performed readiness right before its «لـ» (see the module)."""
    i = hit.i
    if "ل" in hit.cand.proclitics and i > 0 and _stance(doc, i - 1):
        return True
    openers = fw("content_openers")
    seen = False
    for k in range(i - 1, max(-1, i - 1 - OPENER_REACH), -1):
        key = doc.tokens[k].norm_key
        if key in TO:
            if seen:
                return True
            return False
        stripped = {c.removeprefix("ال") for c in keys_of(doc.tokens[k])} | keys_of(doc.tokens[k])
        if key in openers or key.removeprefix("ال") in openers:
            seen = True
            continue
        if key[:1] in ("ب", "ل") and not stripped.isdisjoint(openers):
            return True  # «بعقد اجتماع», «لعقد اجتماع»
        return False
    return False


__all__ = ["opened_content"]
