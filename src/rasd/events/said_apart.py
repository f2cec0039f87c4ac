"""Round mn947: two statements of one speaker that say different things are two acts.

«وشدد يونكر على وجود تفاهم جيد بين المؤسسات.» … «وأكد أنه كان دائما يستبعد خروج اليونان.»: two statement verbs
(CAMEO 01) of the same source in different sentences, each with what it says after it (the content of the quote
it cues, or else the rest of its clause up to the next comma or stop), are two acts when the two say different
things: fewer than half of the content words of the shorter are in the other (``RETOLD_SHARE``). Only statements
told on a day (an undated «يؤكد ظريف في مقالته» is the writer's reading of a text, retold at will) and neither
after the «لـ» of purpose («عاد ليؤكد»: the aim of another act, its subject far before it). A statement
told again, the lead's words retold in the body («أكد الوزير أن المملكة تدعم اليمن» … «وأكد الوزير في كلمته أن
المملكة تدعم اليمن بكل قوة»), still joins, and so does a statement noun that tells one again («تصريحاته»).
``dedup`` asks ``said_apart``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Event, Quote
from .forms import fw_keys, nkey

STATEMENTS = "01"
RETOLD_SHARE = 0.5  # the share of the shorter content's words in the other from which it is one statement retold
MIN_WORDS = 2  # content words each must have to be compared (a bare «وأكد ذلك» tells nothing of its own)
CLAUSE_STOPS = "،,.؛;:!?؟"
PUNCT = "«»\"'()[]،,.؛;:!?؟-–—"


def _said(text: str, quotes: Sequence[Quote], ev: Event) -> str:
    """What ``ev`` says: the content of the quote its trigger cues, or the rest of its clause («شدد على ...»)."""
    for q in quotes:
        if q.cue.start <= ev.trigger.start < q.cue.end or ev.trigger.start <= q.cue.start < ev.trigger.end:
            return text[q.content.start : q.content.end]
    end = ev.sentence.end
    for n in range(ev.trigger.end, ev.sentence.end):
        if text[n] in CLAUSE_STOPS:
            end = n
            break
    return text[ev.trigger.end : end]


def _words(said: str) -> frozenset[str]:
    """The content words of ``said``: keys without «و» and the article, of three letters or more, no complementizer."""
    out: set[str] = set()
    for raw in said.split():
        key = nkey(raw.strip(PUNCT))
        key = key[1:] if key[:1] == "و" and len(key) > 3 else key
        key = key[2:] if key[:2] == "ال" and len(key) > 4 else key
        if len(key) >= 3 and key not in fw_keys("complementizers"):
            out.add(key)
    return frozenset(out)


def _purpose(text: str, ev: Event) -> bool:
    """The trigger of ``ev`` is an imperfect verb after the «لـ» of purpose («عاد ليؤكد», «استغل الفرصة ليؤكد»): a
    statement told as the aim of the act before it, whose subject stands far before it."""
    word = nkey(text[ev.trigger.start : ev.trigger.end].split(" ")[0])
    return len(word) > 3 and word[0] == "ل" and word[1] in "يتنا"


def said_apart(text: str, quotes: Sequence[Quote], a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b``, statement verbs of one source in different sentences, say different things."""
    if not text or a.sentence == b.sentence or not a.code.startswith(STATEMENTS) or not b.code.startswith(STATEMENTS):
        return False
    if a.source is None or a.source != b.source or a.attrs.get("pos") != "V" or b.attrs.get("pos") != "V":
        return False
    if a.date is None or b.date is None or _purpose(text, a) or _purpose(text, b):
        return False
    one, other = _words(_said(text, quotes, a)), _words(_said(text, quotes, b))
    if len(one) < MIN_WORDS or len(other) < MIN_WORDS:
        return False
    return len(one & other) < RETOLD_SHARE * min(len(one), len(other))
