"""«...، كما أفاد فلان.»: a verb cue after «كما» that reports what precedes it, for the ``quotes`` stage. The source
ends the sentence, or a clause of the writer's follows it («...، كما يقول فلان، رغم أن»), or the source goes on
speaking («...، كما يقول فلان لـ«الشرق الأوسط»، مشيرا إلى أن ...»), or the «كما» clause is an aside in brackets
or dashes («(دون 7 في المائة كما يقول الصندوق)», «... المجمدة – كما تؤكد الوزارة -»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey
from ..text.normalize import COMMAS as _COMMAS
from .cues import QUOTE_MARK

TITLE_WORDS = 4  # words of a title before the name of the one a cue after «، كما» cites
QUOTED_NAME_REACH = 8  # tokens of a name in quote marks after a cue, to its closing mark
_DASHES = ("-", "–", "—")


def _open_bracket(doc: Doc, t: int, start: int) -> int | None:
    """The «(» before token ``t`` in its sentence (from character ``start``) that no «)» closes before ``t``."""
    for k in range(t - 1, -1, -1):
        tok = doc.tokens[k]
        if tok.start < start or tok.text == ")":
            return None
        if tok.text == "(":
            return k
    return None


def addressee_end(doc: Doc, k: int, sent_end: int) -> int | None:
    """Token ``k`` is «لـ» before a name in quote marks or a mention («لـ«الشرق الأوسط»», «لوكالة ...»): the
    character end of that name, the one the source spoke to; None otherwise."""
    if doc.tokens[k].norm_key not in ("ل", "لـ") or k + 1 >= sent_end:
        return None
    nxt = doc.tokens[k + 1]
    if QUOTE_MARK.fullmatch(nxt.text):
        return next((doc.tokens[j].end for j in range(k + 2, min(sent_end, k + 2 + QUOTED_NAME_REACH))
                     if QUOTE_MARK.fullmatch(doc.tokens[j].text)), None)
    return next((m.end for m in doc.mentions if m.start == nxt.start), None)


def source_end(doc: Doc, u: int, t: int, sent_end: int) -> int | None:
    """The character end of the source a «كما» cue at ``t`` names from token ``u`` on: a mention after at most
    TITLE_WORDS words of his title, a name in quote marks, or a noun of an unnamed source («ناشطون», «المصدر»:
    reporter_heads); None where none stands there."""
    toks = doc.tokens
    v = u  # «كما قال وزير الخارجية القطري فلان»: his title before the name
    n = 0
    while v + 1 < sent_end and n < TITLE_WORDS:
        place = next((m.end for m in doc.mentions if m.start == toks[v + 1].start), None) if nkey(
            toks[v].text) == "في" and v > u else None
        if place is not None:  # «كما يقول القيادي المعارض في حلب فلان»: the place of his title
            v = next((k for k in range(v + 1, sent_end) if toks[k].start >= place), sent_end - 1)
        elif (toks[v].norm_key in fw("titles") or toks[v].norm_key.startswith("ال")) and not any(
                m.start == toks[v].start for m in doc.mentions):
            v += 1
        else:
            break
        n += 1
    named = next((m.end for m in doc.mentions if m.start == toks[v].start), None)
    if u > t + 1:  # «كما أفاد «المرصد السوري»»: a name in quote marks
        named = next((toks[k].end for k in range(u, min(sent_end, u + QUOTED_NAME_REACH))
                      if QUOTE_MARK.fullmatch(toks[k].text)), named)
    if named is None and toks[u].norm_key.removeprefix("ال") in fw("reporter_heads"):
        named = toks[u].end  # «...، كما أفاد ناشطون.», «كما يقول المصدر»: a source with no name
        if u + 1 < sent_end and QUOTE_MARK.fullmatch(toks[u + 1].text):  # «كما ذكرت صحيفة «...»»: its name
            named = next((toks[k].end for k in range(u + 2, min(sent_end, u + 2 + QUOTED_NAME_REACH))
                          if QUOTE_MARK.fullmatch(toks[k].text)), named)
    return named


def reported_as(doc: Doc, t: int, sent_end: int) -> tuple[int, int] | None:
    """The verb cue at ``t`` after «كما» reports what precedes it (see the module): (the first character of what
    it may report, the last token its source may occupy); None where it does not."""
    toks = doc.tokens
    if t < 3 or toks[t - 1].norm_key != "كما":
        return None
    first = doc.sentence_of(toks[t].start)
    start = first.start if first is not None else 0
    before = toks[t - 2].text
    bracket = _open_bracket(doc, t - 1, start)
    u = t + 1
    while u < sent_end and QUOTE_MARK.fullmatch(toks[u].text):
        u += 1
    if u >= sent_end:
        return None
    named = source_end(doc, u, t, sent_end)
    if named is None:
        return None
    k = u
    while k < sent_end:
        tok = toks[k]
        if tok.end <= named or QUOTE_MARK.fullmatch(tok.text):
            k += 1
            continue
        if doc.text[named - 1:named] == "»" and toks[k - 1].end == named and tok.text.startswith("ال") and not any(
                m.start == tok.start for m in doc.mentions):
            k += 1  # «كما ذكرت صحيفة «...» الرسمية»: the paper's adjective
            continue
        spoken_to = addressee_end(doc, k, sent_end)
        if spoken_to is not None:  # «كما يقول فلان لـ«الشرق الأوسط»»: the paper he spoke to
            named = spoken_to
            k += 1
            continue
        if tok.text in _COMMAS and k + 1 < sent_end:
            nxt = toks[k + 1].norm_key
            if nxt in fw("kama_clause_openers"):
                return start, k - 1  # «...، كما يقول فلان، رغم أن ...», «... كما يقول فلان، إذ إن»: the writer's
            if nxt in fw("saying_participles") and before in _COMMAS:
                return start, k - 1  # «...، كما قال فلان، مشيرا إلى أن»: he goes on speaking
        if tok.text == ")" and bracket is not None:
            return toks[bracket].end, k - 1  # «(دون 7 في المائة كما يقول الصندوق)»: the words in brackets
        if tok.text in _DASHES and before in _DASHES:
            return start, k - 1  # «... المجمدة – كما تؤكد الوزارة -»: what precedes the aside
        if tok.text in (".", "،", ","):
            k += 1
            continue
        if tok.norm_key not in fw("adverbs") and not any(x.start < tok.end and tok.start < x.end for x in doc.times):
            return None
        k += 1
    if toks[sent_end - 1].text == "." and before in _COMMAS:
        return start, sent_end - 1
    return None
