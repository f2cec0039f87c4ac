"""Round gr390: the ``groups`` stage. An event's source or target that no entity names but whose phrase is an unnamed
group of people of a listed agent noun («المتظاهرون», «قوات الأمن العراقية», «مستوطنين», «فلسطينيون») becomes a
GROUP entity, the way PETRARCH turns an agent phrase into an actor code (country + sector: «قوات الأمن العراقية»
IRQCOP, «جنود إسرائيليين» ISRMIL).

- The head: the phrase's first word, past its proclitics, a count or a part («عشرات», «مجموعة من», «أحد»: function
  words ``group_quantifiers``, or a number of the numbers layer) and a members' noun before a listed head
  («عناصر الميليشيات»: ``group_members``), looked up without the article in ``data/events/agent_groups.tsv`` (the
  two-word forms first: «قوات الأمن»). A people's plural («فلسطينيون», «الأتراك»: ``gentilics.people_country``) is a
  head of its own, its country's people (the actor is the country's code alone, as PETRARCH codes a nationality).
  Nothing for any other word: sources of speech, places, things, titles of one person, garbled phrases.
- Its country, only from the phrase itself: a country adjective or a people's plural in the three words after the
  head, before any preposition («قوات الأمن العراقية», «جيش الاحتلال الإسرائيلي», «مقاتلين سوريين»: the entity
  layer's nisba list and ``people_country``), or a place named right after the head words («جيش لبنان»), or for a
  state's body (GOV, MIL, COP, JUD, LEG) «في» + a place right after it («الشرطة في سريلانكا»). Never
  from the article. A phrase that holds a named body or person («قوات الحوثي») is that body's: left to it.
- Round gr402: a members' noun may stand before «من» + the head («فصائل من المعارضة»); a phrase that stops at its
  definite oblique plural head takes the definite country adjective right after it («استهدفت الناشطين الأكراد»); a
  phrase that opens with a people's plural right after a listed head is that head's adjective (``_led_by_head``:
  «المسؤولين اليونانيين» GRCGOV, not the Greeks); a people of no one country («الأكراد», «يهود», «الأوروبيين»:
  ``group_lexicon.peoples``) is coded like a country (KUR, KURUAF) with no ``country``; a head flagged "kind"
  («حكومة تكنوقراط») names a kind of it, not a group.
- The actor: the country's code and the sector where the country is known (IRQCOP); the sector alone where it is
  not («المتظاهرون» OPP), as the entity layer codes a body of no country (a company BUS, a paper MED) and as
  PETRARCH codes an agent found with no country.
- One entity per referent in the article: the same head and country are one group («المتظاهرون» … «المتظاهرين»).
  A bare mention (no country) joins a group of that head with a country only where the article has exactly one
  such group and a mention of it stands in the bare one's paragraph or the one before (unambiguous: «قوات الأمن
  العراقية» … «وقالت قوات الأمن»; not the next story of a digest), else it is a group of its own.
- The lexicon's flags: a head marked "bare" («النظام», «المقاومة», «المعارضة») makes a group only alone, with a
  country adjective or before a preposition («النظام السوري», «المعارضة للحكومة»), never with another adjective
  («النظام الخليجي»: a system); one marked "country" only with a country («القيادة الإيرانية»; «القيادة» alone may be
  any command); "notbefore=عن": never right before that word in the text («المسؤولين عن الهجوم»: those responsible).
- Round ev447: a count of people as a protest's source («تجمع المئات», «الآلاف من العراقيين») is a crowd or the
  counted group (events.crowds).
- Round en613: an armed opposition group with no country word («قوات المعارضة» REB) takes the country of the one
  opposition body named in the article («المعارضة السورية»: SYRREB; events.armed_opposition).
- Round gs409: a named person's critics or supporters («منتقدو الرئيس التركي رجب طيب إردوغان» TUROPP, «أنصار
  القذافي» LBY) are that person's side (``group_partisans``), read before the rule on named phrases below.
- Never a group: a phrase after «أي» (any: «لم تعلن أي جماعة مسؤوليتها»), a head with a pronoun («قواتنا»,
  «حكومته»: someone's), a singular with the article («الصحافي», «الناشطة»: a person told of before, as a title is),
  the men of a body or person of the article right after the head («قوات الحوثي», «مسلحا حوثيا», «قوات صالح»), a
  country adjective that does not agree with a plural head («مستوطنون فلسطينيين»: the object after the subject).
- A quote whose speaker is such a phrase («وقال متظاهرون إن», ``speaker_text``; not one that speaks for a named body,
  ``affiliation``) has the group as its speaker too, one group with the events' where it is the same. Round qu883:
  so does its call-back by the definite head («وقال المصدر العسكري» after «وكشف مصدر عسكري رفيع»: the group the
  antecedent's phrase reads, ``quotes.source_again``).
- The entity: type GROUP, ``name`` the head words (through the country word where one gives it), ``aliases`` its
  distinct names, ``mentions`` the argument phrases, ``roles`` empty, ``latin`` the lexicon's English label with the
  country's adjective ("Iraqi security forces"), ``country`` and ``actor``. The event's role then holds its id (its
  ``source_span`` / ``target_span`` kept). A role is left alone where the group would be the event's other party too.
- Round mn956: a bare group read past «و» (round en941: «بين النظام والمعارضة», «قوات هادي والمقاومة») is the
  article's body or placed group of its head word where one is named (``_join_named``: «فصائل المعارضة» SYRREB,
  «المقاومة الشعبية»), else the home rule's; a few counted of a class («تسعة من كبار المسؤولين») are a set apart
  from the class told later («المسؤولين»), unless retold by «هؤلاء» / «المذكورين» (``_counted_apart``).
- Round ev980: an armed side told by description («متمردين موالين لروسيا», «المسلحين الأكراد» in Turkey) is REB of
  the country where it fights, a group even where no event has it, and a bare rebel head after it is it
  (``armed_sides``).
- Round ev987: an event's phrase or a quote's speaker phrase of a plural group head and a body's nisba plural in its
  case («شن المتمردون الحوثيون هجوما», «وقال المتمردون الحوثيون إن») is that body's (``nisba_phrases.named_nisba``), as the events layer reads it one phrase.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Span
from ..pipeline import stage
from ..quotes.source_again import antecedent_source
from .armed_opposition import armed_opposition_country
from .armed_members import armed_members
from .armed_sides import armed_sides, join_side, side_country
from .civilian_country import civilian_country
from .crowds import crowd_group
from .cue_speakers import cue_event
from .forms import fw_keys, nkey
from .group_lexicon import bare_key, is_people_code, latin_label
from .nisba_phrases import named_nisba
from .group_owners import group_owners
from .home_groups import home_groups
from .leader_forces import joined_force
from .our_acts import late_owners
from .group_phrases import Found, read_phrase
from .owner_targets import owner_span
from .party_forces import party_force
from .resistance_groups import resistance_body
from .source_set import take_party
from .said_nisbas import said_name, said_pair
from .unconventional import armed_on_civilians
from .unnamed_courts import unnamed_courts


def make_groups(doc: Doc) -> None:
    """Give each event's unnamed source or target that names a group its GROUP entity (module docstring)."""
    found: list[Found] = []
    for ev in doc.events:
        for role in ("source", "target"):
            if (armed := armed_members(doc, ev, role)) is not None:  # round en616: «فصائل من المعارضة» REB
                found.append(armed)
                continue
            if (phrase := ev.unnamed(role, doc.text)) is None or party_force(doc, ev, role, phrase) \
                    or joined_force(doc, ev, role, phrase):
                continue  # «قوات الحوثي»: the party's (round en531); «مقاتلات وقوات تركية»: TURMIL (round en723)
            span = owner_span(doc, ev, role, phrase)  # round ev575: «مواقع للمتمردين»: the rebels
            got = read_phrase(doc, span) or (crowd_group(doc, ev, span) if role == "source" else None)
            if got is None and (body := named_nisba(doc, span)) is not None:
                take_party(ev, role, body)  # round ev987: «شن المتمردون الحوثيون هجوما»: the Houthis
                continue
            if got is not None:
                got = armed_opposition_country(doc, got)  # «قوات المعارضة» SYRREB (en613)
                got = civilian_country(doc, got)  # «شهود عيان» in a report from Turkey: TURCVL (en975)
                got = side_country(doc, got)  # «متمردين موالين لروسيا» in Ukraine: UKRREB (ev980)
                if not got.conjunct:  # «المقاومة» (en846); past «و»: the body itself (round mn956, ``_join_named``)
                    got = resistance_body(doc, got)
                got.roles.append((ev, role))
                found.append(got)
    for q in doc.quotes:
        said_by = q.attrs.get("speaker_text")  # (its own name: compiled, ``phrase`` above holds a dict or None)
        if q.speaker is None and isinstance(said_by, Span) and not isinstance(q.attrs.get("affiliation"), str):
            got = read_phrase(doc, said_by) or _called_back(doc, said_by)
            if got is None:
                q.speaker = named_nisba(doc, said_by)  # round ev987: «وقال المتمردون الحوثيون»: the Houthis
            if got is not None:
                got = civilian_country(doc, got)  # «وقال شهود عيان» (en975)
                got = said_name(doc, got, said_by)  # «عن دبلوماسيين غربيين»: its nisbas too (round qu983)
                got = said_pair(doc, got, said_by)  # «وقال سكان وشهود إن»: one group of civilians (round qu994)
                got.quotes.append(q)
                if (said := cue_event(doc, q)) is not None:  # round qu801: «وبحسب مصادر عسكرية، أكدت أن»
                    got.roles.append((said, "source"))
                found.append(got)
    sides = [f for f in found if f.side] + armed_sides(doc, found)  # round ev980: armed sides, bare heads join
    for f in found:
        join_side(f, sides)
    found += [s for s in sides if s not in found]
    found = [f for f in found if not (f.conjunct and f.country is None and _join_named(doc, f, found))]
    if not found:
        return
    keyed: dict[tuple[str, str | None], list[Found]] = {}
    for f in found:
        keyed.setdefault((f.head.form, f.country), []).append(f)
    for (form, country), fs in list(keyed.items()):
        placed = [c for (h, c) in keyed if h == form and c is not None]
        if country is None and len(placed) == 1:  # a bare mention joins the one group of that head with a country
            near = [f for f in fs if _near(doc, f.span, keyed[(form, placed[0])])]
            keyed[(form, placed[0])].extend(near)
            keyed[(form, None)] = [f for f in fs if f not in near]
            if not keyed[(form, None)]:
                del keyed[(form, None)]
    home_groups(doc, keyed)  # round en617: «وأفاد ناشطون» in an article on Syria: SYROPP
    n = doc.next_entity_number()
    sets = [one for fs in keyed.values() for one in _counted_apart(doc, sorted(fs, key=lambda f: f.span.start))]
    for fs in sorted(sets, key=lambda fs: fs[0].span.start):
        country = fs[0].country
        eid = f"E{n}"
        kept = [f for f in fs if _assign(f, eid) or f.side]  # (an armed side is a group of the article, ev980)
        if not kept:
            continue
        n += 1
        head = kept[0].head
        names = list(dict.fromkeys(f.name for f in kept))
        iso = None if is_people_code(country) else country  # (a people of no one country: its code, no country)
        named = next((f.people for f in kept if f.people is not None), None)  # round mn989: the latin says its people
        doc.entities.append(Entity(eid, "GROUP", max(names, key=len), names, latin_label(head, named or country), iso,
                                   (country or "") + head.sector or None, [],
                                   sorted({f.span for f in kept}, key=lambda s: (s.start, s.end))))


