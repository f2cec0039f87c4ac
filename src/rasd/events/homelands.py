"""A country named by the adjective of the phrase that does an act, or by «بلاده», as an event's source or target.

«نجحت وحدة عسكرية أميركية بقتل فلان», «سمحت للطائرات الحربية الأميركية بشن غارات», «وقصفت قوات بريطانية»: an event
with no source whose source phrase (unnamed), or the phrase right before its «بـ» masdar (the trigger, or the light
verb before it: «بشن»), is a doer's head noun (``gentilic_doer_heads``: forces, aircraft, units, a group, troops, an
army, a government, officials, a delegation) and relative adjectives, one of them a country's, is done by that
country; so is a noun act after a light verb of force whose subject is such a phrase («وشنت نحو 30 طائرة تركية موجة
من الغارات»). Only the doer phrase: a country adjective on anything else names no doer.

«قال الوزير البريطاني فلان إن بلاده ستواصل ... في شن الغارات»: «بلاده» (``homeland_words``) is the country of the
person it belongs to, the speaker of the words it stands in, else the first person the sentence names before it
(the subject: «وصف الوزير الأردني فلان زيارة الأمير فلان لبلاده» is Jordan). Where it is subject (no preposition on
it) before a trigger with no source in its sentence, with no person, no other subject and no verb of undergoing
(«تعرضت بلاده لهجوم») between, that country does the act; right after a trigger with no target, after «لـ», «إلى»,
«على» or «ضد» in its clause, it is the target (not the source's own country).

«ضد تنظيم «داعش»» before an act of force with no target (no object phrase) in the same sentence, the one «ضد» there
with a named body right after it and no other party named between: the act is against that body.

The country is the article's country entity, else one made from the gazetteer's entry for it, with a mention on the
adjective's (or «بلاده»'s) characters: the shape of every country entity (``LOC:<iso3>``).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..doc import Doc, Entity, Event, Span
from ..entities import gazetteer
from ..text.prefixes import definite_key
from .forms import fw, nkey
from .gentilics import country_entity
from .source_set import drop_phrase
from .vso import APPROXIMATORS
from .word_tests import clause_break, clause_stop, doc_token_keys, finite_verb

MODEL_WORDS = 3  # words of a model's name in parentheses after the head («طائرات (اف 16)»)
OWN_ADJECTIVES = 2  # adjectives of the head's own before the country's («مجموعة عسكرية خاصة أميركية»)
SUBJECT_REACH = 30  # tokens from «بلاده» as subject to the trigger it does
TARGET_REACH = 24  # tokens from the trigger to «لبلاده» (past the source's apposition: «زيارة فلان، ولي العهد، لبلاده»)
LIGHT_REACH = 16  # tokens from a light verb of force to its noun act («شنت ... موجة جديدة من الغارات»)
TARGET_PREPOSITIONS = ("ل", "الى", "إلى", "على", "ضد")
FORCE = ("19",)  # CAMEO: fight


def _head(word: str) -> bool:
    heads = fw("gentilic_doer_heads")
    return any(k.removeprefix("ال") in heads for k in (definite_key(nkey(word)), nkey(word)))


def _adjective_like(word: str) -> bool:
    """A relative adjective («عسكرية», «الجوية») or a listed plain one («الخاصة»); not a noun in construct
    («قوات المعارضة السورية»: the opposition's)."""
    k = nkey(word).removeprefix("ال")
    return not k.startswith("و") and (k.endswith(("ي", "يه", "يين", "يون")) or k in fw("doer_plain_adjectives"))


def make_country(doc: Doc, iso: str, start: int, end: int) -> Entity | None:
    """The article's entity of the country ``iso``, else a new one from its gazetteer entry with a mention on
    ``start``..``end``; None where the gazetteer has no such country."""
    ent = country_entity(doc, iso)
    if ent is not None:
        return ent
    entry = gazetteer.load().by_id.get(f"LOC:{iso}")
    if entry is None or entry.kind != "country":
        return None
    ent = Entity(f"E{doc.next_entity_number()}", "LOCATION", entry.name, [entry.name], latin=entry.latin,
                 country=entry.country, actor=entry.actor, mentions=[Span(start, end)])
    ent.attrs.update({"sources": ["adjective"], "kind": "country", "gazetteer": entry.id,
                      "mention_types": {"LOCATION": 1}})
    doc.entities.append(ent)
    return ent


def _doer_country(doc: Doc, first: int, last: int) -> tuple[str, int] | None:
    """The country (and its adjective's token) of the doer phrase over tokens ``first``..``last``: a doer's head
    noun, then adjectives only, at most :data:`OWN_ADJECTIVES` of its own, one of them a country's («وحدة عسكرية
    أميركية خاصة»)."""
    toks = doc.tokens
    own = _past_model(doc, first, last)  # round 239: «طائرات (اف 16) التركية»: the model's name in parentheses
    if last - own < 0 or last - own > OWN_ADJECTIVES or not _head(toks[first].text):
        return None
    nisba = gazetteer.load().nisba
    k = next((k for k in range(own, last + 1) if toks[k].norm_key in nisba), None)
    if k is None or not all(_adjective_like(toks[x].text) for x in range(own, last + 1)):
        return None
    return nisba[toks[k].norm_key], k


def _past_model(doc: Doc, first: int, last: int) -> int:
    """The first token after the head ``first`` past a parenthesis of at most :data:`MODEL_WORDS` words right after
    it («طائرات (اف 16) التركية»: the aircraft's model), within ``last``; else ``first + 1``."""
    toks = doc.tokens
    if first + 1 <= last and toks[first + 1].text == "(":
        for c in range(first + 2, min(last, first + 2 + MODEL_WORDS)):
            if toks[c].text == ")":
                return c + 1
    return first + 1


def _before_masdar(doc: Doc, ev: Event) -> tuple[str, int] | None:
    """«نجحت وحدة عسكرية أميركية بقتل», «للطائرات الأميركية بشن غارات»: the doer phrase right before the «بـ»
    masdar that is the trigger or its light verb."""
    t = doc.token_at(ev.trigger.start)
    if t is None:
        return None
    if not doc.tokens[t].norm_key.startswith("ب") and t > 0 and doc.tokens[t - 1].norm_key.startswith("ب") \
            and doc.tokens[t - 1].end <= ev.trigger.start:
        t -= 1  # «بشن هجمات»: the light verb
    if not doc.tokens[t].norm_key.startswith("ب") or t < 2:
        return None
    for first in range(t - 2, max(-1, t - 3 - OWN_ADJECTIVES), -1):
        if doc.tokens[first].start < ev.sentence.start or any(clause_stop(doc.tokens[k].text) for k in range(first, t)):
            return None
        got = _doer_country(doc, first, t - 1)
        if got is not None:
            return got
    return None


def _light_subject(doc: Doc, ev: Event) -> tuple[str, int] | None:
    """«وشنت نحو 30 طائرة تركية ... موجة من الغارات»: a noun trigger after a light verb of force in its clause, whose
    subject (past an approximator and a count) is a doer phrase."""
    t = doc.token_at(ev.trigger.start)
    if t is None or ev.attrs.get("pos") != "N":
        return None
    for v in range(t - 1, max(-1, t - 1 - LIGHT_REACH), -1):
        if doc.tokens[v].start < ev.sentence.start or clause_stop(doc.tokens[v].text):
            return None
        if doc.tokens[v].norm_key.removeprefix("و") not in fw("force_light_verbs"):
            continue
        k = v + 1
        if k < t and doc.tokens[k].norm_key in APPROXIMATORS:
            k += 1
        if k < t and any(n.start <= doc.tokens[k].start < n.end for n in doc.numbers):
            k += 1
        for last in range(k + 1, min(t, k + 2 + OWN_ADJECTIVES)):
            got = _doer_country(doc, k, last)
            if got is not None:
                return got
        return None
    return None


def _source_phrase(doc: Doc, ev: Event) -> tuple[str, int] | None:
    """«وقصفت قوات بريطانية»: an unnamed source phrase that is a doer phrase."""
    span = ev.attrs.get("source_span")
    if not isinstance(span, list) or len(span) != 2:
        return None
    first, last = doc.token_at(span[0]), doc.token_at(span[1] - 1)
    if first is None or last is None:
        return None
    if first == last and last + 1 < len(doc.tokens) and doc.tokens[last + 1].text == "(":
        shut = next((c for c in range(last + 2, min(len(doc.tokens), last + 2 + MODEL_WORDS)) if doc.tokens[c].text == ")"),
                    None)  # round 239: «قصف طائرات (اف 16) التركية»: the span stops at the parenthesis
        if shut is not None:
            for end in range(shut + 1, min(len(doc.tokens), shut + 1 + OWN_ADJECTIVES)):
                got = _doer_country(doc, first, end)
                if got is not None:
                    return got
    return _doer_country(doc, first, last)


def _genitive_doer(doc: Doc, ev: Event) -> tuple[str, int] | None:
    """Round 239: «العالقين في قصف طائرات (اف 16) التركية»: an act of force whose genitive (or subject) right after it
    is a doer phrase with a model's name in parentheses after its head: the aircraft are the means, the country the
    doer."""
    t = doc.token_at(ev.trigger.end - 1)
    if t is None or not ev.code.startswith(FORCE) or t + 3 >= len(doc.tokens) \
            or doc.tokens[t + 2].text != "(" or not _head(doc.tokens[t + 1].text):
        return None
    own = _past_model(doc, t + 1, len(doc.tokens) - 1)
    for last in range(own, min(len(doc.tokens), own + OWN_ADJECTIVES)):
        if doc.tokens[last].end > ev.sentence.end:
            return None
        got = _doer_country(doc, t + 1, last)
        if got is not None:
            return got
    return None


def homeland_owner(doc: Doc, k: int, sent: Span) -> str | None:
    """The country of the person whose «بلاده» token ``k`` is (module docstring)."""
    at = doc.tokens[k].start
    for q in doc.quotes:
        if q.content.start <= at < q.content.end and q.speaker is not None:
            who = doc.entity(q.speaker)
            return who.country if who is not None and who.type == "PERSON" else None
    if doc.tokens[k].norm_key.endswith("نا"):
        return None  # («بلادنا» outside a quote: whose is not told)
    persons = sorted((m.start, e) for e in doc.entities if e.type == "PERSON" for m in e.mentions
                     if sent.start <= m.start and m.end <= at)
    if persons:
        return persons[0][1].country
    # round 210: «وشدد على التزام بلاده ...، موضحا أن»: the speaker of the sentence's words, its subject dropped
    said = [q for q in doc.quotes if sent.start <= q.cue.start < sent.end and q.speaker is not None]
    who = doc.entity(said[0].speaker) if said and said[0].speaker is not None else None
    return who.country if who is not None and who.type == "PERSON" else None


def _homelands(doc: Doc, sent: Span) -> list[tuple[int, bool]]:
    """The «بلاده» tokens of the sentence: (index, with a preposition on it)."""
    out: list[tuple[int, bool]] = []
    for k in doc.token_range(sent):
        key = doc.tokens[k].norm_key.removeprefix("و")
        if key in fw("homeland_words"):
            out.append((k, False))
        elif key[:1] in ("ل", "ب") and key[1:] in fw("homeland_words"):
            out.append((k, True))
    return out


def _subject_between(doc: Doc, k: int, t: int) -> bool:
    """Is a person, another named subject or a verb of undergoing between «بلاده» (``k``) and the trigger (``t``)?"""
    lo, hi = doc.tokens[k].end, doc.tokens[t].start
    for e in doc.entities:
        for m in e.mentions:
            if not (lo <= m.start and m.end <= hi):
                continue
            if e.type == "PERSON":
                return True
            j = doc.token_at(m.start)
            if j == k + 1 and doc.tokens[j].text.startswith("و"):
                continue  # «بلاده ودول الخليج اتفقوا»: a body coordinated with it, a party to what it does
            prev = [doc.tokens[x].norm_key for x in range(max(k + 1, (j or 0) - 2), j or 0)]
            if e.type == "ORGANIZATION" and not any(p in fw("gentilic_against_prepositions") or p in ("في", "على", "من")
                                                    or p[:1] in ("ل", "ب") for p in prev):
                return True
    return any(doc.tokens[x].norm_key.removeprefix("و") in fw("undergoing_verbs") for x in range(k + 1, t))


def _homeland_source(doc: Doc, ev: Event) -> Entity | None:
    t = doc.token_at(ev.trigger.start)
    if t is None or ev.attrs.get("source_span") is not None:
        return None  # («خلال اجتماع وزراء الخارجية العرب»: a phrase of its own does it)
    if _source_keys().isdisjoint(doc_token_keys(doc)):
        return None  # (no token may be a «بلاده» of ``_homelands``: none in the sentence)
    found = [(k, p) for k, p in _homelands(doc, ev.sentence) if k < t]
    if not found or found[-1][1] or t - found[-1][0] > SUBJECT_REACH or _subject_between(doc, found[-1][0], t):
        return None
    k = found[-1][0]
    before = doc.tokens[k - 1].norm_key.removeprefix("و") if k > 0 else ""
    if before not in fw("complementizers") and before not in fw("keeping_words"):
        return None  # (the subject of «إن»; «نفاد صبر بلاده»: a genitive, no doer; round 210: «التزام بلاده بتقديم»)
    iso = homeland_owner(doc, k, ev.sentence)
    if iso is None:
        return None
    ent = make_country(doc, iso, doc.tokens[k].start, doc.tokens[k].end)
    return ent if ent is not None and ent.id != ev.target else None


OUR_REACH = 8  # tokens from «قواتنا» to the act it does


def _our_force(doc: Doc, ev: Event) -> Entity | None:
    """Round 138: «حيث تمكنت قواتنا الأمنية من استعادة السيطرة» in a quote's words: a force or government of the
    first person plural (function words ``our_force_words``) that opens its clause or follows its verb, a
    complementizer or an able verb, with no other subject between it and the act, is the country of the speaker."""
    t = doc.token_at(ev.trigger.start)
    if t is None or ev.attrs.get("source_span") is not None:
        return None
    first = doc.token_at(ev.sentence.start) or 0
    ours = fw("our_force_words")
    for k in range(t - 1, max(first, t - OUR_REACH) - 1, -1):
        tok = doc.tokens[k]
        if tok.text in ("،", ",") or clause_stop(tok.text):
            return None
        if tok.norm_key.removeprefix("و") not in ours:
            continue
        prev = doc.tokens[k - 1].norm_key.removeprefix("و") if k > first else ""
        opens = k == first or prev in fw("complementizers") or prev in fw("ability_verbs") or finite_verb(doc.tokens[k - 1])
        if not opens or _subject_between(doc, k, t) or not any(q.content.start <= tok.start < q.content.end
                                                                for q in doc.quotes):
            return None
        iso = homeland_owner(doc, k, ev.sentence)
        ent = make_country(doc, iso, tok.start, tok.end) if iso is not None else None
        return ent if ent is not None and ent.id != ev.target else None
    return None


def _homeland_told(doc: Doc) -> bool:
    """Whether a token of ``doc`` (its «و» off) may be a word of ``homeland_words``, bare or with «لـ»: without
    one, ``_homeland_target`` finds nothing for any event."""
    return not _homeland_keys().isdisjoint(doc_token_keys(doc))


@lru_cache(maxsize=1)
def _homeland_keys() -> frozenset[str]:
    """Every key whose «و» off is a word of ``homeland_words`` or «لـ» and one (``_homeland_told``)."""
    return frozenset(p + w for w in fw("homeland_words") for p in ("", "و", "ل", "ول"))


@lru_cache(maxsize=1)
def _source_keys() -> frozenset[str]:
    """Every key ``_homelands`` may read as «بلاده»: a word of ``homeland_words``, bare or with «لـ/بـ», its «و» off
    or not (a superset: ``_homeland_source`` returns at once where no token key is one)."""
    return frozenset(p + w for w in fw("homeland_words") for p in ("", "و", "ل", "ب", "ول", "وب"))


def _homeland_target(doc: Doc, ev: Event, triggers: list[int]) -> Entity | None:
    """``triggers``: the trigger starts of the article's events, sorted."""
    first = doc.token_from(ev.trigger.end)
    if first is None:
        return None
    for k in range(first, min(len(doc.tokens), first + TARGET_REACH)):
        tok = doc.tokens[k]
        at = bisect_left(triggers, tok.start)
        if tok.start >= ev.sentence.end or clause_break(tok.text) or (
                at < len(triggers) and triggers[at] < tok.end):
            return None  # (a comma may close the source's apposition; another act's words are its own)
        key = tok.norm_key.removeprefix("و")
        prev = doc.tokens[k - 1].norm_key.removeprefix("و") if k > first else ""
        if not (key[:1] == "ل" and key[1:] in fw("homeland_words")
                or key in fw("homeland_words") and prev in TARGET_PREPOSITIONS):
            continue
        iso = homeland_owner(doc, k, ev.sentence)
        src = doc.entity(ev.source)
        if iso is None or src is not None and src.country == iso:
            return None
        ent = make_country(doc, iso, tok.start + (len(tok.text) - len(tok.text.lstrip("ول"))), tok.end)
        return ent if ent is not None and ent.id != ev.source else None
    return None


def _against_before(doc: Doc, ev: Event) -> str | None:
    """«ستمدد حملتها ضد تنظيم «داعش»، مشيرا إلى أنها ستستخدم المقاتلات في شن الضربات»: an act of force with no
    target but a known source after the one «ضد» + a named body of its sentence, no other body or person named between
    and the body not of the source's own country: that body."""
    src = doc.entity(ev.source)
    t = doc.token_at(ev.trigger.start)
    if not ev.code.startswith(FORCE) or src is None or t is None:
        return None  # (a known doer acts against it: «كانا متحالفين ضد طالبان ... اشتباكات بين قواتهما»)
    against = [k for k in doc.token_range(ev.sentence) if k < t and
               doc.tokens[k].norm_key.removeprefix("و") in fw("gentilic_against_prepositions")]
    if len(against) != 1:
        return None
    named = sorted((m.start, e) for e in doc.entities for m in e.mentions
                   if doc.tokens[against[0]].end <= m.start and m.end <= ev.trigger.start)
    if not named or named[0][1].type != "ORGANIZATION" or named[0][1].id == ev.source or src.country and (
            named[0][1].country == src.country or (named[0][1].actor or "")[:3] == src.country):
        return None  # («العمليات ضد القوات التركية ... كل هجوم تركي»: not Turkey against its own)
    first = doc.token_at(named[0][0])
    if first is None or first - against[0] > 2 or any(e.id != named[0][1].id and e.id != ev.source
                                                        for _, e in named[1:]):
        return None  # («ضد تنظيم «داعش»»: its head noun between)
    return named[0][1].id


def homeland_parties(doc: Doc, events: list[Event]) -> None:
    """Give an event with no source the country its doer phrase's adjective or «بلاده» names, and one with no
    target the country of «لبلاده» after it (module docstring)."""
    triggers = sorted(o.trigger.start for o in events)
    homeland = _homeland_told(doc)
    for ev in events:
        if ev.source is None:
            genitive = _genitive_doer(doc, ev)
            got = _source_phrase(doc, ev) or _before_masdar(doc, ev) or _light_subject(doc, ev) or genitive
            tok = doc.tokens[got[1]] if got is not None else None
            ent = make_country(doc, got[0], tok.start, tok.end) if got is not None and tok is not None else None
            if ent is not None and ent.id != ev.target:
                ev.source = ent.id
                ev.attrs["source_national"] = "doer"
                if got is genitive and ev.target is None:
                    drop_phrase(ev, "target")  # («قصف طائرات (اف 16) التركية»: the aircraft, no target)
            elif (ent := _homeland_source(doc, ev) or _our_force(doc, ev)) is not None:
                ev.source = ent.id
                ev.attrs["source_national"] = "homeland"
        if ev.target is None:
            ent = _homeland_target(doc, ev, triggers) if homeland else None
            if ent is not None:
                ev.target = ent.id
                ev.attrs.pop("target_span", None)
                ev.attrs["target_national"] = "homeland"
            elif ev.attrs.get("target_span") is None and (tid := _against_before(doc, ev)) is not None:
                ev.target = tid
                ev.attrs["target_against"] = True
