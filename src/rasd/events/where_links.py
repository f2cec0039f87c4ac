"""Round 79: where a meeting was when its place is said in a clause linked to it rather than after «في» right by
it: a relative clause of taking place on the meeting noun («المحادثات مع الحكومة، التي جرت أمس في الرياض»), the
destination of a journey the meeting is the purpose of («التوجه إلى الدوحة للقاء الوزراء»), and the talks named
again in the next sentence («مباحثاتها ... في أثينا. وأجرى الوزير أولى مباحثاته مع ...»)."""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from ..text.prefixes import past_clitics
from .chunks import Chunk
from .forms import PLACES, fw, nkey
from .lexicon import Hit
from .readings import PLACE_WORDS, place_word
from .word_tests import clause_stop, sentence_index

MEETINGS = "04"  # consult, visit, negotiate
VISITS = ("042", "043")  # a visit made or hosted (a journey to a place)
RELATIVE_REACH = 8  # tokens from a meeting noun to a relative on it, over its partner («مع هيئة التنسيق الوطني،»)
AFTER_VERB = 2  # adverbs or times between the verb of taking place and its «في» («جرت أخيرا في بروكسل»)
PARTNER_OPENERS = ("مع", "بين")  # the phrase of a meeting's partner, which a relative on the meeting may follow
PRONOUNS = ("هما", "هم", "ها", "ه")  # a possessive ending of a noun («مباحثاته»)
GUEST_REACH = 16  # tokens from a reception to the relative on its guest, over the guest's name, titles and party
ADJECTIVES = 2  # a place word and its adjective before the place a guest visits («العاصمة الإماراتية أبوظبي»)
PURPOSE_REACH = 4  # tokens from a journey's trigger to the «لـ» of the meeting it is for («التوجه إلى الدوحة للقاء»)


def _meeting_noun(hit: Hit) -> bool:
    return hit.pos == "N" and hit.entry.code.startswith(MEETINGS) and hit.entry.code not in VISITS


def happened_relative_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«واللقاءات مع هيئة التنسيق، التي جرت أخيرا في بروكسل», «المحادثات مع الحكومة، التي عقدت أمس في الرياض»:
    the place of a relative clause on a meeting noun past its partner phrase (only «مع/بين» and names, a comma),
    whose verb is one of taking place (function words ``taking_place_verbs``) or of holding said of the meeting
    (``holding_verbs``, with no object: only adverbs or times before its «في»). None if there is none."""
    if not _meeting_noun(hit):
        return None
    toks = doc.tokens
    r = next((t for t in range(hit.j + 1, min(len(toks), hit.j + 1 + RELATIVE_REACH))
              if toks[t].norm_key in fw("relatives")), None)
    if r is None or r + 2 >= len(toks):
        return None
    between = range(hit.j + 1, r)
    if between and toks[hit.j + 1].norm_key not in PARTNER_OPENERS:
        return None  # («نتائج اللقاءات بشأن الأزمة التي ...»: a relative on another noun)
    if sum(toks[t].text in ("،", ",") for t in between) > 1 or any(
            toks[t].norm_key in fw("prepositions") and t != hit.j + 1 for t in between):
        return None
    verb = toks[r + 1].norm_key
    k = r + 2
    if verb in fw("past_being") and toks[k].norm_key in fw("scheduled_words"):
        k += 1  # round 124: «المفاوضات مع الحكومة التي كانت مقررة الجمعة الماضي، في مدينة مري»
    elif verb not in fw("taking_place_verbs") and verb not in fw("holding_verbs"):
        return None
    end, comma = min(len(toks), k + AFTER_VERB + 1), False  # one comma before the «في» («الماضي، في»)
    while k < end and toks[k].norm_key != "في" and (
            toks[k].text in fw("adverbs") or toks[k].norm_key in fw("adverbs")
            or any(ts.start <= toks[k].start < ts.end for ts in doc.times)
            or (toks[k].text in ("،", ",") and not comma)):
        comma = comma or toks[k].text in ("،", ",")
        k += 1
    if k >= len(toks) or toks[k].norm_key != "في":
        return None
    if k + 2 < len(toks) and toks[k + 1].norm_key.removeprefix("ال") in PLACE_WORDS:
        k += 1  # «في مدينة مري»
    return next((c for c in chunks if c.i == k + 1 and c.etype in PLACES and c.entity is not None), None)


def also_clause(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi-1 open a clause that adds another matter with a comma and «كما» («..., كما تناول
    اللقاء»: function words ``also_openers``), so a place before it is not of the act after it."""
    return any(doc.tokens[t - 1].text in ("،", ",") and doc.tokens[t].norm_key.removeprefix("و")
               in fw("also_openers") for t in range(max(lo, 1), hi))


