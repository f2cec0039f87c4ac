"""Round ents97: the mentions of a capital that name the town, not its government.

An entity of a capital read as its government somewhere in the article («وقالت واشنطن»: ``USAGOV``) keeps that code;
its mentions that the words before them place as a town carry none of their own (``None``): a locative preposition
(«في واشنطن», «إلى القاهرة», «بطهران»), «من» after a noun or verb of travel («عقب عودته من طهران»; not «طلب من
طهران»: the government asked), or a noun of place («بالعاصمة طرابلس», «شوارع كابل», «بمطار الرياض»; past its state's
adjective too: «بالعاصمة الليبية طرابلس»); a verb or noun of leaving or visiting whose object it is («غادر واشنطن»,
«يزور القاهرة»), a document or meeting it names («إعلان القاهرة»), or a «و» conjunct of a town so placed («في القاهرة
وواشنطن»). A mention no such word places keeps the entity's code («ستطرح القاهرة رؤيتها»).
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import load

_LOCATIVES = frozenset(norm_key(w) for w in ("في", "إلى", "الى", "داخل", "قرب", "وسط", "بوسط", "شوارع", "مدينة",
                                              "بمدينة", "العاصمة", "بالعاصمة", "عاصمة", "مطار", "بمطار", "ضواحي",
                                              "أنحاء", "سفارة", "بسفارة"))
_TRAVEL = frozenset(norm_key(w) for w in ("عودة", "عودته", "عودتها", "عاد", "عادت", "قادما", "قادمة", "وصل",
                                          "وصلت", "وصوله", "غادر", "انطلق", "انطلقت", "رحلة", "قدومه", "آتيا"))
_FROM = norm_key("من")
_VISITED = frozenset(norm_key(w) for w in ("غادر", "غادرت", "يغادر", "تغادر", "مغادرة", "مغادرته", "مغادرتها",
                                           "زار", "زارت", "يزور", "تزور", "سيزور", "ستزور", "زيارة", "زيارته",
                                           "زيارتها", "بزيارة", "يزورون", "زاروا"))
_NAMED_AFTER = frozenset(norm_key(w) for w in ("إعلان", "اتفاق", "اتفاقية", "مؤتمر", "معاهدة", "بروتوكول",
                                               "مقررات", "وثيقة"))


def plain_place(doc: Doc, m: Mention) -> bool:
    """Whether the words before the mention place it as a town («في واشنطن», «عودته من طهران», «بطهران»)."""
    toks = doc.tokens
    i = bisect_right([t.start for t in toks], m.start) - 1
    if i < 0:
        return False
    prefix = doc.text[toks[i].start : m.start]
    if prefix == "و" and i >= 1 and toks[i - 1].text.isalpha():
        # «في القاهرة وواشنطن»: the conjunct of a word placed so
        before = toks[i - 1]
        return plain_place(doc, Mention(before.start, before.end, before.text, "LOCATION"))
    if prefix:
        return prefix.removeprefix("و").removeprefix("ف") == "ب"  # «وبطهران» (and in Tehran); not «لطهران»
    if i == 0:
        return False
    prev = toks[i - 1].norm_key.removeprefix("و")
    if prev in _LOCATIVES or toks[i - 1].norm_key in _LOCATIVES:
        return True
    if i >= 2 and prev in load().nisba and toks[i - 2].norm_key.removeprefix("و") in _LOCATIVES:
        return True  # «بالعاصمة الليبية طرابلس»: a noun of place and its state's adjective (round en365)
    if prev in _VISITED or prev.removeprefix("ل") in _VISITED or prev.removeprefix("ب") in _NAMED_AFTER:
        return True  # «غادر واشنطن», «قبل مغادرة واشنطن», «يزور القاهرة», «إعلان القاهرة»
    return prev == _FROM and i >= 2 and toks[i - 2].norm_key.removeprefix("و").removeprefix("ف") in _TRAVEL

