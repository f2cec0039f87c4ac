"""Round 219: parties carried within the sentence, dual anaphors, destinations, recipients and «منذ أن» doers.

- ``clause_strike_targets``: «نفذت X 12 ضربة جوية في سوريا ضد تنظيم داعش ...، موضحة أنها استهدفت مناطق وجسورا»:
  a hostile verb (CAMEO 18 to 20) with no target whose object is a generic noun of places (function words
  ``generic_strike_objects``: «مناطق», «مواقع», «أهداف») tells what the hostile act before it in the same sentence
  hit: it has that act's target and, where it has none, its place. No party named between the two, and no phrase of
  coincidence (round 223, ``coincidence_phrases``: «في وقت», «بينما»): «اشتباكات بين X وY، في وقت قصفت طائرات
  التحالف مواقع» tells another act at the same time.
  Round ev1010, ``speaker_strike_doers``: where such an act's source is the speaker of its words carried by
  «أنها/أنه» and the speaker told the act before as another's in his words (a command or a spokesman speaking for
  the doer), the source is that doer.
- ``dual_officials``: «وكان المسؤولان التونسيان قد التقيا»: a source phrase of a dual noun of officials
  (``dual_official_nouns``) and a dual country adjective stands for the two persons of that country the article
  names before it, where there are exactly two: the event is made once for each.
- ``destination_targets``: «زيارة الأمير فلان الأخيرة لموسكو»: a visit (042) with no target whose place, a country
  or a capital, is written right after «لـ» (in the same clause as the trigger, no comma and no other act between,
  past the visitor's name and titles) is to that state, as «إلى» is.
- ``talks_partners``: «طالب بإجراء حوار جاد مع طهران»: a demand (CAMEO 10) with no target followed by «بـ», at most
  a masdar of doing, a noun of talks (``dialogue_objects``), at most two adjectives, «مع» and a name: that one is the
  target of the talks event where the code made one there, else of the demand.
- ``referred_recipients``: «وأحيلت القضية إلى وزارة العدل للتحقيق في»: a purpose masdar «لـ» + an act with no
  source right after «إلى» + a body (a referral verb, ``referral_verbs``, before it in the sentence): that body does
  it.
- ``struck_places``: «توقفت الحركة في ميناء الحديدة. وأمام هذا الوضع، دخل الموظفون في إضراب»: a protest or strike
  (CAMEO 14) with no place and no named source, whose sentence before, in the same paragraph, names exactly one
  place and no person or organisation, happens there.
- ``since_doers``: «وقتل 17 جنديا منذ أن باشر متمردو حزب X شن هجمات»: a killing or wounding with no source followed
  in its sentence by «منذ أن» and a hostile act (CAMEO 18 to 20) with a source: that source, where it is not the
  killing's target.
- ``killed_while``: «إن فلانا قتل بينما كان يستقل سيارة»: a killing verb with no object, right after a person named
  as its subject and right before a while word and «كان» (function words ``while_openers``, ``past_being``), is the
  unvocalised passive: that person was killed, by no one named. Round 223: also before a while word and another past
  verb of what befell someone else («قتل بينما نجا مرافقه», ``befell_verbs``).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event, Span
from ..entities import gazetteer
from .acting import ACTING_PLACES
from .arrivals import place_kind
from .forms import fw, fw_keys, nkey
from .source_set import drop_phrase, name_party
from .word_tests import clause_stop, entity_starting, mention_holding, past_conjunction, sentence_end

FORCE = ("18", "19", "20")
CASUALTY = ("190", "1823", "183")
KILL = "190"
VISIT = "042"
DEMAND = "10"
PROTEST = "14"
DESTINATION_REACH = 24  # tokens from the visit to its «لـ» destination (past the visitor's titles)
TALKS_REACH = 6  # tokens from the demand to the partner
DUAL_ENDING = "ان"
WITH = "مع"
TO = ("إلى", "الى", "الي")
SINCE = "منذ"
THAT = "أن"
INVESTIGATIVE_PREFIX = "لل"


def _named_between(doc: Doc, lo: int, hi: int, known: tuple[str | None, str | None]) -> bool:
    """Whether a person or organisation other than the ``known`` ones is named between offsets ``lo`` and ``hi``."""
    for m in doc.mentions:
        if m.entity is None or m.entity in known:
            continue
        if lo <= m.start and m.end <= hi and m.type in ("PERSON", "ORGANIZATION"):
            return True
    return False


def _coincident(between: str) -> bool:
    """Whether the text between two acts holds a phrase of coincidence («في وقت», «بينما»: round 223)."""
    words = " " + " ".join(between.replace("،", " ").split()) + " "
    return any(" " + phrase + " " in words for phrase in fw("coincidence_phrases"))


def _span_tokens(doc: Doc, span: object) -> list[int]:
    if not isinstance(span, list) or len(span) != 2:
        return []
    return list(doc.token_range(Span(int(span[0]), int(span[1]))))


def clause_strike_targets(doc: Doc, events: list[Event]) -> None:
    """«أنها استهدفت مناطق وجسورا»: the target and place of the hostile act before it in the sentence."""
    generic = fw_keys("generic_strike_objects")
    for ev in events:
        if ev.target is not None or not ev.code.startswith(FORCE) or ev.attrs.get("pos") != "V":
            continue
        toks = _span_tokens(doc, ev.attrs.get("target_span"))
        if not toks or nkey(doc.tokens[toks[0]].text) not in generic:
            continue
        prior = [p for p in events if p is not ev and p.sentence.start == ev.sentence.start
                 and p.trigger.end <= ev.trigger.start and p.code.startswith(FORCE) and p.target is not None]
        if not prior:
            continue
        p = prior[-1]
        if p.target == ev.source or _named_between(doc, p.trigger.end, ev.trigger.start, (p.source, p.target)):
            continue
        if _coincident(doc.text[p.trigger.end : ev.trigger.start]):
            continue  # round 223: «، في وقت قصفت»: another act at the same time
        name_party(ev, "target", p.target)
        if ev.location is None and p.location is not None:
            ev.location = p.location


def speaker_strike_doers(doc: Doc, events: list[Event]) -> None:
    """Round ev1010: «وأعلنت القيادة المشتركة أن الولايات المتحدة وحلفاءها نفذوا 17 ضربة ...، موضحة أنها استهدفت
    مناطق»: a hostile verb whose object is a generic noun of places retells the hostile act before it in the
    sentence (as for ``clause_strike_targets``); where its source is the speaker of the words it is in, carried by
    «أنها/أنه», and that speaker told the act before in his words as done by another (a command or a spokesman
    speaking for the doer), its doer is that other, not the speaker."""
    generic = fw_keys("generic_strike_objects")
    for ev in events:
        if ev.source is None or not ev.code.startswith(FORCE) or ev.attrs.get("pos") != "V":
            continue
        after = max(doc.token_range(ev.trigger), default=len(doc.tokens)) + 1  # (its object: «مواقع للتنظيم»)
        if after >= len(doc.tokens) or nkey(doc.tokens[after].text) not in generic:
            continue
        prior = [p for p in events if p is not ev and p.sentence.start == ev.sentence.start
                 and p.trigger.end <= ev.trigger.start and p.code.startswith(FORCE) and p.source is not None]
        p = prior[-1] if prior else None
        if p is None or p.source in (ev.source, ev.target) or not _speaker_carried(doc, ev, p):
            continue
        if not _named_between(doc, p.trigger.end, ev.trigger.start, (p.source, p.target)) \
                and not _coincident(doc.text[p.trigger.end : ev.trigger.start]):
            name_party(ev, "source", p.source)


def _speaker_carried(doc: Doc, ev: Event, p: Event) -> bool:
    """``ev``'s source is the speaker of the words it is in, who told ``p`` in his words too (the speaker is
    named before ``p``, so no name stands between the two acts)."""
    at, before = ev.trigger.start, p.trigger.start
    quote = next((q for q in doc.quotes if q.content.start <= at < q.content.end and q.actor() is not None), None)
    if quote is None or quote.actor() != ev.source or p.source == ev.source:
        return False
    return any(q.actor() == ev.source and q.content.start <= before < q.content.end for q in doc.quotes)


def _dual_country(doc: Doc, toks: list[int]) -> str | None:
    """The country of a dual officials' phrase («المسؤولان التونسيان»), else None."""
    if len(toks) != 2:
        return None
    head = past_conjunction(nkey(doc.tokens[toks[0]].text))
    adjective = nkey(doc.tokens[toks[1]].text)
    if head not in fw_keys("dual_official_nouns") or not adjective.endswith(DUAL_ENDING):
        return None
    return gazetteer.load().nisba.get(adjective[: -len(DUAL_ENDING)])


