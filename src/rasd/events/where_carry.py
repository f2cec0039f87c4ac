"""Round 103: places carried to an act that names none where the text ties it to a place told elsewhere (see
``location.event_location``), each narrow: a null is better than a wrong place.

- «تفجير مسجد ... في الكويت ... اعتقل بعد يومين من الهجوم ... في الاعتداء»: an attack told again by a bare
  definite noun is where the last attack of its kind told with a place of its own was (``told_again_places``).
- «وقعا الاتفاق ... خلال زيارة إلى بنغلاديش»: an act done during a visit or a meeting is where that was
  (``occasion_places``).
- «... بعد غزوه العراق. واشترك في التفجيرات ... لمقاومة قوات الاحتلال هناك»: «هناك» closing the act's clause is the
  one place the sentence before names (``there_places``).
- «وصف الوزير الأردني زيارة الأمير لبلاده»: a visit to «بلاده» goes to the country of the sentence's named person
  before it (``own_country_places``).
- «ستمدد حملتها الجوية في العراق ..., مشيرا إلى أنها ستستخدم المقاتلات في شن الضربات»: strikes told after a
  campaign said with its «في» place in the same sentence are in that place (``campaign_places``).
- «إن شخصا قتل ... في إطلاق نار على حشد انتخابي في العاصمة كولومبو. وأبلغ فلان الصحافيين أن أربعة مسلحين أطلقوا
  النار»: an act of force retold in the next sentence, which names no place, is where the sentence before put its
  act of the same code (``retold_places``, round lo429)."""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.prefixes import past_clitics
from .forms import PLACES, fw, nkey
from .aim_places import aim_places
from .joined_places import late_retold_places
from .lexicon import VERBAL_CODES
from .modality import FACTUAL
from .repeats import CASUALTIES, force_kin
from .retrospect import same_act
from .where_lead import lead_meeting_places
from .lead_acts import lead_act_places
from .reception_places import reception_places
from .topic_venue import topic_venue_places
from .court_places import court_places
from .where_retold import retold_meeting_places
from .town_pairs import town_pair_places
from .where_anaphor import town_anaphor_places, visit_conjunct_places, visited_her_places, witnessed_town_places
from .kind_anaphors import kind_anaphor_places
from .outside_places import outside_places
from .where_near import coordinated_places, in_attack_places, pointed_back_places
from .where_told import told_places
from .where_when import when_clause_places
from .visit_anaphor import anaphoric_visit_places
from .trip_meetings import trip_meeting_places
from .visit_scene import visit_scene_places
from .visited_targets import to_own_country, visited_target_places
from .word_tests import clause_break, clause_stop, doc_token_keys, sentence_index

FORCE = ("18", "19", "20")  # assault, fight, mass violence
TAKINGS = ("192",)  # occupy territory: «السيطرة» told again is as often another taking
MEETINGS = "04"  # consult, visit, negotiate
VISIT = "042"
OCCASION_REACH = 25  # tokens from an act to the «خلال» of the visit it was done during
OCCASION_OPENING = 2  # tokens from a sentence's start within which an occasion phrase is fronted («وخلال زيارته»)
OWN_COUNTRY_REACH = 8  # tokens from a visit noun to «لبلاده», over the visitor's name and titles
POSSESSIVES = ("هما", "هم", "ها", "ه")  # «قصفها», «هجومهم»: the act of its doer
CAMPAIGN_ADJECTIVES = 2  # adjectives between a campaign noun and its «في» («حملتها الجوية في العراق»)


def _places_in(doc: Doc, lo: int, hi: int) -> list[str]:
    """The place entities named in the text lo..hi, in order of their first mention there."""
    found: list[tuple[int, str]] = []
    for e in doc.entities:
        if e.type in PLACES:
            starts = [m.start for m in e.mentions if lo <= m.start < hi]
            if starts:
                found.append((min(starts), e.id))
    return [eid for _, eid in sorted(found)]


