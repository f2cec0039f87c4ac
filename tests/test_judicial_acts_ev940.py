"""Round ev940: judicial acts (events.judicial_acts, events.announced_doers). «توقيف» with its object is an arrest
(173), and one a police force announces, past a time between commas and a body joined to it, is the force's, reported,
on the announcement's day; «أصدر ... حكما بالسجن/بالإعدام» is a sentence (173), the court the source and the one
sentenced the target. Counter-cases: custody («قيد التوقيف»), a warrant («مذكرة توقيف»), a thing stopped («توقيف هذا
المشروع»), an acquittal («حكما ببراءة») and a statement issued («أصدر بيانا») make no event."""

from __future__ import annotations

from conftest import analyze_news, news_arg, news_date, news_event_rows, news_modality, news_place

ARREST_TOLD = "أعلنت الشرطة الإسبانية، أمس، عن توقيف الناشطين كمال يوسف وطارق سليم في مدريد بتهمة تمويل الإرهاب."
ARREST_JOINT = ("أعلنت الشرطة الهولندية ومكتب النيابة العامة الهولندية، أمس، عن توقيف المدون سامي خليل في أمستردام "
                "بتهمة التحريض.")
SENTENCE = "وأصدر القضاء المصري على رجل الأعمال حسن عبد الله حكما بالسجن سبع سنوات بتهمة الرشوة."


def _codes(text: str, trigger: str) -> list[str]:
    return [row[0] for row in news_event_rows(text) if row[1] == trigger]


def test_announced_arrest_by_tawqif_is_the_police_act() -> None:
    assert _codes(ARREST_TOLD, "توقيف") == ["173", "173"]
    assert news_arg(ARREST_TOLD, "توقيف", "source") == "الشرطة الإسبانية"
    assert news_arg(ARREST_TOLD, "توقيف", "target") in ("كمال يوسف", "طارق سليم")
    assert news_place(ARREST_TOLD, "توقيف") == "مدريد"
    assert news_date(ARREST_TOLD, "توقيف") == "2015-08-01"
    assert news_modality(ARREST_TOLD, "توقيف") == "reported"


def test_both_arrested_are_targets() -> None:
    doc = analyze_news(ARREST_TOLD)
    names = {e.id: e.name for e in doc.entities}
    got = sorted(names.get(e.target or "", "") for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "توقيف")
    assert got == ["طارق سليم", "كمال يوسف"]


def test_announcement_does_not_take_the_arrested_as_its_target() -> None:
    doc = analyze_news(ARREST_TOLD)
    said = [e for e in doc.events if e.code == "010"]
    assert said and all(e.target is None for e in said)


def test_police_announcing_with_the_prosecution() -> None:
    assert news_arg(ARREST_JOINT, "توقيف", "source") == "الشرطة الهولندية"
    assert news_arg(ARREST_JOINT, "توقيف", "target") == "سامي خليل"
    assert news_modality(ARREST_JOINT, "توقيف") == "reported"


def test_passive_arrest_with_pronoun() -> None:
    text = "وكان الشابان قد عادا من سوريا، وجرى توقيفهما في مطار بروكسل الشهر الماضي."
    assert _codes(text, "توقيفهما") == ["173"]


def test_custody_warrant_and_stopped_thing_are_no_arrest() -> None:
    for text in ("وقرر القاضي إبقاء المتهم قيد التوقيف الاحتياطي حتى نهاية الشهر.",
                 "وأصدرت النيابة مذكرة توقيف بحق الوزير السابق.",
                 "وطالب النائب بتوقيف هذا المشروع فورا."):
        assert not [row for row in news_event_rows(text) if row[0] == "173"], text


def test_prison_sentence_passed_by_the_judiciary() -> None:
    assert _codes(SENTENCE, "وأصدر") == ["173"]
    assert news_arg(SENTENCE, "وأصدر", "source") == "القضاء المصري"
    assert news_arg(SENTENCE, "وأصدر", "target") == "حسن عبد الله"


def test_death_sentence_against() -> None:
    text = "وأصدرت محكمة أمن الدولة أمس حكما بالإعدام ضد مروان العلي، أحد قادة التنظيم."
    assert _codes(text, "وأصدرت") == ["173"]
    assert news_arg(text, "وأصدرت", "target") == "مروان العلي"


def test_acquittal_and_statement_are_no_sentence() -> None:
    for text in ("وأصدرت المحكمة حكما ببراءة المتهمين من التهم الموجهة إليهم.",
                 "وأصدر القضاء المصري بيانا بشأن القضية أمس."):
        assert not [row for row in news_event_rows(text) if row[0] == "173"], text


def test_relative_with_pronoun_penalty_gives_the_antecedent_no_role_of_court() -> None:
    text = "ورفع المتظاهرون صورا لرامي الحسن، الذي أصدرت محكمة في بنغازي الشهر الماضي حكما غيابيا بإعدامه."
    assert not [row for row in news_event_rows(text) if row[0] == "173" and row[2] == "رامي الحسن"]


def test_sentence_against_kin_of_a_named_man_names_no_wrong_target() -> None:
    text = "وأصدرت المحكمة حكما بالسجن لمدة 15 عاما ضد شقيقي مراد لمشاركتهما في القتال."
    assert not [row for row in news_event_rows(text) if row[0] == "173" and row[3] == "مراد"]
