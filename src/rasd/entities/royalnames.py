"""Royal titles and the country they give (round 56; called by :meth:`.attributes.EntityBuilder.build`):

- a past monarch named by a king's title and his given name alone («الملك خالد», «الملك فيصل», «الملك حسين»): the one
  monarch of the lexicon by that given name whose name is «X بن Y» (or carries his regnal number: «فاروق الأول»)
  and whose every role has ended at the date (:func:`past_monarchs`); a prince's title alone («الأمير فيصل») keeps
  to the regnal number (princes of a name are too many to tell);
- a royal title read on after a head of state's or a minister's title of a republic («استقبل الرئيس المصري الأمير
  X»): a republic has no princes, so the office and its country are the host's, not the prince's
  (:func:`foreign_royal`); a monarchy's officer may be a prince («وزير الدفاع السعودي الأمير X»: one man);
- a founder king («الملك المؤسس عبد العزيز») of no country is of the one monarchy his sentence names, of its elite
  (:func:`founder_kings`, round 79; called by :meth:`.resolve.Resolver.entities`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..doc import Doc, Entity, Mention
from ..text.normalize import norm_key
from ..text.numbers import is_ordinal
from .gazetteer import Entry, Gazetteer, actor_at
from .units import NASAB

KING_HEADS = frozenset({"ملك", "عاهل"})  # (the keys of «الملك», «العاهل» without the article)
# the royal titles a republic's officer never bears (not «الشيخ»: a mufti, a president of the UAE)
_PRINCELY = frozenset(norm_key(w) for w in ("الأمير", "الأميرة", "الملك", "الملكة", "أمير", "ملك"))
# states ruled by a king, an emir, a sultan or an emperor now (:data:`.attributes.MONARCHIES` less those whose
# kings are of the past: Egypt, Iraq, Libya, ...)
MONARCHIES_NOW = frozenset("SAU JOR MAR KWT BHR QAT ARE OMN GBR ESP NLD BEL SWE NOR DNK JPN THA BRN LSO SWZ KHM BTN "
                            "MYS TON LIE MCO AND".split())


def past_monarchs(g: Gazetteer, given: str, date: str | None, monarchies: Collection[str],
                  king: bool) -> list[Entry]:
    """The lexicon's monarchs of the past called ``given`` (a key): of a monarchy, of the elite at the date (every
    dated role ended), named with a regnal number, or, where ``king`` (the title is a king's, not a prince's),
    with «بن»."""
    out = []
    for c in g.givens.get(given, ()):
        words = [norm_key(w) for w in c.name.split()]
        if c.country not in monarchies or not (actor_at(c.codes, date) or "").endswith("ELI"):
            continue
        if is_ordinal(words[-1]) or king and len(words) >= 3 and words[1] in NASAB:
            out.append(c)
    return out


def past_presidents(people: Iterable[Entry], date: str | None) -> list[Entry]:
    """The lexicon's heads of a government of the past among ``people`` (round 63: «الرئيس السادات» in 2015): every
    dated role ended by ``date`` (of the elite then) and one of them a government's."""
    if not date:
        return []
    return [c for c in people if (actor_at(c.codes, date) or "").endswith("ELI")
            and any(code[3:6] == "GOV" for code, *_ in c.codes)]


def foreign_royal(m: Mention) -> None:
    """Drop from ``m``'s role the office and country of a republic's officer read on into a prince's or a king's
    title («الرئيس المصري الأمير» → «الأمير»), in place; nothing elsewhere."""
    role = str(m.attrs.get("role") or "")
    country = m.attrs.get("role_country")
    words = role.split()
    if len(words) < 2 or not country or country in MONARCHIES_NOW:
        return
    last = norm_key(words[-1])
    if last not in _PRINCELY:
        return
    m.attrs.update(role=words[-1], role_country=None, sector=None, head=last.removeprefix("ال"),
                   title_kind="rank")
    m.attrs.pop("body_sector", None)


_FOUNDER = norm_key("المؤسس")


def founder_kings(doc: Doc, ents: list[Entity]) -> None:
    """Give a founder king of no country («الملك المؤسس عبد العزيز») the one monarchy (now) named as a country in
    the sentences that name him, and its elite (in place); none where they name two monarchies or none."""
    for e in ents:
        if e.type != "PERSON" or e.country or not any(
                len(w := norm_key(r).split()) >= 2 and w[0].removeprefix("ال") in KING_HEADS and w[1] == _FOUNDER
                for r in e.roles):
            continue
        spans = [(s.start, s.end) for s in doc.sentences if any(s.start <= sp.start < s.end for sp in e.mentions)]
        named = {str(x.country) for x in ents if x.type == "LOCATION" and x.attrs.get("kind") == "country"
                 and x.country in MONARCHIES_NOW and any(a <= sp.start < b for sp in x.mentions for a, b in spans)}
        if len(named) == 1:
            e.country = next(iter(named))
            e.actor = e.country + "ELI"
            e.attrs["country_from"] = "founder"