def _last_place(doc: Doc, lo: int, hi: int) -> str | None:
    """The place entity named last in the text lo..hi; None if it names none."""
    spots = [(m.start, e.id) for e in doc.entities if e.type in PLACES for m in e.mentions if lo <= m.start < hi]
    return max(spots)[1] if spots else None


def _noun(text: str) -> str:
    """The bare definite noun of a one-word trigger («والهجوم», «بالاعتداء» → «هجوم», «اعتداء»); '' otherwise."""
    if " " in text.strip():
        return ""
    key = nkey(text).removeprefix("و")
    for pre in ("بال", "لل", "ال"):
        if key.startswith(pre):
            return key[len(pre):]
    return ""


def _named_as(word: str, noun: str) -> bool:
    """Whether ``word`` names an act of the noun ``noun`` (``same_act``), definite or not, or with a possessive
    («تفجير», «الهجوم», «قصفها»)."""
    key = nkey(word).removeprefix("و")
    stems = [key[len(pre):] for pre in ("بال", "لل", "ال", "ب", "ل", "") if key.startswith(pre)]
    stems += [stem[: -len(end)] for stem in stems for end in POSSESSIVES if stem.endswith(end)]  # «قصفها», «هجومهم»
    return any(same_act(stem) == noun for stem in stems)


def told_again_places(doc: Doc, events: list[Event]) -> None:
    """An act of force with no place whose trigger is a bare definite singular noun («الهجوم», «في الاعتداء»), its
    sentence naming no place, takes the place of the last act of force of the same noun (``same_act``) told before
    it («الهجوم الانتحاري الذي استهدف مسجد ... في الكويت»), none where that one has none, nor where an act of force
    placed elsewhere was told since (round 216)."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE) or ev.code in TAKINGS \
                or ev.attrs.get("pos") != "N" or ev.modality not in FACTUAL:
            continue
        noun = same_act(_noun(doc.text[ev.trigger.start:ev.trigger.end]))
        if not noun or noun.endswith("ات") or _places_in(doc, ev.sentence.start, ev.sentence.end):
            continue
        # the last one told, but one told again with no place of its own (it refers back as this one does); where
        # it names no place, it is another act («قصفها للأحياء بالمدينة ... جراء القصف»)
        before = [o for o in events if o.trigger.end <= ev.trigger.start and o.code.startswith(FORCE)
                  and o.modality in FACTUAL and _named_as(doc.text[o.trigger.start:o.trigger.end].split()[0], noun)
                  and (o.location is not None or same_act(_noun(doc.text[o.trigger.start:o.trigger.end])) != noun)]
        if not before:
            continue
        told = max(before, key=lambda o: o.trigger.start)
        placed = [o for o in events if told.trigger.end <= o.trigger.start and o.trigger.end <= ev.trigger.start
                  and o.code.startswith(FORCE) and o.modality in FACTUAL and o.location is not None]
        if any(o.location != told.location for o in placed):
            continue  # round 216: «العملية الانتحارية ... في سوروتش. وعلى أثر الهجوم»: another act, elsewhere, told since
        ev.location = told.location


def _during(doc: Doc, k: int) -> bool:
    """Whether the token before token ``k`` is a word of «during» (function words ``during_words``)."""
    return k > 0 and doc.tokens[k - 1].norm_key.removeprefix("و") in fw("during_words")


def _plain_between(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi-1 hold no complementizer, relative or quotation mark (one clause of the same act)."""
    return not any(doc.tokens[t].norm_key in fw("complementizers") or doc.tokens[t].norm_key in fw("relatives")
                   or any(q in doc.tokens[t].text for q in ("«", "»", '"', ":")) for t in range(lo, hi))


