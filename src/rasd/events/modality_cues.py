"""Round 45 cues of modality, read by ``modality.modality``: a meeting later on the day of the report («يلتقي
الوزير نظيره في وقت لاحق اليوم», «يجتمع الرئيس اليوم مع», «لقاء سيعقد في الدوحة اليوم»: planned); an attack
warned of or only possible («تحذير من هجمات», «احتمال شن هجمات», «هجمات محتملة»: hypothetical); an act needed
(«ضرورة عقد لقاءات»: planned, not told); an act after «دون» («دون أي اتهام»: negated). Function words:
``later_today``, ``today_words``, ``warning_words``, ``warning_verbs``, ``possible_words``, ``necessity_words``,
``without_words``, ``holding_verbs``, ``purpose_masdars``. Round 47: an inquiry proposed, requested or called for
(«طالب بالتحقيق», «اقترح إجراء تحقيق», «دعا إلى فتح تحقيق»: ``proposal_words``) is planned, not told as made.
Round 49: the «أن» clause of a word of possibility, past an aside («يمكن لحاملي السندات، على سبيل المثال، أن
يطالبوا»: ``possibility_words``) is hypothetical, negated after «لا»; a meeting noun with «المقبل/المرتقبة» after it
(``upcoming_words``) is planned."""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import QUOTE_MARKS
from ..text.normalize import strip_diacritics
from .actors import doing_it
from .asked_acts import asked as asked  # (moved there; modality.py reads it here)
from .chunks import clause_stop
from .forms import bare, fw, nkey, phrase_keys
from .lexicon import Hit
from .tense import imperfect
from .word_tests import past_conjunction

TODAY_REACH = 8  # tokens after the trigger read for «اليوم», «في وقت لاحق اليوم» (its subject and object between)
SUPPORT_BACK = 4  # keys before a noun trigger read for the present verb that holds it («يعقد المجلس اليوم اجتماعا»)
WARN_REACH = 3  # keys before an attack noun read for a warning («تحذير من شن هجمات»)
POSSIBLE_REACH = 2  # tokens after an attack noun read for «محتملة»
ATTACK_CODES = ("18", "19", "20")
COORD_BACK = 3  # masdars joined by «و» read back from a trigger to the necessity that governs them all
MEETING_CODES = ("03", "04")


def _carries(key: str) -> bool:
    """«عقد», «إجراء», «شن»: a masdar that carries out an event noun (``purpose_masdars`` less their «لـ»)."""
    return "ل" + key in fw("purpose_masdars")


def _present(key: str) -> bool:
    k = past_conjunction(key, 4)
    return len(k) >= 4 and k[0] in ("ي", "ت") and not k.startswith("تم")


def _after_keys(doc: Doc, hit: Hit, reach: int) -> list[str]:
    out: list[str] = []
    for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 1 + reach)):
        text = doc.tokens[t].text
        if clause_stop(text) or text in (".", "؟", "?"):
            break
        out.append(doc.tokens[t].norm_key)  # (the token's key, made once: ``nkey`` of its text)
    return out


def _has_seq(keys: list[str], phrases: frozenset[str]) -> bool:
    for seq in phrase_keys(phrases):
        n = len(seq)
        if any(tuple(k.lstrip("وف") if m == 0 else k for m, k in enumerate(keys[s : s + n])) == seq
               for s in range(len(keys) - n + 1)):
            return True
    return False


