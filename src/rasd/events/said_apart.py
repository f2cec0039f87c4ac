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

Session 54 (mn955): a clause after the verb that holds only the speaker's name («حيث أعلنت وحدات حماية شرق
كردستان، الجناح العسكري ...، عن مقتل قائد»: the subject, then its apposition) says nothing yet: its words are
the speaker's, not the statement's. What is said is the first clause after it opened by a complementizer or by
«على/عن» (``CONTENT_PREPOSITIONS``): the lead's announcement retold by the same group («عن مقتل قائد بارز في
الحرس الثوري») joins it. Where no clause opens so («أكد الأمير فلان، حرص المملكة على ...»), the reading stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Entity, Event, Quote
from .forms import fw_keys, nkey

STATEMENTS = "01"
RETOLD_SHARE = 0.5  # the share of the shorter content's words in the other from which it is one statement retold
MIN_WORDS = 2  # content words each must have to be compared (a bare «وأكد ذلك» tells nothing of its own)
CLAUSE_STOPS = "،,.؛;:!?؟"
PUNCT = "«»\"'()[]،,.؛;:!?؟-–—"
CONTENT_PREPOSITIONS = frozenset(nkey(w) for w in ("على", "عن"))  # «أكد على», «أعلن عن»: the prepositions that open what is said


def _said(text: str, quotes: Sequence[Quote], ev: Event, entities: Sequence[Entity] = ()) -> str:
    """What ``ev`` says: the content of the quote its trigger cues, or the rest of its clause («شدد على ...»); past
    a clause that holds only the speaker's name, the clause that opens the content where one does (session 54,
    mn955: see the module)."""
    for q in quotes:
        if q.cue.start <= ev.trigger.start < q.cue.end or ev.trigger.start <= q.cue.start < ev.trigger.end:
            return text[q.content.start : q.content.end]
    clauses = _clauses(text, ev.trigger.end, ev.sentence.end)
    rest = text[clauses[0][0] : clauses[0][1]]
    bare = _words(_unnamed(rest, clauses[0][0], ev.source, entities))
    if bare == _words(rest) or len(bare) >= MIN_WORDS:
        return rest
    for start, end in clauses[1:]:
        opener = text[start:end].split()
        if opener and nkey(opener[0].strip(PUNCT)) in fw_keys("complementizers") | CONTENT_PREPOSITIONS:
            return text[start:end]  # «، عن مقتل قائد»: past the apposition of the name
    return rest


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the clauses of ``text[start:end]``, cut at each clause stop (``CLAUSE_STOPS``)."""
    out: list[tuple[int, int]] = []
    at = start
    for n in range(start, end):
        if text[n] in CLAUSE_STOPS:
            out.append((at, n))
            at = n + 1
    out.append((at, end))
    return out


def _unnamed(rest: str, at: int, source: str | None, entities: Sequence[Entity]) -> str:
    """``rest`` (from ``at`` in the text) with the mentions of the entity ``source`` blanked out."""
    chars = list(rest)
    for ent in entities:
        if ent.id != source:
            continue
        for m in ent.mentions:
            for n in range(max(m.start, at), min(m.end, at + len(rest))):
                chars[n - at] = " "
    return "".join(chars)


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


def said_apart(text: str, quotes: Sequence[Quote], a: Event, b: Event, entities: Sequence[Entity] = ()) -> bool:
    """Whether ``a`` and ``b``, statement verbs of one source in different sentences, say different things."""
    if not text or a.sentence == b.sentence or not a.code.startswith(STATEMENTS) or not b.code.startswith(STATEMENTS):
        return False
    if a.source is None or a.source != b.source or a.attrs.get("pos") != "V" or b.attrs.get("pos") != "V":
        return False
    if a.date is None or b.date is None or _purpose(text, a) or _purpose(text, b):
        return False
    one, other = _words(_said(text, quotes, a, entities)), _words(_said(text, quotes, b, entities))
    if len(one) < MIN_WORDS or len(other) < MIN_WORDS:
        return False
    return len(one & other) < RETOLD_SHARE * min(len(one), len(other))
