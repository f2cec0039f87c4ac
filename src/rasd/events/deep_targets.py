"""Round 122: targets told a few words away from the trigger, for an event that has none.

- ``partner_target``: «ترفض التعاون مع إيران», «تقدم دعما للإعداد لاستئناف العلاقات الاقتصادية مع إيران»: «مع X»
  one to three genitive or masdar levels down from the trigger (at least one noun between, at most ``WITH_REACH``
  tokens, no verb, no mark, no clause break, no separate preposition and no other name before it) names the other
  party of the act (not for force, CAMEO 14 to 20, nor a bare statement, 010: «مع» there may be a companion);
- ``coordinated_target``: «أن بلاده ودول الخليج اتفقوا»: right before a verb of joint action (agree, meet, talk:
  CAMEO 03 to 06) the subject «X وY»; X is the event's source, Y (a name, past at most two plain words after its
  «و»: «ودول الخليج») its target, as talks «بين X وY» are read;
- ``people_target``: «بتقديم المساعدات للشعب اليمني»: a people (function words ``people_heads``: «الشعب»,
  «الشعوب») with a country adjective, bare or after «لـ» (or ``people_prepositions``), within ``PEOPLE_REACH``
  tokens after the trigger in its clause, is that country (the article's entity, else one made from the gazetteer
  with its mention on the adjective); not the source's own country;
- ``condemned_agent``: «يندد فيه بإقفال المملكة لحقل الخفجي»: a disapproval (CAMEO 11, 12) whose object is «بـ» + a
  masdar, its named genitive and a «لـ» phrase («اقتحام السلطات لمكاتب»: the genitive acts, the «لـ» phrase
  undergoes) is aimed at the masdar's AGENT, not at what it was done to; past one pronoun preposition (function
  words ``condemned_skips``: «فيه»). It replaces the target the argument rules took from the «لـ» phrase.
- round 132: «لأبناء الشعب اليمني»: the people after «لـ» + a plural of kin (``kin_plurals``) is the country too;
  ``against_target``: «الاتهامات ضد تركيا»: a noun act aimed at parties (CAMEO 11–13, 16, 17) with «ضد» right
  after it (or after one definite adjective) and a name right after «ضد» is aimed at that name.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..entities import gazetteer
from .forms import bare, fw, fw_keys, nkey
from .homelands import make_country
from .inner_partners import inner_partner
from .lexicon import masdar
from .source_set import name_party
from .word_tests import clause_stop, enclitic, entity_at, finite_verb, has_letters, mention_holding

WITH = "مع"
WITH_REACH = 6  # tokens from the trigger to «مع»
NO_PARTNER = ("14", "15", "16", "17", "18", "19", "20")  # protest, force, coercion: «مع» may be an ally
STATEMENT = "010"
ACCUSE = "112"
JOINT = ("03", "04", "05", "06")
PARTIES = ("PERSON", "ORGANIZATION", "LOCATION")
DISAPPROVE = ("11", "12")
PEOPLE_REACH = 5
FROM = "من"
AUTHOR_REACH = 20  # tokens back from the trigger to «من»
TITLE_WORDS = 5  # words from «من» to the author's name («من وزير النفط الكويتي فلان»)  # tokens from the trigger to the people's head
PLAIN_BEFORE = 2  # plain words between «و» and the second name («ودول الخليج»)


def _set_target(ev: Event, ent: Entity, rule: str) -> None:
    name_party(ev, "target", ent.id)
    ev.attrs["target_deep"] = rule


def _sentence_end(doc: Doc, ev: Event) -> int:
    return doc.token_from(ev.sentence.end) or len(doc.tokens)


def _plain(doc: Doc, k: int) -> bool:
    """Token ``k`` may stand inside a chain of genitives and masdars: a word, no verb (nor a bare imperfect in «يـ»:
    «يبني», «يجب»), no clause stop, no separate preposition, relative or complementizer («ألا», «بأنه»), in no
    name."""
    tok = doc.tokens[k]
    if clause_stop(tok.text) or not has_letters(tok.text) or finite_verb(tok):
        return False
    key = tok.norm_key
    if len(tok.words) == 1 and key[:1] == "ي" and len(key) >= 3:
        return False
    if any(bare(key, name) in fw(name) for name in ("prepositions", "relatives", "complementizers", "chain_stops")):
        return False
    return mention_holding(doc, k) is None


def _owned(doc: Doc, k: int) -> bool:
    """«علاقاته مع باكستان», «صفقته مع إيران»: a noun with a possessive pronoun; its owner is the party, the «مع»
    after it is the owner's partner."""
    tok = doc.tokens[k]
    if enclitic(tok):
        return True
    key = tok.norm_key
    return key.endswith("ه") and len(key) >= 5 and not key.startswith(("ال", "وال")) and not key.endswith("يه")