def _head_word(name: str) -> str:
    """The head word of a body's or group's name, past a members' noun and «من» («فصائل المعارضة»: «المعارضة»)."""
    words = [nkey(w) for w in name.split()]
    while len(words) > 1 and (bare_key(words[0]) in fw_keys("group_members") or words[0] == "من"):
        words = words[1:]
    return words[0] if words else ""


def _join_named(doc: Doc, f: Found, found: list[Found]) -> bool:
    """Round mn956: a bare group read past «و» («بين النظام والمعارضة», «قوات هادي والمقاومة») is the article's
    body or placed group of the same head word where one is named («فصائل المعارضة» SYRREB, «المقاومة الشعبية»):
    the one told nearest before it (else after), never the other party of its own event. Whether it joined one
    (a placed group: ``f`` takes its head and country; a body: ``f``'s roles, quotes and mention go to it)."""
    word = _head_word(f.name)
    others = {ev.target if role == "source" else ev.source for ev, role in f.roles}
    best: tuple[tuple[int, int], Entity | Found] | None = None
    cands: list[tuple[Entity | Found, list[str], list[int]]] = [
        (e, [e.name, *e.aliases], [m.start for m in e.mentions]) for e in doc.entities
        if e.type in ("ORGANIZATION", "GROUP") and e.id not in others]
    cands += [(g, [g.name], [g.span.start]) for g in found if g.country is not None and g is not f]
    for cand, names, starts in cands:
        if not any(_head_word(n) == word for n in names):
            continue
        for at in starts:
            rank = (0, f.span.start - at) if at < f.span.start else (1, at - f.span.start)
            if best is None or rank < best[0]:
                best = (rank, cand)
    if best is None:
        return False
    got = best[1]
    if isinstance(got, Found):
        f.head, f.country = got.head, got.country
        return False  # (kept: keyed with the placed group below)
    for q in f.quotes:
        q.speaker = got.id
    for ev, role in f.roles:
        take_party(ev, role, got.id)
    got.mentions = sorted({*got.mentions, f.span}, key=lambda s: (s.start, s.end))
    return True


