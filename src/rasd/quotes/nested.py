"""A cue inside what another cue reports: the verb of the «أن» clause whose subject stands right after «أن»
(«وقال إن التقرير | يوضح أن ...», «وأشار إلى أن الرئيس السيسي | قال إن ...»): what the first cue reports runs on
through it, as the clause's predicate, and does not end at it as it ends at a statement of its own («وأكد»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, fw_keys, nkey
from .cues import COMPLEMENT_WINDOW, is_complementizer

PREDICATE_REACH = 6  # tokens of the subject between «أن» and its verb


def inner_predicate(doc: Doc, t: int, v: int) -> bool:
    """The verb cue at ``v`` is the predicate of the «أن/إن» clause the cue at ``t`` reports: «أن» (within
    COMPLEMENT_WINDOW of ``t``) and a subject of at most PREDICATE_REACH words stand before it (past «كان/قد»: «أن
    المخابرات كانت قد كشفت»), with no punctuation but a comma right before the verb, and the verb has no «و/ف»
    («إن الوضع صعب، وأكد»: a statement of his own); before a comma, the subject is a definite phrase or a name."""
    if doc.tokens[v].norm_key[:1] in ("و", "ف"):
        return False
    u = next((k for k in range(v - 1, t, -1) if is_complementizer(doc, k)), None)
    if u is None or u - t > COMPLEMENT_WINDOW or not 0 < v - u - 1 <= PREDICATE_REACH:
        return False
    for k in range(u + 1, v):
        text = doc.tokens[k].text
        if text in ("،", ",") and k == v - 1 and k > u + 1 and (all(_named(doc, x) for x in range(u + 1, k))
                                                               or _quoted_name_end(doc, u + 1, k)):
            continue  # «أن الرئيس المصري، شدد», «أن سلوك «النصرة»، يشير» (not «أنهم سيفشلون التصويت، رأت
            # كلينتون»: a clause, then another)
        if text in ("«", "»", '"') or text in ("(", ")") and _bracketed_name(doc, k):
            continue  # «أن «النصرة» تعتبرها», «أن منظمة ... (اليونيسكو) قد أعلنت» (round q304)
        if not text[:1].isalnum() or nkey(text).removeprefix("و") in fw("relatives"):
            return False  # («أن الذين ... قالوا»: a relative clause, no plain subject)
    return True


def _bracketed_name(doc: Doc, k: int) -> bool:
    """The bracket at ``k`` closes or opens one word in brackets («(اليونيسكو)»): a short name of the subject."""
    if doc.tokens[k].text == "(":
        return k + 2 < len(doc.tokens) and doc.tokens[k + 2].text == ")"
    return k >= 2 and doc.tokens[k - 2].text == "("


def _named(doc: Doc, k: int) -> bool:
    """Token ``k`` is a word of a definite phrase or of a name: with the article, or inside an entity mention."""
    tok = doc.tokens[k]
    return tok.norm_key.startswith("ال") or any(m.start < tok.end and tok.start < m.end for m in doc.mentions)


def _quoted_name_end(doc: Doc, a: int, k: int) -> bool:
    """The subject from token ``a`` to the comma at ``k`` ends with a name in quote marks («سلوك «النصرة»»): its
    words inside the marks all of a name or definite, and at most one word before them (the noun the name is the
    genitive of)."""
    if doc.tokens[k - 1].text not in ("»", '"'):
        return False
    opening = next((x for x in range(k - 2, a - 1, -1) if doc.tokens[x].text in ("«", '"')), None)
    return (opening is not None and opening - a <= 1 and opening + 1 < k - 1
            and all(_named(doc, x) for x in range(opening + 1, k - 1)))


def inner_finding(doc: Doc, t: int, v: int) -> bool:
    """Round 246: the verb cue at ``v`` is the predicate of the «أن» clause the cue at ``t`` reports
    (``inner_predicate``) and the clause's subject is a finding, not someone who speaks (finding_subjects, with the
    article and no name in it: «وأضافت الوكالة أن التحقيقات كشفت أن ...»): the first cue's words, no report of its
    own with the finding as its speaker."""
    if not inner_predicate(doc, t, v):
        return False
    u = next((k for k in range(v - 1, t, -1) if is_complementizer(doc, k)), None)
    if u is None or u + 1 >= v:
        return False
    head = doc.tokens[u + 1].norm_key
    if not head.startswith("ال") or head.removeprefix("ال") not in fw_keys("finding_subjects"):
        return False
    first, last = doc.tokens[u + 1].start, doc.tokens[v - 1].end
    return not any(m.start < last and first < m.end for m in doc.mentions)
