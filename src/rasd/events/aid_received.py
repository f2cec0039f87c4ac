"""Round ev342: aid received («تلقت مصر ودائع ... من السعودية», entry ``receive_aid`` of triggers.tsv) is aid
provided (CAMEO 07x) with the parties the other way round: the giver, the «من» object the frame read as the target,
is the source; the receiver, the subject read as the source, is the target. Run last of the passes that set
parties, so that none fills a source the swap left empty with the receiver again."""

from __future__ import annotations

from ..doc import Doc, Event

RECEIVE_AID = "receive_aid"  # the trigger entry of receiving aid, deposits or loans


def received_aid(doc: Doc, events: list[Event]) -> None:
    """Swap the source and the target (and their phrases) of each event of aid received."""
    for ev in events:
        if ev.attrs.get("trigger_id") != RECEIVE_AID or ev.attrs.get("aid_received"):
            continue
        ev.source, ev.target = ev.target, ev.source
        src, tgt = ev.attrs.get("source_span"), ev.attrs.get("target_span")
        ev.attrs["source_span"], ev.attrs["target_span"] = tgt, src
        stext, ttext = ev.attrs.pop("source_text", None), ev.attrs.pop("target_text", None)
        if ttext is not None:
            ev.attrs["source_text"] = ttext
        if stext is not None:
            ev.attrs["target_text"] = stext
        ev.attrs.pop("source_carried", None)
        ev.attrs["aid_received"] = True
