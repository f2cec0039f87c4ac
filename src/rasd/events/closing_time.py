"""Round tm611: an act's own time said at the end of its «بـ» phrase, after the report's time.

«وأفاد المرصد يوم الخميس باندلاع اشتباكات بين الجيش ومسلحين في ريف درعا يوم الأحد الماضي»: «يوم الخميس», between
the verb of reporting and its «بـ» masdar phrase (``informed_of.inform_verb``), is the day of the report; «يوم الأحد
الماضي», which closes the phrase after the parties and the place, is the clashes' own day. The nearest time is not
the act's there: the closing one is, when

- nothing between the act and that time opens another act or clause: no other trigger, no relative, no «أن», no
  writer's clause («، فيما قصفت ... يوم الأحد»: ``main_clause_openers``), no comma but one right before the time;
- the time ends the phrase (the end of the sentence or a comma follows it);
- it is not after the report's day: what was reported happened by then (a day to come, «... الأسبوع المقبل», is a
  plan's, read elsewhere).
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from ..text.marks import SENTENCE_ENDS
from .forms import fw
from .informed_of import inform_verb
from .lexicon import Hit, match_token
from .stops import clause_stop
from .word_tests import key_at

CLOSING_REACH = 14  # tokens at most from the act's trigger to the time that closes its phrase


def _day(value: str | None) -> str | None:
    """The date part of a time value that names a day or a month («2015-07-26», «2015-07»), else None."""
    head = (value or "")[:10]
    return head if len(head) in (7, 10) and head[:4].isdigit() and head[4:5] == "-" else None


def _open_run(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi-1 hold no end of a clause (but a comma as the last of them), no other trigger, no
    relative, no complementizer and no clause the writer opens."""
    for t in range(lo, hi):
        text, key = doc.tokens[t].text, key_at(doc, t).removeprefix("و")
        if clause_stop(text) or text in SENTENCE_ENDS:
            if t == hi - 1 and text in ("،", ","):
                continue  # «في ريف درعا، يوم الأحد»
            return False
        if key in fw("relatives") or key in fw("complementizers") or key in fw("main_clause_openers") \
                or match_token(doc.tokens, t) is not None:
            return False
    return True


def closing_time(doc: Doc, hit: Hit, told: TimeSpan, after: TimeSpan, sent_start: int, sent_end: int) -> bool:
    """Whether ``after``, the first time after the trigger, is the act's own rather than ``told``, the report's
    time said between the verb of reporting and the «بـ» phrase that holds the act: «أفاد المرصد يوم الخميس
    باندلاع اشتباكات ... في ريف درعا يوم الأحد الماضي» → «يوم الأحد الماضي»."""
    got = inform_verb(doc, hit.i, sent_start)
    k, e = doc.token_at(told.start), doc.token_at(told.end - 1)
    a, z = doc.token_at(after.start), doc.token_at(after.end - 1)
    if got is None or k is None or e is None or a is None or z is None:
        return False
    if not got[0] < k <= e < got[1] or not hit.j < a <= hit.j + CLOSING_REACH:
        return False
    own, said = _day(after.value), _day(told.value)
    if own is None or said is None or own > said:
        return False
    if z + 1 < sent_end and not clause_stop(doc.tokens[z + 1].text) and doc.tokens[z + 1].text not in SENTENCE_ENDS:
        return False  # «... يوم الأحد في الهجوم»: the phrase goes on past the time
    return _open_run(doc, hit.j + 1, a)


__all__ = ["closing_time"]
