"""Round ev430: the events' dedup keeps apart promises and demands of other objects
(``events.promised_objects``), a merge keeps the more specific code (``events.repeats.finer_code``), a verb of
charging with a charge noun after it is a charge (112, lexicon entry ``level_charge``), and a plural verb joined by
«و» goes on with no one person named before it (``events.coordinated``)."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg, news_codes

from rasd.events.repeats import finer_code

TWO_PROMISES = ("ووعد الرئيس عمر البشير بإجراء إصلاحات قانونية في البلاد. وقال البشير إن الحكومة جادة، "
                "كما وعد بإتاحة الفرصة للإعلام ليمارس دوره.")
ONE_PROMISE = ("ووعد الرئيس عمر البشير بإجراء إصلاحات قانونية في البلاد. وقال البشير إن الحكومة جادة، "
               "كما وعد بإجراء انتخابات حرة.")


def _promises(text: str) -> list[list[str]]:
    doc = analyze_news(text)
    return [[doc.text[t.start : t.end] for t in e.triggers] for e in doc.events if e.code == "030"]


def test_promises_of_other_objects_stay_apart() -> None:
    assert _promises(TWO_PROMISES) == [["ووعد"], ["وعد"]]


def test_a_promise_of_the_same_act_told_again_is_one() -> None:
    # counter-case: the same head word after «بـ» («بإجراء»): one promise told twice, merged as before
    assert _promises(ONE_PROMISE) == [["ووعد", "وعد"]]


def test_demands_of_other_objects_stay_apart() -> None:
    text = ("وطالبت الناشطة نرجس محمدي بمؤازرة السجناء في السجن. وفي رسالتها الأخيرة، طالبت الناشطة نرجس محمدي "
            "جميع الأمهات بالوقوف مع السجينات.")
    doc = analyze_news(text)
    assert len([e for e in doc.events if e.code == "100"]) == 2


def test_a_merge_keeps_the_more_specific_code() -> None:
    text = ("وأفاد المرصد بسماع دوي انفجار عنيف في بلدة الشجرة بريف درعا، ناجم عن انفجار عربة مفخخة قرب مقر "
            "اللواء، ما أدى لمقتل ثلاثة من عناصره.")
    assert [c for _, c in news_codes(text)] == ["1832"]


def test_finer_code() -> None:
    assert finer_code("183", "1832") == "1832"
    assert finer_code("190", "1832") == "1832"
    # counter-cases: siblings and a less specific joined code leave the kept code
    assert finer_code("1831", "1832") == "1831"
    assert finer_code("1832", "183") == "1832"
    assert finer_code("190", "193") == "190"


def test_a_charge_levelled_with_a_verb_of_charging() -> None:
    text = "ووجهت النيابة العامة المصرية إلى المتهمين تهمة القتل العمد."
    doc = analyze_news(text)
    ev = next(e for e in doc.events if e.code == "173")  # a judiciary's charge: legal action (round ev970)
    assert doc.text[ev.trigger.start : ev.trigger.end] == "ووجهت"
    assert event_arg(doc, ev, "source") == "النيابة العامة المصرية"
    assert event_arg(doc, ev, "target") == "المتهمين"


def test_a_verb_of_directing_with_no_charge_is_no_charge() -> None:
    # counter-case: «وجه» directs a letter, no charge noun in its clause
    assert not [c for _, c in news_codes("ووجه الرئيس رسالة إلى الملك تناول فيها العلاقات بين البلدين.")
                if c.startswith("11")]


def test_a_plural_verb_goes_on_with_no_one_man() -> None:
    text = ("واعتقلت جماعة الحوثي الصحافي حمدان الرحبي. ونفى الزميل الرحبي علاقته بالخبر، إلا أنهم لم يتقبلوا "
            "ذلك، ووجهوا إليه تهمة أخرى.")
    assert news_arg(text, "ووجهوا", "source") != "حمدان الرحبي"


def test_a_singular_verb_still_goes_on_with_the_man() -> None:
    # counter-case: the singular verb after the comma is his act (round 178)
    text = "ونفى الرئيس السوداني عمر البشير الاتهامات، ووجه إلى المعارضة تهمة الخيانة."
    assert news_arg(text, "ووجه", "source") == "عمر البشير"


def test_a_charge_noun_of_another_clause_or_governed_is_no_charge_levelled() -> None:
    # counter-cases: «بتهمة» in a relative clause after the verb's own object, «بشأن التهم» after a preposition
    for text in ("ووجه الرئيس انتقادات للحكومة التي اعتقلت صحافيين بتهمة التحريض.",
                 "ووجه الرئيس رسالة إلى الملك بشأن التهم الموجهة للمعتقلين."):
        assert "112" not in [c for _, c in news_codes(text)], text


def test_a_charge_noun_right_after_the_verb_with_its_addressee_later() -> None:
    text = "ووجهت النيابة العامة المصرية تهمة القتل العمد إلى المتهمين."
    assert news_arg(text, "ووجهت", "source") == "النيابة العامة المصرية"
