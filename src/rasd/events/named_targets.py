"""Round 192: a named party the argument finder left as a phrase, or did not reach, after the events are made.

- A source phrase that is the title in apposition right after a named person, before a noun trigger («شن الفريق
  فلان القائد العام للجيش، هجوما»): the person named is the source, not his title.
- A hostile act (CAMEO 11 to 13, 16 to 19) with no target, whose first named thing after the trigger in its sentence
  is a name after «على»/«ضد» (function words ``listed_target_prepositions``), past at most one comma and a few words
  («هجوما حادا بعد صمت طويل، على قطر والسودان وتركيا»): one event for each name joined by «و».
- A target phrase opening with «بما»/«مما» (``relative_ma_forms``), a verb and its resumptive pronoun (``resumptive_pronouns``:
  «به», «بها») then a name («أشاد بما تقوم به دولة الإمارات»): that name. Any other phrase opening with «ما» or a
  relative pronoun (``relatives``) is no party at all: the phrase is dropped.
- A one-word phrase with the article that is the last word of the name of one organisation named before in the
  article («الكردستاني» after «حزب العمال الكردستاني»): that organisation. Not a country's adjective.
- A MISC entity (a title, a brand, an event's name) is neither source nor target.
"""

from __future__ import annotations

from ..doc import Doc, Event, Mention
from ..entities import gazetteer
from ..text.marks import QUOTE_MARKS
from .arg_edges import phrase_span
from .forms import fw_keys, nkey
from .source_set import name_party
from .word_tests import clause_break, clause_stop

HOSTILE = ("11", "12", "13", "16", "17", "18", "19")  # disapprove, reject, threaten, reduce, coerce, assault, fight
NAMED_TYPES = ("PERSON", "ORGANIZATION", "LOCATION")
LISTED_REACH = 8  # tokens from the trigger to «على»
AND = "و"


def _mention_in(doc: Doc, start: int, end: int) -> Mention | None:
    """The first mention of an entity starting within [start, end)."""
    found = [m for m in doc.mentions if m.entity is not None and start <= m.start < end]
    return min(found, key=lambda m: m.start) if found else None


def _apposed_title_source(doc: Doc, ev: Event) -> str | None:
    """«شن الفريق فلان القائد العام للجيش، هجوما»: the person right before the source's title phrase."""
    span = phrase_span(ev, "source")
    if ev.source is not None or span is None or span[1] > ev.trigger.start:
        return None
    if ev.attrs.get("source_masdar") in ("called", "accused"):
        return None  # ev988: «طالب فلان الفصائل بأن يستهدفوا»: the one called on, no title of the caller's
    before = [m for m in doc.mentions if m.entity is not None and ev.sentence.start <= m.start and m.end <= span[0]]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    ent = doc.entity(last.entity)
    if ent is None or ent.type != "PERSON" or doc.text[last.end:span[0]].strip() or any(
            q in doc.text[span[1]:ev.trigger.start] for q in QUOTE_MARKS):
        return None  # (the trigger inside the man's quoted words: not his act)
    return ent.id


def _listed_names(doc: Doc, k: int, end: int) -> list[str]:
    """The entities named from token ``k`` on, joined by «و» («قطر والسودان وتركيا»)."""
    out: list[str] = []
    while k < end:
        tok = doc.tokens[k]
        m = _mention_in(doc, tok.start, tok.end)
        if m is None or m.start not in (tok.start, tok.start + len(AND)) or (m.start > tok.start and not out):
            break
        if m.start > tok.start and not tok.text.startswith(AND):
            break
        ent = doc.entity(m.entity)
        if ent is None or ent.type not in NAMED_TYPES:
            break
        if ent.id not in out:
            out.append(ent.id)
        nxt = doc.token_from(m.end)
        if nxt is None or nxt >= end or not doc.tokens[nxt].text.startswith(AND):
            break
        k = nxt
    return out


def _listed_targets(doc: Doc, ev: Event) -> list[str]:
    """A hostile act's names after «على» past a comma (module docstring)."""
    if ev.target is not None or ev.attrs.get("target_text") or ev.code[:2] not in HOSTILE:
        return []
    first = doc.token_from(ev.trigger.end)
    end = doc.token_from(ev.sentence.end)
    if first is None:
        return []
    stop = min(end if end is not None else len(doc.tokens), first + LISTED_REACH)
    commas = 0
    for k in range(first, stop):
        tok = doc.tokens[k]
        if clause_break(tok.text) or tok.text in QUOTE_MARKS or tok.norm_key in fw_keys("relatives"):
            return []  # (past a quote's edge or into a relative clause: another act's words)
        if clause_stop(tok.text):
            commas += 1
            if commas > 1:
                return []
            continue
        if _mention_in(doc, tok.start, tok.end) is not None:
            return []  # (a name before any «على»: the finder read it, or it is no target)
        if tok.norm_key in fw_keys("listed_target_prepositions") and not tok.text.endswith("ي"):  # («علي»: a name)
            names = _listed_names(doc, k + 1, end if end is not None else len(doc.tokens))
            return [n for n in names if n != ev.source]
    return []


