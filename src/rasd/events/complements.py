"""A trigger that is the complement of one before it in its sentence: an appeal's or a pledge's masdar («تعهد ...
بتقديم الدعم») joins its event, a demanded act is none, a content trigger is an event only where it is declared, and a
purpose masdar («بهدف الاجتماع») depends on the verb event before it. The events stage asks these in its trigger loop."""

from __future__ import annotations

from ..doc import Doc, Event
from . import openers
from .convening import CONVENED_ID
from .forms import bare, fw, nkey
from .lexicon import Hit
from .word_tests import finite_verb

ABSORB_WINDOW = 20  # a masdar complement «بتقديم الدعم» this close after a verb trigger belongs to its event
# appeals, pledges, cooperation, aid and demands take the act they ask or promise as a complement; a condemnation's
# complement («ندد باقتحام») is an event of its own
ABSORBING = ("02", "03", "05", "06", "07", "10")
TELLING = ("welcome",)  # round ev1012: «رحب بزيارة الرئيس»: the act welcomed is told, an event of its own


def absorbed(doc: Doc, hit: Hit, prev: list[tuple[Hit, list[Event]]]) -> list[Event] | None:
    """A masdar complement of an earlier verb trigger («تعهد ... بتقديم الدعم», «دعا ... إلى تقديم») or of an
    appeal noun that takes «لـ» + an act («دعوته لوقف إطلاق النار»)."""
    if hit.pos != "N" or not prev:
        return None
    before = doc.tokens[hit.i - 1].norm_key if hit.i > 0 else ""
    governed = "ب" in hit.cand.proclitics or (hit.entry.content and "ل" in hit.cand.proclitics)  # «دعا لوقف»
    if not governed and before not in ("الى", "الي", "علي", "على") and not openers.opened_content(doc, hit):
        return None
    for h, evs in reversed(prev):
        if (h.pos == "V" or h.entry.act) and hit.i - h.j <= ABSORB_WINDOW and evs and h.entry.id not in TELLING and (
                h.entry.code[:2] in ABSORBING or h.entry.id == CONVENED_ID):  # round 286: «ستدعو إلى اجتماع»
            return evs
    return None


def demanded(doc: Doc, hit: Hit, a: int) -> bool:
    """«مطالبين بلقاء وزير التعليم», «داعين إلى الحوار»: an act noun governed by «بـ» or «إلى» right after a
    participle of demanding or calling (function words ``demand_participles``) is what is asked for, no event."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    k = hit.i - 1
    if "ب" not in hit.cand.proclitics and "ل" not in hit.cand.proclitics:
        if doc.tokens[k].norm_key not in ("الى", "الي") or k - 1 < a:
            return False
        k -= 1
    return bare(doc.tokens[k].norm_key, "demand_participles") in fw("demand_participles")


def declared(hit: Hit, prev: list[tuple[Hit, list[Event]]]) -> bool:
    """Whether a content trigger («وقف إطلاق النار») that no appeal, pledge or demand took is declared by a
    statement verb before it in its sentence («أعلن الجيش وقف إطلاق النار», «أعلنت اللجنة أن توقف الغارات
    ...»): only then is it an event of its own; elsewhere it is a plan's point, a background or a hope («رغم
    اتفاق وقف إطلاق النار», «دعوته لوقف إطلاق النار», «يجب أن يكون هناك ... وقف لإطلاق النار»)."""
    for h, evs in reversed(prev):
        if h.pos == "V" and evs:
            return hit.i - h.j <= ABSORB_WINDOW and h.entry.code[:2] == "01"
    return False


def governing(doc: Doc, hit: Hit, prev: list[tuple[Hit, list[Event]]]) -> Event | None:
    """The event a purpose masdar («للاجتماع», «بهدف الاجتماع») depends on: the last verb event before it."""
    # round 184: «التقى نظيره لبحث الأزمة», «وصل إلى باريس لمناقشة»: a talks masdar in «لـ» (no article; «لبحث» is
    # read as «لـ» + a perfect too) after a verb of meeting or travel is the aim of that act: planned, not held
    talks = hit.entry.code.startswith("04") and hit.cand.proclitics[-1:] == ("ل",)
    if hit.pos != "N" and not talks:
        return None
    before = doc.tokens[hit.i - 1].norm_key if hit.i > 0 else ""
    purpose = hit.pos == "N" and (hit.cand.proclitics[-2:] == ("ل", "ال") or before in fw("planned"))
    talks = talks and not purpose
    if not (purpose or talks):
        return None
    for h, evs in reversed(prev):
        if h.pos == "V" and evs:
            return evs[0] if not talks or evs[0].code.startswith("04") else None
    return None


def parted(doc: Doc, hit: Hit, main: Event) -> bool:
    """Round 138: «... يربطها بمناطق نفوذ حزب الله، حيث دارت وتدور معارك عنيفة للسيطرة»: a finite verb or «حيث»
    between the event ``main`` and the purpose masdar at ``hit`` opens the clause the purpose belongs to, whose
    doer is not ``main``'s (the purpose is still one: planned)."""
    first = doc.token_at(main.trigger.end - 1)
    if first is None:
        return False
    between = [doc.tokens[t] for t in range(first + 1, hit.i)]
    return any(finite_verb(t) or bare(t.norm_key, "hayth") in fw("hayth") for t in between)
