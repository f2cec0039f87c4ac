"""Which later cue in a sentence ends what an earlier cue reports, for the ``quotes`` stage. A later cue that
reports nothing of its own (no «أن/إن», colon or quotation after it) does not end it where it is a word of the
reported clause: a verb with no «و/ف» and no comma before it («إن مشاريعهما تعتبر من أبرز المشاريع»: is
considered), or a verb of seeing with a thing seen after it («إنه يشعر بالاستياء حين يطالع الصحف، ويرى إعلانات
...»: he sees, says nothing); a statement of his own («، وأكد ضرورة الحوار») still ends it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span
from ..events.chunks import is_function_word
from ..events.forms import bare, fw, fw_keys, nkey
from .content import _content
from .cues import Cue, by_source, is_complementizer
from .nested import inner_predicate
from .predicated import pronoun_predicate
from .talk_frame import framed_relative


def reports_nothing(doc: Doc, v: int, cue: Cue, sent_end: int, direct: list[Span], short: Sequence[Span]) -> bool:
    """The verb cue at ``v`` reports no content before ``sent_end`` (the next cue or the sentence's end) and stands
    inside the clause before it: no «و/ف» and no comma right before it, or a verb of seeing (seeing_cues) with a
    thing seen after it."""
    if cue.kind != "verb" or v + 1 >= sent_end:
        return False
    if _content(doc, v, cue, sent_end, sent_end, direct, short)[0] is not None:
        return False
    word = doc.tokens[v].norm_key
    embedded = word[:1] not in ("و", "ف") and v > 0 and doc.tokens[v - 1].text not in ("،", ",", "؛", ":")
    return embedded or nkey(cue.lemma) in fw("seeing_cues")


def report_stop(doc: Doc, t: int, cue: Cue, later: Sequence[tuple[int, Cue]], sent_end: int,
                direct: list[Span], short: Sequence[Span]) -> int:
    """The token where what the cue at ``t`` reports ends: the first of the ``later`` cues that is no predicate
    inside its «أن» clause (nested.inner_predicate) and reports something or stands as a clause of its own;
    ``sent_end`` where none is."""
    for n, (v, c) in enumerate(later):
        if cue.kind == "according":
            return v
        if c.kind == "according" and not by_source(doc, v):
            continue  # «وفق الأطر المحددة», «بحسب الخطة»: in accordance with a rule, still what was said
        if c.kind == "verb" and (inner_predicate(doc, t, v) or pronoun_predicate(doc, t, v)):
            continue
        if c.kind == "verb" and (inner_relative(doc, t, v) or inner_described(doc, t, v)):
            continue  # «أن ذلك يعود لموقف الوزير الذي أوضح أن ...»: the relative is part of the words (round q304)
        if c.kind == "verb" and framed_relative(doc, t, v, sent_end):
            continue  # «قال فلان في معرض حديثه عن اليمن، الذي يعتبر ...، إن:»: the topic's relative (round qu466)
        opening = writers_opening(doc, v, t)
        bound = later[n + 1][0] if n + 1 < len(later) else sent_end  # (not the «أن» of the cue after it)
        if opening is None and reports_nothing(doc, v, c, bound, direct, short):
            continue
        return v if opening is None else opening
    return sent_end


_SET_BESIDE = frozenset(nkey(w) for w in ("كما", "قد", "فقد", "لقد"))  # («وكما», «وقد»: without their «و»)
_QUESTIONS = fw_keys("question_words")


def writers_opening(doc: Doc, v: int, t: int) -> int | None:
    """The token, after the cue at ``t``, that opens the clause of the cue at ``v`` as the writer's own: «كما» or
    «(ف/و/ل)قد» after a comma («...، كما أكد ثبوت ...», «...، كما كشف فلان عن ...», «...، فقد أكد أن»: another
    statement, set beside what was said), a
    question word in «و/ف» («...، فكيف تنفي ...؟»: the writer asks), «(من) دون أن» («... دون أن توضح كيف»: the
    writer notes what was left unsaid); None where none stands right before it."""
    if v - 2 <= t:
        return None
    before = doc.tokens[v - 1].norm_key
    if before.removeprefix("و") in _SET_BESIDE and doc.tokens[v - 2].text in ("،", ","):
        return v - 1
    if before[:1] in ("و", "ف") and before[1:] in _QUESTIONS:
        return v - 1
    if is_complementizer(doc, v - 1) and doc.tokens[v - 2].norm_key in fw("without_words"):
        return v - 3 if v - 3 > t and doc.tokens[v - 3].norm_key == "من" else v - 2
    return None


def inner_relative(doc: Doc, t: int, v: int) -> bool:
    """The verb cue at ``v`` («أوضح», «قال»: no conjunction) stands right after «الذي/التي/الذين» with no comma
    before the relative, on a noun inside the «أن/إن» clause the cue at ``t`` reports («وأوضح أن ذلك يعود لموقف
    الوزير فلان الذي أوضح أن الكونغرس ...»), «أن/إن» right after it: a relative clause of the reported words, which
    go on past it, not the start of another report."""
    if v < t + 4 or v + 1 >= len(doc.tokens) or any(w.kind == "proclitic" for w in doc.tokens[v].words):
        return False
    if not is_complementizer(doc, v + 1):
        return False  # «في الوقت الذي كشف فيه شهود عيان أنهم»: its own subject after it, another's report
    if bare(doc.tokens[v - 1].norm_key, "relatives") not in fw("relatives") or doc.tokens[v - 2].text in (
            "،", ",", ".", ":", "؛"):
        return False
    return any(is_complementizer(doc, u) for u in range(t + 1, v - 2))


DESCRIBED_THAT_REACH = 6  # tokens from a describing cue to its own «أن» («تؤكد أجهزة الاستخبارات أن»)


def inner_described(doc: Doc, t: int, v: int) -> bool:
    """The verb cue at ``v`` (no conjunction) stands right after an indefinite word inside the «أن/إن» clause the cue
    at ``t`` reports, its own subject after it and its own «أن» within DESCRIBED_THAT_REACH tokens («مشيرة إلى أن
    الأهداف تقع في مناطق تؤكد أجهزة الاستخبارات أن لا مدنيين فيها»): a clause that describes that noun, part of the
    reported words (round q304); not a verb with «أن» right after it, nor one after a definite or named word or a
    function word («، إذ يقول ضباط إن», «، حيث أكد الرئيس أن»: the writer's next clause)."""
    if v < t + 4 or v + 2 >= len(doc.tokens) or any(w.kind == "proclitic" for w in doc.tokens[v].words):
        return False
    before = doc.tokens[v - 1]
    if (not before.text[:1].isalnum() or before.norm_key.startswith("ال") or is_function_word(before.norm_key)
            or is_complementizer(doc, v - 1)
            or any(w.kind in ("proclitic", "enclitic") for w in before.words)
            or any(m.start < before.end and before.start < m.end for m in doc.mentions)):
        return False
    if is_complementizer(doc, v + 1) or not any(is_complementizer(doc, u) for u in range(t + 1, v - 1)):
        return False
    for u in range(v + 2, min(len(doc.tokens), v + 1 + DESCRIBED_THAT_REACH)):
        if is_complementizer(doc, u):
            return True
        if not doc.tokens[u].text[:1].isalnum():
            return False
    return False
