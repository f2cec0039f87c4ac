"""Round 76 of real news: modality of acts aimed at, decided on, deterred or still to come. «سعيا إلى استعادة
السيطرة» (an aim past its masdar), «لردع أي هجوم» (an attack deterred: hypothetical), «شريطة أن» (a condition),
«سيقوم وزير الخارجية ... بزيارة» (a future «سيقوم» far before its «بـ» masdar), «قررت الحكومة فتح مفاوضات» (a
decision: planned), «وسوف يكون الهجوم» (a future copula), «للقيام بجولة» (a purpose), and «وليست الزيارة الأولى»
(«ليس» before a definite noun denies what is said of it, not the act). The sample's articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import news_date, news_modality, news_triggers


def test_an_aim_past_its_masdar() -> None:
    text = "وتحركت القوات سعيا إلى استعادة السيطرة على المدينة."
    assert news_modality(text, "السيطرة") == "planned" and news_date(text, "السيطرة") is None
    text = "وتضع الشركة سيارة للقيام بجولة في المدينة."
    assert news_modality(text, "بجولة") == "planned" and news_date(text, "بجولة") is None
    # told as done: an act in a clause after the aim's
    text = "وتوجه إلى القرية سعيا إلى الحصول على سلاح استخدم في الهجوم على المسجد."
    assert news_modality(text, "الهجوم") == "asserted"
    assert news_modality("وقام الوزير بجولة في المدينة.", "بجولة") == "asserted"
    assert news_date("واستعادت القوات السيطرة على المدينة.", "السيطرة") == "2015-08-02"


def test_an_attack_deterred_did_not_happen() -> None:
    text = "ونشر الجيش قوات لردع أي هجوم على المدينة."
    assert "هجوم" not in news_triggers(text)  # round ev513: any attack is no event (was hypothetical)
    assert news_modality("وصد الجيش أي هجوم على المدينة.", "هجوم") == "asserted"


def test_a_condition_with_shariita() -> None:
    text = "وقال إن الجيش سيشن هجوما شريطة أن تنسحب القوات."
    assert news_modality(text, "هجوما") == "hypothetical" and news_date(text, "هجوما") is None
    assert news_modality("وقال إن الجيش شن هجوما بعد أن انسحبت القوات.", "هجوما") == "reported"


def test_a_future_doing_far_before_its_masdar() -> None:
    text = "وسيقوم وزير الخارجية السعودي الأمير سعود الفيصل بزيارة إلى القاهرة."
    assert news_modality(text, "بزيارة") == "planned" and news_date(text, "بزيارة") is None
    text = "وقام وزير الخارجية السعودي الأمير سعود الفيصل بزيارة إلى القاهرة."
    assert news_modality(text, "بزيارة") == "asserted" and news_date(text, "بزيارة") == "2015-08-02"


def test_a_decision_and_a_future_copula() -> None:
    assert news_modality("وقررت الحكومة فتح مفاوضات مع المعارضة.", "مفاوضات") == "planned"
    assert news_modality("وفتحت الحكومة مفاوضات مع المعارضة.", "مفاوضات") == "asserted"
    text = "وسوف يكون الهجوم على المدينة أولا."
    assert news_modality(text, "الهجوم") == "planned" and news_date(text, "الهجوم") is None
    assert news_modality("وسيكون الاجتماع في الرياض.", "الاجتماع") == "planned"
    assert news_modality("وكان الاجتماع في الرياض.", "الاجتماع") == "asserted"


def test_laysa_before_a_definite_noun() -> None:
    assert news_modality("وليست الزيارة الأولى للوزير إلى المدينة.", "الزيارة") == "asserted"
    # a negated verb is still negated
    assert news_modality("ولم يزر الوزير المدينة.", "يزر") == "negated"
