"""Round mn979: the leftovers of round ev970's court acts (events.court_acts, shared_time, duplicates; entities
org_heads, orgmentions, barebodies).

- «قضت محكمة مصرية», «حكمت محكمة تركية»: the court of a country named by its adjective is an entity of that
  country's judiciary (EGYJUD, TURJUD) and the source of the act; «محكمة القاهرة» is no government.
- «فتحت السلطات ...» opening its sentence: «فتحت» is the verb (opened), not «فـ» + «تحت», so the authorities are the
  source of the inquiry.
- Two verdicts told in two sentences for two defendants are two acts, each with its target.
- «..., بينما حكم على والده»: the parallel act goes on in the time of the act before it.
- «فتحت النيابة تحقيقا مع فلان» (no «قضائي») is legal action when a judiciary or police opens it; a ministry's
  inquiry, a joint inquiry with a body and an inquiry into a killing are not.
"""

from __future__ import annotations

from conftest import analyze_news, entity_named, news_arg, news_date, news_event_rows

EGYPTIAN_COURT = "وقضت محكمة مصرية أمس بسجن الناشط حسن فؤاد سبع سنوات."
TURKISH_COURT = "وحكمت محكمة تركية على الصحافي مراد علي بالسجن خمس سنوات."
TOWN_COURT = "وقالت مصادر إن محكمة القاهرة أجلت القضية."
OPENED = "فتحت السلطات المغربية تحقيقا قضائيا بحق النائب كريم أوزال يوم الاثنين."
TWO_VERDICTS = ("وأمس الأربعاء، أصدرت محكمة باريس الجنائية قرارها، وتضمن أحكاما بالسجن تراوحت بين سنة و15 عاما، "
                "ضد 20 شخصا، بينما برأت امرأتين. وقضت المحكمة بحبس المتهم الرئيسي سمير (40 عاما) لمدة 15 عاما.")
LATER_COURT = ("وأصدرت محكمة باريس الجنائية أمس أحكاما بالسجن ضد 20 شخصا. وأدانت المحكمة سيدة تدعى فاطمة. "
               "وفي أبريل الماضي، حددت محكمة فرنسية موعدا لجلسات الاستئناف.")
PARALLEL = ("وحكم على الناشط سمير نادر في مارس الماضي بالسجن المؤبد، بينما حكم على شقيقه الأكبر فريد نادر بالإعدام "
            "في القضية نفسها.")
PARALLEL_OWN_DAY = ("وحكم على الناشط سمير نادر في مارس الماضي بالسجن المؤبد، بينما حكم على شقيقه الأكبر فريد نادر "
                    "أمس بالإعدام.")
PROSECUTOR_INQUIRY = "وفتحت النيابة العامة المصرية أمس تحقيقا موسعا مع المتهم سامي حمدان."
POLICE_INQUIRY = "وفتحت الشرطة تحقيقا مع السائق جمال ناصر."
MINISTRY_INQUIRY = "وفتحت الوزارة تحقيقا مع الموظف جمال ناصر."
JOINT_INQUIRY = "وفتحت النيابة تحقيقا مشتركا مع الشرطة الفرنسية في الحادث."
KILLING_INQUIRY = "وفتحت الشرطة تحقيقا في مقتل الشاب جمال ناصر."


def _legal(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(row[1], row[2], row[3]) for row in news_event_rows(text) if row[0] == "173"]


def test_court_of_a_country_is_its_judiciary_and_the_source() -> None:
    doc = analyze_news(EGYPTIAN_COURT)
    assert entity_named(doc, "محكمة مصرية").actor == "EGYJUD"
    assert news_arg(EGYPTIAN_COURT, "وقضت", "source") == "محكمة مصرية"
    assert news_arg(EGYPTIAN_COURT, "وقضت", "target") == "حسن فؤاد"
    assert entity_named(analyze_news(TURKISH_COURT), "محكمة تركية").actor == "TURJUD"
    assert news_arg(TURKISH_COURT, "وحكمت", "source") == "محكمة تركية"


def test_court_of_a_town_is_no_government() -> None:
    doc = analyze_news(TOWN_COURT)
    # round mn985: «محكمة القاهرة» is the town's court (EGYJUD), still no government
    assert [(e.name, e.actor) for e in doc.entities if "القاهرة" in e.name] == [("محكمة القاهرة", "EGYJUD")]


def test_opening_faht_is_the_verb_and_its_subject_the_source() -> None:
    assert news_arg(OPENED, "تحقيقا قضائيا", "source") == "السلطات المغربية"
    assert news_arg(OPENED, "تحقيقا قضائيا", "target") == "كريم أوزال"


def test_two_verdicts_for_two_defendants_are_two_acts() -> None:
    got = _legal(TWO_VERDICTS)
    assert ("أصدرت", "محكمة باريس الجنائية", "20 شخصا") in got
    assert ("وقضت", "محكمة باريس الجنائية", "سمير") in got


def test_a_court_named_later_by_its_country_leaves_the_bare_court_to_the_one_before() -> None:
    assert news_arg(LATER_COURT, "وأدانت", "source") == "محكمة باريس الجنائية"


def test_parallel_sentence_after_baynama_takes_the_time_before() -> None:
    assert news_date(PARALLEL, "وحكم") == "2015-03"
    assert news_date(PARALLEL, "حكم") == "2015-03"
    assert news_date(PARALLEL_OWN_DAY, "حكم") == "2015-08-01"  # its own «أمس»


def test_inquiry_with_one_opened_by_a_judiciary_or_police_is_legal_action() -> None:
    assert _legal(PROSECUTOR_INQUIRY) == [("تحقيقا", "النيابة العامة المصرية", "سامي حمدان")]
    assert news_date(PROSECUTOR_INQUIRY, "تحقيقا") == "2015-08-01"
    assert _legal(POLICE_INQUIRY) == [("تحقيقا", None, "جمال ناصر")]


def test_no_legal_action_for_other_inquiries() -> None:
    for text in (MINISTRY_INQUIRY, JOINT_INQUIRY, KILLING_INQUIRY):
        assert _legal(text) == [], text
