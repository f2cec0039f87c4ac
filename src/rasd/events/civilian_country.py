"""Round en975: civilians and witnesses of no country word («المدنيين», «شهود عيان», «السكان»: sector CVL in
``data/events/agent_groups.tsv``) are the people of the place the report is about. Such a group takes the one country
whose places its sentence names («قتل مدنيون في قصف على حلب»: SYRCVL); where the sentence names no place, the country
the article is about (:func:`.army.article_home`: named in three sentences at least and twice as often as any other)
where its places are of that one country too (:func:`rasd.entities.homeland.places_country`: four at least, 70 % of
them; not a Turkish report of a raid on a village in Iraq: «مقتل المدنيين» stays of no country); none where the
sentence names places of two countries. Called by
:func:`.groups.make_groups` on each group it reads.

Round ev995: the state's men and organs of no country word take it by the same evidence (:func:`report_country`):
the police and security forces (sector COP: «واعتقلت الشرطة ثلاثة أشخاص في أضنة» TURCOP, «قوات الأمن») and the
authorities («السلطات», GOV: the lexicon's codes); an article of two countries' places and no clear one leaves
them of none."""

from __future__ import annotations

from ..doc import Doc
from ..entities.homeland import places_country
from .army import article_home
from .group_phrases import Found

CIVILIANS = "CVL"
POLICE = "COP"
AUTHORITIES = "سلطات"  # agent_groups.tsv: the row of «السلطات» (GOV)


def sentence_places(doc: Doc, start: int) -> set[str]:
    """The countries of the places named in the sentence holding character ``start``."""
    s = doc.sentence_of(start)
    if s is None:
        return set()
    return {e.country for e in doc.entities if e.type == "LOCATION" and e.country
            and any(s.start <= m.start < s.end for m in e.mentions)}


def report_country(doc: Doc, start: int) -> str | None:
    """The country the report is about at character ``start``: the one country of its sentence's places, else
    (where the sentence names none) the article's where its places agree (module docstring); None where unclear."""
    places = sentence_places(doc, start)
    if len(places) == 1:
        return places.pop()
    if not places and (home := article_home(doc)) is not None and places_country(doc.entities) == home:
        return home
    return None


def civilian_country(doc: Doc, got: Found) -> Found:
    """Give a civilian group, a police or the authorities with no country word its sentence's or its article's
    country (module docstring); ``got`` itself, changed or not."""
    if got.country is not None or not (got.head.sector in (CIVILIANS, POLICE) or got.head.form == AUTHORITIES):
        return got
    got.country = report_country(doc, got.span.start)
    return got
