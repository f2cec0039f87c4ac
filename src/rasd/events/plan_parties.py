"""Round 223: parties a clause tells around an act: a plan's country, a pledge's foe, a proposal's country, passive victims,
resumed and fronted objects; no doer from a document.

- ``plan_doers``: «جزء من خطة أميركية بدأت بقصف تنظيم ...، وتواصل الآن بقصف حركة ...»: an act of force
  (CAMEO 18 to 20) written as a noun after «بـ» with no source, right after (past at most one word of time) a verb of a
  plan's course (``plan_course_verbs``: «بدأت», «تتابع») whose subject is a plan noun (``plan_nouns``) with a country
  adjective right before the verb, is done by that country, where the article names it (a country entity). The
  verb «وتتابع» coordinated after another such verb of the same plan counts as well: only the plan's own verbs.
- ``document_doers``: «أظهرت صور الأشعة وجود جرح»: an act of force or a wound whose source phrase opens with a noun
  of documents and findings (``document_nouns``: «نتائج», «تقرير») has no source: a document does no act.
- ``pledged_against``: «وتعهد بشن الحرب ضد الحكومة الصومالية»: a pledge (CAMEO 03) with no target followed (past
  its subject) by its content after «بـ» (at most three words, quotation marks not counted) and «ضد» + a named party: the pledge is
  against that party (round 161 left it alone; the hostile promise is directed at the one fought).
- ``accepted_proposals``: «وأعلن الرئيس قبوله لاقتراح روسي», «أعلن موافقته على مبادرة مصرية»: an intent to cooperate
  (CAMEO 03) with no target followed (past its subject) by a noun of acceptance (``acceptance_nouns``), «لـ» or «على»
  and a proposal noun (``proposal_nouns``) with a country adjective right after it is towards that country, where
  the article names it (a country entity): the proposal is that country's.
- ``passive_victims``: «وكان فلان هو أرفع مسؤول ليبي يُقتل في طرابلس», «تولى فلان قيادة الجماعة ليُقتل هو أيضا على يد
  القوات الأميركية»: a killing verb written as the passive (a damma on its first letter: «يُقتل», «قُتل») with no
  target, with «هو/هي» within a few words before it (the person is the predicate's subject) or right after it (the
  person again), was done to the one person the sentence names before it (exactly one); that person is no source.
  A person named right before the passive («الصحافي فلان قُتل على يد مسلحين») is its target as well. First, such a
  passive's source read from its subject (before the verb, or the word right after it: «يُقتل فلان»)
  is the one killed: no source, and the target where it has none («على يد X» after it stays the doer).
- ``resumed_relatives``: «للجماعات المسلحة التي ظلت العشائر تحاربها»: a verb trigger with an object pronoun
  right after a relative pronoun (``relatives``), a verb of being (``relative_copulas``: «ظلت», «كانت») and a subject
  of at most three words: the subject does the act (its name, else the phrase), the antecedent (a name, else the
  noun before the relative with its definite adjectives) undergoes it.
- ``fronted_objects``: «العنف الطائفي ترفضه النقابة», «المدينة تحاصرها القوات»: a verb trigger with an object
  pronoun whose source phrase (no name) ends right before it and which is followed right away by a name or a definite
  noun (not a time: «الآن», «اليوم») has that one as its doer; the fronted phrase is what the pronoun takes up: the
  target, where there is none.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..entities import gazetteer
from ..text.marks import NAME_QUOTES
from .forms import fw_keys, nkey
from .gentilics import country_entity
from .source_set import drop_phrase, name_party, set_party, set_phrase
from .word_tests import clause_stop, enclitic, entity_at, mention_holding, starts_in_time

FORCE = ("18", "19", "20")
PLEDGE = "03"
BI = "ب"
LAM = "ل"
DAMMA = "\u064f"
HE = ("هو", "هي")
HE_REACH = 5  # tokens from «هو» to the passive verb («هو أرفع مسؤول ليبي يُقتل»)
KILLING = ("190", "186")
SUBJECT_WORDS = 3  # words of the subject between the verb of being and the act
ANTECEDENT_ADJECTIVES = 2  # definite adjectives of the antecedent before the relative
ON = "على"
AGAINST = "ضد"
PLAN_REACH = 30  # tokens from the plan noun to its verb
PLEDGE_REACH = 3  # words of the pledge's content before «ضد»
SUBJECT_REACH = 6  # tokens from the pledge to its content (the pledger's name and titles between)
CLITICS = ("و", "ل", "ب", "ف")


def _plan_country(doc: Doc, k: int) -> str | None:
    """The country of «خطة أميركية» ending at token ``k`` (the adjective), else None."""
    if k < 1:
        return None
    iso = gazetteer.load().nisba.get(doc.tokens[k].norm_key)
    if iso is None:
        return None
    head = doc.tokens[k - 1].norm_key
    plans = fw_keys("plan_nouns")
    if head in plans or head[:1] in CLITICS and head[1:] in plans:
        return iso
    return None


def _course_verb(doc: Doc, k: int) -> bool:
    return doc.tokens[k].norm_key in fw_keys("plan_course_verbs")


def _plan_of_verb(doc: Doc, v: int, first: int) -> str | None:
    """The country of the plan whose verb is token ``v`` (module docstring), searching back to token ``first``."""
    if _plan_country(doc, v - 1) is not None:
        return _plan_country(doc, v - 1)
    if not doc.tokens[v].norm_key.startswith("و"):
        return None
    for k in range(v - 1, max(first, v - PLAN_REACH) - 1, -1):
        text = doc.tokens[k].text
        if clause_stop(text) and text != "،":
            return None
        if _course_verb(doc, k) and not nkey(text).startswith("و"):
            return _plan_country(doc, k - 1)
    return None


def _misread_source(ev: Event, events: list[Event]) -> bool:
    """No source, or the target of an act before it in its sentence (the plan's verb has the plan as subject:
    «بدأت بقصف تنظيم X ...، وتواصل الآن بقصف»: X is the act before's target, not this one's doer)."""
    src = ev.source
    if src is None:
        return True
    return any(p is not ev and p.target == src and p.trigger.end <= ev.trigger.start
               and p.sentence.start == ev.sentence.start for p in events)


def plan_doers(doc: Doc, events: list[Event]) -> None:
    """«خطة أميركية بدأت بقصف X»: the plan's country does its acts."""
    for ev in events:
        if ev.attrs.get("pos") != "N" or not ev.code.startswith(FORCE) or not _misread_source(ev, events):
            continue
        t = doc.token_at(ev.trigger.start)
        first = doc.token_at(ev.sentence.start)
        if t is None or first is None or t - first < 3 or not doc.tokens[t].norm_key.startswith(BI):
            continue
        v = t - 1
        if not _course_verb(doc, v) and not (_course_verb(doc, v - 1) and entity_at(doc, v) is None
                                             and doc.tokens[v].norm_key in fw_keys("plan_course_times")):
            continue
        if not _course_verb(doc, v):
            v -= 1
        iso = _plan_of_verb(doc, v, first)
        ent = country_entity(doc, iso) if iso is not None else None
        if ent is None or ent.id == ev.target:
            continue
        name_party(ev, "source", ent.id)
        ev.attrs["source_national"] = "plan"


