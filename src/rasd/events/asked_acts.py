"""Acts in a question (read by the events stage: a question sentence's act asked about is hypothetical). Round 53:
only an act after «هل» (or the rhetorical «متى») is asked about; round 123: what the question points to is told.
Round gr426: a definite act noun that opens the clause asked about — right after its «أن» («هل هذا يعني أن زيارة
لافروف إلى قطر ... لم تحدث فرقا؟») or right after «هل» + «كان» («هل كانت المحادثات مقتصرة على ...؟») — is that
clause's subject: the question is about what is said of it, which it takes for granted (told, not asked), unless
what is said of it is that it happened, takes place or may come («هل يعني ذلك أن الزيارة لن تتم؟», «أن الهجوم
بات وشيكا»: ``happened_predicates``)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .modality_links import KANA
from .phrases import surface_definite
from .word_tests import entity_starting

# «هل», and the rhetorical «متى» («ومتى سمعنا عن استهداف الأسد لداعش؟»: never)
ASKING = frozenset(("هل", "وهل", "فهل", "اهل", "متي", "ومتي", "فمتي"))
DEMONSTRATIVES = frozenset(nkey(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذي"))
CLAUSE_OPENERS = frozenset(("ان", "بان"))  # «أن/أنّ/بأن», the opener of the clause whose subject the act is
PREDICATE_REACH = 5  # words after the act read for a predicate of happening («أن الهجوم على المدينة بات وشيكا»)


POINTING = fw_keys("pointing_nouns")


def asked(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 53: in a question sentence, only an act after «هل» is asked about («هل ستميل الحركة إلى
    مفاوضات؟»: hypothetical); one told before it or in a question of how or why («قامت طائرات بقصف مواقع أمس، فكيف
    تنفي ...؟», «التقيت أخيرا الرئيس.. كيف تجده؟») is told as fact, unless «هل» + a demonstrative after it asks
    about all said before («... وراء خطف البريطانيين، هل هذا صحيح؟»); not a granted subject (``granted_subject``)."""
    asks = [t for t in range(sent_start, hit.i) if doc.tokens[t].norm_key in ASKING]
    if asks:
        # round 123: «هل كان غرضه ...، في إشارة إلى اتهامه الكويت»: what the question points to is told as fact
        return not granted_subject(doc, hit, asks[-1]) and not any(
            doc.tokens[t].norm_key == "في" and doc.tokens[t + 1].norm_key in POINTING
            for t in range(asks[-1] + 1, hit.i - 1))
    # «قال إن جماعة ... وراء خطف البريطانيين، هل هذا تصوركم؟»: «هل» + a demonstrative asks about all said before
    toks = doc.tokens
    for t in range(hit.j + 1, len(toks) - 1):
        if toks[t].text in (".", "؟", "?", "!"):
            return False
        if toks[t].norm_key in ASKING and toks[t + 1].norm_key in DEMONSTRATIVES:
            return True
    return False


def granted_subject(doc: Doc, hit: Hit, ask: int) -> bool:
    """Round gr426: whether a noun trigger is the definite subject that opens the clause a question (its asking
    word at token ``ask``) is about: right after an «أن» past the asking word, or right after «كان» right after it;
    definite by its article or by the name or definite noun it is annexed to («زيارة لافروف»); and not said to
    happen, take place or be likely within ``PREDICATE_REACH`` words after it (``happened_predicates``)."""
    toks = doc.tokens
    if hit.pos != "N" or hit.i - 1 <= ask or hit.j + 1 >= len(toks):
        return False
    prev = toks[hit.i - 1].norm_key
    if not (prev in CLAUSE_OPENERS or (prev in KANA and hit.i - 2 == ask)):
        return False
    nxt = hit.j + 1
    if not (surface_definite(toks[hit.i].text) or (hit.i == hit.j and (
            entity_starting(doc, nxt) is not None or surface_definite(toks[nxt].text)))):
        return False
    return not any(toks[t].norm_key.removeprefix("س") in fw_keys("happened_predicates")
                   for t in range(nxt, min(len(toks), nxt + PREDICATE_REACH)))