def _partner(doc: Doc, ev: Event) -> Entity | None:
    first = doc.token_from(ev.trigger.end)
    if first is None:
        return None
    end = _sentence_end(doc, ev)
    for k in range(first, min(end - 1, first + WITH_REACH + 1)):
        if doc.tokens[k].norm_key == WITH:
            if k == first:
                return None  # («يقدم دعما مع شركائه»: a companion; the frames read a «مع» of the trigger's own)
            ent = entity_at(doc, k + 1)
            return ent if ent is not None and ent.type in PARTIES else None
        if not _plain(doc, k) or _owned(doc, k):
            return None
    return None


def partner_target(doc: Doc, ev: Event) -> Entity | None:
    """«ترفض التعاون مع إيران»: the «مع» party a few genitives down (module docstring)."""
    if ev.code[:2] in NO_PARTNER or ev.code == STATEMENT or ev.code.startswith(ACCUSE):
        return None  # («اتهمته بالتعامل مع قوات النظام»: the «مع» is the charge's)
    t = doc.token_at(ev.trigger.start)
    if t is None or enclitic(doc.tokens[doc.token_at(ev.trigger.end - 1) or t]):
        return None  # («اتهمته», «دعمه»: the pronoun is the party)
    ent = _partner(doc, ev)
    return ent if ent is not None and ent.id != ev.source else None


def coordinated_target(doc: Doc, ev: Event) -> Entity | None:
    """«أن بلاده ودول الخليج اتفقوا»: Y of the subject «X وY» right before a verb of joint action (module
    docstring)."""
    if ev.code[:2] not in JOINT or ev.source is None or ev.attrs.get("pos") != "V":
        return None
    t = doc.token_at(ev.trigger.start)
    if t is None or t < 3:
        return None
    m = mention_holding(doc, t - 1)
    other = entity_at(doc, t - 1)
    if m is None or other is None or other.id == ev.source or other.type not in PARTIES:
        return None
    k = doc.token_at(m.start)
    if k is None or k < 2:
        return None
    conj: int | None = k if doc.tokens[k].text.startswith("و") and doc.tokens[k].start < m.start else None
    j = k - 1
    while conj is None and j >= max(1, k - PLAIN_BEFORE) and _plain(doc, j):
        words = doc.tokens[j].words
        conj = j if words and words[0].kind == "proclitic" and words[0].form == "و" else None  # «ودول الخليج»
        j -= 1
    if conj is None or conj < 1:
        return None
    src = doc.entity(ev.source)
    before = doc.tokens[conj - 1]
    # X is the source: a name of it, or «بلاده» read as its country
    if src is None:
        return None
    if src.type == "LOCATION" and before.norm_key in fw("homeland_words"):
        return other
    return other if any(m.start <= before.start < m.end for m in src.mentions) else None


def _people_country(doc: Doc, k: int, end: int) -> tuple[str, int] | None:
    """The country of «الشعب اليمني» at token ``k`` (bare, after «لـ» or a listed preposition) and its adjective."""
    key = doc.tokens[k].norm_key.removeprefix("و")
    if key.startswith("لل"):
        key = "ال" + key[2:]
    if key not in fw("people_heads") or k + 1 >= end:
        return None
    iso = gazetteer.load().nisba.get(doc.tokens[k + 1].norm_key)
    return (iso, k + 1) if iso is not None else None