def occasion_places(doc: Doc, events: list[Event]) -> None:
    """An act with no place, not a meeting, takes the place of the visit or meeting of its sentence it was done
    during: «خلال/أثناء/على هامش» right before that trigger, after the act in its clause (no complementizer,
    relative or quotation between) or fronted at the sentence's opening («وخلال زيارته إلى عمان، وقع ...»)."""
    for ev in events:
        if ev.location is not None or ev.code.startswith(VISIT):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        for o in events:
            if o.location is None or not o.code.startswith(MEETINGS):
                continue
            if ev.code.startswith(MEETINGS) and not o.code.startswith(VISIT):
                continue  # round 173: a meeting told during a visit is where the visit goes («اجتماعا ثلاثيا خلال
                # زيارة عمل لقطر»), not one during another meeting
            # (the visit's telling in this sentence: its first trigger, or one dedup joined to a telling before)
            told = [s for s in o.triggers or [o.trigger] if ev.sentence.start <= s.start < ev.sentence.end]
            t = doc.token_at(told[0].start) if told else None
            if t is None or not _during(doc, t):
                continue
            if t > k:
                ok = t - k <= OCCASION_REACH and _plain_between(doc, k + 1, t - 1)
            else:
                first = doc.token_at(ev.sentence.start)
                ok = first is not None and t - 1 - first < OCCASION_OPENING and _plain_between(doc, t, k)
            if ok:
                ev.location = o.location
                break


def there_places(doc: Doc, events: list[Event]) -> None:
    """Acts with no place in a clause closed by a locative «هناك» (followed by punctuation or the sentence's end)
    take the place the sentence before names last (the nearest antecedent: «... قاد تنظيم في العراق. واشترك في
    التفجيرات ... هناك»), where their own sentence names none before «هناك»."""
    toks = doc.tokens
    there = fw("there_words")
    if there.isdisjoint(doc_token_keys(doc)):
        return  # (no «هناك» in the article: the scan below finds none)
    for t, tok in enumerate(toks):
        if tok.norm_key not in there or (t + 1 < len(toks) and not clause_stop(toks[t + 1].text)
                                                         and toks[t + 1].text not in (".", "»", ")")):
            continue
        s = sentence_index(doc, tok.start)
        if s is None or s == 0:
            continue
        sent, prev = doc.sentences[s], doc.sentences[s - 1]
        if _places_in(doc, sent.start, tok.start):
            continue
        named = _last_place(doc, prev.start, prev.end)
        if named is None:
            continue
        for ev in events:
            k = doc.token_at(ev.trigger.start)
            if ev.location is not None or k is None or not sent.start <= ev.trigger.start < tok.start \
                    or ev.code[:2] in VERBAL_CODES:
                continue
            if not any(clause_stop(toks[u].text) for u in range(k, t)) and _plain_between(doc, k + 1, t):
                ev.location = named


def _country_place(doc: Doc, iso: str) -> str | None:
    """The place entity of the country ``iso`` itself (its actor is the country)."""
    return next((e.id for e in doc.entities if e.type in PLACES and e.country == iso and e.actor == iso), None)


def own_country_places(doc: Doc, events: list[Event]) -> None:
    """A visit noun with no place followed by «لبلاده/إلى بلاده» over the
    visitor's name (``visited_targets.to_own_country``) goes to the country of the person named last before it in its sentence (the subject whose
    country that is: «وصف الوزير الأردني فلان زيارة الأمير لبلاده»), where the article names that country."""
    toks = doc.tokens
    for ev in events:
        if ev.location is not None or ev.code != VISIT or ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        own = next((u for u in range(k + 1, min(len(toks), k + 1 + OWN_COUNTRY_REACH))
                    if toks[u].start < ev.sentence.end and to_own_country(doc, u)), None)
        if own is None or any(clause_break(toks[u].text) for u in range(k + 1, own)):
            continue
        people = [(m.start, e) for e in doc.entities if e.type == "PERSON" for m in e.mentions
                  if ev.sentence.start <= m.start < ev.trigger.start]
        if not people:
            continue
        person = max(people, key=lambda p: p[0])[1]
        if person.country is not None and (place := _country_place(doc, person.country)) is not None:
            ev.location = place


