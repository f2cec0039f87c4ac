"""What a cue of two objects reports with no «أن» («وعدّ فلان، الباحث في «مركز ...»، تصاعد الأصوات محاولة لتبرير
الخسارة»: he considered X to be Y), for the ``quotes`` stage: the named subject right after the verb, its apposition
set off by commas, then both objects up to the next cue or the sentence's end: an opinion, not words in quote marks.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .cues import Cue, QUOTE_MARK, is_complementizer

APPOSITION_REACH = 14  # tokens of the subject's apposition between its two commas
OBJECT_WORDS = 2  # words of the two objects at least
TITLE_WORDS = 2  # definite words of a title between the verb and the subject's name
_PLURAL = "وا"
_PRESENT = ("ي", "ت", "ن")  # the prefixes of a present verb, often read as a passive


def _mention_end(doc: Doc, u: int, types: tuple[str, ...] = ("PERSON", "ORGANIZATION")) -> int | None:
    """The token after the person or body mention (of ``types``) that opens at token ``u``, None where none opens
    there."""
    start = doc.tokens[u].start
    end = next((m.end for e in doc.entities if e.type in types for m in e.mentions
                if m.start == start), None)
    if end is None:
        return None
    k = u
    while k < len(doc.tokens) and doc.tokens[k].start < end:
        k += 1
    return k


def considered_objects(doc: Doc, t: int, cue: Cue, stop: int) -> tuple[Span, int] | None:
    """(both objects, the subject's last token) of the double-object cue at ``t`` (see the module's note); None where
    the cue is no such verb, no name follows it, or a «أن/إن», a colon or a quote mark opens what it reports."""
    if cue.kind != "verb" or nkey(cue.lemma) not in fw("double_object_cues") or t + 2 >= stop:
        return None
    if doc.tokens[t].norm_key.removeprefix("و").removeprefix("ف")[:1] in _PRESENT:
        held = _body_holds(doc, t, stop)  # «ويعتبر «الشاباك» فلانا ...»: the body considers him (round qu882)
        return None if held is None else _objects(doc, held + 1, held, stop)  # «ويعتبر فلان من أقوى»: passive
    if plural_suffixed(doc, t):  # «اعتبروا X Y»: the subject in the verb, the objects after it
        return _objects(doc, t + 1, t, stop)
    opens = next((u for u in range(t + 1, min(stop, t + 2 + TITLE_WORDS))
                  if _mention_end(doc, u) is not None), None)  # («الوزير فلان»: a title before the name)
    if opens is None or any(not doc.tokens[u].norm_key.startswith("ال") for u in range(t + 1, opens)):
        return None
    after = _mention_end(doc, opens)
    if after is None or after >= stop:
        return None
    last = after - 1
    if doc.tokens[after].text in ("،", ","):
        close = next((k for k in range(after + 1, min(stop, after + 1 + APPOSITION_REACH))
                      if doc.tokens[k].text in ("،", ",")), None)
        if close is None:
            return None
        last, after = close, close + 1
    return _objects(doc, after, last, stop)


def _body_holds(doc: Doc, t: int, stop: int) -> int | None:
    """The last token of a body's name (in quote marks or not) right after the present cue at ``t`` where a
    person's name follows it at once (its first object): «ويعتبر «الشاباك» فلانا ...» — active, the body holds the
    opinion; None elsewhere."""
    u = t + 1
    if u < stop and QUOTE_MARK.fullmatch(doc.tokens[u].text):
        u += 1
    body = _mention_end(doc, u, ("ORGANIZATION",)) if u < stop else None
    if body is None:
        return None
    k = body + 1 if body < stop and QUOTE_MARK.fullmatch(doc.tokens[body].text) else body
    return k - 1 if k + 1 < stop and _mention_end(doc, k, ("PERSON",)) is not None else None


def _objects(doc: Doc, after: int, last: int, stop: int) -> tuple[Span, int] | None:
    """The two objects from token ``after`` to ``stop`` (past a comma or a stop before it), with ``last``."""
    end = stop
    while end > after and not doc.tokens[end - 1].text[:1].isalpha():
        end -= 1  # the comma or the full stop before the next cue
    words = [k for k in range(after, end) if doc.tokens[k].text[:1].isalpha()]
    if len(words) < OBJECT_WORDS:
        return None
    if any(is_complementizer(doc, k) or QUOTE_MARK.fullmatch(doc.tokens[k].text) or doc.tokens[k].text == ":"
           for k in range(after, min(end, after + 3))):
        return None  # «اعتبر فلان أن», «اعتبر فلان: «...»»: what the ordinary reading finds
    return Span(doc.tokens[after].start, doc.tokens[end - 1].end), last


def plural_suffixed(doc: Doc, t: int) -> bool:
    """The cue at token ``t`` carries its plural subject («اعتبروا», «عدّوا»): nothing after it is its subject."""
    return doc.tokens[t].norm_key.endswith(_PLURAL)


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


def predicate_as_speaker(doc: Doc, t: int, cue: Cue, given: Span) -> bool:
    """The speaker phrase ``given`` opens right after a double-object cue at ``t`` that carries its first object as a
    pronoun («اعتبره أهم لاعب»: he held him the main player) and is no definite phrase: the second object, the
    predicate, not who speaks («اعتبره الوزير خطرا»: the minister, kept)."""
    if cue.kind != "verb" or nkey(cue.lemma) not in fw("double_object_cues") or t + 1 >= len(doc.tokens):
        return False
    word = doc.tokens[t].norm_key
    if not word.endswith(_OBJECT_PRONOUNS) or word.removeprefix("و").removeprefix("ف") == nkey(cue.lemma):
        return False
    return given.start == doc.tokens[t + 1].start and not doc.tokens[t + 1].norm_key.startswith("ال")


def quoted_predicate(doc: Doc, t: int, cue: Cue, u: int, quotation: Span) -> Span | None:
    """Round 246: a participle of two objects whose second object ends in a quotation («معتبرا بيع التمثال سلوكا
    «غير أخلاقي»»: he held the sale an unethical act): both objects with the quoted words, from the word after the
    cue to the quotation's end; None where the quotation (opening at token ``u``) follows the cue right away, or
    a stop, a comma, a «أن/إن» or a preposition standing alone comes between them («معتبرا، في تصريح لـ«...»»)."""
    if cue.kind != "participle" or nkey(cue.lemma) not in fw("double_object_cues") or u < t + 1 + OBJECT_WORDS:
        return None
    if any(not doc.tokens[k].text[:1].isalpha() or is_complementizer(doc, k)
           or doc.tokens[k].norm_key in fw("prepositions") for k in range(t + 1, u)):
        return None
    closed = quotation.end < len(doc.text) and QUOTE_MARK.fullmatch(doc.text[quotation.end]) is not None
    return Span(doc.tokens[t + 1].start, quotation.end + (1 if closed else 0))  # (its closing mark with it)
