"""Round ev372: an intention, an attempt under way and words told to someone, read by ``modality.modality``.

- :func:`willed`: an act in the clause of a noun of will (function words ``will_nouns``: «رغبة، رغبتها») that takes
  it with «في/أن/بأن» (one word between at most) is what its owner means to do, still to come: planned, no date
  («أكد الوزير رغبة بلاده في تقديم الدعم الأمني»). A hope («أبدى تطلعه في أن يسهم الحوار»: ``desire_nouns``)
  stays a wish, hypothetical (``modality_able.desired``); «تلبية لرغبة الشعب قصفت القوات» (no «في/أن» after
  the noun) stays as it is. So is an act that «وكذلك» (``likewise_openers``) adds after a comma to the act willed
  before it: «أكد رغبتها في مكافحة التطرف، وكذلك تقديم الدعم الأمني لمصر».
- :func:`start_aim`: «نعمل على إقامة الخيم للبدء بعصيان مدني»: a noun act with «بـ/في» right after a «لـ» masdar
  of starting (``start_purposes``: «للبدء، للشروع») is the aim being prepared: planned.
- :func:`attempted` (moved here from ``modality``): «محاولة اغتيال الوزير», «محاولات التنظيم فرض سيطرته», «حاول
  المسلحون اقتحام السجن»: the masdar an attempt (function words ``attempts``) governs is tried, not told as done:
  planned. Right after it, or past its subject (a definite or accusative phrase, a name) or a light masdar; not the
  genitive of another act it governs (round 84: «حاول فك الحصار» is one act, the breaking tried). Round ev372
  (:func:`trying_now`): not where the verb of attempting is in the present (a «يـ/تـ» form) with no past copula
  before it in the clause: «قوات الحرس التي تحاول فك الحصار عن المعسكر» tells an attempt under way, an act being
  done (asserted, dated as the present is); «كانت الميليشيات تحاول استهداف المطار» stays not done.
  Session 53 (mo924, :func:`force_tried`): an assault tried (``FORCE_TRIED``: an attack, a targeting, a storming, a
  shelling, a firing: «حاول المسلحون قصف المطار», «كانوا يحاولون استهداف عناصر المقاومة», «تصدت القوات لمحاولة
  اقتحام السجن») is an act made, whatever came of it: no attempt reading (asserted, or reported in a source's
  words); a killing, a bombing, an abduction, a siege or a seizure tried («محاولات فرض سيطرته», «حاول تفجير نفسه»)
  names a result not had and stays planned; a foiled attempt stays negated, or planned where the foiling verb
  follows it («محاولة لاقتحام المعبد أحبطت»). An attempt the sentence then tells failed («إلا أن محاولاتهم باءت
  بالفشل») is still an assault made (judged so on the 347 articles; round mo937's planned reading was undone).
- :func:`told_to`: «وأبلغ المصدر وكالة الأنباء الألمانية بأن «داعش» بدأ هجوما»: an act in the «(بـ)أن» clause of a
  verb of telling someone (``telling_verbs``: «أبلغ، أخبر»), its subject and addressee between, is the teller's
  report: reported, as after «قال إن» (the quote layer reads no such cue). Not past a clause the writer opens after
  it («، فيما قصفت الطائرات»: ``main_clause_openers``), nor where the verb is an aside («كما أبلغ»). Round ev839:
  the verb with its object pronoun and the «أن» with its subject pronoun («أبلغني بومبيو أنه وكوتون قد اجتمعا»).
- :func:`quoted_saying`: «ونقلت الخدمة الإخبارية عن مسؤولين قولهم إن «22 من المقاتلين لقوا مصرعهم»», «ونقل
  المقربون من الملا قوله: «إن ... إجراء المفاوضات ...»»: an act inside quotation marks opened right after a noun of
  saying relayed (``saying_objects``: «قوله، قولها»; past «:» and «إن/أن»), or right after «أن:» («كتبت المنظمة
  على حسابها أن: «الطاقم يؤكد ...»»), is the speaker's words: reported, where the quote layer found no quote there.
- :func:`requested`: «وطلب الوزير زيارة المعسكر», «طلب من الحكومة عقد اجتماع», «فضول كثيرين لطلب زيارته»: a
  noun act a word of requesting governs (``request_words``: «طلب، لطلب، بطلب»; round ev392, of urging or
  inspiring: ``urging_words``, «رسائل تلهم أتباع الجماعة بشن هجمات»), its object within
  ``REQUEST_REACH`` keys (past the one asked, «من X», or the subject) with no verb of carrying out between
  («استجاب لطلبه وقام بزيارة»: done), is asked for, still to come: planned; not an act in a prepositional
  phrase of the request («طلب خلال اللقاء زيارة»: the meeting was held).
- :func:`outcome_subject`: «وفي حال فشلت المفاوضات الحالية بين الحزبين», «لو سارت المفاوضات مع اليونان بشكل
  مختلف»: a definite noun act that is the subject of the finite verb right after a conditional word puts its
  outcome in the condition, not the act: the talks are held (the modality's other cues decide), no hypothesis; «في
  حال ثبوت الإدانة» (a masdar after the condition, no finite verb) stays hypothetical.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys
from .lexicon import Hit
from .stops import clause_stop
from .word_tests import finite_verb

ALSO_GAP = 2  # keys from «وكذلك» to the act it adds («، وكذلك تقديم الدعم»)
ALSO_BACK = 12  # tokens before the comma read for the clause of will that «وكذلك» adds to
WILL_GAP = 2  # keys from a noun of will to its «في/أن» («رغبة بلاده في»)
TELL_REACH = 12  # tokens from a verb of telling to the «أن» of what it tells (its subject and addressee between)
ENDS = (".", "؟", "!", ":", "؛")
_THAT = ("ان", "بان")


def willed(doc: Doc, hit: Hit, sent_start: int, before: list[str]) -> bool:
    """An act after a noun of will and its «في/أن» in the trigger's clause (``before``: its keys), or in the clause
    before the comma that «وكذلك» right before the act opens (see the module)."""
    if 0 < len(before) <= ALSO_GAP and before[0] in fw_keys("likewise_openers"):
        comma = hit.i - len(before) - 1
        if comma > sent_start and doc.tokens[comma].text in ("،", ","):
            lo = max(sent_start, comma - ALSO_BACK)
            keys = [doc.tokens[t].norm_key for t in range(lo, comma)]
            cut = max((n + 1 for n, k in enumerate(keys) if k in ("،", ",", ".", "؛")), default=0)
            return _will_of(keys[cut:])
    return _will_of(before)


def _will_of(before: list[str]) -> bool:
    for k, key in enumerate(before):
        if key.lstrip("و") in fw_keys("will_nouns") \
                and any(n in ("في", "ان", "بان") for n in before[k + 1 : k + 1 + WILL_GAP]):
            return True
    return False


def start_aim(hit: Hit, before: list[str]) -> bool:
    """A noun act with «بـ», or after «في», right after a «لـ» masdar of starting."""
    if hit.pos != "N" or not before:
        return False
    if before[-1].lstrip("و") in fw_keys("start_purposes"):
        return "ب" in hit.cand.proclitics
    return len(before) > 1 and before[-1] == "في" and before[-2].lstrip("و") in fw_keys("start_purposes")


ATTEMPT_REACH = 4  # keys from «محاولات/حاول» to the masdar it governs («محاولات التنظيم فرض سيطرته»)
# session 53 (mo924): the trigger entries of an assault whose attempt is the act made (the storming, the shelling,
# the targeting was carried out, whatever came of it); not a killing, a bombing, an abduction, a siege or a seizure,
# whose attempt names a result not had («حاول الانتحاري تفجير نفسه»: no blast)
FORCE_TRIED = frozenset(("attack", "attack_masdar", "target", "storm", "shell", "airstrike", "airraid", "strike_mil",
                         "strike_told",
                         "raid", "clash", "fire_missile", "open_fire", "shoot", "fight", "assault_on"))
FOILED_AFTER = 6  # tokens after an assault tried read for a verb of foiling («محاولة لاقتحام المعبد أحبطت»)


def attempted(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Whether the act is one an attempt governs, tried and not told as done (see the module)."""
    keys = before[-ATTEMPT_REACH:]
    if not any(k.lstrip("وف") in fw("attempts") for k in keys):
        return False
    if trying_now(before) or force_tried(doc, hit):
        return False
    prev = keys[-1]
    if any(p in fw("attempts") or p.startswith("ال") or "ل" + p in fw("purpose_masdars") for p in (prev, prev[1:])) \
            or prev.endswith("ا"):
        return True
    at = doc.tokens[hit.i - 1].start
    return any(m.start <= at < m.end for e in doc.entities for m in e.mentions)


