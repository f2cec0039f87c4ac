"""Round mn1017: a plea of «enough», no act told. «يكفي شجبا واستنكارا», «كفى تنديدا»: a masdar after a rhetorical
«يكفي/كفى» (function words ``enough_words``), alone or joined by «و» to the one after it (accusative masdars
between, at most ``ENOUGH_BACK`` words back; moved here from ``nonevents``); and «كفى للعنف، كفى لقتل البشر»: a
trigger with a glued «لـ» right after such a word, whatever its reading (masdar or verb), is what the speaker asks
an end to, no killing done."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw
from .lexicon import Hit

ENOUGH_BACK = 3  # words before a masdar read for «يكفي/كفى» («يكفي شجبا واستنكارا»)


def _glued_li(doc: Doc, t: int) -> bool:
    """Whether token ``t`` opens with a glued «لـ» (after an optional «و/ف»): «لقتل», «ولقتل»."""
    words = doc.tokens[t].words
    clitics = [w.norm for w in words if w.kind == "proclitic"]
    return len(words) > 1 and "ل" in clitics and set(clitics[: clitics.index("ل")]) <= {"و", "ف"}


def enough_plea(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the trigger ``hit`` (its sentence starting at token ``a``) is what «يكفي/كفى» pleads an end to (see the
    module's doc)."""
    toks = doc.tokens
    if hit.i - 1 >= a and toks[hit.i - 1].norm_key in fw("enough_words") and _glued_li(doc, hit.i):
        return True  # «كفى لقتل البشر»
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(a, hit.i - ENOUGH_BACK) - 1, -1):
        key = toks[t].norm_key
        if key in fw("enough_words"):
            return True
        if clause_stop(toks[t].text) or not key.endswith("ا"):
            return False  # (only accusative masdars between: «شجبا»)
    return False
