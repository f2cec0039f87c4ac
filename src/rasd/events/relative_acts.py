"""Round ev522: the verb of a relative clause on an act noun tells that act again («الهجوم الانتحاري الذي استهدف
مسجدا», «غاراتها التي استهدفت معسكر لواء المجد», «التفجير الإرهابي المشين الذي استهدف مسجد قوات الطوارئ»): one
event, of both triggers, whose parties the clause names (the dedup asks ``relative_join`` where its other tests
found no act it repeats).

The relative («الذي», «التي», ``relatives``) stands right before the verb and right after the noun or its
adjectives (definite words, at most ``ADJECTIVES``): «الهجوم على المسجد الذي استهدفه الإرهابيون» is a clause on the
mosque, not on the attack, and stays an act of its own.
"""

from __future__ import annotations

from ..doc import Event
from .forms import fw_keys, nkey
from .source_set import copy_phrase, name_party

ADJECTIVES = 3  # definite adjectives between the act noun and the relative («الهجوم الإرهابي الإجرامي الجبان»)
QUOTE_MARKS = "«»\"'"


def _relative_start(text: str, ev: Event) -> int | None:
    """Where the relative right before the verb of ``ev`` starts («الذي استهدف» → the start of «الذي»), or None."""
    before = text[max(0, ev.trigger.start - 12) : ev.trigger.start]
    words = before.split()
    if not words or not before.endswith((" ", "\u00a0")):
        return None
    if nkey(words[-1].strip(QUOTE_MARKS)).removeprefix("و") not in fw_keys("relatives"):
        return None
    return ev.trigger.start - len(before) + before.rstrip().rfind(words[-1])


def _adjectives_only(between: str) -> bool:
    """Whether ``between`` (from the act noun to the relative) holds only definite adjectives («الانتحاري»,
    «الإرهابي المشين»), no comma, preposition or other word («على المسجد»)."""
    if any(c in between for c in "،,.؛;:"):
        return False
    words = [w.strip(QUOTE_MARKS) for w in between.split()]
    return len(words) <= ADJECTIVES and all(w.startswith("ال") and len(w) > 3 for w in words)


def _take_parties(host: Event, ev: Event) -> None:
    """The host noun takes the clause's parties where it names none of its own: the target the clause names
    (entity or phrase) over one the noun got from a telling elsewhere, and the clause's own day where the noun has
    no day or only the document's (not its doer: the subject the verb's finder reads before the relative,
    «التفجير الإرهابي المشين الذي استهدف», is a word of the noun's phrase, not a doer)."""
    if ev.target is not None:
        name_party(host, "target", ev.target)
    elif host.target is None and isinstance(ev.attrs.get("target_span"), list):
        copy_phrase(host, "target", ev)
    own_day = ev.date is not None and not ev.attrs.get("date_default")
    if own_day and (host.date is None or host.attrs.get("date_default")):
        host.date = ev.date  # «غاراتها التي استهدفت أول من أمس»: the clause's own day over the document's
        host.attrs["date_default"] = False


def relative_join(out: list[Event], ev: Event, text: str) -> Event | None:
    """The act noun of ``out`` whose relative clause's verb ``ev`` is (see the module), given the clause's parties
    (``_take_parties``); None where ``ev`` is no such verb, or where the two name other target entities."""
    if ev.plover != "ASSAULT" or ev.attrs.get("pos") != "V" or not text:
        return None
    start = _relative_start(text, ev)
    if start is None:
        return None
    for o in reversed(out):
        if o.sentence != ev.sentence or o.plover != "ASSAULT" or o.attrs.get("pos") != "N" \
                or o.trigger.end > start or not _adjectives_only(text[o.trigger.end : start]):
            continue
        if o.target is not None and ev.target is not None and o.target != ev.target:
            return None
        _take_parties(o, ev)
        return o
    return None


__all__ = ["relative_join"]
