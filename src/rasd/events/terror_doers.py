"""Round 104 of real news: CAMEO 18 by the extremist doer, after the events are made (``unconventional`` codes the
act from its own clause; this reads what the article says around it). A generic attack or killing still coded 190
(CAMEO's conventional military force of armies) is unconventional violence, 18x, where

- it is attributed to or claimed by an extremist group: a verb of attributing or claiming (function words
  ``attributing_verbs``, ``claim_verbs``) within ``CLAIM_REACH`` tokens after it in its sentence, with no other act
  of force between, followed within ``DOER_REACH`` tokens by a group the actor lexicon codes as an international
  militarised group (IMG…: ISIS, al-Qaeda, al-Nusra) or a word that calls it extremist or terrorist
  («هجمات دامية على الأراضي التركية نسب بعضها إلى التنظيم المتطرف», «الاعتداء الذي تبناه تنظيم داعش»); the
  attribution of a saying («نسب إلى فلان قوله») is none;
- its doer is such a group (its source's actor code IMG…, or an extremist's or terrorist's word in its source
  phrase) and it falls on police, soldiers, a place of worship or a country's soil (``terror_target_words`` within
  ``TARGET_REACH`` words after it or in its target phrase) or on a country (round 81 did this for civilians):
  «قتل داعش ثلاثة من رجال الشرطة», «هجمات القاعدة على أميركا»; its fighting of other armed groups or its
  offensive on a town stays 190, as rebels' attacks do; round ev372: so does its fighting of an army, soldiers
  and checkpoints (no longer ``terror_target_words``): «اقتحم متشددون من داعش نقطة تفتيش وقتلوا سبعة جنود» is
  an armed group's combat with troops, CAMEO 19x;
- it is the act told before: a definite attack noun («الاعتداء», «الهجوم», «هذا الاعتداء») with no source and no
  target of its own whose nearest earlier act of force in the article is an attack coded 18x (180 or a bombing,
  183x; not an abduction or an assassination) takes that act's code (a bombing's 183x where the noun is singular,
  else 180): «... يشتبه بضلوعهم في الاعتداء» after the suicide bombing of a mosque; and so does a verb of
  attack with no doer of its own in the relative clause of an 18x act noun right before it («الهجوم الانتحاري الذي
  استهدف المسجد»), which tells the same act; round ev485: or whose subject it is as the noun of «إن» before it
  («أن «هجوما انتحاريا بواسطة جرار مفخخ، استهدف مخفرا»: :mod:`.inna_attacks`);
- round 114: it is named by its day: a plural attack noun with no parties of its own right before a day and its
  month («اعتداءات 11 سبتمبر», «هجمات 7 يوليو»; round 208: its day in words, «هجمات الحادي عشر من سبتمبر»): an attack a day names, as a proper name, is a massacre of the
  kind that makes a date (no army's battle is so named: «حرب أكتوبر» is a war, no attack noun) - 180;
- round 114: it is an execution whose doer is such a group («أعدم داعش 44 شابا في ساحة عامة»): no court's
  sentence carried out but a killing of captives, whoever they are - 180 (a state's execution is 175, violent
  repression, since round 245; so is one by rebels, actor …REB, 180 too); round 159:
  so is a slaughter by such a group («ذبح تنظيم داعش 21 مصريا», entry ``slaughter``);
- round 144: a storming is read as the attacks are («اقتحم مسلحون من تنظيم داعش مركزا للشرطة»: 180; its storming
  of a town, or since round ev372 of an army's checkpoint, stays 190); a killing with no doer of its own when such
  an attack came («قتل شرطيون عندما هاجم مقاتلو داعش مركزهم») takes the attack's code.
- round 150 (:mod:`.unnamed_militants`): a killing when unnamed militants acted («حين اقتحم مسلحون»), and attacks
  an extremist group plans («عملاء تنظيم القاعدة ... في التخطيط لهجمات»): 180.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, fw_keys, keys_of
from .holy_sites import worship_storms
from .inna_attacks import inna_subject
from .lexicon import plover_of
from .unnamed_militants import militants_when, planned_by_extremists
from .word_tests import clause_break, clause_stop

CAPTIVE_KILLINGS = ("execute", "slaughter")  # an execution or a slaughter by an extremist group: 180
EXECUTION = "execute"  # round 245: rebels and an unnamed group execute captives too (a slaughter is read as before)
CAPTIVE_CODES = ("175", "190")  # their lexicon codes (round 245: an execution is 175, a state's violent repression)

GENERIC = frozenset(("attack", "attack_masdar", "attack_dual", "kill", "target", "slaughter", "storm"))
WHEN_GAP = 3  # tokens before an 18x attack read for a word of «when» («عندما هاجم مقاتلو داعش»)
ANAPHORS = frozenset(("attack", "attack_dual"))  # the attack nouns that name an act told before («الاعتداء»)
CLAIM_REACH = 16  # tokens after the act to a verb of attributing or claiming («هجوم دام في ... نسب إلى»)
DOER_REACH = 4  # tokens after that verb read for the group («نسب بعضها إلى التنظيم المتطرف», «تبناه تنظيم «داعش»»)
TARGET_REACH = 6  # words after the act read for its police, soldiers, mosque or soil
RELATIVE_GAP = 4  # tokens between an 18x act noun and the relative verb of attack that tells it again
SAYINGS = fw_keys("terror_saying_nouns")
EXTREMIST = ("extremist_nouns", "extremist_adjectives", "terrorist_adjectives")


def _has(doc: Doc, t: int, *words: str) -> bool:
    keys = keys_of(doc.tokens[t])
    return any(not keys.isdisjoint(fw(w)) for w in words)


def _group_mention(doc: Doc, lo: int, hi: int) -> bool:
    """A mention of an international militarised group (actor IMG…) among tokens ``lo``..``hi`` - 1."""
    if lo >= hi:
        return False
    start, end = doc.tokens[lo].start, doc.tokens[hi - 1].end
    for m in doc.mentions:
        if start <= m.start < end and m.entity is not None:
            ent = doc.entity(m.entity)
            if ent is not None and (ent.actor or "").startswith("IMG"):
                return True
    return False


def _extremist(doc: Doc, lo: int, hi: int) -> bool:
    return _group_mention(doc, lo, hi) or any(_has(doc, t, *EXTREMIST) for t in range(lo, hi))


def _span(doc: Doc, ev: Event) -> tuple[int, int] | None:
    i = doc.token_at(ev.trigger.start)
    j = doc.token_at(ev.trigger.end - 1)
    return (i, j) if i is not None and j is not None else None


def _force_between(events: list[Event], ev: Event, lo: int, hi: int) -> bool:
    return any(o is not ev and lo <= o.trigger.start < hi and o.code[:2] in ("18", "19") for o in events)


def _claimed(doc: Doc, ev: Event, events: list[Event], j: int) -> bool:
    """A verb of attributing or claiming after the act names an extremist group as its doer (see the module)."""
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    for t in range(j + 1, min(end, j + 1 + CLAIM_REACH)):
        text = doc.tokens[t].text
        if clause_break(text):
            return False
        if not _has(doc, t, "attributing_verbs", "claim_verbs"):
            continue
        if _force_between(events, ev, ev.trigger.end, doc.tokens[t].start):
            return False  # (another act of force is what is attributed)
        hi = min(end, t + 1 + DOER_REACH)
        if any(doc.tokens[k].norm_key in SAYINGS for k in range(t + 1, hi)):
            return False  # «نسب إلى فلان قوله»: a saying relayed
        return _extremist(doc, t + 1, hi)
    return False


def _on_terror_target(doc: Doc, ev: Event, j: int) -> bool:
    """Whether an extremist group's act (see ``_extremist_doer``) falls on police, soldiers, a mosque, a country's
    soil or a country (see the module)."""
    tgt = doc.entity(ev.target)
    if tgt is not None and len(tgt.actor or "") == 3:
        return True  # a country: «هجمات القاعدة على أميركا»
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    for t in range(j + 1, min(end, j + 1 + TARGET_REACH)):
        if clause_stop(doc.tokens[t].text):
            break
        if _has(doc, t, "terror_target_words"):
            return True
    span = ev.attrs.get("target_span")
    if isinstance(span, list) and len(span) == 2:
        lo, hi = doc.token_from(span[0]), doc.token_at(span[1] - 1)
        return lo is not None and hi is not None and any(_has(doc, t, "terror_target_words") for t in range(lo, hi + 1))
    return False


def _extremist_doer(doc: Doc, ev: Event) -> bool:
    src = doc.entity(ev.source)
    if src is not None and (src.actor or "").startswith("IMG"):
        return True
    span = ev.attrs.get("source_span")
    if src is None and isinstance(span, list) and len(span) == 2:
        lo, hi = doc.token_from(span[0]), doc.token_at(span[1] - 1)
        return lo is not None and hi is not None and any(_has(doc, t, *EXTREMIST) for t in range(lo, hi + 1))
    return False


def _captors(doc: Doc, ev: Event) -> bool:
    """An extremist doer (``_extremist_doer``) or, round 245, rebels (actor …REB: «قامت ميليشيات الحوثيين بإعدام
    عدد من الأسرى») or an unnamed doer called a group (``violent_group_nouns``: «قامت الجماعة بإعدام الرهائن»): an
    armed group's killing of its captives, no state's execution. A slaughter takes only the extremist doer (round
    159: «ذبحت الميليشيات 21 عاملا» stays 190)."""
    if ev.attrs.get("trigger_id") != EXECUTION:
        return _extremist_doer(doc, ev)
    src = doc.entity(ev.source)
    if src is not None:
        return _extremist_doer(doc, ev) or (src.actor or "").endswith("REB")
    span = ev.attrs.get("source_span")
    if isinstance(span, list) and len(span) == 2:  # «قامت الجماعة بإعدام الرهائن»: a group's noun, no state's
        lo, hi = doc.token_from(span[0]), doc.token_at(span[1] - 1)
        return lo is not None and hi is not None and any(
            _has(doc, t, *EXTREMIST, "violent_group_nouns") for t in range(lo, hi + 1))
    return False


def _told_code(code: str, plural: bool) -> str:
    return code if code.startswith("183") and not plural else "180"  # («تلك الهجمات»: attacks of more kinds)


def _attack_code(code: str) -> bool:
    return code == "180" or code.startswith("183")  # (an abduction or an assassination is no attack told again)


def _own_parties(ev: Event) -> bool:
    return ev.source is not None or ev.target is not None or ev.attrs.get("source_span") is not None \
        or ev.attrs.get("target_span") is not None


def _anaphor(doc: Doc, ev: Event, i: int) -> bool:
    """A definite attack noun («الاعتداء», «بالهجوم») or one after a demonstrative («هذا الاعتداء»)."""
    if ev.attrs.get("pos") != "N" or ev.attrs.get("trigger_id") not in ANAPHORS:
        return False
    key = doc.tokens[i].norm_key
    definite = key.startswith(("ال", "وال", "بال", "فال", "لل", "ولل", "وبال"))
    return definite or (i > 0 and doc.tokens[i - 1].norm_key.lstrip("و") in fw_keys("subject_demonstratives"))


def _retold(doc: Doc, ev: Event, events: list[Event], i: int) -> str | None:
    """The code of the 18x act that ``ev`` tells again (see the module), or None."""
    before = [o for o in events if o is not ev and o.trigger.start < ev.trigger.start and o.code[:2] in ("18", "19")]
    if not before:
        return None
    prev = max(before, key=lambda o: o.trigger.start)
    if not _attack_code(prev.code):
        return None
    if _anaphor(doc, ev, i) and not _own_parties(ev):
        return _told_code(prev.code, doc.tokens[i].norm_key.endswith("ات"))
    if ev.attrs.get("pos") == "V" and ev.source is None and ev.attrs.get("source_span") is None \
            and prev.sentence.start == ev.sentence.start:
        if inna_subject(doc, ev, prev, events):
            return _told_code(prev.code, False)  # round ev485: «أن «هجوما انتحاريا ...، استهدف مخفرا»: its subject
        k = doc.token_at(prev.trigger.end - 1)
        if k is not None and 0 < i - k <= RELATIVE_GAP + 1 and doc.tokens[i - 1].norm_key in fw("relatives") \
                and not any(clause_stop(doc.tokens[t].text) for t in range(k + 1, i)):
            return _told_code(prev.code, False)  # «الهجوم الانتحاري الذي استهدف المسجد»: the same act
    return None


def _day_named(doc: Doc, ev: Event, j: int) -> bool:
    """A plural attack noun with no parties of its own whose next token opens a date of a day written in digits
    («هجمات 11 سبتمبر 2001», «اعتداءات 13 نوفمبر»; see the module)."""
    if ev.attrs.get("pos") != "N" or ev.attrs.get("trigger_id") not in ANAPHORS or _own_parties(ev) \
            or not doc.tokens[j].norm_key.endswith("ات") or j + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[j + 1]
    if nxt.norm_key in fw("weekday_words"):
        return False  # («هجمات الأحد»: the attacks of a day of the week, no name)
    for t in doc.times:
        if t.start == nxt.start and t.kind == "date" and (nxt.text.isdigit() or _day_of_month(t.value)):
            return True  # round 208: «هجمات الحادي عشر من سبتمبر», its day in words
    return False


def _day_of_month(value: str) -> bool:
    """Whether a date's value names a day of a month («2001-09-11», «XXXX-09-11»), no month or year alone."""
    parts = value.split("-")
    return len(parts) == 3 and len(parts[2]) == 2 and parts[2].isdigit() and parts[1].isdigit()


