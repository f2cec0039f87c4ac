"""Round qu893: a bare «حسب» (no «بـ», no «و») set off by a comma after the clause it attributes: «سقطت قذيفتان على
الحي مساء أمس، حسب وكالة الصحافة الفرنسية.», ««...»، حسب بومبيو.», «...، حسب المصدر العسكري نفسه.». As «، بحسب»
it is «according to» a source of what stands before it.

- ``set_off_hasb``: the word at ``t`` is such a «حسب»: a comma before it, a source after it (``cues.by_source``; not
  «، حسب الخطة», according_not_speakers), and the phrase closes the sentence: it runs to the sentence's end within
  TAIL_REACH tokens with no comma; not an aside inside a clause («وكانت مجموعة تقدر، حسب شهود عيان، بأربعة أشخاص»).
- ``quotation_before``: a quotation closing right before the comma («»، حسب بومبيو.»): what is reported, direct.
- ``after_other_source``: what it reports opens after an earlier «according to» phrase of the same sentence, set off
  by commas («...، بحسب تصريحات أدلى بها فلان، وهو ما سيحقق ...، حسب عدد من الخبراء»: only the last clause).
- ``relayed``: the quotation it closes is already another's quote («وقال المصدر: «...»، حسب رويترز»): the source
  relays those words, no statement of its own.
- ``called_back``: round qu913: a source called back with the article («...»، حسب تعبير المصدر.», «حسب المصدر
  نفسه») is the source of that head and number told of last (``source_again.antecedent_source``: not «مصادر» for
  «المصدر»): the speaker phrase of the quote it opened, else its own phrase («وأعرب مصدر جنوبي في الخارج عن
  اعتقاده أن «...»، حسب تعبير المصدر»: «مصدر جنوبي»), which ``qualified_source`` runs on over its «في» phrase;
  not where that phrase reads as a group («مصدر عسكري»: the ``groups`` stage makes it speak, the call-back its
  mention).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote, Span
from ..events.forms import fw, fw_keys, nkey
from ..events.group_phrases import read_phrase
from ..events.word_tests import clause_break
from .cues import QUOTE_MARK, by_source
from .source_again import antecedent_source

__all__ = ["after_other_source", "called_back", "closing_source", "quotation_before", "relayed", "set_off_hasb"]

TAIL_REACH = 10  # tokens of the source phrase after «حسب», to the sentence's end

_COMMAS = ("،", ",")


def _sentence_end(doc: Doc, t: int) -> int:
    """The index past the last token of the sentence of token ``t``."""
    sent = doc.sentence_of(doc.tokens[t].start)
    u = doc.token_from(sent.end) if sent is not None else None  # (by bisection over the token starts)
    return u if u is not None else len(doc.tokens)


def set_off_hasb(doc: Doc, t: int) -> bool:
    """Whether the token at ``t`` is a bare «حسب» set off after the clause it attributes (module docstring)."""
    if t == 0 or doc.tokens[t - 1].text not in _COMMAS or doc.tokens[t].norm_key != nkey("حسب"):
        return False
    if not by_source(doc, t):
        return False
    end = _sentence_end(doc, t)
    for u in range(t + 1, min(end, t + 1 + TAIL_REACH)):
        text = doc.tokens[u].text
        if clause_break(text):
            return True
        if text in _COMMAS:
            return _author_described(doc, t, u, end)  # («وكانت الشرطة قد اعتقلت، حسب شهود عيان، خمسة أشخاص»: an
            # aside, the clause goes on)
    return end <= t + 1 + TAIL_REACH


def _author_described(doc: Doc, t: int, u: int, end: int) -> bool:
    """Round qu918: the comma at ``u`` closes the name of the author of a report the «حسب» at ``t`` names, whom a
    definite description after it sets off to the sentence's end («، حسب تقرير حديث أعده فلان وعلان، المحللان
    بمؤسسة X البحثية.»): a verb of making (study_making_verbs) between them, a definite word right after the comma,
    no other comma, the end within TAIL_REACH tokens of the comma."""
    if not any(nkey(doc.tokens[v].text).removeprefix("و") in fw("study_making_verbs") for v in range(t + 1, u)):
        return False
    if u + 1 >= end or not doc.tokens[u + 1].norm_key.startswith("ال") or end > u + 1 + TAIL_REACH:
        return False
    return not any(doc.tokens[v].text in _COMMAS for v in range(u + 1, end))


def quotation_before(doc: Doc, t: int, direct: Sequence[Span]) -> Span | None:
    """The quotation whose closing mark stands right before the comma before the «according to» at ``t``."""
    if t < 2 or doc.tokens[t - 1].text not in _COMMAS or not QUOTE_MARK.fullmatch(doc.tokens[t - 2].text):
        return None
    close = doc.tokens[t - 2].start
    return next((d for d in direct if d.end == close), None)


def after_other_source(doc: Doc, t: int, content: Span) -> Span:
    """``content`` from past the comma that closes an earlier «according to» phrase set off in it (module
    docstring); ``content`` itself where none is."""
    toks = doc.tokens
    start = content.start
    for k in range(t - 2, 0, -1):
        if toks[k].start < content.start:
            break
        if toks[k - 1].text in _COMMAS and toks[k].norm_key.removeprefix("و") in fw_keys("according_tails"):
            comma = next((u for u in range(k + 1, t - 1) if toks[u].text in _COMMAS), None)
            if comma is not None:
                start = toks[comma + 1].start
            break
    return content if start == content.start else Span(start, content.end)


def relayed(content: Span, quotes: Sequence[Quote]) -> bool:
    """Whether another quote already holds what the set-off «حسب» reports (module docstring)."""
    return any(q.content.start < content.end and content.start < q.content.end for q in quotes)


def closing_source(doc: Doc, q: Quote) -> bool:
    """The quote ``q`` is told by a set-off «حسب» after its content («...، حسب وكالة الأنباء الألمانية.»): the
    agency named there relays the sentence, no actor of the acts told after it («كما أعلنت أكثر من مائة مجموعة»)."""
    t = doc.token_at(q.cue.start)
    return t is not None and q.content.end <= q.cue.start and set_off_hasb(doc, t)


def called_back(doc: Doc, t: int, phrase: Span, quotes: Sequence[Quote]) -> Span | None:
    """The speaker phrase of the source the set-off «حسب» at ``t`` calls back by ``phrase`` («المصدر»), told of before
    (module docstring); None where ``t`` is no set-off «حسب» or ``phrase`` no call-back with one before it."""
    if not set_off_hasb(doc, t):
        return None
    earlier = antecedent_source(doc, phrase)
    if earlier is None or read_phrase(doc, earlier) is not None:
        return None
    for q in reversed(quotes):
        given = q.attrs.get("speaker_text")
        if q.speaker is None and isinstance(given, Span) and given.start == earlier.start:
            return given  # «وقال مصدر في الوزارة إن ... . «...»، حسب تعبير المصدر»: his phrase in full
    return earlier
