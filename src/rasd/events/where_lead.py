"""Round 252: the place of the meeting the lead tells, carried to the meeting told again later (see
``where_carry.carried_places``); narrow: a null is better than a wrong place.

«توجت جلسة المباحثات التي أجراها الرئيس ونظيره في القاهرة أمس، باتفاق ...» then «وقال الوزير إن الرئيس طلب خلال
اللقاء ...»: a meeting told again by a definite meeting noun (``lead_meeting_nouns``: «اللقاء», «الاجتماع»,
«المباحثات»; not a process, «استمرار المشاورات») with no place of its own, later in the article and dated the day the lead's time gives, is the
meeting of the lead sentence, which names a meeting (a meeting noun, ``topic_meeting_nouns``) and one place after
«في/بـ»: it took place there. The acts done during it then take that place too (``occasion_places``)."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw_keys, nkey


def _lead_place(doc: Doc) -> tuple[str, str] | None:
    """(place entity id, date) of the lead sentence: one place after «في/بـ», a meeting noun, a time with a value."""
    if not doc.sentences:
        return None
    lead = doc.sentences[0]
    keys = [t.norm_key.removeprefix("و") for t in doc.tokens if lead.start <= t.start < lead.end]
    if not any(k in fw_keys("topic_meeting_nouns") for k in keys):
        return None
    days = {ts.value for ts in doc.times if lead.start <= ts.start < lead.end and ts.value}
    if len(days) != 1:
        return None
    places: set[str] = set()
    for e in doc.entities:
        if e.type not in PLACES:
            continue
        for m in e.mentions:
            if not lead.start <= m.start < lead.end:
                continue
            k = doc.token_at(m.start)
            word = doc.tokens[k].norm_key if k is not None else ""
            prev = doc.tokens[k - 1].norm_key if k is not None and k > 0 else ""
            if prev == "في" or word.startswith("ب") and not nkey(doc.text[m.start : m.end]).startswith("ب"):
                places.add(e.id)
    return (places.pop(), days.pop()) if len(places) == 1 else None


def lead_meeting_places(doc: Doc, events: list[Event]) -> None:
    """A meeting told again by a definite meeting noun with no place takes the place of the lead's meeting."""
    lead: tuple[str, str] | None = None
    for ev in events:
        if ev.location is not None or not ev.code.startswith("04") or ev.code.startswith("042") \
                or ev.attrs.get("pos") != "N" or not doc.sentences or ev.sentence.start <= doc.sentences[0].start:
            continue
        key = nkey(doc.text[ev.trigger.start : ev.trigger.end])
        for pre in ("و", "ف", "ب", "ل"):
            key = key.removeprefix(pre) if key.removeprefix(pre).startswith("ال") else key
        if key not in fw_keys("lead_meeting_nouns"):
            continue
        if lead is None:
            lead = _lead_place(doc)
            if lead is None:
                return
        if ev.date == lead[1]:
            ev.location = lead[0]


__all__ = ["lead_meeting_places"]
