"""Round ents94: a spokesman titled by the bare noun, with no «باسم» («وقال المتحدث جيف ديفيس»), right after a body
of one country named in his sentence or the one before («أعلنت وزارة الدفاع الأميركية أن ...، وقال المتحدث جيف
ديفيس إن ...»), speaks for that body: he takes its country and sector (USA, GOV).

The words right before the person's first mention are «المتحدث/الناطق» (``spokesman_heads``, with «و/ف» before it
and «الرسمي/العسكري» after it allowed); the body is the last organisation with a country whose mention ends before
the title, in the same sentence or the one before. Not a medium («ونقلت صحيفة X عن المتحدث فلان»: the paper has no
spokesman there; the person is left as he was), nor a spokesman «باسم» a body (:mod:`.rolebodies` reads that one),
nor a body named after the title."""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Entity, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .personloops import take_country, unplaced_persons

_QUALIFIERS = frozenset(norm_key(w) for w in ("الرسمي", "الرسمية", "العسكري", "العسكرية"))
_PUNCT = "«»\"()،,.:؛!?؟"


def _bare_title_start(doc: Doc, m: Mention) -> int | None:
    """Where a bare spokesman's title right before ``m`` begins, else None."""
    words = doc.text[max(0, m.start - 40) : m.start].split(" ")
    if words and words[-1] == "":
        words = words[:-1]
    if not words or any(ch in _PUNCT for ch in "".join(words[-2:])):
        return None
    n = 1
    if norm_key(words[-1]) in _QUALIFIERS:
        n = 2
    if len(words) < n:
        return None
    head = norm_key(words[-n])
    heads = fw_keys("spokesman_heads")
    if head not in heads and not (head[:1] in "وف" and head[1:] in heads):
        return None
    return m.start - len(" ".join(words[-n:])) - 1


def bare_spokesmen(doc: Doc, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Give each spokesman titled by the bare noun the country of the body named last before him (in place)."""
    starts = [s.start for s in doc.sentences]
    bodies = sorted(((o, b) for b in ents if b.type == "ORGANIZATION" and b.country for o in by_entity.get(b.id, ())),
                    key=lambda p: p[0].end)
    if not bodies:
        return
    for e, ms in unplaced_persons(ents, by_entity):
        if not ms:
            continue
        m = ms[0]
        at = _bare_title_start(doc, m)
        if at is None:
            continue
        k = bisect_right(starts, at) - 1
        floor = starts[k - 1] if k >= 1 else 0
        before = [(o, b) for o, b in bodies if floor <= o.start and o.end <= at]
        if not before:
            continue
        o, body = before[-1]
        if (body.actor or "").endswith("MED"):
            continue
        take_country(e, body, "spokesman:")
