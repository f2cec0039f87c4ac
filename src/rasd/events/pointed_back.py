"""Round 169: an accusation or an attack told again by a definite noun takes the parties of the one told before.

«اتهمت الحكومة الحركة بتدبير التفجير ... ورفضت الحركة هذه الاتهامات», «شن مسلحون هجوما على الثكنة ... وقال
الجيش إن الهجوم ...»: a noun event of accusing or of force (CAMEO roots ``ROOTS``) with no party of its own, its
trigger definite and either after a demonstrative (function words ``attack_demonstratives``: «هذه الاتهامات», «هذا
الهجوم») or bare («الهجوم»), not followed by a relative pronoun or a name that would tell which act it is («الهجوم
الذي ...», «الهجوم على X»), takes the source and target of the earlier events of its code where all those with a
party name the same ones, the last of them in its sentence or the ``REACH`` before; nothing where two acts of its
kind with different parties, or one with none that is not itself a definite noun told again, came before, nor
where the act told before is a noun with a pronoun of its own («انتقادها») or one a word of repelling governs («صدها
هجوما»), whose parties are too unsure to pass on. Round 186: up to four sentences back; where the article told no act
of its code, the one act of its root (``FAMILIES``: «الهجوم» after «قصف», «الاجتماع» after «التقى») that names
its doer, a person or a body (a meeting: both, a visit: its visitor); nothing for a plural told as a class
(«الهجمات الإرهابية», «في مواجهة الهجمات»), a noun with a pronoun or a «لـ» agent of its own, nor a bare noun
after an act of its root by other parties told since. Round ev465: «الاشتباكات بين الطرفين»: the two sides of the act
of its root told last in its sentence or the one before (:func:`both_sides_before`).
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey
from .repelled import repelling_at
from .word_tests import entity_within

ROOTS = ("11", "18", "19", "20", "03", "04")
FAMILIES = (("11",), ("18", "19"), ("20",), ("03", "04"))  # round 186: one act told by another code of its root
PAIRED = ("03", "04")  # round 186: a meeting passes its parties on only where it named both
VISITS = ("042", "043")  # a visit's target is the place visited
NOT_TOLD_AGAIN = ("191", "192")  # «السيطرة», «الحصار» (round 193): a state of things, not an act told again
PRONOUNS = ("ها", "هم", "هما", "ه")
DEFINITE_AFTER_PREP = ("لل", "بال")  # round 203: «للزيارة», «بالهجوم»: the article on a preposition
REACH = 4  # sentences back to the act told before (round 186: 4, was 2)


def _family(code: str) -> tuple[str, ...]:
    return next((f for f in FAMILIES if code.startswith(f)), (code,))


def _definite_noun(doc: Doc, ev: Event) -> bool:
    key = nkey(doc.text[ev.trigger.start : ev.trigger.end]).removeprefix("و")
    return ev.attrs.get("pos") == "N" and (key.startswith("ال") or key.startswith(DEFINITE_AFTER_PREP))


def _pointing(doc: Doc, ev: Event) -> bool:
    """Whether the definite act noun points back: after a demonstrative, or bare with no relative or name after."""
    k = doc.token_at(ev.trigger.start)
    if k is None or not _definite_noun(doc, ev):
        return False
    if _demonstrated(doc, ev):
        return True
    if any(w.kind == "enclitic" for w in doc.tokens[k].words):
        return False  # round 186: «هجومهم»: a party of its own
    if k + 1 < len(doc.tokens) and _generic_or_agent(doc, k):
        return False
    for n in (k + 1, k + 2):
        if n >= len(doc.tokens):
            break
        key = doc.tokens[n].norm_key
        if key in fw_keys("relatives") or entity_within(doc, n) is not None or key in ("علي", "على", "ضد"):
            return False  # «الهجوم الذي شنه», «الهجوم على المدينة»: which act is told here
    return True


def _demonstrated(doc: Doc, ev: Event) -> bool:
    """Whether the act noun comes after a demonstrative («هذه الغارات»: the act of its own word told before)."""
    k = doc.token_at(ev.trigger.start)
    return k is not None and k > 0 and doc.tokens[k - 1].norm_key.removeprefix("و") in fw("attack_demonstratives")


def _generic_or_agent(doc: Doc, k: int) -> bool:
    """Round 186: a plural act noun told as a class, by an adjective of its kind («الهجمات الإرهابية», «الهجمات
    المسلحة»: function words ``body_epithets``, ``terrorist_adjectives``, ``suicide_words``) or after a word of
    facing it (``generic_plural_heads``: «في مواجهة الهجمات»), or an act noun with a «لـ» agent of its own
    («الهجوم للتنظيم»)."""
    own = doc.tokens[k].norm_key
    nxt = doc.tokens[k + 1].norm_key
    if own.endswith("ات"):
        if nxt in fw_keys("body_epithets") | fw_keys("terrorist_adjectives") | fw_keys("suicide_words"):
            return True
        if k > 0 and doc.tokens[k - 1].norm_key.lstrip("وفب") in fw_keys("generic_plural_heads"):
            return True
    return nxt.startswith("ل") and not nxt.startswith("لا") and entity_within(doc, k + 1) is not None


def _unsure(doc: Doc, o: Event) -> bool:
    """Whether the parties of the act ``o`` told before are too unsure to pass on: a noun with a pronoun of its
    own («انتقادها»: whose is read from far), or one a word of repelling governs («صدها هجوما»: the subject is
    the one attacked)."""
    k = doc.token_at(o.trigger.start)
    if k is None:
        return True
    if o.attrs.get("pos") == "N" and any(w.kind == "enclitic" for w in doc.tokens[k].words):
        return True
    return any(repelling_at(doc, t) or _repelling_own(doc.tokens[t].norm_key.lstrip("وف"))
               for t in range(max(0, k - 2), k))


def _repelling_own(key: str) -> bool:
    """«صدها», «تصديهم»: a word of repelling with a pronoun on it (the tokens keep it whole)."""
    return any(key.endswith(p) and key[: -len(p)] in fw_keys("repelling_words") for p in PRONOUNS)


def pointed_back_parties(doc: Doc, events: list[Event]) -> None:
    """Give a definite act noun that points back the parties of the one act of its kind told before (module doc)."""
    starts = [x.start for x in doc.sentences]
    for ev in events:
        if ev.source is not None or ev.target is not None or not ev.code.startswith(ROOTS) \
                or ev.attrs.get("source_text") or ev.attrs.get("target_text") or not _pointing(doc, ev):
            continue
        pair = _told_before(doc, ev, events, starts)
        if pair is None:
            pair = told_just_before(doc, ev, events, starts)
        if pair is None:
            pair = both_sides_before(doc, ev, events, starts)
        if pair is None:
            continue
        ev.source, ev.target = pair
        ev.attrs["parties_pointed_back"] = True


def _told_before(doc: Doc, ev: Event, events: list[Event], starts: list[int]) -> tuple[str | None, str | None] | None:
    """The parties of the one act of ``ev``'s code told before (round 169), or, where its article told none of
    that code, of the one act of its root (round 186: «الغارة» after «هاجم», «الاجتماع» after «التقى»)."""
    same = [o for o in events if o is not ev and o.trigger.start < ev.trigger.start and o.code == ev.code]
    fam = _family(ev.code)
    if same and not ev.code.startswith(PAIRED):
        pair = _one(doc, ev, same, starts)  # (round 169, as it was)
        last = max(o.trigger.start for o in same)
        if pair is not None and not _demonstrated(doc, ev) and _others_between(ev, events, last, fam, pair):
            return None  # (round 186: an act of its root with other parties told between: which one is meant)
        return pair
    if ev.code.startswith(NOT_TOLD_AGAIN):
        return None
    kin = same or [o for o in events if o is not ev and o.trigger.start < ev.trigger.start and o.code.startswith(fam)]
    if any(o.code.startswith(NOT_TOLD_AGAIN) for o in kin):
        return None  # («استعادة السيطرة على المدينة»: a place taken, no act of force with its parties)
    pair = _one(doc, ev, kin, starts)
    if pair is None or pair[0] is None:
        return None  # (round 186: the act told before names its doer)
    visit = ev.code.startswith(VISITS) and all(o.code.startswith(VISITS) for o in kin)
    parties = pair if not visit else pair[:1]
    if not all(x is None or _actor(doc, x) for x in parties):
        return None  # (a town or a state where a person or a body should be: too unsure)
    if ev.code.startswith(PAIRED) and pair[1] is None:
        return None  # (a meeting told with one party only: the other is not known)
    return pair


def _others_between(ev: Event, events: list[Event], last: int, fam: tuple[str, ...], pair: tuple[str | None, str | None]) -> bool:
    """Whether an act of the root ``fam`` told after ``last`` and before ``ev`` names parties other than ``pair``
    (written as a plain loop: a membership test in a tuple of tuples made mypyc emit C that gcc rejects)."""
    for o in events:
        if not last < o.trigger.start < ev.trigger.start or not o.code.startswith(fam):
            continue
        if o.source is None and o.target is None:
            continue
        if o.source != pair[0] or o.target != pair[1]:
            return True
    return False


def _actor(doc: Doc, eid: str) -> bool:
    e = doc.entity(eid)
    return e is not None and e.type in ("PERSON", "ORGANIZATION")


def _one(doc: Doc, ev: Event, earlier: list[Event], starts: list[int]) -> tuple[str | None, str | None] | None:
    """The one pair of parties the acts ``earlier`` name, the last of them within ``REACH`` sentences."""
    if any(_unsure(doc, o) for o in earlier):
        return None
    named = {(o.source, o.target) for o in earlier if o.source is not None or o.target is not None}
    if len(named) != 1 or any(o.source is None and o.target is None and not _definite_noun(doc, o)
                              for o in earlier):
        return None
    last = max((o for o in earlier if o.source is not None or o.target is not None),
               key=lambda o: o.trigger.start)
    if bisect_right(starts, last.trigger.start) < bisect_right(starts, ev.trigger.start) - REACH:
        return None  # (told long before: another act of the kind may be meant)
    pair, = named
    return pair


def told_just_before(doc: Doc, ev: Event, events: list[Event],
                     starts: list[int]) -> tuple[str | None, str | None] | None:
    """Round 203: «أسفرت غارات للطيران التركي على قرية عن مقتل عشرة. وأدانت الحكومة القصف»: where the article's
    acts of the kind name several parties (so :func:`_told_before` passes none on), a pointing act noun takes the
    parties of the acts of its root told in the sentence right before, in the same paragraph, where all of them name
    one doer, a person or a body (a target only where it is one too), none is too unsure (:func:`_unsure`) nor has
    no party, none is a state of things (``NOT_TOLD_AGAIN``), and no act of the root with other parties comes
    between in its own sentence, nor (but after a demonstrative) an act of its code by another doer before; a meeting only where they named both parties, a visit passes its visitor only."""
    if ev.code.startswith(NOT_TOLD_AGAIN):
        return None
    k = bisect_right(starts, ev.trigger.start) - 1
    if k < 1:
        return None
    prev = doc.sentences[k - 1]
    own = doc.sentences[k]
    if "\n" in doc.text[prev.end : own.start]:
        return None  # another paragraph
    fam = ev.code[:2]  # (its own root: a kidnapping is not told again by a strike, «الاختطاف» after «قصف»)
    kin = [o for o in events if o is not ev and prev.start <= o.trigger.start < prev.end and o.code.startswith(fam)]
    if not kin or any(o.code.startswith(NOT_TOLD_AGAIN) or o.source is None or _unsure(doc, o) for o in kin):
        return None
    doers = {o.source for o in kin}
    targets = {o.target for o in kin}
    if len(doers) != 1 or len(targets) != 1:
        return None
    src = kin[0].source
    tgt = kin[0].target
    if src is None or not _actor(doc, src):
        return None
    if tgt is not None and not _actor(doc, tgt):
        tgt = None
    if ev.code.startswith(VISITS):
        tgt = None
    elif ev.code.startswith(PAIRED) and tgt is None:
        return None
    if not _demonstrated(doc, ev) and any(o.code == ev.code and o.trigger.start < prev.start and o.source is not None
                                          and o.source != src for o in events):
        return None  # (an act of its very word by another doer told earlier: «الهجوم» after «هاجم داعش»)
    for o in events:
        if own.start <= o.trigger.start < ev.trigger.start and o.code.startswith(fam) and (
                o.source is not None and o.source != src or o.target is not None and o.target != kin[0].target):
            return None  # (an act of its root by other parties told in its own sentence: which one is meant)
    return src, tgt


def points_back(doc: Doc, ev: Event) -> bool:
    """Round ev361: whether the definite act noun of ``ev`` points back to an act told before (:func:`_pointing`: after
    a demonstrative, or bare, no pronoun of its own, no relative or name after it), for the passes outside this one."""
    return _pointing(doc, ev)


def _both_sides_after(doc: Doc, ev: Event) -> bool:
    """Whether «بين» and a dual of both sides (``both_sides``: «الطرفين», «الجانبين») follow the act noun, past one
    adjective at most («الاشتباكات الضارية بين الطرفين», «القصف المتبادل بين الطرفين»)."""
    k = doc.token_at(ev.trigger.end - 1)
    if k is None:
        return False
    for n in (k + 1, k + 2):
        if n + 1 < len(doc.tokens) and doc.tokens[n].norm_key == nkey("بين"):
            return doc.tokens[n + 1].norm_key in fw_keys("both_sides")
    return False


def both_sides_before(doc: Doc, ev: Event, events: list[Event],
                      starts: list[int]) -> tuple[str | None, str | None] | None:
    """Round ev465: «بعد اشتباكات دارت بينها وبين القوات النظامية. وقال ناشط إن الاشتباكات بين الطرفين أسفرت»: an act
    noun «بين» the two sides (:func:`_both_sides_after`) is between the two parties of the act of its root told last
    before it in its sentence or the one before, the last with both its source and its target a person or a body
    (a town taken is no side), where the article's acts of the kind name several pairs (so the rules above pass none
    on); None where there is no such act."""
    if ev.code.startswith(NOT_TOLD_AGAIN) or not _both_sides_after(doc, ev):
        return None
    k = bisect_right(starts, ev.trigger.start) - 1
    lo = doc.sentences[k - 1].start if k >= 1 else doc.sentences[k].start if k >= 0 else 0
    fam = _family(ev.code)
    kin = [o for o in events if o is not ev and lo <= o.trigger.start < ev.trigger.start and o.code.startswith(fam)
           and o.source is not None and o.target is not None and o.source != o.target]
    kin = [o for o in kin if o.source is not None and _actor(doc, o.source) and o.target is not None
           and _actor(doc, o.target) and not _unsure(doc, o)]
    if not kin:
        return None
    last = max(kin, key=lambda o: o.trigger.start)
    return last.source, last.target
