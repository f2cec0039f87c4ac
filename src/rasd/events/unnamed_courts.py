"""Round ev995: a court's verdict told with no court («وحكم على فلان بالسجن عشر سنوات», «وأدين فلان بتهمة»:
entries ``sentenced`` and ``convict`` of :mod:`.court_acts`, legal action 173, no source) is the judiciary of the
country the report is about there, by the evidence the civilians' rule reads (:func:`.civilian_country.
report_country`: the one country of the sentence's places, else the article's where its places agree), and only
where the verdict's paragraph names no other country (:func:`.home_groups.others_near`: not «حكم عليه بالإعدام»
in a paragraph on «الغزو العراقي للكويت», the occupier's sentence). The source is one GROUP entity per country,
the judicial authorities of the agent lexicon (JUD: EGYJUD, "Egyptian judicial authorities"), with no mention:
the text names no court. Nothing where the country is unclear. Called by the ``groups`` stage after
:func:`.groups.make_groups`."""

from __future__ import annotations

from ..doc import Doc, Entity
from .civilian_country import report_country
from .court_acts import LEGAL_ACTION, SENTENCED_ENTRY
from .group_lexicon import Head, latin_label, lexicon
from .home_groups import others_near

VERDICT_ENTRIES = (SENTENCED_ENTRY, "convict")  # triggers.tsv: «حكم على فلان», «أدين فلان» (court_acts.CONVICT)
JUDICIARY_ROW = "سلطة قضائية"  # agent_groups.tsv: the row of the judicial authorities (JUD)
JUDICIARY_NAME = "السلطات القضائية"  # the name of such an unnamed judiciary


def _judiciary_head() -> Head | None:
    """The agent lexicon's row of the judicial authorities."""
    return next((h for h, _ in lexicon().values() if h.form == JUDICIARY_ROW), None)


def unnamed_courts(doc: Doc) -> None:
    """Give each verdict with no source its country's judiciary where that country is clear (module docstring)."""
    head = _judiciary_head()
    if head is None:
        return
    made: dict[str, str] = {}  # country → the id of its judiciary's entity
    for ev in doc.events:
        if ev.source is not None or ev.code != LEGAL_ACTION or ev.attrs.get("trigger_id") not in VERDICT_ENTRIES \
                or isinstance(ev.attrs.get("source_span"), list):
            continue
        country = report_country(doc, ev.trigger.start)
        if country is None or others_near(doc, ev.trigger.start, country):
            continue
        if country not in made:
            eid = f"E{doc.next_entity_number()}"
            doc.entities.append(Entity(eid, "GROUP", JUDICIARY_NAME, [JUDICIARY_NAME], latin_label(head, country),
                                       country, country + head.sector, [], []))
            made[country] = eid
        ev.source = made[country]