def _counted_apart(doc: Doc, fs: list[Found]) -> list[list[Found]]:
    """Round mn956: the groups of one head and country, a few counted of the class («تسعة من كبار المسؤولين») apart
    from the class told later («وكان المسؤولين تحدثوا»: others), unless retold by «هؤلاء» before it or «المذكورين»
    after it; counted sets of one name are one."""
    main: list[Found] = []
    counted: dict[str, list[Found]] = {}
    for f in fs:
        if f.counted:
            counted.setdefault(f.name, []).append(f)
        elif counted and _retold(doc, f.span):
            list(counted.values())[-1].append(f)
        else:
            main.append(f)
    return [one for one in (main, *counted.values()) if one]


def _retold(doc: Doc, span: Span) -> bool:
    """Whether a bare group phrase points back: «هؤلاء» right before it or «المذكورين» right after it."""
    k = doc.token_at(span.start)
    nxt = doc.token_from(span.end)
    return k is not None and k > 0 and doc.tokens[k - 1].norm_key in fw_keys("group_retold_before") \
        or nxt is not None and doc.tokens[nxt].norm_key in fw_keys("group_retold_after")


def _called_back(doc: Doc, said_by: Span) -> Found | None:
    """Round qu883: «وقال المصدر العسكري» after «وكشف مصدر عسكري رفيع»: the group of the source it calls back
    (``quotes.source_again``), its mention the call-back's phrase."""
    earlier = antecedent_source(doc, said_by)
    got = read_phrase(doc, earlier) if earlier is not None else None
    if got is not None:
        got.span = said_by  # (its name the antecedent's: «مصدر عسكري», the group's own words)
    return got


