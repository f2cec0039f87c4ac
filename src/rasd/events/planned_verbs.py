"""Round ev973, after the events are made (from ``conjuncts.conjuncts``): a «و» present verb coordinated after a
comma with a clause of an act still to come is still to come too.

«سيزور الوزير القاهرة الأسبوع المقبل، ويلتقي خلالها الرئيس», «من المقرر أن يصل الوفد غدا، ويبحث ...», «يعتزم زيارة
المنطقة، ويجتمع بقادتها»: the «و» present verb (``modality_links.and_joined`` + ``tense.imperfect``) that opens a
clause right after a comma, the event right before it in its sentence planned (a «سـ» verb, «من المقرر أن»,
«يعتزم» …: the modality the cues gave it), within ``REACH`` tokens with no complementizer, relative, quotation or
end mark between, takes that event's modality and its day. Not after an act told as done («زار الوزير القاهرة،
ويلتقي ...»: the act before is asserted, nothing to share), nor where the verb has a day of its own other than that
act's («سيزور ...، ويلتقي اليوم ...», «أمس»: the narration of its own day stays as it was), nor a verb with no comma
before its clause («سيزور القاهرة ويلتقي»: read by the cues of its own clause).
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.normalize import COMMAS
from .modality import FACTUAL
from .modality_links import and_joined
from .shared_time import act_before, open_between
from .tense import imperfect

REACH = 16  # tokens at most from the planned act's trigger to the «و» verb after it


def planned_verbs(doc: Doc, events: list[Event]) -> None:
    """Each «و» present verb after a comma that follows a planned act (see the module) takes its modality and day."""
    for ev in sorted(events, key=lambda o: o.trigger.start):
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 1 or ev.modality not in FACTUAL or ev.attrs.get("pos") != "V" \
                or not and_joined(doc.tokens[k]) or doc.tokens[k - 1].text not in COMMAS:
            continue
        if not imperfect(doc.tokens[k].norm_key.removeprefix("و"), True):
            continue
        p = act_before(events, ev)
        if p is None:
            continue
        a = doc.token_at(p.trigger.end - 1)
        if p.modality != "planned" or a is None or k - a > REACH or not open_between(doc, a + 1, k):
            continue
        if ev.date is not None and not ev.attrs.get("date_default") and ev.date != p.date:
            continue  # (a day of its own: «، ويلتقي اليوم»)
        ev.modality, ev.date = p.modality, p.date
