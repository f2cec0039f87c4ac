"""Round ev838: a definite dual subject with no meeting before it stands for the last two parties named before it.

«وقال شكري إنه تناول مع نظيره ... فيما شدد كيري على ... ورأى كيري أن ... كما شدد الوزيران على توافق وجهات
النظر»: where ``side_pairs`` finds no meeting of two named sides before the bare dual subject, a dual of persons
(``dual_person_words``: «الوزيران», «الرئيسان», «الزعيمان») stands for the last two persons named before it, and a
dual of states (``plural_like_duals``, the same words: «البلدان») for the last two states (a place with a country: «مصر», «واشنطن»),
named in its sentence or the ``BACK`` before it. Not «الجانبان/الطرفان»: their two sides may be persons, states or
a bloc («قال كيري مع العطية إن الجانبين اتفقا»: the US and the Gulf states), too unsure to pick from names. The
joint act takes the one named first as its source and the other as its target, the shape of «اتفق A و B». Nothing
where fewer than two such parties are named there (no guessing from one minister), nor for a dual verb with no
written dual («وأكدا»: its kind is not said).
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from ..spans import Entity
from .forms import fw_keys

BACK = 3  # sentences before the dual's own searched for the two parties
REACH = 2  # tokens after a verb trigger the dual may stand at («أكد خلاله الجانبان»)
STATE = "LOCATION"


def _dual_at(doc: Doc, ev: Event) -> int | None:
    """The token of the written dual subject of ``ev``: its source phrase, or a token right after its verb."""
    span = ev.attrs.get("source_span")
    if isinstance(span, list) and len(span) == 2:
        k = doc.token_at(int(span[0]))
        return k if k is not None and _kind(doc, k) is not None else None
    last = doc.token_at(ev.trigger.end - 1)
    if last is None or ev.attrs.get("pos") != "V":
        return None
    for k in range(last + 1, min(len(doc.tokens), last + 1 + REACH)):
        if doc.tokens[k].start < ev.sentence.end and _kind(doc, k) is not None:
            return k
    return None


def _kind(doc: Doc, k: int) -> str | None:
    """"person" or "state" for a dual of ``dual_person_words`` / ``plural_like_duals``, the same words at token ``k``, else None."""
    key = doc.tokens[k].norm_key.removeprefix("و")
    if key in fw_keys("dual_person_words"):
        return "person"
    return "state" if key in fw_keys("plural_like_duals") else None


def _fits(ent: Entity, kind: str) -> bool:
    """A person for a dual of persons; a place with a country for a dual of states."""
    if kind == "person":
        return ent.type == "PERSON"
    return ent.type == STATE and ent.country is not None


def named_pair(doc: Doc, ev: Event) -> tuple[str, str] | None:
    """The last two parties of the dual's kind named before the dual subject of ``ev`` (module docstring), the one
    named first first; None where the event has no such subject or fewer than two are named."""
    k = _dual_at(doc, ev)
    if k is None:
        return None
    kind = _kind(doc, k)
    return last_two(doc, doc.tokens[k].start, kind, BACK) if kind is not None else None


def last_two(doc: Doc, at: int, kind: str, back: int) -> tuple[str, str] | None:
    """The last two parties of ``kind`` ("person" / "state": :func:`_fits`) named before offset ``at``, in its
    sentence or the ``back`` before it, the one named first first; None where fewer than two are named there."""
    starts = [s.start for s in doc.sentences]
    n = bisect_right(starts, at) - 1
    lo = starts[max(0, n - back)] if n >= 0 else at
    seen: list[tuple[int, str]] = []
    for ent in doc.entities:
        if not _fits(ent, kind):
            continue
        before = [m.start for m in ent.mentions if lo <= m.start and m.end <= at]
        if before:
            seen.append((max(before), ent.id))
    if len(seen) < 2:
        return None
    seen.sort()
    return seen[-2][1], seen[-1][1]
