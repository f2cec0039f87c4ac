"""Round ev447: a protest's doers named by a count of people, read by the ``groups`` stage (rasd.events.groups).

«تجمع المئات خارج مكتب الأونروا», «وتظاهر الآلاف امس»: a count standing alone (function words ``crowd_counts``,
with the article or not, after «نحو/أكثر من» or a number) as the source of a protest (CAMEO 14) is a crowd of
civilians, CVL (PETRARCH codes CIVILIAN, CITIZEN, RESIDENT ~CVL), of the country of the place it was held in
(its location's: «تجمع المئات ... في الأردن» JORCVL). A count followed by «من» + a group of the
lexicon or a people («المئات من العمال» LAB, «الآلاف من العراقيين» IRQ) is the counted group's. A count
followed by anything else names no crowd of protesters («المئات من القتلى»: victims; «آلاف الدولارات»: money).
Round ev458: a noun of persons counted by a number (function words ``crowd_persons``: «تظاهر أمس نحو 500 شخص») is
a crowd as well; not without the number («شخص» alone is one person). Each count said is its own crowd (a group
of its own, the same words said again the same one), not one group of all the crowds of a story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..doc import Doc, Event, Span
from .forms import fw_keys, nkey
from .group_lexicon import Head, stem_start, word_key

if TYPE_CHECKING:
    from .group_phrases import Found

CROWD = Head("crowd", "CVL", "people")
PROTEST = "14"  # CAMEO protest codes
OF = nkey("من")


def _counting(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a number of the numbers layer or a word joining a count («نحو», «أكثر من»)."""
    tok = doc.tokens[k]
    return tok.norm_key in fw_keys("count_glue_words") or any(n.start <= tok.start < n.end for n in doc.numbers)


def crowd_group(doc: Doc, ev: Event, span: Span) -> Found | None:
    """The group a protest's source phrase that is a count of people names (see the module): a ``group_phrases.Found``
    of a crowd (CVL) or of the group counted after «من», or None for any other event or phrase."""
    from .group_phrases import Found, read_phrase  # (groups calls this module: imported here, not at the top)

    if not ev.code.startswith(PROTEST):
        return None
    first, last = doc.token_at(span.start), doc.token_from(span.end)
    if first is None:
        return None
    end = last if last is not None else len(doc.tokens)
    k = first
    while k < end - 1 and _counting(doc, k):
        k += 1
    key = word_key(doc.tokens[k]) if k < end else ""
    persons = key in fw_keys("crowd_persons") and _numbered(doc, first, k)
    if k >= end or (key not in fw_keys("crowd_counts") and not persons) or any(
            w.kind == "enclitic" for w in doc.tokens[k].words):
        return None
    start = stem_start(doc.tokens[first], doc.text)
    after = k + 1
    while after < len(doc.tokens) and word_key(doc.tokens[after]) in fw_keys("crowd_counts"):
        after += 1  # («مئات الآلاف من العراقيين»)
    if after < len(doc.tokens) and doc.tokens[after].norm_key == OF and after + 1 < len(doc.tokens):
        people = doc.tokens[after + 1]
        counted = read_phrase(doc, Span(people.start, max(span.end, people.end)))
        if counted is None:
            return None  # («المئات من القتلى»: the dead)
        return Found(counted.head, counted.country, Span(start, counted.span.end), counted.name)
    if after < end:
        return None  # («آلاف الدولارات»: a count of something else)
    stop = max(span.end, doc.tokens[after - 1].end)
    name = doc.text[start:stop]
    # round ev458: a crowd per count said («500 شخص» in Basra, «المئات» in Karbala: two crowds, not one group
    # named by the first); the same count said again is the same crowd
    own = Head(f"{CROWD.form}:{nkey(name)}", CROWD.sector, CROWD.label)
    return Found(own, _placed_in(doc, ev), Span(start, stop), name)


def _numbered(doc: Doc, first: int, k: int) -> bool:
    """Round ev458: whether a number of the numbers layer stands among tokens ``first`` to ``k`` (exclusive): the
    count of a noun of persons («نحو 500 شخص»)."""
    return any(n.start <= doc.tokens[u].start < n.end for u in range(first, k) for n in doc.numbers)


def _placed_in(doc: Doc, ev: Event) -> str | None:
    """The country of the place where the protest was held (its location entity's), that of the crowd there
    («تجمع المئات ... في الأردن»: Jordanians, JORCVL); None where it has none."""
    place = doc.entity(ev.location)
    return place.country if place is not None and place.type == "LOCATION" else None
