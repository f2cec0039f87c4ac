"""Round ev902: «بين الطرفين/الجانبين/البلدين» and «الجانبين اتفقا» name the two parties of the act told just before.

«... واشتبكت قوات الجيش مع مسلحي الحركة ... وأسفرت المواجهات بين الطرفين عن ...», «زيارة الوزير فلان إلى
ألمانيا والتي بحث خلالها العلاقات الثنائية بين البلدين», «وقال إن الجانبين اتفقا على»: a reciprocal act (a
meeting or talks, CAMEO 04; an agreement 030/057; a fight, CAMEO 19) that names neither party, whose two sides are
only the dual ``both_sides`` («الطرفين», «الجانبين», «البلدين», «الدولتين»), is done by the two parties of the act
told last before it, in its sentence or the ``BACK`` before it: the first (its source) is the source, the second the
target. The dual stands for them where it is

- right after «بين» within ``REACH`` tokens after the trigger, no clause break between («المواجهات العنيفة بين
  الطرفين», «مفاوضات تشكيل الحكومة بين الطرفين»);
- the subject of the trigger: right after a verb trigger, past at most one pronoun-carrying word («اتفق فيه
  الجانبان»), or right before a dual verb trigger («إن الجانبين اتفقا»).

The pair is taken only where it is clear: the act told last before it that names a party (a statement, CAMEO 01,
that names one only is passed over: the frame the sides are told in) must name both, two distinct persons, bodies
or states (of a fight, persons or bodies: a town seized is no side), and be of the same kind of act (talks and
agreements after a cooperative act, CAMEO 01–08; a fight after an act of force, CAMEO 18–19). Where no act there
names both parties, the last pair named before the dual is taken: «بين X وY», or «X ... مع Y» in its own sentence
(Y a person named right after «مع», X the only other person named before it: «قال فلان في مؤتمر صحافي مع نظيره
فلان إن الجانبين اتفقا»). Nothing where the dual has an adjective of a country after it («الجانبين المصري
والأمريكي»: side_sources' rule), where the event has a target or a source outside the pair. ``side_pairs`` (a
meeting told before, the bare dual subject) runs first.
"""

from __future__ import annotations

from collections.abc import Callable

from ..doc import Doc, Event
from ..entities import gazetteer
from .dual_heads import pair_dual_open
from .forms import fw_keys, nkey
from .source_set import name_party
from .word_tests import clause_break, doc_token_keys, sentences_back_start

BACK = 1  # sentences before the event's own searched for the act whose pair the dual names
REACH = 4  # tokens from the trigger to «بين» («بحث خلالها العلاقات الثنائية بين البلدين»)
INSERT_REACH = 1  # tokens between a verb trigger and its dual subject («اتفق فيه الجانبان»)
BETWEEN = nkey("بين")
WITH = nkey("مع")
PERSON = "PERSON"
WITH_REACH = 4  # tokens from «مع» to the person it names («مع نظيره الكويتي صباح الخالد»)
ACTORS = ("PERSON", "ORGANIZATION")
STATE = "LOCATION"
TALKS = ("04", "030", "057")  # the reciprocal acts of talking and agreeing
FORCE = "19"
STATEMENTS = "01"  # «أكد», «قال»: the frame of the words that tell of the two sides
COOPERATIVE = ("01", "02", "03", "04", "05", "06", "07", "08")
FORCEFUL = ("18", "19")


def _side(doc: Doc, k: int) -> bool:
    """Token ``k`` is a dual of ``both_sides`` with no country adjective after it («الطرفين», not «الجانبين
    المصري»), and no adjective with the article after «البلدان» (``pair_dual_open``: «البلدان العربية»)."""
    toks = doc.tokens
    key = toks[k].norm_key.removeprefix("و") if k < len(toks) else ""
    if key not in fw_keys("both_sides"):
        return False
    nxt = toks[k + 1].norm_key if k + 1 < len(toks) else ""
    if key in fw_keys("dual_pair_words") and not pair_dual_open(key, nxt):
        return False  # («البلدان العربية»: the plural of countries)
    nisba = gazetteer.load().nisba
    return nxt not in nisba and nxt.removeprefix("ال") not in nisba


