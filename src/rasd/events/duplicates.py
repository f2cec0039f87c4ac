"""One event for an act told twice: ``dedup`` merges the events of a document that tell the same act (same code,
source and target, its triggers kept together), and joins an argument-less repeat in a sentence to the event it
repeats; acts of the same family told of other targets, or with phrases of their own, stay apart. The events
stage (events.stage) calls it last.

Round tp404: an act told again as the latest one («تصريحات العربي ...، وأنّ تصريحاته الأخيرة»: ``latest_adjectives``
right after the repeat's trigger) is one of an earlier, unsaid day; the event it joins, dated only by the
document's day (``date_default``), has no day then.
"""

from __future__ import annotations

from collections.abc import Sequence
from re import finditer

from ..doc import Entity, Event, Quote
from .act_objects import about_apart, act_objects
from .audiences import audiences_apart, own_day_apart
from .chain_days import SAID_AFTER
from .court_acts import court_verdicts
from .forms import fw_keys, nkey
from .joined_places import join_place
from .lexicon import apart_targets, same_act
from .means_acts import victims_apart
from .modality import FACTUAL
from .nearest_cause import cause_host, shared_doer
from .promised_objects import other_objects
from .relative_acts import relative_join
from .repeats import finer_code, join_triggers
from .result_meetings import result_apart
from .result_retold import result_retold
from .retold import retold
from .said_apart import said_apart
from .source_set import copy_phrase
from .talks_rounds import round_told
from .told_doers import told_doer
from .tour_stops import stop_apart


WHEN_CLAUSE_WORDS = 7  # words from «عندما» to the act its clause tells («عندما قامت مجموعة من تنظيم داعش بالهجوم»)


def _lemma(ev: Event) -> str:
    """The trigger entry's family («attack» for «attack_masdar»)."""
    return str(ev.attrs.get("trigger_id", "")).split("_")[0]


def _target_key(ev: Event) -> object:
    return ev.target if ev.target is not None else ev.attrs.get("target_text")


def _other_act(a: Event, b: Event, anaphors: frozenset[int]) -> bool:
    """«أطلقت قوات الأمن النار على المحتجين ... أعدم التنظيم», «واصل التنظيم القتل ... وأعدم 44 شابا»: acts of
    force of other trigger words in other sentences with other targets (or one with none) are two acts, unless
    the later is a definite noun that refers back («الهجوم»)."""
    if court_verdicts(a, b) and id(b) not in anaphors:
        return True  # round mn979: «أصدرت المحكمة أحكاما ضد 30 شخصا. وقضت المحكمة بحبس فلان»: two verdicts
    if a.plover != "ASSAULT" or a.sentence == b.sentence or _lemma(a) == _lemma(b) or id(b) in anaphors:
        return False
    ka, kb = _target_key(a), _target_key(b)
    return ka != kb or ka is None and (a.attrs.get("target_span") is None) != (b.attrs.get("target_span") is None)


def _other_phrase(a: Event, b: Event) -> bool:
    """«بدأ التنظيم بإعدام عناصر من مسلحيه كما قام بإعدام شخصين», «قتل قائد عسكري ... على إعدام محامٍ»: an
    execution and another execution or act in its sentence, whose targets are phrases the entity layer left
    unresolved, apart in the text, are two acts («أسفر عن مقتل 46 مدنيا وجرح عدد كبير» still is one)."""
    ta, tb = a.attrs.get("target_span"), b.attrs.get("target_span")
    if a.target is not None or b.target is not None or not isinstance(ta, list) or not isinstance(tb, list):
        return False
    if a.sentence != b.sentence or "execute" not in (_lemma(a), _lemma(b)):
        return False
    return bool(ta[1] <= tb[0] or tb[1] <= ta[0])


def _another_verb(a: Event, b: Event) -> bool:
    """Round 169: «انتقد الوزير إيران ... كما هاجم الانتقادات الدولية»: a verb of another trigger word in another
    sentence, with no target named, is another act of the same party, not the one told with its target before."""
    return a.sentence != b.sentence and a.attrs.get("pos") == "V" and b.attrs.get("pos") == "V" \
        and _lemma(a) != _lemma(b)


