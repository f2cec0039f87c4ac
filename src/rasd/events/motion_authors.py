"""Round ev1003: a document as the subject of a verb («قرار يدعو إلى», «مشروع قرار يدين»): a resolution or a draft
calls or condemns, no actor; the act is its author's where the sentence names him as the subject of a verb of
tabling or issuing before the noun (``tabling_verbs``, ``issuing_verbs``: «وقدمت فرنسا مشروع قرار يدعو», «تقدمت X بمشروع قرار»,
«أصدر مجلس الأمن قرارا يدين»), else the act has no source (nothing is carried from before: «تهدف إلى إحباط قرار
يدعو إلى فرض الرقابة»). ``motion_nouns`` hold the words of the document, indefinite and right before the present
verb, with no «و/ف» on the verb (a relative clause on the noun); a country adjective between («مشروع قرار فرنسي
يدعو») is its author where no one is named, the source phrase (as ``noun_sources`` reads «القصف الإسرائيلي»).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import is_nisba
from .chunks import plain_chunk
from .forms import fw_keys, nkey
from .frame_args import Args
from .lexicon import Hit
from .word_tests import verb_key

AUTHOR_REACH = 4  # tokens from the verb of tabling to the document noun («قدمت فرنسا مشروع قرار»)
_DRAFT = nkey("مشروع")


def _motion_at(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The token of the document noun the present verb ``hit`` follows as its relative clause, else None."""
    if hit.pos != "V" or hit.cand.proclitics or not doc.tokens[hit.i].norm_key.startswith(("ي", "ت")):
        return None
    n = hit.i - 1
    if n >= sent_start and is_nisba(doc.tokens[n].text) and not nkey(doc.tokens[n].text).startswith("ال"):
        n -= 1  # «قرار فرنسي يدعو»: the country adjective of the document
    return n if n >= sent_start and doc.tokens[n].norm_key in fw_keys("motion_nouns") else None


def _author(doc: Doc, n: int, sent_start: int) -> str | None:
    """The entity named right after the verb of tabling or issuing before the document noun at ``n``, else None."""
    head = n - 1 if n - 1 >= sent_start and doc.tokens[n - 1].norm_key.removeprefix("ب") == _DRAFT else n
    verbs = fw_keys("tabling_verbs") | fw_keys("issuing_verbs")
    k = next((u for u in range(head - 1, max(sent_start - 1, head - 1 - AUTHOR_REACH), -1)
              if verb_key(doc.tokens[u].text) in verbs), None)
    if k is None or k + 1 >= head or any(doc.tokens[u].text in ("،", ",") for u in range(k + 1, head)):
        return None
    at, end = doc.tokens[k + 1].start, doc.tokens[head - 1].end
    return next((e.id for e in doc.entities for m in e.mentions if m.start == at and m.end <= end), None)


def motion_doer(doc: Doc, hit: Hit, sent_start: int, args: Args) -> tuple[bool, str | None]:
    """(whether ``hit`` is a document's verb, its author's entity or None); where it is, ``args`` is set so that the
    phrase after the verb, read as its subject, is its object and no actor is carried to it."""
    n = _motion_at(doc, hit, sent_start)
    if n is None:
        return False, None
    if args.source is not None and args.source.i > hit.j:
        args.targets = [args.source]
    args.source, args.passive, args.described = None, False, True
    author = _author(doc, n, sent_start)
    if author is None and n < hit.i - 1:
        args.source = plain_chunk(doc.tokens, n + 1, n + 1)  # «مشروع قرار فرنسي يدعو»: as «القصف الإسرائيلي»
    return True, author
