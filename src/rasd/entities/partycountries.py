"""Round ents86 of real news: the country of a party the gazetteer names for several countries.

«حزب العدالة والتنمية» is Turkey's AKP and Morocco's PJD: the gazetteer gives it no country. Where its sentence
names a country by an adjective («الانتخابات التركية الأخيرة التي خسر فيها حزب العدالة والتنمية», «حزب «العدالة
والتنمية» التركي», «رجل أمن تركي ... فرع حزب العدالة والتنمية»), the party is of the country of the adjective nearest
to its name in that sentence; else the article's most named country (in :meth:`.resolve.Resolver.entities`).
Places are not read: a party visits places («زار وفد من الحزب القاهرة»); two adjectives of two countries equally
near give none.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer, clitic_variants

_WORD = re.compile(r"[\u0621-\u064A]+")


def _nisba_country(g: Gazetteer, word: str) -> str | None:
    """The country of the country adjective ``word`` («التركية», «تركي», «والتركي»), or None."""
    for v, _, _ in clitic_variants(word):
        iso = g.nisba.get(v)
        if iso is not None:
            return iso
    return None


def _nearest_country(doc: Doc, g: Gazetteer, m: Mention) -> str | None:
    """The country of the country adjective nearest to mention ``m`` in its sentence (outside the mention), or None
    where none is there or two countries' adjectives are equally near."""
    sent = doc.sentence_of(m.start)
    if sent is None:
        return None
    best: list[tuple[int, str]] = []
    for w in _WORD.finditer(doc.text, sent.start, sent.end):
        if m.start <= w.start() < m.end:
            continue
        iso = _nisba_country(g, norm_key(w.group()))
        if iso is None:
            continue
        dist = m.start - w.end() if w.end() <= m.start else w.start() - m.end
        best.append((dist, iso))
    if not best:
        return None
    best.sort()
    if len(best) > 1 and best[1][0] == best[0][0] and best[1][1] != best[0][1]:
        return None
    return best[0][1]


def sentence_party_countries(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Give a party the gazetteer lists with no country (actor «PTY»: one name of parties of several countries)
    the country its sentence names nearest to it (in place)."""
    for e in ents:
        if e.type != "ORGANIZATION" or e.country or e.actor != "PTY" or "gazetteer" not in e.attrs:
            # (a party the text names and the gazetteer does not list, «وحزب الشعب بزعامة ...», in a list
            # of one country's parties, is that country's, whatever adjective stands nearer)
            continue
        for m in by_entity.get(e.id, ()):
            if m.source in ("coref", "anaphor"):
                continue
            iso = _nearest_country(doc, g, m)
            if iso is not None:
                e.country = iso
                e.actor = iso + "PTY"
                e.attrs["country_from"] = "sentence"
                break
