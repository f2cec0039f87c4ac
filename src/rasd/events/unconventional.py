"""Round 81 of real news: CAMEO 18 ASSAULT against 19 FIGHT. CAMEO's 19 is «use conventional military force», the
acts of war of organised armed forces (an army, rebels at war with it); its 18 is «use unconventional violence»,
force on people outside battle: a terrorist attack, the killing of civilians by an armed group. A generic attack or
killing of the lexicon (code 190, no weapon named: «هجوم», «اعتداء», «قتل», «استهدف», «ذبح») is 180 where

- the attack noun is called terrorist («الهجمات الإرهابية الأخيرة», «اعتداءاته الإرهابية», «لهجوم إرهابي»: a word of
  ``terrorist_adjectives`` within ``ADJECTIVE_REACH`` words after it); or
- a non-state armed group does it (its source has a CAMEO actor code of an international militarised group «IMG…»
  or of rebels «…REB», or its source phrase is an extremist's noun of ``extremist_nouns``: «المتطرفون») to civilians
  (a word of ``civilian_words`` within ``TARGET_REACH`` words after the trigger: «المدنيين», «الأبرياء»,
  «المسلمين»).

An army's or rebels' fighting («هجوم الحوثيين على مأرب», «هجمات طالبان ضد القوات الأفغانية») stays 190.

Round 89: the doer the clause describes counts as the group's name does. A doer called terrorist makes the act 180
whoever its victims («قتلت خلية إرهابية ثلاثة جنود», «أقدمت عصابة إرهابية على قتل»), one called extremist
(``extremist_adjectives``: «جماعة متطرفة») is an armed group, whose violence on civilians is 180: the adjective read
in the source phrase and within ``ADJECTIVE_REACH`` words after it, or, where the clause names no source, after a
noun of a violent group (``violent_group_nouns``: «عصابة», «جماعة», «خلية») within ``DOER_BACK`` words before the
trigger in its clause. And an attack on refugees or migrants (``refugee_words``: «استهداف تجمعات اللاجئين») by a doer
the sentence leaves unnamed, with no army, police, aircraft or raid in it (``security_words``, ``weapon_agents``,
``raid_nouns``, ``shelling_words``), is 180: the violence of a mob or a gang on people in their shelters, no battle. A killing with no
doer of its own («وقد قُتل الطفل») in the sentence right after an act of unconventional violence (18x: «أقدمت عصابة
إرهابية على إحراق عائلة»), with no other act of force in its sentence, is that act's toll, 180 too.

Round ev887 (:func:`armed_on_civilians`, from the ``groups`` stage): a doer the event stage left unnamed and a
later pass tied to an armed group («وقام أحد عناصر الميليشيات بإطلاق النار على الشاب المصاب»: YEMREB) counts too,
and so does its shooting (``SHOOTINGS``) of a civilian named by one person's noun (``civilian_person_words``:
«الشاب», «طفلا», «امرأة»): 180, not an army's combat.

Round lo899 (:func:`_war_operation`): not where the act is told of the group's operations of war («العمليات الحوثية
المسلحة التي تستهدف المدنيين»: an operations noun and an adjective of arms before the trigger in its clause): its
armed operations are its use of military force, 190, whoever they hit."""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.marks import QUOTE_MARKS
from .forms import fw, keys_of, nkey
from .lexicon import Hit
from .readings import victims_noun
from .terror_doers import terror_doers
from .word_tests import clause_stop

GENERIC = frozenset(("attack", "attack_masdar", "attack_dual", "kill", "target", "slaughter"))
ADJECTIVE_REACH = 2  # words after an attack noun read for «الإرهابي» («الهجمات الإرهابية», «هجمات دامية إرهابية»)
TARGET_REACH = 6  # words after the trigger read for its civilian victims («قتل المتطرفون العديد من المسلمين»)
DOER_BACK = 6  # words before a trigger read for a violent group's noun and its adjective («أقدمت عصابة إرهابية على قتل»)
DEATH_NOUNS = frozenset(nkey(w) for w in ("مقتل", "مصرع"))  # a death told, whose genitive is the dead
FORCE_WORDS = ("security_words", "weapon_agents", "raid_nouns", "shelling_words")  # an army, aircraft, a raid, shelling
ATTACKS = frozenset(("attack", "attack_masdar", "attack_dual", "target"))  # an attack, not a killing
TERROR_ACT_BACK = 6  # words before a verb read for the act called terrorist that is its subject
PHRASE_GAP = 8  # characters from a trigger to the next word of its phrase («بإطلاق النار»)
SHOOTINGS = frozenset(("fire_missile", "shoot", "open_fire"))  # round ev887: shots fired on people
DEFINITE = ("ال", "وال", "فال", "بال", "لل", "ولل", "وبال")