def _persons_of(doc: Doc, iso: str, before: int) -> list[Entity]:
    """The persons of the country ``iso`` named before offset ``before``, in order of first mention."""
    found = [e for e in doc.entities if e.type == "PERSON" and e.country == iso and e.mentions
             and min(m.start for m in e.mentions) < before]
    return sorted(found, key=lambda e: min(m.start for m in e.mentions))


def _copy(ev: Event) -> Event:
    return Event(id=ev.id, code=ev.code, plover=ev.plover, trigger=ev.trigger, sentence=ev.sentence,
                 source=ev.source, target=ev.target, location=ev.location, date=ev.date, modality=ev.modality,
                 triggers=list(ev.triggers), attrs=dict(ev.attrs))


def dual_officials(doc: Doc, events: list[Event]) -> list[Event]:
    """«المسؤولان التونسيان»: the two persons of that country named before, one event for each."""
    out: list[Event] = []
    for ev in events:
        out.append(ev)
        if ev.source is not None:
            continue
        iso = _dual_country(doc, _span_tokens(doc, ev.attrs.get("source_span")))
        if iso is None:
            continue
        persons = _persons_of(doc, iso, ev.sentence.start)
        if len(persons) != 2 or any(p.id == ev.target for p in persons):
            continue
        name_party(ev, "source", persons[0].id)
        other = _copy(ev)
        other.source = persons[1].id
        out.append(other)
    return out


