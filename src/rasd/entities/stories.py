"""Round en997: the stories of a digest. A page of news briefs («كولومبو - «الشرق الأوسط»: ...», then «رانغون -
...», «مانيلا - ...») tells several stories, each opened by a line of its own dateline (a known place, then «-» or
«:») and, before it, its headline (a short line of no sentence end). An officer named by a bare title in one of them
(«كان يحضره وزير المالية رافي كاروناناياكي» in the Colombo brief) is of the country his story names, not of the
country the whole page names most (the Philippines of the last brief): :func:`story_evidence` gives the country
evidence of his story's sentences alone, :func:`story_home` his story's one country (both read by
:meth:`.resolve.Resolver.entities`)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ..doc import Doc, Entity, Span
from ..text.dateline import is_place

_PLACE_WORDS = 3  # words of a dateline's place
_SOURCE_WORDS = 4  # words of a dateline's source, up to its colon
_HEADLINE_WORDS = 20  # words of a headline line at most
_MARKS = ("-", "–", ":")
_ENDS = (".", "!", "?", "؟")


def _opens_dateline(doc: Doc, para: Span) -> bool:
    """Does the line ``para`` open with a dateline: up to three words, then «-» or «:», the words a known place
    («كولومبو - ...») or followed by a source that a colon ends («رانغون - «الشرق الأوسط»: ...»)?"""
    words = doc.text[para.start : para.end].split(maxsplit=_PLACE_WORDS + _SOURCE_WORDS + 1)
    for n in range(1, min(_PLACE_WORDS, len(words) - 1) + 1):
        place, mark = words[:n], words[n]
        if place[-1].endswith(":"):
            return is_place([*place[:-1], place[-1][:-1]])
        if mark.startswith(_MARKS) and (is_place(place) or any(
                w.endswith(":") for w in words[n + 1 : n + 1 + _SOURCE_WORDS])):
            return True
    return False


def _headline(doc: Doc, para: Span) -> bool:
    """Is the line ``para`` a headline: short and of no sentence end?"""
    line = doc.text[para.start : para.end].strip()
    return bool(line) and len(line.split()) <= _HEADLINE_WORDS and not line.endswith(_ENDS)


def story_starts(doc: Doc) -> list[int]:
    """Where each story of a digest starts (its headline's line, else its dateline's); [] where fewer than two
    lines open with a dateline (an article of one story)."""
    paras = doc.paragraphs
    starts = [k for k, p in enumerate(paras) if _opens_dateline(doc, p)]
    if len(starts) < 2:
        return []
    return sorted({paras[k - 1].start if k > 0 and _headline(doc, paras[k - 1]) else paras[k].start for k in starts})


def story_evidence(doc: Doc, evidence: list[set[str]], at: int) -> Counter[str] | None:
    """The countries named by the sentences (``evidence``, one set per sentence of ``doc``) of the story of a digest
    that holds offset ``at``; None in an article of one story, or before its first story."""
    starts = story_starts(doc)
    k = bisect_right(starts, at) - 1
    if k < 0:
        return None
    end = starts[k + 1] if k + 1 < len(starts) else len(doc.text)
    out: Counter[str] = Counter()
    for sent, countries in zip(doc.sentences, evidence):
        if starts[k] <= sent.start < end:
            out.update(countries)
    return out


def story_home(doc: Doc, evidence: list[set[str]], e: Entity, home: str | None) -> str | None:
    """The country an officer named by a bare title at ``e``'s first mention is of: in a digest, the one country his
    story names more than any other (None where it names none or several as often); else the article's ``home``."""
    told = story_evidence(doc, evidence, min((m.start for m in e.mentions), default=0))
    if told is None:
        return home
    top = told.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
