"""Round 211: a party named inside a phrase that the argument finder left as text, or did not reach.

- Designation: a verb of declaring or classing («أعلن», «صنف», «اعتبر»: function words ``designation_verbs``) with
  no target, whose clause names, within a few words, an entity (not its source) right before a designation noun
  (``designation_nouns``: «تنظيما», «منظمة», «جماعة») and a terrorist adjective («وأعلنت الحكومة الإخوان تنظيما
  إرهابيا», «صنفت الدولة X منظمة إرهابية»): that entity is the target.
- A share of a place: an event with no target, whose trigger is followed (past at most one word) by «على» and a
  share phrase («أكثر من 90 % من», «معظم», «أجزاء من»: ``share_words``, at least one of ``share_heads``), then at
  most one place noun («مدينة»: ``place_kind_nouns``) and a name («وسيطرته على أكثر من 90 % من مدينة بنغازي»): that
  name is the target, and where it is a place and the event has none, the place.
- Talks between a named party and members of another («بين فلان، الممثل الخاص ...، وأعضاء من المؤتمر»): a
  consultation (CAMEO 04) after which «بين» opens on a name, and a conjunct «و» + a members' noun
  (``between_member_heads``), past «من», names another: the first is the source, the second the target. Only where
  the event has no other party than these.
- Members acting for their body: a source phrase whose head is a members' noun (``member_figure_nouns``: «الشخصيات»,
  «القيادات»), followed by «في»/«من» and an organisation («واتهمت بعض الشخصيات في طالبان»): that organisation.
- A country's stance: a target phrase of exactly an abstract noun (``stance_nouns``: «الدبلوماسية», «الموقف»,
  «الجهود») and a country adjective («أشاد بالدبلوماسية القطرية»): that country, where the source is not of it.
- Sites of a body: a hostile act (CAMEO 17 to 20) whose target phrase opens with a noun of sites (``site_target_nouns``:
  «مواقع», «تجمعات», «معاقل», «مقرات») and goes on (past quotation marks) with a name («قصف تجمعات «داعش»»): that name.
  Round ev371: so too a body's premises (``premises_heads``: «استهدف مسجد قوات الطوارئ», «مقر», «موكب»), and a bare
  definite head ending the phrase stands for the body named before that it opens («على مقر الفرقة»: «الفرقة 30»).
- An object past an inserted place: a hostile verb (CAMEO 17 to 20) with no target, then a comma and «في» opening a
  phrase of places and times only, then a person or organisation («قتلت، في سوريا في بداية يوليو الماضي، فلانا»):
  that one is the target.
- A target phrase named right after it by «، هو»/«، هي» and a person or organisation («بقتل رجل أسود، هو فلان»): that
  one. Not «هو الذي» (no name right after the pronoun).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..entities import gazetteer
from ..quotes.head_bodies import named_head_body
from .arg_edges import phrase_span
from .forms import fw_keys, nkey
from .homelands import make_country
from .lexicon import match_token
from .source_set import name_party
from .word_tests import clause_stop, entity_starting, entity_within, mention_holding, past_conjunction, sentence_end
from .word_tests import clause_break, starts_in_time

FORCE = ("17", "18", "19", "20")
NAMED = ("PERSON", "ORGANIZATION", "LOCATION")
STATE_SECTORS = ("", "GOV", "MIL", "COP", "SPY", "JUD", "LEG")  # actor codes of a state's own bodies
DESIGNATION_REACH = 8  # tokens from the verb to the designated name
SHARE_REACH = 9  # tokens from «على» to the name
BETWEEN_REACH = 6  # tokens from the trigger to «بين»
MEMBER_REACH = 25  # tokens from the first side to «وأعضاء»
INSERT_REACH = 14  # tokens from the comma to the object
MARKS = ("«", "»", '"', "(", ")", "“", "”")
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩.,"


def _set_target(ev: Event, eid: str) -> None:
    name_party(ev, "target", eid)


def _past_marks(doc: Doc, n: int, end: int) -> int:
    """The first token from ``n`` (before ``end``) that is not a quotation mark or bracket (``MARKS``)."""
    while n < end and doc.tokens[n].text in MARKS:
        n += 1
    return n


def _mention_end(doc: Doc, k: int, eid: str) -> int:
    """The last token from ``k`` on that a mention of ``eid`` holds."""
    toks = doc.tokens
    last = k
    while last + 1 < len(toks) and any(m.entity == eid and m.start <= toks[last + 1].start < m.end
                                       for m in doc.mentions):
        last += 1
    return last


def _designated(doc: Doc, ev: Event) -> str | None:
    """«وأعلنت الحكومة الإخوان تنظيما إرهابيا»: the name before the designation noun (module docstring)."""
    t = doc.token_at(ev.trigger.start)
    if t is None or past_conjunction(doc.tokens[t].norm_key) not in fw_keys("designation_verbs"):
        return None
    toks = doc.tokens
    stop = min(sentence_end(doc, ev), t + DESIGNATION_REACH + 3)
    for k in range(t + 1, min(stop, t + 1 + DESIGNATION_REACH)):
        if clause_stop(toks[k].text):
            return None
        ent = entity_within(doc, k)
        if ent is None:
            continue
        last = _mention_end(doc, k, ent.id)
        if last + 2 < stop and toks[last + 1].norm_key in fw_keys("designation_nouns") and nkey(
                toks[last + 2].text) in fw_keys("terrorist_adjectives"):
            return ent.id if ent.id != ev.source and ent.type in NAMED else None
    return None


def _share_place(doc: Doc, ev: Event) -> Entity | None:
    """«سيطرته على أكثر من 90 % من مدينة بنغازي»: the name past the share (module docstring)."""
    toks = doc.tokens
    t = doc.token_from(ev.trigger.end)
    end = sentence_end(doc, ev)
    if t is None:
        return None
    if t + 1 < end and toks[t].norm_key != nkey("على"):
        t += 1  # (one word between: «سيطرته الكاملة على»)
    if t >= end or toks[t].norm_key != nkey("على"):
        return None
    words = fw_keys("share_words")
    heads = fw_keys("share_heads")
    k = t + 1
    share = False
    while k < min(end, t + 1 + SHARE_REACH):
        key = toks[k].norm_key
        if entity_within(doc, k) is not None:
            break
        if key in heads:
            share = True
        if key in words or key.strip(DIGITS) == "" or key.strip(DIGITS) in ("%", "٪"):
            k += 1
            continue
        break
    if not share or k >= end:
        return None
    if entity_within(doc, k) is None and toks[k].norm_key in fw_keys("place_kind_nouns"):
        k += 1
    if k >= end:
        return None
    ent = entity_within(doc, k)
    if ent is None or ent.type not in NAMED or ent.id == ev.source:
        return None
    m = mention_holding(doc, k)
    if m is None or m.start != toks[k].start:
        return None  # (a name inside a longer word: not this one)
    return ent


def _between_members(doc: Doc, ev: Event) -> tuple[str, str] | None:
    """«بين فلان، ...، وأعضاء من المؤتمر»: the two sides (module docstring)."""
    if not ev.code.startswith("04"):
        return None
    toks = doc.tokens
    t = doc.token_from(ev.trigger.end)
    end = sentence_end(doc, ev)
    if t is None:
        return None
    b = next((k for k in range(t, min(end, t + BETWEEN_REACH)) if toks[k].norm_key == nkey("بين")), None)
    if b is None or b + 1 >= end:
        return None
    first = entity_within(doc, b + 1)
    if first is None or first.type not in NAMED:
        return None
    heads = fw_keys("between_member_heads")
    last = _mention_end(doc, b + 1, first.id)
    for k in range(last + 1, min(end, last + 1 + MEMBER_REACH)):
        if toks[k].norm_key == nkey("وبين") or clause_break(toks[k].text):
            return None
        if toks[k].norm_key not in heads:
            continue
        n = k + 1
        if n < end and toks[n].norm_key in (nkey("من"), nkey("عن")):
            n += 1
        n = _past_marks(doc, n, end)
        other = entity_within(doc, n) if n < end else None
        if other is None or other.type not in NAMED or other.id == first.id:
            return None
        return first.id, other.id
    return None


def _member_body(doc: Doc, ev: Event) -> str | None:
    """«واتهمت بعض الشخصيات في طالبان»: the body the members are in (module docstring)."""
    span = phrase_span(ev, "source")
    if ev.source is not None or span is None:
        return None
    first = doc.token_at(span[0])
    nxt = doc.token_from(span[1])
    if first is None or nxt is None or nxt != first + 1 or nxt + 1 >= len(doc.tokens):
        return None
    if doc.tokens[first].norm_key not in fw_keys("member_figure_nouns"):
        return None
    if doc.tokens[nxt].norm_key not in (nkey("في"), nkey("من")):
        return None
    n = _past_marks(doc, nxt + 1, len(doc.tokens))
    ent = entity_within(doc, n) if n < len(doc.tokens) else None
    if ent is None or ent.type != "ORGANIZATION" or ent.id == ev.target:
        return None
    return ent.id


def _own_state(src: Entity, iso: str) -> bool:
    """The source is of the country ``iso``: one of its people, or its state or one of the state's bodies (not a
    rebel group of it: «سيطرة الحوثيين على الدولة اليمنية»)."""
    actor = src.actor or ""
    if src.type == "PERSON":
        return (src.country or "") == iso or actor[:3] == iso
    return actor[:3] == iso and actor[3:] in STATE_SECTORS


def _stance_country(doc: Doc, ev: Event) -> Entity | None:
    """«أشاد بالدبلوماسية القطرية»: the country of the adjective (module docstring)."""
    span = phrase_span(ev, "target")
    if ev.target is not None or span is None:
        return None
    first = doc.token_at(span[0])
    if first is None or first + 1 >= len(doc.tokens) or doc.tokens[first + 1].end != span[1]:
        return None
    head = nkey(doc.text[span[0]:doc.tokens[first].end])
    if head.startswith(("بال", "وال")):
        head = head[1:]  # («بالدبلوماسية»: the word past its clitic)
    elif head.startswith("لل"):
        head = nkey("ال") + head[2:]
    if head not in fw_keys("stance_nouns"):
        return None
    adj = doc.tokens[first + 1]
    iso = gazetteer.load().nisba.get(adj.norm_key)
    if iso is None:
        return None
    src = doc.entity(ev.source)
    if src is not None and _own_state(src, iso):
        return None  # (a country's own stance praised by its own: no other party)
    return make_country(doc, iso, adj.start, adj.end)


def _genitive_span(doc: Doc, ev: Event) -> tuple[int, int] | None:
    """Round ev371: «في تفجير مسجد قوة الطوارئ»: where no target phrase was read, the genitive of a noun trigger of
    one word, from the word right after it to the end of the mention that follows that word (None otherwise)."""
    if ev.target is not None or ev.attrs.get("target_text"):
        return None
    t = doc.token_at(ev.trigger.start)
    toks = doc.tokens
    if t is None or toks[t].end != ev.trigger.end or t + 2 >= len(toks) or entity_within(doc, t + 1) is not None:
        return None
    hit = match_token(toks, t)
    m = mention_holding(doc, _past_marks(doc, t + 2, len(toks)))
    if hit is None or hit.pos != "N" or m is None:
        return None
    return toks[t + 1].start, m.end


def _site_body(doc: Doc, ev: Event) -> str | None:
    """«قصف تجمعات «داعش»»: the body whose sites are hit (module docstring)."""
    span = phrase_span(ev, "target") or _genitive_span(doc, ev)
    if ev.target is not None or span is None or not ev.code.startswith(FORCE):
        return None
    first = doc.token_at(span[0])
    head = nkey(doc.text[span[0]:doc.tokens[first].end]) if first is not None else ""
    if first is None or head not in fw_keys("site_target_nouns") and head not in fw_keys("premises_heads"):
        return None
    n = _past_marks(doc, first + 1, len(doc.tokens))
    if n >= len(doc.tokens) or doc.tokens[n].start >= max(span[1], doc.tokens[first].end + 3):
        return None
    ent = entity_within(doc, n)
    if ent is None and doc.tokens[n].end == span[1]:
        eid = named_head_body(doc, n, ev.trigger.start)  # round ev371: «على مقر الفرقة»: the body named before
        ent = doc.entity(eid) if eid is not None else None
    if ent is None or ent.type not in ("ORGANIZATION", "PERSON") or ent.id == ev.source:
        return None
    return ent.id


def _inserted_object(doc: Doc, ev: Event) -> str | None:
    """«قتلت، في سوريا في بداية يوليو الماضي، فلانا»: the object past the inserted place (module docstring)."""
    if ev.target is not None or ev.attrs.get("target_text") or not ev.code.startswith(FORCE):
        return None
    toks = doc.tokens
    t = doc.token_at(ev.trigger.start)
    end = sentence_end(doc, ev)
    if t is None or toks[t].end != ev.trigger.end or t + 2 >= end or toks[t + 1].text not in ("،", ","):
        return None
    if toks[t + 2].norm_key != nkey("في"):
        return None
    commas = 0
    for k in range(t + 3, min(end, t + 3 + INSERT_REACH)):
        tok = toks[k]
        if tok.text in ("،", ","):
            commas += 1
            if commas > 1:
                return None
            continue
        ent = entity_within(doc, k)
        if ent is not None and ent.type == "LOCATION":
            continue
        if ent is not None:
            if ent.type not in ("PERSON", "ORGANIZATION") or ent.id == ev.source or k == t + 3:
                return None
            return ent.id
        if commas or clause_stop(tok.text):
            return None  # (past the closing comma only the object may stand)
        if tok.text in MARKS or tok.norm_key == nkey("في") or starts_in_time(doc, tok):
            continue
        return None
    return None


def _named_after(doc: Doc, ev: Event) -> str | None:
    """«بقتل رجل أسود، هو فلان»: the one the pronoun names right after the target phrase (module docstring)."""
    span = phrase_span(ev, "target")
    if ev.target is not None or span is None:
        return None
    n = doc.token_from(span[1])
    toks = doc.tokens
    if n is None or n + 2 >= len(toks) or toks[n].text not in ("،", ","):
        return None
    if toks[n + 1].norm_key not in (nkey("هو"), nkey("هي"), nkey("وهو"), nkey("وهي")):
        return None
    ent = entity_starting(doc, n + 2)
    if ent is None or ent.type not in ("PERSON", "ORGANIZATION"):
        return None
    return ent.id if ent.id != ev.source else None


def phrase_targets(doc: Doc, events: list[Event]) -> None:
    """Give the events the parties named inside their phrases (module docstring)."""
    for ev in events:
        if ev.target is None:
            named = _designated(doc, ev)
            if named is not None:
                _set_target(ev, named)
        if ev.target is None and not ev.attrs.get("target_text"):
            place = _share_place(doc, ev)
            if place is not None:
                _set_target(ev, place.id)
                if place.type == "LOCATION" and ev.location is None:
                    ev.location = place.id
        sides = _between_members(doc, ev)
        if sides is not None and ev.source in (None, sides[0]) and ev.target in (None, sides[0], sides[1]):
            name_party(ev, "source", sides[0])
            _set_target(ev, sides[1])
        body = _member_body(doc, ev)
        if body is not None:
            name_party(ev, "source", body)
        country = _stance_country(doc, ev)
        if country is not None:
            _set_target(ev, country.id)
        site = _site_body(doc, ev)
        if site is not None:
            _set_target(ev, site)
        named_after = _named_after(doc, ev)
        if named_after is not None:
            _set_target(ev, named_after)
        obj = _inserted_object(doc, ev)
        if obj is not None:
            _set_target(ev, obj)