def later_today(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """«ويلتقي الوزير نظيره في وقت لاحق اليوم», «يجتمع الرئيس مساء اليوم مع», «يلتقي الرئيس اليوم نظيره», «يعقد
    المجلس اليوم اجتماعا», «لقاء ثلاثي سيعقد في الدوحة اليوم»: a present verb (the trigger, or the verb that holds
    a noun trigger, or a future verb right after it) with a time later on the report's day (``later_today``; a bare
    «اليوم» for a meeting) tells what is still to come."""
    after = _after_keys(doc, hit, TODAY_REACH)
    if hit.pos == "V":
        present = _present(doc.tokens[hit.i].norm_key)
    else:
        held = any(_present(k) and k.lstrip("وف") in fw("holding_verbs") for k in before[-SUPPORT_BACK:])
        future = any(k[:1] == "س" and k[1:] in fw("holding_verbs") for k in after[:2])
        present = held or (future and hit.entry.code.startswith(MEETING_CODES))
        if future and hit.entry.code.startswith(MEETING_CODES):
            return True  # «لقاء سيعقد», «الاجتماعات ستعقد»: to come, whatever its day
    if not present:
        return False
    keys = before[-SUPPORT_BACK:] + after
    if _has_seq(keys, fw("later_today")):
        return True
    return hit.entry.code.startswith(MEETING_CODES) and any(k.lstrip("و") in fw("today_words") for k in keys)


def warned(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """«تحذير من هجمات», «حذر من شن هجمات», «احتمال شن هجمات», «هجمات إرهابية محتملة»: an attack noun warned of
    or only possible (``warning_words``, ``warning_verbs`` + «من», ``possible_words`` after it) is no fact."""
    if hit.pos != "N" or not hit.entry.code.startswith(ATTACK_CODES):
        return False
    keys = list(before[-WARN_REACH:])
    if keys and _carries(keys[-1]):
        keys = keys[:-1]  # «شن», «وقوع»
    if keys and keys[-1].lstrip("وف") in fw("warning_words"):
        return True
    if len(keys) > 1 and keys[-1] == "من" and keys[-2].lstrip("وف") in (fw("warning_words") | fw("warning_verbs")):
        return True
    return any(k in fw("possible_words") for k in _after_keys(doc, hit, POSSIBLE_REACH + 1))


def needed(hit: Hit, before: list[str]) -> bool:
    """«ضرورة عقد لقاءات», «أكد أهمية إجراء محادثات», «بضرورة الحوار»: an act a necessity governs (right after it,
    or after a masdar that carries it out) is wanted, not told."""
    if hit.pos != "N" or not before:
        return False
    prev = before[-1]
    if (_carries(prev) or _carries(prev[1:])) and len(before) > 1:
        prev = before[-2]
    if bare(prev, "necessity_words") in fw("necessity_words"):
        return True
    # round 53: «وضرورة مساءلتها ومحاسبتها وفرض عقوبات»: the last of masdars joined by «و» after the necessity
    if "و" not in hit.cand.proclitics:
        return False
    for k in range(len(before) - 2, max(-1, len(before) - 2 - COORD_BACK), -1):
        if bare(before[k], "necessity_words") in fw("necessity_words"):
            return True
        if before[k + 1][:1] != "و":
            return False
    return False


MASDAR_HEADS = ("necessity_words", "repeat_masdars", "principle_words")


def as_masdar(hit: Hit, before: list[str]) -> Hit:
    """Round 53: a trigger read as a perfect verb whose form is also its masdar («فرض») is the masdar right after
    «إلى», a word of necessity, «إعادة» or «مبدأ» (``MASDAR_HEADS``: no finite verb stands there: «دعا إلى فرض
    عقوبات», «إعادة فرض العقوبات») or last of masdars joined by «و» after a necessity; else ``hit``."""
    if hit.pos != "V" or not before:
        return hit
    prev = before[-1]
    noun = Hit(hit.i, hit.j, hit.entry, "N", hit.cand)
    if prev in ("الى", "الي") or any(bare(prev, w) in fw(w) for w in MASDAR_HEADS) or (
            prev[:1] == "و" and needed(noun, before)):  # (not «حث على ضرورة الوحدة وتعهد بمواصلة»: a verb)
        return noun
    return hit


def without(before: list[str]) -> bool:
    """«سينتهي دون أي اتهام», «انتهت الجلسة دون اتفاق», «من دون مفاوضات»: an act after «دون/بدون» (``without_words``),
    past «أي», did not happen."""
    keys = before[:-1] if before and before[-1] in ("اي", "أي") else before
    return bool(keys) and keys[-1] in fw("without_words")



INQUIRY = "09"  # CAMEO investigate
PROPOSER_REACH = 3  # keys before the inquiry (past «إلى» and its masdar) read for the word that asks for it


def proposed(hit: Hit, before: list[str]) -> bool:
    """«طالب بالتحقيق في», «اقترح إجراء تحقيق», «دعا إلى فتح تحقيق», «مطالبا بفتح تحقيق»: an inquiry noun right
    after a word of proposing, requesting or calling (``proposal_words``), past «إلى» and a masdar that carries it
    out (``purpose_masdars``: «فتح», «إجراء»), its subject between («دعا الوزير إلى فتح تحقيق»), is asked for."""
    if hit.pos != "N" or not hit.entry.code.startswith(INQUIRY) or not before:
        return False
    keys = list(before)
    if _carries(keys[-1].lstrip("وب")) or keys[-1][:1] == "ب" and _carries(keys[-1][1:]):
        keys = keys[:-1]  # «إجراء», «بفتح»
    if keys and keys[-1] in ("الى", "إلى", "الي"):
        keys = keys[:-1]
    return any(bare(k, "proposal_words") in fw("proposal_words") for k in keys[-PROPOSER_REACH:])


POSSIBLE_BACK = 10  # tokens before «أن» read for the word of possibility that governs it, past an aside
HELD_REACH = 3  # tokens before a noun trigger read for the present verb of its «أن» clause («أن تشن هجمات»)


def _that_before(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The token of «أن» that opens the clause of ``hit``: right before a present verb trigger, or before the present
    verb whose indefinite object the noun trigger is, right after it or past its definite subject («أن تشن غارات»,
    «أن تشن الطائرات غارات»; not «أن تستمر هذه المفاوضات», the talks its subject)."""
    def subjunctive(t: int) -> bool:  # («تشن»: three letters will do after «أن»)
        key = doc.tokens[t].norm_key
        return len(key) >= 3 and key[0] in ("ي", "ت", "ن") and not key.startswith("تم")

    if hit.pos == "V":
        verb = hit.i
    else:
        if "ال" in hit.cand.proclitics or hit.cand.key.startswith("ال"):
            return None
        verb = hit.i - 1
        if verb - 1 >= sent_start and doc.tokens[verb].norm_key in fw("content_openers"):
            verb -= 1  # round 182: «أن يبحث الرئيسان إجراء جولة»: past the masdar whose object the noun is
            while verb - 2 >= sent_start and doc.tokens[verb].norm_key.startswith(("ال", "وال")) \
                    and doc.tokens[verb - 1].norm_key.startswith(("ال", "وال")):
                verb -= 1  # («الرئيسان الروسي والأميركي»: the subject's adjectives)
        if verb - 1 >= sent_start and doc.tokens[verb].norm_key.startswith("ال"):
            verb -= 1  # past its subject
    if verb - 1 < sent_start or not subjunctive(verb) or doc.tokens[verb - 1].text not in ("أن", "ان", "أنْ"):
        return None
    return verb - 1


def possible(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """Round 49: «يمكن أن يهاجم المسلحون», «ويمكن لحاملي السندات، على سبيل المثال، أن يطالبوا», «من الممكن أن تشن
    هجمات»: the «أن» clause of a word of possibility or ability (``possibility_words``, within ``POSSIBLE_BACK``
    tokens before «أن», past its «لـ» phrase and an aside between commas) tells what may be, no fact
    (hypothetical); after a negation («لا يمكن أن نوقع»), what cannot be (negated)."""
    that = _that_before(doc, hit, sent_start)
    if that is None:
        return None
    for t in range(that - 1, max(sent_start, that - POSSIBLE_BACK) - 1, -1):
        text = doc.tokens[t].text
        if text in (".", "؟", "?", "!", ":") or nkey(text) in fw("complementizers"):
            return None
        key = nkey(text)
        if (key[1:] if key[:1] in ("و", "ف") else key) in fw("ruling_out_words"):
            return "hypothetical"  # round 182: «لم يستبعد أن يبحث الرئيسان إجراء جولة»: a possibility, denied or not
        if (key[1:] if key[:1] in ("و", "ف") else key) in fw("possibility_words"):
            if key.startswith("ال") and t - 1 >= sent_start and doc.tokens[t - 1].norm_key == "من":
                t -= 1  # «ليس من الممكن»: the negation before «من»
            neg = t - 1 >= sent_start and doc.tokens[t - 1].norm_key.lstrip("و") in fw("negations")
            return "negated" if neg else "hypothetical"
    return None


UPCOMING_REACH = 3  # tokens after a noun trigger read for «المقبل/المرتقبة» («مفاوضات السلام» المرتقبة»)


def upcoming(doc: Doc, hit: Hit) -> bool:
    """Round 49: «الاجتماع المقبل سيحدد», «الزيارة المرتقبة لخادم الحرمين», «مفاوضات السلام» المرتقبة»: a noun
    trigger whose adjective, within ``UPCOMING_REACH`` tokens past its genitive and a closing quote, says it is to
    come (``upcoming_words``) is planned; so is one said to come soon (``soon_words``, round 184)."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 1 + UPCOMING_REACH)):
        text = doc.tokens[t].text
        if text in ("»", '"', "”"):
            continue
        if clause_stop(text) or text in (".", "؟", "?", "!"):
            return False
        if nkey(text) in fw("upcoming_words"):
            return True
        if nkey(text) in fw("soon_words") and not (  # round 184: «أعلنت ... زيارة طهران قريبا»; not «قريبا من»
                t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key == "من"):
            return True
    return False


CONDITION_REACH = 10  # tokens after a trigger read for a condition on it («إعادة فرض عقوبات ضد طهران إذا انتهكت»)


def conditioned(doc: Doc, hit: Hit) -> bool:
    """Round 53: «إعادة فرض عقوبات ضد طهران إذا انتهكت الاتفاق», «مبدأ إعادة فرض العقوبات في حال لم تلتزم»: a noun
    or present verb trigger with a condition after it in its clause (``after_conditions``, within
    ``CONDITION_REACH`` tokens) is hypothetical; not «ما إذا», whether («اجتماع لبحث ما إذا كان»)."""
    if hit.pos == "V" and not _present(doc.tokens[hit.i].norm_key):
        return False
    after = _after_keys(doc, hit, CONDITION_REACH)
    for seq in phrase_keys(fw("after_conditions")):
        n = len(seq)
        for s in range(len(after) - n + 1):
            if tuple(after[s : s + n]) == seq and (s == 0 or after[s - 1] != "ما") and not (
                    s + n < len(after) and after[s + n] in fw("condition_states")):
                return True  # (not «في حالة تأهب», «في حالة من الاحتجاج»: a state)
    return False


def on_principle(hit: Hit, before: list[str]) -> bool:
    """Round 53: «مبدأ إعادة فرض العقوبات», «العمل بمبدأ الحوار»: an act named as a principle (``principle_words``
    right before it, or before its «إعادة») is agreed on as a rule, none done (hypothetical)."""
    if hit.pos != "N" or not before:
        return False
    keys = before[:-1] if bare(before[-1], "repeat_masdars") in fw("repeat_masdars") else before
    return bool(keys) and bare(keys[-1], "principle_words") in fw("principle_words")


def after_that(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Round 53: «وبعد أن نسيطر عليها سنشن الهجوم»: a present verb after «بعد أن» is a step still to come (planned);
    «بعد أن سيطرت» (a perfect) told it."""
    key = doc.tokens[hit.i].norm_key
    return hit.pos == "V" and len(before) > 1 and before[-1] == "ان" and before[-2].lstrip("وف") == "بعد" \
        and len(key) >= 4 and key[0] in ("ي", "ت", "ن") and not key.startswith("تم")


AVOID_REACH = 3  # keys before an attack noun read for a word of avoiding it («تجنبا لوقوع مجازر»)


def avoided(hit: Hit, before: list[str]) -> bool:
    """Round 53: «تجنبًا لوقوع مجازر», «منعا لشن هجمات», «خشية وقوع مذابح»: a violent act feared or averted
    (``avoidance_words`` within ``AVOID_REACH`` keys before it, past a masdar of happening or carrying out) did not
    happen (hypothetical)."""
    if hit.pos != "N" or not hit.entry.code.startswith(ATTACK_CODES):
        return False
    keys = before[-AVOID_REACH:]
    # (round 76: or «أي», «لردع أي هجوم»)
    return any(bare(k, "avoidance_words") in fw("avoidance_words") for k in keys[-2:]) and (
        len(keys) < 2 or keys[-1].lstrip("ل") in fw("happening_masdars") or keys[-1] == "اي"
        or bare(keys[-1], "avoidance_words") in fw("avoidance_words"))


OBLIGED_REACH = 4  # keys from a word of obligation to the «أن» of what it obliges («يجب على الحكومة أن ...»)


def obliged(hit: Hit, before: list[str]) -> bool:
    """Round 111: «يجب أن «تقدم» دعما», «ينبغي على الدول أن تعمل»: a verb trigger in the «أن» clause of a word of
    obligation (``obligation_modals``) is owed, not told; a quotation mark between them does not cut the cue."""
    keys = [k for k in before if k not in QUOTE_MARKS]
    if hit.pos != "V" or len(keys) < 2 or keys[-1] not in ("ان", "بان"):
        return False
    near = keys[-1 - OBLIGED_REACH : -1]
    return any(k.lstrip("وف") in fw("obligation_modals") for k in near) or _fronted_on(keys, near)


def forbidden(hit: Hit, before: list[str]) -> bool:
    """Round 292: «يجب ألا يطلب من أي عضو التصويت», «ينبغي ألا تزور»: a verb trigger right after «ألا» (read «أن
    لا», not the «إلا» of an exception, where a word of obligation, ``obligation_modals``, stands within
    ``OBLIGED_REACH`` keys before it) is what must not be done: negated («يجب أن يزور» is owed: planned)."""
    keys = [k for k in before if k not in QUOTE_MARKS]
    if hit.pos != "V" or len(keys) < 2 or keys[-1] not in ("الا", "بالا"):
        return False
    return any(k.lstrip("وف") in fw("obligation_modals") for k in keys[-1 - OBLIGED_REACH : -1])


def done_act(doc: Doc, hit: Hit) -> bool:
    """Round ev963: «تولي أهمية خاصة للزيارة التي قام بها الأمير», «نتائج الجولة التي قام بها الوزير»: a noun act
    whose doer is told by a perfect «قام/بعث ... بها» after it (``actors.doing_it``: not «التي يقوم بها», «سيقوم»)
    is done, whatever aim or future the clause around it tells: it is no plan."""
    if hit.pos != "N":
        return False
    bi = doing_it(doc, hit, len(doc.tokens))
    if bi is None:
        return False
    key = doc.tokens[bi - 1].norm_key.lstrip("وف")
    return key[:1] not in ("س", "ي", "ت", "ن") and not imperfect(key, False)


NOT_TO = frozenset(("ألا", "وألا", "بألا", "فألا"))  # «أن لا» written as one word, its hamza above (no «إلا»)


def not_to_do(doc: Doc, hit: Hit, a: int) -> bool:
    """Round ev963: «دعا أنصاره إلى التظاهر سلميا وألا يستهدفوا رجال الأمن», «قرروا ألا يشاركوا»: a verb trigger
    right after «ألا» spelled with its hamza above (``NOT_TO``: «أن لا», not the «إلا» of an exception nor the «وإلا»
    of a threat) and not at the head of the sentence (the «ألا» that opens a call to listen) is an act wished or
    decided not to be done: negated, as «بأن لا يستهدفوا» and «عدم استهداف» are."""
    t = hit.i - 1
    return hit.pos == "V" and t > a and strip_diacritics(doc.tokens[t].text).replace("\u0640", "") in NOT_TO


def _fronted_on(keys: list[str], near: list[str]) -> bool:
    """Round 150: «إن «على الحكومة أن توقف»: «على» + its bearer fronted at the head of its clause (its first key, or
    right after «إن/أن/لكن») before the «أن» is a duty owed, as after «يجب» («اتفقوا على أن»: an object, no duty)."""
    first = len(keys) - 1 - len(near)
    for s, k in enumerate(near):
        if k.lstrip("وف") == "علي" and s + 1 < len(near):
            at = first + s
            return at == 0 or keys[at - 1].lstrip("و") in ("ان", "انه", "لكن", "بل")
    return False


CONJUNCT_REACH = 30  # tokens before a «وأن» clause read for the obliged «أن» clause it joins
CONJUNCT_OBLIGED = 8  # keys before that «أن» read for the word of obligation («يجب على الحكومة ... في مقابل ذلك أن»)


def joined_clause_keys(doc: Doc, hit: Hit, sent_start: int, reach: int) -> list[str] | None:
    """For a verb trigger right after «وأن/وبأن», the ``reach`` keys (quotation marks off) before the earlier «أن»
    clause of its sentence that it joins («أن توقف عملياتها، وأن «تعلن»»), within ``CONJUNCT_REACH`` tokens and
    past no end mark or colon; else None."""
    if hit.pos != "V" or hit.i <= sent_start or doc.tokens[hit.i - 1].norm_key not in ("وان", "وبان"):
        return None
    for t in range(hit.i - 2, max(sent_start, hit.i - CONJUNCT_REACH) - 1, -1):
        key = doc.tokens[t].norm_key
        if doc.tokens[t].text in (".", "؟", "?", "!", ":"):
            return None
        if key in ("ان", "بان"):
            keys = [doc.tokens[k].norm_key for k in range(max(sent_start, t - reach - 2), t)]
            return [k for k in keys if k not in QUOTE_MARKS][-reach:]
    return None


def obliged_conjunct(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 150: «يجب على الحكومة أن توقف عملياتها، وأن «تعلن» فتح الطريق»: a verb trigger right after «وأن» joins
    an earlier «أن» clause of its sentence that a word of obligation governs (see :func:`obliged`): owed too."""
    keys = joined_clause_keys(doc, hit, sent_start, CONJUNCT_OBLIGED)
    return keys is not None and any(k.lstrip("وف") in fw("obligation_modals") for k in keys)


def ahead_of(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Round 150: «زادت من توتر الأجواء قبل استئناف محادثات سلام»: a noun trigger right after «قبل» and a masdar of
    starting or resuming (``resumption_masdars``) is what is to come, planned - unless a time in its clause after
    it dates it («قبل بدء الاجتماع أمس»: the meeting was held); round ev392: past the words of a date set
    (``date_set_words``, ``scheduled_words``) and a «لـ» («قبل الموعد المقرر لانطلاق محادثات»)."""
    k = len(before) - 2  # (-1 where one key or none is before: no «قبل»)
    while k > 0 and (before[k].removeprefix("ال") in fw("scheduled_words") or before[k] in fw("date_set_words")):
        k -= 1  # («قبل الموعد المقرر لانطلاق»)
    masdar = "" if k < 0 else before[-1].lstrip("و") if k == len(before) - 2 else before[-1].removeprefix("ل")
    if hit.pos != "N" or masdar not in fw("resumption_masdars") or before[k].lstrip("و") != "قبل":
        return False
    for t in range(hit.j + 1, len(doc.tokens)):
        text = doc.tokens[t].text
        if clause_stop(text) or text in (".", "؟", "?", "!"):
            break
        if any(s.start == doc.tokens[t].start for s in doc.times) or nkey(text) in fw("not_actors"):
            return False
    return True


PART_REACH = 6  # keys back from «في» + a talks noun to the future verb of taking part («سيكون لهما تمثيل في المحادثات»)


def future_part(hit: Hit, before: list[str]) -> bool:
    """Round 184: «سيكون لهما تمثيل في المحادثات», «ستشارك في الاجتماع»: talks (a 04 noun) right after «في», with
    a verb of taking part or being there (``taking_part_verbs``) in the future with «سـ» within ``PART_REACH`` keys
    before it, are to come: planned."""
    if hit.pos != "N" or not hit.entry.code.startswith("04") or not before or before[-1] != "في":
        return False
    return any(k.lstrip("وف")[:1] == "س" and k.lstrip("وف")[1:] in fw("taking_part_verbs")
               for k in before[-PART_REACH - 1:-1])
