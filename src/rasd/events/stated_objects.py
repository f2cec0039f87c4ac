"""Round gr449: an act of force told only as the verbal-noun object of a verb of stating, read by
``condemned.announced`` (and so by ``modality.modality``) as the teller's claim: reported, not asserted.

«أعلن قائد شرطة الأنبار مقتل 20 مسلحا», «وأعلنت حكومة الإقليم مقتل ستة مدنيين», «أكدت هذه المصادر سقوط قتلى»,
«ذكرت الوكالة اعتقال خمسة», «وقد أعلنت سلطات اقليم كردستان العراق أمس، عن ستة قتلى», «أعلنت قيادة العمليات في
بيان منفصل، عن مقتل 17»: the writer tells that the toll or the arrest was announced, not that he knows it.

- The verb (``announce_verbs``, ``object_stating_verbs``) stands at most ``REACH`` tokens before the trigger, and
  what stands between reads, from the verb on: its subject (a construct of bare nouns or names: «قائد شرطة محافظة
  الأنبار»), times or a channel (``channel_prepositions`` before a time or a ``report_nouns`` word: «في بيان»), a
  comma after a time or before «عن», «عن», then a count or a toll head («ستة», ``toll_masdars``: «سقوط»). Not past
  any other preposition or clitic preposition («جراء القصف» is the cause of the toll announced, not the toll), a
  verb, a negation or a clause stop.
- A verb of relaying (``object_relay_verbs``: «نقل») only with «عن» + its source after the subject: «نقلت الوكالة
  عن مصدر أمني مقتل عشرة» (without «عن» it may mean carrying: «نقلت القوات المعتقلين»).
- A trigger in «و» that joins the «عن» object of such a verb, with no verb, complementizer or relative between:
  «وأعلن قائد الشرطة عن تقدم كبير للقوات بمعارك تطهير القاطع ومقتل العشرات» (``CONJUNCT_REACH``).

Only the codes ``condemned.CLAIMED`` (17-20) reach here: a statement itself (01x), a stance or a measure announced
(«أعلنت فرض عقوبات») stays asserted. A party's announcement of its own act («أعلن الجيش سيطرته على المدينة») is its
claim too: reported, as round 123 made it for «أعلنت القوات مرارا السيطرة». A toll told before a closing «according
to» phrase («قتل 20 في هجوم، بحسب الشرطة») is the same kind of attributed fact and so reported by rights; it is left
to ``reported_frames.told_by_source`` (its tail rule), not read here.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.number_words import maybe_number
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_stop, entity_at, finite_verb, starts_in_time

REACH = 9  # tokens from the verb to its object («أعلنت سلطات اقليم كردستان العراق أمس، عن ستة قتلى»)
CONJUNCT_REACH = 14  # tokens from «عن» to a later «و» conjunct of what it announces («عن تقدم كبير ... ومقتل»)
ABOUT = "عن"


def _stating(key: str) -> bool:
    """Whether ``key`` (its «و/ف» off) is a verb of announcing or stating that takes an act as its object."""
    return key in fw("announce_verbs") or key in fw_keys("object_stating_verbs")


COUNT, ABOUT_PHASE, TIME, SUBJECT = 0, 1, 2, 3  # what may stand between, from the object back to the verb


def _phase(doc: Doc, k: int) -> int | None:
    """Which part of what stands between the verb and its object token ``k`` can be: the count or toll head right
    before the object («ستة», «سقوط»), «عن», a time or a channel («أمس،», «في بيان») or a comma before «عن», or a
    word of the subject; None for any other word."""
    tok = doc.tokens[k]
    text = tok.text
    after = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    if text in ("،", ","):  # «أمس،», «في بيان منفصل، عن مقتل»
        return TIME if k > 0 and starts_in_time(doc, doc.tokens[k - 1]) or after is not None \
            and after.norm_key == ABOUT else None
    if clause_stop(text):
        return None
    key = tok.norm_key
    if after is not None and key in fw_keys("channel_prepositions") \
            and (starts_in_time(doc, after) or after.norm_key in fw_keys("report_nouns")):
        return TIME  # «في وقت سابق», «في بيان»: when or how it was said
    if key == ABOUT:
        return ABOUT_PHASE
    if text.isdigit() or maybe_number(text) or key in fw_keys("toll_masdars") or key in fw_keys("partitive_counts"):
        return COUNT
    if starts_in_time(doc, tok):
        return TIME
    if entity_at(doc, k) is not None:
        return SUBJECT
    if key in fw_keys("prepositions") or key in fw_keys("toll_cause_words") or key in fw("negations") \
            or finite_verb(tok):
        return None
    words = tok.words
    return SUBJECT if len(words) == 1 and words[0].kind == "stem" and len(key) >= 3 else None  # a bare noun


def claimed_object(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger ``hit`` is the object of a verb of stating right before it, or a «و» conjunct of
    what such a verb announces with «عن» (see the module)."""
    return _object(doc, hit.i, sent_start) or _conjunct(doc, hit, sent_start)


def _conjunct(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«وأعلن قائد الشرطة عن تقدم كبير للقوات بمعارك تطهير القاطع ومقتل العشرات»: the trigger, in «و», joins the
    «عن» object of a verb of stating before it in its clause, with no verb, complementizer or relative between."""
    words = doc.tokens[hit.i].words
    if not (len(words) > 1 and words[0].kind == "proclitic" and words[0].form == "و"):
        return False
    for k in range(hit.i - 1, max(sent_start, hit.i - 1 - CONJUNCT_REACH) - 1, -1):
        tok = doc.tokens[k]
        if clause_stop(tok.text) or finite_verb(tok) or tok.norm_key in fw_keys("complementizers") \
                or tok.norm_key in fw_keys("relatives"):
            return False
        if tok.norm_key == ABOUT:
            return k > sent_start and _object(doc, k, sent_start)
    return False


def _object(doc: Doc, obj: int, sent_start: int) -> bool:
    """Whether token ``obj`` is the object (or its «عن») of a verb of stating right before it."""
    about = False
    at = COUNT
    for k in range(obj - 1, max(sent_start, obj - 1 - REACH) - 1, -1):
        key = nkey(doc.tokens[k].text).lstrip("وف")
        if _stating(key):
            return True
        if key in fw_keys("object_relay_verbs"):
            return about
        phase = _phase(doc, k)
        if phase is None or phase < at and not (phase in (ABOUT_PHASE, TIME) and at == SUBJECT):
            return False  # (a time inside or before the subject, «أعلنت أمس الحكومة»; «عن» + a source after it)
        at = max(at, phase)
        about = about or phase == ABOUT_PHASE
    return False
