"""Event sources not next to the trigger, round 270. Hand-made sentences (paraphrases, no article text).

- dual verbs with no written subject («وأكدا», «ويؤكدان») and «البلدان/الوزيران» after a meeting of two named
  sides: the meeting's two sides (``side_pairs``);
- «بعد رفضه», «في حال رفضها»: the pronoun on a masdar of refusal after a governing word is who refuses, never the
  target (``owned_refusals``);
- «لدى استقبال X له»: X hosts, the subject is the visitor (``reversed_hosts``);
- «قتلوا، وفقد 15 آخرون عندما هاجم مقاتلو X»: X kills, past the toll joined by «، و» (``when_doers``);
- «لانفجار ألغام أرضية زرعتها ميليشيات X»: X, the planter, does the blast (``planted_devices``);
- «زيارته التي ستشهد اجتماعا مع فلان»: the visitor holds the meeting (``visit_meetings``).
"""

from __future__ import annotations

from conftest import news_arg

MEETING = "التقى وزير الخارجية الأردني ناصر جودة في عمان أمس نظيره الفرنسي لوران فابيوس. "
PAIR = {"ناصر جودة", "لوران فابيوس"}


def test_a_dual_verb_after_a_meeting_is_done_by_its_two_sides() -> None:
    text = MEETING + "وأكدا على أهمية تعزيز التعاون بين البلدين."
    assert {news_arg(text, "وأكدا", "source"), news_arg(text, "وأكدا", "target")} == PAIR
    text = MEETING + "ويؤكدان ضرورة الحل السياسي للأزمة."
    assert {news_arg(text, "ويؤكدان", "source"), news_arg(text, "ويؤكدان", "target")} == PAIR


def test_a_verb_whose_alif_is_its_root_is_no_dual() -> None:
    # counter-case: «ودعا الوزير»: «دعا» is singular; its subject is the one named after it
    text = MEETING + "ودعا الوزير الفرنسي إلى الحوار."
    assert news_arg(text, "ودعا", "target") != "ناصر جودة"


def test_a_dual_verb_with_no_meeting_before_gets_no_pair() -> None:
    # counter-case: no meeting of two named sides is told before
    text = "قال وزير الخارجية الأردني ناصر جودة إن الوضع صعب. وأكدا على أهمية تعزيز التعاون."
    assert news_arg(text, "وأكدا", "source") == ""


def test_the_two_countries_after_a_meeting_are_its_two_sides() -> None:
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي أمس الملك الأردني عبد الله الثاني في القاهرة، "
            "واتفق البلدان على تعزيز التعاون.")
    assert {news_arg(text, "واتفق", "source"), news_arg(text, "واتفق", "target")} == {
        "عبد الفتاح السيسي", "عبد الله الثاني"}


def test_the_plural_of_countries_with_an_adjective_is_no_pair() -> None:
    # counter-case: «البلدان النامية» are countries in general, not the two sides met
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي أمس الملك الأردني عبد الله الثاني في القاهرة. "
            "وطالبت البلدان النامية بزيادة الدعم.")
    assert news_arg(text, "وطالبت", "source") != "عبد الفتاح السيسي"


def test_the_pronoun_on_a_refusal_after_a_preposition_is_the_refuser() -> None:
    text = "وقالت المصادر إن الحكومة اليمنية أقالت المحافظ نايف البكري بعد رفضه تنفيذ القرار."
    assert news_arg(text, "رفضه", "source") == "نايف البكري"
    assert news_arg(text, "رفضه", "target") != "نايف البكري"


def test_the_pronoun_on_a_refusal_is_never_its_target() -> None:
    # two parties the pronoun may stand for: no source, and neither is made the target
    text = "وأقال المسلحون الحوثيون مدير الميناء محمد إسحاق بعد رفضه تنفيذ مطالبهم."
    assert news_arg(text, "رفضه", "target") == ""
    assert news_arg(text, "رفضه", "source") == ""