def _default_day(a: Event, b: Event, anaphors: frozenset[int]) -> bool:
    """Round ev342: «زار بحاح عدن أمس ... قال الوزير إن بحاح أصر على إجراء الزيارة القصيرة»: a definite noun
    (``anaphors``) that tells again an act told before on a day of its own, itself dated only by the document's day
    (``date_default``), differs from it by no day it was told; an act of force only where both name one target."""
    if a.date == b.date or a.date is None or b.date is None:
        return False
    if a.plover == "ASSAULT" and (a.target is None or a.target != b.target):
        return False  # («تواصلت الاشتباكات» in two provinces: clashes of no one target are not one by their day)
    told, retelling = (a, b) if b.attrs.get("date_default") else (b, a)
    told_day, default_day = str(told.date), str(retelling.date)
    return bool(retelling.attrs.get("date_default")) and not told.attrs.get("date_default") \
        and id(retelling) in anaphors and retelling.attrs.get("pos") == "N" and told_day < default_day


def _verbs_apart(a: Event, b: Event) -> bool:
    """Round ev454: «التقيت رئيس جمهورية مصر في مناسبات كثيرة» … «لقد التقيت بالفعل عدة مرات السيد أكينجي»: one
    party's verb acts of no day told, in other sentences, each with its own phrase after it that the entity layer
    left unresolved, are two acts, not one act told twice (with a day, «أن «داعش» أعدم 44 شابا» … «أعدم رميا بالرصاص
    نحو 44 شابا ظهر اليوم», it is the one act of that day told again)."""
    ta, tb = a.attrs.get("target_span"), b.attrs.get("target_span")
    return a.sentence != b.sentence and a.date is None and b.date is None and a.attrs.get("pos") == "V" \
        and b.attrs.get("pos") == "V" and a.target is None and b.target is None and isinstance(ta, list) \
        and isinstance(tb, list)


def _same(a: Event, b: Event, any_day: bool = False) -> bool:
    """``any_day``: the two may differ by their date (see ``_default_day``)."""
    told_as_fact = a.modality in FACTUAL and b.modality in FACTUAL
    if a.code[:3] != b.code[:3] or (a.modality != b.modality and not told_as_fact) or a.date != b.date and not any_day:
        return False
    if a.source is not None and a.source == b.source:
        if b.target is None and a.target is not None and _another_verb(a, b):
            return False
        if _verbs_apart(a, b):
            return False
        return (a.target == b.target or b.target is None) and not _other_phrase(a, b) and not apart_targets(a, b)
    return a.source == b.source and a.target is not None and a.target == b.target


def _own_phrases(host: Event, ev: Event) -> bool:
    """«وقتل ثلاثة جنود خلال هجوم المتطرفين على نقطة عسكرية»: an attack noun with an unnamed actor in its genitive
    and an unnamed target after it, neither the host's, is an event of its own, no argument-less repeat."""
    src, tgt = ev.attrs.get("source_span"), ev.attrs.get("target_span")
    if ev.plover != "ASSAULT" or ev.attrs.get("pos") != "N" or not isinstance(src, list) or not isinstance(tgt, list):
        return False
    genitive = 0 <= src[0] - ev.trigger.end <= 1 and tgt[0] > src[1]  # «هجوم المتطرفين على نقطة»
    return genitive and src != host.attrs.get("source_span") and tgt != host.attrs.get("target_span")


def _when_clause_act(text: str, o: Event, ev: Event) -> bool:
    """Round 279: «وقتل يومها ثمانية حراس حين اقتحم مسلحون مقار الشرطة», «قتل ثلاثة جنود ... عندما قامت مجموعة من
    تنظيم داعش بالهجوم على معسكر»: an act told in a «عندما/حين/حينما» clause (``when_openers``) after the act
    before it, at most ``WHEN_CLAUSE_WORDS`` words past the opener and no comma between, with a doer phrase of its own
    inside that clause, is the act the first followed from (the storming, the attack), no repeat of it."""
    span = ev.attrs.get("source_span")
    if not text or not isinstance(span, list) or o.trigger.end > ev.trigger.start \
            or span == o.attrs.get("source_span"):
        return False
    opener = None
    for m in finditer(r"\S+", text[o.trigger.end : ev.trigger.start]):
        if nkey(m.group()).removeprefix("و") in fw_keys("when_openers"):
            opener = o.trigger.end + m.end()
    if opener is None or span[0] < opener:
        return False
    between = text[opener : ev.trigger.start]
    return len(between.split()) <= WHEN_CLAUSE_WORDS and not any(c in between for c in "،,.؛;:")


