"""What a report keeps of its own words, for the ``quotes`` stage: the noun of need or weight that governs the «أن»
of what was said («مشددا على ضرورة أن تكون الحكومة جاهزة», «أكد على أهمية أن», «بوجوب أن»): without it a demand
reads as a statement of fact, so the content opens at that noun; and whether the cue denies what it reports
(«نفى أن», «نافيا أن»: the content is what was denied)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .cues import Cue, is_complementizer, match_cue
from .denied_reason import reason_end

_CLITICS = ("ب", "و", "ل")


def demand_noun(doc: Doc, u: int) -> int | None:
    """The token of a noun of need or weight (demand_nouns: «ضرورة», «أهمية», «وجوب»; with «بـ/و» on it or
    «على/إلى» before it) right before the «أن» at ``u``; None where none stands there."""
    if u < 1:
        return None
    key = doc.tokens[u - 1].norm_key
    nouns = fw("demand_nouns")
    if key in nouns or (key[:1] in _CLITICS and key[1:] in nouns) or (
            key[:2] == "وب" and key[2:] in nouns):
        return u - 1
    return None


def denies(cue: Cue) -> bool:
    """The cue denies what it reports (denial_cues: «نفى», «نافيا»; «كذّب»): its content is what was denied."""
    return nkey(cue.lemma) in fw("denial_cues")


_TRUTH = "صحه"  # «صحة» folded: «نفى صحة ما تردد عن ...», the truth of the reports


def denied_truth(doc: Doc, cue: Cue, u: int, end: int) -> int | None:
    """The token after «صحة» at ``u`` where a denial cue is the cue («ونفت الوزارة صحة ما تردد عن إقالته», «نفى
    صحة الأنباء»): what is denied opens there and runs to token ``end``; None where that is not so."""
    if not denies(cue) or doc.tokens[u].norm_key != _TRUTH or u + 2 >= end:
        return None
    return u + 1


def before_truth(doc: Doc, phrase: Span, content: Span) -> Span:
    """An unnamed speaker's phrase that runs on into what is denied («ونفى الوزير صحة الأنباء»: one construct chunk
    «الوزير صحة الأنباء»), cut before «صحة»; ``phrase`` as it is where it ends before the content."""
    if not phrase.start < content.start < phrase.end:
        return phrase
    k = doc.token_from(content.start)
    if k is None or k < 2 or doc.tokens[k - 1].norm_key != _TRUTH or doc.tokens[k - 2].end <= phrase.start:
        return phrase
    return Span(phrase.start, doc.tokens[k - 2].end)


def concessive(doc: Doc, u: int) -> bool:
    """The «وإن» at ``u`` opens «even if/though» («وإن كانوا كلهم كويتيين»: a form of «كان» after it,
    concessive_verbs), no «أن/إن» of what a cue reports."""
    return (u + 1 < len(doc.tokens) and doc.tokens[u].norm_key in ("وان", "وإن")
            and doc.tokens[u + 1].norm_key in fw("concessive_verbs"))


def denial_holds(doc: Doc, t: int, content: Span) -> bool:
    """What the denial cue at ``t`` reports is what it denies: the content opens right after «أن/إن» (or
    «صحة», or a quote mark after «أن») with no other cue between («نفت مصادر ذلك، قائلة إن ...»: what they said
    instead), nor a comma and a clause of its own («...، وزعم أن», «...، رغم أنها»: «و» or a clause opener)."""
    ks = [k for k, tok in enumerate(doc.tokens) if doc.tokens[t].end <= tok.start and tok.end <= content.start]
    if not ks:
        return False
    last = ks[-1]
    if doc.tokens[last].text in ("«", '"') and len(ks) > 1:
        last = ks[-2]
    if not (is_complementizer(doc, last) or doc.tokens[last].norm_key == _TRUTH):
        return False
    for n, k in enumerate(ks[:-1]):
        if match_cue(doc, k) is not None:
            return False
        if doc.tokens[k].text in ("،", ",") and n + 1 < len(ks):
            nxt = nkey(doc.tokens[ks[n + 1]].text)
            if (nxt[:1] == "و" and not is_complementizer(doc, ks[n + 1])) or nxt in fw("kama_clause_openers"):
                return False
    return True


_ANY = frozenset(nkey(w) for w in ("أي", "أية"))
_PRONOUN_ENDS = ("ه", "ها", "هم", "هما")
_OBJECT_STOPS = ("،", ",", ":", "؛", ".", "(", "!", "؟")


def denied_object(doc: Doc, cue: Cue, t: int, u: int, end: int) -> tuple[int, int] | None:
    """(first, last token) of the object a denial cue at ``t`` denies with no «أن» («ونفى فلان أي تنسيق مع
    الجانب التركي،», «ونفى المجلس تلقيه أي شكوى»): «أي/أية» at ``u`` after the subject, with the verbal noun
    before it where it bears a pronoun or is «وجود», up to the next comma or quote mark (before token ``end``);
    None otherwise."""
    if not denies(cue) or doc.tokens[u].norm_key not in _ANY or u + 1 >= end:
        return None
    first = u
    before = doc.tokens[u - 1].norm_key if u - 1 > t else ""
    if before and before.isalpha() and (before in fw("denied_object_nouns") or (
            before.endswith(_PRONOUN_ENDS) and not before.startswith("ال") and len(before) > 3)):
        first = u - 1  # «تلقيه أي شكوى», «وجود أي علاقة»: the verbal noun heads what is denied
    elif u - 3 > t and doc.tokens[u - 2].norm_key in ("أو", "او", "و") and before.isalpha() and not (
            before.startswith("ال")):
        first = u - 3  # «أسر أو اعتقال أي من أفراد»: two verbal nouns, what is denied
    elif u < t + 2:
        return None  # «ونفى أي مسؤول»: the subject, not what is denied
    last = next((k for k in range(u + 1, end) if doc.tokens[k].text in _OBJECT_STOPS), end) - 1
    last = reason_end(doc, last, end) or last  # «...، «لأن هيئتي الأركان لا يتواصلان»»: his reason too (q374)
    return (first, last) if last > u else None


def object_denied(doc: Doc, cue: Cue, t: int, content: Span) -> bool:
    """``content`` opens with the object the denial cue at ``t`` denies with no «أن» (:func:`denied_object`)."""
    k = doc.token_from(content.start)
    if k is None:
        return False
    for j in range(k, min(k + 4, len(doc.tokens))):
        found = denied_object(doc, cue, t, j, len(doc.tokens)) if doc.tokens[j].start < content.end else None
        if found is not None and found[0] == k:
            return True
    return False