def _word_in(doc: Doc, lo: int, hi: int, words: str) -> bool:
    return any(not keys_of(doc.tokens[t]).isdisjoint(fw(words)) for t in range(lo, hi))


def _armed_group(actor: str | None) -> bool:
    return actor is not None and (actor.startswith("IMG") or actor.endswith("REB"))


def unconventional(doc: Doc, hit: Hit, a: int, b: int, actor: str | None, source: tuple[int, int] | None) -> bool:
    """Whether the generic attack or killing ``hit`` (sentence tokens ``a``..``b``) is a terrorist attack or an armed
    group's violence on civilians, CAMEO 180 (see the module); ``actor`` is its source's CAMEO actor code,
    ``source`` the token range of its source phrase."""
    if hit.entry.id not in GENERIC or hit.entry.code != "190":
        return False
    if hit.pos == "N" and _word_in(doc, hit.j + 1, min(b, hit.j + 1 + ADJECTIVE_REACH), "terrorist_adjectives"):
        return True
    if _terrorist_act_subject(doc, hit, a, source):
        return True  # «الهجوم الإرهابي الجبان الذي استهدف النائب العام», «عمليات إرهابية تستهدف منشآت»
    doer = _described_doer(doc, hit, a, b, source)
    if doer == "terrorist_adjectives":
        return True  # «قتلت خلية إرهابية ثلاثة جنود», «أقدمت عصابة إرهابية على قتل»
    reach = min(b, hit.j + 1 + TARGET_REACH)
    armed = _armed_group(actor) or doer is not None or (
        source is not None and _word_in(doc, source[0], source[1] + 1, "extremist_nouns"))
    if armed and (_word_in(doc, hit.j + 1, reach, "civilian_words") or _word_in(doc, hit.j + 1, reach, "refugee_words")) \
            and not _war_operation(doc, hit.i, a):
        return True
    return hit.entry.id in ATTACKS and actor is None and source is None and \
        _word_in(doc, hit.j + 1, reach, "refugee_words") and \
        not any(_word_in(doc, a, b, w) for w in FORCE_WORDS)


