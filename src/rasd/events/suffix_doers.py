"""Round ev986: the doer of a stance or a move said as a masdar with a possessive pronoun and no source.

«وأعلنوا رفضهم للاتفاق», «بعد سيطرتهم على المدينة», «وأكد دعمه للمبادرة»: a noun act (a one-word masdar with its
pronoun «ـه/ـها/ـهم») that has no source, named or unnamed, after the other passes is done by the party the pronoun
stands for, where the act is a stance or a move of the doer (``DOER_CODES``: statements, intent, meetings and visits,
cooperation and support, aid, yielding and withdrawal, criticism, rejection, protest, cutting ties, taking control).
Acts done to someone (arrest, killing, kidnapping, release, hosting, accusing, threatening, demanding: CAMEO 043,
084, 10, 112, 13, 17–20 but 192) are left to ``pronoun_doers.patient_pronouns`` and ``pronoun_targets``: their
pronoun is mostly the patient («اعتقاله»).

The party is the subject of a clause before the masdar: the nearest verb event before it in its sentence with a
source (named, else an unnamed phrase) that agrees with the pronoun, no clause break between (end punctuation,
«أن/إن», a relative); where the masdar opens its sentence (within ``OPENING`` tokens: «وبعد سيطرتهم على المدينة»),
the last agreeing subject of the sentence before. «ـه» agrees with a person or a masculine body, «ـها» with a state
or a feminine body, «ـهم» with a body or group named by a plural of people («وزراء», «مسلحو الحركة»). A verb whose
agreeing object stands between it and the masdar gives none («اتهمت الحكومة الجماعة برفضها»: the object may be the
doer). A masdar in «و» right after a noun act («نتائج زيارة ولي العهد إلى القاهرة، واجتماعه مع الرئيس») goes on
with that act's doer. A statement that performs its possessed object («وأكد دعمه للمبادرة»: ``performative``) whose
only source is that object's own phrase takes the party the same way. Where the party found was read as the
event's target (from the pronoun), it moves to the source. Nothing where none agrees: a null is better than a
wrong party.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..entities.lookups import body_heads
from ..text.normalize import COMMAS
from ..text.verb_gender import verb_agreement
from .complements import TELLING
from .forms import nkey, plural_key
from .named import feminine_name
from .shared_time import act_before
from .source_set import name_party, set_phrase
from .word_tests import breaks_between, enclitic

DOER_CODES = ("01", "02", "03", "040", "041", "042", "044", "045", "046", "05", "06", "07", "081", "082", "083",
              "085", "086", "087", "11", "12", "14", "16", "192")
PATIENT_CODES = ("112",)  # accuse: «لاتهامهم بـ»: they are accused
PRONOUNS = ("ه", "ها", "هم")
OPENING = 3  # tokens from the start of its sentence within which a masdar opens it («وبعد سيطرتهم»)
OBJECT_REACH = 8  # words after a performing statement read for its possessed object (``performative``)


def _fits(doc: Doc, ent: Entity, pron: str, before: int) -> bool:
    """Whether entity ``ent``, named last before character ``before``, can be what ``pron`` stands for: «ـه» a person
    or a masculine body, «ـها» a state or a feminine body, «ـهم» a body or group named by a plural of people."""
    if ent.type not in ("PERSON", "ORGANIZATION", "GROUP") and ent.attrs.get("kind") != "country":
        return False
    ms = [m for m in ent.mentions if m.end <= before] or ent.mentions
    m = ms[-1]
    name = doc.text[m.start : m.end]
    if pron == "هم":
        first = nkey(name.split()[0]) if name.split() else ""
        return ent.type in ("ORGANIZATION", "GROUP") and ent.attrs.get("kind") != "country" and plural_key(first)
    if pron == "ها":
        return ent.attrs.get("kind") == "country" or ent.type in ("ORGANIZATION", "GROUP") and feminine_name(
            doc, m.start, name)
    return ent.type == "PERSON" or ent.type in ("ORGANIZATION", "GROUP") and ent.attrs.get("kind") != "country" \
        and not feminine_name(doc, m.start, name)


def _masdar(doc: Doc, ev: Event) -> int | None:
    """The token of the event's masdar with its pronoun: the noun trigger, the last trigger of a verb's event whose
    object it is («وأعلنوا رفضهم»), or the possessed object a statement performs («وأكد دعمه»: ``performative``)."""
    if str(ev.attrs.get("trigger_id", "")).endswith("_performed") and ev.attrs.get("pos") == "V":
        v = doc.token_at(ev.trigger.start)
        if v is None:
            return None
        for k in range(v + 1, min(len(doc.tokens), v + 1 + OBJECT_REACH)):
            if doc.tokens[k].start >= ev.sentence.end:
                break
            if enclitic(doc.tokens[k]) in PRONOUNS:
                return k
        return None
    spans = [ev.trigger] if ev.attrs.get("pos") == "N" else ev.triggers[1:] if len(ev.triggers) > 1 else []
    if not spans:
        return None
    span = spans[-1]
    t = doc.token_at(span.start)
    if t is None or t != doc.token_at(span.end - 1):
        return None  # (one word: the masdar and its pronoun; not «التوقيع عليه»)
    return t


def _phrase_fits(doc: Doc, span: list[int], pron: str) -> bool:
    """Whether the unnamed phrase over ``span`` can be what ``pron`` stands for, by its head word."""
    k = doc.token_at(span[0])
    if k is None:
        return False
    stems = [w.form for w in doc.tokens[k].words if w.kind == "stem"]
    key = nkey(stems[0]) if stems else doc.tokens[k].norm_key
    feminine = key.endswith("ه") or len(key) > 4 and key.endswith("ات")
    if pron == "هم":
        return plural_key(key) or key.endswith("و") and plural_key(key + "ن")  # («مسلحو الحركة»: in construct)
    return feminine if pron == "ها" else not feminine and not plural_key(key)


def _object_between(doc: Doc, other: Event, pron: str, at: int) -> bool:
    """Whether the verb of ``other`` has an object before character ``at`` that the pronoun may stand for («اتهمت
    الحكومة الجماعة برفضها»: the verb's object may be the doer)."""
    tspan = other.attrs.get("target_span")
    if isinstance(tspan, list) and len(tspan) == 2 and other.trigger.end <= tspan[0] and tspan[1] <= at \
            and _phrase_fits(doc, tspan, pron):
        return True
    tgt = doc.entity(other.target) if other.target is not None else None
    return tgt is not None and _fits(doc, tgt, pron, at) and any(
        other.trigger.end <= m.start < at for m in tgt.mentions)


def _subjects(doc: Doc, events: list[Event], lo: int, hi: int) -> list[Event]:
    """The verb events whose trigger lies in characters ``lo``..``hi`` and have a source (named or a phrase), the
    nearest to ``hi`` first."""
    found = [o for o in events if o.attrs.get("pos") == "V" and lo <= o.trigger.start < hi and (
        o.source is not None or isinstance(o.attrs.get("source_span"), list))]
    return sorted(found, key=lambda o: -o.trigger.start)


def _party(doc: Doc, other: Event, pron: str, at: int) -> tuple[str | None, list[int] | None]:
    """The source of ``other`` where it agrees with ``pron``: its entity, else its phrase span."""
    if other.source is not None:
        ent = doc.entity(other.source)
        return (other.source if ent is not None and _fits(doc, ent, pron, at) else None), None
    span = other.attrs.get("source_span")
    if isinstance(span, list) and len(span) == 2 and span[1] <= at and _phrase_fits(doc, span, pron):
        return None, [int(span[0]), int(span[1])]
    return None, None


def _parted(doc: Doc, other: Event, t: int) -> bool:
    """Whether a clause break («أن/إن», a relative, end punctuation) parts the verb of ``other`` from token ``t``."""
    v = doc.token_at(other.trigger.start)
    return v is None or breaks_between(doc, v + 1, t)


def _own_verb(doc: Doc, ev: Event, t: int) -> int | None:
    """The token of the verb that governs the masdar at token ``t``: the verb trigger of ``ev`` before it, or the
    «و» word that opens its clause after a comma right before it («، وجدد انتقاداته»)."""
    v = doc.token_at(ev.trigger.start)
    if ev.attrs.get("pos") == "V" and v is not None and v < t:
        return v
    if t >= 2 and doc.tokens[t - 2].text in COMMAS:
        words = doc.tokens[t - 1].words
        if len(words) == 2 and words[0].kind == "proclitic" and words[0].form == "و":
            return t - 1
    return None


def _gender_clash(doc: Doc, ev: Event, other: Event, t: int) -> bool:
    """Whether the verb that governs the masdar at token ``t`` (``_own_verb``) has not the gender of the verb of
    ``other`` («واجتمعت أطراف ...، وجدد انتقاداته»: «جدد» has a subject of its own, not the parties)."""
    v, w = _own_verb(doc, ev, t), doc.token_at(other.trigger.start)
    if v is None or w is None or v == w:
        return False
    genders = {verb_agreement(doc.tokens[v].norm_key), verb_agreement(doc.tokens[w].norm_key)}
    return genders == {"m", "f"}


def _rival_between(doc: Doc, other: Event, pron: str, t: int) -> bool:
    """Whether a body noun (``entities.lookups.body_heads``: «اللجنة») not of the source of ``other`` stands between
    its verb and the masdar at token ``t``, which «ـها/ـهم» may stand for («وأشادت السعودية بالبيان الصادر عن اللجنة
    الوزارية في اجتماعها»)."""
    v = doc.token_at(other.trigger.start)
    if pron == "ه" or v is None:
        return False
    ent = doc.entity(other.source) if other.source is not None else None
    own = [(m.start, m.end) for m in ent.mentions] if ent is not None else []
    span = other.attrs.get("source_span")
    if isinstance(span, list) and len(span) == 2:
        own.append((int(span[0]), int(span[1])))
    for k in range(v + 1, t):
        tok = doc.tokens[k]
        if any(a <= tok.start < b for a, b in own):
            continue
        if any(w.kind == "stem" and nkey(w.form) in body_heads() for w in tok.words):
            return True
    return False


def _nearest(doc: Doc, ev: Event, events: list[Event], t: int, pron: str) -> tuple[str | None, list[int] | None]:
    """The subject the pronoun stands for: the nearest agreeing subject of a verb before the masdar in its sentence;
    where no verb with a subject comes before it there («وبعد سيطرتهم على المدينة، فرضوا»), the last agreeing one of
    the sentence before."""
    at = doc.tokens[t].start
    own = [o for o in _subjects(doc, events, ev.sentence.start, at) if not _parted(doc, o, t)]
    first = doc.token_at(ev.sentence.start)
    if not own and first is not None and t - first < OPENING:
        prev = [x for x in doc.sentences if x.end <= ev.sentence.start]
        own = _subjects(doc, events, prev[-1].start, prev[-1].end) if prev else []
    for other in own:
        if _object_between(doc, other, pron, at) or _gender_clash(doc, ev, other, t) \
                or _rival_between(doc, other, pron, t) or other.attrs.get("trigger_id") in TELLING:
            # round tf1029: «ورحبت الكويت بتعهداتها»: a welcomed act is another's (welcome is an event since ev1012)
            return None, None
        eid, phrase = _party(doc, other, pron, at)
        if eid is not None or phrase is not None:
            return eid, phrase
    return None, None


def _coordinated(doc: Doc, ev: Event, events: list[Event], t: int) -> Event | None:
    """«نتائج زيارة ولي العهد إلى القاهرة، واجتماعه مع الرئيس»: a masdar in «و» right after a noun act of its
    sentence (no verb event between) goes on with that act's doer; the act, or None."""
    words = doc.tokens[t].words
    if not words or words[0].kind != "proclitic" or words[0].form != "و":
        return None
    last = act_before(events, ev, doc.tokens[t].start)
    return last if last is not None and last.attrs.get("pos") == "N" else None


def suffix_doers(doc: Doc, events: list[Event]) -> None:
    """Give a stance's or a move's masdar with a pronoun and no source the party its pronoun stands for."""
    for ev in events:
        if ev.source is not None:
            continue
        if not ev.code.startswith(DOER_CODES) or ev.code.startswith(PATIENT_CODES):
            continue
        t = _masdar(doc, ev)
        if t is None:
            continue
        pron = enclitic(doc.tokens[t])
        span = ev.attrs.get("source_span")
        if pron not in PRONOUNS or isinstance(span, list) and not span[0] <= doc.tokens[t].start < span[1]:
            continue  # (a phrase source stays, save the masdar's own phrase read as its doer: «وأكد دعمه للمبادرة»)
        prior = _coordinated(doc, ev, events, t)
        if prior is not None:
            eid, phrase = _party(doc, prior, pron, doc.tokens[t].start)
        else:
            eid, phrase = _nearest(doc, ev, events, t, pron)
        if eid is None and phrase is None:
            continue
        if eid is not None and eid == ev.target or phrase is not None and ev.target is None \
                and ev.attrs.get("target_span") == phrase:
            name_party(ev, "target", None)  # («اجتمع المتظاهرون ...، وأعلنوا رفضهم»: the doer was read as its target)
            ev.attrs["target_suffix_doer"] = True
        if eid is not None:
            name_party(ev, "source", eid)
        elif phrase is not None:
            set_phrase(ev, "source", doc.text, phrase[0], phrase[1])
        ev.attrs["source_suffix_doer"] = True