def force_tried(doc: Doc, hit: Hit) -> bool:
    """An assault, a storming, a shelling or a firing tried is made: its trigger entry is one of ``FORCE_TRIED``, and
    no verb of foiling follows it in its clause within ``FOILED_AFTER`` tokens («محاولة لاقتحام المعبد أحبطت»)."""
    if hit.entry.id not in FORCE_TRIED:
        return False
    for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 1 + FOILED_AFTER)):
        if clause_stop(doc.tokens[t].text):
            break
        if doc.tokens[t].norm_key.lstrip("وف") in fw("foil_verbs"):
            return False
    return True


def trying_now(before: list[str]) -> bool:
    """The last verb of attempting in ``before`` is a present form with no past copula before it."""
    tries = [n for n, k in enumerate(before) if k.lstrip("وف") in fw("attempts")]
    if not tries:
        return False
    key = before[tries[-1]].lstrip("وف")
    if key[:1] not in ("ي", "ت") or len(key) < 5:
        return False  # («حاول», «محاولة»: an attempt told, or a noun of it)
    return not any(k.lstrip("وف") in ("كان", "كانت", "كانوا", "كانا") for k in before[: tries[-1]])


def told_to(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the trigger is in the «(بـ)أن» clause of a verb of telling someone in its sentence."""
    that = None
    openers, comps, telling = fw_keys("main_clause_openers"), fw_keys("complementizers"), fw_keys("telling_verbs")
    for k in range(hit.i - 1, max(sent_start, hit.i - 60) - 1, -1):
        tok = doc.tokens[k]
        key = tok.norm_key
        if tok.text in ENDS or key.removeprefix("و") in openers:
            return False
        if key in _THAT or key in comps and key.startswith(_THAT):  # ev839: «أبلغني أنه»
            that = k
            continue
        if key.lstrip("وف") in telling:
            if that is None or that - k > TELL_REACH:
                return False
            return not (k > sent_start and doc.tokens[k - 1].norm_key.lstrip("و") in ("كما", "ما", "حسبما"))
    return False


QUOTE_OPEN_GAP = 3  # tokens from a noun of saying to the quotation mark that opens the words («قوله: «إن»)
_OPEN = ("«", '"', "“")
_CLOSE = ("»", '"', "”")


def quoted_saying(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the trigger is inside quotation marks that open right after a noun of saying relayed."""
    for t in range(hit.i - 1, sent_start - 1, -1):
        text = doc.tokens[t].text
        if text in _CLOSE and text not in _OPEN:
            return False  # (a quotation closed before the trigger: it stands outside)
        if text in _OPEN:
            for u in range(t - 1, max(sent_start, t - QUOTE_OPEN_GAP) - 1, -1):
                key = doc.tokens[u].norm_key.lstrip("و")
                if key in fw_keys("saying_objects") or (key in _THAT and doc.tokens[u + 1].text == ":"):
                    return True  # («كتبت المنظمة على حسابها أن: «...»»: a clause said, set off by «:»)
                if doc.tokens[u].text not in (":", "،") and key not in _THAT:
                    break
            if text != '"':
                return False  # (the nearest «, opened by no saying)
    return False


REQUEST_REACH = 4  # keys from a word of requesting to the act it asks for («طلب من الحكومة عقد اجتماع»)


def requested(hit: Hit, before: list[str]) -> bool:
    """Whether a word of requesting governs the noun act (see the module)."""
    if hit.pos != "N" or not before or before[-1].lstrip("وف") in fw("prepositions"):
        return False  # («طلب خلال اللقاء زيارة»: the act in a phrase of the request, not its object)
    tail = before[-REQUEST_REACH:]
    for n in range(len(tail) - 1, -1, -1):
        key = tail[n].lstrip("وف")
        if key in fw_keys("request_words") or key in fw_keys("urging_words"):
            return True
        if key in fw_keys("carried_out_verbs") or key in fw_keys("light_verbs") or key in _THAT or key == "ان":
            return False  # («لطلبه وقام بزيارة»: the act done; «طلب أن ...»: a clause read by its own cues)
    return False


_IF_ENDS = ("اذا", "لو", "حال", "حاله")  # the last key of a conditional word («إذا», «في حال», «في حالة»)


def outcome_subject(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Whether the noun act is the definite subject of the finite verb right after a conditional word."""
    if hit.pos != "N" or len(before) < 2 or not doc.tokens[hit.i].norm_key.lstrip("و").startswith("ال"):
        return False
    return before[-2].lstrip("وف") in _IF_ENDS and finite_verb(doc.tokens[hit.i - 1])


__all__ = ["attempted", "force_tried", "outcome_subject", "quoted_saying", "requested", "start_aim", "told_to", "trying_now", "willed"]
