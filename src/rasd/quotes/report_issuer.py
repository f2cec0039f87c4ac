"""The issuer of a report the entity layer does not name, for the ``quotes`` stage: «وأفاد تقرير فصلي صدر عن إدارة
البحوث في دائرة الأراضي بأن ... . وقال فلان إن التقرير يوضح أن»: the bare definite report noun («التقرير», «الدراسة»:
authored_nouns) speaks for the body the sentence before (or its own sentence, before it) says issued the report
(«تقرير صادر عن X», «أصدرت X تقريرا»; round q364: «بيانا من X», the indefinite noun too): that body's entity, else
its phrase up to «أن/بأن», a comma, a time or ISSUER_WORDS words. None where no such sentence says who issued it.

Round qu871: the report introduced further back in the article too: the last one of that noun, going back, that is
indefinite («وفي بيان مشترك بين كل من X وY», «ووفقا لتقرير نشره موقع X») or definite with its issuer after it
(«أدرج التقرير السنوي للخارجية الأميركية»); an indefinite one that names no issuer is another report and stops
the search, a definite one that names none refers further back. Its issuer is also the body after «لـ» past the
noun's adjectives (an entity only), after «نشره/أعده» (report_issuing verbs with the noun's pronoun), or after
«بين (كل من)» of a joint statement."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .own_issuer import own_issuer
from .reports import entity_starting, report_noun

ISSUER_WORDS = 10  # words of an issuer's phrase at most («إدارة البحوث والدراسات العقارية في دائرة الأراضي ...»)
ISSUED_REACH = 3  # tokens from the report noun to «صدر/الصادر»: an adjective or two («تقرير فصلي صدر عن»)
_ISSUED = frozenset(nkey(w) for w in ("صدر", "صادر", "الصادر", "صدرت", "الصادرة", "صادرة", "صادرا", "صادرًا"))
_THAT = frozenset(nkey(w) for w in ("أن", "بأن", "إن", "ان", "بان", "التي", "الذي", "اللذين", "اللتين", "الذين"))
ADJECTIVES = 2  # adjectives between a report noun and the «لـ/نشره/بين» of its issuer


def _phrase(doc: Doc, first: int, last: int) -> tuple[str | None, Span] | None:
    """The issuer named from token ``first``: its entity, or its words up to (not past) token ``last``, a
    complementizer, a punctuation mark, a time («مساء أمس») or ISSUER_WORDS words."""
    if first >= len(doc.tokens):
        return None
    start = doc.tokens[first].start
    ent = entity_starting(doc, start, start + 1)
    later = doc.times_within(start, len(doc.text))
    cut = later[0].start if later else len(doc.text)  # «وزعته الوزارة مساء أمس»: the phrase ends before a time
    end = first
    while (end + 1 < min(last, len(doc.tokens)) and end + 1 - first < ISSUER_WORDS
           and doc.tokens[end + 1].text[:1].isalpha() and doc.tokens[end + 1].norm_key not in _THAT
           and doc.tokens[end + 1].start < cut):
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
    near = max(before) if before else lo  # the sentence before: what the search found before round qu871
    for k in range(i - 1, -1, -1):
        tok = doc.tokens[k]
        word = tok.norm_key
        bare = word.removeprefix("و")  # (a clitic «بـ/لـ» off only where the noun is left: «بيان» opens with «ب»)
        forms = {bare, bare.removeprefix("ب"), bare.removeprefix("ل")}
        if "ال" + noun in forms or bare == "لل" + noun:  # round qu871: a definite one refers back, or names it
            issued = _introduced(doc, k, i)
            if issued is not None:  # «أدرج التقرير السنوي للخارجية الأميركية»: its issuer after it
                return issued
            continue
        if tok.start < near:  # round qu871: further back, the last report of that noun introduced
            if forms & {noun, noun + "ا"}:
                return _introduced(doc, k, i) or (_issued_by(doc, k) if noun + "ا" in forms else None)
            continue
        if forms & {noun, noun + "ا"}:  # «تقرير ... صدر عن X»
            for u in range(k + 1, min(len(doc.tokens) - 2, k + 1 + ISSUED_REACH)):
                if doc.tokens[u].norm_key in _ISSUED and doc.tokens[u + 1].norm_key == "عن":
                    return _phrase(doc, u + 2, i)
            named = _from_named(doc, k + 1)  # round q364: «نشرت الحملة بيانا من طبيبتها فلانة»
            if named is not None or noun in forms:
                return named or _introduced(doc, k, i)  # (the accusative «تقريرا» may be the object of «أصدرت X»)
            if noun + "ا" in forms and not bare.startswith("ا"):  # (``named`` is None here)
                issued = _issued_by(doc, k)  # round qu871: «ونشرت الوزارة تقريرا»: the ministry
                if issued is not None:
                    return issued
        if word.removeprefix("و").startswith("اصدر"):  # «أصدرت X تقريرا»
            for u in range(k + 2, min(i, k + 2 + ISSUER_WORDS)):
                if doc.tokens[u].norm_key in (noun + "ا", noun + "اً"):
                    return _phrase(doc, k + 1, u)
    return None


def _introduced(doc: Doc, k: int, last: int) -> tuple[str | None, Span] | None:
    """Round qu871: the issuer a report noun at token ``k`` names after it (not past token ``last``): the body
    after «صدر/صادر عن» or «من», after «نشره/أعده» (report_issuing words with the noun's pronoun), after «بين (كل
    من)», or the entity after «لـ» past up to ADJECTIVES adjectives («التقرير السنوي للخارجية الأميركية»); its
    entity, else its phrase (an entity only after «لـ»); None where it names none."""
    for u in range(k + 1, min(len(doc.tokens) - 2, k + 1 + ISSUED_REACH)):
        if doc.tokens[u].norm_key in _ISSUED and doc.tokens[u + 1].norm_key == "عن":
            return _phrase(doc, u + 2, last)
    named = _from_named(doc, k + 1)
    if named is not None:
        return named
    definite = doc.tokens[k].norm_key.removeprefix("و").removeprefix("ب").startswith(("ال", "لل"))
    for u in range(k + 1, min(last, k + 2 + ADJECTIVES)):
        tok = doc.tokens[u]
        key = tok.norm_key
        if key in fw("report_issuing") and key.endswith("ه") and u + 1 < last:  # «تقرير نشره موقع X»: X
            site = u + 2 < last and doc.tokens[u + 1].norm_key in fw("report_issuing")
            return _phrase(doc, u + 2 if site else u + 1, last)
        if key == "بين":  # «بيان مشترك بين كل من X وY»
            first = u + 3 if u + 2 < last and (key, doc.tokens[u + 1].norm_key, doc.tokens[u + 2].norm_key) == (
                "بين", "كل", "من") else u + 1
            return _joint(doc, _phrase(doc, first, last)) if first < last else None
        if key[:1] == "ل" and not key.startswith("ال"):  # «لوزارة الخارجية», «للخارجية الأميركية»
            ent = entity_starting(doc, tok.start, tok.start + 3)
            mention = next((m for e in doc.entities if e.id == ent for m in e.mentions
                            if tok.start <= m.start < tok.start + 3), None)
            return None if ent is None or mention is None else (ent, Span(mention.start, mention.end))
        if not key.isalpha() or key.startswith("ال") != definite or u >= k + 1 + ADJECTIVES:
            return None  # an adjective agrees with the noun in definiteness («تقرير حديث», «التقرير السنوي»)
    return None


def _joint(doc: Doc, found: tuple[str | None, Span] | None) -> tuple[str | None, Span] | None:
    """Round qu871: the phrase of «بين كل من X وY» up to the end of its last conjunct: past the last word in «و», its
    construct chain (indefinite words, then a definite genitive) and the definite words after it; a word with no
    article after a definite one («والنقابة العامة للحرس الوطني تقرر») opens the clause."""
    if found is None:
        return None
    first, end = doc.token_at(found[1].start), doc.token_at(found[1].end - 1)
    if first is None or end is None:
        return found
    head = max((u for u in range(first + 1, end + 1) if doc.tokens[u].norm_key.startswith("و")), default=None)
    if head is None:  # «بيان مشترك بين نقابتين تقرر»: no bodies listed by name, no issuer
        return None
    definite = doc.tokens[head].norm_key.removeprefix("و").startswith("ال")
    for u in range(head + 1, end + 1):
        key = doc.tokens[u].norm_key
        article = key.startswith(("ال", "لل"))
        if definite and not article:
            return found[0], Span(found[1].start, doc.tokens[u - 1].end)
        definite = definite or article
    return found


def _issued_by(doc: Doc, k: int) -> tuple[str | None, Span] | None:
    """Round qu871: «نشرت منظمة X تقريرا»: the subject between a verb of issuing (issuing_verbs) and the accusative
    report noun at token ``k``, within ISSUER_WORDS tokens of its sentence; None where no such verb is there."""
    sent = doc.sentence_of(doc.tokens[k].start)
    for u in range(k - 2, max(-1, k - 2 - ISSUER_WORDS), -1):
        if sent is None or doc.tokens[u].start < sent.start or not doc.tokens[u].text[:1].isalpha():
            return None
        if doc.tokens[u].norm_key.removeprefix("و") in fw("issuing_verbs"):
            return _phrase(doc, u + 1, k)
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
