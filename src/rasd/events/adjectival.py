"""Round ev1003: trigger words that describe, or name a state lived through, and tell no act of their own.

- «بنظر الدعوى القضائية المطالبة بإلغاء القانون», «مع ازدياد الأصوات المتشددة المطالبة بالدخول»: a definite
  word of the participle's shape («المـ», no other clitic) right after a definite noun (and its definite adjectives)
  is an adjective of that noun (the suit that demands), no act; only where the noun is a genitive (the word before
  it is a preposition, carries a «بـ/لـ», or follows one: the head of a prepositional phrase), since a definite
  masdar may be the object of a verb with its subject between («وجدد الوزير المطالبة بالإفراج»).
- «إن البلاد عانت من الإرهاب والاغتيالات»: a noun act after a verb of suffering and «من» (``generic_acts.suffered``)
  listed with an abstract noun (no trigger) and with no valued time in its sentence is a state the place or the
  people lived through, no event; acts alone keep theirs, undated («عانت المدينة من القصف والحصار على مدى ستة
  أشهر», «عانت البلاد من هجمات متكررة»), and «عانت المدينة من قصف عنيف أمس» is one, dated.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys
from ..text.marks import has_letters
from .generic_acts import SUFFER_REACH, suffered
from .lexicon import Hit, match_token
from .word_tests import clause_stop, key_at, valued_times

DEFINITE_BACK = 3  # definite words before the participle: its noun and that noun's adjectives
_GLUED = ("ب", "ل")


def _in_phrase(doc: Doc, u: int) -> bool:
    """Whether token ``u`` is a preposition or carries a glued «بـ/لـ» (a noun in a prepositional phrase)."""
    tok = doc.tokens[u]
    if tok.norm_key.removeprefix("و") in fw_keys("prepositions"):
        return True
    words = tok.words
    return len(words) > 1 and any(w.kind == "proclitic" and w.norm in _GLUED for w in words)


def participle_adjective(doc: Doc, hit: Hit, a: int) -> bool:
    """A definite participle after a definite genitive noun (see the module's doc)."""
    tok = doc.tokens[hit.i]
    if hit.pos != "N" or hit.i != hit.j or set(hit.cand.proclitics) != {"ال"} or not tok.norm_key.startswith("الم"):
        return False
    u = hit.i - 1
    while u >= a and hit.i - u <= DEFINITE_BACK and doc.tokens[u].norm_key.startswith("ال") \
            and not clause_stop(doc.tokens[u].text):
        u -= 1
    if u == hit.i - 1 or u < a or clause_stop(doc.tokens[u].text):
        return False  # (no definite noun right before it, or one opening its clause: maybe the subject)
    return _in_phrase(doc, u) or u - 1 >= a and _in_phrase(doc, u - 1) and not doc.tokens[u].norm_key.startswith("ال")


def suffered_state(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """A noun act a place or a people suffered from, listed with an abstract noun (a word of the list that is no
    trigger: «من التطرف والتفجيرات»), with no valued time in its sentence (tokens ``a``..``b``)."""
    if not suffered(doc, hit, a) or valued_times(doc, doc.tokens[a].start, doc.tokens[b - 1].end):
        return False
    frm = next((t for t in range(hit.i - 1, max(a, hit.i - SUFFER_REACH) - 1, -1) if key_at(doc, t) == "من"), None)
    if frm is None:
        return False
    # the words before the act are its list only where the act is their «و» conjunct (tf1022: «من نقص الوقود منذ
    # سيطرة الحوثيين»: the takeover is no member of a list, it dates the shortage)
    listed = list(range(frm + 1, hit.i)) if doc.tokens[hit.i].norm_key.startswith("و") else []
    if hit.j + 1 < b and doc.tokens[hit.j + 1].norm_key.startswith("و"):
        listed.append(hit.j + 1)  # «من التفجيرات والتطرف»: the abstract noun after the act
    return any(has_letters(doc.tokens[t].text) and match_token(doc.tokens, t) is None for t in listed)
