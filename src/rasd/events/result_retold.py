"""Round ev507: «وقصفت الطائرات مواقع المتمردين في مدينة صعدة، وأدى القصف إلى مقتل عشرة»: a definite noun of force
(«القصف», «الغارات», «الضربات», «الهجوم») that is the subject of a verb of result right before it (function words
``retelling_result_verbs``: «أدى/أسفر ... عن/إلى», «خلفت», «تسبب في») retells the act of force told nearest before it in
its sentence (or, where its sentence told none before it, the last one of the sentence right before): it joins
that act, which keeps its source, target, place and date («وأسفرت الغارات عن مقتل» after «قصفت الطائرات»; the
count of dead joins with it). A noun of shelling or air raids retells only shelling or air raids (CAMEO 194/195);
a plain «الهجوم» any act of force («اقتحم مسلحون مقرا للشرطة، وأسفر الهجوم عن مقتل»). The nearest act decides:
«وقصفت الطائرات ... ثم شنت المدفعية هجوما على بلدة أخرى، وأسفر الهجوم عن مقتل» joins the artillery's attack, not
the strike. A noun that names a doer other than that act's («وأسفر القصف الروسي» after «قصفت قوات النظام») stays
its own event."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Entity, Event
from .forms import fw, nkey
from .nisba_doers import nisba_names
from .stops import verb_key

FORCE_CODES = ("18", "19", "20")  # CAMEO acts of force: assault, fight, mass violence
BOMBARDMENTS = ("194", "195")  # shelling, air strikes: one family of acts told by «القصف/الغارات/الضربات»
PLAIN_NOUNS = ("attack", "attack_masdar")  # lexicon entries of «الهجوم»: any act of force


def _result_subject(text: str, ev: Event) -> bool:
    """Whether ``ev`` is a definite noun right after a verb of result in its sentence («وأدى القصف»)."""
    noun = nkey(text[ev.trigger.start : ev.trigger.end]).removeprefix("و")
    if ev.attrs.get("pos") != "N" or not noun.startswith("ال"):
        return False
    words = text[max(ev.sentence.start, ev.trigger.start - 16) : ev.trigger.start].split()
    return bool(words) and verb_key(words[-1]) in fw("retelling_result_verbs")


def _of_family(told: Event, ev: Event) -> bool:
    """Whether ``ev`` may retell ``told`` (see the module)."""
    if str(ev.attrs.get("trigger_id", "")) in PLAIN_NOUNS:
        return True
    return told.code[:3] == ev.code[:3] or told.code[:3] in BOMBARDMENTS and ev.code[:3] in BOMBARDMENTS


def _last_before(ev: Event, at: int) -> int:
    """The start of the latest trigger of ``ev`` before offset ``at`` (-1 if none)."""
    return max((t.start for t in ev.triggers or [ev.trigger] if t.start < at), default=-1)


def _other_nisba(text: str, told: Event, ev: Event, entities: Sequence[Entity]) -> bool:
    """Whether a definite nisba right after the noun of ``ev`` says a doer other than the named source of ``told``
    («وأسفر القصف الروسي» after «قصفت قوات النظام السوري»; not «القصف الإسرائيلي» after «قصفت الطائرات
    الإسرائيلية»)."""
    words = text[ev.trigger.end : ev.sentence.end].split()[:1]
    name = next((x.name for x in entities if x.id == told.source), None)
    return bool(words) and name is not None and nisba_names(words[0], name) is False


def result_retold(out: Sequence[Event], ev: Event, text: str, entities: Sequence[Entity] = ()) -> Event | None:
    """The act of force the result-verb subject ``ev`` retells, which it joins (see the module), or None;
    ``entities``: the document's, where the named doer of that act is read."""
    if not text or not ev.code.startswith(FORCE_CODES) or not _result_subject(text, ev):
        return None
    acts = [p for p in out if p.code.startswith(FORCE_CODES) and _last_before(p, ev.trigger.start) >= 0]
    here = [p for p in acts if p.sentence == ev.sentence]
    if not here:  # the sentence right before (nothing but blanks between the two)
        here = [p for p in acts if p.sentence.end <= ev.sentence.start
                and not text[p.sentence.end : ev.sentence.start].strip()]
    told = max(here, key=lambda p: _last_before(p, ev.trigger.start), default=None)
    if told is None or not _of_family(told, ev) or told.modality != ev.modality \
            or _other_nisba(text, told, ev, entities):
        return None
    return told if ev.source is None or told.source in (None, ev.source) else None
