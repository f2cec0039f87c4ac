"""Round 279: «بينما قتل ضابط كبير وأحد المرافقين في لواء الحق», «تهدف إلى قتل الأنفس البريئة وترويع السكان»,
«واستهدفت وحدات قتالية ومواقع للتنظيم وآليات ومخزنا للذخيرة»: an act of force told by a verb (or read as one), whose
unnamed source phrase stands right after the trigger and whose unnamed target phrase opens with «و», in a list of
conjuncts that starts right after that phrase (its first «و» one the word layer's proclitic), was read subject-then-object where the words are
one patient and its conjuncts (an unvocalised passive's victims, a masdar's objects, a verb's list of objects): a subject and its object are never
joined by «و». The phrase after the trigger is the target, and the act has no source phrase. Not for fighting
(CAMEO 193, «اشتبك الجيش والمسلحون»: two sides) and not where either phrase is a name."""

from __future__ import annotations

from ..doc import Doc, Event
from .source_set import drop_phrase
from .word_tests import clause_stop

FORCE = ("18", "19", "20")
FIGHTING = "193"
HAMZA_AFTER_AND = ("وأ", "وإ", "وآ")
CONJUNCT_REACH = 8  # tokens from the first «و» conjunct after the phrase to the target phrase («ومواقع للتنظيم وآليات»)


def _adjacent(doc: Doc, end: int, start: int) -> bool:
    """Whether no token stands between the character offsets ``end`` and ``start`` (the phrases touch)."""
    a, b = doc.token_at(end - 1), doc.token_at(start)
    return a is not None and b is not None and b == a + 1


def _conjunction(doc: Doc, start: int) -> bool:
    """Whether the token at character ``start`` opens with the conjunction «و»: the word layer's proclitic, or «و»
    before a hamza («وأحد»: no Arabic word opens with «وأ» but «وأد» and its kin, which name no party)."""
    t = doc.token_at(start)
    if t is None or doc.tokens[t].start != start:
        return False
    words = doc.tokens[t].words
    return len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "و" \
        or doc.tokens[t].text.startswith(HAMZA_AFTER_AND)


def _within(doc: Doc, t: int, start: int) -> bool:
    """Whether the target at character ``start`` is at most ``CONJUNCT_REACH`` tokens after token ``t``, the first
    conjunct, with no comma or clause break between (one list of conjuncts)."""
    end = doc.token_at(start)
    return end is not None and 0 <= end - t <= CONJUNCT_REACH and not any(
        clause_stop(doc.tokens[k].text) for k in range(t, end))


def conjunct_objects(doc: Doc, events: list[Event]) -> None:
    """Read the phrase right after a force verb as its target where the target phrase after it opens with «و»
    (module docstring)."""
    for ev in events:
        if not ev.code.startswith(FORCE) or ev.code.startswith(FIGHTING) or ev.attrs.get("pos") != "V" \
                or ev.source is not None or ev.target is not None or ev.attrs.get("source_carried"):
            continue
        src, tgt = ev.attrs.get("source_span"), ev.attrs.get("target_span")
        if not isinstance(src, list) or not isinstance(tgt, list) or len(src) != 2 or len(tgt) != 2:
            continue
        after = doc.token_at(src[1] - 1)
        if after is None or after + 1 >= len(doc.tokens) or not _adjacent(doc, ev.trigger.end, src[0]) \
                or not _conjunction(doc, doc.tokens[after + 1].start) or not doc.text.startswith("و", tgt[0]) \
                or not _within(doc, after + 1, tgt[0]):
            continue
        ev.attrs["target_span"] = list(src)
        ev.attrs["target_text"] = doc.text[src[0] : src[1]]
        drop_phrase(ev, "source")
        ev.attrs["conjunct_object"] = True
