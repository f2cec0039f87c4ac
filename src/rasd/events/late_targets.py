"""The targets read after the events are made, from the phrase the argument rules left unnamed or from the sentence
around the trigger; each rule gives a target only to an event that has none (a null is better than a wrong party).

- ``head_anaphors`` (round 91): a bare head noun («المدينة», «الحزب») is the name that head last named;
- ``member_targets`` (round 95): a named group's men («عناصر من «جبهة النصرة»») are the group;
- ``ranks_targets`` (round au953): «سقوط قتلى وجرحى في صفوف المدنيين»: the victims of the toll;
- ``victim_targets`` (round ev958): «قتل جنديان تركيان جراء انفجار لغم»: the victims of the blast;
- ``victim_sources`` (round ev1011): «استشهد وجرح عشرات الأشخاص جراء ... غارات»: the victims, never the doer;
- ``met_targets`` (round 95): «خلال لقائه نظيره فلان»: the one met, named as the meeting noun's object;
- ``protested_targets`` (round 95): «احتجاجا على الغارات التركية»: the doer of what is protested;
- ``received_targets`` (round 95): «وواجهت السلطات انتقادات»: the one who faces the criticism;
- ``relative_targets`` (round 95): «الهجوم الذي استهدف النائب العام فلان»: the object of the attack's relative clause;
- ``allegiance_targets`` (round 106): «أعلن الولاء لفلان»: the one allegiance is declared to;
- ``stood_parties`` (round ev819): «أكدت وقوف الرياض مع القاهرة»: the one stood by (and the one who stands);
- ``pronoun_targets`` (round 113): «وفرض عقوبات عليها», «القبض على فلان أو قتله»: the one the pronoun agrees with;
- ``when_objects`` (round 113): «وحين خرج نائب المحافظ ...، رشقه هؤلاء»: the titled person of the «حين» clause;
- ``deep_targets`` (round 122): «ترفض التعاون مع إيران», «أن بلاده ودول الخليج اتفقوا», «للشعب اليمني»: the party
  told a few words away;
- ``left_targets`` (round 147): «ضم الإقليم إلى», «المحادثات التي استضافتها X», «انتقاداتها لتوقيع رئيس حزب X»: the
  land annexed, the host of the talks, the party at the end of the masdar's genitive chain.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .allegiance import allegiance_targets
from .deep_targets import deep_targets
from .head_anaphors import head_anaphor_targets
from .left_targets import left_targets
from .member_targets import member_targets
from .met_targets import met_targets
from .protested import protested_targets
from .received import received_targets
from .pronoun_targets import pronoun_targets
from .ranks_targets import ranks_targets
from .relative_targets import relative_targets
from .stood_with import stood_parties
from .victim_sources import victim_sources
from .victim_targets import victim_targets
from .when_objects import when_objects


def late_targets(doc: Doc, events: list[Event]) -> None:
    """Run the late target rules in order (module docstring)."""
    head_anaphor_targets(doc, events)  # «مدينة عدن ... وحاصرت المدينة»: the name the bare head noun last named
    member_targets(doc, events)
    ranks_targets(doc, events)  # round au953: «سقوط قتلى في صفوف المدنيين»: the victims
    victim_targets(doc, events)  # round ev958: «قتل جنديان تركيان جراء انفجار»: the victims of the blast
    victim_sources(doc, events)  # round ev1011: «استشهد وجرح عشرات الأشخاص جراء ... غارات»: victims, no doer
    met_targets(doc, events)
    protested_targets(doc, events)
    received_targets(doc, events)
    relative_targets(doc, events)
    allegiance_targets(doc, events)
    stood_parties(doc, events)  # round ev819: «أكدت وقوف الرياض مع القاهرة»: Cairo, stood by; Riyadh
    when_objects(doc, events)
    pronoun_targets(doc, events)
    deep_targets(doc, events)
    left_targets(doc, events)
