"""Round ev881: a meeting or negotiation named as a precedent is no act of the article's day.

- «كما حدث في مفاوضات جنيف 2», «على غرار المحادثات السابقة», «مثل مؤتمر أوسلو»: a noun trigger of meeting or
  negotiating (CAMEO 04) right after a word of comparison — «على غرار», «مثل» (``kind_words``), or «كما/مثلما»
  (``precedent_as``) + a verb of happening (``what_happened_verbs``) + «في», or «كما في» — is the occasion the act
  told is weighed against: told before, of no day (as ``bygone.of_a_kind`` leaves «مثل هذه الزيارة»).
- «ومفاوضات «جنيف 2»», «مؤتمر جنيف الثاني», «محادثات أوسلو»: such a noun right before the name of a round of talks
  held long ago (``past_round_names``, past quote marks, brackets and dashes) names that past round, not a meeting
  of the article's day. (Only rounds whose time is over for any article: not «جنيف 3», nor a city that hosts
  meetings still: «مدريد», «الطائف», «كامب ديفيد».)

An explicit time of the clause still dates the act (``dating.event_date`` reads these rules after the times).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .word_tests import key_at

MEETING = "04"  # consult, meet, negotiate
NAME_REACH = 5  # tokens after the trigger read for a round's name (its words and the marks around them)
MARKS = frozenset("«»\"'()[]-–—_")


def _compared(doc: Doc, hit: Hit, sent_start: int) -> bool:
    i = hit.i
    if i - 1 < sent_start:
        return False
    before = key_at(doc, i - 1)
    if before.removeprefix("و") in fw_keys("kind_words"):
        return True  # «مثل مؤتمر أوسلو»
    if before == nkey("غرار"):
        return i - 2 >= sent_start and key_at(doc, i - 2).removeprefix("و") == nkey("على")
    if before != nkey("في") or i - 2 < sent_start:
        return False
    if key_at(doc, i - 2).removeprefix("و") in fw_keys("precedent_as"):
        return True  # «كما في مفاوضات جنيف»
    return key_at(doc, i - 2) in fw_keys("what_happened_verbs") and i - 3 >= sent_start \
        and key_at(doc, i - 3).removeprefix("و") in fw_keys("precedent_as")


@lru_cache(maxsize=1)
def _round_names() -> frozenset[str]:
    """``past_round_names`` as keys of their words joined with no space («جنيف 2» → «جنيف2»)."""
    return frozenset("".join(nkey(w) for w in name.split()) for name in fw("past_round_names"))


def _named_round(doc: Doc, hit: Hit, sent_end: int) -> bool:
    names = _round_names()
    joined = ""
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + NAME_REACH)):
        text = doc.tokens[t].text
        if all(c in MARKS for c in text):
            continue
        joined += "".join(nkey(p) for p in text.replace("-", " ").split() if p.strip("".join(MARKS)))
        if joined in names:
            return True
        if not any(n.startswith(joined) for n in names):
            return False
    return False


def precedent(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether the noun trigger ``hit`` (sentence tokens ``sent_start``..``sent_end``) names a meeting or a round of
    talks told as a precedent (see the module): it takes no date."""
    if hit.pos != "N" or not hit.entry.code.startswith(MEETING):
        return False
    return _compared(doc, hit, sent_start) or _named_round(doc, hit, sent_end)


__all__ = ["precedent"]