def _near(doc: Doc, span: Span, placed: list[Found]) -> bool:
    """Whether a bare mention stands in the paragraph of a mention of the group with a country, or the next one
    («قوات الأمن العراقية ...، وقالت قوات الأمن»); not in another story of a digest («موجز دوليات»: the police of
    Sri Lanka, then of Taiwan)."""
    paragraphs = doc.paragraphs or doc.sentences
    at = next((n for n, p in enumerate(paragraphs) if p.start <= span.start < p.end), -1)
    return any(0 <= at - n <= 1 for f in placed for n, p in enumerate(paragraphs) if p.start <= f.span.start < p.end)


def _assign(f: Found, eid: str) -> bool:
    """Put the group ``eid`` in the roles ``f`` fills, but never as both parties of one event, and make it the
    speaker of its quotes; whether it took one."""
    for q in f.quotes:
        q.speaker = eid
    took = bool(f.quotes)
    for ev, role in f.roles:
        took = take_party(ev, role, eid) or took  # one group is not both parties of one act
    return took


@stage("groups", requires=("numbers", "entities", "quotes", "events"), assigns=("groups",))
def groups_stage(doc: Doc) -> None:
    """The ``groups`` stage: :func:`make_groups`, then the noun acts its groups own by a pronoun (round ev576)."""
    make_groups(doc)
    unnamed_courts(doc)  # round ev995: «وحكم على فلان بالسجن» in a report on Egypt: EGYJUD
    armed_on_civilians(doc, doc.events)  # round ev887: «أحد عناصر الميليشيات» (YEMREB) «بإطلاق النار على الشاب»: 180
    group_owners(doc)
    late_owners(doc)  # round ev609: «وقالت القوات الكردية في بيان "رغم إعلاننا ..."»: the group's