def _between_sides(doc: Doc, ev: Event) -> int | None:
    """«المواجهات بين الطرفين»: the dual after «بين» within ``REACH`` tokens after the trigger, in its clause."""
    last = doc.token_at(ev.trigger.end - 1)
    if last is None:
        return None
    for k in range(last + 1, min(len(doc.tokens) - 1, last + 2 + REACH)):
        tok = doc.tokens[k]
        if tok.start >= ev.sentence.end or clause_break(tok.text):
            return None
        if tok.norm_key == BETWEEN:
            return k + 1 if _side(doc, k + 1) else None
    return None


def _dual_subject(doc: Doc, ev: Event) -> int | None:
    """«اتفق الجانبان», «اتفق فيه الطرفان», «إن الجانبين اتفقا»: the dual subject of a verb trigger."""
    if ev.attrs.get("pos") != "V":
        return None
    first = doc.token_at(ev.trigger.start)
    if first is None or doc.token_at(ev.trigger.end - 1) is None:
        return None
    if first > 0 and doc.tokens[first - 1].start >= ev.sentence.start and _side(doc, first - 1) \
            and doc.tokens[first].norm_key.endswith(("ا", "ان")):
        return first - 1  # (a dual verb after it: «الجانبين اتفقا»)
    return side_after_verb(doc, ev, _side)


def side_after_verb(doc: Doc, ev: Event, is_side: Callable[[Doc, int], bool]) -> int | None:
    """The token right after the verb trigger of ``ev``, past at most ``INSERT_REACH`` words that carry a pronoun
    («اتفق فيه الجانبان», «أكد خلاله الطرفان»), that ``is_side`` takes for a dual subject, in its sentence; None
    where there is none (or ``ev`` is no verb). ``side_pairs`` asks it with its own test of the dual."""
    if ev.attrs.get("pos") != "V":
        return None
    last = doc.token_at(ev.trigger.end - 1)
    if last is None:
        return None
    for k in range(last + 1, min(len(doc.tokens), last + 2 + INSERT_REACH)):
        tok = doc.tokens[k]
        if tok.start >= ev.sentence.end:
            return None
        if is_side(doc, k):
            return k
        if not any(w.kind == "enclitic" for w in tok.words):
            return None  # (only a word that carries a pronoun: «فيه», «خلاله»)
    return None


def _party(doc: Doc, eid: str | None, force: bool = False) -> bool:
    """A person, a body or a state (a place with a country); of a fight a person or a body only (a town seized or
    struck is no side: «سيطرت المقاومة على زنجبار ... اشتباكات بين الطرفين»)."""
    ent = doc.entity(eid) if eid is not None else None
    return ent is not None and (ent.type in ACTORS or not force and ent.type == STATE and ent.country is not None)


def _pair(doc: Doc, ev: Event, events: list[Event], lo: int) -> tuple[str, str] | None | bool:
    """The source and target of the act told last before ``ev`` that names a party (module docstring); None where
    that act is no clear pair, False where no act before it names both parties."""
    before = [p for p in events if p is not ev and lo <= p.trigger.start < ev.trigger.start
              and (p.source is not None and p.target is not None
                   or (p.source is not None or p.target is not None) and not p.code.startswith(STATEMENTS))]
    if not any(p.source is not None and p.target is not None for p in before):
        return False
    last = max(before, key=lambda p: p.trigger.start)  # (one that names a single party leaves it unclear; a
    # statement, the frame the sides are told in, does not: «وأكد فلان أن المحادثات بين الجانبين»)
    force = ev.code.startswith(FORCE)
    if last.source is None or last.target is None or last.source == last.target \
            or not last.code.startswith(FORCEFUL if force else COOPERATIVE):
        return None
    if not (_party(doc, last.source, force) and _party(doc, last.target, force)):
        return None
    return last.source, last.target


def _starts(doc: Doc) -> dict[int, tuple[str, int]]:
    """Each party's mention by its start offset: the entity and the mention's end."""
    return {m.start: (e.id, m.end) for e in doc.entities if _party(doc, e.id) for m in e.mentions}


