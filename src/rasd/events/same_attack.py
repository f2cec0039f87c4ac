"""Round 216: «... اقتحم انتحاري مركزا للشرطة بجرار مفخخ. وهو أول هجوم من نوعه منذ ...»: an attack noun the sentence
opens with after a pronoun or a demonstrative («هو/هي/هذا/هذه/ذلك», function words ``same_act_openers``), an ordinal
or a superlative between at most (``same_act_fillers``: «أول», «أكبر»; two: «وهو أحد أعنف الهجمات»), names the act
the sentence right before told (the pronoun ties it to it across a paragraph break too).

Round ev485: such a nominal sentence classifies the act just told; it tells no new one. So does one opened by a verb
of being or of judging (``same_act_copulas``: «وكان ذلك أول هجوم», «ويعد هذا الهجوم الأعنف», «ويعتبر هذا ثالث
تفجير»). Where the sentence before told one act of force (CAMEO 18/19/20), the noun joins it: its triggers join
that event, which keeps its code (or takes the noun's finer one: «183» after a bare «190»), parties, date and
place; where that sentence told no act of force or several, the noun yields no event (no day a day later, no
second 190). A noun that names a doer of its own other than the act's stays its own event, and so do a new act
told after «وهو» in other constructions («وهو يشن هجوما», «وهو ما أدى إلى هجوم»: a verb or «ما» before the noun).

Round ev485: a verb of force with no doer of its own right after «من نوعه» (function words ``same_kind_words``, a
relative between at most: «ويعد هذا الهجوم الأكبر والأول من نوعه الذي يستهدف قوات الجيش», «أول هجوم من هذا النوع
يستهدف») tells the class the act is the first of, no act of its own: no event.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .forms import bare, fw, fw_keys
from .inna_attacks import inna_joins
from .joined_places import join_place
from .lexicon import plover_of
from .repeats import finer_code, join_triggers

FORCE_ROOTS = ("18", "19", "20")
MAX_FILLERS = 2  # ordinals or superlatives between the pronoun and the noun («وهو أحد أعنف الهجمات»)


def _opens_sentence(doc: Doc, ev: Event, start: int) -> bool:
    """Whether the trigger of ``ev`` comes right after a pronoun or demonstrative that opens its sentence, past at
    most one verb of being or judging before it and ``MAX_FILLERS`` ordinals or superlatives after it."""
    k = doc.token_at(ev.trigger.start)
    first = doc.token_at(start)
    if k is None or first is None or k <= first:
        return False
    if doc.tokens[first].norm_key.removeprefix("و") in fw_keys("same_act_copulas"):
        first += 1
    if k <= first or doc.tokens[first].norm_key.removeprefix("و") not in fw_keys("same_act_openers"):
        return False
    between = range(first + 1, k)
    return len(between) <= MAX_FILLERS and all(doc.tokens[t].norm_key in fw_keys("same_act_fillers") for t in between)


def _of_kind(doc: Doc, ev: Event) -> bool:
    """Whether ``ev`` is a verb with no doer of its own right after «من نوعه» (past a relative): the class the act
    told is the first of («الأول من نوعه الذي يستهدف»)."""
    k = doc.token_at(ev.trigger.start)
    if k is None or ev.attrs.get("pos") != "V" or ev.source is not None or ev.attrs.get("source_span") is not None:
        return False
    if k >= 1 and bare(doc.tokens[k - 1].norm_key, "relatives") in fw("relatives"):
        k -= 1
    return k >= 2 and doc.tokens[k - 1].norm_key in fw_keys("same_kind_words") \
        and doc.tokens[k - 2].norm_key in ("من", "هذا")  # («من نوعه», «من هذا النوع»)


def _own_doer(ev: Event, told: Event | None) -> bool:
    """Whether ``ev`` names a doer of its own (not one passed on from an act told before) other than ``told``'s."""
    if ev.attrs.get("parties_pointed_back"):
        return False
    if ev.source is None:
        return told is None and ev.attrs.get("source_span") is not None  # («وهو أول هجوم تشنه جماعة مسلحة»)
    return told is None or told.source not in (None, ev.source)


def same_attack(doc: Doc, events: list[Event]) -> list[Event]:
    """Join an attack noun that classifies the act told right before to it, or drop it (module doc)."""
    starts = [x.start for x in doc.sentences]
    gone: set[int] = set()
    for ev in events:
        if ev.code.startswith(FORCE_ROOTS) and _of_kind(doc, ev):
            gone.add(id(ev))
            continue
        if not ev.code.startswith(FORCE_ROOTS) or ev.attrs.get("pos") != "N":
            continue
        k = bisect_right(starts, ev.trigger.start) - 1
        if k < 1 or not _opens_sentence(doc, ev, doc.sentences[k].start):
            continue
        prev = doc.sentences[k - 1]
        kin = [o for o in events if o is not ev and id(o) not in gone and prev.start <= o.trigger.start < prev.end
               and o.code.startswith(FORCE_ROOTS)]
        told = kin[0] if len(kin) == 1 else None
        if _own_doer(ev, told):
            continue
        gone.add(id(ev))
        if told is None:
            continue  # (no one act told right before: the noun classifies, it tells no act)
        told.code = finer_code(told.code, ev.code)
        told.plover = plover_of(told.code)
        if told.source is None and ev.source is not None:
            told.source = ev.source
        join_triggers(told, ev)
        join_place(told, ev, doc.entities)
    return inna_joins(doc, [ev for ev in events if id(ev) not in gone])  # mend508: «أن «هجوما ...، استهدف»
