"""Round 95 of real news: targets left empty that the sentence names. The one met after a meeting noun with a pronoun
(«خلال لقائه نظيره فلان»); a named group's men («عناصر من جماعة ...») are the group; a protest's «احتجاجا على»
clause names the doer of what it protests; the subject of a verb of facing («واجهت الحكومة انتقادات») is the one
criticised; «الهجوم الذي استهدف فلان» is aimed at him. Each with a counter-case: a null is better than a wrong party."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_at, event_with_trigger_at, named_role, news_arg

TURKEY = "وقالت تركيا إنها ستواصل حملتها. "


def test_the_one_met_after_a_meeting_noun_with_a_pronoun() -> None:
    text = "وأكد وزير الخارجية التركي مولود جاويش أوغلو دعم بلاده للتحالف، وذلك خلال لقائه نظيره الأميركي جون كيري في ماليزيا."
    assert news_arg(text, "لقائه", "target") == "جون كيري"


def test_the_one_met_past_a_title_and_a_country() -> None:
    text = "وقال وليد المعلم عقب لقائه مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان إن المبادرة جيدة."
    assert news_arg(text, "لقائه", "target") == "حسين أمير عبد اللهيان"


def test_the_host_named_after_kana_fi_istiqbalihi_is_no_target() -> None:
    text = "ووصل الأمير إلى عمان أمس، وكان في استقباله الأمير فيصل بن الحسين وعدد من المسؤولين."
    assert news_arg(text, "استقباله", "target") != "فيصل بن الحسين"


def test_members_of_a_named_group_are_the_group() -> None:
    text = "وقتل ستة من عناصر جماعة «أنصار بيت المقدس» في قصف جوي جنوب الشيخ زويد."
    assert news_arg(text, "وقتل", "target") == "أنصار بيت المقدس"


def test_fighters_from_a_named_front_are_the_front() -> None:
    text = "وقال المرصد إن مسلحين قتلوا خمسة مقاتلين من جبهة النصرة قرب حلب."
    assert news_arg(text, "قتلوا", "target") == "جبهة النصرة"


def test_fighters_from_a_town_are_not_the_town() -> None:
    text = "وقال المرصد إن مسلحين قتلوا خمسة مقاتلين من حلب أمس."
    assert news_arg(text, "قتلوا", "target") != "حلب"


def test_a_protest_against_a_countrys_raids_is_aimed_at_the_country() -> None:
    text = TURKEY + "وتظاهر عشرات الأكراد في السليمانية مساء السبت، احتجاجا على الغارات الجوية التركية في شمال العراق."
    assert news_arg(text, "وتظاهر", "target") == "تركيا"


def test_a_protest_against_power_cuts_names_no_target() -> None:
    text = "وتظاهر المئات في البصرة أمس احتجاجا على انقطاع الكهرباء."
    assert news_arg(text, "وتظاهر", "target") == ""


def test_the_one_who_faces_criticism_is_its_target() -> None:
    text = "وواجه رئيس الوزراء البريطاني ديفيد كاميرون الكثير من الانتقادات الأسبوع الماضي بسبب خطته."
    assert news_arg(text, "الانتقادات", "target") == "ديفيد كاميرون"


def test_the_government_that_faces_criticism_is_its_target_not_its_source() -> None:
    text = "وسبق أن واجهت الحكومة المصرية انتقادات دولية واسعة."
    doc = analyze_news(text)
    ev = event_at(doc, "انتقادات")
    assert doc.entity(ev.target).name == "الحكومة المصرية"
    assert ev.source is None


def test_unnamed_people_facing_charges_are_no_named_target() -> None:
    text = "وواجه 32 شخصا اتهامات بالمشاركة في أنشطة إرهابية."
    # (round ev416, events.faced: the count is the unnamed phrase that faces the charges, no named entity)
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, "اتهامات")
    assert named_role(doc, ev.target) is None
    assert event_arg(doc, ev, "target") == "32 شخصا"


def test_the_attack_that_targeted_a_named_man_is_aimed_at_him() -> None:
    text = "وأدانت الحكومة الهجوم الإرهابي الذي استهدف النائب العام هشام بركات في القاهرة."
    assert news_arg(text, "الهجوم", "target") == "هشام بركات"


def test_the_attack_whose_clause_names_a_man_past_a_place_gets_no_target_from_it() -> None:
    text = "وأدانت الحكومة الهجوم الإرهابي الذي استهدف أمس في القاهرة موكب النائب العام هشام بركات."
    # round ev522: the clause's verb retells the attack, and its own object names the target
    assert news_arg(text, "الهجوم", "target") == "هشام بركات"