def destination_targets(doc: Doc, events: list[Event]) -> None:
    """«زيارة فلان مؤخرا لموسكو»: the state the visit goes to."""
    for ev in events:
        if ev.code != VISIT or ev.target is not None or ev.location is None or ev.location == ev.source:
            continue
        place = doc.entity(ev.location)
        k = doc.token_at(ev.trigger.start)
        if place is None or k is None or place_kind(place) not in ACTING_PLACES:
            continue
        end = min(len(doc.tokens), k + DESTINATION_REACH + 1)
        triggers = {e.trigger.start for e in events}
        for t in range(k + 1, end):
            tok = doc.tokens[t]
            if tok.start >= ev.sentence.end or clause_stop(tok.text) or tok.start in triggers:
                break  # (no other clause, no other act between)
            if not any(m.entity == place.id and m.start == tok.start + 1 for m in doc.mentions):
                continue
            if tok.norm_key.startswith("ل"):
                name_party(ev, "target", place.id)
            break


def _talks_partner(doc: Doc, k: int, end: int) -> tuple[int, Entity] | None:
    """From the demand at token ``k``: the talks noun's token and the partner after «مع», else None."""
    toks = doc.tokens
    t = k + 1
    if t < end and toks[t].norm_key in ("فيه", "فيها"):
        t += 1
    if t >= end or not toks[t].norm_key.startswith("ب"):
        return None
    first = toks[t].norm_key[1:]
    talks = fw_keys("dialogue_objects")
    noun = t
    if first not in talks and "ال" + first not in talks:
        noun = t + 1
        if noun >= end or toks[noun].norm_key not in talks:
            return None
    w = noun + 1
    while w < end and w <= noun + 2 and toks[w].norm_key != WITH:
        w += 1
    if w + 1 >= end or toks[w].norm_key != WITH or w + 1 > k + TALKS_REACH + 2:
        return None
    ent = entity_starting(doc, w + 1)
    if ent is None:
        return None
    if ent.type == "LOCATION" and place_kind(ent) not in ACTING_PLACES:
        return None
    return noun, ent


