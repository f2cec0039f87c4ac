"""Round ev702: a meeting told again by «تباحث الطرفان» or by its noun with a pronoun («لقاءه مع فلان»).

«... عقب لقائه مع نظيره القطري ... في الدوحة أمس ...» and, later, «وقال الوزير إن لقاءه مع الوزير القطري كان مثمرا
... إذ تباحث الطرفان حول المستجدات»: the meeting of yesterday, told twice more, is one meeting, not three (the later
ones were dated by the article's day). :mod:`rasd.events.same_meetings` joins a retold meeting to the one told before
where the parties are the same; beside its definite nouns («اللقاء») it takes:

- a meeting verb whose subject, right after it, is the two sides of the meeting (``dual_side_words`` in the
  nominative: «تباحث الطرفان», «وبحث الجانبان»), in a sentence with no time of its own;
- a meeting noun with a possessive pronoun («لقاءه», «اجتماعهما», «مباحثاته»: ``retold_masdars`` and
  ``retold_talks_masdars`` without their article), in a sentence with no time of its own.

«والتقى الطرفان مجددا الخميس» (a time of its own) or «التقى الوزير بنظيره» (no dual of the two sides) stays a meeting
of its own; the same_meetings checks (same parties, nothing between) still hold, within ``SIDES_REACH``.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_bare_keys, fw_keys, nkey

SIDES_REACH = 2000  # characters from the meeting told to its retelling: the parties are named or are «الطرفان»
PRONOUNS = ("هما", "هم", "ها", "ه")  # the possessive suffixes a retold meeting noun may carry («لقاءهما»)
CARRIERS = ("", "ي", "و")  # the hamza seat left before the suffix by the matching key («لقائه» → «لقايه»)
PREFIXES = ("", "و", "ف", "ب", "وب", "فب", "ل", "ول")  # the clitics a retold noun may carry («وبلقائه»)


def _own_time(doc: Doc, ev: Event) -> bool:
    """Whether the sentence of ``ev`` tells a time of its own («الخميس», «أمس»)."""
    return bool(doc.times_within(ev.sentence.start, ev.sentence.end))


def _sides_verb(doc: Doc, ev: Event) -> bool:
    """«تباحث الطرفان», «وبحث الجانبان»: a verb trigger with the two sides of a meeting as its subject right after it."""
    k = doc.token_at(ev.trigger.end - 1)
    if ev.attrs.get("pos") != "V" or k is None or k + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[k + 1].norm_key
    return nxt in fw_keys("dual_side_words") and nxt.endswith("ان")


def _possessed_meeting(doc: Doc, ev: Event) -> bool:
    """«لقاءه», «اجتماعهما», «ومباحثاته»: a meeting noun with a possessive pronoun (see the module)."""
    if ev.attrs.get("pos") != "N":
        return False
    word = nkey(doc.text[ev.trigger.start : ev.trigger.end])
    stems = fw_bare_keys("retold_masdars") | fw_bare_keys("retold_talks_masdars")
    for pre in PREFIXES:
        for suf in PRONOUNS:
            if not (word.startswith(pre) and word.endswith(suf)):
                continue
            core = word[len(pre) : len(word) - len(suf)]
            if core.endswith("ت") and core[:-1] + "ه" in stems:
                return True  # «زيارته»: the «ة» of «الزيارة» written «ت» before the suffix
            if any(core.endswith(c) and core[: len(core) - len(c)] in stems for c in CARRIERS):
                return True
    return False


def sides_retold(doc: Doc, ev: Event) -> bool:
    """Whether ``ev`` tells again, with no time of its own, a meeting told before (see the module)."""
    return (_sides_verb(doc, ev) or _possessed_meeting(doc, ev)) and not _own_time(doc, ev)
