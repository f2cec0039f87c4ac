"""Round gr423: a meeting or visit told again by its definite noun, with the same parties, is the one told before.

«وجاء حديث الوزير خلال استقباله فلانا، أول من أمس في أبوظبي، حيث اطلع خلال اللقاء على ...», «لدى لقائه فلانا
... من جانبه، نقل فلان خلال اللقاء تحيات ...», «انتهت جولة المشاورات ... بين ليون ... وصرح ليون عقب نهاية
المشاورات»: :mod:`rasd.events.retold` joins a definite meeting noun to the meeting told before only where it names
no party; once the passes have found the parties, a noun that names the same ones (in either order) tells the same
meeting again, one event with both triggers, not a meeting of its own.

Only a definite singular noun of talks (``retold_masdars``, ``retold_talks_masdars``: «اللقاء», «الاستقبال»,
«المشاورات», «الزيارة»), told as fact, joined to the meeting (or, for «الزيارة», the visit or reception) mentioned
last before it, within ``REACH`` characters, told as fact with the same parties, on its day or dated only by the
article's day. A meeting of other parties told between, a meeting planned or hoped for, or one of another day stays
apart («اجتماع في مارس مع الرئيس» after «اجتمعت أخيرا بالرئيس»: indefinite, another meeting).

Session 53 (mo937, :func:`_quoted_retelling`): a speaker's words that retell the meeting the writer told («التقى
الوزير اليوم نظيره ... وأكد الوزير أنه جرى خلال اللقاء بحث ...»), the same two named sides on the same day, tell
that meeting again though a visit is told between or it stands up to ``QUOTED_REACH`` characters on.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .attached import default_day
from .forms import fw, fw_keys, nkey
from .joined_places import join_place
from .modality import FACTUAL
from .repeats import join_triggers
from .result_meetings import result_apart
from .retold import REACH, RETOLD_CODES, latest_mention, retelling
from .sides_retold import SIDES_REACH, sides_retold

MEETING_FAMILY = "04"  # talks, meetings, visits: the acts a meeting noun may be told between
VISIT_CODES = ("042", "043")  # a visit, and its host's reception
PREFIXES = ("", "و", "ف", "ب", "وب", "فب", "ل", "ول")  # the clitics a retold noun may carry («وخلال», «بالزيارة»)


def _talks_noun(doc: Doc, ev: Event) -> bool:
    """Whether the trigger of ``ev`` is a definite singular noun of talks or a visit (see the module)."""
    if retelling(ev, doc.text):
        return True
    word = nkey(doc.text[ev.trigger.start : ev.trigger.end])
    return any(word.startswith(p) and word[len(p):] in fw("retold_talks_masdars") for p in PREFIXES)


def _parties(doc: Doc, ev: Event) -> frozenset[str]:
    """The entity ids of the parties of ``ev``, and the words of each party phrase no entity names («المسؤولين»)."""
    found = {p for p in (ev.source, ev.target) if p is not None}
    for role in ("source", "target"):
        phrase = ev.unnamed(role, doc.text)
        if phrase is not None:
            found.add(nkey(str(phrase["text"])))
    return frozenset(found)


def _family(code: str) -> tuple[str, ...]:
    """The codes a retold noun of ``code`` may tell again: a visit's a visit or a reception, a meeting's a meeting."""
    return VISIT_CODES if code.startswith("042") else RETOLD_CODES


def _told_before(doc: Doc, kept: list[Event], ev: Event, default: str | None) -> Event | None:
    """The meeting of ``kept`` that ``ev`` tells again (see the module), if any."""
    at = ev.trigger.start
    noun = ev.attrs.get("pos") == "N" and _talks_noun(doc, ev)
    if ev.modality not in FACTUAL or not _parties(doc, ev) or not ev.code.startswith(RETOLD_CODES + VISIT_CODES) \
            or not (noun or sides_retold(doc, ev)):  # round ev702: «تباحث الطرفان», «لقاءه مع فلان»
        return None
    told = [o for o in kept if o.trigger.start < at and o.code.startswith(MEETING_FAMILY)]
    if not told:
        return None
    last = max(told, key=lambda o: latest_mention(o, at))
    if not _fits(doc, last, ev, noun):
        host = _past_asides(doc, told, ev) if noun else None
        if host is None or not _fits(doc, host, ev, noun):
            return _quoted_retelling(doc, told, ev) if noun else None
        last = host
    return last if ev.date in (last.date, default, None) else None


def _fits(doc: Doc, last: Event, ev: Event, noun: bool) -> bool:
    """Whether ``ev`` may tell ``last`` again: its family, as fact, within reach, the same sides (see the module)."""
    at = ev.trigger.start
    return last.code.startswith(_family(ev.code)) and last.modality in FACTUAL \
        and at - latest_mention(last, at) <= (REACH if noun else SIDES_REACH) and _same_sides(doc, last, ev, noun) \
        and not result_apart(doc.text, last, ev)  # round mend618: «وبحث الوزيران نتائج الاجتماع»: an earlier one


def _same_sides(doc: Doc, last: Event, ev: Event, noun: bool) -> bool:
    """Whether ``ev`` names the sides of ``last``; session 54 (lo944): a definite meeting noun with one side empty
    names one of them («لدى لقائه اليوم المبعوث ... ونقلت الوكالة عن الرئيس قوله خلال اللقاء»: the president's)."""
    mine, theirs = _parties(doc, ev), _parties(doc, last)
    if mine == theirs:
        return True
    return noun and (ev.source is None or ev.target is None) and len(mine) == 1 and mine < theirs


def _aside(doc: Doc, o: Event, ev: Event) -> bool:
    """Session 54 (lo944): whether ``o``, told between a meeting and its noun ``ev``, tells no meeting of other
    parties: a visit of one of the sides (the occasion of the meeting, «خلال استقباله فلانا ... الذي يزور
    أبوظبي»), or a definite meeting noun with a side empty (itself told again, «كما تناول اللقاء ...»)."""
    if o.code.startswith("042"):
        return o.source is not None and o.source in (ev.source, ev.target)
    one_side = (o.source is None) != (o.target is None)
    return one_side and o.attrs.get("pos") == "N" and _talks_noun(doc, o) and o.modality in FACTUAL


def _occasion(visit: Event, meeting: Event) -> bool:
    """Whether ``visit`` is the occasion of ``meeting``: told in its sentence, or a visit to the place it was held
    («المباحثات التي أجراها السيسي وهادي في القاهرة ... وأكد هادي الذي توجه إلى القاهرة ...»)."""
    held = meeting.location is not None and meeting.location in (visit.target, visit.location)
    return visit.sentence.start == meeting.sentence.start or held


def _past_asides(doc: Doc, told: list[Event], ev: Event) -> Event | None:
    """The meeting told last before ``ev`` past the events told aside (see :func:`_aside`), where any was; a visit
    skipped is the occasion of that meeting (:func:`_occasion`)."""
    at = ev.trigger.start
    skipped: list[Event] = []
    for o in sorted(told, key=lambda o: latest_mention(o, at), reverse=True):
        if not _aside(doc, o, ev):
            visits = [v for v in skipped if v.code.startswith("042")]
            return o if skipped and all(_occasion(v, o) for v in visits) else None
        skipped.append(o)
    return None


QUOTED_REACH = 3000  # characters from the meeting told to its noun in a speaker's words, the same named sides, that day


def _quoted_retelling(doc: Doc, told: list[Event], ev: Event) -> Event | None:
    """Session 53 (mo937): a meeting noun in a speaker's words (reported) that names both sides of the meeting of
    its family told last before it, the same two named parties on the same day, tells that meeting again, though a
    visit is told between or it stands further on: «التقى الوزير اليوم في موسكو نظيره ... وقال إن زيارة ولي العهد
    مؤخرا ... وأكد الوزير أنه جرى خلال اللقاء بحث الوضع». Not a noun with a side no entity names, nor one
    dated otherwise or by no date of its own."""
    framed = _framed(doc, ev)
    if not (ev.modality == "reported" or framed) or ev.date is None or ev.source is None or ev.target is None:
        return None
    at = ev.trigger.start
    same = [o for o in told if o.code.startswith(_family(ev.code))]
    if not same:
        return None
    last = max(same, key=lambda o: latest_mention(o, at))
    day = last.date == ev.date or (framed and ev.date == default_day(doc) and last.date is not None)
    if last.modality not in FACTUAL or not day or at - latest_mention(last, at) > QUOTED_REACH \
            or {last.source, last.target} != {ev.source, ev.target} or result_apart(doc.text, last, ev):
        return None
    return last


def _framed(doc: Doc, ev: Event) -> bool:
    """Session 54 (lo944): whether the noun of ``ev`` follows «خلال/أثناء» (``during_words``), the meeting as the
    frame of what was said in it («وجرى خلال اللقاء بحث العلاقات»): told as the writer's, it tells the meeting
    again as a speaker's words do, dated by its day or by the article's."""
    t = doc.token_at(ev.trigger.start)
    return t is not None and t > 0 and doc.tokens[t - 1].norm_key.removeprefix("و") in fw_keys("during_words")


def same_meetings(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each meeting noun told again joined to the meeting it tells (see the module)."""
    default = default_day(doc)
    kept: list[Event] = []
    for ev in events:
        host = _told_before(doc, kept, ev, default)
        if host is None:
            kept.append(ev)
            continue
        join_triggers(host, ev)
        if _parties(doc, host) == _parties(doc, ev):  # session 54 (lo944): not the place of a noun with a side empty
            join_place(host, ev, doc.entities)  # round ev469: none kept, or a town inside the kept country
    return kept
