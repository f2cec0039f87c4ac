"""Round 110: places named for an act with no «في» right before them (see ``location.event_location``), each narrow:
a null is better than a wrong place.

- «وأوقفت الاحتفال قرب مدينة غزني», «وتفكيك أربعة منازل غرب الأنبار»: a compass word or «قرب» (function words
  ``compass``), with a place word or not, before a place in the clause of an act of force after its trigger
  (``open_compass``).
- «التي هاجمت قرية دوما»: a town or village right after a verb of attack is where it was, also where the entity
  layer left that mention of a place it found elsewhere in the article unmarked (``attacked_object_place``).
- «في غارات جوية ...، واستهدفت تجمعات عناصر التنظيم في حضرموت»: a coordinated clause of what the attack hit
  (function words ``attack_sequel_verbs``) tells where it was (``sequel_clause_place``).
- «قائلا في تصريحات بثها التلفزيون من ماليزيا»: a statement broadcast from a place (``broadcast_place``).
- «انتهت المشاورات في العاصمة الجزائرية ... العودة إلى الحوار للتوقيع على اتفاق»: an act of purpose with «لـ»
  is not where a place before a «إلى» is (``purpose_far``).
- «سيطرة القوات الموالية للرئيس، بالتنسيق مع قوات التحالف، على قاعدة العند»: a place taken past its doer and an
  aside between commas (``taken_past_aside``).
- «قتل قادة التنظيم في غارات جوية ... في حضرموت», «هاجمت قرية دوما وأحرقت المنزل»: an act told as done in a
  located attack, or joined by «و» to one, is there (``in_attack_places``, ``coordinated_places``).
- «سقطت صواريخ في محيط مدينة القرداحة، لكنها أشارت إلى أن هذا القصف»: an attack pointed back to by a
  demonstrative is where the attack before it was, or the one place its sentence names before it
  (``pointed_back_places``)."""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import Chunk
from .forms import PLACES, fw, fw_keys, nkey
from .lexicon import VERBAL_CODES, Hit
from .readings import place_word
from .word_tests import clause_break, clause_stop, finite_verb

PHYSICAL = ("14", "17", "18", "19", "20")  # protest, coerce, assault, fight, mass violence
ATTACKS = ("18", "19", "20")  # assault, fight, mass violence
FORCE = ("18", "19", "20")
OPEN_REACH = 14  # tokens from an act to a compass phrase of its clause («هجوما قتلت فيه ... وأوقفت الاحتفال قرب»)
COMPASS_WORDS = 2  # «جنوب شرقي»
SEQUEL_REACH = 14  # tokens from an attack noun to the «، و» + verb of what it hit
SEQUEL_OBJECT = 5  # tokens from that verb to the «في» of its place («تجمعات عناصر التنظيم في حضرموت»)
SAYING_REACH = 60  # tokens from a saying to a participle that goes on with it («قائلا في تصريحات بثها»)
BROADCAST_REACH = 5  # tokens from a broadcasting verb to the «من» of its place, over its subject
IN_ATTACK_REACH = 20  # tokens from a killing to the «في» of the attack it was done in, over its victims
COORDINATED_REACH = 6  # tokens from an act to the «و» + verb of the next one («هاجمت قرية دوما وأحرقت»)
ASIDE_REACH = 20  # tokens from a noun of force to the «على» of its place, over its doer and an aside
TOWARDS = ("الي", "إلى", "الى", "نحو")


def _place_word(key: str) -> bool:
    key = key.removeprefix("و")
    return place_word(key)