def document_doers(doc: Doc, events: list[Event]) -> None:
    """«أظهرت صور الأشعة وجود جرح»: a document does no act of force."""
    for ev in events:
        span = ev.attrs.get("source_span")
        if ev.source is not None or not ev.code.startswith(FORCE) or not isinstance(span, list) or len(span) != 2:
            continue
        k = doc.token_from(int(span[0]))
        if k is None or doc.tokens[k].norm_key.removeprefix("و") not in fw_keys("document_nouns"):
            continue
        drop_phrase(ev, "source")


def _against_party(doc: Doc, k: int, end: int) -> int | None:
    """The token after «ضد» within the pledge's content opening at token ``k`` («بمواصلة «الجهاد» ضد»), else None."""
    if not doc.tokens[k].norm_key.startswith(BI):
        return None
    words = 0
    for n in range(k, end):
        text = doc.tokens[n].text
        if text in NAME_QUOTES:
            continue
        if nkey(text) == AGAINST:
            return n + 1 if words > 0 else None
        words += 1
        if words > PLEDGE_REACH or clause_stop(text):
            return None
    return None


def pledged_against(doc: Doc, events: list[Event]) -> None:
    """«وتعهد بمواصلة الجهاد ضد الحكومة»: the pledge is against the party fought."""
    for ev in events:
        if ev.target is not None or ev.attrs.get("target_span") or not ev.code.startswith(PLEDGE):
            continue
        last = doc.token_at(ev.trigger.end - 1)
        stop = doc.token_from(ev.sentence.end)
        end = stop if stop is not None else len(doc.tokens)
        if last is None or last + 1 >= end:
            continue
        n: int | None = None
        for k in range(last + 1, min(end, last + 1 + SUBJECT_REACH)):  # past the pledger's name and titles
            if clause_stop(doc.tokens[k].text):
                break
            if doc.tokens[k].norm_key.startswith(BI):
                n = _against_party(doc, k, end)
                break
        while n is not None and n < end and doc.tokens[n].text in NAME_QUOTES:
            n += 1
        ent = entity_at(doc, n) if n is not None and n < end else None
        if ent is None or ent.id == ev.source:
            continue
        ev.target = ent.id


