"""Modality of an event: asserted / planned / negated / hypothetical / reported (its date: events.dating)."""

from __future__ import annotations

from functools import lru_cache
from ..doc import Doc, Quote
from .modality_threat import threatened
from .chunks import clause_stop
from .forms import bare, fw, nkey, phrase_keys
from .lexicon import Hit
from .tense import imperfect  # round oe410: its own module (a perfect of a root in «ن» is no present)
from .condemned import announced, put_off_over_subject
from .modality_cues import (after_that, ahead_of, as_masdar, asked, avoided, conditioned, done_act, forbidden, later_today,
                            needed, not_to_do, obliged, obliged_conjunct, on_principle, possible, proposed, upcoming, warned, without, future_part)
from .modality_links import any_attempt, called_that, future_conjunct, granted_if, implied, insisted, over_time_comma
from .modality_may import excepted, may_happen, not_done_chain, owed, possibility_noun, will_witness
from .modality_able import able_to, an_option, desired, eager_for
from .informed_of import informed_of
from .reported_frames import not_meant, told_by_source
from .modality_need import any_act, during_future, future_held, never_seen, ready_for, required, uncalled, unhurried
from .relative_ma import ma_relative
from .since_clause import since_clause_at
from .may_hold import possible_after, until_future
from .abstained import abstained
from .failed_reach import failed_in
from .modality_reward import aimed_masdar, rewarded
from .modality_deep import aimed_clause, deep_possible, modal_masdar, negated_cause, negated_chain
from .unfixed import potential_effect
from .past_frames import to_come
from .modality_duty import owed_masdar, persuaded, purpose_verb, refused_act, upon
from .planned_for import intended, plan_aim, plan_content, prepared_after
from .programme_items import programme_item
from .intent_frames import attempted, outcome_subject, quoted_saying, requested, start_aim, told_to, willed
from .prior_acts import charge_listed
from .purpose_lam import future_over_date, lam_purpose
from .modality_authorized import authorised
from .clause_times import expected_relative, may_relative, when_planned
from .protest_modality import may_start, none_there, reason_denied, state_not_condition
from .backdrop_acts import enabled_act, unagreed
from .generic_plurals import every_one, generic_plural
from .modality_frames import beyond_capacity, expected_noun, prevented, rumoured
from .modality_intent import aim_consequence, expected_conjunct, over_aside
from .modality_denied import claimed, denied_over_subject, false_claim, light_negated, unpermitted

CUE_WINDOW = 12  # tokens before the trigger where a planning/conditional cue still governs it

__all__ = ["FACTUAL", "asked", "imperfect", "keys_before", "modality"]

FACTUAL = ("asserted", "reported")  # modalities of events told as fact (asserted, or reported in attributed speech)


def keys_before(doc: Doc, hit: Hit, sent_start: int, window: int) -> list[str]:
    lo = max(sent_start, hit.i - window)
    out: list[str] = []
    for t in range(lo, hit.i):
        tok = doc.tokens[t]
        if clause_stop(tok.text) or tok.norm_key in fw("relatives") or since_clause_at(doc, t, hit):
            out = []
            continue
        out.append(tok.norm_key)
    return out


