"""Round 302 (round 292's trigger, narrowed): the trigger «طلب» (entry ``request``, «طلب الرئيس من الحكومة أن
تستقيل»: 020) tells a request only as a third party's act told as done. No event where:

- it is the noun, an application or a request one acts on: «بناء على طلب من الرئيس», «استجابة لطلب الحكومة»,
  «تلقى طلبا من مسؤول», «في طلبهم» (a proclitic preposition or the article, the accusative «طلبا», a possessive
  ending ``NOUN_ENDINGS``, or a preposition or «بناء/نزولا» right before it);
- it is the first person («وأطلب منهم»، «نطلب من»، «طلبنا»: ``FIRST_PERSON``), or «طلبت» right before its «من»
  («طلبت منه»: I asked him, as likely as she asked, with no subject after it);
- a negation, a word of obligation or «أن/لن» is right before it, or a negation and «أن/ألا» of a word of
  obligation («الاتفاقية لا تطلب من إيران», «يجب ألا يطلب», «قرر أن يطلب»): not a request made;
- a finite verb is right before it («يعتزم طلب العقوبة»): the masdar of an intention, not the act;
- the «من» of the one asked is not within ``ASKED_REACH`` tokens after it in its clause (past the subject:
  «وطلب النواب في مجلس الشيوخ من»), or it is the speaker's «مني/منا» («وطُلب مني تغطية مؤتمر»: a memory told
  in the first person; «طلب أن يتم التأجيل فاعتذرنا من جانبنا»: no one asked);
- it is inside a direct quotation: a witness's or a columnist's own story («ثم نقلوني إلى ضابط الذي طلب منهم
  إبقائي»), not an act the paper reports;
- neither who asks nor who is asked is a named entity (:func:`unnamed_request`, read once the parties are found:
  «وطلب مأمور المخفر من التاجر الذهاب»: a scene of someone's memories, no party of the news).
"""

from __future__ import annotations

from ..doc import Doc
from .arguments import Args
from .forms import fw
from .lexicon import Hit
from .word_tests import clause_stop, verb_like

REQUEST = "request"
NOUN_ENDINGS = ("ه", "ها", "هم", "هما", "كم")  # «طلبه، طلبهم»: his/their request («طلبنا» may be «we asked»)
FIRST_PERSON = frozenset(("اطلب", "نطلب", "طلبنا", "طلبتم", "تطلبون"))
_ON_REQUEST = frozenset(("بناء", "نزولا", "بناءا"))
_NOT_TOLD = frozenset(("ان", "الا", "لن", "لم", "لا", "يجب", "ينبغي", "عليه", "عليها", "عليهم"))
_OBLIGED = frozenset(("يجب", "ينبغي", "يتعين", "عليه", "عليها", "عليهم"))
ASKED = frozenset(("من", "منه", "منها", "منهم", "منهما"))
SPEAKER = frozenset(("مني", "منا", "مننا"))
ASKED_REACH = 5  # tokens from «طلب» to the «من» of the one asked («وطلب النواب في مجلس الشيوخ من رئيس الوكالة»)


def _asked_after(doc: Doc, hit: Hit) -> bool:
    """The «من» of a third party asked within ``ASKED_REACH`` tokens after the trigger, in its clause."""
    for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 1 + ASKED_REACH)):
        key = doc.tokens[t].norm_key
        if key in SPEAKER or clause_stop(doc.tokens[t].text):
            return False
        if key in ASKED:
            return True
    return False


def _in_direct_quote(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger is inside the content of a direct quotation."""
    at = doc.tokens[hit.i].start
    return any(q.direct and q.content.start <= at < q.content.end for q in doc.quotes)


def request_not_told(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the ``request`` trigger tells no request made (see the module)."""
    if hit.entry.id != REQUEST:
        return False
    key = doc.tokens[hit.i].norm_key
    stem = key[1:] if key[:1] in ("و", "ف") and key[1:].startswith(("طلب", "لطلب", "بطلب", "الطلب", "اطلب", "نطلب",
                                                                      "يطلب", "تطلب")) else key
    if stem.startswith(("ل", "ب", "ال")) or stem == "طلبا" or stem in FIRST_PERSON:
        return True
    if stem.startswith("طلب") and stem[3:] in NOUN_ENDINGS:
        return True
    if stem == "طلبت" and hit.i + 1 < len(doc.tokens) and doc.tokens[hit.i + 1].norm_key.startswith("من"):
        return True
    if not _asked_after(doc, hit) or _in_direct_quote(doc, hit):
        return True
    if hit.i - 1 < a:
        return False
    if verb_like(doc.tokens[hit.i - 1], 4, ("ه", "ات")):
        return True
    prev = doc.tokens[hit.i - 1].norm_key
    if prev in fw("prepositions") or prev in _ON_REQUEST:
        return True
    bare = prev.lstrip("وف")
    if bare in _NOT_TOLD or bare in fw("negations"):
        return True
    return hit.i - 2 >= a and doc.tokens[hit.i - 2].norm_key.lstrip("وف") in _OBLIGED


def unnamed_request(hit: Hit, src: str | None, args: Args) -> bool:
    """Whether a ``request`` event has no named party: no source entity ``src`` and no target entity."""
    return hit.entry.id == REQUEST and src is None and not any(
        t is not None and t.entity is not None for t in (args.targets or []))


__all__ = ["request_not_told", "unnamed_request"]
