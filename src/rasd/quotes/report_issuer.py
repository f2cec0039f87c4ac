"""The issuer of a report the entity layer does not name, for the ``quotes`` stage: «وأفاد تقرير فصلي صدر عن إدارة
البحوث في دائرة الأراضي بأن ... . وقال فلان إن التقرير يوضح أن»: the bare definite report noun («التقرير», «الدراسة»:
authored_nouns) speaks for the body the sentence before (or its own sentence, before it) says issued the report
(«تقرير صادر عن X», «أصدرت X تقريرا»; round q364: «بيانا من X», the indefinite noun too): that body's entity, else
its phrase up to «أن/بأن», a comma or ISSUER_WORDS words. None where no such sentence says who issued it."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import nkey
from .own_issuer import own_issuer
from .reports import entity_starting, report_noun

ISSUER_WORDS = 10  # words of an issuer's phrase at most («إدارة البحوث والدراسات العقارية في دائرة الأراضي ...»)
ISSUED_REACH = 3  # tokens from the report noun to «صدر/الصادر»: an adjective or two («تقرير فصلي صدر عن»)
_ISSUED = frozenset(nkey(w) for w in ("صدر", "صادر", "الصادر", "صدرت", "الصادرة", "صادرة", "صادرا", "صادرًا"))
_THAT = frozenset(nkey(w) for w in ("أن", "بأن", "إن", "ان", "بان"))


def _phrase(doc: Doc, first: int, last: int) -> tuple[str | None, Span] | None:
    """The issuer named from token ``first``: its entity, or its words up to (not past) token ``last``, a
    complementizer, a punctuation mark or ISSUER_WORDS words."""
    if first >= len(doc.tokens):
        return None
    start = doc.tokens[first].start
    ent = entity_starting(doc, start, start + 1)
    end = first
    while (end + 1 < min(last, len(doc.tokens)) and end + 1 - first < ISSUER_WORDS
           and doc.tokens[end + 1].text[:1].isalpha() and doc.tokens[end + 1].norm_key not in _THAT):
        end += 1
    if not doc.tokens[first].text[:1].isalpha():
        return None
    return ent, Span(start, doc.tokens[end].end)


def report_issuer(doc: Doc, phrase: Span, at: int) -> tuple[str | None, Span] | None:
    """(entity or None, phrase) of the issuer a bare definite report noun stands for (see the module's note)."""
    found = report_noun(doc, phrase)
    if found is None:
        return own_issuer(doc, phrase)  # «ويقول تقرير حديث صادر عن «ديوليت» إن»: its own issuer (round qu538)
    i, noun = found
    here = doc.sentence_of(at)
    lo = here.start if here is not None else at
    before = [s.start for s in doc.sentences if s.end <= lo]
    lo = max(before) if before else lo
    for k in range(i - 1, -1, -1):
        tok = doc.tokens[k]
        if tok.start < lo:
            return None
        word = tok.norm_key
        bare = word.removeprefix("و")  # (a clitic «بـ/لـ» off only where the noun is left: «بيان» opens with «ب»)
        forms = {bare, bare.removeprefix("ب"), bare.removeprefix("ل")}
        if forms & {noun, noun + "ا"}:  # «تقرير ... صدر عن X»
            for u in range(k + 1, min(len(doc.tokens) - 2, k + 1 + ISSUED_REACH)):
                if doc.tokens[u].norm_key in _ISSUED and doc.tokens[u + 1].norm_key == "عن":
                    return _phrase(doc, u + 2, i)
            named = _from_named(doc, k + 1)  # round q364: «نشرت الحملة بيانا من طبيبتها فلانة»
            if named is not None or noun in forms:
                return named  # (the accusative «تقريرا» may be the object of «أصدرت X» before it: on)
        if word.removeprefix("و").startswith("اصدر"):  # «أصدرت X تقريرا»
            for u in range(k + 2, min(i, k + 2 + ISSUER_WORDS)):
                if doc.tokens[u].norm_key in (noun + "ا", noun + "اً"):
                    return _phrase(doc, k + 1, u)
    return None


FROM_REACH = 2  # words between «من» and the name of whom the report is («من طبيبتها فلانة»: an apposition)


def _from_named(doc: Doc, k: int) -> tuple[str | None, Span] | None:
    """Round q364: the person or body a report noun's «من» right after it (token ``k``) names within FROM_REACH
    words («بيانا من طبيبتها ليزا برداك»): that one's entity and mention; None where «من» is not there or no one is
    named so («تقرير من خمسين صفحة»)."""
    if k >= len(doc.tokens) or doc.tokens[k].norm_key != "من":
        return None
    for u in range(k + 1, min(len(doc.tokens), k + 2 + FROM_REACH)):
        if not doc.tokens[u].text[:1].isalpha():
            return None
        tok = doc.tokens[u]
        ent = entity_starting(doc, tok.start, tok.end)
        mention = next((m for e in doc.entities if e.id == ent for m in e.mentions if m.start == tok.start), None)
        if ent is not None and mention is not None:
            return ent, Span(mention.start, mention.end)
    return None
