"""Round 242, after the events are dated: a day told in the sentence right before carried to an act that the text
links to it, where that act has no time in its own sentence (dated by default, ``default_day``).

- «واجتمع الدبلوماسيان يوم الاثنين في الدوحة ... وبعد اللقاء انتقد لافروف ...», «وأعلنت الخارجية أمس ... غير أن
  مكتب رئيس الوزراء أكد بعد قليل»: a sentence opened by an explicit link to the act told before (``day_links``:
  «لاحقا»; «بعد/عقب» + «ذلك/قليل», ``day_link_objects``, not «بعد ذلك بأيام»; «في وقت لاحق»; or «بعد/عقب/خلال/في»
  + a definite meeting noun, ``link_occasions``:
  «وبعد اللقاء», «وخلال الاجتماع», «وفي المؤتمر نفسه», round 250: «وخلال نفس الاجتماع», «وفي ذات اللقاء»,
  ``same_heads``), or whose verb is followed right away by such a link
  («أكد بعد قليل»), is of the day of the last act of the sentence before dated by its own time; after or during a
  meeting noun it is also where that meeting (CAMEO 04x) was, when it names no place of its own;
- «وقالت المتحدثة أمس إن ... . وأكدت فلانة أن ...»: a statement of one speaker goes on from a sentence dated by a
  day it tells (outside the words it quotes) through the next sentences where the same speaker speaks (a quote cued
  or a statement verb, CAMEO 01x): their statement verbs by that speaker or by no named one take its day; a
  sentence opened by a statement verb with no named source («وأكد الطرفان», «وأكدا») goes on with it too;
- «بثت القناة مساء أول من أمس فيلما ... . وأكدت هذه الاتهامات ...»: a definite act noun after a demonstrative
  («هذه/تلك/ذلك», ``attack_demonstratives``) points back to what the sentence before told: its day; round ti917: so
  does a statement verb opening its sentence right before such a demonstrative («وأكدت هذه الاتهامات»,
  «وأعلن ذلك رئيس الوزراء»).

Round 253: a noun act right before a link («أعلن انتقاده بعد اللقاء») or the object of the first verb of a sentence
opened by one («وسرعان ما أعلن لافروف انتقاده»: «سرعان» among ``day_links``) takes that day too; and a lead with no
time of its own takes the day of its speaker's statement retold in the next sentences («أعرب يونكر عن ثقته ...» then
«وفي تصريحاته ... الأربعاء، أوضح يونكر»: ``_lead_retold``).

Nothing where the sentence has a time of its own, where the act is inside a direct quote (the quote tells its own
background), where the sentence before has no act dated by one of its own times, or where it is not a factual act.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..doc import Doc, Event, Span, TimeSpan, trigger_start
from .attached import default_day
from .dating import dated
from .forms import fw_keys, nkey
from .modality import FACTUAL
from .said_when import cue_day
from .when import RECENT_DAYS, told_at
from .word_tests import entity_at, open_quotation

STATEMENT = "01"  # make a public statement (CAMEO 01x)
MEETINGS = "04"  # consult, visit, meet: an occasion a link noun («اللقاء») points back to
LINK_REACH = 2  # tokens after a verb trigger to a link told right after it («أكد بعد قليل»)
OPENER_REACH = 4  # tokens from a sentence's start to the end of its opening link


def _said(doc: Doc, sent: Span, at: int) -> bool:
    """Whether offset ``at`` lies in the content of a quote (direct or reported) or inside quotation marks."""
    return _quoted(doc, sent, at) or any(q.content.start <= at < q.content.end for q in doc.quotes)


def _told_times(doc: Doc, sent: Span) -> list[TimeSpan]:
    """The times of ``sent`` the story tells, not those inside what someone says («قال إن ... في يوليو»): of a
    sentence of ``doc.sentences`` read from :func:`_told_index` (each sentence is asked ~3 times); read only."""
    got = doc.memoized("told_times", _TOLD_LAYERS, _told_index).get((sent.start, sent.end))
    return got if got is not None else _told_times_of(doc, sent)


_TOLD_LAYERS = ("text", "times", "quotes")  # what :func:`_told_times_of` reads (with the sentences, made before)


def _told_index(doc: Doc) -> dict[tuple[int, int], list[TimeSpan]]:
    """(start, end) of each sentence → its :func:`_told_times_of`, made once per document (``Doc.memoized``, with
    the text, times and quotes it was read from); read only."""
    return {(s.start, s.end): _told_times_of(doc, s) for s in doc.sentences}


def _told_times_of(doc: Doc, sent: Span) -> list[TimeSpan]:
    """:func:`_told_times`, made."""
    return [ts for ts in doc.times_within(sent.start, sent.end) if ts.value
            and not _said(doc, sent, ts.start)]


def _own_day(doc: Doc, events: list[Event], sent: Span, default: str) -> tuple[str | None, Event | None]:
    """(the date of the last factual act of ``sent`` dated by one of its own times to a day that is not the default,
    that act)."""
    best: Event | None = None
    told = _told_times(doc, sent)
    for o in events:
        if not (sent.start <= o.trigger.start < sent.end) or o.modality not in FACTUAL or o.date is None \
                or o.date == default or len(o.date) != 10:
            continue
        if any(dated(ts.value) == o.date for ts in told) and (best is None or o.trigger.start > best.trigger.start):
            best = o
    return (best.date, best) if best is not None else (None, None)


def _keys(doc: Doc, a: int, b: int) -> list[str]:
    return [doc.tokens[t].norm_key for t in range(a, b)]


def _link_at(keys: list[str], k: int) -> bool:
    """Whether a link to the act told before (see the module) starts at ``keys[k]``."""
    if k >= len(keys):
        return False
    first = keys[k].removeprefix("و")
    if first in fw_keys("day_links"):
        return True
    nxt = keys[k + 1] if k + 1 < len(keys) else ""
    after = keys[k + 2] if k + 2 < len(keys) else ""
    if first in fw_keys("day_link_heads") and nxt in fw_keys("day_link_objects"):
        return not after.startswith("ب")  # («بعد ذلك بأيام»: days later)
    if first in fw_keys("day_link_heads") or first in fw_keys("day_during_heads"):
        return nxt in fw_keys("link_occasions") or nxt in fw_keys("same_heads") and after in fw_keys("link_occasions")
    return first == "في" and nxt in ("وقت", "الوقت") and after in ("لاحق", "لاحقا")


def _linked(doc: Doc, ev: Event, sent: Span) -> bool:
    """Whether ``ev``'s sentence opens with a link to the act told before, or its verb trigger is followed right
    away by one («أكد بعد قليل»)."""
    a, k = doc.token_at(sent.start), doc.token_at(ev.trigger.start)
    if a is None or k is None:
        return False
    if _link_at(_keys(doc, a, min(k, a + OPENER_REACH)), 0):
        return True
    if ev.attrs.get("pos") != "V":
        return False
    after = _keys(doc, k + 1, min(len(doc.tokens), k + 1 + LINK_REACH + 2))
    return any(_link_at(after, j) for j in range(min(LINK_REACH, len(after))))


OBJECT_REACH = 6  # tokens from a sentence's start to a noun trigger that is the object of its first verb


def _linked_object(doc: Doc, ev: Event, sent: Span, events: list[Event]) -> bool:
    """Round 253: a noun trigger followed right away by a link («أعلن لافروف انتقاده بعد اللقاء»), or the object of
    the first verb of a sentence opened by one («وسرعان ما أعلن لافروف انتقاده»: within ``OBJECT_REACH`` tokens of
    its start, no complementizer, relative or other act of ``events`` before it: not «وبعد اللقاء انتقد لافروف إعلان
    واشنطن», what was criticised): the act of the verb the link dates."""
    a, k = doc.token_at(sent.start), doc.token_at(ev.trigger.start)
    if a is None or k is None or ev.attrs.get("pos") != "N":
        return False
    last = doc.token_at(ev.trigger.end - 1)
    after = _keys(doc, (last if last is not None else k) + 1, min(len(doc.tokens), k + 2 + LINK_REACH + 2))
    if any(_link_at(after, j) for j in range(min(LINK_REACH, len(after)))):
        return True
    if k - a > OBJECT_REACH or not _link_at(_keys(doc, a, min(k, a + OPENER_REACH)), 0):
        return False
    if any(sent.start <= o.trigger.start < ev.trigger.start for o in events):
        return False
    for t in range(a, k):
        key = doc.tokens[t].norm_key.removeprefix("و")
        if key in fw_keys("complementizers") or key in fw_keys("relatives"):
            return False
    return True


def _pointed(doc: Doc, ev: Event, sent: Span) -> bool:
    """Whether ``ev`` is a definite noun trigger right after a demonstrative («هذه الاتهامات») at the opening of its
    sentence (within ``OPENER_REACH`` tokens): the topic the sentence before told."""
    k, a = doc.token_at(ev.trigger.start), doc.token_at(sent.start)
    if k is None or a is None or k < 1 or k - a > OPENER_REACH or ev.attrs.get("pos") != "N":
        return False
    own = doc.tokens[k].norm_key.removeprefix("و")
    return own.startswith("ال") and doc.tokens[k - 1].norm_key.removeprefix("و") in fw_keys("attack_demonstratives")


def _pointing_verb(doc: Doc, ev: Event, sent: Span) -> bool:
    """Round ti917: a statement verb (CAMEO 01x) opening its sentence (within ``OPENER_REACH`` tokens) whose next word
    is a demonstrative (``attack_demonstratives``) pointing back: «وأكدت هذه الاتهامات ...» (its subject the topic
    the sentence before told), «وأعلن ذلك رئيس الوزراء» (its object what the sentence before told): it goes on with
    that telling, of its day."""
    k, a = doc.token_at(ev.trigger.start), doc.token_at(sent.start)
    last = doc.token_at(ev.trigger.end - 1)
    if k is None or a is None or last is None or k - a > OPENER_REACH or ev.attrs.get("pos") != "V" \
            or not ev.code.startswith(STATEMENT) or last + 1 >= len(doc.tokens) \
            or doc.tokens[last + 1].start >= sent.end:
        return False
    return doc.tokens[last + 1].norm_key in fw_keys("attack_demonstratives")


def _quoted(doc: Doc, sent: Span, at: int) -> bool:
    return open_quotation(doc.text[sent.start : at])


def _told_day(doc: Doc, sent: Span, default: str) -> str | None:
    """The one day (not the default) told in ``sent`` outside the words it quotes; None for none or two."""
    days: set[str] = set()
    for ts in _told_times(doc, sent):
        if told_at(doc, ts) or not any(c.isdigit() for c in ts.text):  # (not «هجمات 11 أيلول»: a name)
            value = dated(ts.value)
            if value is not None and len(value) == 10:
                days.add(value)
    if len(days) != 1:
        return None
    day = next(iter(days))
    return day if day != default else None


def _speakers(doc: Doc, events: list[Event], sent: Span) -> set[str]:
    """Who makes a statement in ``sent``: the speakers of the quotes cued in it and the sources of its statement
    verbs (CAMEO 01x) outside quotes."""
    found: set[str] = set()
    for q in doc.quotes:
        who = q.actor()
        if who is not None and sent.start <= q.cue.start < sent.end and not _quoted(doc, sent, q.cue.start):
            found.add(who)
    for o in events:
        if o.source is not None and o.code.startswith(STATEMENT) and o.attrs.get("pos") == "V" \
                and sent.start <= o.trigger.start < sent.end and not _quoted(doc, sent, o.trigger.start):
            found.add(o.source)
    return found


def linked_days(doc: Doc, events: list[Event]) -> None:
    """Each factual act dated by default with no time in its sentence that the text links to the sentence right
    before (see the module) takes the day of that sentence; a statement chain of one speaker carries its day on."""
    default = default_day(doc)
    if default is None or not doc.sentences:
        return
    ordered = sorted(events, key=trigger_start)
    _lead_retold(doc, ordered, default)
    _lead_meeting(doc, ordered, default)
    chain: tuple[str, str] | None = None  # (the speaker, the day) of the statement going on
    opened = 0  # the offset of the sentence that dated the statement going on
    for k, sent in enumerate(doc.sentences):
        own = _told_times(doc, sent)
        speakers = _speakers(doc, events, sent)
        if own:
            value, _ = _own_day(doc, events, sent, default)
            day = value if value is not None else _told_day(doc, sent, default)
            chain = (next(iter(speakers)), day) if day is not None and len(speakers) == 1 else None
            opened = sent.start
            continue
        if k == 0:
            continue
        prev = doc.sentences[k - 1]
        value, before = _own_day(doc, events, prev, default)
        if value is None:
            value = _told_day(doc, prev, default)
        going = chain if chain is not None and (chain[0] in speakers or _unnamed_opening(doc, events, sent)
                                                or _past_semicolon(doc, sent)) else None
        if going is None and chain is not None and len(speakers) == 1 and _relayed(doc, sent, chain[0], opened):
            going = (next(iter(speakers)), chain[1])  # tm419: «ونقل البيان عن نائب المدير قوله»: the statement's day
        for ev in ordered:
            if not (sent.start <= ev.trigger.start < sent.end) or ev.date != default or ev.modality not in FACTUAL \
                    or _quoted(doc, sent, ev.trigger.start):
                continue
            if value is not None and (ev.attrs.get("pos") == "V" and _linked(doc, ev, sent) or _pointed(doc, ev, sent)
                                      or _pointing_verb(doc, ev, sent) or _linked_object(doc, ev, sent, ordered)):
                ev.date = value
                if before is not None and ev.location is None and before.code.startswith(MEETINGS) \
                        and _occasion_opened(doc, sent):
                    ev.location = before.location  # «وبعد اللقاء انتقد»: where the meeting was
            elif going is not None and ev.code.startswith(STATEMENT) and ev.attrs.get("pos") == "V" \
                    and (ev.source == going[0] or ev.source is None and not _said(doc, sent, ev.trigger.start)):
                ev.date = going[1]
        chain = going


def _past_semicolon(doc: Doc, sent: Span) -> bool:
    """Round tm419: whether ``sent`` follows a semicolon («وأن السياسات؛ المالية والنقدية، تتقدم»): the sentence
    before goes on in it, and so does its statement."""
    return doc.text[: sent.start].rstrip().endswith(("؛", ";"))


def _relayed(doc: Doc, sent: Span, speaker: str, opened: int) -> bool:
    """Round tm419: whether ``sent`` opens with a verb of relaying (``relay_verbs``) whose subject is the statement
    told before from offset ``opened``, its definite statement noun named there («في بيان» ... «ونقل البيان عن نائب
    المدير قوله») or its ``speaker`` («ونقل الصندوق عن»): that statement goes on in the words of the one it quotes."""
    a = doc.token_at(sent.start)
    if a is None or a + 1 >= len(doc.tokens) or doc.tokens[a].norm_key.removeprefix("و") not in fw_keys("relay_verbs"):
        return False
    subject = doc.tokens[a + 1].norm_key
    if subject.startswith("ال") and subject[2:] in fw_keys("statement_nouns"):
        first = doc.token_at(opened)
        return first is not None and any(doc.tokens[t].norm_key.endswith(subject[2:]) for t in range(first, a))
    ent = entity_at(doc, a + 1)
    return ent is not None and ent.id == speaker


def _unnamed_opening(doc: Doc, events: list[Event], sent: Span) -> bool:
    """Whether a statement verb with no named source opens ``sent`` («وأكدا على ...», «وأكد الطرفان»): the
    statement told before goes on."""
    a = doc.token_at(sent.start)
    return any(o.code.startswith(STATEMENT) and o.attrs.get("pos") == "V" and o.source is None
               and doc.token_at(o.trigger.start) == a for o in events if sent.start <= o.trigger.start < sent.end)


def _occasion_opened(doc: Doc, sent: Span) -> bool:
    """Whether ``sent`` opens with «بعد/خلال/في» + a definite meeting noun («وبعد اللقاء», «وخلال الاجتماع»)."""
    a = doc.token_at(sent.start)
    if a is None or a + 1 >= len(doc.tokens):
        return False
    first = doc.tokens[a].norm_key.removeprefix("و")
    k = a + 2 if doc.tokens[a + 1].norm_key in fw_keys("same_heads") and a + 2 < len(doc.tokens) else a + 1
    return (first in fw_keys("day_link_heads") or first in fw_keys("day_during_heads")) \
        and doc.tokens[k].norm_key in fw_keys("link_occasions")


LEAD_REACH = 4  # sentences after an undated lead read for the day of its speaker's statement


def _statement_day(doc: Doc, events: list[Event], sent: Span, speakers: set[str], default: str) -> str | None:
    """The one day (within ``RECENT_DAYS`` before the default) of a statement by one of ``speakers`` in ``sent``:
    a statement event of theirs dated by a time of the sentence, or the day said at the cue of their quote
    («وفي تصريحاته لوسائل إعلام الأربعاء، أوضح يونكر أن»); None for none or two."""
    days: set[str] = set()
    told = {dated(ts.value) for ts in _told_times(doc, sent)}
    for o in events:
        if sent.start <= o.trigger.start < sent.end and o.code.startswith(STATEMENT) and o.source in speakers \
                and o.date in told:
            days.add(o.date or "")
    for q in doc.quotes:
        who = q.actor()
        if who in speakers and sent.start <= q.cue.start < sent.end:
            cued = cue_day(doc, q.cue, q.content, sent)
            if cued is not None:
                days.add(cued)
    try:
        today = date.fromisoformat(default[:10])
        day = date.fromisoformat(next(iter(days))) if len(days) == 1 else None
    except ValueError:
        return None
    if day is None or not today - timedelta(days=RECENT_DAYS) <= day < today:
        return None
    return day.isoformat()


def _lead_retold(doc: Doc, events: list[Event], default: str) -> None:
    """Round 253: «أعرب يونكر عن ثقته ...، وقال إن ...» (a lead with no time) then «وفي تصريحاته ... الأربعاء، أوضح
    يونكر»: the lead tells the statement the next sentences retell with its day. The first sentence of the text,
    with no time of its own, takes the day of the first sentence within ``LEAD_REACH`` after it that dates a
    statement of the lead's speaker by a time it tells (``_statement_day``): its statement verbs by that speaker
    (or by no named one) and the factual acts in the words that speaker says, dated by default, take that day."""
    lead = next((s for s in doc.sentences if s.end > s.start), None)
    if lead is None or _told_times(doc, lead):
        return
    speakers = _speakers(doc, events, lead)
    if not speakers:
        return
    day: str | None = None
    for sent in doc.sentences[1 : 1 + LEAD_REACH]:
        if sent.start >= lead.end and any(len(dated(ts.value) or "") == 10 for ts in _told_times(doc, sent)):
            day = _statement_day(doc, events, sent, speakers, default)  # (a day told: not «طيلة الأشهر الماضية»)
            if day is not None:
                break
    if day is None:
        return
    spans = [q.content for q in doc.quotes if q.actor() in speakers and lead.start <= q.cue.start < lead.end]
    for ev in events:
        if not (lead.start <= ev.trigger.start < lead.end) or ev.date != default or ev.modality not in FACTUAL:
            continue
        stated = ev.code.startswith(STATEMENT) and ev.attrs.get("pos") == "V" and (ev.source in speakers
                                                                                   or ev.source is None)
        if stated or any(c.start <= ev.trigger.start < c.end for c in spans):
            ev.date = day


HELD_TIME_REACH = 3  # tokens after the verb of being held to the time of a meeting retold


def _held_day(doc: Doc, head: str, adjective: str, after: int, default: str) -> str | None:
    """The recent day (``RECENT_DAYS`` before the default) of the first retelling from offset ``after`` on of the
    meeting named ``head`` (+ its ``adjective``) with a relative of being held and its time («الاجتماع المشترك
    الذي عقد ظهر أمس»)."""
    n = len(doc.tokens)
    for t in range(n):
        if doc.tokens[t].start < after or doc.tokens[t].norm_key.removeprefix("و") != head:
            continue
        r = t + 2 if adjective else t + 1
        if adjective and (t + 1 >= n or doc.tokens[t + 1].norm_key != adjective):
            continue
        if r + 1 >= n or doc.tokens[r].norm_key not in fw_keys("relatives") \
                or doc.tokens[r + 1].norm_key not in fw_keys("held_verbs"):
            continue
        lo, hi = doc.tokens[r + 1].end, doc.tokens[min(n - 1, r + 1 + HELD_TIME_REACH)].end
        for ts in doc.times:
            value = dated(ts.value) if lo <= ts.start < hi else None
            if value is not None and len(value) == 10 and value < default[:10] and value >= (
                    date.fromisoformat(default[:10]) - timedelta(days=RECENT_DAYS)).isoformat():
                return value
        return None
    return None


def _lead_meeting(doc: Doc, events: list[Event], default: str) -> None:
    """Round 253: «خلص الاجتماع المشترك بين الوزراء وكيري إلى ...» (a lead with no time) then «وسبق الاجتماع
    المشترك الذي عقد ظهر أمس استقبال ...»: a definite meeting noun (CAMEO 04x) of the first sentence, dated by
    default with no time of its own, takes the day of its retelling with a relative of being held (``held_verbs``)
    and a recent day (``_held_day``)."""
    lead = next((s for s in doc.sentences if s.end > s.start), None)
    if lead is None or _told_times(doc, lead) or not default[:10].count("-") == 2:
        return
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if not (lead.start <= ev.trigger.start < lead.end) or ev.date != default or ev.modality not in FACTUAL \
                or not ev.code.startswith(MEETINGS) or ev.attrs.get("pos") != "N" or k is None:
            continue
        head = doc.tokens[k].norm_key.removeprefix("و")
        nxt = doc.tokens[k + 1].norm_key if k + 1 < len(doc.tokens) else ""
        if not head.startswith("ال"):
            continue
        day = _held_day(doc, head, nxt if nxt.startswith("ال") else "", lead.end, default)
        if day is not None:
            ev.date = day