def _named_at(doc: Doc, starts: dict[int, tuple[str, int]], k: int) -> tuple[str, int] | None:
    """The party whose mention starts at token ``k`` (past a «و» on it), and the token after the mention."""
    tok = doc.tokens[k]
    got = starts.get(tok.start) or (starts.get(tok.start + 1) if tok.norm_key.startswith("و") else None)
    if got is None:
        return None
    after = doc.token_from(got[1])
    return got[0], after if after is not None else len(doc.tokens)


def _named_pair(doc: Doc, lo: int, dual: int) -> tuple[str, str] | None:
    """Where no act before names both: the last pair named before the dual (token ``dual``), from offset ``lo``:
    «بين X وY» (two parties, the second in «و» right after the first), or «X ... مع Y» in the dual's own sentence
    (Y a person after «مع», X the one other person named before it there)."""
    toks = doc.tokens
    starts = _starts(doc)
    first = doc.token_from(lo)
    if first is None:
        return None
    own = doc.token_from(next((s.start for s in reversed(doc.sentences) if s.start <= toks[dual].start), lo)) or first
    for k in range(dual - 1, first - 1, -1):
        key = toks[k].norm_key
        if key == BETWEEN and k + 1 < dual:
            one = _named_at(doc, starts, k + 1)
            if one is None or one[1] >= dual or not toks[one[1]].norm_key.startswith("و"):
                continue
            two = _named_at(doc, starts, one[1])
            if two is not None and two[0] != one[0] and two[1] <= dual:
                return one[0], two[0]
        elif key == WITH and k >= own and k + 1 < dual:
            two = next((got for u in range(k + 1, min(dual, k + 1 + WITH_REACH))
                        if (got := _named_at(doc, starts, u)) is not None), None)  # («مع نظيره الكويتي فلان»)
            two_ent = doc.entity(two[0]) if two is not None else None
            if two is None or two_ent is None or two_ent.type != PERSON:
                continue
            people = {e.id for e in doc.entities if e.type == PERSON and e.id != two[0] and any(
                toks[own].start <= m.start < toks[k].start for m in e.mentions)}
            if len(people) == 1:
                return next(iter(people)), two[0]
    return None


def sides_between(doc: Doc, events: list[Event]) -> None:
    """Give a reciprocal act whose two sides are only «الطرفين/الجانبين/البلدين» the pair of the act just told."""
    keys = doc_token_keys(doc)
    if not any(w in keys or "و" + w in keys for w in fw_keys("both_sides")):
        return
    for ev in events:
        if ev.target is not None or not ev.code.startswith(TALKS + (FORCE,)):
            continue
        dual = _between_sides(doc, ev)
        dual = _dual_subject(doc, ev) if dual is None else dual
        if dual is None:
            continue
        lo = sentences_back_start(doc, ev, BACK)
        got = _pair(doc, ev, events, lo)
        pair = _named_pair(doc, lo, dual) if got is False else got
        if not isinstance(pair, tuple) or ev.source is not None and ev.source not in pair:
            continue
        first, second = (pair[1], pair[0]) if ev.source == pair[1] else pair
        name_party(ev, "source", first)
        name_party(ev, "target", second)
        ev.attrs["source_side"] = "between_sides"


def dual_pronoun_pair(doc: Doc, ev: Event, events: list[Event]) -> tuple[str, str] | None:
    """Round ev911: the two parties of a dual verb with no written subject («واتفقا على», «وشددا على»; ``side_pairs``
    tells it): the pair of the cooperative act told last before it, in its sentence or the one before (as for
    «الجانبان»), else the last «بين X وY» or «X ... مع Y» named before it (:func:`_named_pair`)."""
    k = doc.token_at(ev.trigger.start)
    if k is None or ev.code.startswith(FORCEFUL):
        return None
    lo = sentences_back_start(doc, ev, BACK)
    got = _pair(doc, ev, events, lo)
    if got is not False:
        return got if isinstance(got, tuple) else None
    pair = _named_pair(doc, lo, k)
    if pair is None or any((e := doc.entity(x)) is None or e.type not in ACTORS for x in pair):
        return None
    return pair