def talks_partners(doc: Doc, events: list[Event]) -> None:
    """«طالب بإجراء حوار مع طهران»: the partner of the talks demanded."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(DEMAND):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        found = _talks_partner(doc, k, sentence_end(doc, ev))
        if found is None or found[1].id == ev.source:
            continue
        noun_start = doc.tokens[found[0]].start
        inner = next((e for e in events if e.trigger.start <= noun_start < e.trigger.end), None)
        if inner is not None:
            if inner.target is None and inner.source != found[1].id:
                name_party(inner, "target", found[1].id)
            continue
        name_party(ev, "target", found[1].id)


def referred_recipients(doc: Doc, events: list[Event]) -> None:
    """«وأحيلت القضية إلى وزارة العدل للتحقيق»: the body referred to does the act of the purpose."""
    verbs = fw_keys("referral_verbs")
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if ev.source is not None or ev.attrs.get("pos") != "N" or k is None or k < 2:
            continue
        if not doc.tokens[k].norm_key.startswith(INVESTIGATIVE_PREFIX):
            continue
        m = mention_holding(doc, k - 1)
        body = doc.entity(m.entity) if m is not None and m.entity is not None else None
        if body is None or m is None or m.end != doc.tokens[k - 1].end or body.type != "ORGANIZATION":
            continue
        first = doc.token_at(m.start)
        if first is None or first < 1 or doc.tokens[first - 1].norm_key not in frozenset(nkey(w) for w in TO):
            continue
        lo = doc.token_from(ev.sentence.start)
        if lo is None or not any(past_conjunction(doc.tokens[t].norm_key) in verbs for t in range(lo, first - 1)):
            continue
        if body.id == ev.target:
            continue
        name_party(ev, "source", body.id)


def since_doers(doc: Doc, events: list[Event]) -> None:
    """«وقتل 17 جنديا منذ أن باشر متمردو حزب X شن هجمات»: the doer of the attacks since which they fell."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if ev.source is not None or not ev.code.startswith(CASUALTY) or k is None:
            continue
        stop = sentence_end(doc, ev)
        since = next((t for t in range(k + 1, stop - 1) if doc.tokens[t].norm_key.removeprefix("و") == SINCE
                      and doc.tokens[t + 1].norm_key == nkey(THAT)), None)
        if since is None:
            continue
        lo = doc.tokens[since].start
        acts = [p for p in events if p is not ev and lo < p.trigger.start < ev.sentence.end
                and p.code.startswith(FORCE) and p.source is not None]
        if not acts or acts[0].source == ev.target:
            continue
        src = acts[0].source
        if src is None or not any(lo <= m.start for m in doc.mentions if m.entity == src):
            continue
        name_party(ev, "source", src)


def killed_while(doc: Doc, events: list[Event]) -> None:
    """«إن فلانا قتل بينما كان يستقل سيارة»: the person was killed (the passive)."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if ev.target is not None or ev.source is None or ev.code != KILL or ev.attrs.get("pos") != "V" or k is None:
            continue
        if k < 1 or k + 2 >= len(doc.tokens) or doc.tokens[k].end != ev.trigger.end:
            continue
        after = doc.tokens[k + 2].norm_key
        if doc.tokens[k + 1].norm_key not in fw_keys("while_openers") or (
                after not in fw_keys("past_being") and after not in fw_keys("befell_verbs")):
            continue
        victim = doc.entity(ev.source)
        if victim is None or victim.type != "PERSON" or not any(
                m.entity == victim.id and m.end == doc.tokens[k - 1].end for m in doc.mentions):
            continue
        ev.target = victim.id
        name_party(ev, "source", None)
        drop_phrase(ev, "target")


def carried_clauses(doc: Doc, events: list[Event]) -> list[Event]:
    """Run the round's passes (module docstring); the list, with an event made twice for a dual's two persons."""
    killed_while(doc, events)
    talks_partners(doc, events)
    referred_recipients(doc, events)
    since_doers(doc, events)
    return dual_officials(doc, events)


def _sentence_before(doc: Doc, ev: Event) -> Span | None:
    prev = [s for s in doc.sentences if s.end <= ev.sentence.start]
    if not prev:
        return None
    return Span(prev[-1].start, prev[-1].end)


def struck_places(doc: Doc, events: list[Event]) -> None:
    """«وأمام هذا الوضع، دخل الموظفون في إضراب»: the one place the sentence before names."""
    for ev in events:
        if ev.location is not None or ev.source is not None or not ev.code.startswith(PROTEST):
            continue
        before = _sentence_before(doc, ev)
        if before is None or "\n" in doc.text[before.start : ev.sentence.start]:
            continue
        named = [m for m in doc.mentions if before.start <= m.start < before.end and m.entity is not None]
        places = {m.entity for m in named if m.type == "LOCATION"}
        if len(places) != 1 or any(m.type in ("PERSON", "ORGANIZATION") for m in named):
            continue
        ev.location = places.pop()


def placed_parties(doc: Doc, events: list[Event]) -> None:
    """The round's passes that read the places the events stage gave (after the places are carried)."""
    speaker_strike_doers(doc, events)  # round ev1010: «أنها استهدفت مناطق» in a command's words: the doer it told
    clause_strike_targets(doc, events)
    destination_targets(doc, events)
    struck_places(doc, events)