def _repeat(o: Event, ev: Event, text: str = "") -> bool:
    """Whether ``ev`` repeats ``o`` in its sentence with no argument of its own: the same act (``same_act``), no
    source or target entity, no own phrases (see ``_own_phrases``), no target phrase apart from ``o``'s; round
    ev372: not where ``o`` is the act in whose wake ``ev`` came («وعلى أثر الهجوم، رد الحزب بعمليات انتقامية»: a
    word of aftermath, ``wake_words`` as ``spans_told`` reads them, right before ``o``, and ``ev`` after it)."""
    return (o.sentence == ev.sentence and same_act(o, ev) and (ev.source is None or shared_doer(o, ev))
            and _target_kept(o, ev)
            and not _own_phrases(o, ev) and not _other_phrase(o, ev) and not _in_wake_of(text, o, ev)
            and not _own_doers(o, ev) and not victims_apart(text, o, ev))


def _own_doers(o: Event, ev: Event) -> bool:
    """Round ev848: «لأن أغلبية المعارضة رفضته، والأميركيون أيضًا رفضوا معظم المتقدمين»: two verbs, each with a
    subject phrase of its own that the entity layer left unresolved, the later one's standing between the two verbs
    (SVO: the new clause's subject), are two acts of two doers (not a phrase after the later verb, too often its
    object: «وأصابت الوريد ... وأصابت الأمعاء»)."""
    sa, sb = o.attrs.get("source_span"), ev.attrs.get("source_span")
    if o.attrs.get("pos") != "V" or ev.attrs.get("pos") != "V" or not isinstance(sa, list) or not isinstance(sb, list):
        return False
    return o.source is None and "source_text" in o.attrs and "source_text" in ev.attrs and sa[1] <= o.trigger.start \
        and o.trigger.end <= sb[0] and sb[1] <= ev.trigger.start


def _in_wake_of(text: str, o: Event, ev: Event) -> bool:
    """(see ``_repeat``) A comma between the two, and ``ev`` no definite noun that tells ``o`` again («عقب إعلان
    اللجنة ...، خلال الأيام اللاحقة على الإعلان») nor a relative's verb on it («في أعقاب الهجوم الذي استهدف»)."""
    words = text[max(0, o.trigger.start - 12) : o.trigger.start].split()
    if not words or o.trigger.end > ev.trigger.start or nkey(words[-1]).lstrip("و") not in fw_keys("wake_words"):
        return False
    trigger = nkey(text[ev.trigger.start : ev.trigger.end]).lstrip("وفبل")
    return any(c in text[o.trigger.end : ev.trigger.start] for c in "،,") and not trigger.startswith(("ال", "ل"))


def _own_setting(text: str, o: Event, ev: Event) -> bool:
    """Round 277: «المباحثات القائمة بين اللجنة ..., والتي عقدت أول اجتماع لها في الرياض»: a second mention of
    a meeting with a place of its own, not the first's, or told as the object of a relative clause's verb
    («التي عقدت اجتماعا», «والتي عقدت أول اجتماع»), is another meeting, no argument-less repeat (acts of force
    told with places stay as they were)."""
    if not ev.code.startswith(("040", "046")):
        return False
    if ev.location is not None and ev.location != o.location:
        return True
    words = [nkey(w).lstrip("و") for w in text[max(0, ev.trigger.start - 40) : ev.trigger.start].split()]
    if words and words[-1] == nkey("أول"):
        words = words[:-1]
    return len(words) >= 2 and words[-2] in fw_keys("relatives")


def _told_apart(o: Event, ev: Event) -> bool:
    """Round 264: «يواجهون تهما بالقتل، وقتل المسلحون جنديا»: a verb act told as fact on a day is no repeat of a
    noun act reported of no day before it (a charge's, a rumour's): the killing done is not the killing charged."""
    return o.modality == "reported" and o.date is None and o.attrs.get("pos") == "N" \
        and ev.modality == "asserted" and ev.date is not None and ev.attrs.get("pos") == "V"


