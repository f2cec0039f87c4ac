"""Round 171: the group whose moves or plots are told does the act told of them. «هناك تحركات إرهابية كثيرة
لـ«القاعدة» التي انطلقت من القاهرة وتستهدف رجال الشرطة»: a verb with no source entity, after a noun of moves or
plots (function words ``plot_nouns``: «تحركات», «مخططات», «خلايا») whose owner is named with «لـ» within a few words
after it (past its adjectives), with no comma or end of clause between the owner and the verb, is done by that
owner; a source text the verb had («من قبل مهاجمين»: unnamed attackers) gives way to it.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import fw_keys, nkey
from .source_set import name_party
from .word_tests import clause_stop, entity_within

OWNER_REACH = 4  # words from the plot noun to its «لـ» owner («تحركات إرهابية كثيرة لـ«القاعدة»»)
BACK = 20  # words from the verb back to the plot noun (past a relative clause on the owner)
ACTS = ("17", "18", "19", "20")


def _owner(doc: Doc, noun: int, end: int) -> tuple[Entity, int] | None:
    """The entity named with «لـ» a few words after the plot noun at ``noun`` (not past ``end``), and its last token."""
    for t in range(noun + 1, min(end, noun + 1 + OWNER_REACH)):
        text = doc.tokens[t].text
        if clause_stop(text):
            return None
        key = nkey(text)
        if key in ("ل", "لـ"):
            k = t + 1
            while k < end and not any("\u0621" <= c <= "\u064a" for c in doc.tokens[k].text):
                k += 1  # «لـ«القاعدة»»: past the opening guillemet
        elif key[:1] == "ل" and not key.startswith("لل"):
            k = t
        else:
            continue
        ent = entity_within(doc, k) if k < end else None
        if ent is None or ent.type != "ORGANIZATION":
            return None
        last = k
        while last + 1 < end and entity_within(doc, last + 1) is ent:
            last += 1
        return ent, last
    return None


def plot_owners(doc: Doc, events: list[Event]) -> None:
    """Give a verb told of a group's moves or plots that group as its source (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.code[:2] not in ACTS:
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or doc.tokens[k].text[:1] not in ("و", "ي", "ت"):
            continue
        for n in range(k - 1, max(-1, k - BACK), -1):
            if clause_stop(doc.tokens[n].text):
                break
            if doc.tokens[n].norm_key not in fw_keys("plot_nouns"):
                continue
            found = _owner(doc, n, k)
            if found is not None and ev.target != found[0].id and \
                    not any(clause_stop(doc.tokens[t].text) for t in range(found[1] + 1, k)):
                name_party(ev, "source", found[0].id)
            break