def people_target(doc: Doc, ev: Event) -> Entity | None:
    """«المساعدات للشعب اليمني»: the country of the people helped or acted on (module docstring)."""
    first = doc.token_from(ev.trigger.end)
    if first is None:
        return None
    end = _sentence_end(doc, ev)
    for k in range(first, min(end, first + PEOPLE_REACH)):
        tok = doc.tokens[k]
        if clause_stop(tok.text) or not has_letters(tok.text) or finite_verb(tok):
            return None
        if (found := _people_country(doc, k, end)) is None:
            continue  # (an adjective or a preposition before it: «المساعدات العاجلة للشعب»)
        iso, adj = found
        before = doc.tokens[k - 1].norm_key if k > first else ""
        head = tok.norm_key.removeprefix("و")
        kin = fw_keys("kin_plurals")  # round 132: «لأبناء الشعب اليمني»
        if not (head.startswith("لل") or k == first or before in fw("people_prepositions") or
                before[:1] == "ل" and before[1:] in kin):
            return None  # («عن الشعب اليمني», «من الشعب»: no party to the act)
        src = doc.entity(ev.source)
        if src is not None and (src.country == iso or (src.actor or "")[:3] == iso):
            return None  # its own people
        ent = make_country(doc, iso, doc.tokens[adj].start, doc.tokens[adj].end)
        return ent if ent is not None and ent.id != ev.source else None
    return None


AIMED = ("11", "12", "13", "16", "17")  # CAMEO: noun acts whose «ضد» phrase is a party they are aimed at
AGAINST = "ضد"


def against_target(doc: Doc, ev: Event) -> Entity | None:
    """«الاتهامات ضد تركيا»: the name right after «ضد» right after a noun act aimed at parties (module docstring)."""
    first = doc.token_from(ev.trigger.end)
    end = _sentence_end(doc, ev)
    if first is None or ev.attrs.get("pos") != "N" or not ev.code.startswith(AIMED):
        return None
    k = first
    if k + 1 < end and doc.tokens[k].norm_key != AGAINST and doc.tokens[k].norm_key.startswith("ال") and \
            _plain(doc, k):
        k += 1  # one adjective («الاتهامات الأخيرة ضد تركيا»)
    if k + 1 >= end or doc.tokens[k].norm_key != AGAINST:
        return None
    ent = entity_at(doc, k + 1)
    if ent is None or ent.type not in PARTIES or ent.id == ev.source:
        return None
    m = mention_holding(doc, k + 1)
    return ent if m is not None and m.start == doc.tokens[k + 1].start else None


def _clitic(doc: Doc, k: int, form: str) -> bool:
    words = doc.tokens[k].words
    lead = [w for w in words if w.kind == "proclitic"]
    return bool(lead) and lead[-1].form == form and words[-1].kind == "stem"


def _bi_masdar(doc: Doc, k: int) -> bool:
    """«بإقفال», «بإغلاق»: «بـ» and an indefinite masdar (the word layer may leave it whole)."""
    if _clitic(doc, k, "ب"):
        stems = [w for w in doc.tokens[k].words if w.kind == "stem"]
        return bool(stems) and masdar(nkey(stems[-1].form))
    key = doc.tokens[k].norm_key
    return len(doc.tokens[k].words) == 1 and key[:1] == "ب" and not key.startswith("بال") and masdar(key[1:])


