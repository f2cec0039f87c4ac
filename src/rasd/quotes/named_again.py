"""Round qu420: an unnamed speaker named again with the article, for the ``quotes`` stage. News names an unnamed
source in full once, indefinite («قالت مصادر تركية رسمية إن»), then again by its head noun with the article
(«وأكدت المصادر أن», «وأضاف المصدر»): the same source. The later quote's speaker phrase becomes the earlier,
fuller one (and its affiliation, where it has one), so that both read as one speaker.

The definite phrase is a head noun with the article (or with the article a «لـ» hides: «ووفقا للمصادر», round
qu929) and at most ``MAX_WORDS`` words («المصادر», «المسؤول اليمني»);
its words without the article open the earlier phrase («مصادر تركية رسمية», «مسؤول يمني رفيع»), which is longer
and has no article on its first word. The earlier phrase is the nearest such speaker phrase of a quote before
the cue, within ``REACH`` paragraphs; none where the nearest quote of that head noun before it has another phrase
with the article (a second source told of since: «مصادر أمنية ... ومصادر قبلية ... وقالت المصادر» reads the
nearest), nor where the head noun stands without the article between the two, in words no quote has for speaker
(«وفي بيان مشترك بين نقابتين ... . وأوضح البيان»: that statement), nor where its other number does (round qu432,
``source_numbers``: «قالت مصادر تركية ... ، كشف مصدر في المعارضة ... . وقالت المصادر»: which, the text does not
make sure). Later quotes carried on with the definite
phrase («وأضاف») take the fuller one too.
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import fw, nkey
from .role_noun import role_holders
from .source_again import hidden_article

MAX_WORDS = 2  # words of the definite phrase: the head noun and one adjective («المسؤول اليمني»)
REACH = 6  # paragraphs back to the earlier, fuller phrase


def _keys(doc: Doc, span: Span) -> list[str]:
    """The phrase's words as normalised keys."""
    return [nkey(w) for w in doc.text[span.start : span.end].split()]


def _paragraph(doc: Doc, at: int) -> int:
    """The index of the paragraph (else sentence) holding character ``at``; -1 where none does."""
    parts = doc.paragraphs or doc.sentences
    return next((n for n, p in enumerate(parts) if p.start <= at < p.end), -1)


def _fuller(doc: Doc, quotes: list[Quote], i: int, words: list[str]) -> Quote | None:
    """The quote before ``quotes[i]`` whose speaker phrase the definite ``words`` (article dropped) name again;
    None where the nearest quote of that head noun has another phrase or stands more than REACH paragraphs back."""
    q = quotes[i]
    here = _paragraph(doc, q.cue.start)
    for p in reversed(quotes[:i]):
        phrase = p.attrs.get("speaker_text")
        if p.speaker is not None or not isinstance(phrase, Span) or p.cue.start >= q.cue.start:
            continue
        keys = _keys(doc, phrase)
        if not keys or keys[0].removeprefix("ال") != words[0]:
            continue  # another speaker, of another head noun
        if here - _paragraph(doc, p.cue.start) > REACH:
            return None
        if keys[0].startswith("ال") or len(keys) <= len(words) or keys[: len(words)] != words:
            return None  # named again there already, or no fuller phrase: the nearest is what it names
        if _told_of_since(doc, phrase.end, q.cue.start, words[0]):
            return None  # «وفي بيان مشترك بين نقابتين ... . وأوضح البيان»: the statement told of since
        return p
    return None


def _told_of_since(doc: Doc, start: int, end: int, head: str) -> bool:
    """Whether the head noun stands without the article between characters ``start`` and ``end``: another one of
    its kind told of since («وفي بيان مشترك»), or its other number does (``source_numbers``: «كشف مصدر ... .
    وقالت المصادر»)."""
    heads = {head} | set(_other_numbers(head))
    return any(start <= tok.start and tok.end <= end and nkey(tok.stem.form) in heads for tok in doc.tokens)


def _other_numbers(head: str) -> list[str]:
    """The head noun's other number in ``source_numbers`` (singular for plural and back), as keys."""
    out: list[str] = []
    for row in fw("source_numbers"):
        words = row.split("|", 1)
        one, many = nkey(words[0]), nkey(words[-1])
        if head == one:
            out.append(many)
        elif head == many:
            out.append(one)
    return out


def named_again(doc: Doc, quotes: list[Quote]) -> None:
    """Give each quote whose speaker phrase is an unnamed speaker's head noun again with the article the earlier,
    fuller phrase and its affiliation, and the later quotes carried on with that phrase too (module note)."""
    for i, q in enumerate(quotes):
        phrase = q.attrs.get("speaker_text")
        if q.speaker is not None or not isinstance(phrase, Span):
            continue
        keys = _keys(doc, phrase)
        if keys and hidden_article(doc, phrase):
            keys[0] = "ال" + keys[0]  # round qu929: «ووفقا للمصدر»: the article the «لـ» hides
        if not keys or len(keys) > MAX_WORDS or not all(k.startswith("ال") and len(k) > 3 for k in keys):
            continue
        words = [k.removeprefix("ال") for k in keys]
        earlier = _fuller(doc, quotes, i, words)
        if earlier is None:
            continue
        fuller = earlier.attrs["speaker_text"]
        body = earlier.attrs.get("affiliation")
        for r in quotes[i:]:
            if r.speaker is None and r.attrs.get("speaker_text") == phrase:
                r.attrs["speaker_text"] = fuller
                r.attrs["via"] = "named_again"
                if isinstance(body, str):
                    r.attrs["affiliation"] = body


def named_again_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """A speaker phrase with the article that names again one told of before: a person just quoted by his role noun
    («وأضاف المحامي», ``role_noun``), else the unnamed speaker's fuller phrase (:func:`named_again`)."""
    role_holders(doc, quotes)
    named_again(doc, quotes)
