"""«الجانبان/الطرفان» as the doers of an act told after a meeting of two named sides (round 263).

«التقى الأمير فلان الملك فلانا ... وأكد الجانبان على أهمية ...», «واجتماعه مع الرئيس فلان ... الذي أكد خلاله
الجانبان الحرص على»: an event with no named source whose subject is the bare dual «الجانبان/الطرفان» (function
words ``dual_side_words``; no country adjective after it: «الجانبان المصري واليمني» is side_sources' rule) is done by
the two sides of the meeting told last before it: the latest meeting event (CAMEO 04) before it, within ``BACK``
sentences, whose source and target are both a person or a body; the event takes its source and, where it has no
target of its own, its target (as a meeting codes its two sides).

The dual is its subject where it is the event's source phrase, or where it stands right after a verb trigger, past at
most one pronoun-carrying preposition or adverb («أكد خلاله الجانبان», «اتفق فيه الطرفان»). Nothing where another
meeting of another pair is told in the same sentence as that latest one (which of them is not said), where no meeting
with both sides named is near, or where the word has an adjective of a country after it.

Round 270: the dual of the two kinds of side (``dual_pair_words``: «واتفق البلدان», «وأكد الوزيران», «الزعيمين»)
stands for the pair the same way, where no adjective with the article follows it («البلدان النامية», «الرئيسان
الروسي والأميركي»: the plural of countries, or a pair named by its own adjectives); and so does the dual pronoun of a
verb with no written subject («وأكدا على أهمية», «كما أكدا رفضهما», «ويؤكدان»: the reading less «ا»/«ان» is a verb
form of the same trigger, so «دعا», whose «ا» is the root's, is none), where the event has no named source (an
unnamed phrase read after the verb is no subject of a dual verb).

Round ev911: the dual is read from the trigger word itself where the event was coded from a word after it («كما
أكدا رفضهما»: 120); a dual verb whose source is only carried from the verb before («استقبل فلان فلانا، وأكدا
خلاله») or read from «بلاده» takes the pair too (the carried one keeps its side), and where no meeting is near,
``sides_between.dual_pronoun_pair``: the pair of the cooperative act just told, else «بين X وY» / «X ... مع Y».
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from .dual_heads import pair_dual_open
from .forms import fw_keys, nkey
from .named_duals import named_pair
from .sides_between import dual_pronoun_pair, side_after_verb
from .source_set import name_party
from .trigger_table import lexicon
from .word_tests import doc_token_keys, sentences_back_start

TALKS = "04"
JOINT_STANDS = ("11", "12", "13", "16", "17")  # disapprove, reject, threaten, reduce relations, coerce: taken
# by a pair together against a third, never by one of the two against the other (a dual verb's pair, round ev911)
ACTORS = ("PERSON", "ORGANIZATION")
BACK = 6  # sentences before the event's own searched for the meeting
CONJUNCTIONS = ("و", "ف")  # on a dual verb: «وأكدا», «فاتفقا»
DUAL_PAST = "ا"
DUAL_PRESENT = "ان"


def _side_word(doc: Doc, k: int) -> bool:
    """Token ``k`` is a bare «الجانبان/الطرفان/الجانبين/الطرفين» with no country adjective after it, or a dual of
    ``dual_pair_words`` («البلدان», «الوزيران») with no adjective with the article after it."""
    toks = doc.tokens
    if k >= len(toks):
        return False
    key = toks[k].norm_key.removeprefix("و")
    nxt = toks[k + 1].norm_key if k + 1 < len(toks) else ""
    if key in fw_keys("dual_pair_words"):
        return pair_dual_open(key, nxt)  # ev627: «وبحث الزعيمان الأوضاع»; not «البلدان النامية»
    if key not in fw_keys("dual_side_words"):
        return False
    return nxt not in gazetteer.load().nisba and nxt.removeprefix("ال") not in gazetteer.load().nisba


def _verb_form(form: str, entry_id: str | None) -> bool:
    """Whether ``form`` (or its «ى» spelling) is a verb form of the trigger entry ``entry_id`` (None: of any)."""
    index = lexicon()
    forms = (form, form[:-1] + "ى") if form.endswith("ي") else (form,)
    return any(entry_id in (None, e.id) and pos == "V" for f in forms for e, pos in index.get(f, ()))


def _dual_of_word(form: str, entry_id: str) -> bool:
    """Whether ``form`` less «ا»/«ان» is a verb form of the entry ``entry_id``, or, where the event was coded from
    a word after it («كما أكدا رفضهما»: 120 from «رفض»), ``form`` and its reading less the ending are both verb forms
    of one entry («أكدا», «أكد»); «دعا» less «ا» is too short to be any."""
    if form.endswith(DUAL_PAST):
        rest = form[: -len(DUAL_PAST)]
    elif form.startswith(("ي", "ت")) and form.endswith(DUAL_PRESENT):
        rest = form[: -len(DUAL_PRESENT)]
    else:
        return False
    if len(rest) < 3:
        return False
    if _verb_form(rest, entry_id):
        return True
    index = lexicon()
    return any(pos == "V" and _verb_form(rest, e.id) for e, pos in index.get(form, ()))


def dual_verb_event(doc: Doc, ev: Event) -> bool:
    """Whether a verb event's trigger is a dual verb («وأكدا», «يلتقيان»): its word, less a «و/ف» on it, less «ا»
    (a perfect) or «ان» (an imperfect in «يـ/تـ»), is a verb form of the event's own trigger entry."""
    entry_id = ev.attrs.get("trigger_id")
    k = doc.token_at(ev.trigger.start)
    if ev.attrs.get("pos") != "V" or not isinstance(entry_id, str) or k is None:
        return False
    key = doc.tokens[k].norm_key
    keys = (key, key[1:]) if key.startswith(CONJUNCTIONS) else (key,)
    return any(_dual_of_word(form, entry_id) for form in keys)


