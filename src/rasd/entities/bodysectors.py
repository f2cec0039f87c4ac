"""Round en365: a body the text places in a country but no list gives a code takes the sector its opening words
name (gazetteer/body_sectors.tsv): «جامعة بغداد» IRQEDU, «المحكمة العليا الأميركية» USAJUD, «هيئة الأركان التركية»
TURMIL, «البنك الوطني اليوناني» GRCBUS («البنك المركزي ...» GOV: the longest opening listed wins), «منظمة حقوق
الإنسان الإيرانية» IRNHRI (a rights body: its head noun and «حقوق الإنسان» in its name); «لجنة العلاقات الخارجية في
البرلمان العراقي» IRQLEG (a committee of a parliament), «وكالة مهر للأنباء» IRNMED, «الهيئة السورية للإعلام» SYRMED
(round en596).

Run last in the entities stage, on the built entities. A body with a code already (a ministry, a listed bank) keeps it;
a body of no country («جامعة الدول العربية» is listed; «المحكمة» alone names none) gets none; nor does a body
opening with a word of no listed sector («الاتحاد السعودي لكرة القدم», «نادي موناكو»).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..text.normalize import norm_key
from .gazetteer import DATA_DIR

_MAX = 2  # the most words of a listed opening


@lru_cache(maxsize=1)
def _openings() -> dict[tuple[str, ...], list[tuple[str, str]]]:
    """body_sectors.tsv: the keys of a body's opening words → its rows (sector, a phrase the name must hold, or ""),
    the later line first («لجنة» of «البرلمان» LEG before «لجنة» of «حقوق الإنسان» HRI)."""
    out: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for line in (DATA_DIR / "body_sectors.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, sector, *need = line.split("\t")
            rows = out.setdefault(tuple(norm_key(w) for w in form.split()), [])
            rows.insert(0, (sector, norm_key(need[0]) if need else ""))
    return out


def opening_sector(name: str) -> str | None:
    """The sector the opening words of the body ``name`` give (see the module); None where none is listed."""
    keys = tuple(norm_key(w) for w in name.split())
    joined = " ".join(keys)
    for n in range(min(_MAX, len(keys) - 1), 0, -1):  # (a listed word alone, «جامعة», names no body)
        for sector, need in _openings().get(keys[:n], ()):
            if not need or need in joined:
                return sector
    return None


def body_sectors(doc: Doc) -> None:
    """Give each placed organisation with no code its country's code of the sector its name opens with, in
    place."""
    for e in doc.entities:
        if e.type != "ORGANIZATION" or not e.country or e.actor:
            continue
        sector = opening_sector(e.name)
        if sector is not None:
            e.actor = e.country + sector