def campaign_places(doc: Doc, events: list[Event]) -> None:
    """An attack with no place told after a campaign noun (function words ``campaign_nouns``) that has its «في»
    place right after it over its adjectives («حملتها الجوية في العراق») takes that place, where its sentence
    names no other place between."""
    toks = doc.tokens
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        for c in range(k - 1, -1, -1):
            if toks[c].start < ev.sentence.start:
                break
            if past_clitics(toks[c].norm_key) not in fw("campaign_nouns"):
                continue
            fi = next((u for u in range(c + 1, min(k, c + 2 + CAMPAIGN_ADJECTIVES)) if toks[u].norm_key == "في"),
                      None)
            if fi is None or fi + 1 >= k:
                break
            named = _places_in(doc, toks[fi + 1].start, toks[fi + 1].end)
            if named and _places_in(doc, toks[fi + 1].end, ev.trigger.start) in ([], named):
                ev.location = named[0]
            break


def _scene_break(text: str, lo: int, hi: int) -> bool:
    """Round mn1017: whether the text ``lo``..``hi`` (from the end of the sentence before to an act) breaks the
    scene: a quotation opened and not closed before the act («... جراء القصف الإسرائيلي لبيته في
    غزة خلال العدوان ... . وقال أبو فلان: «جئت لأتضامن ... كفى لقتل البشر»»: the speaker's own words, no place of
    the shelling told before)."""
    span = text[lo:hi]
    return span.rfind("«") > span.rfind("»")  # (not a new paragraph alone: «... داخل الأراضي العراقية. ¶ ...
    # الضربات العسكرية التركية» are still in Iraq)


def retold_places(doc: Doc, events: list[Event]) -> None:
    """An act of force told as fact with no place, its sentence naming none, is where the sentence right before put
    its acts of the same code told as fact, all at one place: the scene goes on («... في إطلاق نار على حشد انتخابي في
    العاصمة كولومبو. وأبلغ فلان الصحافيين أن أربعة مسلحين أطلقوا النار»; «اشتبكت ... في منطقة ... . نتيجة للاشتباك»).
    Not a taking (as often another one), nor one of another code («وقتل جندي ... عندما انفجر لغم في مدينة مديات.
    وقتل ما لا يقل عن 17 عنصرا ... منذ أن باشر ... شن هجمات»: a tally, not that blast) (round lo429); round mn1017:
    an act of the kin of another code (``force_kin``, round mn1001) gives none into a quotation opened after it
    (:func:`_scene_break`)."""
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE) or ev.code in TAKINGS \
                or ev.modality not in FACTUAL:
            continue
        k = sentence_index(doc, ev.trigger.start)
        if not k or _places_in(doc, ev.sentence.start, ev.sentence.end):
            continue
        before = doc.sentences[k - 1]
        near = [o for o in events if before.start <= o.trigger.start < before.end]
        scene_break = _scene_break(doc.text, before.end, ev.trigger.start)  # (round mn1017: a quotation opens)
        places = {o.location for o in near if _kin_scene(o, ev, near) and o.modality in FACTUAL
                  and o.location is not None and not (scene_break and o.code[:3] != ev.code[:3])}
        if len(places) == 1:
            ev.location = places.pop()


def _kin_scene(told: Event, ev: Event, near: list[Event]) -> bool:
    """Whether ``ev`` may go on the scene of ``told`` (``retold_places``; ``near``: the acts of ``told``'s sentence):
    the same code, or (round mn1001) the 19x family of force, though not from a plain killing or wounding that is
    the toll of another kind of act at its place (tf1022: «وقتل عشرون شخصا في تفجير ... في الكويت. وواصلت
    الميليشيات قصفها للأحياء السكنية»: the bombing's toll, no scene of shelling)."""
    if told.code[:3] == ev.code[:3]:
        return True
    if not force_kin(told.code, ev.code):
        return False
    return told.attrs.get("trigger_id") not in CASUALTIES or not any(
        o.location == told.location and o.code.startswith(FORCE) and not force_kin(o.code, told.code) for o in near)


