"""Round lo892: a «في» place closing the phrase of a branch or subsidiary (or of a firm in apposition or after a glued
«لـ») tells where the firm is, not where the act is (``where_members._firm_at``); a visit whose target is a place read
after its location was (``«سيزور المملكة»``, ``«زيارة الأمير ...، لبلاده»``) goes there (``visited_targets``); the
noun «وصول» with its arriver as a genitive and «إلى» a place is a visit there (``arrive_subject``, ``visits.no_visit``)."""

from __future__ import annotations

from conftest import analyze_news, news_arg, news_event, news_place


def test_branch_place_is_not_the_talks_place() -> None:
    text = ("وأجرت الحكومة الكولومبية مفاوضات على قروض بقيمة مليار دولار عبر «بتروكو»، فرع شركة النفط الوطنية "
            "للتكرير في الولايات المتحدة.")
    assert news_place(text, "مفاوضات") is None
    assert news_arg(text, "مفاوضات") == "الحكومة الكولومبية"


def test_subsidiary_place_is_not_the_deal_place() -> None:
    text = "ووقعت الحكومة الفنزويلية اتفاقا مع الشركة التابعة لها في كندا لبيع حصص من المصفاة."
    doc, ev = news_event(text, "ووقعت")
    assert ev.code.startswith("0")
    assert ev.location is None


def test_talks_with_a_firm_in_a_town_keep_the_town() -> None:
    # counter-case: a firm not in apposition, talks «مع» it: the place is where the talks are
    assert news_place("وأجرت الحكومة الفنزويلية مفاوضات مع شركة توتال في باريس.", "مفاوضات") == "باريس"


def test_talks_in_a_capital_keep_their_place() -> None:
    # counter-case: no firm at all
    assert news_place("وأجرى الوفد الحكومي مفاوضات مع المعارضة في جنيف أمس.", "مفاوضات") == "جنيف"


def test_visit_to_the_kingdom_goes_there() -> None:
    text = ("بحث وزير الخارجية الألماني فرانك فالتر شتاينماير مع نظيره السعودي تطورات الأوضاع في المنطقة، وذلك خلال "
            "اتصال هاتفي أجراه مع وزير الخارجية في المملكة العربية السعودية. وأعلن شتاينماير أنه سيزور المملكة خلال "
            "شهر أكتوبر المقبل.")
    doc, ev = news_event(text, "سيزور")
    assert ev.code == "042"
    target = doc.entity(ev.target)
    assert target is not None and target.country == "SAU"
    assert ev.location == ev.target


def test_visit_to_a_named_capital_keeps_it() -> None:
    # counter-case: the place named right after the verb, as before
    assert news_place("وأعلن وزير الخارجية الفرنسي لوران فابيوس أنه سيزور طهران الأسبوع المقبل.", "سيزور") == "طهران"


def test_arrival_noun_of_delegations_is_a_visit_there() -> None:
    text = "وأثار وصول الوفود الدبلوماسية من بعض الدول الأوروبية إلى طهران جدلا واسعا في البرلمان الإيراني."
    doc, ev = news_event(text, "وصول")
    assert ev.code == "042"
    place = doc.entity(ev.location)
    assert place is not None and place.name == "طهران"
    assert ev.target == ev.location


def test_arrival_noun_of_refugees_is_no_visit() -> None:
    # counter-case: refugees arriving, told in another body's statement, make no visit
    doc = analyze_news("وتحدث بيان مكتب الأمم المتحدة أمس عن وصول ( 800) لاجئ من جنوب السودان إلى منطقة أبيي.")
    assert [e for e in doc.events if e.code == "042"] == []
