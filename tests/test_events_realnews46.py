"""Round 46 of real news: when and where. A sentence with no time of its own that goes on with the story takes the
recent day said before it in its paragraph or in the lead («فجر أمس» then «وقتل ...»), not after «في وقت سابق»;
a sentence after an old day said of the past is of that day; a verb coordinated under «كان ... قد» is of that past;
a meeting «المقبل», an attack «وشيك» and someone's «زيارتها الأخيرة» get no date. A place named after a place word
further on in a «في» phrase, the place after a visit noun with «لـ», a village attacked, are where the act was; a place
in a relative clause on another noun, after «عن» (the topic), or where a speech was given when the act is in the
quotation, is not."""

from __future__ import annotations

from conftest import news_date as _date, news_place as _place


def test_a_sentence_going_on_with_the_story_takes_the_day_before() -> None:
    text = "وشن مسلحون هجوما على مركز للشرطة في مدينة أضنة فجر أمس. وقتل ثلاثة من عناصر الشرطة في الهجوم."
    assert _date(text, "وقتل") == "2015-08-01"
    # from the lead paragraph
    lead = "أعلنت الحكومة أمس عن خطة جديدة لمواجهة الأزمة.\n\nوأكد الوزير أن الخطة ستنفذ على مراحل."
    assert _date(lead, "وأكد") == "2015-08-01"
    # «في وقت سابق» is another time, unsaid (round 66: no date, neither the day before nor the article's); a day
    # two weeks back is no longer the story's
    earlier = "وشن مسلحون هجوما على مركز للشرطة فجر أمس. وأعلنت الشرطة في وقت سابق اعتقال ثلاثة مشتبه بهم."
    assert _date(earlier, "اعتقال") is None
    old = "وشن مسلحون هجوما على مركز للشرطة في 15 يوليو. وقتل ثلاثة من عناصر الشرطة في الهجوم."
    assert _date(old, "وقتل") == "2015-08-02"


def test_an_old_day_said_before_dates_the_account() -> None:
    text = ("في الثاني من أغسطس من عام 1990 عبرت القوات الحدود نحو العاصمة. "
            "وقصفت الطائرات المباني الحكومية في وسط المدينة.")
    assert _date(text, "وقصفت") == "1990-08-02"


def test_a_verb_coordinated_under_the_pluperfect_has_no_date() -> None:
    text = "وكان الرئيس السابق قد انتقد في ذلك الاجتماع سياسة الحكومة، ودعا إلى حوار وطني شامل."
    assert _date(text, "ودعا") is None
    assert _date("وانتقد الرئيس السابق سياسة الحكومة، ودعا إلى حوار وطني شامل.", "ودعا") == "2015-08-02"


def test_a_coming_or_former_act_has_no_date() -> None:
    assert _date("وقال المتحدث إن الاجتماع المقبل سيبحث تعيين القائد الجديد.", "الاجتماع") is None
    assert _date("وتوقعت المصادر هجوما وشيكا على القاعدة العسكرية.", "هجوما") is None
    assert _date("وتجاهلت الوزيرة هذه القضية في زيارتها الأخيرة إلى طهران.", "زيارتها") is None
    assert _date("وناقش الوزير القضية خلال زيارته إلى طهران.", "زيارته") == "2015-08-02"


def test_a_place_named_further_in_the_phrase() -> None:
    assert _place("وقصفت الميليشيات أحياء في موقس منطقة بيحان بالمدفعية.", "وقصفت") == "بيحان"
    assert _place("وعقد الوزراء لقاء ثلاثيا في العاصمة القطرية الدوحة.", "لقاء") == "الدوحة"


def test_a_visit_and_a_village_attacked_are_the_place() -> None:
    assert _place("ولفت المسؤول خلال زيارة لجنوب السودان إلى نقص الغذاء.", "زيارة") == "جنوب السودان"
    assert _place("وهاجم مستوطنون قرية دوما قرب نابلس فجر أمس.", "وهاجم") == "دوما"
    # entities round 69 made «مطار عدن الدولي» one place (a facility of Yemen): the attack is there
    assert _place("وقصفت الطائرات مطار عدن الدولي أمس.", "وقصفت") == "مطار عدن الدولي"
    assert _place("وقصفت الطائرات مطار عدن أمس.", "وقصفت") == "عدن"


def test_a_place_of_another_act_is_not_the_events() -> None:
    relative = ("وأطلقت الحكومة حربا على الإرهاب تستهدف تنظيم داعش، المتهم بالعملية الانتحارية التي وقعت "
                "في بلدة سروج.")
    assert _place(relative, "تستهدف") != "سروج"
    # a relative on the act itself still tells where
    assert _place("وسلطت الصحف الضوء على الاحتجاجات الشعبية الواسعة التي اندلعت في مدينة اللاذقية.",
                  "الاحتجاجات") == "اللاذقية"
    assert _place("وأعلنت تركيا عن تحركاتها العسكرية في سوريا.", "وأعلنت") != "سوريا"
    quoted = ("وقال الرئيس في كلمة ألقاها في محافظة دهوك بمناسبة مرور عام على سقوط المدينة «بعد الكارثة وعدت "
              "الزعيم بأني سأنتقم من القتلة».")
    assert _place(quoted, "وعدت") != "دهوك"
