"""Round ev712: statements told to different audiences are different statements.

«أكد وانغ يي لنظيره الأميركي أن ...» … «وأكد لنظرائه في المنطقة أن ...»: two statement acts (CAMEO 01) in
different sentences, each followed within ``AUDIENCE_REACH`` words (past its subject, before what is said) by a
word with a glued «لـ» that names whom it was told to (its stem one of the function words
``statement_audience_heads``: «لنظيره», «للصحافيين», «لوكالة»), the two audiences not the same, are two acts:
``dedup`` keeps them apart (``audiences_apart``). The same audience told twice («قال للصحافيين» … «وأضاف
للصحافيين») or a statement with no audience said still joins as before, where it says the same thing (round
mn947: two that say different things on a day stay apart, ``said_apart``).
"""

from __future__ import annotations

from ..doc import Event
from .forms import fw_keys, nkey

AUDIENCE_REACH = 8  # words from the statement verb to its audience («أكد وزير الخارجية وانغ يي لنظيره»: 5)
STATEMENTS = "01"
CLOSERS = "،,:.«\"؛"  # a word ending in these closes the stretch before what is said


def _audience(text: str, ev: Event) -> str | None:
    """The stem of the «لـ» word that names whom ``ev`` was told to (module docstring), or None."""
    for raw in text[ev.trigger.end : ev.trigger.end + 80].split()[:AUDIENCE_REACH]:
        word = raw.strip(CLOSERS)
        key = nkey(word)
        if not key or key in fw_keys("complementizers"):
            return None  # («أكد أن»: what is said begins)
        if key[:1] == "ل":
            stem = "ال" + key[2:] if key[:2] == "لل" else key[1:]
            for head in fw_keys("statement_audience_heads"):
                if stem.startswith(head) or stem.removeprefix("ال").startswith(head):
                    return stem
            continue  # («أكد لافروف لنظيره»: a name in «ل»)
        if raw[-1:] in CLOSERS:
            return None
    return None


def audiences_apart(text: str, a: Event, b: Event) -> bool:
    """Whether two statements of different sentences were told to different audiences (module docstring)."""
    if a.sentence == b.sentence or not a.code.startswith(STATEMENTS) or not b.code.startswith(STATEMENTS):
        return False
    one, other = _audience(text, a), _audience(text, b)
    return one is not None and other is not None and one != other


def own_day_apart(o: Event, ev: Event) -> bool:
    """Whether ``ev``, a statement noun told with a day of its own that is not ``o``'s, is another act than the
    statement ``o`` of its sentence: «وشدد الاتحاد الأوروبي على ... «في إعلان صدر في مارس الماضي»»: the March
    declaration is not the statement made now (a repeat with no day of its own still joins)."""
    return ev.code.startswith(STATEMENTS) and ev.attrs.get("pos") == "N" and ev.date is not None \
        and o.date is not None and ev.date != o.date and not ev.attrs.get("date_default")
