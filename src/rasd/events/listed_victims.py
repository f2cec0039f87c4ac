"""Round 171: the victim of an act just told is not the doer of the next act of harm listed after it. «أدى إلى
مقتل قائد الحملة العميد فلان، وكذا مقتل 85 من المسلحين»: the phrase found as the subject before a harm act (CAMEO
18-20) that follows it across only a comma and «و», «وكذا», «وكذلك», where that phrase is the target of a harm act
told earlier in the same sentence, is no source: the second act's doer is not named there.
"""

from __future__ import annotations

from ..doc import Doc, Event

HARM = ("18", "19", "20")
LINKS = frozenset(("،", ",", "و", "وكذا", "وكذلك", "كذلك", "وأيضا", "وايضا"))


def listed_victims(doc: Doc, events: list[Event]) -> None:
    """Drop a source that is the victim of the harm act told before (module docstring)."""
    for ev in events:
        span = ev.attrs.get("source_span")
        if ev.source is None or ev.code[:2] not in HARM or not isinstance(span, list):
            continue
        between = doc.text[span[1]:ev.trigger.start].split()
        if not between or not set(between) <= LINKS or "،" not in between and "," not in between:
            continue
        if any(e is not ev and e.target == ev.source and e.code[:2] in HARM and e.trigger.start < span[0]
               and e.sentence.start == ev.sentence.start for e in events):
            ev.source = None
            ev.attrs.pop("source_text", None)
            ev.attrs.pop("source_span", None)
