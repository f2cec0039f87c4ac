"""Round ev876: the maker of a plan is the doer of its steps.

«أعدت قوات المقاومة خطة لاستعادة المدينة، ثم محاصرة المتمردين فيها»: the body that made, drew up, presented,
announced or approved the plan (a verb of ``plan_making_verbs`` right before the plan noun, its subject named
between them, «وكشفت الحكومة عن خطة», or right before the verb, «أن الحكومة أعدت خطة») is the source of the acts the
plan holds: its «لـ» aim (:func:`.plan_content.aim_head`, a masdar, or one the lexicon read as «لـ» + a verb:
«لطرد») and the masdars chained after it
(:func:`.plan_content.plan_head`), planned. A plan noun with its owner right after it («خطة الجيش لـ», «خطة لقوات
التحالف لـ», «خطة أميركية لـ»: a country adjective) is that owner's, whoever told it.

Not the subject of a verb of rejecting or thwarting (``plan_rejecting_verbs``: «رفضت الحكومة خطة الحوثيين
للسيطرة على المدينة»): rejecting a plan makes no one its doer; the owner named after the plan noun does its steps,
else no one. A maker no name gives is its definite subject phrase («أن المقاومة اليمنية الجنوبية أعدت خطة»: at
most ``PHRASE_WORDS`` words), only for a step with no source at all. Not a step whose own genitive the argument finder read as its subject
(a name right after the masdar that is its source already), nor one whose doer would be its own target. A party
read from the object pronoun of the masdar as its doer («ومحاصرتها» → «صنعاء») is its target, where it has none;
the maker read from that pronoun as the target is no target (it does not besiege itself). Plans of
intent verbs («يخطط الجيش لـ») keep the subject their own passes read.

Round ev934: a call a state's initiative holds is that state's. «أما المبادرة الإيرانية فتتضمن، بحسب وكالة «فارس»،
الدعوة إلى وقف فوري لإطلاق النار»: an appeal (CAMEO 02x) with no source, within ``CONTENT_REACH`` tokens after a verb
of containing or providing (``initiative_content_verbs``: «تتضمن، تنص، تقضي»; no end mark, complementizer or verb
act between), whose subject is an initiative or a proposal (``initiative_nouns``: «المبادرة، الخطة، المقترح»; right
before the verb, past «أما» and the owner, or right after it) with its owner right after it (a country adjective,
its genitive), takes that owner as its source (:func:`initiative_calls`); told as the content of a text, it is
reported, no longer asserted.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from ..spans import Entity
from ..text.marks import SENTENCE_ENDS
from .forms import bare, fw
from .gentilics import country_entity
from .lexicon import match_token
from .plan_content import aim_head, lam_masdar, plan_head
from .source_set import name_party, set_phrase
from .word_tests import OBJECT_PRONOUNS, clause_stop, enclitic, entity_at, entity_starting, entity_within

__all__ = ["initiative_calls", "plan_makers"]

VERB_REACH = 6  # tokens from the plan noun back to its verb («كشفت وزارة الدفاع الأميركية عن خطة»)
CONJ = ("و", "ف")
ABOUT = ("عن", "على")  # «كشفت الحكومة عن خطة», «وافق المجلس على خطة»
LAM = "ل"
ARTICLE = "ال"
PHRASE_WORDS = 4  # definite words at most of an unnamed maker («المقاومة اليمنية الجنوبية»)
CONTENT_REACH = 12  # tokens back from a call to the verb of containing («فتتضمن، بحسب وكالة «فارس» الإيرانية، الدعوة»)
HEAD_BACK = 3  # tokens before the verb of containing read for the initiative («أما المبادرة الإيرانية فتتضمن»)
HEAD_AFTER = 1  # tokens after it («وتتضمن المبادرة الروسية»)
APPEALS = "02"  # CAMEO appeal: the calls an initiative holds


def _party(ent: Entity | None) -> Entity | None:
    """``ent`` where it may act: no MISC name, no place that is no state («صنعاء»)."""
    if ent is None or ent.type == "MISC" or ent.type == "LOCATION" and not ent.actor:
        return None
    return ent


def _owner(doc: Doc, p: int, end: int) -> Entity | None:
    """The owner named right after the plan noun at token ``p``: its genitive («خطة الجيش»), «لـ» + a name
    («خطة لقوات التحالف»), or a country adjective («خطة أميركية»); None where the noun bears a pronoun or none
    follows."""
    k = p + 1
    if k >= end or clause_stop(doc.tokens[k].text):
        return None
    ent = entity_starting(doc, k)
    if ent is None and doc.tokens[k].norm_key.startswith(LAM):
        ent = entity_within(doc, k)
    if ent is None and (iso := gazetteer.load().nisba.get(doc.tokens[k].norm_key)) is not None:
        ent = country_entity(doc, iso)
    return _party(ent)


def _verb(doc: Doc, p: int, first: int) -> tuple[int, bool, bool] | None:
    """The verb of making or rejecting the plan noun at token ``p``: (its token, whether it rejects, whether «و/ف»
    opens it), within ``VERB_REACH`` tokens before it and no clause stop; else None."""
    for t in range(p - 1, max(first - 1, p - 1 - VERB_REACH), -1):
        text = doc.tokens[t].text
        if clause_stop(text):
            return None
        key = doc.tokens[t].norm_key
        for name, rejects in (("plan_making_verbs", False), ("plan_rejecting_verbs", True)):
            words = fw(name)
            if key in words:
                return t, rejects, False
            if bare(key, name) in words:
                return t, rejects, True
    return None


def _subject(doc: Doc, v: int, p: int, conj: bool, first: int) -> Entity | None:
    """The subject of the verb at token ``v``: the name between it and the plan noun at ``p`` («أعدت الحكومة خطة»),
    else, where no «و/ف» opens the verb, the name ending right before it («أن الحكومة أعدت خطة»)."""
    for t in range(v + 1, p):
        if doc.tokens[t].norm_key in ABOUT:
            continue
        if (ent := entity_at(doc, t)) is not None:
            return _party(ent)
    if conj or v - 1 < first:
        return None
    return _party(entity_at(doc, v - 1))


def _definite_run(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi are one to ``PHRASE_WORDS`` definite words, no clause stop among them."""
    return 0 <= hi - lo < PHRASE_WORDS and all(
        doc.tokens[t].norm_key.startswith(ARTICLE) and not clause_stop(doc.tokens[t].text) for t in range(lo, hi + 1))


