"""Round 232: an act noun after a demonstrative tells again the act of its word told before: one event.

«شنت الطائرات التركية غارات على مواقع للتنظيم ... وقال مسؤول إن هذه الغارات أسفرت عن ...», «عقد الحزب اجتماعا
مشتركا ... وكان فلان قد وصف في ذلك الاجتماع ...», «تستمر المواجهات ... وخسرت المقاومة في تلك المواجهات ...»: a
definite noun trigger right after a demonstrative (function words ``attack_demonstratives``) that agrees with it
(«هذا/ذلك» with no feminine or plural ending: «يضاف إلى ذلك الزيارات» is «besides that», no pointing) points back to
the nearest act told before of its very trigger word (the same lexicon entry, ``trigger_id``, or the same stem:
«الغارات» after «الغارات الجوية», «تلك اللقاءات» after «لقاءاته») within ``REACH`` sentences: the two are one
event, the earlier keeping its code, parties, place, date and modality, and taking the later's triggers.

Nothing where the demonstrative follows a word of kind («مثل هذه الزيارة»: such a visit, no act told), where no act
of its word was told before (the act it points to was told by another word, or not at all: «هذه المفاوضات» in a
speech about talks the article never told), where acts of its word by two doers were told within the reach
(«اتهمت الحكومة الحوثيين ... واتهم الحزب الحكومة ... ورفضت إيران هذه الاتهامات»), where the nearest one is one of another act's means, is neither told as
a fact nor as the noun is («لا سبب لإرسال وفد للتفاوض ... لا يمكن أن تستمر هذه المفاوضات»), or names other parties
than those the noun names of its own (one :mod:`pointed_back` passed on to the noun is not its own).

Round ev352: an act is told where any of its triggers stands (a word the dedup joined to it later in the text, «ينفذ
الطيران يوميا غارات ... وقتل 260 مقاتلا في هذه الغارات» after «لغارات» in the lead, counts from «غارات»); and a state,
its government and its armed forces (one country, actor codes of ``SAME_SIDE``: «تركيا» and «الطائرات التركية») are
one doer.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .forms import fw, fw_keys, stem_key
from .modality import FACTUAL
from .joined_places import join_place
from .repeats import join_triggers

REACH = 4  # sentences back to the act told before
MASCULINE = ("هذا", "ذلك")  # a demonstrative of a masculine singular noun
FEMININE_ENDINGS = ("ة", "ه", "ات")  # (nkey may write «ة» as «ه»)
SAME_SIDE = ("", "GOV", "MIL")  # actor codes past the country's: the state, its government, its armed forces


def _demonstrative(doc: Doc, ev: Event) -> bool:
    """Whether the trigger of ``ev`` is a definite noun right after a demonstrative that agrees with it, with no
    word of kind («مثل») before the demonstrative."""
    k = doc.token_at(ev.trigger.start)
    if k is None or k < 1 or ev.attrs.get("pos") != "N":
        return False
    own = doc.tokens[k].norm_key.removeprefix("و")
    if not own.startswith(("ال", "بال", "لل")) or any(w.kind == "enclitic" for w in doc.tokens[k].words):
        return False
    dem = doc.tokens[k - 1].norm_key.removeprefix("و")
    if dem not in fw("attack_demonstratives"):
        return False
    if dem in MASCULINE and own.endswith(FEMININE_ENDINGS):
        return False  # «يضاف إلى ذلك الزيارات»: «ذلك» is «that» said before, not the noun's
    return k < 2 or doc.tokens[k - 2].norm_key.removeprefix("و") not in fw_keys("kind_words")


def _word(doc: Doc, ev: Event) -> str:
    """The stem of the trigger's first word, without the article («الغارات», «لقاءاته» → «غارات», «لقاءات»)."""
    k = doc.token_at(ev.trigger.start)
    return stem_key(doc.tokens[k], form=True, article=False, bare="") if k is not None else ""


def _agrees(ev: Event, host: Event) -> bool:
    """Whether ``ev`` names no party of its own other than ``host``'s (one :mod:`pointed_back` passed on to it is
    not its own), and ``host`` is told as a fact or as ``ev`` is (a plan to talk told before, «لا سبب لإرسال وفد
    للتفاوض», is not the talks said to go on, «لا يمكن أن تستمر هذه المفاوضات»)."""
    if host.modality not in FACTUAL and host.modality != ev.modality:
        return False
    if ev.attrs.get("parties_pointed_back"):
        return True
    return ev.source in (None, host.source) and ev.target in (None, host.target)


def _side(doc: Doc, doer: str) -> str:
    """The doer ``doer`` (an entity id or a phrase) as a side: a state, its government or its armed forces read as
    the state's country («TUR», «TURMIL»), any other as itself."""
    ent = doc.entity(doer)
    if ent is None or not ent.country or not ent.actor or not ent.actor.startswith(ent.country):
        return doer
    return ent.country if ent.actor.removeprefix(ent.country) in SAME_SIDE else doer


def _told_before(doc: Doc, ev: Event, events: list[Event], starts: list[int]) -> Event | None:
    """The nearest event before ``ev`` of its trigger word within ``REACH`` sentences, where all those name one doer
    or none, and which :func:`_agrees` with it."""
    entry = ev.attrs.get("trigger_id")
    word = _word(doc, ev)
    here = bisect_right(starts, ev.trigger.start)
    best: Event | None = None
    doers: set[str] = set()
    best_at = -1
    for o in events:
        at = max((t.start for t in [o.trigger, *o.triggers] if t.start < ev.trigger.start), default=-1)
        if o is ev or at < 0 or bisect_right(starts, at) < here - REACH:
            continue
        if not (entry and o.attrs.get("trigger_id") == entry) and not (word and _word(doc, o) == word):
            continue
        doer = o.source or o.attrs.get("source_text")  # (a doer the entity layer left unnamed counts too)
        if isinstance(doer, str) and doer:
            doers.add(_side(doc, doer))
        if at > best_at:
            best, best_at = o, at
    if best is None or len(doers) > 1:
        return None  # (acts of its word by two doers told before: which one is meant is not clear)
    if best.attrs.get("means") or not _agrees(ev, best):
        return None
    return best


def demonstrated_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """Join each act noun after a demonstrative to the act of its word told before (module doc)."""
    starts = [x.start for x in doc.sentences]
    gone: set[int] = set()
    for ev in events:
        if not _demonstrative(doc, ev):
            continue
        host = _told_before(doc, ev, [o for o in events if id(o) not in gone], starts)
        if host is None:
            continue
        join_triggers(host, ev)
        join_place(host, ev, doc.entities)  # round ev469: the retelling's place, where the module says
        gone.add(id(ev))
    return [ev for ev in events if id(ev) not in gone]
