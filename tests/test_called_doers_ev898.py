"""Round ev898: the one a verb of calling calls on («دعا/طالب/حث/ناشد X Y إلى/على/بـ ...») does the act asked for,
not the caller (``rasd.events.masdar_agents.called_doers``)."""

from __future__ import annotations

from conftest import news_arg, news_event


def test_called_on_council_imposes_sanctions() -> None:
    text = "ودعت الجامعة العربية مجلس الأمن إلى فرض عقوبات على الحوثيين."
    doc, ev = news_event(text, "فرض")
    assert ev.code == "163"
    assert news_arg(text, "فرض") == "مجلس الأمن"
    assert news_arg(text, "فرض", "target") == "الحوثيين"


def test_urged_state_launches_strikes_not_the_urger() -> None:
    text = "وحثت الولايات المتحدة تركيا على شن غارات على مواقع داعش."
    doc, ev = news_event(text, "شن غارات")
    assert ev.code == "195"
    assert news_arg(text, "شن غارات") == "تركيا"


def test_appealed_forces_step_up_air_strikes() -> None:
    text = "وناشد شيوخ القبائل قوات التحالف بتعزيز الضربات الجوية على مواقع الحوثيين."
    assert news_arg(text, "الضربات الجوية") == "قوات التحالف"


def test_unnamed_addressee_phrase_is_the_doer() -> None:
    text = "ودعت القيادة الفلسطينية المجتمع الدولي إلى فرض عقوبات على إسرائيل."
    assert news_arg(text, "فرض") == "المجتمع الدولي"
    text = "وطالبت المنظمة الحقوقية النائب العام بضرورة فتح تحقيق في الواقعة."
    assert news_arg(text, "تحقيق") == "النائب العام"


def test_caller_with_no_addressee_is_no_doer() -> None:
    # counter-case: «دعا فلان إلى ...» names no one called on: nothing is given to the act
    text = "ودعا الرئيس الفرنسي فرانسوا هولاند إلى فرض عقوبات على إيران."
    assert news_arg(text, "فرض") == ""


def test_accused_still_does_the_act() -> None:
    # counter-case: the accusation frame keeps its reading
    text = "واتهم الجيش اللبناني حزب الله بقصف القرى الحدودية."
    doc, ev = news_event(text, "بقصف")
    assert news_arg(text, "بقصف") == "حزب الله"
    assert ev.attrs.get("source_masdar") == "accused"


def test_addressee_past_an_aside() -> None:
    text = ("وطالبت جمعية حقوقية، في بيان أصدرته من مقرها في مدينة طرابلس، النيابة العامة بضرورة فتح تحقيق في "
            "الحادثة.")
    assert news_arg(text, "تحقيق") == "النيابة العامة"


def test_informing_verb_keeps_the_informer() -> None:
    # counter-case: «أبلغ» tells, it calls on no one: the ministry imposes the sanctions, not the ambassador told
    text = "وأبلغت وزارة الخارجية البريطانية السفير الإيراني بفرض عقوبات جديدة على طهران."
    doc, ev = news_event(text, "بفرض")
    assert ev.code == "163"
    assert news_arg(text, "بفرض") == "وزارة الخارجية البريطانية"
