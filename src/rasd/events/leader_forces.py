"""Round en723: a state's forces named by their ruler or joined to a named army, as an event's source or target.

- A ruler's forces (:func:`leader_forces`, read by :func:`.group_phrases.read_phrase` beside a person's partisans):
  an unnamed argument phrase that opens with a noun of a state's armed forces or aircraft (``leader_force_heads``:
  «قوات», «جيش», «طيران», «طائرات», «مقاتلات»; no pronoun: «قواته» is the events' business) right before a person of
  the article who rules or governs a state (his actor is his country's GOV: «هادي» YEMGOV), the words between being
  nothing or one of his titles («قوات هادي», «جيش الأسد», «قوات الرئيس عبد ربه منصور هادي»), is that state's army:
  a group of his country's MIL (YEMMIL), one per ruler, the way the entity layer codes «القوات الحكومية» of a
  state. Not a person of no state office («قوات صالح»: the deposed president, YEMELI, leads no state's army; left to
  the party rules), nor a body («قوات الحوثي»: :mod:`.party_forces`).
- A force joined to a named army (:func:`joined_force`, called by :func:`.groups.make_groups` beside
  :func:`.party_forces.party_force`): a phrase «HEAD وARMY» whose second conjunct, past its «و», is the whole mention
  of an army of the article (an organisation of a MIL actor) and whose first word is such a noun shares that army's
  adjective («مقاتلات وقوات تركية»: the Turkish forces, TURMIL); not where the conjunct is no such army's
  («مقاتلات وقوات من المعارضة»).
"""

from __future__ import annotations

from ..doc import Doc, Event, Span, Token
from ..spans import JSON
from .forms import nkey
from .group_lexicon import Head, bare_list_keys, stem_start, word_key
from .group_partisans import person_at
from .source_set import take_party

MIL = "MIL"
GOV = "GOV"


def _force_head(tok: Token) -> bool:
    """Whether ``tok`` is a noun of a state's forces or aircraft with no pronoun («قوات», «والجيش»; not «قواته»)."""
    return word_key(tok) in bare_list_keys("leader_force_heads") \
        and not any(w.kind == "enclitic" for w in tok.words)


def leader_forces(doc: Doc, toks: list[Token], span: Span) -> tuple[Head, str | None, Span, str] | None:
    """The army of the ruler the phrase ``toks`` (of ``span``) names (module docstring): the group's head (keyed by
    the ruler), country, mention span and name; else None."""
    if len(toks) < 2 or not _force_head(toks[0]):
        return None
    found = person_at(doc, toks[0].end, span.end)
    if found is None:
        return None
    person, mention = found
    if not person.country or person.actor != person.country + GOV:
        return None  # («قوات صالح»: no state's ruler)
    between = nkey(doc.text[stem_start(toks[1], doc.text) : mention.start].strip())
    if between and between not in {nkey(r) for r in person.roles}:
        return None  # («قوات حماية الرئيس هادي»: another body's)
    start = stem_start(toks[0], doc.text)
    head = Head(f"قوات:{person.id}", MIL, f"forces of {person.latin or person.name}")  # (one per ruler)
    return head, person.country, Span(start, max(span.end, mention.end)), doc.text[start : mention.end]


def joined_force(doc: Doc, ev: Event, role: str, phrase: JSON) -> bool:
    """Put the army the unnamed ``phrase`` «HEAD وARMY» is joined to in the event's ``role`` (module docstring);
    whether it did (never as both parties of one act)."""
    start, end = int(phrase["start"]), int(phrase["end"])
    toks = [t for t in doc.tokens if start <= t.start and t.end <= end]
    if len(toks) < 2 or not _force_head(toks[0]) or [w.norm for w in toks[1].words if w.kind == "proclitic"] != ["و"]:
        return False
    at = stem_start(toks[1], doc.text)
    army = next((e for e in doc.entities if e.type == "ORGANIZATION" and (e.actor or "").endswith(MIL)
                 and any(m.start == at and m.end == end for m in e.mentions)), None)
    return army is not None and take_party(ev, role, army.id)
