"""Round 218: a cue in a relative clause set off by commas on a noun of the main clause («وتتوقع منظمة X، التي تقول
«فلان» إنها المسؤولة عن ...، أن يرتفع الطلب»): the clause closes at the comma before a bare «أن/إن» (no «و»), the
main verb's complement, so the cue reports only what comes before that comma. A «، وأن» goes on with the cue's
own words («التي أكدت أن X، وأن Y»)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import bare, fw, nkey
from .cues import is_complementizer, trim


def set_off_relative_end(doc: Doc, t: int, content: Span) -> Span | None:
    """The content of the cue at ``t`` cut at the comma that closes its relative clause (module docstring): the cue
    right after «الذي/التي/الذين» right after a comma, an «أن/إن» word after a comma inside its content with no
    conjunction on it; None where the rule does not hold."""
    toks = doc.tokens
    if t < 3 or toks[t - 2].text not in ("،", ","):
        return None
    if bare(toks[t - 1].norm_key, "relatives") not in fw("relatives") or toks[t - 1].norm_key[:1] in ("و", "ف"):
        return None
    u = doc.token_from(content.start)
    if u is None:
        return None
    while u + 1 < len(toks) and toks[u].start < content.end:
        if toks[u].text in ("،", ",") and toks[u].start > content.start and is_complementizer(doc, u + 1) and nkey(
                toks[u + 1].text)[:1] == "ا":
            return trim(doc.text, content.start, toks[u].start)
        u += 1
    return None