def open_compass(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` (no preposition of its own) after an act of force follows a compass word or «قرب»
    (function words ``compass``), over a place word («قرب مدينة غزني», «غرب الأنبار»), said with no preposition in
    the act's clause: no comma, relative, complementizer or word of direction between; not a country whose name opens
    with a compass word («جنوب السودان»), not after a preposition, a verb or a title («محافظ شمال سيناء»)."""
    if c.prep is not None or c.entity is None or c.i <= hit.j or not hit.entry.code.startswith(PHYSICAL):
        return False
    toks = doc.tokens
    s = c.i
    if s - 1 > hit.j and _place_word(toks[s - 1].norm_key):
        s -= 1  # («قرب مدينة غزني»)
    first = s
    while s - 1 > hit.j and first - s < COMPASS_WORDS and toks[s - 1].norm_key in fw("compass"):
        s -= 1
    if s == first or s - 1 <= hit.j - (hit.pos == "N"):
        return False  # (no compass word; one right after a verb is its object: «قصفت شمال سوريا»)
    if s - hit.j > OPEN_REACH:
        return False
    prev = toks[s - 1]
    key = prev.norm_key.removeprefix("و")
    if key in fw("prepositions") or key[:1] == "ب" or finite_verb(prev) or key in fw("titles") \
            or key.removeprefix("ال") in fw("titles"):
        return False
    for t in range(hit.j + 1, s):
        text = toks[t].text
        k = nkey(text).removeprefix("و")
        if clause_stop(text) or k in fw("relatives") or k in fw("complementizers") or k in TOWARDS \
                or any(q in text for q in ("«", "»", '"')):
            return False
    return True


def _unmarked_place(doc: Doc, t: int) -> tuple[str, str] | None:
    """(id, type) of the place entity whose one-word mention elsewhere the token ``t`` repeats, unmarked here."""
    key = doc.tokens[t].norm_key
    for e in doc.entities:
        if e.type in PLACES and any(" " not in doc.text[m.start:m.end] and nkey(doc.text[m.start:m.end]) == key
                                    for m in e.mentions):
            return e.id, e.type
    return None


def attacked_object_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«التي هاجمت قرية دوما»: the town, village or city (a place word) right after a verb of attack, and its name
    (a place chunk, or a word the article names as a place elsewhere) is where the attack was. None otherwise."""
    toks = doc.tokens
    w = hit.j + 1
    if hit.pos != "V" or not hit.entry.code.startswith(ATTACKS) or w + 1 >= len(toks) \
            or not _place_word(toks[w].norm_key) or toks[w].norm_key[:1] == "و":
        return None
    c = next((c for c in chunks if c.i == w + 1), None)
    if c is not None:
        return c if c.etype in PLACES and c.entity is not None and c.prep is None else None
    found = _unmarked_place(doc, w + 1)
    if found is None or (w + 2 < len(toks) and not clause_stop(toks[w + 2].text)
                         and toks[w + 2].norm_key[:1] != "و" and toks[w + 2].norm_key not in fw("prepositions")):
        return None  # (a one-word name only: «قرية دوما وأحرقت»)
    tok = toks[w + 1]
    return Chunk(w + 1, w + 1, tok.start, tok.end, found[0], found[1], None, False, False, False, False)


def sequel_clause_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«في غارات جوية لطائرات ...، واستهدفت تجمعات عناصر التنظيم في حضرموت»: after an attack noun, a clause opened
    by a comma and «و» + a verb of hitting (function words ``attack_sequel_verbs``) whose object is no named actor
    tells where the attack was: the place after «في» right after that object. None otherwise."""
    if hit.pos != "N" or not hit.entry.code.startswith(ATTACKS):
        return None
    toks = doc.tokens
    for v in range(hit.j + 2, min(len(toks) - 2, hit.j + 1 + SEQUEL_REACH)):
        if clause_break(toks[v].text):
            return None
        key = toks[v].norm_key
        if toks[v - 1].text not in ("،", ",") or key[:1] != "و" or key[1:] not in fw("attack_sequel_verbs"):
            continue
        obj = next((c for c in chunks if c.i == v + 1), None)
        if obj is not None and obj.entity is not None and obj.etype not in PLACES:
            return None  # («، واستهدفت القوات ...»: a subject of its own)
        for u in range(v + 1, min(len(toks) - 1, v + 1 + SEQUEL_OBJECT)):
            if clause_stop(toks[u].text) or finite_verb(toks[u]):
                return None
            if toks[u].norm_key == "في":
                place = next((c for c in chunks if c.i == u + 1), None)
                return place if place is not None and place.etype in PLACES and place.entity is not None else None
        return None
    return None


def broadcast_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«في تصريحات بثها التلفزيون الروسي من ماليزيا»: a statement (function words ``speech_nouns``) followed by a
    verb of broadcasting it (``broadcasting_verbs``, with its pronoun), its subject and «من» + a place, no comma or
    other preposition between, was made from that place: the statement noun is the trigger, or the trigger's speaker
    goes on with it in its sentence («صرح لافروف ... أن ...، قائلا في تصريحات بثها ...»: a participle of saying,
    ``saying_participles``, and «في» before it). None otherwise."""
    if hit.entry.code[:2] not in VERBAL_CODES:
        return None
    toks = doc.tokens
    for v in range(hit.j + 1, min(len(toks), hit.j + 1 + SAYING_REACH)):
        if clause_break(toks[v].text):
            return None
        if toks[v].norm_key.removeprefix("و") not in fw("broadcasting_verbs") \
                or toks[v - 1].norm_key.removeprefix("ال") not in fw("speech_nouns"):
            continue
        if v - 1 != hit.j and not (v >= 3 and toks[v - 2].norm_key == "في"
                                   and toks[v - 3].norm_key.removeprefix("و") in fw("saying_participles")):
            return None
        for u in range(v + 1, min(len(toks) - 1, v + 1 + BROADCAST_REACH)):
            key = toks[u].norm_key
            if key == "من":
                place = next((c for c in chunks if c.i == u + 1), None)
                return place if place is not None and place.etype in PLACES and place.entity is not None else None
            if clause_stop(toks[u].text) or key in fw("prepositions"):
                return None
        return None
    return None


def purpose_far(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` before an act of purpose («للتوقيع على اتفاق»: a noun trigger with «لـ») is that of
    another act: before a word of direction, the act being the aim of going elsewhere («انتهت المشاورات في الجزائر
    ... باستكشاف سبل العودة إلى الحوار للتوقيع»; not «عقب اجتماع في الدوحة لمناقشة الاتفاق»)."""
    if c.j >= hit.i or hit.pos != "N" or "ل" not in hit.cand.proclitics:
        return False
    return any(doc.tokens[t].norm_key in TOWARDS for t in range(c.j + 1, hit.i))


def _placed_one(doc: Doc, lo: int, hi: int) -> str | None:
    """The one place entity named in the text lo..hi after «في» (over place and site words: «في محيط مدينة
    القرداحة»); None if it names none or more than one place."""
    found: set[str] = set()
    named: set[str] = set()
    for e in doc.entities:
        if e.type not in PLACES:
            continue
        for m in e.mentions:
            if not lo <= m.start < hi:
                continue
            named.add(e.id)
            k = doc.token_at(m.start)
            t = (k or 0) - 1
            while k is not None and t >= 0 and k - t <= 3 and (
                    _place_word(doc.tokens[t].norm_key) or doc.tokens[t].norm_key in fw("compass")
                    or doc.tokens[t].norm_key.removeprefix("ال") in fw("site_words")):
                t -= 1
            if k is not None and t >= 0 and doc.tokens[t].norm_key.removeprefix("و") == "في":
                found.add(e.id)
    return next(iter(found)) if len(found) == 1 and len(named) == 1 else None


def pointed_back_places(doc: Doc, events: list[Event]) -> None:
    """An act of force with no place whose trigger follows a demonstrative (function words ``attack_demonstratives``:
    «هذا القصف») takes the place of the last act of force told before it in its sentence or the one before (none
    where that act has none in the same sentence), else the one place its sentence names with «في» before the
    demonstrative."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k == 0 or doc.tokens[k - 1].norm_key.removeprefix("و") not in fw("attack_demonstratives") \
                or not doc.tokens[k].norm_key.startswith("ال"):
            continue  # (a definite noun after it: «هذا القصف»; not a subject «وتبع ذلك قصف جوي»)
        sents = [s for s in doc.sentences if s.end <= ev.sentence.start]
        lo = sents[-1].start if sents else ev.sentence.start
        before = [o for o in events if lo <= o.trigger.start and o.trigger.end <= doc.tokens[k - 1].start
                  and o.code.startswith(FORCE)]
        last = max(before, key=lambda o: o.trigger.start) if before else None
        if last is not None and (last.location is not None or last.trigger.start >= ev.sentence.start):
            ev.location = last.location  # the act just told, none where it has none («شهد الإقليم اشتباكات ... هذه
            continue  # الاشتباكات»: not the place of clashes told before it)
        ev.location = _placed_one(doc, ev.sentence.start, doc.tokens[k - 1].start)


def _plain_clause(doc: Doc, lo: int, hi: int, commas: bool = False) -> bool:
    """Whether tokens lo..hi-1 hold no clause break, complementizer, relative, quotation mark or finite verb (and,
    unless ``commas``, no comma): one clause."""
    for t in range(lo, hi):
        text = doc.tokens[t].text
        key = nkey(text).removeprefix("و")
        if clause_break(text) or (not commas and text in ("،", ",")) or key in fw("complementizers") \
                or key in fw("relatives") or any(q in text for q in ("«", "»", '"')) or finite_verb(doc.tokens[t]):
            return False
    return True


def in_attack_places(doc: Doc, events: list[Event]) -> None:
    """An act of force with no place told as done in an attack with a place («قتل عدد من قادة التنظيم ... في غارات
    جوية ...، واستهدفت ... في حضرموت»: «في» right before the attack's trigger, later in the same clause; round lo408:
    or another word setting a harm in an attack, function words ``attack_setting``: «قتل خلال هجوم المتطرفين على
    مدينة سنجار», «جراء الغارات») is where that attack was."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        k = doc.token_at(ev.trigger.start)
        e = doc.token_at(ev.trigger.end - 1)
        if k is None or e is None:
            continue
        for o in events:
            t = doc.token_at(o.trigger.start)
            if o.location is None or not o.code.startswith(FORCE) or t is None or not 0 < t - e <= IN_ATTACK_REACH \
                    or doc.tokens[t - 1].norm_key.removeprefix("و") not in fw_keys("attack_setting"):
                continue
            if _plain_clause(doc, e + 1, t - 1, commas=True):
                ev.location = o.location
                break


def coordinated_places(doc: Doc, events: list[Event]) -> None:
    """A verb of force with no place joined by «و» to the act of force right before it in its clause, with a place
    («هاجمت قرية دوما وأحرقت المنزل»: no comma or other clause between), is where that act was."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(PHYSICAL) or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or not doc.tokens[k].norm_key.startswith("و"):
            continue
        before = [o for o in events if o.trigger.end <= ev.trigger.start and o.sentence.start == ev.sentence.start
                  and o.code.startswith(PHYSICAL)]
        if not before:
            continue
        o = max(before, key=lambda o: o.trigger.start)
        t = doc.token_at(o.trigger.end - 1)
        if o.location is not None and t is not None and 0 < k - t <= COORDINATED_REACH \
                and _plain_clause(doc, t + 1, k):
            ev.location = o.location


def taken_past_aside(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«سيطرة القوات الموالية للرئيس، بالتنسيق مع قوات التحالف، على قاعدة العند»: a place taken or attacked with
    «على» after a noun of force, its doer and one aside set off by two commas (no other comma, preposition, clause
    break, relative or verb between) is where it was. None otherwise."""
    if hit.pos != "N" or not hit.entry.code.startswith(ATTACKS):
        return None
    toks = doc.tokens
    commas: list[int] = []
    for t in range(hit.j + 1, min(len(toks) - 1, hit.j + 1 + ASIDE_REACH)):
        text = toks[t].text
        key = nkey(text).removeprefix("و")
        if key in ("على", "علي"):
            if len(commas) != 2 or commas[1] != t - 1 or commas[0] == hit.j + 1:
                return None
            place = next((c for c in chunks if c.i == t + 1), None)
            return place if place is not None and place.etype in PLACES and place.entity is not None else None
        if text in ("،", ","):
            commas.append(t)
            if len(commas) > 2:
                return None
            continue
        inside = len(commas) == 1
        if clause_break(text) or key in fw("relatives") or key in fw("complementizers") \
                or finite_verb(toks[t]) or (key in fw("prepositions") and not inside):
            return None
    return None
