"""Whose speech, statement or written work a verb cue with no subject of its own stands in, for the ``quotes``
stage: the owner of a speech («في خطاب للرئيس فلان، قال فيه», «وجاء ذلك في كلمة ألقاها فلان ...، وأكد فيها»), of
statements a relative clause describes («تصريحات الرئيس فلان التي أكد فيها»), the author of a book («وكما يقول في
كتابه»).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import bare, fw, nkey
from ..text.normalize import has_tanween
from .cues import QUOTE_MARK, Cue
from .agreement import _agrees, unsexed
from .phrases import resumptive
from .unnamed import last_person

_IN = frozenset(("في", "ففي", "وفي"))
OWNER_SPEECH_REACH = 10  # tokens from a verb cue back to the speech noun («في خطاب للرئيس فلان، قال فيه»)
TITLED_OWNER_AT = 6  # tokens from «لـ» + a title to the name it gives («للأمين العام لحزب الله السيد فلان»)
DELIVERED_REACH = 18  # the same for a speech delivered («في كلمة ألقاها فلان أمام ...، وأكد فيها»)
DELIVERER_AT = 4  # tokens from the verb of delivering to the name of who delivered it, past his title


def speech_owner(doc: Doc, t: int, cue: Cue, sent: Span, heard: dict[str, str]) -> str | None:
    """The owner of the speech a verb cue with no subject of its own stands in, after a comma: «في خطاب للرئيس
    فلان، قال فيه», «في مقابلة مع فلان، قال فيها» (a person after «لـ» or «مع» on the speech noun: speech_nouns;
    not a paper or an agency, whom he spoke to), «في لقاء معه ...، حيث قال» (the pronoun's referent: the person named
    last before it in the sentence, of the cue's gender); with the pronoun on «في» after the cue also «وجاء ذلك في
    كلمة ألقاها فلان أمام ...، وأكد فيها» (who delivered it: delivering_verbs) and «في كلمة الرئيس فلان ...، أكد
    فيها» (whose it is). None where no such phrase stands before the cue."""
    k = t - 1
    if k >= 0 and doc.tokens[k].norm_key in ("حيث", "اذ"):
        k -= 1
    fronted = k == t - 1 and k >= 1 and doc.tokens[k].text not in ("،", ",")  # «ففي مقابلة لفلان مع قناة «X» أوضح»
    if fronted:
        k = t
    elif k < 1 or doc.tokens[k].text not in ("،", ","):
        return None
    told = t + 1 < len(doc.tokens) and resumptive(doc.tokens[t + 1])  # «أكد فيها»: in the speech
    for n in range(k - 1, max(-1, k - 1 - (DELIVERED_REACH if told else OWNER_SPEECH_REACH)), -1):
        tok = doc.tokens[n]
        if told and tok.text in ("،", ",") and tok.start >= sent.start:
            continue  # «بيان أصدره فلان، الأمين العام ...، أوضح خلاله»: past his title set off by commas
        if tok.start < sent.start or tok.text in ("،", ",", ".", ":") or (
                QUOTE_MARK.fullmatch(tok.text) and not fronted):
            return None
        key = tok.norm_key
        if not {key, key[1:]} & fw("speech_nouns"):  # «خطاب», «بخطاب», «وبيان»
            continue
        if fronted and (n == 0 or doc.tokens[n - 1].norm_key not in _IN):
            return None  # with no comma, only a phrase of «في» before the verb: where he said it
        if n + 1 >= k:
            return None
        nxt = doc.tokens[n + 1]
        if told:
            owner = _deliverer(doc, n, k)
            if owner is not None or k - n > OWNER_SPEECH_REACH:
                agrees = owner is not None and (unsexed(doc, owner) or _agrees(doc, owner, cue.gender, heard))
                return owner if agrees else None
        words = [w for w in nxt.words if w.kind != "punct"]
        if len(words) == 2 and words[1].kind == "enclitic" and nkey(words[0].norm) in ("ل", "مع"):
            return last_person(doc, n, cue.gender, heard, sent.start)  # «له», «معه»
        u = n + 2 if nxt.norm_key == "مع" else n + 1
        if u == n + 1 and not any(w.kind == "proclitic" and nkey(w.norm) == "ل" for w in nxt.words):
            return None
        at = doc.tokens[u].start if u < k else -1
        end = doc.tokens[k].start
        reach = TITLED_OWNER_AT if _lam_title(doc, u) else 3  # «خطاب للأمين العام لحزب الله السيد فلان» (round q304)
        return next((e.id for e in doc.entities if e.type == "PERSON" for m in e.mentions
                     if at <= m.start and m.end <= end and at >= 0
                     and m.start <= doc.tokens[min(u + reach, k - 1)].start), None)
    return None


def _deliverer(doc: Doc, n: int, k: int) -> str | None:
    """Who delivered the speech whose noun is at ``n`` («كلمة ألقاها فلان», «حديث أدلى به فلان»: delivering_verbs,
    with its pronoun) or whose it is («كلمة الرئيس فلان»: a name in construct, past a title): the person named
    within DELIVERER_AT tokens of the verb (of the noun) and before the comma at ``k``; None otherwise."""
    u = n + 1
    verb = doc.tokens[u]
    if verb.norm_key in fw("delivering_verbs") or (any(w.kind == "enclitic" for w in verb.words) and any(
            w.kind == "stem" and nkey(w.norm) in fw("delivering_verbs") for w in verb.words)):
        u += 1
    elif verb.norm_key in fw("delivering_verbs_bi"):  # «أدلى به»
        if u + 1 >= k or not resumptive(doc.tokens[u + 1]):
            return None
        u += 2
    elif not verb.norm_key.startswith("ال") and verb.norm_key not in fw("titles") and not any(
            m.start == verb.start for e in doc.entities for m in e.mentions):
        return None  # «كلمة الرئيس فلان», «كلمة وزير الخارجية فلان», «كلمة فلان»
    if u >= k:
        return None
    at, reach, end = doc.tokens[u].start, doc.tokens[min(u + DELIVERER_AT, k - 1)].start, doc.tokens[k].start
    return next((e.id for e in doc.entities if e.type == "PERSON" for m in e.mentions
                 if at <= m.start <= reach and m.end <= end), None)


STATEMENT_OWNER_REACH = 8  # tokens back from the relative before a cue to the statement noun it describes


def statement_owner(doc: Doc, t: int, cue: Cue, heard: dict[str, str]) -> str | None:
    """«تصريحات الرئيس فلان التي أكد فيها أن»: a cue in a relative clause on a speech noun (the relative right before
    it, its pronoun on a preposition right after it): the person or body named after the noun, within
    STATEMENT_OWNER_REACH tokens, whose statements they are; None where no such clause or owner stands there (a
    comma, a quote mark, a stop between), or the owner does not agree with the cue."""
    if t < 3 or t + 1 >= len(doc.tokens) or not resumptive(doc.tokens[t + 1]):
        return None
    if bare(doc.tokens[t - 1].norm_key, "relatives") not in fw("relatives"):
        return _joined_owner(doc, t, cue, heard)
    n = _speech_noun_back(doc, t, STATEMENT_OWNER_REACH)
    if n is None:
        return None
    at, end = doc.tokens[n + 1].start, doc.tokens[t - 2].end
    owner = next((e.id for e in doc.entities if e.type in ("PERSON", "ORGANIZATION") for m in e.mentions
                  if at <= m.start and m.end <= end), None)
    return owner if owner is not None and _agrees(doc, owner, cue.gender, heard) else None


def _speech_noun_back(doc: Doc, t: int, reach: int) -> int | None:
    """The token of a speech noun («تصريحات») within ``reach`` tokens back from two before the cue at ``t``, with no
    comma, stop or quote mark between; None where there is none."""
    for n in range(t - 2, max(-1, t - 2 - reach), -1):
        tok = doc.tokens[n]
        if tok.text in ("،", ",", ".", ":", "؛") or QUOTE_MARK.fullmatch(tok.text):
            return None
        key = tok.norm_key.removeprefix("و")
        if key in fw("speech_nouns") or key[1:] in fw("speech_nouns"):
            return n
    return None


JOINED_OWNER_REACH = 16  # tokens back from the comma before a «وتقول فيها» cue to the statement noun


def _joined_owner(doc: Doc, t: int, cue: Cue, heard: dict[str, str]) -> str | None:
    """«على تصريحات سجلتها الكاميرا للعداءة فلانة ...، وتقول فيها»: a cue with «و» right after a comma and its
    pronoun on «في» after it, in a clause that names a speech noun within JOINED_OWNER_REACH tokens: the first
    person named after the noun, whose statements they are, where the cue agrees with her; None otherwise."""
    if doc.tokens[t - 1].text not in ("،", ",") or doc.tokens[t].norm_key[:1] != "و" or nkey(
            doc.tokens[t + 1].text)[:2] != "في":
        return None
    n = _speech_noun_back(doc, t, JOINED_OWNER_REACH)
    if n is None:
        return None
    at, end = doc.tokens[n + 1].start, doc.tokens[t - 2].end
    first: tuple[int, str] | None = None
    for e in doc.entities:
        for m in e.mentions if e.type == "PERSON" else []:
            if at <= m.start and m.end <= end and (first is None or m.start < first[0]):
                first = (m.start, e.id)
    if first is None or not (unsexed(doc, first[1]) or _agrees(doc, first[1], cue.gender, heard)):
        return None  # (a name the entity layer gave no gender: the cue's, as «وقالت كاسلو»)
    return first[1]


def work_author(doc: Doc, t: int, cue: Cue, sent: Span, heard: dict[str, str]) -> str | None:
    """The author a verb cue with no subject of its own stands for where «في» and a written work with a pronoun
    follow it («وكما يقول في كتابه», «ويرى في مقاله»: written_works): the person named last before it in its
    sentence, of the cue's gender (whose book it is, not the speaker quoted before); None otherwise."""
    if t + 2 >= len(doc.tokens) or doc.tokens[t + 1].norm_key != "في":
        return None
    words = doc.tokens[t + 2].words
    if len(words) != 2 or words[1].kind != "enclitic" or nkey(words[0].norm) not in fw("written_works"):
        return None
    return last_person(doc, t, cue.gender, heard, sent.start)


def _lam_title(doc: Doc, u: int) -> bool:
    """Token ``u`` is a title with «لـ» («للأمين», «للرئيس»: titles, the article restored): the speech's owner is
    named past the title's own genitive, not right after «لـ»."""
    key = doc.tokens[u].norm_key
    if not key.startswith("ل"):
        return False
    rest = key[1:]
    return rest in fw("titles") or ("ا" + rest) in fw("titles")


_CITING_PREPS = frozenset(nkey(w) for w in ("إلى", "على", "ب"))


def cited_speech(doc: Doc, t: int, sent: Span) -> bool:
    """The speech whose owner speaks at the cue at ``t`` is one another cites: its noun right after «إلى/على» after
    an adverbial accusative («يشكك مصدر ...، مستندا إلى خطاب للأمين العام فلان، قال فيه»: the source leans on it),
    so the sentence's subject, not the owner, goes on speaking after it (round q304)."""
    for n in range(t - 1, max(1, t - 1 - DELIVERED_REACH), -1):
        tok = doc.tokens[n]
        if tok.start < sent.start or tok.text in (".", ":", "؛"):
            return False
        if not {tok.norm_key, tok.norm_key[1:]} & fw("speech_nouns"):
            continue
        prep = doc.tokens[n - 1].norm_key
        return n >= 2 and prep in _CITING_PREPS and _adverbial(doc.tokens[n - 2].text, doc.tokens[n - 2].norm_key)
    return False


def _adverbial(text: str, key: str) -> bool:
    """An accusative of manner: with its tanween («مستندًا»), or a participle or masdar in «ا» written without it
    («مستندا», «استنادا»)."""
    return has_tanween(text) or (len(key) > 4 and key.endswith("ا") and key[:1] in ("م", "ا"))