def guest_visit_place(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«خلال استقباله رئيس الحكومة اليمنية الذي يزور العاصمة الإماراتية أبوظبي»: a reception (CAMEO 043) is where
    the guest visits, named after a relative and a present verb of visiting (function words ``visiting_verbs``)
    right after the guest (a comma only right before the relative or a noun joined to the guest), past only a place word and its
    adjective. None if there is none."""
    if hit.entry.code != VISITS[1]:
        return None
    toks = doc.tokens
    # the relative on the guest named right after the trigger: near, past no comma but one right before it or one
    # before a noun joined to the guest («، والوفد المرافق له، الذي يزور»)
    for r in range(hit.j + 1, min(len(toks) - 2, hit.j + 1 + GUEST_REACH)):
        if clause_stop(toks[r].text) and not (toks[r].text in ("،", ",") and r + 1 < len(toks) and (
                toks[r + 1].norm_key in fw("relatives") or toks[r + 1].norm_key.startswith("وال"))):
            return None
        if toks[r].norm_key not in fw("relatives"):
            continue
        if toks[r + 1].norm_key not in fw("visiting_verbs"):
            return None
        for c in chunks:
            if c.etype in PLACES and c.entity is not None and c.prep is None and r + 2 <= c.i <= r + 2 + ADJECTIVES \
                    and all(_place_word(toks[t].text) for t in range(r + 2, c.i)):
                return c
        return None
    return None


def _place_word(text: str) -> bool:
    """«العاصمة», «الإماراتية»: a place word or a nisba adjective after it."""
    key = nkey(text)
    return place_word(key) or key.endswith(("يه", "ي"))


def purpose_places(doc: Doc, events: list[Event]) -> list[Event]:
    """``events``, a meeting with no place told as the purpose of a journey with «لـ» right after its destination
    («عزمه التوجه إلى الدوحة للقاء وزراء الخارجية»: the meeting is where the journey goes) given that place."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(MEETINGS) or ev.code in VISITS:
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or not doc.tokens[k].norm_key.startswith("ل"):
            continue
        for trip in events:
            if trip.code != VISITS[0] or trip.location is None or trip.trigger.end > ev.trigger.start:
                continue
            t = doc.token_at(trip.trigger.start)
            if t is None or not 0 < k - t <= PURPOSE_REACH:
                continue
            ent = doc.entity(trip.location)
            # the destination ends right before the «لـ» of the meeting, nothing else between
            if ent is not None and any(k - 1 >= 0 and m.end == doc.tokens[k - 1].end and m.start > trip.trigger.start
                                       for m in ent.mentions) \
                    and not any(doc.tokens[u].text in ("،", ",") for u in range(t, k)):
                ev.location = trip.location
                break
    return events


def _stem(word: str) -> tuple[str, bool]:
    """«ومباحثاته» → («مباحثات», True): a noun's key without «و», a preposition, the article and a possessive
    ending, and whether it is told as known (the article or a possessive: «المباحثات», «مباحثاته», not «اجتماع»)."""
    key = past_clitics(nkey(word))
    known = key.startswith("ال")
    key = key.removeprefix("ال")
    for p in PRONOUNS:
        if key.endswith(p) and len(key) - len(p) >= 4:
            key, known = key[: -len(p)], True
            break
    return (key[:-1] if key.endswith("اي") else key), known  # («لقائه» → «لقا», as «اللقاء»)


def _located_place(doc: Doc, places: set[str], lo: int, hi: int) -> bool:
    """Whether the text lo..hi names a place where something is: after «في» or with «بـ» («في أثينا», «بأنقرة»),
    not one a plan is for («خطة مساعدات لليونان»)."""
    for e in doc.entities:
        if e.id not in places:
            continue
        for m in e.mentions:
            if not lo <= m.start < hi:
                continue
            k = doc.token_at(m.start)
            if k is None:
                continue
            word = doc.tokens[k].norm_key.removeprefix("و")
            if word.startswith("ب") or (k > 0 and doc.tokens[k - 1].norm_key.removeprefix("و") == "في"):
                return True
    return False


def _told_with(doc: Doc, b: Event, stem: str) -> bool:
    """Whether one of the triggers of ``b`` (a round of talks joined to its noun: «جولة», «المشاورات») ends in a
    noun of ``stem``."""
    return any(_stem(doc.text[t.start : t.end].split()[-1])[0] == stem for t in b.triggers or [b.trigger])


def continued_talks_places(doc: Doc, events: list[Event]) -> list[Event]:
    """``events``, a meeting noun told as known (``_stem``) with no place in a sentence that says none where
    (``_located_place``) given the place of the one meeting of the sentence before told
    with the same noun («تواصل الحكومة مباحثاتها ... في أثينا. وأجرى وزير المالية أولى مباحثاته مع ...»: the
    same talks), that meeting being asserted, its place named in that sentence (not carried on again) and its date not another («اجتماع في سبتمبر ...
    في نيويورك. وكان هناك اجتماع في مارس»: another meeting)."""
    places = {ent.id for ent in doc.entities if ent.type in PLACES}
    for ev in events:
        if ev.location is not None or ev.modality != "asserted" or not ev.code.startswith(MEETINGS) \
                or ev.code in VISITS:
            continue
        s = sentence_index(doc, ev.trigger.start)
        if s is None or s == 0:
            continue
        # (a paragraph break between may stand: news paragraphs are often one sentence long)
        sent, prev = doc.sentences[s], doc.sentences[s - 1]
        stem, known = _stem(doc.text[ev.trigger.start:ev.trigger.end])
        if not known or _located_place(doc, places, sent.start, sent.end):
            continue
        before = [b for b in events if prev.start <= b.trigger.start < prev.end and b.code.startswith(MEETINGS)
                  and b.code not in VISITS]
        if len(before) > 1:  # («انتهت جولة المشاورات في ...»: the one told with the same noun)
            before = [b for b in before if _told_with(doc, b, stem)]
        if len(before) != 1:
            continue
        b = before[0]
        if b.location is not None and b.modality == "asserted" and _named_in(doc, b.location, prev.start, prev.end) \
                and _told_with(doc, b, stem) and not other_day(ev.date, b.date):
            ev.location = b.location
    return events


def held_next_places(doc: Doc, events: list[Event]) -> list[Event]:
    """``events``, a meeting noun told as known (``_stem``) with no place given the one the next sentence says it
    was held at, opening with a verb of holding or taking place and the same noun («اللقاء الثلاثي الذي جمع ... .
    وعقد اللقاء عصر أمس في العاصمة القطرية الدوحة»)."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(MEETINGS) or ev.code in VISITS:
            continue
        s = sentence_index(doc, ev.trigger.start)
        if s is None or s + 1 >= len(doc.sentences):
            continue
        stem, known = _stem(doc.text[ev.trigger.start:ev.trigger.end])
        nxt = doc.sentences[s + 1]
        k = doc.token_at(nxt.start)
        if not known or k is None or k + 3 >= len(doc.tokens):
            continue
        toks = doc.tokens
        verb = toks[k].norm_key.removeprefix("و")
        if verb not in fw("holding_verbs") and verb not in fw("taking_place_verbs"):
            continue
        if _stem(toks[k + 1].text) != (stem, True):
            continue
        place = _held_at(doc, k + 2, nxt.end)
        if place is not None:
            ev.location = place
    return events


def _held_at(doc: Doc, k: int, end: int) -> str | None:
    """The place entity said after «في» from token ``k`` on, over a word of the noun, times and adverbs before it and
    a place word with its adjective after it («الثلاثي عصر أمس في العاصمة القطرية الدوحة»); None if there is none."""
    toks = doc.tokens
    u = k
    while u < len(toks) and toks[u].start < end and u < k + AFTER_VERB + 2 and toks[u].norm_key != "في":
        u += 1
    if u >= len(toks) or toks[u].norm_key != "في":
        return None
    for w in range(u + 1, min(len(toks), u + 2 + ADJECTIVES)):
        ent = next((e for e in doc.entities if e.type in PLACES and any(m.start == toks[w].start for m in e.mentions)),
                   None)
        if ent is not None:
            return ent.id
        if not _place_word(toks[w].text):
            return None
    return None


def _named_in(doc: Doc, eid: str, lo: int, hi: int) -> bool:
    """Whether entity ``eid`` is named in the text lo..hi (a place told there, not one carried on to it), by name or
    by its country's adjective after a capital or land noun."""
    ent = doc.entity(eid)
    if ent is None:
        return False
    if any(lo <= m.start < hi for m in ent.mentions):
        return True
    # («في العاصمة الجزائرية», «داخل الأراضي السورية»: named by its country's adjective after a capital or land noun)
    nisba = gazetteer.load().nisba
    toks = [t for t in doc.tokens if lo <= t.start < hi]
    return ent.country is not None and any(
        nisba.get(b.norm_key) == ent.country and (a.norm_key in fw("capital_nouns") or a.norm_key in fw("land_nouns"))
        for a, b in zip(toks, toks[1:]))


def other_day(a: str | None, b: str | None) -> bool:
    """Whether two dates («2015-08-04», «2015-08», «2015-03») cannot be of the same time (neither is within the
    other)."""
    return a is not None and b is not None and not (a.startswith(b) or b.startswith(a))
