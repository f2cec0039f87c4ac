"""Round mend546: a masdar joined by «و» to a run of masdars headed by a masdar in «لـ» of purpose is an aim too.

«يسعى إلى تجميع مقاتلين للاستعداد لدخول المكلا، وتخليصها من سيطرة التنظيم، وطرد جميع المتطرفين منها»: «طرد» is the
third aim of «لـ» («لدخول ...، وتخليصها ...، وطرد»), still to come, planned - as «لدخول» itself would be; not an
expulsion told as done. Read back from the noun trigger (with «و» on it) through its clause: commas may part the
conjuncts only where a «و» word opens the next one; an end mark, a complementizer, a relative or a past verb ends the
run (a new clause: «لدخول المدينة، وطردوا المسلحين»). The head is a «لـ» + singular word, not the object of a word
that takes «لـ» (function words ``lam_object_heads``, ``undergoing_verbs``, ``cause_words``: «تعرضت لقصف عنيف، وطرد
السكان» - done) nor the aim of a past move (``moving_verbs``, ``trip_verbs``: «تحركت القوات للسيطرة على المدينة،
وطرد المسلحين» - told as done; :func:`.purpose_lam.lam_purpose` reads those alike).
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..text.marks import ENDS_AND_QUOTES
from .forms import fw, fw_keys
from .lexicon import Hit, past_keys
from .modality_links import and_joined
from .word_tests import past_conjunction

CHAIN_REACH = 24  # tokens back from the conjunct to the «لـ» masdar heading its run
HEAD_BACK = 2  # words before the head read for a word that takes it as its object («تعرضت لقصف»)
MOVE_BACK = 8  # words before the head read for a past verb of moving whose aim it is («تحركت القوات للسيطرة»)
_COMMAS = ("،", ",")


def _lam_masdar(tok: Token) -> bool:
    """«لدخول», «لتخليص»: «لـ» + one singular stem in construct, no article (not «لهجمات», «للحوثيين»)."""
    stems = [w for w in tok.words if w.kind == "stem"]
    pro = [w.norm for w in tok.words if w.kind == "proclitic"]
    if stems and stems[0].form[:1] == "أ" and len(stems[0].form) == 4:
        return False  # «لأكثر من مائة ساعة»: an elative, no masdar
    return len(stems) == 1 and pro == ["ل"] and len(stems[0].norm) >= 3 and not stems[0].norm.endswith("ات") \
        and not stems[0].norm.startswith("ال")


def _purpose_head(doc: Doc, t: int) -> bool:
    """Whether the «لـ» word at ``t`` says an aim (see the module)."""
    for b in range(t - 1, max(-1, t - 1 - MOVE_BACK), -1):
        text, key = doc.tokens[b].text, past_conjunction(doc.tokens[b].norm_key)
        if text in ENDS_AND_QUOTES or text in _COMMAS:
            break
        if key in fw_keys("moving_verbs") or key in fw_keys("trip_verbs"):
            return False
        if b >= t - HEAD_BACK and (key in fw_keys("lam_object_heads") or key in fw_keys("undergoing_verbs")
                                   or key in fw_keys("cause_words")):
            return False
    return True


def _named(doc: Doc, t: int) -> bool:
    """The token at ``t`` is in a mention of an entity («لمصر», «للأردن»): no masdar."""
    tok = doc.tokens[t]
    return any(m.start <= tok.start < m.end for m in doc.mentions)


def _object_next(doc: Doc, hit: Hit) -> bool:
    """Round ev595: «لمكافحة الإرهاب، وفرض حظر على تدفق السلاح»: a verb read whose object (a word the entry needs
    near it) stands right after it, no subject between: the masdar of a conjunct aim, as a noun would be."""
    return hit.j + 1 < len(doc.tokens) and doc.tokens[hit.j + 1].norm_key in hit.entry.near


def purpose_conjunct(doc: Doc, hit: Hit) -> bool:
    """Whether the noun trigger ``hit``, with «و», is a conjunct of a «لـ» masdar of purpose (see the module)."""
    tok = doc.tokens[hit.i]
    stems = [w.norm for w in tok.words if w.kind == "stem"]
    # («وطرد» read as «و» + a past verb: a bare triliteral is its masdar too, unvocalised)
    if hit.i < 1 or doc.tokens[hit.i - 1].text not in _COMMAS:
        return False  # (a conjunct set off by a comma: «لدخول المكلا، وتخليصها ...، وطرد»)
    if not and_joined(tok) or not (hit.pos == "N" or len(stems) == 1 and len(stems[0]) == 3 and len(tok.words) == 2):
        return False
    commas = 0
    for t in range(hit.i - 1, max(-1, hit.i - 1 - CHAIN_REACH), -1):
        tok = doc.tokens[t]
        key = past_conjunction(tok.norm_key)
        if tok.text in ENDS_AND_QUOTES or key in fw("complementizers") or key in fw("relatives") or key in past_keys():
            return False
        if tok.text in _COMMAS and not and_joined(doc.tokens[t + 1]):
            return False  # («المكلا، عاصمة حضرموت»: no «و» opens what follows)
        commas += tok.text in _COMMAS
        if tok.words[0].norm == "ل":
            # (a verb read, «وزار»: only as the third of a list, «لدخول ...، وتخليصها ...، وطرد»)
            return (hit.pos == "N" or commas >= 2 or _object_next(doc, hit)) and _lam_masdar(tok) and _purpose_head(doc, t) and not _named(doc, t)
    return False


__all__ = ["purpose_conjunct"]
