"""Round 154: «المملكة» alone is the one kingdom the article names. «حسبما أعلنت المملكة», «توقيع معاهدة الصداقة بين
المملكة ومصر»: an event with no source (no target) whose source (target) phrase is the bare word of a kingdom
(function words ``kingdom_words``) is done by (aimed at) the one state the article names whose actor code is a
kingdom's (``kingdom_isos``: Saudi Arabia, Jordan, Morocco, Bahrain, the United Kingdom ...). Nothing where the
article names no kingdom or two («السعودية» and «الأردن»: which one is told is not said), or where that state is
already the event's other party.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey

STATE = "LOCATION"


def _kingdom(doc: Doc) -> str | None:
    """The one state of the article with a kingdom's actor code."""
    found = {e.id for e in doc.entities if e.type == STATE and e.actor in fw("kingdom_isos")}
    return next(iter(found)) if len(found) == 1 else None


def _bare(text: object) -> bool:
    words = fw_keys("kingdom_words")
    return isinstance(text, str) and nkey(text.strip()).removeprefix("و") in words


def kingdom_parties(doc: Doc, events: list[Event]) -> None:
    """Give each event whose source or target phrase is the bare «المملكة» the article's one kingdom (module
    docstring)."""
    state: str | None = None
    for ev in events:
        src = ev.source is None and _bare(ev.attrs.get("source_text"))
        tgt = ev.target is None and _bare(ev.attrs.get("target_text"))
        if not (src or tgt):
            continue
        state = state or _kingdom(doc)
        if state is None:
            return
        if src and ev.target != state:
            ev.source = state
            ev.attrs.pop("source_text", None)
        elif tgt and ev.source != state:
            ev.target = state
            ev.attrs.pop("target_text", None)
