"""Round ev486: a refusal of an act is the refusal (CAMEO 12x by the act refused, the refuser its source), not the
act negated; a party only compared with («أكثر ذكاء من «داعش»») is resumed by no pronoun."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_codes, news_modality


def _event(doc, trigger: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)


def test_refused_signing_is_a_rejection_of_the_agreement() -> None:
    text = "وقد رفض المؤتمر الوطني العام التوقيع على اتفاق السلام بحجة أن تعديلاته لم تؤخذ بعين الاعتبار."
    doc = analyze_news(text)
    ev = _event(doc, "رفض")
    assert (ev.code, ev.modality) == ("127", "asserted")
    assert event_arg(doc, ev, "source") == "المؤتمر الوطني العام"
    assert ("التوقيع على", "057") not in news_codes(text)


def test_refused_meeting_is_a_rejection_of_a_meeting() -> None:
    doc = analyze_news("وقال الناطق إن نتنياهو رفض لقاء الرئيس الأميركي باراك أوباما.")
    ev = _event(doc, "رفض")
    assert ev.code == "125"
    assert event_arg(doc, ev, "target") == "باراك أوباما"
    assert [c for _, c in news_codes("وقال الناطق إن نتنياهو رفض لقاء الرئيس الأميركي باراك أوباما.")
            if c.startswith("04")] == []


def test_denied_refusal_stays_denied() -> None:
    text = "نفى رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، أنه رفض لقاء الرئيس الأميركي، باراك أوباما."
    assert ("نفى", "016") in news_codes(text)
    assert news_modality(text, "رفض") == "negated"
    assert ("رفض", "125") in news_codes(text)


def test_counter_rejections_of_no_act_stay_120() -> None:
    # what is rejected is a proposal, accusations or a state, no act of 03-08: a plain rejection
    assert ("ورفضت", "120") in news_codes("ورفضت إسرائيل الاتهامات الفلسطينية.")
    assert ("ورفض", "120") in news_codes("ورفض البرلمان الأردني ما اقترحته الحكومة من تعديلات.")
    # another verb between: the meeting is that verb's object, agreed to, and stays an act
    codes = news_codes("ورفضت مصر المبادرة ووافقت على لقاء الوفد.")
    assert ("ورفضت", "120") in codes and any(c.startswith("04") for _, c in codes)


def test_counter_a_meeting_agreed_to_is_no_refusal() -> None:
    codes = news_codes("ووافق نتنياهو على لقاء الرئيس الأميركي باراك أوباما.")
    assert not any(c.startswith("12") for _, c in codes)


def test_a_party_only_compared_with_is_resumed_by_no_pronoun() -> None:
    doc = analyze_news("كانت قيادة «النصرة» أكثر ذكاء من «داعش»، حيث ساومت على من خطفتهم ولم تذبحهم جميعًا.")
    assert event_arg(doc, _event(doc, "خطفتهم"), "target") != "تنظيم داعش"
    assert event_arg(doc, _event(doc, "خطفتهم"), "target") == ""


def test_counter_a_party_named_plainly_is_resumed() -> None:
    # no comparison before it: the nearest group is the one the pronoun resumes
    doc = analyze_news("وتحدث الأهالي عن جرائم «داعش»، وقالوا إن الجيش سيستهدفهم قريبا.")
    assert event_arg(doc, _event(doc, "سيستهدفهم"), "target") == "داعش"
