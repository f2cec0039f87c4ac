"""Round 123: acts named as the object of another act, whose day that act does not give.

- A condemned act: «أدان كيري اغتيال النائب العام», «ونددت الوزارة بشدة بالهجوم», «أعربت عن إدانتها الشديدة
  للتفجير». The act condemned came before the condemnation; the condemnation's day is not its own. A noun trigger
  right after a word of condemning (function words ``condemn_verbs``), past at most the named subject and a word of
  force («بشدة»), takes no day unless its own time is said (the caller reads that first); so does the act a
  protest masdar is against («احتجاجا على الغارات»: ``protest_purposes`` + «على/ضد»).
- A call or a stance one «did not hide» («لم يخف إعجابه بالتنظيم ودعوته إلى ...»): held over time, of no day
  (a noun trigger at most ``STANCE_REACH`` tokens after ``unhidden_verbs``, in its clause).
- An act pointed to («في إشارة إلى اتهامه الكويت»): told before, of no day (a noun trigger right after «في
  إشارة إلى»).
- A seizure, an arrest or an attack a party announces as done («أعلنت القوات مرارا السيطرة على المدينة»,
  «في الوقت الذي أعلنت فيه القوات السيطرة عليها»): its claim, reported (a masdar of force after a verb of
  announcing, ``announce_verbs``, past its subject and ``announce_adverbs``); an announcement of a stance or a
  measure («أعلنت رفضها», «أعلنت فرض عقوبات») is the act itself, asserted.
- A postponed or cancelled act past the subject of the verb (named, or definite words) and a head of process
  («أجلت الحركة عملية المفاوضات»): the same modality as the act right after the verb (``modality._put_off``).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys, nkey
from .stated_objects import claimed_object
from .lexicon import Hit
from .reacted_day import reacted_object as reacted_object  # (round ev810: read by dating with the others here)
from .word_tests import clause_stop, entity_at, time_insert_tokens

REACH = 4  # tokens between the word of condemning and the act condemned
INSERT_REACH = 6  # tokens of a time between commas passed over (round ev940: «، أمس،», «، يوم الأحد،»)
ON = fw_keys("listed_target_prepositions")
FORCE = frozenset(nkey(w) for w in ("بشدة", "بقوة", "الشديدة", "الشديد", "القوية", "الكاملة", "التام"))


def _between_ok(doc: Doc, lo: int, hi: int) -> bool:
    """Tokens ``lo``..``hi`` (exclusive) are the subject (an entity's tokens or bare definite words) or words of
    force only."""
    for k in range(lo, hi):
        text = doc.tokens[k].text
        if clause_stop(text):
            return False
        if nkey(text).removeprefix("و") in FORCE:
            continue
        if entity_at(doc, k) is None and not _definite(doc, k):
            return False
    return True


def _definite(doc: Doc, k: int) -> bool:
    """Token ``k`` is a bare definite word («الوزارة», «والحكومة»): an unnamed subject."""
    return doc.tokens[k].norm_key.removeprefix("و").startswith("ال")


def condemned(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is the act a word of condemning right before it condemns."""
    if hit.pos != "N" or doc.tokens[hit.i].norm_key.lstrip("وف") in fw("condemn_verbs"):
        return False
    if hit.i - 2 >= sent_start and doc.tokens[hit.i - 1].norm_key in ON \
            and doc.tokens[hit.i - 2].norm_key.removeprefix("و") in fw("protest_purposes"):
        return True  # «احتجاجا على الغارات»: what is protested against came before the protest
    for k in range(hit.i - 1, max(sent_start, hit.i - 1 - REACH) - 1, -1):
        key = doc.tokens[k].norm_key.lstrip("وف")
        if key in fw("condemn_verbs"):
            return _between_ok(doc, k + 1, hit.i)
        if clause_stop(doc.tokens[k].text):
            return False
    return False


def put_off_over_subject(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """«أجلت الحركة عملية المفاوضات»: a noun trigger after a verb of postponing or cancelling, its named subject
    and at most one head of process (``process_heads``): planned when postponed, negated when cancelled."""
    if hit.pos != "N":
        return None
    k = hit.i - 1
    if k > sent_start and doc.tokens[k].norm_key.removeprefix("و") in fw("process_heads"):
        k -= 1
    named = 0
    while k > sent_start and named < REACH and not clause_stop(doc.tokens[k].text) \
            and (entity_at(doc, k) is not None or _definite(doc, k)):
        named, k = named + 1, k - 1
    if not named or k < sent_start:
        return None
    key = doc.tokens[k].norm_key.lstrip("وف")
    if k > sent_start and doc.tokens[k - 1].norm_key.lstrip("وف") in fw("negations"):
        return None  # «لم تعلن إلغاء»: not done
    if key in fw("cancel_words"):
        return "negated"
    if key in fw("postpone_words"):
        return "planned"
    return None


CLAIMED = ("17", "18", "19", "20")  # coerce, assault, fight, mass violence: acts a party claims to have done


def announced(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger of force is what a verb of announcing right before it announces."""
    if hit.pos != "N" or not hit.entry.code.startswith(CLAIMED):
        return False
    return _announced_near(doc, hit, sent_start) or claimed_object(doc, hit, sent_start)  # gr449: a wider subject


def _announced_near(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """:func:`announced` past a named or definite subject and ``announce_adverbs`` only (round ev940: and a time
    between commas, «أعلنت الشرطة، أمس، عن توقيف»: :func:`.word_tests.time_insert_tokens`)."""
    inserts = time_insert_tokens(doc, max(sent_start, hit.i - 1 - REACH - INSERT_REACH), hit.i)
    left = REACH + 1
    for k in range(hit.i - 1, max(sent_start, hit.i - 1 - REACH - INSERT_REACH) - 1, -1):
        if k in inserts:
            continue
        left -= entity_at(doc, k) is None or entity_at(doc, k + 1) is None
        if left < 0:
            return False
        text = doc.tokens[k].text
        key = nkey(text).lstrip("وف")
        if key in fw("announce_verbs"):
            return True
        if clause_stop(text) or not (nkey(text) in fw("announce_adverbs") or nkey(text).removeprefix("و") in FORCE
                                     or entity_at(doc, k) is not None or _definite(doc, k)):
            return False
    return False


STANCE_REACH = 5  # tokens from «لم يخف» to the call or stance it does not hide («إعجابه بالتنظيم ودعوته»)


def unhidden(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is what «لم يخف/لا يخفي» says one holds."""
    if hit.pos != "N":
        return False
    for k in range(hit.i - 1, max(sent_start, hit.i - 1 - STANCE_REACH) - 1, -1):
        if clause_stop(doc.tokens[k].text):
            return False
        if doc.tokens[k].norm_key.lstrip("وف") in fw("unhidden_verbs"):
            return k > sent_start and doc.tokens[k - 1].norm_key.lstrip("وف") in fw("negations")
    return False


POINTING = frozenset(nkey(w) for w in ("إشارة", "اشارة"))
TO = frozenset(nkey(w) for w in ("إلى", "الى"))


def pointed_to(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger follows «في إشارة إلى»."""
    if hit.pos != "N" or hit.i - 3 < sent_start:
        return False
    keys = [doc.tokens[k].norm_key for k in range(hit.i - 3, hit.i)]
    return keys[0].removeprefix("و") == "في" and keys[1] in POINTING and keys[2] in TO
