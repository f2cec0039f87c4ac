"""Round 124: places told for an act in the words around it rather than after «في» right by it, each narrow (a null
is better than a wrong place); run after the events are made (``where_carry.carried_places``).

- «تفجير مسجد قوة الطوارئ بعسير», «بإحراق كنيسة على بحيرة طبريا»: a facility attacked, with its place attached by
  «بـ» or on a shore («على بحيرة/ساحل/ضفاف X») (``attached_places``).
- «وقال مصدر في المقاومة بالضالع إن المقاومة قصفت ...»: an act of force told by a local source with no place of
  its own is where the source is (``source_places``).
- «دخلت في محيط قاعدة العند، وسيطرت على القاعدة الجوية بداخلها»: a place «inside it» is in the place named last
  before it in the sentence (``inside_places``).
- «زيارة الأمير فلان ولي العهد وزير الدفاع مؤخرا لموسكو»: a visit goes to the place after «لـ/إلى» past the
  visitor's long name and titles (``far_visit_places``).
- «وارتفعت الشعارات في مدينة كربلاء. إذ تظاهر المئات»: a sentence opened by «إذ» explains the one before, and its
  acts are where that one's single place is (``explained_places``)."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw, fw_keys, nkey
from .lexicon import VERBAL_CODES
from .where_fronted import fronted_places
from .where_these import these_places
from .word_tests import clause_stop, finite_verb

ATTACKS = ("17", "18", "19", "20")  # coerce, assault, fight, mass violence
FORCE = ("18", "19", "20")
SOURCE_TOLD = ("04", "14", "18", "19", "20")  # round 129: meetings and protests too
PROTEST = "14"
FACILITY_REACH = 6  # tokens from the facility noun to its «بـ» place («مسجد قوة الطوارئ الخاصة بعسير»)
SHORE_SKIP = 1  # a water word between the shore word and the place («على ضفاف نهر الفرات»)
INSIDE_REACH = 5  # tokens from the act to «بداخلها» («وسيطرت على القاعدة الجوية بداخلها»)
OPENING = 2  # tokens from a sentence's start to the act after «إذ» («إذ تظاهر», «إذ قام المتظاهرون»)
CLITICS = ("وبال", "بال", "وب", "ب")
VISIT = "042"
TO_WORDS = ("الي", "إلى", "الى")  # keys of «إلى»
VISIT_REACH = 24  # tokens from a visit noun to the «لـ» place it goes to, over the visitor's name and titles


def _place_at(doc: Doc, t: int, clitic: str = "") -> str | None:
    """The place entity named at token ``t``: a mention starting in it, else (with ``clitic``, a «بـ» the entity
    layer kept: «بالضالع») a place whose one-word name is the token without it. None if there is none."""
    tok = doc.tokens[t]
    for e in doc.entities:
        if e.type in PLACES and any(tok.start <= m.start < tok.end for m in e.mentions):
            return e.id
    if not clitic:
        return None
    key = tok.norm_key
    for pre in CLITICS:
        if key.startswith(pre) and len(key) > len(pre) + 2:
            rest = ("ال" if pre.endswith("ال") else "") + key[len(pre):]
            return next((e.id for e in doc.entities if e.type in PLACES and nkey(e.name) == rest), None)
    return None


def _stop(doc: Doc, t: int) -> bool:
    """Whether token ``t`` ends the phrase of an act's object: a clause stop, a comma, a relative, a complementizer,
    a free preposition, a quotation mark."""
    text = doc.tokens[t].text
    key = nkey(text).removeprefix("و")
    return clause_stop(text) or key in fw("relatives") or key in fw("complementizers") \
        or key in fw("prepositions") or any(q in text for q in ("«", "»", '"'))


def _facility(doc: Doc, t: int) -> bool:
    key = doc.tokens[t].norm_key.removeprefix("و").removeprefix("ال")
    return key in fw("place_heads") or key in fw("site_words")


def attached_places(doc: Doc, events: list[Event]) -> None:
    """An attack with no place whose object right after it is a facility noun (``place_heads``, ``site_words``)
    takes the place attached to the facility's name by «بـ» («تفجير مسجد قوة الطوارئ الخاصة بعسير») or said on a
    shore with «على» («بإحراق كنيسة الطابغة على بحيرة طبريا»), no preposition, comma or clause between."""
    toks = doc.tokens
    for ev in events:
        if ev.location is not None or not ev.code.startswith(ATTACKS):
            continue
        k = doc.token_at(ev.trigger.end - 1)
        if k is None or k + 2 >= len(toks) or not _facility(doc, k + 1):
            continue
        for t in range(k + 2, min(len(toks), k + 2 + FACILITY_REACH)):
            if toks[t].start >= ev.sentence.end:
                break
            key = toks[t].norm_key
            if key in ("علي", "على") and t + 1 < len(toks) and key and \
                    toks[t + 1].norm_key.removeprefix("ال") in fw("shore_words"):
                ev.location = next((p for u in range(t + 1, min(len(toks), t + 3 + SHORE_SKIP))
                                    if (p := _place_at(doc, u)) is not None), None)
                break
            if _stop(doc, t):
                break
            if key.startswith(CLITICS) and (place := _place_at(doc, t, clitic="ب")) is not None:
                ev.location = place
                break


def source_places(doc: Doc, events: list[Event]) -> None:
    """Acts of force with no place told in what a local source said (``local_source_nouns`` opening the speaker's
    phrase: «وقال مصدر في المقاومة بالضالع إن المقاومة قصفت ...») are where that phrase places the source (a place
    after «في» or with «بـ» in it), where the sentence names no country."""
    toks = doc.tokens
    for q in doc.quotes:
        a, b = doc.token_at(q.cue.end - 1), doc.token_at(q.content.start)
        if a is None or b is None or b - a < 3 or toks[a + 1].norm_key not in fw("local_source_nouns"):
            continue
        place = None
        for t in range(a + 2, b):
            if any(c in toks[t].text for c in ("«", "»", '"')):
                break
            found = _place_at(doc, t, clitic="ب")
            if found is not None and (toks[t - 1].norm_key == "في" or toks[t].norm_key.startswith(CLITICS)):
                place = found
                break
        if place is None or any(e.type in PLACES and e.actor is not None and e.actor == e.country and e.id != place
                                and any(q.content.start <= m.start < q.content.end for m in e.mentions)
                                for e in doc.entities):
            continue
        for ev in events:
            if ev.location is None and ev.code.startswith(SOURCE_TOLD) \
                    and q.content.start <= ev.trigger.start < q.content.end:
                ev.location = place


def inside_places(doc: Doc, events: list[Event]) -> None:
    """An attack or seizure with no place whose object is said to be inside a place (``inside_pronouns``: «وسيطرت
    على القاعدة الجوية بداخلها») takes the place named last before it in its sentence."""
    toks = doc.tokens
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        k = doc.token_at(ev.trigger.end - 1)
        if k is None:
            continue
        inside = next((t for t in range(k + 1, min(len(toks), k + 1 + INSIDE_REACH))
                       if toks[t].norm_key.removeprefix("و") in fw("inside_pronouns")), None)
        if inside is None or any(clause_stop(toks[t].text) for t in range(k + 1, inside)):
            continue
        spots = [(m.start, e.id) for e in doc.entities if e.type in PLACES for m in e.mentions
                 if ev.sentence.start <= m.start < ev.trigger.start]
        if spots:
            ev.location = max(spots)[1]


def _in_places(doc: Doc, lo: int, hi: int) -> set[str]:
    """The place entities said after «في» (or after «في» and a place word: «في مدينة كربلاء») in the text lo..hi."""
    out: set[str] = set()
    for e in doc.entities:
        if e.type not in PLACES:
            continue
        for m in e.mentions:
            t = doc.token_at(m.start)
            if t is None or not lo <= m.start < hi or t == 0:
                continue
            before = [doc.tokens[u].norm_key.removeprefix("و") for u in range(max(0, t - 2), t)]
            if before[-1] == "في" or (len(before) == 2 and before[0] == "في"
                                       and before[1].removeprefix("ال") in fw("place_heads")):
                out.add(e.id)
    return out


def explained_places(doc: Doc, events: list[Event]) -> None:
    """Acts (not sayings) with no place in a sentence opened by «إذ» (``idh_openers``) with the first of them
    right after it, the sentence naming no place, are where the sentence before in the paragraph is: its one place
    said with «في» or its located acts' one place («وارتفعت الشعارات في مدينة كربلاء. إذ تظاهر المئات»)."""
    for s in range(1, len(doc.sentences)):
        sent, prev = doc.sentences[s], doc.sentences[s - 1]
        first = doc.token_at(sent.start)
        if first is None or doc.tokens[first].norm_key.removeprefix("و") not in fw("idh_openers") \
                or any(prev.start < p.start <= sent.start for p in doc.paragraphs):
            continue
        mine = [ev for ev in events if sent.start <= ev.trigger.start < sent.end]
        if not mine or (doc.token_at(mine[0].trigger.start) or 0) - first > OPENING or any(
                e.type in PLACES and any(sent.start <= m.start < sent.end for m in e.mentions) for e in doc.entities):
            continue
        told = {ev.location for ev in events if prev.start <= ev.trigger.start < prev.end and ev.location}
        named = _in_places(doc, prev.start, prev.end) | {p for p in told if p is not None}
        if len(named) != 1:
            continue
        place = named.pop()
        for ev in mine:
            if ev.location is None and ev.code[:2] not in VERBAL_CODES:
                ev.location = place


