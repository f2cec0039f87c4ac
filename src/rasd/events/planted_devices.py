"""Round 270: «لانفجار ألغام أرضية زرعتها ميليشيات الحوثي»: who planted the device does the blast's harm.

A blast or attack told by a noun or verb (CAMEO 18, 19) with no source of its own whose device is named right after
its trigger (function words ``planted_device_nouns``: «ألغام», «لغم», «عبوة», «عبوات»; at most ``ADJECTIVES``
indefinite adjectives after it: «أرضية», «ناسفة») and described by a relative verb of planting with its resumptive
pronoun («زرعتها», «زرعها», «وضعتها», «زرعوها»: ``planting_verbs``) whose subject is a body or a person named right
after it, is done by that subject.

Nothing where the device has no such verb after it («انفجار لغم أرضي من مخلفات الحرب»), where the verb's subject
is no name («زرعها مجهولون»), or where the event has a source already.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys
from .source_set import name_party
from .word_tests import entity_starting

FORCE = ("18", "19")  # CAMEO: assault, fight
ACTORS = ("PERSON", "ORGANIZATION")
ADJECTIVES = 2  # indefinite adjectives of the device before the verb («ألغام أرضية»)


def _planter(doc: Doc, k: int) -> str | None:
    """The named subject of the planting verb that follows the device at token ``k`` (module docstring)."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].norm_key not in fw_keys("planted_device_nouns"):
        return None
    for v in range(k + 1, min(len(toks) - 1, k + 2 + ADJECTIVES)):
        key = toks[v].norm_key
        if key in fw_keys("planting_verbs"):
            ent = entity_starting(doc, v + 1)
            return ent.id if ent is not None and ent.type in ACTORS else None
        if key.startswith("ال") or not key[:1].isalpha():
            return None  # (an adjective of the device has no article; a comma, a name: the phrase is over)
    return None


def planted_devices(doc: Doc, events: list[Event]) -> None:
    """Give a blast with no source the named planter of its device (module docstring)."""
    for ev in events:
        if not ev.code.startswith(FORCE) or ev.source is not None or ev.attrs.get("source_span") is not None:
            continue
        last = doc.token_at(ev.trigger.end - 1)
        if last is None:
            continue
        doer = _planter(doc, last + 1)
        if doer is not None and doer != ev.target:
            name_party(ev, "source", doer)
            ev.attrs["source_planter"] = True
