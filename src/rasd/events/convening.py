"""Round 286: a call that convenes a meeting, and a meeting called, are no appeal (CAMEO 02).

- «ستدعو القيادة قريبا إلى اجتماع موسع لجميع القادة», «سيدعو الرئيس إلى عقد جلسة طارئة»: an appeal verb in the
  future («سـ», or «سوف» right before it) whose «إلى» (past its subject and a time word, then past «عقد») names a
  meeting (function words ``convened_meetings``) convenes that meeting: its caller will hold it and meet (CONSULT,
  040, planned by its «سـ»), no appeal to others (:func:`convening`, recoded by :func:`convened`). A past or present
  call («دعت مصر إلى عقد مؤتمر دولي», «ويدعو إلى عقد مؤتمر»: a demand that others meet) stays an appeal.
- «في مؤتمر صحافي جرى الدعوة إليه على عجل»: an appeal noun whose «إليه/إليها/له/لها» right after it stands for a
  meeting noun within ``CALLED_BACK`` words before it is the meeting's convening, no event (:func:`called_meeting`).
"""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Entry, Hit
from .trigger_table import plover_of
from .word_tests import clause_stop

CONVENED_ID = "appeal_convened"
CONSULT = "040"
SUBJECT_REACH = 4  # words between the future appeal verb and its «إلى» (its subject, «قريبا»)
CALLED_BACK = 4  # words from the appeal noun back to the meeting noun its pronoun stands for
_TO = frozenset(("الي", "الى"))
_HOLD = frozenset(("عقد", "لعقد"))
_PRONOUNS = frozenset(("اليه", "اليها", "له", "لها"))


def _meeting(key: str) -> bool:
    """A meeting noun with or without the article («اجتماع», «الجلسة»), not after «و»."""
    return key in fw_keys("convened_meetings") or key.removeprefix("ال") in fw_keys("convened_meetings")


def _future(doc: Doc, hit: Hit) -> bool:
    return "س" in hit.cand.proclitics or hit.i > 0 and doc.tokens[hit.i - 1].norm_key.lstrip("و") == "سوف"


def convening(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the appeal verb ``hit`` (its sentence ends before token ``b``) convenes a meeting (see the module)."""
    if hit.entry.id != "appeal" or hit.pos != "V" or not _future(doc, hit):
        return False
    for t in range(hit.j + 1, min(b, hit.j + 2 + SUBJECT_REACH)):
        text = doc.tokens[t].text
        if clause_stop(text):
            return False
        key = nkey(text)
        if key in _TO:
            k = t + 1
            if k < b and doc.tokens[k].norm_key in _HOLD:
                k += 1
            return k < b and _meeting(doc.tokens[k].norm_key)
        if key.startswith("ل") and key[1:] in _HOLD and t + 1 < b:
            return _meeting(doc.tokens[t + 1].norm_key)  # «ستدعو لعقد اجتماع»
    return False


def convened(entry: Entry) -> Entry:
    """The appeal ``entry`` read as the meeting its caller convenes (CONSULT)."""
    return replace(entry, id=CONVENED_ID, code=CONSULT, plover=plover_of(CONSULT))


def called_meeting(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the appeal noun ``hit`` (its sentence from token ``a``) is a meeting's convening (see the module)."""
    if not hit.entry.id.startswith("appeal") or hit.pos != "N" or hit.j + 1 >= len(doc.tokens):
        return False
    if doc.tokens[hit.j + 1].norm_key not in _PRONOUNS:
        return False
    for t in range(hit.i - 1, max(a, hit.i - CALLED_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _meeting(doc.tokens[t].norm_key):
            return True
    return False


__all__ = ["CONVENED_ID", "called_meeting", "convened", "convening"]
