"""Round ev446: a visit told again is where it went. A visit noun that refers back («خلال هذه الزيارة», «موعد
الزيارة», «خلال زيارته») and names no destination of its own goes where the visit it refers to went (see
``where_carry.carried_places``); an act done «خلال» it then takes that place too (``occasion_places``).

- «وصل إلى مدينة عدن ... خالد بحاح ... . وذكرت مصادر أنه من المقرر أن يشرف نائب الرئيس خلال هذه الزيارة»: the
  visit to Aden, told in one of the ``BACK_SENTENCES`` sentences before by the same visitor;
- «الأمير يزور القاهرة ويلتقي بالرئيس، تم خلال الزيارة الاتفاق»: «الزيارة» with the article refers to the last visit
  with a place told in its own sentence, or in the sentence right before where neither names its visitor.

A referring form is the visit noun with the article («الزيارة», «بالزيارة», «للزيارة») or a possessive pronoun
(«زيارته», «زيارتهم»), never a plural («الزيارات»). Nothing where the visit names a destination of its own after it
(«زيارته ... لبغداد», «زيارته إلى الدوحة»: function words ``visit_to_words`` or a glued «لـ» before a place), where
the visit told before is another visitor's («منذ الزيارة الناجحة للرئيس السيسي إلى باريس» before Hollande's
visit), nor where a visit placed elsewhere was told between the two. A target of the visit told before that is a
place (a country or a capital) is carried with its place where the visit has no target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw, fw_keys, nkey
from .word_tests import clause_stop, sentence_index

VISIT = "042"
BACK_SENTENCES = 2  # sentences before a visit's own in which the same visitor's visit is looked for
DESTINATION_REACH = 8  # tokens after a visit noun read for a destination of its own («زيارته التي أعقبت ... لبغداد»)
PRONOUNS = ("هما", "هم", "ها", "ه")  # «زيارته», «زيارتهم»: the visitor's pronoun on the noun
ARTICLES = ("بال", "لل", "ال")  # «بالزيارة», «للزيارة», «الزيارة»
GLUED_TO = "ل"  # «لبغداد»: a destination glued to its «لـ»


def _referring(word: str) -> str | None:
    """'article' or 'pronoun' where ``word`` (the trigger) is the singular visit noun that refers back, else None."""
    key = nkey(word.strip()).removeprefix("و")
    if " " in key:
        return None
    singular = {nkey(w) for w in fw("visit_nouns") if not nkey(w).startswith("ال") and not nkey(w).endswith("ات")}
    for pre in ARTICLES:
        if key.startswith(pre) and key[len(pre):] in singular:
            return "article"
    bound = {w[:-1] + "ت" for w in singular if w.endswith("ه")}  # «زياره» → «زيارت» before a pronoun
    for pre in ("ب", "ل", ""):
        stem = key.removeprefix(pre)
        if any(stem.endswith(end) and stem[: -len(end)] in bound for end in PRONOUNS):
            return "pronoun"
    return None


def _place_at(doc: Doc, start: int, end: int) -> bool:
    """Whether a place entity is named between characters ``start`` and ``end``."""
    return any(start <= m.start < end for e in doc.entities if e.type in PLACES for m in e.mentions)


def _own_destination(doc: Doc, ev: Event) -> bool:
    """Whether a destination follows the visit noun in its clause: a place after «إلى» or glued to «لـ»."""
    k = doc.token_at(ev.trigger.end - 1)
    if k is None:
        return False
    to_words = fw_keys("visit_to_words")
    for t in range(k + 1, min(len(doc.tokens), k + 1 + DESTINATION_REACH)):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        if tok.norm_key in to_words and t + 1 < len(doc.tokens) \
                and _place_at(doc, doc.tokens[t + 1].start, doc.tokens[t + 1].end):
            return True
        if tok.norm_key.startswith(GLUED_TO) and _place_at(doc, tok.start, tok.end):
            return True
    return False


def _antecedent(doc: Doc, ev: Event, form: str, events: list[Event]) -> Event | None:
    """The visit ``ev`` refers back to (module docstring), or None."""
    here = sentence_index(doc, ev.trigger.start)
    if here is None:
        return None
    before = [o for o in events if o.code == VISIT and o is not ev and o.trigger.end <= ev.trigger.start]
    placed = [o for o in before if o.location is not None]
    if not placed:
        return None
    last = max(placed, key=lambda o: o.trigger.start)
    there = sentence_index(doc, last.trigger.start)
    if there is None or here - there > BACK_SENTENCES:
        return None
    same_visitor = ev.source is not None and last.source == ev.source
    if not same_visitor:
        unnamed = ev.source is None and last.source is None
        if form != "article" or not (there == here or (here - there == 1 and unnamed)):
            return None
    return last


def anaphoric_visit_places(doc: Doc, events: list[Event]) -> None:
    """Give a visit that refers back to one told before, naming no place of its own, that visit's place and its
    place target (module docstring)."""
    for ev in events:
        if ev.code != VISIT or ev.location is not None or ev.attrs.get("pos") != "N":
            continue
        form = _referring(doc.text[ev.trigger.start:ev.trigger.end])
        if form is None or _own_destination(doc, ev):
            continue
        told = _antecedent(doc, ev, form, events)
        if told is None:
            continue
        ev.location = told.location
        host = doc.entity(told.target)
        if ev.target is None and host is not None and host.type in PLACES:
            ev.target = host.id