def _ready_apart(text: str, o: Event, ev: Event) -> bool:
    """Round 212: «نفى أنه رفض لقاء الرئيس، وقال إنه مستعد للقاء»: an act one is ready for (hypothetical, right
    after a readiness word, ``ready_words``) is not the act told before it in the sentence as a fact or denied."""
    if ev.modality != "hypothetical" or o.modality == "hypothetical":
        return False
    words = text[max(0, ev.trigger.start - 40) : ev.trigger.start].split()
    return bool(words) and nkey(words[-1]).lstrip("وف") in fw_keys("ready_words")


def _stopped(text: str, ev: Event) -> bool:
    """Round 252: an act right after a masdar of stopping (``stop_masdars``: «مكنتها من إيقاف استهداف مدينة
    عدن»): the act stopped is not one of the acts that went on before it («كانوا يستهدفون مدينة عدن»)."""
    words = text[max(0, ev.trigger.start - 20) : ev.trigger.start].split()
    return bool(words) and nkey(words[-1]) in fw_keys("stop_masdars")


LATEST_REACH = 2  # words after a repeat's trigger read for «الأخيرة» («تصريحاته الأخيرة»)


def _told_latest(text: str, ev: Event) -> bool:
    """Whether «الأخير/الأخيرة» follows the trigger of ``ev`` within ``LATEST_REACH`` words (see the module)."""
    words = text[ev.trigger.end : ev.trigger.end + 40].split()[:LATEST_REACH]
    return any(nkey(w) in fw_keys("latest_adjectives") for w in words)


