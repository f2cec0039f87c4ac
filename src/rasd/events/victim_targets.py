"""Round ev958: victims named as the subject of a verb of dying are the target of the act that killed them.

«قتل جنديان تركيان جراء انفجار لغم», «إن ثلاثة جنود أتراك قتلوا، وأصيب 31 آخرون، جراء انفجارين», «أصيب ثلاثة
مدنيين بقصف»: the verb tells what befell its subject, told in the passive (function words ``victim_subject_verbs``,
the singular forms with the victims after them; ``victim_plural_verbs``, the plural and dual forms with the victims
before them, right after «أن/إن» and a count; «لقي» only with its object ``death_objects``: «لقوا حتفهم»), and the
act of force (CAMEO 18–20) said after it, right after a word of cause (``toll_cause_words``: «جراء», «إثر», «بسبب»,
«في») or glued to «بـ» («بقصف»), within ``REACH`` tokens in its sentence with no other act told between, did it.
That act, where it has no target (no entity, no phrase), takes the victims: the target of the verb's own event
where it has one, else the victims' phrase, only where the group lexicon reads it as people it codes («جنديان
تركيان» TURMIL, «ثلاثة مدنيين» CVL; «9 أشخاص» is coded nowhere and stays no target). The verb's own event, where
it has no target and no source (an active «قتل الجيش» is the killer's), takes the phrase too. A singular verb's
phrase must be indefinite: «قتل الجيش ... في غارة» names the killer, not the killed.
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from .forms import fw_keys, nkey
from .group_phrases import read_phrase
from .source_set import copy_phrase, drop_phrase, name_party, set_phrase
from .word_tests import clause_break, key_at, past_conjunction

FORCE = ("18", "19", "20")  # CAMEO: assault, fight, mass violence
REACH = 12  # tokens from the verb of dying to the act's word of cause
PHRASE_REACH = 4  # tokens of the victims' phrase past its head (counts, a nationality: «ثلاثة جنود أتراك»)
CLAUSE_ENDS = frozenset({"،", ",", "(", ")", "«", "»"})
THAT = frozenset(nkey(w) for w in ("أن", "إن"))
OTHERS = frozenset(nkey(w) for w in ("آخر", "آخرون", "آخرين", "آخران"))
ASIDES = tuple(nkey(w) for w in ("بين", "منهم", "منها", "أغلبهم", "معظمهم", "على"))
COUNT_LEAD = frozenset(nkey(w) for w in ("نحو", "حوالي", "قرابة", "أكثر", "من", "عن", "ما", "يزيد"))


def _untargeted(ev: Event) -> bool:
    """Whether ``ev`` has no target, neither an entity nor an unnamed phrase."""
    return ev.target is None and not ev.attrs.get("target_span")


def _cause_at(doc: Doc, k: int) -> int | None:
    """The token of the word of cause that governs the act whose trigger opens at token ``k``: the token before it
    («جراء انفجار»), or ``k`` itself where «بـ» is glued to the act («بقصف»)."""
    if doc.tokens[k].norm_key.startswith("ب") and k > 0:
        return k
    if k > 0 and past_conjunction(key_at(doc, k - 1)) in fw_keys("toll_cause_words"):
        return k - 1
    return None


def _dying_verb(doc: Doc, v: int) -> str | None:
    """«one» where token ``v`` is a singular verb of dying (victims after it), «many» a plural one (victims before
    it), else None; «لقي» only with its object («لقوا حتفهم»)."""
    key = past_conjunction(key_at(doc, v))
    if key.startswith(("لقي", "لقو")) and not any(key_at(doc, j) in fw_keys("death_objects")
                                                  for j in range(v + 1, min(len(doc.tokens), v + 2 + PHRASE_REACH))):
        return None  # «لقي ستة مدنيين حتفهم», «لقوا مصرعهم»
    if key in fw_keys("victim_subject_verbs"):
        return "one"
    return "many" if key in fw_keys("victim_plural_verbs") else None


def _counted_head(doc: Doc, j: int, end: int) -> int | None:
    """The token after a count opening at token ``j`` («ثلاثة», «31», «أكثر من 9»), or None where none stands there."""
    start = j
    while j < end and (key_at(doc, j) in COUNT_LEAD or any(ch.isdigit() for ch in doc.tokens[j].text)
                       or any(n.start <= doc.tokens[j].start < n.end for n in doc.numbers)):
        j += 1
    return j if j > start and j < end else None


def _victims(doc: Doc, v: int, kind: str, lo: int, end: int) -> Span | None:
    """The span of the victims' phrase of the verb of dying at token ``v`` (see the module), or None."""
    if kind == "one":
        first = v + 1
        if first < end and key_at(doc, first) in fw_keys("death_objects"):
            first += 1
        head = _counted_head(doc, first, end) or first
    else:
        k = v - 1
        while k > lo and not clause_break(doc.tokens[k].text) and key_at(doc, k) not in THAT and v - k <= REACH:
            k -= 1
        if k <= lo or key_at(doc, k) not in THAT:
            return None
        first = k + 1
        counted = _counted_head(doc, first, v)
        if counted is None:
            return None
        head = counted
    if head >= end or doc.tokens[head].norm_key.startswith(("ال", "وال")):
        return None
    last = head
    while (last + 1 < min(end, head + PHRASE_REACH + 1) and doc.tokens[last + 1].text not in CLAUSE_ENDS
           and not clause_break(doc.tokens[last + 1].text) and not doc.tokens[last + 1].norm_key.startswith("و")
           and key_at(doc, last + 1) not in fw_keys("death_objects") and not _aside(key_at(doc, last + 1))
           and (kind == "one" or last + 1 < v)):
        last += 1
    return Span(doc.tokens[first].start, doc.tokens[last].end)


