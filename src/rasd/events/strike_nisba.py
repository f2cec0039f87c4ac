"""The country of a strike named by its adjective (round ev413): «نتيجة غارة جوية تركية على معسكر لـ«بي كا كا»»,
«القصف الروسي», «الضربات الأميركية». A noun act of striking (function words ``nisba_strike_nouns``: raids, shelling,
strikes) that is the trigger, right after it at most one relative adjective of its own that names no country
(«جوية», «الجوية») and then a country's adjective of the same definiteness, is that country's: its source. Only the
strike nouns: a country adjective on a war, a crisis or a revolution («الحرب السورية») says where, not who. Read by
``homelands.homeland_parties`` beside the doer phrases' adjectives.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from .forms import fw_keys, nkey

OWN_ADJECTIVES = 1  # adjectives between the strike noun and the country's («غارة جوية تركية»)


def _relative_adjective(key: str) -> bool:
    """A relative adjective's key («جويه», «الجوي»)."""
    return not key.startswith("و") and key.removeprefix("ال").endswith(("ي", "يه"))


def strike_nisba(doc: Doc, ev: Event) -> tuple[str, int] | None:
    """The ISO code of the country whose adjective follows the strike noun ``ev`` is triggered by, and the
    adjective's token (module docstring); None where there is none."""
    if ev.attrs.get("pos") != "N" or not ev.code.startswith(("19", "20")):
        return None
    first, last = doc.token_at(ev.trigger.start), doc.token_at(ev.trigger.end - 1)
    if first is None or last is None:
        return None
    head = nkey(doc.tokens[first].text).removeprefix("و")
    if head not in fw_keys("nisba_strike_nouns"):
        return None
    nisba = gazetteer.load().nisba
    toks = doc.tokens
    own = last - first  # («غارة جوية»: the trigger took in its own adjective)
    for k in range(last + 1, min(len(toks), last + 2 + OWN_ADJECTIVES)):
        key = toks[k].norm_key
        if key in nisba:
            return (nisba[key], k) if key.startswith("ال") == head.startswith("ال") else None
        own += 1
        if own > OWN_ADJECTIVES or not _relative_adjective(key):
            return None
    return None
