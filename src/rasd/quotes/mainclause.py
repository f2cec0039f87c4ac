"""The main clause after a subordinate clause that opens the sentence, for the quotes stage: «وبينما رجح المسؤولون
أن ...، مؤكدين أنها على مكتب الرئيس، بدأت الحكومة الاستعداد»: a cue inside the «بينما/فيما/في حين» clause reports
up to the comma where the writer's main clause opens with its verb and that verb's definite subject, no further.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from ..events.word_tests import named_token
from ..text.normalize import COMMAS as _COMMAS
from .cues import match_cue, trim

_TOPICS = ("يخص", "يتعلق")  # «وفيما يخص الوضع السوري،»: «as for», no clause of its own


def _opener_end(doc: Doc, sent: Span) -> int | None:
    """The index of the last token of a «بينما/فيما/في حين» that opens the sentence; None where none does."""
    a = doc.token_from(sent.start)
    if a is None or a + 2 >= len(doc.tokens):
        return None
    first = doc.tokens[a].norm_key
    if first in fw("simultaneous_openers"):
        u = a
    elif first.removeprefix("و") == "في" and doc.tokens[a + 1].norm_key == "حين":
        u = a + 1
    else:
        return None
    return None if doc.tokens[u + 1].norm_key in _TOPICS else u


def _verb_with_subject(doc: Doc, u: int) -> bool:
    """A word at ``u`` that reads as a verb opening a clause (no article, no «و/ف» or preposition on it, no particle
    or adverbial noun such as «رغم», no feminine, plural or accusative ending, no participle cue) with a definite
    word or a name right after it («بدأت الحكومة», «أوضح كيري»)."""
    if u + 1 >= len(doc.tokens):
        return False
    tok = doc.tokens[u]
    k = tok.norm_key
    if len(k) < 3 or k.startswith(("ال", "و", "ف")) or k.endswith(("ين", "ون")):
        return False
    if any(w.kind == "proclitic" and nkey(w.norm) in ("ب", "ل", "ك") for w in tok.words):
        return False  # «بسبب الدعم»: a preposition on it, no verb opening a clause
    if tok.text.endswith(("ات", "ة", "ا", "اً", "ًا")):
        return False  # «قوات», «الحكومة», «خصوصا», «ملمحًا»: a noun or participle, not «بدأت» (folded «بدات»)
    if any(k in fw(name) for name in ("prepositions", "complementizers", "relatives", "noun_setting_openers",
                                      "adverbial_objects")):
        return False
    cue = match_cue(doc, u)
    if cue is not None and cue.kind != "verb":
        return False
    nxt = doc.tokens[u + 1].norm_key
    return (nxt.startswith("ال") and nxt not in fw("prepositions")) or named_token(doc, u + 1)


def _apposition(doc: Doc, lo: int, u: int) -> bool:
    """The comma at ``u`` closes a relative clause set off after a comma at or after token ``lo`` («مشروع القناة،
    الذي كلف نحو 8.5 مليار دولار، أثار»): the verb after it is the content's own predicate."""
    v = next((v for v in range(u - 1, lo - 1, -1) if doc.tokens[v].text in _COMMAS), None)
    return v is not None and doc.tokens[v + 1].norm_key in fw("relatives")


def main_clause_end(doc: Doc, t: int, content: Span, sent: Span) -> Span:
    """``content`` of the cue at ``t`` inside a «بينما/فيما/في حين» clause that opens ``sent``, cut at the first
    comma outside guillemets where the main clause's verb and its definite subject follow; as it is where the cue
    stands after the main clause (a comma and a verb between the opener and the cue) or no such comma follows."""
    o = _opener_end(doc, sent)
    if o is None or t <= o:
        return content
    if any(doc.tokens[u].text in _COMMAS and _verb_with_subject(doc, u + 1) for u in range(o + 1, t)):
        return content
    a = doc.token_at(content.start)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    for u in range(a + 1, b):
        piece = doc.text[content.start : doc.tokens[u].start]
        if (doc.tokens[u].text in _COMMAS and piece.count("«") <= piece.count("»")
                and _verb_with_subject(doc, u + 1) and not _apposition(doc, a, u)):
            return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
    return content
