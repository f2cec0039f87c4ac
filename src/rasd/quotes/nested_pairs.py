"""Quote marks paired in one paragraph (round qu823), for ``direct_spans``: each closing mark pairs the last opening
mark still open, as nested quotations do («قال «إن ما يسمى «الدولة» يتراجع»»); and a quotation whose outer mark is
never closed because the one closing mark left is written once for both: «وأضاف عضو اللجنة «أطالب القيادة بـ«توخي
الدقة في تنفيذ الضربات».» (a common scrape or typing fault): the outer quotation runs to that last mark, the
paragraph's end.

- ``paragraph_pairs``: the (start, end) of the words inside each pair of marks, the marks excluded; and, where just
  one ««» is left open with a nested quotation after it in the same sentence, and the last mark of the paragraph
  closes that nested one with nothing but punctuation after it, the open one too, to that last mark. Not where
  another mark is left open («تأمين «الوصول السريع ودون عقبات"»: marks mismatched, no telling which is which), nor
  where a full stop comes between («أن الحركة «طلبت ... المراسم. وأشار إلى أن «القوات ...»»: the writer's
  narration took up again, the quotation closed somewhere unmarked), nor where the nested quotation follows a colon
  («وأضاف: «إن ...، قائلا: «لا غرابة ...»»: the cue's own quotation, the first one closed somewhere unmarked).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..text.marks import has_letters_or_digits

_OUTER = "«"
_STOP = re.compile(r"[.!?؟]\s")  # a full stop and a blank: a sentence ends there
_INTRODUCED = re.compile(r":\s*[«\"“]|(?<!\S)[وف]?ب?[أإ]ن(?:ه|ها|هم)?\s*[«\"“]")  # «قائلا: «», «جازما بأنه «»: a cue's


def paragraph_pairs(para: str, marks: re.Pattern[str], pairs: Mapping[str, str]) -> list[tuple[int, int]]:
    """The spans inside paired quote marks in ``para`` (module docstring); ``marks`` matches every quote mark,
    ``pairs`` maps each opening mark to its closing one."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    last = -1  # the last mark of the paragraph
    for match in marks.finditer(para):
        k, ch = match.start(), match.group()
        last = k
        if stack and ch == pairs[stack[-1][0]]:
            out.append((stack.pop()[1] + 1, k))
        elif ch in pairs:
            stack.append((ch, k))
    if len(stack) == 1 and stack[0][0] == _OUTER:
        outer = _outer_to_end(para, stack[0][1], last, out)
        if outer is not None:
            out.append(outer)
    return out


def _outer_to_end(para: str, opened: int, last: int, inner: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation from the never-closed mark at ``opened`` to the paragraph's ``last`` mark, where that mark
    closes a quotation nested after ``opened`` (one of ``inner``), only punctuation and blanks follow it, and no
    sentence ends between (module docstring); None otherwise."""
    if not any(a - 1 > opened and b == last for a, b in inner):
        return None
    if has_letters_or_digits(para[last + 1 :]) or _STOP.search(para, opened, last):
        return None
    if _INTRODUCED.search(para, opened + 1, last):
        return None  # («وأضاف: «إن ...، قائلا: «لا غرابة ...»»: his words before the cue unclosed, then the cue's)
    return opened + 1, last