def _proposal_country(doc: Doc, k: int, end: int) -> str | None:
    """The country of «لاقتراح روسي» / «على مبادرة مصرية» opening at token ``k``, else None."""
    key = doc.tokens[k].norm_key
    if key == nkey(ON) and k + 1 < end:
        k += 1
        key = doc.tokens[k].norm_key
    elif key.startswith(LAM):
        key = key[1:]
    else:
        return None
    if key not in fw_keys("proposal_nouns") or k + 1 >= end:
        return None
    return gazetteer.load().nisba.get(doc.tokens[k + 1].norm_key)


def accepted_proposals(doc: Doc, events: list[Event]) -> None:
    """«وأعلن الرئيس قبوله لاقتراح روسي»: the acceptance is towards the proposal's country."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(PLEDGE):
            continue
        last = doc.token_at(ev.trigger.end - 1)
        stop = doc.token_from(ev.sentence.end)
        end = stop if stop is not None else len(doc.tokens)
        if last is None:
            continue
        iso: str | None = None
        for k in range(last + 1, min(end - 1, last + 1 + SUBJECT_REACH)):
            if clause_stop(doc.tokens[k].text):
                break
            if doc.tokens[k].norm_key.removeprefix("و") in fw_keys("acceptance_nouns"):
                iso = _proposal_country(doc, k + 1, end)
                break
        ent = country_entity(doc, iso) if iso is not None else None
        if ent is None or ent.id == ev.source:
            continue
        name_party(ev, "target", ent.id)


def _passive(text: str) -> bool:
    """«يُقتل», «وقُتل», «ليُقتل»: a damma on the verb's first letter (past a glued «و/ف/ل»)."""
    word = text
    while len(word) > 2 and word[0] in CLITICS and word[1] != DAMMA:
        word = word[1:]
    return len(word) > 2 and word[1] == DAMMA


def _he_near(doc: Doc, t: int, first: int) -> bool:
    """«هو/هي» right after token ``t`` or within HE_REACH tokens before it (no clause stop between)."""
    if t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key in HE:
        return True
    for k in range(t - 1, max(first, t - HE_REACH) - 1, -1):
        text = doc.tokens[k].text
        if clause_stop(text):
            return False
        if nkey(text).removeprefix("و") in HE:
            return True
    return False


def _no_subject_doer(doc: Doc, ev: Event, t: int) -> None:
    """A passive's source read from its subject (before it, or right after it) is the one killed: no source; it is
    the target where there is none."""
    span = ev.attrs.get("source_span")
    src = ev.source
    lo, hi = -1, -1
    if isinstance(span, list) and len(span) == 2:
        lo, hi = int(span[0]), int(span[1])
    elif src is not None:
        near = [m for m in doc.mentions if m.entity == src and m.start < ev.sentence.end and m.end > ev.sentence.start]
        if near:
            lo, hi = near[-1].start, near[-1].end
    if lo < 0:
        return
    right_after = t + 1 < len(doc.tokens) and lo == doc.tokens[t + 1].start
    if not (hi <= ev.trigger.start and lo >= ev.sentence.start or right_after):
        return
    if ev.target is None and not ev.attrs.get("target_span"):
        set_party(ev, "target", src, doc.text, lo, hi)
    name_party(ev, "source", None)


def passive_victims(doc: Doc, events: list[Event]) -> None:
    """«فلان هو أكبر مسؤول يُقتل», «ليُقتل هو أيضا»: the one person named before was killed."""
    for ev in events:
        t = doc.token_at(ev.trigger.start)
        first = doc.token_at(ev.sentence.start)
        if t is None or first is None or ev.attrs.get("pos") != "V" or not ev.code.startswith(KILLING) \
                or not _passive(doc.tokens[t].text):
            continue
        _no_subject_doer(doc, ev, t)
        if ev.target is not None or ev.attrs.get("target_span"):
            continue
        before = [m.entity for m in doc.mentions if m.entity is not None and m.type == "PERSON" and t > first
                  and m.end == doc.tokens[t - 1].end]
        if before:  # «الصحافي فلان قُتل»: the subject right before the passive
            if before[0] != ev.source:
                ev.target = before[0]
            continue
        if not _he_near(doc, t, first):
            continue
        persons = {m.entity for m in doc.mentions if m.entity is not None and m.type == "PERSON"
                   and ev.sentence.start <= m.start and m.end <= ev.trigger.start}
        if len(persons) != 1:
            continue
        victim = persons.pop()
        if victim is None or victim == ev.source:
            continue
        ev.target = victim


