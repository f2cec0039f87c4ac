"""Round mend618: «وبحث الوزيران تطورات الأوضاع في اليمن ونتائج الاجتماع الثلاثي الأخير في الرياض»: a noun act
in the object of a talks verb (a 04 verb trigger: «بحث», «ناقش», «استعرض») told as the genitive of a noun of its
results or course (``outcome_heads``, ``meeting_result_heads``: «نتائج», «حصيلة», «مخرجات», «تطورات», «ما أسفر
عنه») is an earlier act the talks are about, no repeat of the talks: ``dedup`` keeps the two apart
(``result_apart``). Not an act told after punctuation, a complementizer or a relative that opens another clause
(«وبحث الوزيران ...، ثم أعلنا نتائج الاجتماع»: the results of the talks themselves), nor one farther than
``RESULT_REACH`` words from the verb.
"""

from __future__ import annotations

from re import split

from ..doc import Event
from .forms import fw_keys, nkey

RESULT_REACH = 14  # words from the talks verb to the act («وبحث الوزيران تطورات الأوضاع في اليمن ونتائج الاجتماع»: 8)
STOPS = ("complementizers", "relatives")  # «أن», «التي»: another clause begins


def _result_head(words: list[str]) -> bool:
    """Whether the words before an act end in a noun of its results (``outcome_heads`` with or without «و/الـ»,
    ``meeting_result_heads``: one word, «حصيلة», or two, «أسفر عنه»)."""
    keys = [nkey(w).removeprefix("و") for w in words[-2:]]
    if not keys:
        return False
    last = keys[-1]
    if last.removeprefix("ال") in fw_keys("outcome_heads") or last in fw_keys("meeting_result_heads"):
        return True
    return len(keys) == 2 and " ".join(keys) in fw_keys("meeting_result_heads")


def result_apart(text: str, o: Event, ev: Event) -> bool:
    """Whether ``ev`` (a noun act after the talks verb ``o`` in its clause) is an act whose results ``o`` discusses."""
    if not text or o.attrs.get("pos") != "V" or not o.code.startswith("04") or ev.attrs.get("pos") != "N" \
            or o.sentence != ev.sentence or ev.trigger.start < o.trigger.end:
        return False
    between = text[o.trigger.end : ev.trigger.start]
    words = between.split()
    if split(r"[،,.؛;:«»\"()]", between)[1:] or len(words) > RESULT_REACH:
        return False
    if any(nkey(w).removeprefix("و") in fw_keys(n) for w in words for n in STOPS):
        return False
    return _result_head(words)
