"""Round ev361: a verb form with an object pronoun and a count after it is a masdar whose pronoun is its agent.

«منذ سيطرة «داعش» على درنة، وتمدده إلى وسط البلاد، وقتله أكثر من عشرين مصريًا»: «قتله» read as a verb («and he
killed him») has its object in its pronoun and can take no second object; with a count right after it (a numeral, a
figure, «أكثر/أقل من», «نحو», ``count_words``, ``partitive_counts``) it is the masdar «قَتْلُه» («his killing
of»), whose pronoun is the doer: the event's source (none, or one carried from outside its clause) is the named source
of the act told last before it in its sentence (the one the masdar goes on with: «سيطرة «داعش»», «خطفت جبهة
النصرة ... بعد أيام من خطفها ثمانية مقاتلين»), and the counted phrase, up to the next clause stop, is the target
in place of the party read from the pronoun as its object.

Nothing where the pronoun was not read as the object (no target, or one read after the trigger), where the source
was read in the clause itself, where no act with a named source is told before it in its sentence, or where no
count follows («بإطلاق النار عليه وقتله بعدما»: the pronoun is whom it kills).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey
from .source_set import name_party, set_phrase
from .word_tests import clause_stop

PRONOUNS = ("ه", "ها", "هم")
APPROXIMATORS = frozenset(nkey(w) for w in ("أكثر", "أقل", "نحو", "حوالي", "قرابة"))
PHRASE = 6  # tokens of the counted phrase at most


def _pronoun_verb(doc: Doc, k: int) -> bool:
    """Token ``k`` is a verb form with one object pronoun on it («وقتله»)."""
    words = doc.tokens[k].words
    stems = [w for w in words if w.kind == "stem"]
    clitics = [nkey(w.form) for w in words if w.kind == "enclitic"]
    return len(stems) == 1 and len(clitics) == 1 and clitics[0] in PRONOUNS


def _count(doc: Doc, k: int) -> bool:
    """Token ``k`` opens a count: a figure, a numeral or a word of quantity or approximation."""
    tok = doc.tokens[k]
    key = tok.norm_key
    return tok.text[:1].isdigit() or key in APPROXIMATORS or key in fw("numerals") or key in fw_keys(
        "count_words") or key in fw("partitive_counts")


def _doer_before(ev: Event, events: list[Event]) -> str | None:
    """The named source of the act told last before ``ev`` in its sentence («سيطرة «داعش» ...، وتمدده ...، وقتله»,
    «خطفت جبهة النصرة ... بعد أيام من خطفها»: the one the pronoun's masdar goes on with)."""
    before = [o for o in events if o is not ev and o.sentence == ev.sentence and o.trigger.start < ev.trigger.start
              and o.source is not None]
    return max(before, key=lambda o: o.trigger.start).source if before else None


def agent_pronouns(doc: Doc, events: list[Event]) -> None:
    """Read a verb form with a pronoun and a count after it as the masdar of the pronoun's act (module docstring)."""
    for ev in events:
        span = ev.attrs.get("target_span")
        if ev.attrs.get("pos") != "V" or ev.target is None or not (ev.source is None or ev.attrs.get("source_carried")):
            continue
        k = doc.token_at(ev.trigger.start)
        if not isinstance(span, list) or k is None or int(span[0]) >= doc.tokens[k].end:
            continue  # (the target read from the pronoun: on the trigger or named before it)
        if k + 1 >= len(doc.tokens) or doc.token_at(ev.trigger.end - 1) != k or not _pronoun_verb(doc, k):
            continue
        if not _count(doc, k + 1) or doc.tokens[k + 1].start >= ev.sentence.end:
            continue
        last = k + 1
        while last + 1 < min(len(doc.tokens), k + 1 + PHRASE) and not clause_stop(doc.tokens[last + 1].text) \
                and doc.tokens[last + 1].start < ev.sentence.end:
            last += 1
        doer = _doer_before(ev, events)
        if doer is None:
            continue
        name_party(ev, "source", doer)
        ev.attrs.pop("source_carried", None)
        name_party(ev, "target", None)
        set_phrase(ev, "target", doc.text, doc.tokens[k + 1].start, doc.tokens[last].end)
        ev.attrs["agent_pronoun"] = True