def _subject_phrase(doc: Doc, v: int, p: int, conj: bool, first: int) -> tuple[int, int] | None:
    """The tokens (first, last) of an unnamed definite subject of the verb at ``v``: between it and the plan noun
    («وضعت القوات الحكومية خطة», past «عن»), else, where no «و/ف» opens the verb, between a complementizer (or the
    sentence start) and the verb («إن المقاومة الشعبية أعدت خطة»)."""
    hi = p - 1 if doc.tokens[p - 1].norm_key not in ABOUT else p - 2
    if hi > v:
        return (v + 1, hi) if _definite_run(doc, v + 1, hi) else None
    if conj:
        return None
    lo = v - 1
    while lo - 1 >= first and v - lo < PHRASE_WORDS and doc.tokens[lo - 1].norm_key.startswith(ARTICLE):
        lo -= 1
    opener = lo == first or doc.tokens[lo - 1].norm_key in fw("complementizers")
    return (lo, v - 1) if opener and _definite_run(doc, lo, v - 1) else None


def _maker(doc: Doc, p: int, first: int, end: int) -> tuple[bool, Entity | None, tuple[int, int] | None]:
    """(whether the plan at token ``p`` has a known maker or a rejecter, the maker's entity or None, else the
    tokens of its unnamed subject phrase or None)."""
    owner = _owner(doc, p, end)
    verb = _verb(doc, p, first)
    if owner is not None:
        return True, owner, None
    if verb is None:
        return False, None, None
    v, rejects, conj = verb
    if rejects:
        return True, None, None  # «رفضت الحكومة خطة للسيطرة»: no one's steps
    subject = _subject(doc, v, p, conj, first)
    if subject is not None:
        return True, subject, None
    phrase = _subject_phrase(doc, v, p, conj, first)
    return phrase is not None, None, phrase


def _own_genitive(doc: Doc, ev: Event, k: int) -> bool:
    """Whether the event's source is the name right after its masdar at token ``k`` (its own subject there)."""
    return ev.source is not None and k + 1 < len(doc.tokens) and (
        (ent := entity_starting(doc, k + 1)) is not None and ent.id == ev.source)


