"""Round ev728: the doer of a noun act under «تمكن ... من» past a named co-subject in «و» (the first conjunct, as a
verb's act), and past a time set off by commas between the subject and «من»."""

from __future__ import annotations

from conftest import news_arg


def test_coordinated_subject_takes_control() -> None:
    text = "وتمكنت المقاومة الشعبية والقوات الموالية للرئيس عبد ربه منصور هادي من استعادة السيطرة على مدينة زنجبار."
    assert news_arg(text, "السيطرة") == "المقاومة الشعبية"
    assert news_arg(text, "السيطرة", "target") == "زنجبار"


def test_coordinated_subject_with_set_off_time() -> None:
    text = "وتمكنت المقاومة الشعبية والقوات الموالية للرئيس عبد ربه منصور هادي، أمس، من استعادة السيطرة على زنجبار."
    assert news_arg(text, "السيطرة") == "المقاومة الشعبية"


def test_set_off_time_before_from_killing() -> None:
    # «، أمس،» between the subject and «من»: a time set off by commas, not the end of the clause
    assert news_arg("وتمكنت المقاومة الشعبية، أمس، من قتل أربعة مسلحين.", "قتل") == "المقاومة الشعبية"


def test_set_off_place_still_stops() -> None:
    # counter-case: a place set off by commas is no time: the scan stops there as before
    assert news_arg("وتمكنت المقاومة الشعبية، في عدن، من قتل أربعة مسلحين.", "قتل") == ""


def test_genitive_conjunct_is_no_co_subject() -> None:
    # counter-case: «ميليشيات الحوثي وصالح» is the genitive of the verb's object, no subject with co-subjects: the
    # words of «وصالح» still count, and the militias do not become the doers of the targeting eight words on
    text = ("وقال المصدر إن المقاومة قصفت تجمعات ميليشيات الحوثي وصالح بالقرب من بوابة السجن المركزي بصواريخ "
            "الكاتيوشا وكذا استهداف تجمعات أخرى.")
    assert news_arg(text, "استهداف") != "ميليشيات الحوثي"