def _ma_target(doc: Doc, ev: Event) -> tuple[bool, str | None]:
    """(junk, entity): a target phrase opening with «بما»/a relative; the name after «بما تقوم به»."""
    span = phrase_span(ev, "target")
    if ev.target is not None or span is None:
        return False, None
    k = doc.token_at(span[0])
    if k is None:
        k = doc.token_from(span[0])
    if k is None:
        return False, None
    word = doc.tokens[k].norm_key
    if word not in fw_keys("relative_ma_forms") and word.removeprefix(AND) not in fw_keys("relatives"):
        return False, None
    end = doc.token_from(ev.sentence.end)
    last = end if end is not None else len(doc.tokens)
    if k + 3 < last and doc.tokens[k + 2].norm_key in fw_keys("resumptive_pronouns"):
        m = _mention_in(doc, doc.tokens[k + 3].start, doc.tokens[k + 3].end)
        if m is not None and m.entity != ev.source:
            ent = doc.entity(m.entity)
            if ent is not None and ent.type in NAMED_TYPES:
                return True, ent.id
    return True, None


def _organisation_ending(doc: Doc, text: str, before: int, other: str | None) -> str | None:
    """The one organisation named before offset ``before`` whose name of two words or more ends with the one word
    ``text`` (with the article; not a country's adjective), else None."""
    word = nkey(text.strip())
    if " " in word or not word.startswith("ال") or len(word) < 6 or word in gazetteer.load().nisba:
        return None
    found: list[str] = []
    for e in doc.entities:
        words = nkey(e.name).split()
        if e.type == "ORGANIZATION" and len(words) >= 2 and words[-1] == word and e.id not in found and any(
                m.end <= before for m in e.mentions):
            found.append(e.id)
    return found[0] if len(found) == 1 and found[0] != other else None


def _short_form(doc: Doc, ev: Event, role: str) -> str | None:
    """«الكردستاني» after «حزب العمال الكردستاني»: the one organisation whose name ends with that word, for a
    phrase of ``role`` or a one-word name of no country the entity layer made of it."""
    other = ev.target if role == "source" else ev.source
    eid = ev.source if role == "source" else ev.target
    if eid is not None:
        ent = doc.entity(eid)
        if ent is None or ent.actor is not None or ent.type == "PERSON" or " " in ent.name.strip():
            return None
        first = min(m.start for m in ent.mentions) if ent.mentions else ev.trigger.start
        return _organisation_ending(doc, ent.name, first, other)
    span = phrase_span(ev, role)
    if span is None:
        return None
    return _organisation_ending(doc, doc.text[span[0]:span[1]], span[0], other)


def _misc(doc: Doc, eid: str | None) -> bool:
    ent = doc.entity(eid)
    return ent is not None and ent.type == "MISC"


def named_targets(doc: Doc, events: list[Event]) -> None:
    """Resolve the phrases and the names the finder missed (module docstring); ``events`` grows in place."""
    n = 0
    while n < len(events):
        ev = events[n]
        n += 1
        if (person := _apposed_title_source(doc, ev)) is not None and person != ev.target:
            name_party(ev, "source", person)
        junk, named = _ma_target(doc, ev)
        if junk:
            name_party(ev, "target", named if named != ev.source else None)
        for role in ("source", "target"):
            if (short := _short_form(doc, ev, role)) is not None:
                name_party(ev, role, short)
        listed = _listed_targets(doc, ev)
        if listed:
            name_party(ev, "target", listed[0])
            for tid in listed[1:]:
                other = Event(id=ev.id, code=ev.code, plover=ev.plover, trigger=ev.trigger, sentence=ev.sentence,
                              source=ev.source, target=tid, location=ev.location, date=ev.date, modality=ev.modality,
                              triggers=list(ev.triggers), attrs=dict(ev.attrs))
                events.insert(n, other)
                n += 1


def no_misc_parties(doc: Doc, events: list[Event]) -> None:
    """A MISC entity is neither source nor target (module docstring)."""
    for ev in events:
        if _misc(doc, ev.source):
            name_party(ev, "source", None)
        if _misc(doc, ev.target):
            name_party(ev, "target", None)