def carried_places(doc: Doc, events: list[Event]) -> list[Event]:
    """``events``, those with no place given one by the rules of this module (in order)."""
    told = [ev for ev in events if ev.location is not None]  # round lo566: the places the text gave
    aim_places(doc, events)  # round mend561: «ويهدف الهجوم إلى اقتحام بلدة قعطبة»: the attack is at قعطبة
    told_again_places(doc, events)
    lead_meeting_places(doc, events)  # round 252: «جلسة المباحثات ... في القاهرة أمس» then «خلال اللقاء»
    anaphoric_visit_places(doc, events)  # round ev446: «خلال هذه الزيارة»: where the visit told before went
    occasion_places(doc, events)
    there_places(doc, events)
    own_country_places(doc, events)
    visited_target_places(doc, events)  # round lo892: «أنه سيزور المملكة», the target read after the place
    campaign_places(doc, events)
    pointed_back_places(doc, events)  # round 110: «هذا القصف»
    in_attack_places(doc, events)  # «قتل ... في غارات جوية» with a place
    coordinated_places(doc, events)  # «هاجمت قرية دوما وأحرقت المنزل»
    town_anaphor_places(doc, events)  # round 173: «في حرض، ... أعنف قصف على المدينة»
    kind_anaphor_places(doc, events)  # round ev841: «محافظة أبين ... غارات على مواقع الحوثيين بالمحافظة»
    town_pair_places(doc, events)  # round lo526: «مدينتي الرمادي والفلوجة ... قصف في المدينتين»: the first
    witnessed_town_places(doc, events)  # round lo464: «من مدينة الحلة ... بعد مظاهرة شهدتها المدينة»
    visit_conjunct_places(doc, events)  # round 173: «زيارة ولي العهد لمصر واجتماعه مع الرئيس»
    visited_her_places(doc, events)  # round 207: «منذ زيارته الأولى لها»: the country visited
    told_places(doc, events)  # round 124: «تفجير مسجد ... بعسير», a local source's place, «بداخلها», «إذ تظاهر»
    outside_places(doc, events)  # round 263: «هاجم مقاتلو «داعش» نقطة التفتيش خارج مدينة أجدابيا»: the town
    when_clause_places(doc, events)  # round lo464: «قتل سبعة جنود عندما اقتحم متشددون نقطة ... خارج مدينة أجدابيا»
    visit_scene_places(doc, events)  # round lo408: «يزور القاهرة ويلتقي بالرئيس»: where the visit went (its place
    # given by the passes above: «زيارة ولي العهد إلى القاهرة»)
    trip_meeting_places(doc, events)  # round ev446: «وصل بحاح إلى عدن ... . وعقد بحاح اجتماعًا»
    reception_places(doc, events)  # round lo927: «وصل الملك إلى طنجة ... . كما كان في استقباله ...»: at Tangier
    retold_meeting_places(doc, events)  # round lo935: «لدى لقائه ... في أبوظبي» then «خلال اللقاء»: at Abu Dhabi
    retold_places(doc, events)  # round lo429: «... في العاصمة كولومبو. وأبلغ ... أن أربعة مسلحين أطلقوا النار»
    lead_act_places(doc, events, told)  # round lo566: «التقى الوزير في موسكو ... . ووصف الوزير في تصريح له»
    topic_venue_places(doc, events, told)  # round mn984: «شدد كيري على ... في مصر»: the venue told elsewhere
    court_places(doc, events)  # round mn984: «القضية التي نظرت فيها محكمة بروكسل، وواجه فيها 32 شخصا اتهامات»
    late_retold_places(events)  # round ev469: the place of a retelling the dedup joined
    return events
