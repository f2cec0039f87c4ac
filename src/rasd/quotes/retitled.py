"""A speaker named again by a shorter form of what introduced him, for the ``quotes`` stage: a title cut to its
head and the definite noun of its body («وقال رئيس النادي» after «رئيس نادي الهلال فلان»: the one person whose
title holds those words in that order), and an unnamed source by his bare head («ورد الناطق ...، قائلا» after
«وقال ناطق بلسان نتنياهو»: the same spokesman, for the same one)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote, Span
from ..events.forms import fw_bare_keys, nkey, word_keys

HOLDER_REACH = 24  # characters before a mention of a person where the title he was named with may open
APPOSITION_REACH = 90  # characters after a mention of a person where the title set off by a comma may run


def _in_order(short: list[str], full: list[str]) -> bool:
    """The words ``short`` open ``full`` (its first) and stand in it in that order."""
    if not short or not full or short[0] != full[0]:
        return False
    n = 1
    for w in full[1:]:
        if n < len(short) and w == short[n]:
            n += 1
    return n == len(short)


def apposition(doc: Doc, end: int, at: int) -> str:
    """«الشيخ فلان، ولي عهد أبوظبي نائب القائد الأعلى، على ...»: the words set off by a comma right after a mention
    that ends at character ``end``, up to the next comma or full stop, another person's name or character ``at``;
    "" where no comma follows the mention."""
    rest = doc.text[end : min(at, end + APPOSITION_REACH)]
    if not rest.lstrip().startswith(("،", ",")):
        return ""
    rest = rest.lstrip()[1:]
    for mark in ("،", ",", ".", "\n"):
        rest = rest.split(mark, 1)[0]
    start = end + len(doc.text[end:at]) - len(doc.text[end:at].lstrip()) + 1
    nxt = min((m.start for e in doc.entities if e.type == "PERSON" for m in e.mentions
               if start <= m.start < start + len(rest)), default=start + len(rest))
    return rest[: nxt - start]


def retitled_holder(doc: Doc, t: int, phrase: Span) -> str | None:
    """The one person named before the cue at ``t`` whose title (a role, or the words right before a mention)
    holds the words of ``phrase`` — a title and the noun of its body, two words at least, the title first
    («رئيس النادي» in «رئيس نادي الهلال»: the title in construct with the body; not a source's head, nor a definite
    title and its adjective: «المسؤول اليمني»);
    None where the phrase is no such title or no one or two hold it."""
    short = word_keys(doc.text[phrase.start : phrase.end])
    first = nkey(doc.text[phrase.start : phrase.end].split()[0]) if short else ""
    title_keys = fw_bare_keys("titles")
    if len(short) < 2 or (short[0] not in title_keys and first not in title_keys):
        return None  # «ولي عهد»: the «و» of «ولي» is no conjunction
    if short[0] in fw_bare_keys("source_heads") or first.startswith(("ال", "وال")):
        return None  # «المسؤول اليمني», «الوزير الفرنسي»: a source, or a definite title and its adjective, no body
    at = doc.tokens[t].start
    found: set[str] = set()
    for ent in doc.entities:
        if ent.type != "PERSON" or not any(m.end <= at for m in ent.mentions):
            continue
        titles = [word_keys(r) for r in ent.roles]
        titles += [word_keys(doc.text[max(0, m.start - HOLDER_REACH) : m.start].rsplit(".", 1)[-1].rsplit("،", 1)[-1])
                   for m in ent.mentions if m.end <= at]
        titles += [word_keys(apposition(doc, m.end, at)) for m in ent.mentions if m.end <= at]
        for full in titles:
            if any(_in_order(short, full[n:]) for n in range(len(full))):
                found.add(ent.id)
    return next(iter(found)) if len(found) == 1 else None


def head_affiliation(doc: Doc, quotes: Sequence[Quote], phrase: Span) -> str | None:
    """The body an unnamed source named by his definite head alone («الناطق», «المتحدث») speaks for: that of the
    last quote before whose unnamed speaker has the same head («ناطق بلسان نتنياهو») and an affiliation; None where
    the phrase is more than its head or the last such quote has none."""
    words = doc.text[phrase.start : phrase.end].split()
    if len(words) != 1 or not nkey(words[0]).removeprefix("و").startswith("ال"):
        return None
    head = nkey(words[0]).removeprefix("و").removeprefix("ال")
    if head not in fw_bare_keys("source_heads"):
        return None
    for q in reversed(quotes):
        given = q.attrs.get("speaker_text")
        if q.speaker is not None or not isinstance(given, Span) or given == phrase:
            continue
        first = doc.text[given.start : given.end].split()[:1]
        if first and nkey(first[0]).removeprefix("و").removeprefix("ال") == head:
            body = q.attrs.get("affiliation")
            return body if isinstance(body, str) else None
    return None
