"""Round 227: a noun act's pronoun before its «لـ» object is its doer, not its target; the one person named before
«وهو» + verb does it; «لـX أن» + verb is done by X."""

from __future__ import annotations

from conftest import news_arg


def test_the_pronoun_before_a_lam_object_is_no_target() -> None:
    text = "وأعلنت جبهة النصرة أنها ضربت الغرب باختطافها للمقاتلين في إدلب."
    # not «جبهة النصرة»: the fighters, an unnamed group (since round seg586 split «لل» the phrase is read as one)
    assert news_arg(text, "باختطافها", "target") == "للمقاتلين"


def test_a_time_with_lam_after_the_pronoun_is_no_object() -> None:
    # (the time leaves the pronoun's reading as it is without it)
    timed = "وأعلنت جبهة النصرة أنها ضربت الغرب باختطافها للمرة الثانية في إدلب."
    bare = "وأعلنت جبهة النصرة أنها ضربت الغرب باختطافها في إدلب."
    assert news_arg(timed, "باختطافها", "target") == news_arg(bare, "باختطافها", "target") == "جبهة النصرة"


def test_the_one_person_named_before_wahuwa_does_the_verb() -> None:
    text = ("وظهر أبو عمر الليبي، من تنظيم داعش في شريط مصور بثه التنظيم، وهو يتوعد بقتل قائد الجيش الليبي "
            "خليفة حفتر.")
    assert news_arg(text, "يتوعد", "source") == "أبو عمر الليبي"
    assert news_arg(text, "يتوعد", "target") == "خليفة حفتر"


def test_wahuwa_after_a_person_behind_a_preposition_gives_no_doer() -> None:
    text = "وبث التنظيم شريطا مصورا يظهر فيه مقاتلون مع أبو عمر الليبي، وهو يتوعد بقتل خليفة حفتر."
    assert news_arg(text, "يتوعد", "source") == ""


def test_a_name_with_lam_before_an_and_a_verb_is_its_subject() -> None:
    text = "وتساءل النائب: كيف للإدارة الأميركية أن توقع اتفاقا مع إيران؟"
    assert news_arg(text, "توقع اتفاقا", "source") == "الإدارة الأميركية"


def test_the_paper_told_before_an_is_no_subject() -> None:
    text = "وقال الوزير لـ«الشرق الأوسط» أن سيوقع الاتفاق مع الحكومة."
    assert news_arg(text, "سيوقع الاتفاق", "source") != "الشرق الأوسط"


def test_the_lam_object_after_the_pronoun_is_the_target() -> None:
    text = "وتواصل بعض الصحف انتقادها لمحسن مرزوق، الأمين العام لحزب نداء تونس."
    assert news_arg(text, "انتقادها", "target") == "محسن مرزوق"


def test_an_act_with_lam_after_the_pronoun_is_read_as_before() -> None:
    text = "وتواصل أحزاب تونسية انتقاداتها لتوقيع الأمين العام لحزب نداء تونس محسن مرزوق مذكرة تفاهم مع واشنطن."
    assert news_arg(text, "انتقاداتها", "target") != "لتوقيع"


def test_a_visit_someone_will_make_is_that_one_s() -> None:
    text = "وتحدثت الصحيفة عن الزيارة التي سيقوم بها رئيس الوزراء اللبناني تمام سلام غدا إلى الأردن."
    assert news_arg(text, "الزيارة", "source") == "تمام سلام"


def test_a_future_doing_verb_without_the_resumed_bi_gives_no_doer() -> None:
    text = "ورفضت الحكومة الزيارة المرتقبة لأنقرة، وقالت إن الجيش سيقوم بالرد على الاستفزازات."
    assert news_arg(text, "ورفضت", "source") == "الحكومة"  # ev486: the refusal (125) is told, not the visit
