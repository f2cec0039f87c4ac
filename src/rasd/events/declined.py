"""Round 286: a refusal to comment declines comment (CAMEO 011), no rejection (12). «ورفض المتحدث باسم الشرطة
التعليق على الحادث», «رفض ناطق باسم شرطة «سكوتلاند يارد» إعطاء المزيد من التفاصيل»: the verb «رفض» whose object,
right after it or past its subject (within ``OBJECT_REACH`` words, no comma between), is a masdar of commenting or
disclosing (function words ``comment_masdars``), or «إعطاء/تقديم» with «تفاصيل/المزيد» within ``DETAIL_REACH``
words after it, is a statement declined. «رفضت الحكومة المبادرة», «رفض تقديم تنازلات» stay rejections; «رفض
الكشف عن هويته» (a source unnamed) is no event at all (``unperformed.anonymity``)."""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Entry, Hit
from .trigger_table import plover_of
from .word_tests import clause_stop

DECLINE = "011"
OBJECT_REACH = 8  # words from «رفض» to the masdar (its subject between: «ناطق باسم شرطة «سكوتلاند يارد»»)
DETAIL_REACH = 3  # words from «إعطاء» to «تفاصيل» («إعطاء المزيد من التفاصيل»)
_GIVING = frozenset(nkey(w) for w in ("إعطاء", "تقديم", "اعطاء"))
_DETAILS = fw_keys("detail_nouns")


def declined_comment(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the rejection ``hit`` (its sentence ends before token ``b``) refuses to comment (see the module)."""
    if hit.entry.id != "reject" or hit.pos != "V":
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + OBJECT_REACH)):
        text = doc.tokens[t].text
        if clause_stop(text):
            return False
        key = nkey(text)
        if key in fw_keys("comment_masdars"):
            return True
        if key in _GIVING:
            return any(doc.tokens[u].norm_key in _DETAILS for u in range(t + 1, min(b, t + 1 + DETAIL_REACH)))
    return False


def declined(entry: Entry) -> Entry:
    """The rejection ``entry`` read as a comment declined."""
    return replace(entry, id="reject_comment", code=DECLINE, plover=plover_of(DECLINE))


__all__ = ["declined", "declined_comment"]
