"""Round 165: the sides of clashes «بين X وY». «اشتباكات بين قوات النظام ومقاتلي جبهة النصرة», «الاشتباكات بين
القوات النظامية وقوات المعارضة»: a clash (CAMEO 19, its trigger a clash noun: function words ``clash_nouns``) with no
target (or any, where the other side is marked out as below: the first side's ally is no target), followed within a few words (an adjective, a relative light verb, a time in parentheses; no end punctuation)
by «بين», has as its source the entity named right after «بين» (past a fighters' head noun, ``fighter_heads``, and
quotation marks) and as its target the entity named right after the «و» that follows it (past two adjectives and a
fighters' head noun). Where a second «وبين» follows in the sentence («بين الجيش ومقاتلي حزب الله ...، وبين مقاتلي
جيش الفتح»), or «من جهة» closes the first side («بين جبهة النصرة وجبهة أنصار الدين من جهة، وقوات النظام»), the
target is the entity that opens the other side. No target where a third conjunct follows the second and a
fourth the third (round ev807: of just three, «بين الميليشيات الحوثية وصالح والمقاومة», the last is the target), where a side is no named entity, the two are one, or the
event has a source other than the first side. Round 193: where the other side is not found (a third conjunct, an
unnamed side), the side named first is still the source of a clash with none, the target is left open.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event, trigger_start
from .arg_edges import phrase_span
from .chunk_type import and_clitic
from .chunks import is_content
from .forms import bare, fw, fw_keys, nkey
from .source_set import drop_phrase, set_phrase
from .word_tests import clause_break, entity_within, mention_holding, starts_in_time

REACH = 10  # tokens from the trigger to «بين» (a time in parentheses may stand between)
SIDE_REACH = 30  # tokens from «بين» read for the other side
QUOTES = ("«", "»", '"', "(", ")")
SIDE_SKIPS = 4  # heads, marks and «من» read past before a side's name


def _side(doc: Doc, n: int, glued: bool) -> tuple[Entity, int] | None:
    """The entity of the side opening at token ``n`` (``glued``: the token bears «و») and its last token.

    Round ev371: past the side heads of ``clash_side_heads`` too («ومتمردي تنظيم «حزب العمال»»: up to ``SIDE_SKIPS``
    heads and marks), and past «من» right after an indefinite head to an organisation («مقاتلين من العمال
    الكردستاني»; not «مقاتلين من سوريا»)."""
    toks = doc.tokens
    heads = fw_keys("fighter_heads") | fw_keys("clash_side_heads")
    after_head = past_of = False
    for _ in range(SIDE_SKIPS):
        if n >= len(toks):
            return None
        ent = entity_within(doc, n)
        if ent is not None:
            if past_of and ent.type != "ORGANIZATION":
                return None  # («مقاتلين من سوريا»: where they come from, no side)
            last = n
            while last + 1 < len(toks) and any(m.entity == ent.id and m.start <= toks[last + 1].start < m.end
                                                for m in doc.mentions):
                last += 1
            return ent, last
        key = toks[n].norm_key
        if glued:
            key = key.removeprefix("و")
        of = after_head and key == nkey("من")
        past_of = past_of or of
        after_head = key in heads and not key.startswith("ال")
        if toks[n].text in QUOTES or key in heads or of:
            n += 1
            glued = False
            continue
        return None
    return None


def side_at(doc: Doc, n: int) -> Entity | None:
    """Round 232: the entity of the side opening at token ``n`` (past a fighters' head noun, quotation marks)."""
    side = _side(doc, n, False)
    return side[0] if side is not None else None


def _other_side(doc: Doc, first_end: int, stop: int) -> tuple[Entity | None, bool]:
    """The entity opening the second side after the first side ending at token ``first_end`` (module docstring)."""
    toks = doc.tokens
    for k in range(first_end + 1, stop):
        key = toks[k].norm_key
        if key == nkey("وبين") and k + 1 < stop:
            side = _side(doc, k + 1, False)
            return (side[0] if side is not None else None), True
        if key == nkey("جهة") and toks[k - 1].norm_key == nkey("من"):
            n = k + 1
            while n < stop and toks[n].text in ("،", ","):
                n += 1
            side = _side(doc, n, True) if n < stop and toks[n].norm_key.startswith("و") else None
            return (side[0] if side is not None else None), True
    n = first_end + 1
    skipped = 0
    while n < stop and skipped < 2 and not toks[n].norm_key.startswith("و") and toks[n].norm_key.startswith("ال"):
        n += 1
        skipped += 1
    if n < stop and toks[n].norm_key.startswith("و"):
        side = _side(doc, n, True)
        if side is None or side[1] + 1 < stop and nkey(toks[side[1] + 1].text).startswith("و"):
            return _last_of_three(doc, n if side is None else side[1], stop), False
        return side[0], False
    return None, False


def _last_of_three(doc: Doc, second_end: int, stop: int) -> Entity | None:
    """Round ev807: «مواجهات دارت بين الميليشيات الحوثية وصالح والمقاومة الشعبية»: of three conjuncts after «بين»,
    the last is the other side (newswire names the attacking allies first, «الحوثيين وصالح»), where the second is
    one word or a name ending at token ``second_end`` and the third is a named side with no fourth conjunct after
    it. None otherwise (the sides are not told apart)."""
    toks = doc.tokens
    n = second_end + 1
    if n >= stop or not nkey(toks[n].text).startswith("و"):
        return None
    side = _side(doc, n, True)
    if side is None or side[1] + 1 < stop and nkey(toks[side[1] + 1].text).startswith("و"):
        return None
    return side[0]


def _in_phrase(doc: Doc, ev: Event, ent: Entity | None) -> bool:
    """Round ev371: whether the unnamed target phrase read before holds a mention of ``ent`` (the side named after
    «و» is that phrase: «ومتمردي تنظيم «حزب العمال الكردستاني»» read as «متمردي تنظيم ...»)."""
    span = phrase_span(ev, "target")
    if ent is None or span is None:
        return False
    return any(m.entity == ent.id and span[0] <= m.start and m.end <= span[1] for m in doc.mentions)


def clash_sides(doc: Doc, events: list[Event]) -> None:
    """Give a clash between two named sides its source and target (module docstring)."""
    nouns = fw_keys("clash_nouns")
    for ev in events:
        if not ev.code.startswith("19"):
            continue
        first, last = doc.token_at(ev.trigger.start), doc.token_at(ev.trigger.end - 1)
        if first is None or last is None or doc.tokens[first].norm_key.removeprefix("و") not in nouns:
            continue
        stop = min(len(doc.tokens), doc.token_from(ev.sentence.end) or len(doc.tokens))
        for k in range(last + 1, min(stop, last + REACH + 1)):
            text = doc.tokens[k].text
            if clause_break(text):
                break
            if nkey(text) != nkey("بين"):
                continue
            side = _side(doc, k + 1, False)
            if side is None:
                _unnamed_first(doc, ev, k, min(stop, k + SIDE_REACH))  # round ev413: «بين قبائل مأرب والميليشيات»
                break
            src, end = side
            tgt, explicit = _other_side(doc, end, min(stop, k + SIDE_REACH))
            second = _unnamed_second(doc, end, stop) if tgt is None and not explicit else None
            if second is not None and ev.target is None and not ev.attrs.get("target_span") and (
                    ev.source in (None, src.id)) and not (ev.source is None and ev.attrs.get("source_span")):
                ev.source = src.id  # round ev416: «بين حزب العمال الكردستاني والدولة التركية»: the unnamed other side
                ev.attrs.pop("source_text", None)
                set_phrase(ev, "target", doc.text, doc.tokens[second[0]].words[-1].start, doc.tokens[second[1]].end)
                break
            if tgt is None and ev.source is None and not ev.attrs.get("source_span") and src.id != ev.target:
                ev.source = src.id  # (round 193: the side named first, the other unnamed or not told apart)
                ev.attrs.pop("source_text", None)
                break
            if (ev.target is not None or ev.attrs.get("target_span") and not _in_phrase(doc, ev, tgt)) \
                    and not explicit:
                break  # (a target read elsewhere stands, unless the other side is marked out)
            if tgt is None or tgt.id == src.id or ev.source is not None and ev.source != src.id:
                break
            ev.source, ev.target = src.id, tgt.id
            ev.attrs.pop("source_text", None)
            drop_phrase(ev, "target")
            break


SECOND_MAX = 3  # words of an unnamed second side («والدولة التركية»)


def _unnamed_second(doc: Doc, first_end: int, stop: int) -> tuple[int, int] | None:
    """Round ev416: the unnamed second side after the named first one ending at token ``first_end`` («بين حزب العمال
    الكردستاني والدولة التركية»): a word in «و» (past at most two definite adjectives of the first side) opening a
    phrase of at most ``SECOND_MAX`` content words with no name, up to a clause break, a preposition (free or glued),
    a time, or the end; its (first, last) tokens. None where another conjunct in «و» follows it (three sides not told
    apart), or where its first word has no article."""
    toks = doc.tokens
    n = first_end + 1
    while n < stop and n <= first_end + 2 and not toks[n].norm_key.startswith("و") and \
            toks[n].norm_key.startswith("ال"):
        n += 1
    if n >= stop or not and_clitic(toks[n]) or not toks[n].norm_key[1:].startswith("ال"):
        return None
    last = n
    while last + 1 < stop and last + 1 - n < SECOND_MAX:
        tok = toks[last + 1]
        if clause_break(tok.text) or not is_content(tok) or tok.norm_key[:1] in ("ب", "ل", "و", "ف") \
                or bare(tok.norm_key, "prepositions") in fw("prepositions") or starts_in_time(doc, tok):
            break
        last += 1
    if any(mention_holding(doc, t) is not None for t in range(n, last + 1)):
        return None
    nxt = toks[last + 1] if last + 1 < stop else None
    if nxt is not None and and_clitic(nxt):
        return None  # («بين X والدولة وY»: the sides not told apart)
    return n, last


FIRST_MAX = 5  # words of an unnamed first side («القوات الموالية لهادي»), up to the «و» or «من جهة» after it


def _unnamed_first(doc: Doc, ev: Event, k: int, stop: int) -> None:
    """Round ev413: «مواجهات بين قبائل مأرب والميليشيات الحوثية», «بين القوات الموالية لهادي، من جهة والحوثيين»:
    where the side after «بين» (token ``k``) is no named entity, its phrase (at most ``FIRST_MAX`` words, no
    punctuation but a comma before «من جهة») is the source phrase (unless one was read), and the named side after it
    (``_other_side``: after «و», «من جهة،»; not with a third conjunct) the target, where it can be a party (a body,
    a person, or one with an actor code; not a place: «بين الحين والآخر ... من جهة ومثلث العند»). Only for a clash
    with no named source or target of its own."""
    toks = doc.tokens
    if ev.source is not None or ev.target is not None:
        return
    n = k + 1
    while n < stop and n <= k + FIRST_MAX and not and_clitic(toks[n]) and not (
            toks[n].norm_key == nkey("من") and n + 1 < stop and toks[n + 1].norm_key == nkey("جهة")):
        if clause_break(toks[n].text) and not (n + 1 < stop and toks[n + 1].norm_key == nkey("من")):
            return
        n += 1
    end = n - 1
    while end > k and toks[end].text in ("،", ","):
        end -= 1
    if end <= k or n >= stop or n > k + FIRST_MAX:
        return
    tgt, _ = _other_side(doc, end, stop)
    if tgt is None or (tgt.type not in ("ORGANIZATION", "PERSON") and tgt.actor is None):
        return
    if any(m.entity == tgt.id and toks[k + 1].start <= m.start < toks[end].end for m in doc.mentions):
        return  # (the side named inside the first phrase: not the other side)
    ev.target = tgt.id
    drop_phrase(ev, "target")
    if not ev.attrs.get("source_span"):  # (a phrase read before stands: «القوات» of «القوات الموالية لهادي»)
        set_phrase(ev, "source", doc.text, toks[k + 1].start, toks[end].end)


FOLLOW_REACH = 40  # tokens back from the clash noun to the attack it follows


def followed_clashes(doc: Doc, events: list[Event]) -> None:
    """Round 244: «بعد هجوم شنته «جبهة النصرة» ... ضد مقر «الفرقة 30» ...، تلته اشتباكات»: clashes (a clash noun
    with no source and no target) right after a verb of following with a pronoun (``following_verbs``: «تلته»,
    «أعقبه») are between the two sides of the attack it follows: the last act of force before it in its sentence,
    with its source and target both named. Nothing where the attack has a side unnamed, or the clash a party that
    is neither of its sides."""
    nouns = fw_keys("clash_nouns")
    follow = fw_keys("following_verbs")
    for ev in events:
        if not ev.code.startswith("19") or ev.target is not None:
            continue
        first = doc.token_at(ev.trigger.start)
        if first is None or first < 1 or doc.tokens[first].norm_key.removeprefix("و") not in nouns:
            continue
        if doc.tokens[first - 1].norm_key.removeprefix("و") not in follow:
            continue
        lo = doc.tokens[max(0, first - FOLLOW_REACH)].start
        before = [o for o in events if o is not ev and ev.sentence.start <= o.trigger.start and lo <= o.trigger.start
                  and o.trigger.end <= doc.tokens[first - 1].start and o.code[:2] in ("18", "19", "20")]
        if not before:
            continue
        attack = max(before, key=trigger_start)
        if attack.source is None or attack.target is None or attack.source == attack.target or (
                ev.source is not None and ev.source not in (attack.source, attack.target)):
            continue  # (a side read before «تلته» is one of the attack's, its place in the order unsaid)
        ev.source, ev.target = attack.source, attack.target
        for key in ("source_text", "source_span", "target_text", "target_span"):
            ev.attrs.pop(key, None)
