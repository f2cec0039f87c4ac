"""Round 206: an act told as the first step of a story, and an act whose appointed time is being set.

- «أعلنت الحكومة حالة الطوارئ في بادئ الأمر», «في أول الأمر، رفضت ...» (``at_first_phrases``): what was done
  at first, before the rest the story tells, of no day of the article (:func:`at_first`);
- «سيتم خلال اليومين المقبلين تأكيد موعد الزيارة» (``appointed_words``): a time before «موعد» + the noun trigger
  is the day the appointment is set, not the day of the act appointed (:func:`appointed`);
- round 212: «سوف يطير إلى واشنطن حسب موعد اللقاء» after «سوف يلتقي ... في الخامس من أغسطس»: the appointed act
  told by a definite noun is the act of its kind planned before in the story for a day to come: its day,
  planned (:func:`appointed_back`).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_stop

AT_FIRST_BEFORE = 8  # tokens from a fronted «في بادئ الأمر» to the trigger of its clause
AT_FIRST_AFTER = 5  # tokens from the trigger to «في بادئ الأمر» after it («إعلان حالة الطوارئ في بادئ الأمر»)


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(nkey(w) for w in p.split()) for p in fw("at_first_phrases"))


def _phrase_at(doc: Doc, t: int, end: int) -> int:
    """The length in tokens of an «at first» phrase starting at token ``t`` (before ``end``), else 0."""
    for seq in _phrases():
        if t + len(seq) > end:
            continue
        ok = True
        for k in range(len(seq)):
            key = doc.tokens[t + k].norm_key
            if key != seq[k] and not (k == 0 and key[:1] == "و" and key[1:] == seq[k]):
                ok = False
                break
        if ok:
            return len(seq)
    return 0


def at_first(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """An «at first» phrase (``at_first_phrases``) in the trigger's clause: within ``AT_FIRST_AFTER`` tokens after
    it, or within ``AT_FIRST_BEFORE`` tokens before it (a comma right after a fronted phrase allowed), with no
    clause break or complementizer between."""
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + AT_FIRST_AFTER)):
        if _phrase_at(doc, t, sent_end):
            return True
        text = doc.tokens[t].text
        if clause_stop(text) or nkey(text) in fw("complementizers"):
            break
    for t in range(hit.i - 1, max(sent_start, hit.i - AT_FIRST_BEFORE) - 1, -1):
        n = _phrase_at(doc, t, hit.i)
        if n and all(not clause_stop(doc.tokens[u].text) or (u == t + n and doc.tokens[u].text in ("،", ","))
                     for u in range(t + n, hit.i)):
            return True
        key = doc.tokens[t].norm_key
        if key in fw("complementizers") or key in fw("relatives"):
            return False
    return False


def appointed(doc: Doc, hit: Hit, time_start: int) -> bool:
    """A noun trigger right after «موعد» (``appointed_words``), the time at ``time_start`` before it: the day the
    appointment is set («تأكيد موعد الزيارة»), not the act's."""
    if hit.pos != "N" or hit.i < 1 or doc.tokens[hit.i].start <= time_start:
        return False
    return doc.tokens[hit.i - 1].norm_key in fw_keys("appointed_words")


def appointed_back(doc: Doc, hit: Hit, events: list[Event]) -> Event | None:
    """A definite noun trigger right after «موعد» (``appointed_words``, «حسب موعد اللقاء»): the last event of
    ``events`` (those told before it) of the same kind (CAMEO root) dated after the document date, else None."""
    if hit.pos != "N" or hit.i < 1 or not doc.date or doc.tokens[hit.i - 1].norm_key not in fw_keys("appointed_words"):
        return None
    if "ال" not in hit.cand.proclitics and not hit.cand.key.startswith("ال"):
        return None
    for ev in reversed(events):
        if ev.code[:2] == hit.entry.code[:2] and ev.date is not None and ev.date > doc.date:
            return ev
    return None
