"""Round ents90: the country of the persons of a list from its members of known country.

A list is a run of three named persons or more in one sentence, each after a comma, a colon or «و» (what stands
between two of them — an office in the accusative, «أمينا عاما»; an apposition, «، الرئيس السابق للجنة ...،
والجنرالات السابقين،» — ends on that mark): «ومن بين الموقعين: A، وB، والعميد C، ...، والجنرالات السابقين، D،
وE»; «مكرسة A رئيسا للائتلاف لدورة ثانية، B أمينا عاما وC وD نوابا للرئيس». Where every member of known country
is of one country, and nothing in the sentence names another, its members of no country are of that country too (and of
the members' one actor where they share it: SYROPP for the coalition's deputies). Not a person after a noun or a
preposition («التقى عباس بالمبعوثين A وB»: A opens no list with عباس), nor a run broken by a full stop, a
quotation mark, a relative clause («A، شقيقة B الذي أحرقه ...، الرضيع C») or more than a short apposition.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Mention, Span
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key

_MAX_GAP_WORDS = 14  # («، الرئيس السابق للجنة الطاقة النووية في ديوان رئيس الحكومة، والجنرالات السابقين،»: 12)
_BREAKS = ".!?؟؛\n"
_MARKS = ("،", ",", ":", "و")
_MIN_RUN = 3


def _linked(text: str, start: int, end: int) -> bool:
    """Does the text between two persons (``start``–``end``) join them in a list: no full stop in it, short, and
    ending on a comma, a colon or «و» (the proclitic of the next name or a word alone)?"""
    gap = text[start:end]
    words = gap.split()
    if any(c in _BREAKS or c in "«»\"" for c in gap) or len(words) > _MAX_GAP_WORDS \
            or any(norm_key(w.strip("،,")) in fw_keys("relatives") for w in words):
        return False  # («حفصة دوابشة، شقيقة سعد الذي أحرقه المستوطنون ...، الرضيع علي»: a clause between)
    if not words:
        return False
    last = words[-1]
    return last in _MARKS or last.endswith(("،", ",", ":"))


def _named(m: Mention, e: Entity) -> bool:
    """Does the mention write a word of the person's name (not a title alone: «رئيس الحكومة»)?"""
    name = set(norm_key(e.name).split())
    return any(k in name for k in norm_key(m.text).split())


def _start(p: tuple[Mention, Entity]) -> int:
    return p[0].start


def _runs(doc: Doc, items: list[tuple[Mention, Entity]]) -> list[list[tuple[Mention, Entity]]]:
    """The lists of named persons in one sentence's mentions ``items`` (sorted by their start)."""
    runs: list[list[tuple[Mention, Entity]]] = []
    cur: list[tuple[Mention, Entity]] = []
    for m, e in items:
        if cur and _linked(doc.text, cur[-1][0].end, m.start):
            cur.append((m, e))
            continue
        if len(cur) >= _MIN_RUN:
            runs.append(cur)
        cur = [(m, e)]
    if len(cur) >= _MIN_RUN:
        runs.append(cur)
    return runs


def list_countries(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Give the members of no country of a list of persons its one country (see the module's doc); in place."""
    # (the press the article quotes is no party to the list: «كشفت مصادر لـ«الشرق الأوسط» أن ... هم A، وB، وC»)
    located = [(m, e) for e in ents for m in by_entity.get(e.id, ()) if e.country and not str(e.actor).endswith("MED")]
    for s in doc.sentences or [Span(0, len(doc.text))]:
        items = sorted(((m, e) for e in ents if e.type == "PERSON" for m in by_entity.get(e.id, ())
                        if s.start <= m.start and m.end <= s.end and _named(m, e)), key=_start)
        for run in _runs(doc, items):
            countries = {e.country for _, e in run if e.country}
            if len(countries) != 1 or len({e.id for _, e in run}) != len(run):
                continue
            iso = countries.pop()
            if any(s.start <= m.start and m.end <= s.end and e.country != iso for m, e in located):
                continue  # («A، وزير خارجية مصر، وB», «كيري، ووزير الخارجية الروسي لافروف، وA وB»: another
                # country named in the sentence)
            actors = {e.actor for _, e in run if e.country}
            actor = actors.pop() if len(actors) == 1 else None
            for _, e in run:
                if not e.country:
                    e.country = iso
                    e.attrs["country_from"] = "list"
                    if actor and not e.actor:
                        e.actor = actor
