"""Round 169: an accusation or an attack told again by a definite noun takes the parties of the one told before.

«اتهمت الحكومة الحركة بتدبير التفجير ... ورفضت الحركة هذه الاتهامات», «شن مسلحون هجوما على الثكنة ... وقال
الجيش إن الهجوم ...»: a noun event of accusing or of force (CAMEO roots ``ROOTS``) with no party of its own, its
trigger definite and either after a demonstrative (function words ``attack_demonstratives``: «هذه الاتهامات», «هذا
الهجوم») or bare («الهجوم»), not followed by a relative pronoun or a name that would tell which act it is («الهجوم
الذي ...», «الهجوم على X»), takes the source and target of the earlier events of its code where all those with a
party name the same ones, the last of them in its sentence or the ``REACH`` before; nothing where two acts of its
kind with different parties, or one with none that is not itself a definite noun told again, came before, nor
where the act told before is a noun with a pronoun of its own («انتقادها») or one a word of repelling governs («صدها
هجوما»), whose parties are too unsure to pass on.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey
from .repelled import repelling_at
from .word_tests import entity_within

ROOTS = ("11", "18", "19", "20")
PRONOUNS = ("ها", "هم", "هما", "ه")
REACH = 2  # sentences back to the act told before


def _definite_noun(doc: Doc, ev: Event) -> bool:
    return ev.attrs.get("pos") == "N" and nkey(doc.text[ev.trigger.start : ev.trigger.end]).removeprefix(
        "و").startswith("ال")


def _pointing(doc: Doc, ev: Event) -> bool:
    """Whether the definite act noun points back: after a demonstrative, or bare with no relative or name after."""
    k = doc.token_at(ev.trigger.start)
    if k is None or not _definite_noun(doc, ev):
        return False
    if k > 0 and nkey(doc.tokens[k - 1].text).removeprefix("و") in fw("attack_demonstratives"):
        return True
    for n in (k + 1, k + 2):
        if n >= len(doc.tokens):
            break
        key = nkey(doc.tokens[n].text)
        if key in fw_keys("relatives") or entity_within(doc, n) is not None or key in ("علي", "على", "ضد"):
            return False  # «الهجوم الذي شنه», «الهجوم على المدينة»: which act is told here
    return True


def _unsure(doc: Doc, o: Event) -> bool:
    """Whether the parties of the act ``o`` told before are too unsure to pass on: a noun with a pronoun of its
    own («انتقادها»: whose is read from far), or one a word of repelling governs («صدها هجوما»: the subject is
    the one attacked)."""
    k = doc.token_at(o.trigger.start)
    if k is None:
        return True
    if o.attrs.get("pos") == "N" and any(w.kind == "enclitic" for w in doc.tokens[k].words):
        return True
    return any(repelling_at(doc, t) or _repelling_own(nkey(doc.tokens[t].text).lstrip("وف"))
               for t in range(max(0, k - 2), k))


def _repelling_own(key: str) -> bool:
    """«صدها», «تصديهم»: a word of repelling with a pronoun on it (the tokens keep it whole)."""
    return any(key.endswith(p) and key[: -len(p)] in fw_keys("repelling_words") for p in PRONOUNS)


def pointed_back_parties(doc: Doc, events: list[Event]) -> None:
    """Give a definite act noun that points back the parties of the one act of its kind told before (module doc)."""
    starts = [x.start for x in doc.sentences]
    for ev in events:
        if ev.source is not None or ev.target is not None or not ev.code.startswith(ROOTS) \
                or ev.attrs.get("source_text") or ev.attrs.get("target_text") or not _pointing(doc, ev):
            continue
        earlier = [o for o in events if o is not ev and o.trigger.start < ev.trigger.start and o.code == ev.code]
        if any(_unsure(doc, o) for o in earlier):
            continue
        named = {(o.source, o.target) for o in earlier if o.source is not None or o.target is not None}
        if len(named) != 1 or any(o.source is None and o.target is None and not _definite_noun(doc, o)
                                  for o in earlier):
            continue
        last = max((o for o in earlier if o.source is not None or o.target is not None),
                   key=lambda o: o.trigger.start)
        if bisect_right(starts, last.trigger.start) < bisect_right(starts, ev.trigger.start) - REACH:
            continue  # (told long before: another act of the kind may be meant)
        (ev.source, ev.target), = named
        ev.attrs["parties_pointed_back"] = True
