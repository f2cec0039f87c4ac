"""Round ev889: a report or statement that acts stands for the body that issued it.

«قالت الحركة في بيان صادر عن مجلس الشورى إن ... . وأعلن البيان تعيين فلان أميرا»: an event with no source whose
subject phrase is one bare definite report noun («البيان», «التقرير», «الدراسة»: ``authored_nouns``) is done by the
report's issuer, found the way the quote layer finds who speaks for that noun
(:func:`rasd.quotes.report_issuer.report_issuer`: «تقرير صادر عن X», «أصدرت X تقريرا», «التقرير السنوي للخارجية
الأميركية»; else :func:`rasd.quotes.reports.report_author`: the speaker of the quote the report was named in,
«قال صندوق النقد في تقرير إن», or the body named right after it, «بيان لحركة X»). «ويتهم التقرير المسؤولين
الإيرانيين» after «التقرير السنوي للخارجية الأميركية» is an accusation by the State Department (CAMEO 112).

A subject phrase that opens with an indefinite report noun followed by its issuer («وطالب تقرير منظمة العفو
الدولية السلطات», «وأعلن بيان الحركة»: the genitive, :func:`rasd.quotes.reports.named_author`) takes that issuer.

Only an entity is given (a phrase issuer stays out: a null is better than a wrong party), never the event's own
target, and never where the report noun is not the whole subject phrase («البيان الختامي للقمة» is left to the
other readers).
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from ..quotes.report_issuer import report_issuer
from ..quotes.reports import named_author, report_author, report_noun
from .forms import fw


def _issuer(doc: Doc, phrase: Span, at: int) -> str | None:
    """The entity of the body that issued the report the subject ``phrase`` (before character ``at``) names."""
    if report_noun(doc, phrase) is not None:
        found = report_issuer(doc, phrase, at)
        if found is not None:
            return found[0]
        return report_author(doc, phrase, doc.quotes, at)
    i = doc.token_at(phrase.start)
    if i is None:
        return None
    key = doc.tokens[i].norm_key
    if key not in fw("authored_nouns"):  # «تقرير المنظمات», «بيان الحركة»: the indefinite noun in construct
        return None
    author = named_author(doc, i)
    if author is None:
        return None
    own = [m for e in doc.entities if e.id == author for m in e.mentions]
    return author if any(phrase.start < m.start and m.end <= phrase.end for m in own) else None


def report_doers(doc: Doc, events: list[Event]) -> None:
    """Give each event with no source whose subject is a report noun its issuer (module docstring)."""
    for ev in events:
        span = ev.attrs.get("source_span")
        if ev.source is not None or not isinstance(span, (list, tuple)) or len(span) != 2:
            continue
        who = _issuer(doc, Span(int(span[0]), int(span[1])), ev.trigger.start)
        if who is not None and who != ev.target:
            ev.source = who
