"""Round lo899: four mends of session 51.

- ``where_members._firm_at``: a branch's «في» place drops the act's place only for a firm's branch, not a group's
  («جبهة النصرة، فرع تنظيم القاعدة في سوريا»), and not for a phrase set on the act's own doer;
- ``prior_acts.ahead_of_visit``: a visit or arrival noun after «استبق/قبيل/قبل» is the later act, of no day said;
- ``unconventional._war_operation``: an armed group's armed operations on civilians are 190, not 180;
- ``kinship.after_infant_noun``: a bare family name after «الرضيع/الطفل» is the child, not the grown man of that
  family named before.
"""

from __future__ import annotations

from conftest import analyze_news, entity_named, event_with_trigger_at, news_arg, news_event, news_place


# (1) a branch's place


def test_group_branch_keeps_the_place_of_its_statement() -> None:
    text = ("وأعلن «تنظيم الشباب»، وهو فرع تنظيم القاعدة في الصومال، مسؤوليته عن التفجير الذي وقع أمس قرب "
            "مقر الحكومة.")
    assert news_arg(text, "وأعلن") == "تنظيم الشباب"
    assert news_place(text, "وأعلن") == "الصومال"


def test_firm_branch_named_after_the_doer_keeps_its_place() -> None:
    text = "وأعلنت «بتروكو»، فرع شركة النفط الوطنية في كندا، خفض إنتاجها بنسبة عشرة في المائة."
    assert news_place(text, "وأعلنت") == "كندا"


def test_firm_branch_after_a_preposition_still_drops_the_place() -> None:
    # counter-case: lo892's case, a firm's branch the talks go through, kept
    text = ("وأجرت الحكومة الإكوادورية مفاوضات على قروض بقيمة ملياري دولار عبر «بتروكو»، فرع شركة النفط الوطنية "
            "للتكرير في كندا.")
    assert news_place(text, "مفاوضات") is None


# (2) a visit told as the later act


def test_arrival_after_istabaqa_has_no_day() -> None:
    text = ("ويوم أمس، استقبل وزير الخارجية الأردني ناصر جودة في عمان المبعوث الأممي ستيفان دي ميستورا، الذي "
            "استبق وصول لافروف إلى عمان.")
    doc, ev = news_event(text, "وصول")
    assert ev.code == "042"
    assert ev.date is None
    assert news_event(text, "استقبل")[1].date == "2015-08-01"


def test_visit_after_qubayl_has_no_day() -> None:
    text = "واعتقلت الشرطة التونسية أمس خمسة مشتبهين قبيل زيارة الرئيس الفرنسي فرانسوا هولاند إلى تونس."
    doc, ev = news_event(text, "زيارة")
    assert ev.code == "042"
    assert ev.date is None
    assert news_event(text, "واعتقلت")[1].date == "2015-08-01"


def test_arrival_with_its_own_time_keeps_it() -> None:
    # counter-case: a time after the arrival noun in its clause dates it
    text = ("واعتقلت الشرطة التونسية خمسة مشتبهين قبيل وصول الرئيس الفرنسي فرانسوا هولاند إلى تونس مساء "
            "أمس.")
    assert news_event(text, "وصول")[1].date == "2015-08-01"


def test_arrival_after_bad_keeps_the_day() -> None:
    # counter-case: an arrival after «بعد» came before the act told, on its day
    text = "واعتقلت الشرطة التونسية أمس خمسة مشتبهين بعد وصول الرئيس الفرنسي فرانسوا هولاند إلى تونس."
    assert news_event(text, "وصول")[1].date == "2015-08-01"


# (3) an armed group's armed operations


def test_armed_operations_of_a_militia_on_civilians_are_190() -> None:
    text = ("وسيطرت الميليشيات الحوثية على الجبال المطلة على المدينة. ومن تلك الجبال تنطلق العمليات الحوثية "
            "المسلحة التي تستهدف المدنيين في الأحياء الشرقية.")
    doc, ev = news_event(text, "تستهدف")
    assert news_arg(text, "تستهدف") == "الميليشيات الحوثية"
    assert ev.code == "190"


def test_militia_shooting_a_civilian_stays_180() -> None:
    # counter-case (ev887): a militia man's shooting of a young man is unconventional violence
    text = ("وسيطرت الميليشيات الحوثية على الحي. وقام أحد عناصر الميليشيات بإطلاق النار على الشاب المصاب أمام "
            "منزله.")
    doc = analyze_news(text)
    assert event_with_trigger_at(doc, "بإطلاق").code == "180"


# (4) a child by his family name


def test_baby_by_family_name_is_not_his_father() -> None:
    text = ("وهاجم مستوطنون منزل المواطن سعد دوابشة في قرية دوما فجر أمس. وطالبت السلطة الفلسطينية بمحاسبة "
            "المستوطنين على إحراق الرضيع دوابشة وأسرته.")
    doc = analyze_news(text)
    father = entity_named(doc, "سعد دوابشة")
    starts = [m.start for m in father.mentions]
    assert text.index("دوابشة وأسرته") not in starts
    assert len(starts) == 1


def test_baby_by_family_name_is_the_baby_named_before() -> None:
    text = ("وقتل الرضيع علي سعد دوابشة حرقا فجر أمس. وأصيب الأب سعد محمد دوابشة بجروح خطيرة. وطالب الرئيس "
            "الفلسطيني بمحاسبة قتلة الرضيع دوابشة.")
    doc = analyze_news(text)
    child = entity_named(doc, "علي سعد دوابشة")
    assert text.rindex("دوابشة") in [m.start for m in child.mentions]


def test_grown_man_by_family_name_is_still_he() -> None:
    # counter-case: no child's noun, the surname alone is the man named before
    text = "وأصيب المواطن سعد دوابشة بجروح خطيرة. وقال الطبيب إن دوابشة يرقد في العناية المركزة."
    doc = analyze_news(text)
    father = entity_named(doc, "سعد دوابشة")
    assert text.rindex("دوابشة") in [m.start for m in father.mentions]