def _has_phrase(keys: list[str], phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` occurs in ``keys`` (its first word may carry «و/ف»)."""
    by_first = _phrases_by_first(phrases)
    for k, key in enumerate(keys):
        for first in (key, key[1:] if key[:1] in ("و", "ف") else None):
            for seq in by_first.get(first or "", ()):
                if tuple(keys[k + 1 : k + len(seq)]) == seq[1:]:
                    return True
    return False


@lru_cache(maxsize=16)
def _phrases_by_first(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in phrase_keys(phrases):
        out.setdefault(seq[0], []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


def _cannot(before: list[str]) -> bool:
    """«لم يستطع حزب الله السيطرة على», «لم تتمكن القوات من», «فشلت القوات في استعادة»: a negated verb of being
    able (function words ``ability_verbs``) or a verb of failing (``failure_verbs``) with «في/عن» right before the
    trigger says the act did not happen («فشل الهجوم»: the attack did, and failed)."""
    for k in range(1, len(before)):
        if before[k].lstrip("وف") in fw("ability_verbs") and before[k - 1].lstrip("وف") in fw("negations"):
            return True
    return failed_in(before)  # ev635: over a subject of any length to the first «في/عن» after the verb


WANT_REACH = 2  # keys from «يريد/نود» to a masdar it takes as object («لا تريد فرنسا إطلاق التصريحات»)


def _wanted(before: list[str], hit: Hit) -> bool:
    """«نريد أن يستأنف المحادثات», «يريد زيارة»: the act a verb of wanting (function words ``wants``) governs, its
    object right after it or the verb of its «أن» clause (the trigger, or the present verb right before a noun
    trigger); not an act told in a clause that only follows it («عندما أراد محفوظ تقديمها ... رفض المسؤول»,
    «نريد أن نرى الحكومة ترد على الهجمات»: the attacks were real)."""
    for k, key in enumerate(before):
        if key.lstrip("وف") not in fw("wants"):
            continue
        rest = before[k + 1 :]
        if len(rest) <= WANT_REACH and not any(r in fw("complementizers") for r in rest):
            return True
        if rest and rest[0] in fw("complementizers"):
            if hit.pos == "V":
                return True
            last = rest[-1].lstrip("وف") if len(rest) > 1 else ""
            return last[:1] in ("ي", "ت", "ن") and len(last) >= 4
    return False


EXPECT_REACH = 3  # keys from «يتوقع» to the «أن» of what is expected («يتوقع المراقبون أن يزور»)
EXPECTED_OBJECT_REACH = 3  # keys from a verb of expecting to its object act («توقعت هذه المصادر هجوما»)


def _expected(before: list[str], hit: Hit) -> bool:
    """«يتوقع أن يزور الرئيس الرياض», «والمتوقع أن تبدأ المحادثات»: the act of the «أن» clause of a verb of
    expecting (function words ``expect_verbs``) is to come: the trigger verb, or a noun after the present verb of
    that clause («يتوقع أن تعقد الحكومة اجتماعا»). Round 302: or a bare noun its object past the subject, no
    «أن» («وتوقعت هذه المصادر هجوما وشيكا»)."""
    for k, key in enumerate(before):
        if key.lstrip("وف") not in fw("expect_verbs"):
            continue
        rest = before[k + 1 :]
        if hit.pos == "N" and not hit.cand.proclitics and len(rest) <= EXPECTED_OBJECT_REACH \
                and not any(r in fw("complementizers") for r in rest):
            return True
        comp = next((n for n, r in enumerate(rest[: EXPECT_REACH + 1]) if r in fw("complementizers")), None)
        if comp is None or any(r in fw("complementizers") for r in rest[comp + 1 :]):
            continue
        if hit.pos == "V":
            return True
        clause = rest[comp + 1 :]
        return len(clause) <= EXPECT_REACH and any(r[:1] in ("ي", "ت") and len(r) >= 3 for r in clause[:2])
    return False


AGREED_REACH = 8  # keys before «أن» read for the agreement on the act after it («اتفق المحافظ مع المسلحين بأن»)
SUPPORT_REACH = 4  # keys from a future support verb to its event noun («سيعقد وزير الخارجية السعودي اجتماعا»)


def _future_support(before: list[str]) -> bool:
    """«سيعقد الرئيس اجتماعا», «وستجري الحكومة محادثات», «سيقوم الوزير بزيارة»: a verb that holds or carries out an
    event noun (function words ``holding_verbs``, ``light_verbs``), in the future with «سـ», within
    ``SUPPORT_REACH`` keys before it (its subject between them)."""
    for key in before[-SUPPORT_REACH:]:
        k = key.lstrip("وف")
        # (the first person read as the third: «سنشن الهجوم», «سنعقد اجتماعا»)
        if len(k) >= 4 and k[0] == "س" and k[1] in ("ي", "ت", "ن") and any(
                v in fw("holding_verbs") or v in fw("light_verbs") or v in fw("launch_verbs") for v in (k[1:], "ي" + k[2:])):
            return True
    return False


DECIDE_REACH = 3  # keys from «قرر» to the masdar decided on («قررت آلية الاستقرار فتح مفاوضات»: its subject between)


def _decided(before: list[str]) -> bool:
    """Round 76: «قررت الحكومة فتح مفاوضات», «قرر المجلس إرسال قوات»: a noun trigger within ``DECIDE_REACH`` keys
    after a verb of deciding (function words ``decision_verbs``) is decided on, still to come; «سوف يكون الهجوم
    أولا», «سيكون الاجتماع»: a future copula (``future_copulas``, or «سوف» + «يكون/تكون») right before it."""
    if any(k.lstrip("وف") in fw("decision_verbs") for k in before[-DECIDE_REACH:]):
        return True
    prev = before[-1].lstrip("وف") if before else ""
    return prev in fw("future_copulas") or (
        prev in ("يكون", "تكون") and len(before) > 1 and before[-2].lstrip("وف") in fw("future"))


def _future_doing(hit: Hit, before: list[str]) -> bool:
    """Round 76: «سيقوم مدير الوكالة الدولية للطاقة الذرية بزيارة»: a «بـ» masdar after a future «سيقوم»
    (function words ``future_doing_verbs``) anywhere before it in its clause, its long subject between them."""
    return "ب" in hit.cand.proclitics and any(k.lstrip("وف") in fw("future_doing_verbs") for k in before)


def _may(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """«قد يهاجم المسلحون», «قد يشن الجيش هجوما»: «قد» + a present verb (the trigger, or the verb of a noun trigger
    within ``SUPPORT_REACH`` keys) says it may happen; «قد» + a perfect («قد هاجم», «كانت قد أعلنت») told it. Round
    ev1003: «ربما» + a present verb too («وربما تقصف الطائرات المعسكر»)."""
    if hit.pos == "V":
        return bool(before) and before[-1].lstrip("وف") in _MAY \
            and imperfect(doc.tokens[hit.i].norm_key, True)
    tail = before[-SUPPORT_REACH - 1 :]
    return any(k.lstrip("وف") in _MAY and imperfect(tail[n + 1], False) for n, k in enumerate(tail[:-1]))


_MAY = ("قد", "ربما")  # words of «may» before a present verb


def _denied(hit: Hit, before: list[str]) -> bool:
    """«الجيش نفى استهدافه»: a noun trigger right after a verb of denying (function words ``negating_verbs``) did
    not happen; not an accusation, a rejection or a responsibility it denies («نفى الاتهامات», «نفى أي ضلوع لهم في
    الاعتداء»: those were real). Past a subject («نفى المتحدث أن يكون الجيش قد هاجم», «نفت الحركة قيامها
    باختطاف»): ``modality_denied.denied_over_subject`` (round ev852: a scan, no longer a reach of three keys)."""
    return hit.pos == "N" and not hit.entry.code.startswith(("11", "12")) and bool(before) \
        and before[-1].lstrip("وف") in fw("negating_verbs")


def _put_off(before: list[str]) -> str | None:
    """«تأجيل المحادثات», «أرجئ الاجتماع»: still to come, planned; «ألغيت الزيارة», «إلغاء جولة المحادثات»: it
    will not happen, negated (function words ``postpone_words``, ``cancel_words``, one or two keys before)."""
    for n in range(max(0, len(before) - 2), len(before)):
        k = before[n].lstrip("وف")
        if k in fw("cancel_words"):
            # «لم تعلن إلغاء المفاوضات»: a cancellation denied, the talks are still to come
            return "planned" if any(b.lstrip("وف") in fw("negations") for b in before[max(0, n - 2) : n]) else "negated"
        if k in fw("postpone_words"):
            return "planned"
    return None


def _aimed(hit: Hit, before: list[str]) -> bool:
    """«لاستعادة السيطرة على المدينة», «لعقد محادثات» (function words ``purpose_masdars``), «سعيا إلى السيطرة»,
    «سعيا للسيطرة»: a noun trigger right after a purpose phrase is its aim."""
    prev = before[-1].lstrip("وف") if before else ""
    if prev in fw("purpose_masdars") or (prev == "سعيا" and "ل" in hit.cand.proclitics):
        return True
    if len(before) > 2 and before[-3].lstrip("وف") == "سعيا" and before[-2] in ("الي", "نحو") \
            and "ل" + prev in fw("purpose_masdars"):
        return True  # round 76: «سعيا إلى استعادة السيطرة» (past the masdar that carries it out)
    return len(before) > 1 and before[-2].lstrip("وف") == "سعيا" and prev in ("الي", "نحو")


PAVING_REACH = 5  # keys before an act read for a word of paving the way to it («لتمهيد الطريق نحو استئناف»)
_TOWARDS = frozenset(nkey(w) for w in ("نحو", "إلى", "أمام", "لـ"))


def _paved(before: list[str]) -> bool:
    """Round 114: «كانت لتمهيد الطريق نحو استئناف التفاوض», «تمهيدا لعقد اجتماع», «يمهد الطريق أمام المفاوضات»: a
    noun trigger after a word of paving the way (``paving_words``), past only the way (``paving_ways``), a
    preposition of direction and a masdar that carries it out, is its aim, still to come."""
    for k in reversed(before[-PAVING_REACH:]):
        k = k.lstrip("وف")
        if k in fw("paving_words"):
            return True
        if not (k in fw("paving_ways") or k in _TOWARDS or "ل" + k in fw("purpose_masdars") or k in fw("purpose_masdars")):
            return False
    return False


def _prepared(hit: Hit, before: list[str]) -> bool:
    """Round 233: «للتحضير لاجتماع مع الوزير», «استعدادا لعقد محادثات»: an act in «لـ» right after a word of
    preparing for it (``preparing_words``; past the masdar that carries it out) is still to come."""
    if hit.pos != "N" or not before:
        return False
    prev = before[-1].lstrip("وف")
    if prev in fw("preparing_words"):
        return "ل" in hit.cand.proclitics
    return len(before) > 1 and before[-2].lstrip("وف") in fw("preparing_words") and prev in fw("purpose_masdars")


INVITE_BACK = 20  # words before «لزيارة» read for the call that invites it («دعا فلان، ...، لزيارة عدن»)
INVITE_REACH = 5  # keys from «دعا/وعد/تعهد» to the masdar after «إلى» or «بـ/لـ» («دعا الحكومة إلى فرض عقوبات»)
_TO = frozenset(nkey(w) for w in ("إلى", "الى"))
# «دعا إلى المشاركة في»; round 283: «دعا أنصاره إلى الخروج في مسيرات» (going out in the act bid is joining it)
_JOIN = frozenset(nkey(w) for w in ("للمشاركة", "بالمشاركة", "المشاركة", "للخروج", "بالخروج", "الخروج"))
# what an invitation or a promise may govern as a deed still to come: a meeting or a visit, a demonstration, a
# coercive or violent act (not a statement, an appeal or an aid that is the promise itself: «تعهد بتقديم الدعم»)
INVITED_CODES = ("04", "14", "16", "17", "18", "19", "20")  # (round 53: «دعا إلى فرض عقوبات»)


ATTEMPT = "185"  # CAMEO attempt to assassinate: the attempt is the act told (round 84), not a plan


HESITATE_REACH = 4  # keys before an act read for a hesitation and its «في» («ترددا في شن هجوم»)


def _hesitated(before: list[str]) -> bool:
    """Round 43: «أبدت ترددا في شن هجوم», «تتردد في اقتحام»: an act hesitated over (``hesitation_words`` + «في/عن»
    within ``HESITATE_REACH`` keys before it) is not told as done; «لم يتردد في إعلان» (no hesitation) tells it."""
    n = len(before)
    for t in range(max(0, n - HESITATE_REACH), n - 1):
        if before[t].lstrip("وف") in fw("hesitation_words") and before[t + 1] in ("في", "عن"):
            return t == 0 or before[t - 1].lstrip("وف") not in fw("negations")
    return False


def _to_visit(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 39: «دعا الأحمدي، المبعوث الأممي ...، وممثلي المنظمات، لزيارة عدن»: «لـ» + the masdar of visiting with
    no pronoun after a call or a promise (``calls_and_promises``) within ``INVITE_BACK`` words before it in its
    sentence, past the commas of the invited's names: the visit is still to come (not «انتقلوا معه لزيارة الجرحى»,
    a trip's aim that was carried out)."""
    if hit.entry.id != "visit" or "ل" not in hit.cand.proclitics or doc.tokens[hit.j].words[-1].kind == "enclitic":
        return False
    return any(bare(doc.tokens[t].norm_key, "calls_and_promises") in fw("calls_and_promises")
               for t in range(max(sent_start, hit.i - INVITE_BACK), hit.i))


def _invited(hit: Hit, before: list[str]) -> bool:
    """«دعا الرئيس إلى مهاجمة مواقع التنظيم», «وعد الوزير بزيارة المنطقة», «تلقى دعوة للاجتماع»: the masdar an
    invitation or a promise (function words ``calls_and_promises``) governs with «إلى» or «بـ/لـ» is still to come;
    round 283: so is the act a finite verb of demanding or appealing (``demand_verbs``) governs with «بـ» past its
    object («وطالبت الحركة أنصارها بتنظيم مظاهرات», «وناشدت المنظمة السكان بالمشاركة في المظاهرة»)."""
    if not hit.entry.code.startswith(INVITED_CODES):
        return False
    prev = before[-1] if before else ""
    # (or on the masdar that carries it out: «تعهد الجيش بشن هجمات»)
    carried = prev[:1] in ("ب", "ل") and "ل" + prev[1:] in fw("purpose_masdars")
    # («دعا إلى شن هجمات», «إلى تنظيم مظاهرات»: the masdar that carries it out after «إلى»)
    masdar = len(before) > 1 and before[-2] in _TO and "ل" + prev in fw("purpose_masdars")
    # («دعوة للشعب للمشاركة في مظاهرة»: the act a call bids them join, round 63)
    joined = len(before) > 2 and prev == "في" and before[-2].lstrip("وف") in _JOIN
    if prev not in _TO and not (carried or masdar or joined) and not ("ب" in hit.cand.proclitics or "ل" in hit.cand.proclitics):
        return False
    return any(k.lstrip("وف") in fw("calls_and_promises") or k.lstrip("وف") in fw("demand_verbs")
               for k in before[-INVITE_REACH - int(masdar) - 2 * int(joined):])


def modality(doc: Doc, hit: Hit, sent_start: int, quotes: list[Quote], purpose: bool = False, shown: bool = False) -> str:
    """``purpose``: the trigger is a purpose masdar of an earlier verb event («سيغادر ... للاجتماع»); ``shown``:
    an ability its owner showed by an act told before («قدرة (النصرة) على الخطف»: ``modality_able.shown_able``)."""
    before = keys_before(doc, hit, sent_start, CUE_WINDOW)
    cut = over_time_comma(doc, hit, sent_start)
    if cut is not None:  # round 116: «ستعقد غدا، اجتماعا»: the keys before the time set off
        before = keys_before(doc, Hit(cut, cut, hit.entry, hit.pos, hit.cand), sent_start, CUE_WINDOW)
    hit = as_masdar(hit, before)  # «دعا إلى فرض عقوبات» (round 53)
    prev = before[-1].lstrip("وف") if before else ""
    prev2 = before[-2].lstrip("وف") if len(before) > 1 else ""
    # «بحسب ما أعلنت», «وفق ما ذكرت»: «ما» after a preposition or «حسب» is the relative, no negation
    relative_ma = prev == "ما" and (prev2 in fw("ma_heads") or prev2 in fw("prepositions")) or (
        prev == "لما" and hit.pos == "V" and not imperfect(doc.tokens[hit.i].norm_key, True)) or ma_relative(  # «وفقا لما أعلنته»
        doc, hit, before, imperfect(doc.tokens[hit.i].norm_key.lstrip("وف"), True))  # «كل ما أعلن», «ما أعلنه» (104)
    # «وليست الزيارة الأولى»: «ليس» before a definite noun denies what is said of it, not that it happened
    copula_subject = prev in ("ليس", "ليست") and hit.pos == "N" and doc.tokens[hit.i].norm_key.startswith("ال")
    # round 162: «لا نتظاهر من أجل السلطة، بل من أجل الخبز»: the reason denied, not the act
    if (prev in fw("negations") and not relative_ma and not copula_subject and not reason_denied(doc, hit)
            and not excepted(doc, hit)) \
            or (prev2 in fw("negations") and prev in fw("auxiliaries")) or prev == "عدم" \
            or not_done_chain(doc, hit, before) or negated_chain(doc, hit, sent_start) \
            or negated_cause(doc, hit, sent_start) \
            or none_there(doc, hit, sent_start) or never_seen(doc, hit, sent_start):  # 162: «لم تكن هناك حشود»
        return "negated"
    if _denied(hit, before) or _cannot(before) or (hit.pos == "N" and without(before)) \
            or abstained(doc, hit, sent_start) or beyond_capacity(before) \
            or refused_act(doc, hit, sent_start) or forbidden(hit, before) or unpermitted(doc, hit, sent_start) \
            or not_to_do(doc, hit, sent_start) \
            or light_negated(doc, hit, sent_start) or denied_over_subject(doc, hit, sent_start) or false_claim(doc, hit, sent_start):  # 292: «يجب ألا يطلب»; 217: «التي تمتنع، حتى الآن، عن لقاء»; 286: «رفض البرلمان التوقيع»
        return "negated"  # ev342: «ولا يدلي بتصريحات», «نفى فلان، ...، أنه رفض»
    kept_from = prevented(hit, before)  # round 264: «لمنع الطيران من قصفه»
    if kept_from is not None:
        return kept_from
    put_off = (_put_off(before) or put_off_over_subject(doc, hit, sent_start) if hit.pos == "N" else None) \
        or possible(doc, hit, sent_start) or deep_possible(doc, hit, sent_start) \
        or modal_masdar(doc, hit, sent_start) or uncalled(doc, hit, sent_start)  # 252: «يمكن للناس بحث»; gr436
    if put_off is not None:
        return put_off
    if charge_listed(doc, hit, sent_start) or rumoured(hit, before):
        return "reported"  # round 264: «تنفيذ الإعدامات بتهم القتل», «ما تردد من أنباء عن إجراء محادثات»
    told_any = any_act(hit, before, prev)  # round 182: «من أي اعتداءات قد تطال», «لم يسجل أي هجوم»
    if told_any is not None:
        return told_any
    if (_has_phrase(before, fw("conditional")) and not granted_if(before)
            and not state_not_condition(doc, hit, sent_start) and not outcome_subject(doc, hit, before)) \
            or may_start(doc, hit) or any(k.lstrip("وف") in fw("wishes") for k in before) \
            or _wanted(before, hit) or _may(doc, hit, before) or warned(doc, hit, before) or avoided(hit, before) \
            or conditioned(doc, hit) or on_principle(hit, before) or may_happen(doc, hit, before) \
            or potential_effect(doc, hit, sent_start) or possibility_noun(doc, hit, before) or implied(hit, before) \
            or any_attempt(hit, before) or possible_after(doc, hit) or required(hit, before) or ready_for(hit, before) \
            or enabled_act(doc, hit, sent_start) or unagreed(doc, hit, sent_start) or may_relative(doc, hit) \
            or upon(hit, before) or not_meant(doc, hit, sent_start) or unhurried(hit, before) or threatened(doc, hit, sent_start) \
            or (able_to(doc, hit, sent_start) and not shown) or eager_for(doc, hit, sent_start) \
            or an_option(doc, hit, sent_start) or desired(before) or rewarded(doc, hit, sent_start):  # 286: «حال التوقيع»; 292: «قدرته على الخطف», «خيارات: رفض ...»
        return "hypothetical"  # «إذا», «لو»; «آمل أن أزور»: a condition or a wish, not a fact nor a plan
    if done_act(doc, hit):
        return _told(doc, hit, sent_start, quotes)  # round ev963: «للزيارة التي قام بها الأمير»: done, no plan
    pro = hit.cand.proclitics
    if (hit.pos == "V" and "س" in pro) or prev in fw("future") or after_that(doc, hit, before) \
            or future_conjunct(doc, hit, sent_start) or insisted(hit, before) \
            or until_future(doc, hit, sent_start) or during_future(doc, hit, before) \
            or future_held(doc, hit, before):  # round 116; 133: «ويستمر ... حتى 5 أغسطس، وتعلن»; ev312: «سيتناولها اللقاء»
        return "planned"
    if purpose or (hit.pos == "N" and (_aimed(hit, before) or _paved(before) or _to_visit(doc, hit, sent_start))) \
            or _prepared(hit, before) or willed(doc, hit, sent_start, before) or start_aim(hit, before) \
            or requested(hit, before) or prepared_after(doc, hit) \
            or plan_aim(hit, before) or intended(hit, before) or aimed_masdar(doc, hit, sent_start) or plan_content(doc, hit, sent_start) \
            or programme_item(doc, hit, sent_start):  # mend847: «خطة ل... ثم محاصرتها»; mo924: «البرنامج ... يشمل ... واستقبال»
        return "planned"
    if lam_purpose(doc, hit) or future_over_date(doc, hit, sent_start):
        return "planned"  # round 245: «هيئة مفوضة لبحث السلام», «سيعقد يوم الخميس 28 / 10 لقاء»
    # «سنقوم باستهدافهم»: a future verb and its «ب» masdar (not «سيارة مفخخة», «سيارات»: a noun read as «س»+verb)
    if hit.pos == "N" and "ب" in pro and prev[:1] == "س" and prev[1:2] in ("ي", "ت", "ن", "ا") \
            and not prev.endswith(("ه", "ات")):
        return "planned"
    if hit.pos == "N" and (_future_support(before) or will_witness(before) or owed(doc, hit, sent_start)
                           or _future_doing(hit, before) or _decided(before)):
        return "planned"
    if _has_phrase(before, fw("planned")) or any(k.lstrip("وف") in fw("aims") for k in before) \
            or _expected(before, hit) or expected_noun(hit, before) or aimed_clause(before):  # round 142: «والهدف أن تظل ... تهدد»
        return "planned"  # («تسعى للسيطرة على»: an aim)
    if over_aside(doc, hit, sent_start) or aim_consequence(doc, hit, sent_start) \
            or expected_conjunct(doc, hit, sent_start):  # mo943: «يعتزم، بعد ...، مهاجمة», «، وبالتالي استكمال»
        return "planned"
    if hit.pos == "N" and any(k.lstrip("وف") in fw("foil_verbs") for k in before):
        return "negated"  # «أحبطت الشرطة هجوما»: foiled, it did not happen
    # tried, called for or promised: not (yet) done (a verb trigger read as a masdar: «حاول المسلحون قصف المطار»)
    if ((hit.pos == "N" or not hit.cand.proclitics) and hit.entry.code != ATTEMPT and attempted(doc, hit, before)) or (
            hit.pos == "N" and _invited(hit, before)) or _hesitated(before):
        return "planned"
    if hit.pos == "V" and prev in ("ان", "بان") and any(  # «اتفقوا على أن يجتمعوا»: the act agreed on (round 51)
            k.lstrip("وف") in fw("agreeing_words") for k in before[-AGREED_REACH:-1]):
        return "planned"
    if later_today(doc, hit, before) or needed(hit, before) or proposed(hit, before) or upcoming(doc, hit) \
            or to_come(doc, hit) or obliged(hit, before) or obliged_conjunct(doc, hit, sent_start) \
            or ahead_of(doc, hit, before) or future_part(hit, before) \
            or owed_masdar(hit, before) or purpose_verb(hit, before) \
            or persuaded(doc, hit, sent_start) or called_that(doc, hit, sent_start):  # round 150: «، وأن تعلن»; «قبل استئناف محادثات»; 286: «إقناع X بالتوقيع»
        return "planned"  # round 45: «يلتقي ... في وقت لاحق اليوم», «ضرورة عقد لقاءات»; 47: «طالب بالتحقيق»
    if expected_relative(doc, hit) or when_planned(doc, hit, sent_start):  # mo490: «يعتزم بحث ... عندما يلتقي»
        return "planned"  # round 194: «الحصار الذي يتوقع أن تفرضه»: an act still to come
    if authorised(doc, hit, sent_start):
        return "planned"  # round 198: «تفويض الوزير بالتباحث ...، والتوقيع عليه»: what the delegate may do
    if generic_plural(doc, hit, sent_start) or every_one(doc, hit):
        return "hypothetical"  # round 252: «حق الدفاع عن النفس في مواجهة الهجمات المسلحة»: a kind (not a plan's)
    return _told(doc, hit, sent_start, quotes)


def _told(doc: Doc, hit: Hit, sent_start: int, quotes: list[Quote]) -> str:
    """An act told as a fact: reported where a source tells it, else asserted."""
    if announced(doc, hit, sent_start) or charge_listed(doc, hit, sent_start):
        return "reported"  # round 252: «اتهامات بـ«...، واستهداف المنشآت»»: what they are accused of  # round 123: «أعلنت القوات مرارا السيطرة عليها»: its claim
    if informed_of(doc, hit, sent_start) or told_to(doc, hit, sent_start) or quoted_saying(doc, hit, sent_start) \
            or claimed(doc, hit, sent_start):  # ev852: «تقارير عن ادعاءات بأن الجيش قصف»
        return "reported"  # round 302: «أفاد المرصد بسماع دوي انفجار»: what a source reports, not the writer
    return "reported" if told_by_source(doc, hit, sent_start, quotes) else "asserted"  # ev362: «ووفقا للبيان، شهدت»
