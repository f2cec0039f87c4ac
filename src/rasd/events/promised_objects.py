"""Round ev430: a promise, an appeal or a demand told by a verb with the act it promises or asks for as a «بـ»
complement («ووعد ... بإجراء إصلاحات», «كما وعد بإتاحة الفرصة للإعلام»): two such acts whose complements have other
head words are two promises (two demands), not one told twice, though one party made both on one day. The events'
dedup asks ``other_objects`` before it merges two events.
"""

from __future__ import annotations

from re import split

from ..doc import Event
from .forms import fw_keys, nkey

OBJECT_REACH = 7  # words after a verb trigger read for its «بـ» object («ووعد الرئيس السوداني عمر البشير أمس بإجراء»)
OBJECT_CODES = ("02", "03", "10")  # appeal, pledge or promise, demand: the act asked or promised is their object
NOT_OBJECTS = ("not_means", "prepositions", "about_prepositions")  # «بعد», «بشأن», «بين»: no «بـ» + masdar


def object_key(text: str, ev: Event) -> str | None:
    """The key of the head of the «بـ» complement of the verb event ``ev`` (without «بـ» and the article), within
    ``OBJECT_REACH`` words after its trigger and no punctuation between; None where it has none, or where a clause
    («بأن», «أن») is what it promises."""
    if ev.attrs.get("pos") != "V" or ev.code[:2] not in OBJECT_CODES:
        return None
    clause = split(r"[،,.؛;:«»\"()]", text[ev.trigger.end : ev.trigger.end + 120])[0]
    for word in clause.split()[:OBJECT_REACH]:
        key = nkey(word).removeprefix("و")
        if key in fw_keys("complementizers"):
            return None
        if key.startswith("ب") and len(key) > 3 and not any(key in fw_keys(n) for n in NOT_OBJECTS):
            return key[1:].removeprefix("ال")
    return None


def other_objects(text: str, a: Event, b: Event) -> bool:
    """Whether the events ``a`` and ``b`` promise or ask for acts of other head words (see the module)."""
    ka, kb = object_key(text, a), object_key(text, b)
    return ka is not None and kb is not None and ka != kb