def test_the_verb_with_an_object_pronoun_keeps_its_reading() -> None:
    # counter-case: «الحكومة رفضته»: a finite verb (no preposition before it), its pronoun is what is refused
    text = "وقدم الوزير محمد علي مشروع القانون، لكن الحكومة رفضته بشدة."
    assert news_arg(text, "رفضته", "source") != "محمد علي"


def test_the_one_named_in_the_hosting_before_his_pronoun_hosts() -> None:
    text = ("وأعرب الوزير عبد اللطيف الزياني، لدى استقبال رئيس الحكومة اليمنية خالد محفوظ بحاح، له الليلة الماضية "
            "في الرياض، عن ارتياحه للنتائج.")
    assert news_arg(text, "استقبال", "source") == "خالد محفوظ بحاح"
    assert news_arg(text, "استقبال", "target") == "عبد اللطيف الزياني"


def test_the_subject_hosts_where_no_pronoun_follows() -> None:
    # counter-case: «لدى استقباله فلانا»: the subject hosts the one named
    text = ("وأعرب الوزير عبد اللطيف الزياني، لدى استقباله رئيس الحكومة اليمنية خالد محفوظ بحاح الليلة الماضية "
            "في الرياض، عن ارتياحه للنتائج.")
    assert news_arg(text, "استقباله", "source") == "عبد اللطيف الزياني"
    assert news_arg(text, "استقباله", "target") == "خالد محفوظ بحاح"


def test_the_killing_past_a_joined_toll_is_the_when_clause_doer() -> None:
    text = ("وقال مسؤول عسكري إن خمسة جنود قتلوا، وفقد 15 آخرون عندما هاجم مقاتلو «داعش» نقطة التفتيش "
            "خارج مدينة أجدابيا.")
    assert news_arg(text, "قتلوا", "source") == "داعش"


def test_no_when_doer_past_another_clause() -> None:
    # counter-case: a clause joined by «، و» that is no toll («وانسحب الباقون») ends the search
    text = ("وقال مسؤول عسكري إن خمسة جنود قتلوا، وانسحب الباقون عندما هاجم مقاتلو «داعش» نقطة التفتيش "
            "خارج مدينة أجدابيا.")
    assert news_arg(text, "قتلوا", "source") != "داعش"


def test_the_planter_of_the_mines_does_the_blast() -> None:
    text = ("وقالت مصادر طبية إن 9 أشخاص لقوا حتفهم، وأصيب 20 آخرون إثر تعرضهم لانفجار ألغام أرضية زرعتها "
            "ميليشيات الحوثي قبل انسحابها.")
    assert news_arg(text, "لانفجار", "source") == "ميليشيات الحوثي"


def test_an_unnamed_planter_is_no_source() -> None:
    # counter-case: «زرعها مجهولون»: no one named planted them
    text = "وقالت مصادر طبية إن 9 أشخاص لقوا حتفهم إثر انفجار ألغام أرضية زرعها مجهولون قرب مدينة عدن."
    assert news_arg(text, "انفجار", "source") == ""


def test_the_visitor_holds_the_meeting_his_visit_will_see() -> None:
    text = ("وعلم أن وفدا اقتصاديا سيرافق الرئيس الفرنسي فرنسوا هولاند في زيارته السريعة التي ستشهد اجتماعا مع "
            "الرئيس عبد الفتاح السيسي.")
    assert news_arg(text, "اجتماعا", "source") == "فرنسوا هولاند"
    assert news_arg(text, "اجتماعا", "target") == "عبد الفتاح السيسي"


def test_a_place_that_sees_a_meeting_holds_none() -> None:
    # counter-case: no visit before the verb of witnessing
    text = "وشهدت العاصمة الفرنسية اجتماعا مع الرئيس عبد الفتاح السيسي."
    assert news_arg(text, "اجتماعا", "source") == ""
