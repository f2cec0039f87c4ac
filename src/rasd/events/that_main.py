"""Round ev925: a verb in «، و» after a «أن/إن» clause with no actor of its own goes on the main clause before «أن».

«كما اعتبر تنظيم «فجر ليبيا» أن هذا الاتفاق يفتح الطريق ...، ودعا إلى حوار», «رأت كلينتون أن الانتخابات ستكون
حاسمة، ودعت الجمهوريين», «وقال يونكر إن هناك مبالغة في الأمر، وشدد على»: the words after «أن» have no subject that
can act (a thing, an event, «هناك»), so the verb in «و» right after the comma that closes them cannot go on that
clause: it is the second act of the main clause's subject, the named subject right after the verb that opens the
clause before «أن» (VSO, ``agents.opener_subject``). Where the «أن» clause has a subject that can act («أن المنظمة
تطلق ...، وتطالب») the verb is left to ``that_subjects``; a comma, colon or semicolon inside the «أن» clause stops
the reach (the verb may go on another clause), and so does a pronoun on «أن» («إنه»: the subject is the pronoun).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import actor_phrase, can_act
from .agents import opener_subject
from .chunks import Chunk
from .forms import bare, fw
from .that_subjects import THAT_REACH

CLAUSE_BREAKS = ("،", ",", ":", "؛", ".", "؟", "!")


def that_main_subject(doc: Doc, chunks: list[Chunk], i: int, a: int, inside: Chunk | None = None) -> Chunk | None:
    """The subject of the main clause before the «أن/إن» clause that the verb at token ``i`` (right after a comma,
    in «و») follows, where that clause has no subject that can act; None otherwise. With ``inside`` (a phrase the
    argument layer read as the verb's subject before it, «الانتخابات المقبلة»): only where that phrase is in the
    «أن» clause."""
    if i - 1 <= a or doc.tokens[i - 1].text not in ("،", ","):
        return None
    for p in range(i - 2, max(a, i - THAT_REACH) - 1, -1):
        tok = doc.tokens[p]
        if tok.text in CLAUSE_BREAKS:
            return None
        if bare(tok.norm_key, "complementizers") not in fw("complementizers"):
            continue
        if tok.norm_key not in fw("complementizers") or p + 1 >= i - 1 or (inside is not None and inside.i <= p):
            return None  # «إنه», «أنها»: a pronoun subject, the clause's own
        c = next((c for c in chunks if c.i <= p + 1 <= c.j), None)
        if c is not None and (c.prep is None and can_act(doc, c) and actor_phrase(doc, c)):
            return None  # «أن المنظمة تطلق ...، وتطالب»: the «أن» clause's own subject (``that_subjects``)
        return _cue_speaker(doc, chunks, p, i, a) or opener_subject(doc, chunks, p, a)
    return None


def _cue_speaker(doc: Doc, chunks: list[Chunk], p: int, i: int, a: int) -> Chunk | None:
    """The phrase naming the speaker of the quote whose cue in the sentence (from token ``a``) reports the words
    «أن» at token ``p`` opens («رأت كلينتون أن ...»), where those words end before the verb at token ``i``."""
    at, verb_at, first = doc.tokens[p].start, doc.tokens[i].start, doc.tokens[a].start
    for q in doc.quotes:
        actor = q.actor()
        if actor is None or not first <= q.cue.start < at <= q.content.start <= doc.tokens[p + 1].start:
            continue
        if q.content.end > verb_at:
            return None  # the verb is in the speaker's words
        return next((c for c in reversed(chunks) if c.entity == actor and q.cue.start <= c.start and c.end <= at
                     and c.prep is None), None)
    return None
