"""Round oe315: a bomb, a rigged car or a shell is the means of an attack, never its doer.

- «انفجرت قنبلة أمام مكاتب الحزب», «في هجوم انتحاري بواسطة سيارة مفخخة», «أطلقت قذيفتان على المدينة»: an unnamed
  source phrase of an attack (PLOVER ASSAULT) headed by a device (function words ``planted_device_nouns``: «عبوة»,
  «قنبلة», «لغم»; a shell or a rocket, ``PROJECTILES``; a vehicle with a rigging word right after it, function
  words ``rigged_words``: «سيارة مفخخة», «شاحنة ملغومة») is dropped: who planted or fired it may be named by a later
  pass («زرعتها ميليشيات X»: events.planted_devices), else the attack has no source.
- «سيارة مفخخة متوقفة أمام مديرية صحة صلاح الدين انفجرت»: the subject of the verb of exploding («انفجرت»:
  trigger ``explode``) is the device that blew up, not a name read before it; the verb takes no source of its own.

- «وفجر المهاجمون قنابلهم على متن القطارات»: the device is no target of the blast either.

Nothing for a named source («قتلت غارة أميركية»: events.attack_subjects reads the attack's agent), nor for a device word
that is not the head of the phrase («مخزن القنابل»), nor for a drone or a plane («طائرة بدون طيار»): a crew flies it.
"""

from __future__ import annotations

from ..doc import Doc, Event, Token
from .forms import fw_keys

PROJECTILES = fw_keys("projectiles")
EXPLODE = "explode"  # the trigger of «انفجر», «انفجرت» (triggers.tsv)


def _bare(tok: Token) -> str:
    """A word's key past a conjunction, «بـ», the article and a pronoun («وبالعبوة» → «عبوة», «قنابلهم» →
    «قنابل»)."""
    stems = [w.norm for w in tok.words if w.kind == "stem"]
    key = stems[0] if len(stems) == 1 else tok.norm_key
    for clitic in ("و", "ف", "ب"):
        if key.startswith(clitic) and len(key) > 4:
            key = key[1:]
    key = key.removeprefix("ال")
    for pron in ("هم", "ها", "هما"):  # (a token the word layer left whole)
        if key.endswith(pron) and key.removesuffix(pron) in fw_keys("planted_device_nouns"):
            return key.removesuffix(pron)
    return key


def device_head(doc: Doc, start: int) -> bool:
    """Whether the phrase that opens at character ``start`` is headed by a device (module docstring)."""
    k = doc.token_from(start)
    if k is None or k >= len(doc.tokens):
        return False
    head = _bare(doc.tokens[k])
    if head in fw_keys("planted_device_nouns") or head in PROJECTILES:
        return True
    return k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm_key in fw_keys("rigged_words")


def device_sources(doc: Doc, events: list[Event]) -> None:
    """Drop a device as the source of an attack, and any source of a verb of exploding (module docstring)."""
    for ev in events:
        if ev.plover != "ASSAULT":
            continue
        span = ev.attrs.get("source_span")
        if ev.attrs.get("trigger_id") == EXPLODE and ev.attrs.get("pos") == "V" and (
                ev.source is not None or isinstance(span, list)):
            ev.source = None
        elif not (ev.source is None and isinstance(span, list) and device_head(doc, span[0])):
            continue
        ev.attrs["source_span"] = None
        ev.attrs.pop("source_text", None)
        ev.attrs.pop("source_carried", None)
        ev.attrs["source_device"] = True
    for ev in events:
        span = ev.attrs.get("target_span")
        if ev.plover == "ASSAULT" and ev.target is None and isinstance(span, list) and device_head(doc, span[0]):
            ev.attrs["target_span"] = None  # «وفجر المهاجمون قنابلهم»: the bombs are the means, not the target
            ev.attrs.pop("target_text", None)
            ev.attrs["target_device"] = True
