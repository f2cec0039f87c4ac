"""A joint statement, for the ``quotes`` stage (round 241): «وأكد كل من X وY أن», «فإن كلا من X وY أكدت أن»: the
cue's speakers are both of the two named after «كل/كلا من», given as the dual cue's pair is (``speakers``, the first
of them the contract's one ``speaker``), so that an analyst sees the one statement made by both. Round qu414: so too
a named subject right after the cue and his counterpart named after «ونظيره/ونظيرها» («وقالت وزيرة الداخلية
البريطانية فلانة ونظيرها الفرنسي علان في مقال مشترك:»): the two speak together. Round qu1018: a plural participle after such a quote in its sentence («أعلن شكري ونظيره
كيري أن ...، مؤكدين أنه»: ``joint_participles``) goes on with both speakers, not the first alone."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import fw_keys, nkey

JOINT_WINDOW = 14  # tokens from «كل/كلا» to the cue after the pair it opens («فإن كلا من X وY أكدت»)
GAP_WORDS = 4  # words of a title between «من» and the first name, or «و» and the second («والملك الأردني»)


def _names_after(doc: Doc, at: int, end: int) -> tuple[str, str, int] | None:
    """The two entities named from character ``at`` (right after «من») to ``end``: the first after at most a title,
    the second after «و» + at most a title, nothing else between (no comma, no third name); with the end of the
    second name. None where not so."""
    found: dict[str, Span] = {}
    for ent in doc.entities:
        for m in ent.mentions:
            if at <= m.start and m.end <= end and (ent.id not in found or m.start < found[ent.id].start):
                found[ent.id] = Span(m.start, m.end)
    if len(found) != 2:
        return None
    (a, sa), (b, sb) = sorted(found.items(), key=lambda x: x[1].start)
    head, gap = doc.text[at:sa.start], doc.text[sa.end:sb.start].strip()
    if any(c in head + gap for c in "،,.؛:«»()") or len(head.split()) > GAP_WORDS:
        return None
    if not (gap.startswith("و") or doc.text[sb.start] == "و" or (not gap and doc.text[sb.start - 1] == "و")):
        return None
    return (a, b, sb.end) if len(gap.split()) <= GAP_WORDS else None


def joint_pair(doc: Doc, t: int, sent: Span) -> tuple[str, str] | None:
    """The two speakers of the cue at token ``t`` where «كل/كلا من» + two names in «و» is its subject, right after
    it («وأكد كل من X وY») or right before it («فإن كلا من X وY أكدت»), in its sentence ``sent``; else None."""
    each = fw_keys("each_of")
    n = len(doc.tokens)
    if t + 3 < n and doc.tokens[t + 1].norm_key in each and doc.tokens[t + 2].norm_key == "من":
        limit = next((doc.tokens[u].start for u in range(t + 3, min(n, t + 3 + JOINT_WINDOW))
                      if doc.tokens[u].text in ("،", ",") or doc.tokens[u].norm_key in ("ان", "بان", "علي")), None)
        got = _names_after(doc, doc.tokens[t + 2].end, min(limit or sent.end, sent.end))
        if got is not None and (limit is None or not doc.text[got[2]:limit].strip()):
            return got[0], got[1]
        return None
    cue_at = doc.tokens[t].start
    for k in range(t - 2, max(-1, t - JOINT_WINDOW), -1):
        if doc.tokens[k].start < sent.start:
            break
        if doc.tokens[k].norm_key in each and doc.tokens[k + 1].norm_key == "من":
            got = _names_after(doc, doc.tokens[k + 1].end, cue_at)
            if got is not None and not doc.text[got[2]:cue_at].strip():
                return got[0], got[1]
            return None
    return None


def counterpart_pair(doc: Doc, t: int, speaker: str | None) -> tuple[str, str] | None:
    """The speaker of the cue at token ``t``, named after it within GAP_WORDS words of a title, and the person named
    within GAP_WORDS words after the «ونظيره/ونظيرها» right after his name (counterpart_singulars); else None."""
    ent = doc.entity(speaker)
    if ent is None or ent.type != "PERSON":
        return None
    cue_end = doc.tokens[t].end
    m = min((m for m in ent.mentions if m.start >= cue_end), key=lambda m: m.start, default=None)
    if m is None or len(doc.text[cue_end : m.start].split()) > GAP_WORDS or any(c in doc.text[cue_end : m.start]
                                                                               for c in "،,.؛:«»()"):
        return None
    u = doc.token_from(m.end)
    if u is None:
        return None
    key = doc.tokens[u].norm_key
    if key[:1] != "و" or key[1:] not in fw_keys("counterpart_singulars"):
        return None
    after = doc.tokens[u].end
    for other in doc.entities:
        if other.type != "PERSON" or other.id == ent.id:
            continue
        for n in other.mentions:
            gap = doc.text[after : n.start]
            if n.start >= after and len(gap.split()) <= GAP_WORDS and not any(c in gap for c in "،,.؛:«»()"):
                return ent.id, other.id
    return None


def joint_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """Give each quote whose cue has a joint subject («وأكد كل من X وY») both speakers, the first as ``speaker``."""
    for q in quotes:
        t = doc.token_at(q.cue.start)
        if t is None or q.attrs.get("kind") == "according":
            continue
        sent = doc.sentence_of(q.cue.start)
        pair = (joint_pair(doc, t, sent) or counterpart_pair(doc, t, q.speaker)) if sent is not None else None
        if pair is not None:
            q.speaker = pair[0]
            q.attrs["speakers"] = [pair[0], pair[1]]
            q.attrs["via"] = "joint"
    joint_participles(doc, quotes)


def joint_participles(doc: Doc, quotes: list[Quote]) -> None:
    """Round qu1018: give a plural participle's quote («مؤكدين», «مشيرين») the two speakers of the quote with two
    speakers right before it in its sentence, where its own speaker is the first of them (or none, and no phrase of its
    own): they go on."""
    for q in quotes:
        if not (q.attrs.get("kind") == "participle" and q.attrs.get("plural") is True and "speakers" not in q.attrs):
            continue
        sent = doc.sentence_of(q.cue.start)
        before = max((p for p in quotes if sent is not None and sent.start <= p.cue.start < q.cue.start),
                     key=lambda p: p.cue.start, default=None)
        pair = before.attrs.get("speakers") if before is not None else None
        if isinstance(pair, list) and len(pair) == 2 and (q.speaker == pair[0] or q.speaker is None
                                                          and "speaker_text" not in q.attrs):
            q.speaker = pair[0]
            q.attrs["speakers"] = list(pair)
            q.attrs["via"] = "joint"