def plan_makers(doc: Doc, events: list[Event]) -> None:
    """Give the planned acts a plan holds the plan's maker as their source (module docstring)."""
    for ev in events:
        if ev.modality != "planned":
            continue
        k = doc.token_at(ev.trigger.start)
        first = doc.token_at(ev.sentence.start)
        stop = doc.token_from(ev.sentence.end)
        if k is None or first is None:
            continue
        p = aim_head(doc, k, first)
        if p is not None and ev.attrs.get("pos") != "N" and not lam_masdar(doc, k):
            continue  # («ليطرد»: a verb of purpose with a subject of its own)
        if p is None and ev.attrs.get("pos") == "N":
            p = plan_head(doc, k, first)
        if p is None or doc.tokens[p].norm_key.removeprefix("و") not in fw("plan_nouns"):
            continue  # (a verb of planning: «يخطط الجيش لـ», its subject read by its own passes)
        known, maker, phrase = _maker(doc, p, first, stop if stop is not None else len(doc.tokens))
        if not known or _own_genitive(doc, ev, k):
            continue
        old = ev.source
        if phrase is not None:
            if old is None:  # «أن المقاومة اليمنية أعدت خطة»: the phrase, where no name was read
                set_phrase(ev, "source", doc.text, doc.tokens[phrase[0]].start, doc.tokens[phrase[1]].end)
        elif maker is None:
            name_party(ev, "source", None)
        elif maker.id == ev.target and maker.id != old and enclitic(doc.tokens[k]) in OBJECT_PRONOUNS:
            name_party(ev, "target", None)  # «أن المقاومة أعدت خطة ... ومحاصرتها»: the maker besieges, not itself
            name_party(ev, "source", maker.id)
        elif maker.id != ev.target and maker.id != old:
            name_party(ev, "source", maker.id)
            if old is not None and ev.target is None and not ev.attrs.get("target_span") \
                    and enclitic(doc.tokens[k]) in OBJECT_PRONOUNS:
                ev.target = old  # «ومحاصرتها»: the pronoun was read as the doer; it is what is besieged


def _content_verb(doc: Doc, k: int, first: int) -> int | None:
    """The verb of containing before the call at token ``k`` (see the module), within ``CONTENT_REACH`` tokens."""
    for t in range(k - 1, max(first - 1, k - 1 - CONTENT_REACH), -1):
        tok = doc.tokens[t]
        if tok.text in SENTENCE_ENDS:
            return None
        key = tok.norm_key
        if bare(key, "initiative_content_verbs") in fw("initiative_content_verbs"):
            return t
        if key in fw("complementizers"):
            return None
        found = match_token(doc.tokens, t)
        if found is not None and found.pos == "V":
            return None  # («تتضمن المبادرة ...، ودعت الحكومة إلى»: a call told in a clause of its own)
    return None


def _initiative(doc: Doc, v: int, first: int) -> int | None:
    """The token of the initiative noun that is the subject of the verb of containing at token ``v``."""
    around = list(range(v - 1, max(first - 1, v - 1 - HEAD_BACK), -1)) + list(
        range(v + 1, min(len(doc.tokens), v + 1 + HEAD_AFTER)))
    for t in around:
        if clause_stop(doc.tokens[t].text):
            continue
        if doc.tokens[t].norm_key.removeprefix("و") in fw("initiative_nouns"):
            return t
    return None


def initiative_calls(doc: Doc, events: list[Event]) -> None:
    """Give a call an initiative holds the initiative's owner as its source, reported (module docstring)."""
    for ev in events:
        if ev.source is not None or not ev.code.startswith(APPEALS):
            continue
        k = doc.token_at(ev.trigger.start)
        first = doc.token_at(ev.sentence.start)
        if k is None or first is None:
            continue
        v = _content_verb(doc, k, first)
        p = None if v is None else _initiative(doc, v, first)
        if p is None:
            continue
        stop = doc.token_from(ev.sentence.end)
        owner = _owner(doc, p, stop if stop is not None else len(doc.tokens))
        if owner is None or owner.id == ev.target:
            continue
        name_party(ev, "source", owner.id)
        if ev.modality == "asserted":
            ev.modality = "reported"
