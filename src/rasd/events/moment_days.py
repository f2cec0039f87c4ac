"""Round ti886, after :func:`continued_days`: an act dated by another act it follows right after, or told as done
meanwhile.

- «وبعد دقائق من إعلان الحكومة القرار، قال زعيم المعارضة ...», «وقف الوزير عقب التفجير ...»: a span of moments
  (``moment_span_openers`` + ``moment_span_units`` + ``relative_span_links``: «بعد ساعات قليلة من», «في غضون دقائق
  عقب») or a head of «right after» (``right_after_heads``: «عقب», «إثر») right before a noun act (a demonstrative
  may stand between: «بعد ساعات من هذا الخطاب»): the acts of its sentence, told as fact by the writer with no time
  of their own sentence, dated by default (the article's day) (verbs, and noun acts no other act of the sentence
  stands before: not what an accusation is of), and that noun act itself (dated by default or by nothing), take the day
  of the act the noun names, where a written time tells it: an act of the same code (its first three digits) in the sentence right before
  or after (the nearest, before first) dated by a time its sentence tells outside quotes, or one up to
  ``NOUN_REACH`` sentences before whose words right after it hold a word told right after the noun («أعلن أوباما
  عن الضوابط الجديدة أول من أمس» ... «عقب الإعلان الرسمي عن الضوابط الجديدة»).
- «في غضون ذلك، أعلن الجيش ...» (``meanwhile_openers``): a sentence with no time of its own opened by «meanwhile»
  is of the day of the last act of the sentence right before dated by its own time (``linked_days._own_day``),
  where that day lies within ``RECENT_DAYS`` before the article's and no quote or statement of another speaker is
  told between that act and the sentence.

Not for a present verb (a stance held now), an act inside someone's words, an act not told as fact, nor a sentence
that tells a time of its own (its time wins)."""

from __future__ import annotations

from ..doc import Doc, Event, Span, trigger_start
from .attached import default_day
from .dating import dated
from .forms import fw, fw_keys, phrase_keys
from .linked_days import _own_day, _told_times
from .modality import FACTUAL
from .speaker_days import _other_speaker, _present, _recent, _told_out
from .told_again import counted_span
from .word_tests import has_letters, key_at, past_conjunction

__all__ = ["moment_days"]

NOUN_REACH = 3  # sentences back to an act told with a time whose words after it the noun act's words repeat
WORD_REACH = 4  # tokens after a noun trigger read for the words that name what it is about («عن الضوابط الجديدة»)
TOLD_REACH = 8  # tokens after the trigger of the act told before read for them (its subject may stand between)
MIN_WORD = 4  # letters of a word (its article aside) that may tie a noun act to the act told before


def _span_end(doc: Doc, t: int, end: int) -> int | None:
    """The token after a span of moments opening at token ``t`` («بعد دقائق من», «غضون ساعات قليلة عقب»), or after
    a head of «right after» at ``t`` («عقب», «إثر»); None where none opens there."""
    first = past_conjunction(key_at(doc, t))
    if first in fw_keys("right_after_heads"):
        return t + 1
    return counted_span(doc, t, end, fw_keys("moment_span_openers"), fw_keys("moment_span_units"))


def _followed(doc: Doc, events: list[Event], sent: Span) -> Event | None:
    """The noun act right after the first span of moments or head of «right after» in ``sent`` (see the module)."""
    a, b = doc.token_at(sent.start), doc.token_at(sent.end - 1)
    if a is None or b is None:
        return None
    for t in range(a, b + 1):
        k = _span_end(doc, t, b + 1)
        if k is None or k > b:
            continue
        if key_at(doc, k) in fw_keys("attack_demonstratives") and k + 1 <= b:
            k += 1  # «بعد ساعات من هذا الخطاب»
        start = doc.tokens[k].start
        noun = next((o for o in events if o.trigger.start == start and o.attrs.get("pos") == "N"), None)
        if noun is not None:
            return noun
    return None


