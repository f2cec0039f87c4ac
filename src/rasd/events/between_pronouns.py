"""Round 232: «بينها وبين X» pairs. «وهاجمت جبهة النصرة مقرا للفرقة، ووقعت اشتباكات بينها وبين المدافعين عن
المقر», «سيطرت الفصائل على القرية بعد اشتباكات دارت بينها وبين القوات النظامية»: a noun act with no source,
followed within ``REACH`` tokens (no clause break) by «بين» with a pronoun on it («بينها», «بينه», «بينهم»,
«بينهما») and then «وبين», has two sides: the pronoun's, the named doer of the act told last before it in its
sentence (a person or a body: the subject of the clause it follows), is its source; the entity named right after
«وبين» (past a fighters' head noun, as :mod:`clash_sides` reads a side) is its target, where the act has none.

Nothing where no act with a named doer came before in the sentence (the referent is not clear), where that doer is
the side named after «وبين», or where the act has a source of its own other than that doer.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .clash_sides import side_at
from .forms import nkey
from .source_set import drop_phrase, name_party
from .word_tests import clause_break

REACH = 4  # tokens from the trigger to «بينها» («اشتباكات دارت بينها»)
PRONOUNS = frozenset(("ه", "ها", "هم", "هما"))
ACTORS = ("PERSON", "ORGANIZATION")


def _pronoun_between(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is «بين» with a pronoun on it («بينها»)."""
    words = doc.tokens[k].words
    return len(words) == 2 and words[0].kind == "stem" and nkey(words[0].form) == nkey("بين") \
        and words[1].kind == "enclitic" and nkey(words[1].form) in PRONOUNS


def _doer_before(doc: Doc, ev: Event, events: list[Event]) -> str | None:
    """The named doer (a person or a body) of the act told last before ``ev`` in its sentence, else None."""
    before = [o for o in events if o is not ev and ev.sentence.start <= o.trigger.start < ev.trigger.start]
    if not before:
        return None
    last = max(before, key=lambda o: o.trigger.start)
    ent = doc.entity(last.source) if last.source is not None else None
    return ent.id if ent is not None and ent.type in ACTORS else None


def between_pronouns(doc: Doc, events: list[Event]) -> None:
    """Give a noun act followed by «بينها وبين X» its two sides (module doc)."""
    for ev in events:
        if ev.attrs.get("source_text") or ev.attrs.get("pos") != "N":
            continue
        last = doc.token_at(ev.trigger.end - 1)
        stop = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if last is None:
            continue
        for k in range(last + 1, min(stop - 1, last + REACH + 1)):
            if clause_break(doc.tokens[k].text):
                break
            if not _pronoun_between(doc, k):
                continue
            if doc.tokens[k + 1].norm_key != nkey("وبين"):
                break
            src = _doer_before(doc, ev, events)
            side = side_at(doc, k + 2) if k + 2 < stop else None
            other = side.id if side is not None else None
            if src is None or src == other or ev.source not in (None, src):
                break
            ev.source = src
            ev.attrs["source_pronoun"] = True
            drop_phrase(ev, "source")
            if ev.target is None and other is not None:
                name_party(ev, "target", other)
            break
