"""`--format text`: a readable summary of a Doc for people."""

from __future__ import annotations

from .doc import Doc, Event, Span


def render_text(doc: Doc) -> str:
    t = doc.text
    lines = [f"# {doc.id}   date: {doc.date or '-'} ({doc.date_source or 'unknown'})"]
    if doc.dateline:
        d = doc.dateline
        lines.append(f"dateline: place={d.place_text or '-'} source={d.source or '-'} date={d.date or '-'}")
    for w in doc.warnings:
        lines.append(f"warning: {w}")
    lines.append("")
    lines.append(f"## sentences ({len(doc.sentences)}), tokens as words joined by +")
    for i, s in enumerate(doc.sentences, 1):
        toks = doc.tokens_in(s)
        shown = " ".join("+".join(w.form for w in tok.words) for tok in toks)
        lines.append(f"[{i}] {shown}")
    if doc.entities:
        lines.append("")
        lines.append(f"## entities ({len(doc.entities)})")
        for e in doc.entities:
            extra = " ".join(
                x for x in (e.latin and f"latin={e.latin}", e.country and f"country={e.country}",
                            e.actor and f"actor={e.actor}") if x
            )  # fmt: skip
            lines.append(f"{e.id} {e.type} {e.name}  {extra}  x{len(e.mentions)}")
            if len(e.aliases) > 1:
                lines.append(f"    aliases: {' | '.join(e.aliases)}")
            if e.roles:
                lines.append(f"    roles: {' | '.join(e.roles)}")
    if doc.events:
        lines.append("")
        lines.append(f"## events ({len(doc.events)})")
        names = {e.id: e.name for e in doc.entities}
        for ev in doc.events:
            lines.append(
                f"{ev.id} {ev.code} {ev.plover or '-'} «{t[ev.trigger.start:ev.trigger.end]}» "
                f"source={_actor(ev, 'source', names, t)} target={_actor(ev, 'target', names, t)} "
                f"where={names.get(ev.location or '', '-')} date={ev.date or '-'} {ev.modality}"
                + ("" if ev.attrs.get("specific", True) else " (mention)")
            )
    if doc.quotes:
        lines.append("")
        lines.append(f"## quotes ({len(doc.quotes)})")
        names = {e.id: e.name for e in doc.entities}
        for q in doc.quotes:
            content = t[q.content.start : q.content.end]
            if len(content) > 90:
                content = content[:87] + "..."
            kind = "direct" if q.direct else "indirect"
            phrase = q.attrs.get("speaker_text")
            who = names.get(q.speaker or "") or (f"[{t[phrase.start : phrase.end]}]" if isinstance(phrase, Span) else "?")
            lines.append(f"{who} «{t[q.cue.start:q.cue.end]}» ({kind}): {content}")
    if doc.times:
        lines.append("")
        lines.append("## times")
        lines.extend(f"«{x.text}» = {x.value}" for x in doc.times)
    if doc.numbers:
        lines.append("")
        lines.append("## numbers")
        lines.extend(f"«{x.text}» = {x.value}{' (ordinal)' if x.ordinal else ''}" for x in doc.numbers)
    return "\n".join(lines)


def _actor(ev: Event, role: str, names: dict[str, str], text: str) -> str:
    """An event's source or target for people: the entity's name, else its unnamed phrase in brackets, else «-»."""
    eid = ev.source if role == "source" else ev.target
    if eid is not None:
        return names.get(eid, "-")
    phrase = ev.unnamed(role, text)
    return f"[{phrase['text']}]" if isinstance(phrase, dict) else "-"