def _antecedent(doc: Doc, rel: int, first: int) -> tuple[int, int] | None:
    """The tokens (first, last) of the noun before the relative at ``rel`` with its definite adjectives."""
    k = rel - 1
    while k > first and doc.tokens[k].norm_key.startswith("ال") and k > rel - 1 - ANTECEDENT_ADJECTIVES:
        k -= 1
    if k < first or clause_stop(doc.tokens[k].text):
        return None
    return k, rel - 1


def _phrase_party(doc: Doc, ev: Event, role: str, lo: int, hi: int) -> None:
    """Set ``role`` of ``ev`` to the entity named over tokens lo..hi, else to that phrase."""
    start, stop = doc.tokens[lo].start, doc.tokens[hi].end
    named = {m.entity for m in doc.mentions if m.entity is not None and start <= m.start and m.end <= stop}
    if len(named) == 1:
        name_party(ev, role, named.pop())
    else:
        set_phrase(ev, role, doc.text, start, stop)


def resumed_relatives(doc: Doc, events: list[Event]) -> None:
    """«الجماعات التي ظلت العشائر تحاربها»: the subject does it, the antecedent undergoes it."""
    for ev in events:
        if ev.source is not None or ev.target is not None or ev.attrs.get("pos") != "V":
            continue
        t = doc.token_at(ev.trigger.start)
        first = doc.token_at(ev.sentence.start)
        if t is None or first is None or not enclitic(doc.tokens[t]):
            continue
        rel: int | None = None
        for k in range(t - 2, max(first, t - 2 - SUBJECT_WORDS) - 1, -1):
            if doc.tokens[k].norm_key in fw_keys("relative_copulas"):
                if k - 1 >= first and doc.tokens[k - 1].norm_key in fw_keys("relatives"):
                    rel = k - 1
                break
            if clause_stop(doc.tokens[k].text):
                break
        if rel is None:
            continue
        ante = _antecedent(doc, rel, first)
        if ante is None:
            continue
        _phrase_party(doc, ev, "source", rel + 2, t - 1)
        _phrase_party(doc, ev, "target", ante[0], ante[1])


def _after_subject(doc: Doc, t: int, end: int) -> tuple[int, int] | None:
    """The subject right after the verb at token ``t``: a name's tokens, else a definite noun and its definite
    adjectives (at most two); None where a time, a clitic or anything else follows."""
    k = t + 1
    if k >= end:
        return None
    m = mention_holding(doc, k)
    if m is not None and m.start == doc.tokens[k].start and m.entity is not None:
        last = k
        while last + 1 < end and doc.tokens[last + 1].end <= m.end:
            last += 1
        return k, last
    if not doc.tokens[k].norm_key.startswith("ال") or starts_in_time(doc, doc.tokens[k]) or clause_stop(
            doc.tokens[k].text):
        return None
    last = k
    while last + 1 < end and last - k < ANTECEDENT_ADJECTIVES and doc.tokens[last + 1].norm_key.startswith("ال") \
            and mention_holding(doc, last + 1) is None:
        last += 1
    return k, last


def fronted_objects(doc: Doc, events: list[Event]) -> None:
    """«العنف الطائفي ترفضه النقابة»: the subject after the verb does it; the fronted phrase undergoes it."""
    for ev in events:
        span = ev.attrs.get("source_span")
        if ev.source is not None or ev.attrs.get("pos") != "V" or not isinstance(span, list) or len(span) != 2:
            continue
        t = doc.token_at(ev.trigger.start)
        stop = doc.token_from(ev.sentence.end)
        end = stop if stop is not None else len(doc.tokens)
        lo, hi = int(span[0]), int(span[1])
        if t is None or hi > ev.trigger.start or doc.text[hi : ev.trigger.start].strip() or not enclitic(doc.tokens[t]):
            continue
        subject = _after_subject(doc, t, end)
        if subject is None:
            continue
        drop_phrase(ev, "source")
        _phrase_party(doc, ev, "source", subject[0], subject[1])
        if ev.target is None and not ev.attrs.get("target_span"):
            set_phrase(ev, "target", doc.text, lo, hi)


def plan_parties(doc: Doc, events: list[Event]) -> None:
    """Run the round's passes (module docstring)."""
    fronted_objects(doc, events)
    resumed_relatives(doc, events)
    passive_victims(doc, events)
    accepted_proposals(doc, events)
    plan_doers(doc, events)
    document_doers(doc, events)
    pledged_against(doc, events)
