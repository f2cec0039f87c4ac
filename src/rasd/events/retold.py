"""Round 47 of real news, a meeting told twice: «استقبل الأمير ... الوزير ...» and then «وجرى خلال الاستقبال
استعراض ...», «حضر الاستقبال ...»: a definite masdar of a meeting or a reception («الاستقبال», «اللقاء», «الاجتماع»,
«المباحثات») that names no party of its own refers back to the meeting of its code told last before it: one
event with both triggers (its date, often the report's by default, does not set it apart). A meeting with a party
of its own stays apart. Round 49: the meeting it tells again is the nearest told before it, of any meeting code
(«استقبل ... وجرى خلال اللقاء»: the reception, not a meeting told before it), the same code first at one place.

Round 280: a meeting is as near as its latest mention before the masdar, the triggers joined to it included: talks
told at the top of an article and told again («المباحثات») two paragraphs before a last «اللقاء» are the meeting
that «اللقاء» tells again, though a meeting told separately in between was named last at its first mention
(:func:`latest_mention`).

Round gr455: a definite plural noun of talks (``retold_talks_masdars``: «المحادثات», «المفاوضات») in the sentence
of the talks it follows (a negotiation, 046, or talks told by such a noun), within ``TALKS_REACH`` characters,
tells them again («تبدأ اليوم ... جولة جديدة من محادثات السلام بين الأطراف الليبية بعد إعلان المؤتمر مشاركته في
المحادثات»). In another sentence, or further on in a long one, it may name talks in general or other talks, and
after a meeting («اجتماع», «اللقاء») the talks of another act («وهو أول اجتماع يعقده معهم منذ الاتفاق النووي ...
بعد اثني عشر عاما من المفاوضات»): it stays apart. Talks told by an indefinite noun («ومحادثات أخرى») are talks of
their own."""

from __future__ import annotations

from ..doc import Event
from .forms import fw, nkey
from .modality import FACTUAL

RETOLD_CODES = ("040", "043", "046")  # meet, host a visit, engage in negotiation
REACH = 1000  # characters from the meeting told to the masdar that refers back to it
TALKS_REACH = 200  # characters from the talks told to a plural talks noun in their sentence that tells them again
TALKS = "046"  # engage in negotiation: the talks a plural talks noun may tell again
TALKS_NOUNS = "retold_talks_masdars"  # «المحادثات», «المفاوضات»: talks told by their noun, whatever their code


def _bare(ev: Event) -> bool:
    """Whether ``ev`` names no party: no source or target entity, no unresolved phrase of either."""
    return ev.source is None and ev.target is None and ev.attrs.get("source_span") is None \
        and ev.attrs.get("target_span") is None and not ev.attrs.get("source_carried")


def retelling(ev: Event, text: str, words: str = "retold_masdars") -> bool:
    """Whether the trigger of ``ev`` is a definite meeting noun of the function words ``words`` (by default the
    singular ``retold_masdars``), past «و/ف/بـ/لـ»."""
    word = nkey(text[ev.trigger.start : ev.trigger.end])
    for pre in ("", "و", "ف", "ب", "وب", "فب", "ل", "ول"):
        if word.startswith(pre) and word[len(pre):] in fw(words):
            return True
    return False


def latest_mention(o: Event, before: int) -> int:
    """The start of the latest trigger of ``o`` (its own or one joined to it) before the character ``before``."""
    return max((t.start for t in o.triggers if t.start < before), default=o.trigger.start)


def retold(out: list[Event], ev: Event, anaphors: frozenset[int], text: str) -> Event | None:
    """The meeting of ``out`` that the definite meeting noun ``ev`` tells again (see the module's doc), if any: the
    meeting last mentioned before it, factual as it is, with a party named, within ``REACH`` characters."""
    talks = not retelling(ev, text) and retelling(ev, text, TALKS_NOUNS)
    if id(ev) not in anaphors or ev.attrs.get("pos") != "N" or not ev.code.startswith(RETOLD_CODES) \
            or not _bare(ev) or ev.modality not in FACTUAL or not (talks or retelling(ev, text)):
        return None
    told = [o for o in out if o.trigger.start < ev.trigger.start and o.code.startswith(RETOLD_CODES)]
    if not told:
        return None
    # the nearest meeting told before, of whatever code («استقبل ... وجرى خلال اللقاء»: the reception), the same
    # code first where two are told at one place (round 49)
    last = max(told, key=lambda o: (latest_mention(o, ev.trigger.start), o.code[:3] == ev.code[:3]))
    if last.modality not in FACTUAL or _bare(last) or ev.trigger.start - latest_mention(last, ev.trigger.start) > REACH:
        return None
    near = last.sentence == ev.sentence and ev.trigger.start - latest_mention(last, ev.trigger.start) <= TALKS_REACH
    return last if not talks or (near and (last.code.startswith(TALKS) or retelling(last, text, TALKS_NOUNS))) else None
