"""The writer's remarks at the end of reported words, for the ``quotes`` stage: after a reported fact, an apposition
«، وهي/وهو» + a definite noun of a fact + a relative clause («قال إن أعضاء الفرقة قتلوا مقاتلين، وهي الحادثة التي لم يذكرها
أحد قبله») names that fact again and says something of it in the writer's voice; and a tail «، خلال لقاء/اجتماع ...»
to the end of what was reported («أعلن الوزير أن بلاده ستبدأ قريبا ...، خلال لقاء مع نظيره») is where the words were
said, not part of them. The reported words end before the comma of either.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, fw_keys, nkey
from ..text.normalize import COMMAS as _COMMAS
from .cues import is_complementizer, trim

_NOUN_REACH = 2  # words of the definite noun phrase before its relative («وهي الأمنية الكبرى التي»)
_MIN_BEFORE = 3  # tokens of reported words at least before the remark
_SETTING_REACH = 12  # tokens at most of a setting tail, to the end of what was reported


def _outside_quotes(doc: Doc, start: int, at: int) -> bool:
    piece = doc.text[start:at]
    return piece.count("«") <= piece.count("»") and piece.count('"') % 2 == 0


def _appositive_remark(doc: Doc, k: int, end: int) -> bool:
    """Whether the comma at token ``k`` opens «وهي/وهو» + a definite noun that names a fact again (remark_fact_nouns:
    «الحادثة», «الهجوم», «الخطوة»; not «الأمر» or «المقياس», which the speaker may well say) + a relative, all
    before token ``end``."""
    toks = doc.tokens
    if k + 3 >= end or toks[k + 1].norm_key not in ("وهي", "وهو"):
        return False
    noun = toks[k + 2].norm_key
    if noun not in fw("remark_fact_nouns"):
        return False
    return any(toks[u].norm_key in fw_keys("relatives") for u in range(k + 3, min(end, k + 3 + _NOUN_REACH)))


def _setting_tail(doc: Doc, k: int, ks: range) -> bool:
    """Whether the comma at token ``k`` opens «خلال/أثناء» + a noun of a meeting or speech (setting_nouns: «لقاء»,
    «اجتماعه», «مؤتمر») that runs, with no «أن/إن» of its own, to the end of the reported words."""
    toks = doc.tokens
    n = ks.index(k)
    rest = ks[n + 1 :]
    if len(rest) < 2 or len(rest) > _SETTING_REACH:
        return False
    if nkey(toks[rest[0]].text) not in fw("setting_openers") or nkey(toks[rest[1]].text) not in fw("setting_nouns"):
        return False
    return not any(is_complementizer(doc, u) for u in rest)


def _untold_tail(doc: Doc, k: int, ks: range) -> bool:
    """Whether the comma at token ``k`` opens «(من) دون/بدون (أن)» or «من غير (أن)» + a word of giving or naming
    details or of ruling out (unspecified_telling: «، من دون إعطاء مزيد من التفاصيل», «، دون أن يحدد موعدا», «، من
    غير أن يستبعد»: round 218) that runs to the end of the reported words with no «أن/إن» of its own: the writer's note of what the speaker left unsaid."""
    rest = [doc.tokens[u].norm_key for u in ks[ks.index(k) + 1 :]]
    if rest[:1] == ["من"]:
        rest = rest[1:]
    if not rest or rest[0] not in ("دون", "بدون", "غير"):
        return False
    if rest[0] == "غير" and doc.tokens[k + 1].norm_key != "من":
        return False  # «، غير أن»: but, a clause of its own
    rest = rest[1:]
    if rest[:1] in (["ان"], ["أن"]):
        rest = rest[1:]
    return bool(rest) and rest[0] in fw("unspecified_telling") and len(rest) <= _SETTING_REACH


def writers_remark_end(doc: Doc, content: Span) -> Span:
    """``content`` (indirect speech) up to the comma of the writer's appositive remark or of a tail that says where
    the words were said; ``content`` itself where neither stands in it."""
    ks = doc.token_range(content)
    if len(ks) <= _MIN_BEFORE + 2:
        return content
    end = ks[-1] + 1
    for n in range(_MIN_BEFORE, len(ks) - 2):
        k = ks[n]
        if doc.tokens[k].text not in _COMMAS or not _outside_quotes(doc, content.start, doc.tokens[k].start):
            continue
        if _appositive_remark(doc, k, end) or _setting_tail(doc, k, ks) or _untold_tail(doc, k, ks):
            return trim(doc.text, content.start, doc.tokens[k - 1].end) or content
    return content