def dedup(events: list[Event], doers: frozenset[int] = frozenset(), anaphors: frozenset[int] = frozenset(),
          text: str = "", entities: Sequence[Entity] = (), quotes: Sequence[Quote] = ()) -> list[Event]:
    """The same event told twice is one event with both triggers; an argument-less repeat in a sentence joins
    the event of the same code there. ``doers``: the ``id()`` of events whose source phrase is the subject of a
    light verb right before the act, kept by the event a repeat joins; ``anaphors``: of events told by a definite
    noun, which may refer back to an act of another trigger word told before (see ``_other_act``); ``text``: the
    document's, where a meeting noun that tells a meeting again is read (``retold``); ``entities``: the document's,
    where the place an event keeps is looked up (``joined_places``); ``quotes``: the document's, whose contents
    tell two statements of one speaker apart (``said_apart``)."""
    out: list[Event] = []
    about_acts = act_objects(events, text)  # round mend508: «وأدان توكلي تعرض عدد من الطلبة للضرب»
    for ev in events:
        host = retold(out, ev, anaphors, text)  # «استقبل ... وجرى خلال الاستقبال»: a meeting told again (round 47)
        host = host or round_told(out, ev, text)  # round gr423: «جولة مباحثات»: the round's own talks noun
        host = host or result_retold(out, ev, text, entities)  # round ev507: «قصفت الطائرات ...، وأدى القصف إلى مقتل»
        by_day = False
        for o in ([] if host is not None else out):  # (the nearest meeting it tells again, no earlier one: round 49)
            if other_objects(text, o, ev) or about_apart(about_acts, o, ev) or result_apart(text, o, ev) \
                    or audiences_apart(text, o, ev) or stop_apart(o, ev):  # ev712: «أكد لنظيره» … «وأكد لنظرائه»
                continue  # round ev430: «ووعد ... بإجراء إصلاحات ... كما وعد بإتاحة الفرصة»: two promises
            if said_apart(text, quotes, o, ev, entities):  # round mn947
                ev.attrs.setdefault(SAID_AFTER, o.trigger.start)  # round ti972: its chain's first (chain_days)
                continue
            if _same(o, ev, _default_day(o, ev, anaphors)) and not _other_act(o, ev, anaphors) \
                    and _stopped(text, o) == _stopped(text, ev) and not victims_apart(text, o, ev):
                host = o
                by_day = o.date != ev.date
                if by_day and o.attrs.get("date_default"):
                    o.attrs["told_day"] = ev.date  # the day the act was told with (given once all are merged)
                break
            if _repeat(o, ev, text) and not _ready_apart(text, o, ev) and not _when_clause_act(text, o, ev) \
                    and not _told_apart(o, ev) and not _own_setting(text, o, ev) and not own_day_apart(o, ev):
                # «قتل ... ، وقتلت الشرطة ... بإطلاق النار»: a means joins the act nearest before it (of one trigger's
                # events, the first), not the first of its sentence
                near = [p for p in out if p.trigger.start < ev.trigger.start and _repeat(p, ev, text)] if ev.attrs.get(
                    "means") else []
                host = max(near, key=lambda p: p.trigger.start) if near else cause_host(out, o, ev)  # round ev475
                break
        host = host or relative_join(out, ev, text)  # round ev522: «الهجوم الانتحاري الذي استهدف مسجدا»
        if host is not None:
            if host.attrs.get("date_default") and ev.date is None and _told_latest(text, ev):
                host.date = None  # round tp404: «وأنّ تصريحاته الأخيرة»: the act told before, of no day said
            if host.plover == ev.plover:
                host.code = finer_code(host.code, ev.code)  # round ev430: the more specific code of the two
            join_triggers(host, ev)
            join_place(host, ev, entities, fill=False, text=text)  # round ev469: «في الأردن ... في عمان»: finer place
            if host.attrs.get("target_span") is None and ev.attrs.get("target_span") is not None:
                # «وقع قصف عنيف، وقصف المسلحون منزل العائلة»: the repeat names the target, a phrase the entity
                # layer left unresolved; the event keeps it (a source so found was too often a stray word: not kept)
                if "target_text" in ev.attrs and host.target is None:
                    copy_phrase(host, "target", ev)
                else:
                    host.attrs["target_span"] = ev.attrs["target_span"]
            if ((id(ev) in doers or by_day or told_doer(text, host, ev)) and host.source is None
                    and host.attrs.get("source_span") is None
                    and ev.attrs.get("source_span") is not None):
                # (by_day: «الهجوم على X» ... «بعد هجوم شنته الجبهة على X فجر الجمعة»: the act told on its own day
                # names its doer, a subject of its own clause, not a stray word of a repeat)
                # «بعد ... قصف منزل، قامت دبابة اسرائيلية بقصف احد المنازل»: the repeat names the doer of a light
                # verb; the event keeps that phrase (other sources of a repeat were too often stray words)
                if "source_text" in ev.attrs:
                    copy_phrase(host, "source", ev)
                else:
                    host.attrs["source_span"] = ev.attrs["source_span"]
            if host.date is None and ev.date is None and host.source is None and ev.source is None \
                    and _someone(host) and ev.attrs.get("source_span") is not None and not _someone(ev):
                copy_phrase(host, "source", ev)  # round ev833: «فيما ينتقد آخرون علاقاته» … «الذي ينتقد بعض
                # المتمردين علاقاته»: one act of no day told twice; the doer named, not «آخرون» (``someone_subjects``)
            continue
        out.append(ev)
    for ev in out:
        day = ev.attrs.pop("told_day", None)
        if isinstance(day, str):
            ev.date = day
    return out


def _someone(ev: Event) -> bool:
    """Round ev833: the source phrase of ``ev`` is a bare «آخرون», «البعض» (``someone_subjects``)."""
    said = ev.attrs.get("source_text")
    return isinstance(said, str) and nkey(said) in fw_keys("someone_subjects")


def _target_kept(o: Event, ev: Event) -> bool:
    """(see ``_repeat``) ``ev`` names no target entity; or, round mend812, the one ``o`` has, told by the same
    trigger word's entry on ``o``'s day or on none of its own (the article's by default): «كثف طيران التحالف، أمس،
    غاراته على قاعدة العند ...، وقال شهود إن غارات مكثفة شنتها طائرات التحالف على القاعدة العسكرية» (not «خطفت
    الجبهة مجموعة ثانية ...، بعد أيام من خطفها ثمانية مقاتلين»: an act of no day, an earlier one)."""
    if ev.target is None:
        return True
    day = ev.date is not None and (ev.date == o.date or bool(ev.attrs.get("date_default")))
    return ev.target == o.target and day and ev.attrs.get("trigger_id") == o.attrs.get("trigger_id")