def _dual_subject(doc: Doc, ev: Event) -> bool:
    """Whether the event's subject is the bare dual (module docstring)."""
    span = ev.attrs.get("source_span")
    written_before = isinstance(span, list) and len(span) == 2 and int(span[0]) < ev.trigger.start
    if not written_before and dual_verb_event(doc, ev):
        return True  # (the dual pronoun of the verb, round 270; a subject written before it is read below)
    if isinstance(span, list) and len(span) == 2:
        k = doc.token_at(int(span[0]))
        return k is not None and doc.tokens[k].end == int(span[1]) and _side_word(doc, k)
    return side_after_verb(doc, ev, _side_word) is not None  # («أكد خلاله الجانبان»)


def _carried(ev: Event, events: list[Event]) -> bool:
    """Whether the source of ``ev`` is no subject of its own: none written, or the written subject of an earlier
    event («استقبل فلان فلانا، وأكدا خلاله»: «فلان» is the subject of «استقبل»), or a state read from «بلاده»."""
    span = ev.attrs.get("source_span")
    if ev.source is None or ev.attrs.get("source_national") or not isinstance(span, list):
        return True
    return any(p is not ev and p.trigger.start < ev.trigger.start and p.attrs.get("source_span") == span
               for p in events)


def _actors(doc: Doc, p: Event) -> bool:
    one = doc.entity(p.source) if p.source is not None else None
    two = doc.entity(p.target) if p.target is not None else None
    return one is not None and two is not None and one.id != two.id and one.type in ACTORS and two.type in ACTORS


def _pair(doc: Doc, ev: Event, events: list[Event]) -> tuple[str, str] | None:
    """The two sides of the meeting told last before ``ev`` (module docstring)."""
    lo = sentences_back_start(doc, ev, BACK)
    met = [p for p in events if p is not ev and p.code.startswith(TALKS) and lo <= p.trigger.start < ev.trigger.start
           and _actors(doc, p)]
    if not met:
        return None
    last = met[0]
    for p in met:
        if p.trigger.start > last.trigger.start:
            last = p
    if last.source is None or last.target is None:
        return None
    pair = frozenset((last.source, last.target))
    if any(p.sentence.start == last.sentence.start and frozenset((p.source, p.target)) != pair for p in met):
        return None
    return last.source, last.target


def side_pairs(doc: Doc, events: list[Event]) -> None:
    """Give an act whose subject is the bare «الجانبان» the two sides of the meeting just told (docstring)."""
    keys = doc_token_keys(doc)
    words = fw_keys("dual_side_words") | fw_keys("dual_pair_words")
    duals = [ev for ev in events if dual_verb_event(doc, ev) and _carried(ev, events)]
    if not duals and not any(w in keys or "و" + w in keys for w in words):
        return
    for ev in events:
        if ev in duals and ev.target is None:
            pair = _pair(doc, ev, events) or dual_pronoun_pair(doc, ev, events)  # ev911: a dual verb's two
            if pair is None or ev.source is not None and ev.source not in pair and not ev.attrs.get(
                    "source_national"):  # (a subject carried from the verb before that is none of the two)
                continue
            if ev.source == pair[1]:
                pair = (pair[1], pair[0])  # (the one carried keeps its side)
            ev.attrs.pop("source_national", None)
            name_party(ev, "source", pair[0])
            if not ev.code.startswith(JOINT_STANDS):
                name_party(ev, "target", pair[1])  # (a joint rejection «كما أكدا رفضهما لمحاولات تدخل إيران» is
                # aimed at a third: the other of the two is its co-doer, no target)
            ev.attrs["source_side"] = "meeting_pair"
            continue
        if ev.source is not None or ev.code.startswith(TALKS) and ev.target is not None:
            continue
        if not _dual_subject(doc, ev):
            continue
        pair = _pair(doc, ev, events) or named_pair(doc, ev)  # ev838: else the last two named before it
        if pair is None:
            continue
        name_party(ev, "source", pair[0])
        if ev.target is None or ev.target == pair[0]:
            name_party(ev, "target", pair[1])
        ev.attrs["source_side"] = "meeting_pair"
