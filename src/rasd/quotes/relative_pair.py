"""The two named people a plural cue's relative clause hangs on, for the ``quotes`` stage: «المرشحان فلان وفلان
اللذين ...، معتبرين أن»: both speak (``speakers``, the first the contract's one ``speaker``), as for a dual cue."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw_keys



def relative_pair(doc: Doc, t: int, sent: Span) -> tuple[tuple[str, str], Span] | None:
    """For a plural cue at token ``t``: the two people named together right before the last relative pronoun
    before it in its sentence («فلان وفلان اللذين صنعا ...، معتبرين»), joined by «و» and nothing else, and the
    phrase naming both; None where the relative follows anything else («المرشحين الذين», «فلان والمسؤولين الذين»)."""
    rel = next((u for u in range(t - 1, -1, -1) if doc.tokens[u].start < sent.start
                or doc.tokens[u].norm_key in fw_keys("plural_relatives")), None)
    if rel is None or doc.tokens[rel].start < sent.start:
        return None
    people = [(m.start, m.end, e.id) for e in doc.entities if e.type == "PERSON" for m in e.mentions
              if sent.start <= m.start and m.end <= doc.tokens[rel].start]
    last = next(((a, b, eid) for a, b, eid in people if not doc.text[b : doc.tokens[rel].start].strip()), None)
    if last is None:
        return None
    first = next(((a, b, eid) for a, b, eid in people if eid != last[2]
                  and doc.text[b : last[0]].strip() in ("و",)), None)
    if first is None:
        return None
    return (first[2], last[2]), Span(first[0], last[1])
