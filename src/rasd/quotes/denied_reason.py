"""The reason a speaker gives for what he denies, for the ``quotes`` stage (round q374): «ونفى فلان أي تنسيق مع
الجانب التركي، «لأن هيئتي أركان البلدين لا يتواصلان»»: the «لأن» clause right after the comma that ends the denied
object is his too (in his words where quote marks hold it), so what he denies runs on to its end."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys

_STOPS = ("،", ",", ":", "؛", ".", "(", "!", "؟")


def reason_end(doc: Doc, last: int, end: int) -> int | None:
    """The last token of a «لأن» clause after the comma at token ``last + 1`` (before token ``end``): to its closing
    quote mark where one opens it («، «لأن ...»»), else to the next stop; None where no such clause follows."""
    comma, k = last + 1, last + 2
    if k >= end or doc.tokens[comma].text not in ("،", ","):
        return None
    quoted = doc.tokens[k].text == "«"
    if quoted:
        k += 1
    if k >= end or doc.tokens[k].norm_key not in fw_keys("because_words"):
        return None
    if quoted:
        return next((u for u in range(k + 1, end) if doc.tokens[u].text == "»"), None)
    stop = next((u for u in range(k + 1, end) if doc.tokens[u].text in _STOPS), end)
    return stop - 1 if stop - 1 > k else None