def condemned_agent(doc: Doc, ev: Event) -> Entity | None:
    """«يندد بإقفال المملكة لحقل الخفجي»: the agent of the masdar condemned (module docstring)."""
    if ev.code[:2] not in DISAPPROVE:
        return None
    k = doc.token_from(ev.trigger.end)
    end = _sentence_end(doc, ev)
    if k is not None and k < end and doc.tokens[k].norm_key in fw("condemned_skips"):
        k += 1
    if k is None or k + 2 >= end or not _bi_masdar(doc, k) or mention_holding(doc, k) is not None:
        return None
    m = mention_holding(doc, k + 1)
    agent = entity_at(doc, k + 1)
    if m is None and (agent := kingdom(doc, ev, k + 1)) is not None:
        after: int | None = k + 2  # «بإقفال المملكة لحقل»: the kingdom named last
    elif m is None or agent is None or agent.type not in PARTIES or m.start != doc.tokens[k + 1].start:
        return None
    else:
        after = doc.token_from(m.end)
    if after is None or after >= end or not _clitic(doc, after, "ل"):
        return None
    return agent


def kingdom(doc: Doc, ev: Event, k: int) -> Entity | None:
    """A bare «المملكة» (function words ``kingdom_words``) at token ``k``: the kingdom (``kingdom_isos``) named
    last before it in its sentence or the one before, by its name or its adjective («نظيره السعودي»); the
    article's entity of it, else one made from the gazetteer with its mention on that adjective."""
    if doc.tokens[k].norm_key not in fw("kingdom_words"):
        return None
    starts = [s.start for s in doc.sentences if s.start <= ev.sentence.start]
    lo = starts[-2] if len(starts) >= 2 else ev.sentence.start
    nisba = gazetteer.load().nisba
    for j in range(k - 1, -1, -1):
        tok = doc.tokens[j]
        if tok.start < lo:
            return None
        ent = entity_at(doc, j)
        if ent is not None and ent.type == "LOCATION" and ent.actor is not None and len(ent.actor) == 3:
            return ent if ent.actor in fw("kingdom_isos") else None
        iso = nisba.get(tok.norm_key.removeprefix("و"))
        if iso is not None and ent is None:
            return make_country(doc, iso, tok.start, tok.end) if iso in fw("kingdom_isos") else None
    return None


def letter_author(doc: Doc, ev: Event) -> Entity | None:
    """«خطاب موجه من الوزير فلان ...، يندد فيه»: the person or body after the last «من» before the trigger in its
    sentence, within ``AUTHOR_REACH`` tokens: the writer of what «فيه» stands for."""
    t = doc.token_at(ev.trigger.start)
    first = doc.token_at(ev.sentence.start) or 0
    if t is None:
        return None
    for k in range(t - 1, max(first, t - AUTHOR_REACH) - 1, -1):
        if doc.tokens[k].norm_key == FROM and k + 1 < t:
            for j in range(k + 1, min(t, k + 1 + TITLE_WORDS)):
                ent = entity_at(doc, j)
                if ent is not None:
                    return ent if ent.type in ("PERSON", "ORGANIZATION") else None
            return None
    return None


def deep_targets(doc: Doc, events: list[Event]) -> None:
    """Give an event with no target the party told a few words away (module docstring)."""
    for ev in events:
        if (agent := condemned_agent(doc, ev)) is not None and agent.id != ev.target:
            if ev.source is None or agent.id == ev.source:
                # the agent read (or carried) as the source: the writer «فيه» stands for, or none
                author = letter_author(doc, ev) if nkey(doc.tokens[doc.token_from(ev.trigger.end) or 0].text) in \
                    fw("condemned_skips") else None
                if author is not None and author.id != agent.id or ev.source is not None:
                    ev.source = author.id if author is not None and author.id != agent.id else None
                    ev.attrs.pop("source_span", None)
                    ev.attrs.pop("source_carried", None)
                    ev.attrs["source_deep"] = "author" if ev.source is not None else "none"
            _set_target(ev, agent, "condemned")
            continue
        if ev.target is not None:
            continue
        for rule, find in (("with", partner_target), ("coordinated", coordinated_target), ("people", people_target),
                           ("against", against_target)):
            ent = find(doc, ev)
            if ent is not None and rule == "with" and inner_partner(ev, events, ent):
                break  # round 229: «اجتماعا للتحضير لاجتماع مع X»: the inner meeting's partner
            if ent is not None:
                _set_target(ev, ent, rule)
                break
