"""Round ev417: an act ordered by a directive whose pronoun names its owner is the owner's act.

«ورفع الشكر والعرفان لخادم الحرمين الشريفين على توجيهاته بتقديم المساعدات العاجلة للشعب اليمني»: the «بـ» masdar
right after a noun of directing with a possessive pronoun (function words ``directive_owned_m``: «توجيهاته»,
«أوامره»; ``directive_owned_f``: «توجيهاتها») is what the directive orders, and the one who directs is the source of
the act (CAMEO codes the authority that orders aid as its provider). The owner is the nearest party named before
the directive in its sentence that the pronoun agrees with: for «ـه» a person not known as a woman, for «ـها» a
body or a state. Not where the act has a source, nor where that party is its target; a directive in construct
with a name («توجيهات الملك بتقديم») is read by the argument rules as the masdar's genitive chain.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys
from .source_set import name_party, unsourced

_FEMININE_OWNERS = ("ORGANIZATION", "LOCATION")


def _owner(doc: Doc, d: int, feminine: bool, sent_start: int) -> str | None:
    """The entity the pronoun on the directive at token ``d`` stands for (module docstring), or None."""
    start = doc.tokens[d].start
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if feminine and ent.type not in _FEMININE_OWNERS or not feminine and (
                ent.type != "PERSON" or ent.attrs.get("gender") == "f"):
            continue
        if feminine and ent.type == "LOCATION" and (ent.actor is None or len(ent.actor) != 3):
            continue  # a state, not a town
        for m in ent.mentions:
            if sent_start <= m.start and m.end <= start and (best is None or m.start > best[0]):
                best = (m.start, ent.id)
    return best[1] if best is not None else None


def directed_acts(doc: Doc, events: list[Event]) -> None:
    """Give a «بـ» masdar ordered by an owned directive the directive's owner as its source (module docstring)."""
    for ev in events:
        if not unsourced(ev) or ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 1 or not doc.tokens[k].words or doc.tokens[k].words[0].form != "ب":
            continue
        key = doc.tokens[k - 1].norm_key.removeprefix("و")
        masculine, feminine = key in fw_keys("directive_owned_m"), key in fw_keys("directive_owned_f")
        if not (masculine or feminine):
            continue
        who = _owner(doc, k - 1, feminine, ev.sentence.start)
        if who is None or who == ev.target:
            continue
        name_party(ev, "source", who)
        ev.attrs["source_directed"] = True