def _destination(doc: Doc, t: int) -> str | None:
    """The place of «إلى X» or «لـX» at token ``t`` (None: none there)."""
    toks = doc.tokens
    key = toks[t].norm_key
    if key in TO_WORDS:
        return _place_at(doc, t + 1) if t + 1 < len(toks) else None
    return _place_at(doc, t) if key.startswith("ل") else None


def _past_comma(doc: Doc, t: int) -> bool:
    """Round lo408: whether the comma at token ``t`` only sets off the visitor's apposition or an adjective: a
    title follows it («زيارة نائب الرئيس، رئيس الوزراء خالد بحاح، إلى عدن»)."""
    toks = doc.tokens
    return toks[t].text in ("،", ",") and t + 1 < len(toks) and toks[t + 1].norm_key in fw_keys("titles")


def far_visit_places(doc: Doc, events: list[Event]) -> None:
    """A visit noun with no place goes to the place right after «لـ» or «إلى» further on in its clause, past the
    visitor's name, titles and an adverb («زيارة الأمير فلان ولي العهد وزير الدفاع مؤخرا لموسكو»), no clause,
    relative, quotation, finite verb or other free preposition between; a comma only where it sets off the
    visitor's title («زيارة نائب الرئيس، رئيس الوزراء خالد بحاح، إلى عدن») or right before the place («قام بزيارة
    خاطفة، إلى عدن»: round lo408)."""
    toks = doc.tokens
    for ev in events:
        if ev.location is not None or ev.code != VISIT or ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.end - 1)
        if k is None:
            continue
        for t in range(k + 1, min(len(toks), k + 1 + VISIT_REACH)):
            if toks[t].start >= ev.sentence.end:
                break
            key = toks[t].norm_key
            if key in TO_WORDS:
                ev.location = _place_at(doc, t + 1) if t + 1 < len(toks) else None
                break
            if toks[t].text in ("،", ",") and t + 1 < len(toks) and (place := _destination(doc, t + 1)) is not None:
                ev.location = place
                break
            if _past_comma(doc, t):
                continue
            if _stop(doc, t) or finite_verb(toks[t]):
                break
            if key.startswith("ل") and (place := _place_at(doc, t)) is not None:
                ev.location = place
                break


def told_places(doc: Doc, events: list[Event]) -> None:
    """The rules of this module, in order."""
    attached_places(doc, events)
    far_visit_places(doc, events)
    source_places(doc, events)
    inside_places(doc, events)
    explained_places(doc, events)
    fronted_places(doc, events)  # round 129: «وأمام مكتب محافظ البصرة، تظاهر»
    these_places(doc, events)  # round 141: «وقتل 20 مقاتلا في هذه الغارات»
