"""What one cue reports after its quotation in a «وأن» clause, for the ``quotes`` stage (round 282): «وأكد الوزير أن
«الحكومة ماضية في خطتها»، وأن الجيش سيبقى في المدينة»: the cue reports the quoted words and, past the closing mark,
the «، وأن» clause that goes on with them, in quote marks («، وأن «...»»: a quotation of its own,
``bounds.second_quotation``) or not (an indirect quote of its own, the same cue and speaker). The clause runs to the
next cue or the end of the sentence, not past a stop («.», «؛», «:»), words quoted inside it with it («، وأن الجبهة
«قامت باعتقال عدد منهم»»: the clause, its predicate quoted); only after a quotation
that a complementizer opens («أن «...»»), not after words quoted with a colon.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span
from .bounds import AND_THAT, second_quotation
from .cues import QUOTE_MARK, is_complementizer, trim
from ..events.forms import nkey

_STOPS = frozenset((".", "؛", ":", "..", "...", "!", "؟"))


def unquoted_and_that(doc: Doc, last: Span, stop: int) -> Span | None:
    """The words of an unquoted «، وأن» clause right after the quotation ``last`` (the words inside its marks) and
    before token ``stop``; None where none follows it."""
    toks = doc.tokens
    j = doc.token_from(last.end)  # the closing mark
    if j is None or j + 3 >= min(stop, len(toks)) or toks[j + 1].text not in ("،", ","):
        return None
    if toks[j + 2].norm_key not in AND_THAT or QUOTE_MARK.fullmatch(toks[j + 3].text):
        return None  # «، وأن «...»»: a quotation of its own
    end = j + 3
    while end < min(stop, len(toks)) and not (toks[end].text in _STOPS or toks[end].text.startswith(".")):
        end += 1  # (past words quoted inside it: «، وأن الجبهة «قامت باعتقال عدد منهم»»)
    return trim(doc.text, toks[j + 3].start, toks[end - 1].end) if end > j + 3 else None


def further_clauses(doc: Doc, first: Span, stop: int, quoted: Sequence[Span]) -> list[tuple[Span, bool]]:
    """What the cue of the quotation ``first`` reports after it (see the module): each span with whether it is
    quoted; «أنه «X»، وأن «Y»، وأن Z»: Y quoted, then Z."""
    out: list[tuple[Span, bool]] = []
    last = first
    second = second_quotation(doc, first, stop, quoted)
    if second is not None:
        out.append((second, True))
        last = second
    rest = unquoted_and_that(doc, last, stop) if _opened(doc, first) else None
    if rest is not None:
        out.append((rest, False))
    return out


def _opened(doc: Doc, first: Span) -> bool:
    """A complementizer stands right before the opening mark of the quotation ``first`` («أن «...»»)."""
    o = doc.token_at(first.start - 1)
    return o is not None and o > 0 and is_complementizer(doc, o - 1)
