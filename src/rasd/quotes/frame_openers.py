"""The writer's connective opening a sentence whose words a cue after them reports, for the ``quotes`` stage
(round q354): «وبالمثل، خاضت الشركة مفاوضات، حسب ما أفاد به مديرها», «من جهته، ينفذ الطيران غارات ... بحسب
أنقرة», «كما أن البطالة منتشرة بحسب البنك الدولي», «كما ستفتح المحافظة شواطئها حسبما أعلن المحافظ»: the connective
ties the sentence to the one before it and is the writer's, not the source's, so the reported words begin after it.
Only indirect words told before their cue that open their sentence: in quote marks, or after «إن/أن», the speaker's
own «كما» or «من جهة أخرى» stays («وأضاف أنه «كما كانت القناة رمزا ...، فإنها»»). Round qu1018: a connective of two
words or more needs no comma after it («من جهة أخرى يعتزم فلان الترشح ...، بحسب صحيفة X»: the writer's «on the other
hand»), nor its «و» («وفي سياق متصل،»); «في سياق متصل» and its kin join the list; not «إلى ذلك» before a definite
noun («إلى ذلك الحين»: «until that time», the demonstrative's noun)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.normalize import COMMAS
from ..events.forms import nkey

# a connective, then the comma it must be set off by (True) or not (False): «كما» needs none («كما ترغب شركات»)
FRAME_OPENERS: tuple[tuple[str, bool], ...] = (
    ("كما أن", False), ("كما", False), ("وبالمثل", True), ("بالمثل", True), ("من جهته", True),
    ("من جهتها", True), ("من جهتهم", True), ("من جانبه", True), ("من جانبها", True), ("من جانبهم", True),
    ("من ناحيته", True), ("من ناحيتها", True), ("بدوره", True), ("بدورها", True), ("بدورهم", True),
    ("في المقابل", True), ("وفي المقابل", True), ("من جهة أخرى", True), ("من ناحية أخرى", True),
    ("من جهة ثانية", True), ("من ناحية ثانية", True), ("إلى ذلك", True), ("والى ذلك", True),
    ("في غضون ذلك", True), ("علاوة على ذلك", True), ("فضلا عن ذلك", True), ("كذلك", True),
    ("في سياق متصل", True), ("في سياق آخر", True), ("في السياق نفسه", True), ("في السياق ذاته", True),
    ("في هذه الأثناء", True),
)
# each connective's words as keys, its «و» variant («ومن جهة أخرى») beside it; a connective of two words or more is
# told without its comma too (round qu1018)
_OPENERS = tuple((words, comma and len(words) == 1) for phrase, comma in FRAME_OPENERS
                 for words in dict.fromkeys((tuple(nkey(w) for w in phrase.split()), tuple(
                     nkey(w) for w in ("و" + phrase.removeprefix("و") if " " in phrase else phrase).split()))))
_THAT = nkey("ذلك")
AS_CLAUSE = 4  # tokens after a bare «كما» within which a comma makes it «as» («كما كان متوقعا،»), not «also»


def frame_trimmed(doc: Doc, content: Span, cue_start: int) -> Span | None:
    """``content`` without the writer's connective it opens with (module docstring), where the content lies before
    the cue at ``cue_start`` and opens its sentence; None where no connective opens it or nothing would be left."""
    if content.end > cue_start:
        return None
    sent = doc.sentence_of(content.start)
    k = doc.token_from(content.start)
    if sent is None or k is None or doc.text[sent.start:content.start].strip():
        return None
    for words, comma in _OPENERS:
        n = len(words)
        if k + n >= len(doc.tokens) or tuple(t.norm_key for t in doc.tokens[k:k + n]) != words:
            continue
        after = k + n
        if not comma and n == 1 and any(doc.tokens[u].text in COMMAS for u in range(after, min(after + AS_CLAUSE,
                                                                                               len(doc.tokens)))):
            return None  # «كما كان متوقعا، ...», «كما هو معروف، ...»: «as», a clause of its own
        if doc.tokens[after].text in COMMAS:
            after += 1
        elif comma or words[-1] == _THAT and doc.tokens[after].norm_key.startswith("ال"):
            continue  # («إلى ذلك الحين»: a demonstrative and its noun)
        if after >= len(doc.tokens) or doc.tokens[after].start >= content.end:
            return None
        return Span(doc.tokens[after].start, content.end)
    return None