def _words_after(doc: Doc, ev: Event, reach: int) -> set[str]:
    """The content words (``MIN_WORD`` letters or more, the article aside) within ``reach`` tokens after ``ev``'s
    trigger, up to a clause stop."""
    k = doc.token_at(ev.trigger.end - 1)
    out: set[str] = set()
    if k is None:
        return out
    for t in range(k + 1, min(len(doc.tokens), k + 1 + reach)):
        text = doc.tokens[t].text
        if not has_letters(text) or text in ("،", ",", ".", "؛"):
            break
        word = past_conjunction(key_at(doc, t)).removeprefix("ال")
        if len(word) >= MIN_WORD:
            out.add(word)
    return out


def _written_day(doc: Doc, o: Event, default: str) -> bool:
    """Whether ``o`` is a factual act told by the writer dated to a day (not the default) that a time of its own
    sentence tells outside quotes."""
    if o.modality not in FACTUAL or o.date is None or len(o.date) != 10 or o.date == default \
            or not _told_out(doc, o):
        return False
    return any(dated(ts.value) == o.date for ts in _told_times(doc, o.sentence))


def _noun_day(doc: Doc, events: list[Event], noun: Event, k: int, default: str) -> str | None:
    """The day of the act ``noun`` names (see the module), or None."""
    near = [o for o in events if o.code[:3] == noun.code[:3] and o is not noun and _written_day(doc, o, default)]
    for j in (k - 1, k + 1):
        if 0 <= j < len(doc.sentences):
            sent = doc.sentences[j]
            here = [o for o in near if sent.start <= o.trigger.start < sent.end]
            if here:
                return (max(here, key=trigger_start) if j < k else min(here, key=trigger_start)).date
    words = _words_after(doc, noun, WORD_REACH)
    if not words:
        return None
    lo = doc.sentences[max(0, k - NOUN_REACH)].start
    told = [o for o in near if lo <= o.trigger.start < doc.sentences[k].start
            and words & _words_after(doc, o, TOLD_REACH)]
    return max(told, key=trigger_start).date if told else None


def _meanwhile(doc: Doc, sent: Span) -> bool:
    """Whether ``sent`` opens with one of ``meanwhile_openers`` («في غضون ذلك», «وفي الأثناء»)."""
    a = doc.token_at(sent.start)
    if a is None:
        return False
    keys = [key_at(doc, t) for t in range(a, min(len(doc.tokens), a + 4))]
    return any(tuple(keys[: len(p)]) == p for p in phrase_keys(fw("meanwhile_openers")))


def _fits(doc: Doc, ev: Event, mine: list[Event], default: str, noun: Event | None) -> bool:
    """Whether ``ev`` may take a day from the act it follows: told as fact by the writer, dated by default, no
    present verb; a verb, or a noun act before which its sentence tells no other act (but the noun the span names):
    not «بقتل» in «اتهم الوزير الحوثيين بقتل المدنيين», what the accusation is of."""
    if ev.modality not in FACTUAL or ev.date != default or not _told_out(doc, ev) or _present(doc, ev):
        return False
    return ev.attrs.get("pos") == "V" or not any(o.trigger.start < ev.trigger.start and o is not noun for o in mine)


def moment_days(doc: Doc, events: list[Event]) -> None:
    """The acts of a sentence with no time of its own told right after another act or as done meanwhile take that
    act's day (see the module)."""
    default = default_day(doc)
    if default is None or len(doc.sentences) < 2:
        return
    ordered = sorted(events, key=trigger_start)
    for k, sent in enumerate(doc.sentences):
        if any(ts.value and sent.start <= ts.start < sent.end for ts in doc.times):
            continue
        mine = [o for o in ordered if sent.start <= o.trigger.start < sent.end]
        if not mine:
            continue
        noun = _followed(doc, mine, sent)
        if noun is not None:
            day = _noun_day(doc, ordered, noun, k, default)
            if day is not None and day <= default[:10]:
                for ev in mine:
                    if _fits(doc, ev, mine, default, noun) or ev is noun and ev.date is None and ev.modality in FACTUAL:
                        ev.date = day
            continue
        if k == 0 or not _meanwhile(doc, sent):
            continue
        value, before = _own_day(doc, ordered, doc.sentences[k - 1], default)
        if value is None or before is None or not _recent(value, default) \
                or _other_speaker(doc, ordered, before.source or "", before.trigger.end, sent.start):
            continue
        for ev in mine:
            if _fits(doc, ev, mine, default, None):
                ev.date = value
