"""Round ev884: a noun act told again with the words of the act told just before is that act, done by its doer.

«أعلن الرئيس الباجي قائد السبسي حالة الطوارئ في البلاد. وقال الرئيس التونسي وقتها إن إعلان حالة الطوارئ يعود
إلى ...»: a noun trigger (a masdar) with no source, named or unnamed, whose two words right after it (past one
preposition: «الهجوم على مركز الشرطة») are content words, one of them definite («حالة الطوارئ», «مركز الشرطة»),
names again the act of the same CAMEO code told in its own sentence or the ``REACH`` sentences before it whose
trigger has those two words, in that order, within ``WINDOW`` words after it (past its subject: «أعلن الرئيس فلان
حالة الطوارئ»). The latest such act before, with a named source or an unnamed source phrase, gives that source to
the noun (a phrase, «هاجم مسلحون أكراد مركز الشرطة ... الهجوم على مركز الشرطة», becomes their group in the
``groups`` stage).

Nothing where the words after the noun are function words or short words («وقتل ما لا يقل عن»: no act named by
them), none of them definite («قتل عناصر»), where the noun already has a source phrase («اجتماع مجلس X» with no
entity: its own genitive), where the act before has no source (a noun act with a possessive pronoun, «بعد انتقادها الاتفاق», has none to
give: its doer is the pronoun's guess), or where that source is the noun's target
(a phrase: the noun's target phrase).
"""

from __future__ import annotations

from bisect import bisect_left

from ..doc import Doc, Event
from .forms import fw_keys, nkey, stem_key

REACH = 2  # sentences before the noun's own where the act it names again may be told
WINDOW = 8  # words after the earlier trigger where the noun's two words may stand
MIN_LETTERS = 3  # a content word's letters, its article off


def _content(key: str) -> bool:
    """A content word's key: letters only, not a preposition, at least ``MIN_LETTERS`` letters past the article."""
    return key.isalpha() and key not in fw_keys("prepositions") and len(key.removeprefix("ال")) >= MIN_LETTERS


def _anchor(doc: Doc, after: int, end: int) -> tuple[str, str] | None:
    """The keys of the two content words that follow token ``after`` (past one preposition), one of them definite,
    before offset ``end``; else None."""
    k = after + 1
    if k < len(doc.tokens) and nkey(doc.tokens[k].text) in fw_keys("prepositions"):
        k += 1
    if k + 1 >= len(doc.tokens) or doc.tokens[k + 1].end > end:
        return None
    pair = (stem_key(doc.tokens[k]), stem_key(doc.tokens[k + 1]))
    if not all(_content(x) for x in pair) or not any(x.startswith("ال") for x in pair):
        return None
    return pair


def _has_pair(doc: Doc, first: int, end: int, pair: tuple[str, str]) -> bool:
    """Whether the two keys of ``pair`` stand in order, next to each other, among the ``WINDOW`` tokens from
    ``first`` that end before offset ``end``."""
    keys = [stem_key(t) for t in doc.tokens[first : first + WINDOW] if t.end <= end]
    return any(keys[n] == pair[0] and keys[n + 1] == pair[1] for n in range(len(keys) - 1))


def _owned(doc: Doc, i: int) -> bool:
    """Whether token ``i`` (a noun trigger's last) has a possessive pronoun («انتقادها», «إعلانه»)."""
    return 0 <= i < len(doc.tokens) and any(w.kind == "enclitic" for w in doc.tokens[i].words)


def _told_before(doc: Doc, events: list[Event], ev: Event, pair: tuple[str, str], starts: list[int]) -> Event | None:
    """The latest act of ``ev``'s code with a named source, in ``ev``'s sentence or the ``REACH`` before it and
    before its trigger, whose trigger has the words of ``pair`` after it; else None."""
    own = next((n for n, s in enumerate(doc.sentences) if s.start <= ev.trigger.start < s.end), None)
    if own is None:
        return None
    lo = doc.sentences[max(0, own - REACH)].start
    found: Event | None = None
    for p in events:
        if p is ev or p.code != ev.code or not lo <= p.trigger.start < ev.trigger.start or (
                p.source is None and p.unnamed("source", doc.text) is None):
            continue
        if p.attrs.get("pos") == "N" and _owned(doc, bisect_left(starts, p.trigger.end) - 1):
            continue  # «بعد انتقادها الاتفاق»: a doer read from a pronoun is not carried on again
        first = bisect_left(starts, p.trigger.end)
        if _has_pair(doc, first, p.sentence.end, pair) and (found is None or p.trigger.start > found.trigger.start):
            found = p
    return found


def again_doers(doc: Doc, events: list[Event]) -> None:
    """Give each noun act with no source that names again an act told just before that act's source (module
    docstring)."""
    starts = doc.token_starts()  # (the doc's own list, made once per token list; read only)
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N" or ev.unnamed("source", doc.text) is not None:
            continue
        last = bisect_left(starts, ev.trigger.end) - 1
        if last < 0 or (pair := _anchor(doc, last, ev.sentence.end)) is None:
            continue
        p = _told_before(doc, events, ev, pair, starts)
        if p is None or (p.source is not None and p.source == ev.target):
            continue
        if p.source is not None:
            ev.source = p.source
        elif p.attrs.get("source_span") != ev.attrs.get("target_span"):  # the doer's phrase: its group (groups)
            ev.attrs["source_span"], ev.attrs["source_text"] = p.attrs["source_span"], p.attrs["source_text"]
