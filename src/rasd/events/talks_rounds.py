"""Round gr423: a round of talks told with its talks noun is one act, not a round (046) and a meeting (040).

«جولة مباحثات دبلوماسية بين الوزير ...», «بعد جولة محادثات في الدوحة», «الجولة الثالثة من مشاورات», «انتهت جولة
المشاورات»: the talks noun a few words after «جولة» (the ``talks_round`` entry's «near» word, within its close reach
``CLOSE_WINDOW``, no comma or clause break between) is the word that makes «جولة» a round of talks; it tells no
meeting of its own. :func:`round_told` finds the round such a talks noun belongs to; ``dedup`` joins the noun's
trigger to it, and the round takes the noun's parties where they are more («الجولة الثانية من المحادثات بين X و Y»).

Talks told further on, after a comma or another clause («جولة في المنطقة، ثم محادثات مع ...»), stay apart.
"""

from __future__ import annotations

from ..doc import Event
from .lexicon import CLOSE_WINDOW

ROUND_ENTRY = "talks_round"  # the lexicon entry of a round of talks (and what «جولات» is recoded to)
MEETING_FAMILY = "04"  # the codes of talks, meetings and negotiations
CLAUSE_MARKS = "،,.؛;:()«»"  # a mark between the round and the noun: another phrase


def _parties(ev: Event) -> set[str]:
    return {p for p in (ev.source, ev.target) if p is not None}


def round_told(out: list[Event], ev: Event, text: str) -> Event | None:
    """The round of talks of ``out`` whose talks noun ``ev`` is (see the module), if any; the round is given the
    noun's parties where they include its own and more, and its other events of the same trigger (one per target)
    that name fewer of them leave ``out``."""
    if ev.attrs.get("pos") != "N" or not ev.code.startswith(MEETING_FAMILY):
        return None
    for host in reversed(out):
        if host.attrs.get("trigger_id") != ROUND_ENTRY or host.sentence != ev.sentence \
                or host.trigger.end > ev.trigger.start or host.modality != ev.modality:
            continue
        between = text[host.trigger.end : ev.trigger.start]
        if len(between.split()) >= CLOSE_WINDOW or any(c in between for c in CLAUSE_MARKS):
            return None
        mine, theirs = _parties(host), _parties(ev)
        if not (mine <= theirs or theirs <= mine):
            return None  # each names a party the other does not: two acts
        if mine < theirs or not mine and not theirs:
            _take_parties(host, ev)  # the noun names the round's parties and more («بين X و Y»)
            # the round's other events, one per target, that name fewer of these parties are pieces of this one
            out[:] = [o for o in out if o is host or o.trigger != host.trigger or not _parties(o) < theirs]
        if host.location is None:
            host.location = ev.location  # «الجولة الثالثة من مشاورات موسكو»: the place the noun names
        return host
    return None


def _take_parties(host: Event, ev: Event) -> None:
    """Give the round ``host`` the parties the talks noun ``ev`` names (its unnamed phrases where it has none)."""
    host.source, host.target = ev.source, ev.target
    for key in ("source_span", "target_span", "source_text", "target_text"):
        if key in ev.attrs and host.attrs.get(key) is None:
            host.attrs[key] = ev.attrs[key]
