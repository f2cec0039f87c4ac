"""Round 153: a time and a trigger on either side of a quotation's edge, and the words that may lead a fronted time.

- «ويؤكد الجندي «ننتظر الذهاب إلى الجبهة منذ منتصف يوليو»»: a time inside words quoted after (or before) the
  trigger is the speaker's own, of what was said, not the day of the saying (:func:`across_quote`);
- «وفي وقت لاحق من أمس، صدر بيان ...، أكدا خلاله»: «في وقت لاحق من» (``fronted_time_leads``) before a fronted
  time still leaves it fronted: it governs the clauses after its comma (:func:`lead_word`);
- «العائلات التي فقدت أبناءها بسبب القصف»: the cause of a loss told in a relative clause is background, of no day
  of its own (:func:`background_cause`).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit
from .modality import imperfect
from .word_tests import clause_stop, key_at

OPEN_MARKS = ("«", "“")
CLOSE_MARKS = ("»", "”")
PLAIN_MARKS = ('"',)  # the same mark opens and closes


def across_quote(doc: Doc, lo_c: int, hi_c: int) -> bool:
    """Whether the characters ``lo_c``..``hi_c`` between a trigger and a time cross the edge of a quotation: a «
    or a » left unmatched there, or an odd number of plain quotation marks (a pair opened and closed between them,
    «أعلنت «داعش» أمس», is a name and crosses nothing)."""
    depth = 0
    crossed = False
    plain = 0
    first = doc.token_from(lo_c)  # (by bisection: the tokens before ``lo_c`` are not read)
    if first is None:
        return False
    for k in range(first, len(doc.tokens)):
        tok = doc.tokens[k]
        if tok.start >= hi_c:
            break
        for ch in tok.text:
            if ch in OPEN_MARKS:
                depth += 1
            elif ch in CLOSE_MARKS:
                if depth == 0:
                    crossed = True  # a quotation closed that opened before ``lo_c``
                else:
                    depth -= 1
            elif ch in PLAIN_MARKS:
                plain += 1
    return crossed or depth > 0 or plain % 2 == 1


def lead_word(text: str) -> bool:
    """A word that may stand in a lead before a fronted time («في وقت لاحق من أمس،»): ``fronted_time_leads``."""
    key = nkey(text)
    return key in fw("fronted_time_leads") or key.removeprefix("و") in fw("fronted_time_leads")


CAUSE_REACH = 8  # tokens back from the cause word to the relative whose perfect verb the cause explains


def background_cause(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«العائلات التي فقدت أبناءها بسبب القصف», «الطبيب الذي فقد بناته جراء القصف»: a noun trigger right after a
    word of cause (``cause_words``) in a relative clause whose verb is a perfect: the cause of what someone went
    through, told as their background, is before the report and of no day of its own."""
    if hit.pos != "N" or hit.i - 3 < sent_start or key_at(doc, hit.i - 1).removeprefix("و") not in fw("cause_words"):
        return False
    for t in range(hit.i - 2, max(sent_start, hit.i - 2 - CAUSE_REACH), -1):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            return False
        if key_at(doc, t).removeprefix("و") in fw("relatives") and t + 1 < hit.i - 1:
            verb = key_at(doc, t + 1)
            return verb not in fw("auxiliaries") and not imperfect(verb, True) and not verb.startswith("س")
    return False