def _killed_when(doc: Doc, ev: Event, events: list[Event]) -> str | None:
    """The code of the 18x attack that a killing with no doer of its own befell in («قتل جنود عندما هاجم مقاتلو
    داعش الحاجز»: a word of «when» within ``WHEN_GAP`` tokens before the attack, after the killing, in its
    sentence), or None."""
    if ev.code != "190" or ev.attrs.get("trigger_id") != "kill" or ev.source is not None \
            or ev.attrs.get("source_span") is not None:
        return None
    j = doc.token_at(ev.trigger.end - 1)
    for o in sorted(events, key=lambda e: e.trigger.start):
        if o.trigger.start <= ev.trigger.start or o.sentence.start != ev.sentence.start or not _attack_code(o.code):
            continue
        k = doc.token_from(o.trigger.start)
        if j is None or k is None:
            return None
        if any(doc.tokens[t].norm_key in fw("when_words") for t in range(max(j + 1, k - WHEN_GAP), k)):
            return _told_code(o.code, False)
        return None
    return None


def terror_doers(doc: Doc, events: list[Event]) -> None:
    """Recode as 18x, in place and in text order, the generic attacks and killings that the module's rules find."""
    for ev in sorted(events, key=lambda o: o.trigger.start):
        if ev.code in CAPTIVE_CODES and ev.attrs.get("trigger_id") in CAPTIVE_KILLINGS and _captors(doc, ev):
            ev.code, ev.plover = "180", plover_of("180")  # round 114: «أعدم داعش 44 شابا»; 159: «ذبح تنظيم داعش»
            continue  # (round 245: an execution's lexicon code is 175, COERCE: its category changes too)
        if ev.code != "190" or ev.attrs.get("trigger_id") not in GENERIC:
            continue
        span = _span(doc, ev)
        if span is None:
            continue
        i, j = span
        if _claimed(doc, ev, events, j) or (_extremist_doer(doc, ev) and _on_terror_target(doc, ev, j)) \
                or _day_named(doc, ev, j) or planned_by_extremists(doc, ev):  # round 150: «في التخطيط لهجمات»
            ev.code = "180"
        elif (told := _retold(doc, ev, events, i)) is not None:
            ev.code = told
    for ev in events:
        if (told := _killed_when(doc, ev, events)) is not None:
            ev.code = told  # round 144: «قتل جنود عندما هاجم مقاتلو داعش الحاجز»
        elif militants_when(doc, ev):
            ev.code = "180"  # round 150: «قتل 14 ضابطا حين اقتحم مسلحون المباني»
    worship_storms(doc, events)  # round ev372: «اقتحام وتدنيس للمسجد الأقصى» (after the extremist groups' 180)


__all__ = ["terror_doers"]