def _war_operation(doc: Doc, i: int, a: int) -> bool:
    """Round lo899: the trigger at token ``i`` (sentence from token ``a``) is told of operations of war: within
    ``DOER_BACK`` words before it in its clause, a noun of operations (``force_operation_words``) and after it an
    adjective of arms or war (``armed_operation_adjectives``: «العمليات الحوثية المسلحة التي تستهدف المدنيين»,
    «عمليات عسكرية تستهدف المدنيين»): a group's use of military force, 190, whoever its victims."""
    armed = False
    for t in range(i - 1, max(a, i - DOER_BACK) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        keys = keys_of(tok)
        if not keys.isdisjoint(fw("armed_operation_adjectives")):
            armed = True
        elif not keys.isdisjoint(fw("force_operation_words")):
            return armed
    return False


def armed_on_civilians(doc: Doc, events: list[Event]) -> None:
    """Round ev887: recode as 180 a generic attack, killing or shooting still coded 190 whose source an armed group
    (IMG…, …REB) now holds and whose civilian victims (``civilian_words``, ``civilian_person_words``) stand within
    ``TARGET_REACH`` words after its last trigger word in its clause (see the module)."""
    actors = {e.id: e.actor for e in doc.entities}
    for ev in events:
        tid = ev.attrs.get("trigger_id")
        if ev.code != "190" or ev.source is None or not _armed_group(actors.get(ev.source)) \
                or not (tid in GENERIC or tid in SHOOTINGS):
            continue
        ends = [t.end for t in ev.triggers if ev.trigger.start <= t.start <= ev.trigger.end + 1 + PHRASE_GAP]
        last = doc.token_at(max(ends + [ev.trigger.end]) - 1)  # («بإطلاق | النار»: past the phrase's last word)
        end = doc.token_at(ev.sentence.end - 1)
        if last is None or end is None:
            continue
        reach = min(end + 1, last + 1 + TARGET_REACH)
        stop = next((t for t in range(last + 1, reach) if clause_stop(doc.tokens[t].text)), reach)
        first = doc.token_at(ev.trigger.start)
        if first is not None and _war_operation(doc, first, doc.token_at(ev.sentence.start) or 0):
            continue  # round lo899: «العمليات الحوثية المسلحة التي تستهدف المدنيين»: the group's armed operations
        if _word_in(doc, last + 1, stop, "civilian_words") or _word_in(doc, last + 1, stop, "civilian_person_words"):
            ev.code = "180"


def _terrorist_act_subject(doc: Doc, hit: Hit, a: int, source: tuple[int, int] | None) -> bool:
    """Round 94: a verb of attack or killing with no doer of its own whose subject is an act the clause calls
    terrorist right before it: a definite act noun (``terror_act_nouns``) and its adjective (``terrorist_adjectives``)
    past its other definite adjectives, a quotation mark and a relative pronoun («الهجوم الإرهابي الجبان» الذي
    استهدف», «التفجير الإرهابي الذي استهدف مسجدا»), or an indefinite one right before its present verb, a clause
    that describes it («عمليات إرهابية تستهدف منشآت»); a source phrase the argument rules took inside that act's
    phrase («المشين») is no doer. «بعد الهجوم الإرهابي استهدف الجيش» has a doer of its own."""
    if hit.pos != "V" or (source is not None and source[1] >= hit.i):
        return False
    relative = False
    for t in range(hit.i - 1, max(a, hit.i - TERROR_ACT_BACK) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        if tok.text in QUOTE_MARKS:
            continue
        keys = keys_of(tok)
        if not keys.isdisjoint(fw("relatives")) and not relative:
            relative = True
            continue
        if not keys.isdisjoint(fw("terrorist_adjectives")):
            if t - 1 < a or not _word_in(doc, t - 1, t, "terror_act_nouns"):
                return False
            definite = doc.tokens[t - 1].norm_key.startswith(DEFINITE)
            if source is not None and source[0] < t - 1:
                return False  # (a subject of its own before the act: «قالت الشرطة إن الهجوم الإرهابي ...»)
            return relative or (t == hit.i - 1 and not definite and hit.cand.key[:1] in ("ي", "ت"))
        if not tok.norm_key.startswith("ال"):
            return False  # (a word that is no adjective of the act: another subject, a verb)
    return False


def _sentence_index(doc: Doc, ev: Event) -> int | None:
    return next((n for n, s in enumerate(doc.sentences) if s.start == ev.sentence.start), None)


def terror_tolls(doc: Doc, events: list[Event]) -> None:
    """Recode as 180 a sourceless generic killing told right after an act of unconventional violence (see the
    module), in place; first the acts an extremist doer's attribution, target or an act told before make 18x
    (round 104, ``terror_doers``)."""
    terror_doers(doc, events)
    terror = frozenset(o.sentence.start for o in events if o.code[:2] == "18" and o.modality == "asserted")
    for ev in events:
        if ev.code != "190" or ev.attrs.get("trigger_id") != "kill" or ev.source is not None \
                or ev.attrs.get("source_span") is not None:
            continue
        n = _sentence_index(doc, ev)
        if not n:
            continue
        prev = doc.sentences[n - 1]
        if any(o is not ev and o.sentence.start == ev.sentence.start and o.code[:2] in ("18", "19", "20")
               for o in events):
            continue  # (another act of force in its own sentence is the killing's cause: «عندما انفجر لغم»)
        if prev.start in terror:
            ev.code = "180"  # (an act told before, not one this recoding made: no chain)


def _described_doer(doc: Doc, hit: Hit, a: int, b: int, source: tuple[int, int] | None) -> str | None:
    """The list (``terrorist_adjectives`` or ``extremist_adjectives``) of the word that describes ``hit``'s doer: in
    its source phrase or right after it, else after a violent group's noun before ``hit`` in its clause (see the
    module); None where none does."""
    kinds = ("terrorist_adjectives", "extremist_adjectives")
    if hit.pos == "N" and (victims_noun(hit) or hit.cand.key.removeprefix("ال") in DEATH_NOUNS):
        return None  # «لقي عناصر التنظيم الإرهابي مصرعهم»: the phrase of a death noun is whom it befell
    if source is not None and (hit.pos == "V" or source[0] == hit.j + 1):  # (a noun's doer is its genitive)
        lo, hi = source[0], source[1] + 1
        if hi <= hit.i:  # (a subject before its verb: its adjective may stand past the phrase, never past the verb)
            hi = min(hit.i, hi + ADJECTIVE_REACH)
        return next((w for w in kinds if _word_in(doc, lo, hi, w)), None)
    for t in range(hit.i - 1, max(a, hit.i - DOER_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return None
        if _word_in(doc, t, t + 1, "violent_group_nouns"):
            hi = min(hit.i, t + 1 + ADJECTIVE_REACH)
            return next((w for w in kinds if _word_in(doc, t + 1, hi, w)), None)
    return None


__all__ = ["terror_tolls", "unconventional"]