def _aside(key: str) -> bool:
    """Whether a word after the victims' head opens an aside or a complement, no part of the phrase («ثلاثة جنود
    أتراك بينهم اثنان من الشرطة», «على الأقل»)."""
    return key in fw_keys("prepositions") or key.startswith(ASIDES)


def _group_span(doc: Doc, span: Span) -> Span | None:
    """The span of the group the lexicon reads in ``span``, or None where it codes none."""
    found = read_phrase(doc, span)
    return found.span if found is not None else None


def victim_targets(doc: Doc, events: list[Event]) -> None:
    """Give an act of force that killed or hurt the victims of a verb of dying before it those victims (module)."""
    by_token: dict[int, Event] = {}
    for ev in events:
        t = doc.token_at(ev.trigger.start)
        if t is not None:
            by_token.setdefault(t, ev)
    for act in events:
        if not act.code.startswith(FORCE) or not _untargeted(act):
            continue
        k = doc.token_at(act.trigger.start)
        if k is None:
            continue
        cause = _cause_at(doc, k)
        lo = doc.token_at(act.sentence.start) or 0
        end = doc.token_from(act.sentence.end) or len(doc.tokens)
        if cause is None:
            continue
        for v in range(cause - 1, max(lo - 1, cause - 1 - REACH), -1):
            if clause_break(doc.tokens[v].text):
                break
            kind = _dying_verb(doc, v)
            other = by_token.get(v)
            if kind is None:
                if other is not None and other is not act and not other.code.startswith(FORCE):
                    break  # another act told between
                continue
            if kind == "one" and _others(doc, v, cause):
                continue  # «وأصيب 31 آخرون»: the hurt told beside the dead before it
            own = other if other is not None and other is not act and other.code.startswith(FORCE) else None
            _give(doc, act, own, v, kind, lo, cause)
            break


def _others(doc: Doc, v: int, end: int) -> bool:
    """Whether the singular verb at token ``v`` has «آخر/آخرون» after its count: more victims told beside those
    named before it («قتلوا وأصيب 31 آخرون»), whom the scan goes on back to."""
    head = _counted_head(doc, v + 1, end)
    return head is not None and key_at(doc, head) in OTHERS


def _give(doc: Doc, act: Event, own: Event | None, v: int, kind: str, lo: int, cause: int) -> None:
    """Give ``act`` the victims of the verb of dying at token ``v`` (its own event ``own``, if any)."""
    if own is not None and own.target is not None:
        if own.target != act.source:
            name_party(act, "target", own.target)
            act.attrs["target_victims"] = True
        return
    if own is not None and own.attrs.get("target_span"):
        copy_phrase(act, "target", own)
        act.attrs["target_victims"] = True
        return
    if own is not None and own.source is not None:
        return  # an active verb: «قتل الجيش 10 مسلحين في غارة» names the killer
    span = _victims(doc, v, kind, lo, cause)
    got = _group_span(doc, span) if span is not None else None
    if span is None or got is None:
        return
    set_phrase(act, "target", doc.text, got.start, got.end)
    act.attrs["target_victims"] = True
    if own is not None:
        held = own.attrs.get("source_span")
        if isinstance(held, list) and held[0] < got.end and got.start < held[1]:
            drop_phrase(own, "source")  # «وقتل جنديان»: the victims, read as the doer of the passive
        set_phrase(own, "target", doc.text, got.start, got.end)
        own.attrs["target_victims"] = True


__all__ = ["victim_targets"]
