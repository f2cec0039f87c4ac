"""Round 52: a cue in a relative clause on the subject of a cue before it («وقال المسؤول الذي قال إنه لا يستطيع
الكشف عن هويته، إن الهجوم ...»): the relative cue reports up to the comma before the «، إن/أن» that closes its
clause, and the cue before it reports what that «إن» opens, not the relative cue's words. A relative cue on the
last noun of another cue's words («... برفع معدل الضرائب الذي قال إنه أقل») goes on for that cue's speaker."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import bare, fw, nkey
from .cues import QUOTE_MARK, Cue, is_complementizer

_WHICH_F, _WHICH_M = nkey("التي"), nkey("الذي")
RELATIVE_OPENS = 8  # tokens from the outer cue to the relative cue (past a title and a name)


def relative_cue_close(doc: Doc, t: int, v: int, sent_end: int) -> int | None:
    """The comma that closes the relative clause of the cue at ``v`` on the subject of the cue at ``t``: the cue at
    ``v`` right after «الذي/التي/الذين» (past a comma) within RELATIVE_OPENS tokens of ``t``, with no «أن», quote
    mark or stop between, and «أن/إن» right after it; the first «، إن/أن» after that, before ``sent_end``. None
    otherwise."""
    if not t + 2 <= v <= t + RELATIVE_OPENS or v + 2 >= sent_end or not is_complementizer(doc, v + 1):
        return None
    if bare(doc.tokens[v - 1].norm_key, "relatives") not in fw("relatives"):
        return None
    for u in range(t + 1, v - 1):
        tok = doc.tokens[u]
        if is_complementizer(doc, u) or QUOTE_MARK.fullmatch(tok.text) or tok.text in (".", ":", "؛"):
            return None
    for u in range(v + 2, sent_end - 1):
        tok = doc.tokens[u]
        if tok.text in (".", ":", "؛"):
            return None
        if tok.text in ("،", ",") and is_complementizer(doc, u + 1):
            return u
    return None


def words_relative(doc: Doc, t: int, cue: Cue, quotes: list[Quote], sent: Span) -> Quote | None:
    """«قال التقرير إن الجزيرة قد تخرج من أزمتها برفع معدل الضرائب الذي قال إنه أقل»: a verb cue right after
    «الذي/التي» on a noun that ends the words of a cue before it in the sentence, of the same gender and number,
    with its subject dropped, goes on for that cue's speaker (named or not), not one quoted further back; that
    quote, else None."""
    if cue.kind != "verb" or t < 2 or bare(doc.tokens[t - 1].norm_key, "relatives") not in fw("relatives"):
        return None
    if any(w.kind == "proclitic" for w in doc.tokens[t].words):
        return None
    before = doc.tokens[t - 1].start
    for q in reversed(quotes):
        if q.cue.start < sent.start:
            return None
        within = q.content.start < before and doc.tokens[t].end < q.content.end  # (its words go on past the
        # relative clause: «وأوضح أن ذلك يعود لموقف الوزير الذي أوضح أن», stops.inner_relative, round q304)
        if q.direct or not within and (q.content.end > before or doc.text[q.content.end : before].strip()):
            continue
        same = q.attrs.get("gender") == cue.gender and q.attrs.get("plural") == cue.plural
        return q if same and q.attrs.get("kind") == "verb" else None
    return None


def far_relative(doc: Doc, t: int, cue: Cue, speaker: str, sent: Span) -> bool:
    """Round qu933: a verb cue right after «الذي/التي» with no clitic of its own («تقديرات الشركة لعدد رحلاتها
    والتي قالت إنه وصل ...») speaks for the noun the relative stands on: a speaker carried from before the sentence,
    named nowhere in it, is a guess (the last body quoted, of the verb's gender, sentences back), none. Only where
    the relative is the verb's subject: of its gender, «أن/إن» right after the verb; not «الذي قال فيه إن» (the
    words of a statement named before: «فيه» stands for it), nor «الدول التي قال إنها» (another gender: an
    object, the carried speaker says it)."""
    if cue.kind != "verb" or t < 2 or t + 1 >= len(doc.tokens) or not is_complementizer(doc, t + 1):
        return False
    rel = bare(doc.tokens[t - 1].norm_key, "relatives")
    which = _WHICH_F if cue.gender == "f" else _WHICH_M if cue.gender == "m" else None
    if which is None or rel != which or any(w.kind == "proclitic" for w in doc.tokens[t].words):
        return False
    e = doc.entity(speaker)
    return e is not None and not any(sent.start <= m.start < sent.end for m in e.mentions)
