"""Round 63 of real news: which events exist. A verb of threatening whose object is a good put at risk is a danger,
no threat made («جماعات تهدد الأمن»); an act of whoever would do it is no act («هناك من ينتقد»); «انتقل» is a journey
only for a person or a body («انتقل الصراع إلى البلاد» is a shift); a clash or an attack of a bloodless kind is no
assault («المواجهات القانونية»); «اتفق ... على أنّ» + a view, past a subject in apposition, is no accord."""

from __future__ import annotations

from conftest import analyze_news, news_event


def _codes(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code) for e in doc.events]


def test_a_good_put_at_risk_is_no_threat() -> None:
    assert "130" not in [c for _, c in _codes("وقال الوزير إن هذه الجماعات تهدد الأمن والاستقرار في المنطقة.")]
    assert _codes("وقد هددت الأزمة صناعة السياحة في البلدين.") == []
    # a threat of what will be done, or to a person, stays a threat
    doc, e = news_event("وهدد المسلحون الصحافيين بالقتل أمس.", "وهدد")
    assert e.code == "130"
    doc, e = news_event("وهدد الرئيس أمن جيرانه بخطابات متلفزة.", "وهدد")
    assert e.code == "130"
    doc, e = news_event("وتوعد التنظيم الجيش بهجمات جديدة.", "وتوعد")
    assert e.code == "130"


def test_the_act_of_whoever_would_is_no_act() -> None:
    assert "111" not in [c for _, c in _codes("وفي المقابل هناك من ينتقد الخطة الجديدة للحكومة.")]
    assert "111" not in [c for _, c in _codes("ورد الوزير على من ينتقد الخطة بأنها ناجحة.")]
    # a critic named criticises
    doc, e = news_event("وانتقد الوزير الخطة الجديدة للحكومة.", "وانتقد")
    assert e.code == "111"
    # «من» the preposition before a masdar: the pledge is told
    doc, e = news_event("وعلى الرغم من تعهد الحكومة بعدم السماح بالهجمات فإن الهجمات استمرت.", "تعهد")
    assert e.code == "030"


def test_only_a_person_or_a_body_moves_to_a_place() -> None:
    assert [c for _, c in _codes("ومنذ سنوات انتقل الصراع إلى البلدان المجاورة.")] == []
    doc, e = news_event("وانتقل الوزير إلى الرياض أمس.", "وانتقل")
    assert e.code == "042"


def test_a_legal_clash_is_no_assault() -> None:
    assert _codes("وستمول الصناديق المواجهات القانونية حول القواعد الجديدة.") == []
    doc, e = news_event("وأسفرت المواجهات عن سقوط قتلى في المدينة.", "المواجهات")
    assert e.code == "193"


def test_agreeing_on_a_view_past_an_apposition_is_no_accord() -> None:
    text = "وعندما سئلت الشركة، اتفق سامي، المتحدث باسمها، على أن سرعة التغيرات فاجأت الجميع."
    assert "030" not in [c for _, c in _codes(text)]
    doc, e = news_event("واتفق الطرفان على أن يعقد الاجتماع المقبل في الرياض.", "واتفق")
    assert e.code == "030"


def test_a_source_who_asks_not_to_be_named_demands_nothing() -> None:
    assert "100" not in [c for _, c in _codes("وأوضح مسؤول أمني طالبا عدم الإشارة إلى اسمه أن الهجوم فشل.")]
    # a demand not to allow something is a demand
    doc, e = news_event("وطالب الوزير بعدم السماح بالمظاهرات.", "وطالب")
    assert e.code == "100"


def test_a_protest_a_call_bids_people_join_is_still_to_come() -> None:
    doc, e = news_event("ودعا الحزب أنصاره إلى المشاركة في المظاهرات يوم الجمعة.", "المظاهرات")
    assert e.modality == "planned"
    doc, e = news_event("وشارك الآلاف في مظاهرة أمس ضد الغلاء.", "مظاهرة")
    assert e.modality == "asserted"
