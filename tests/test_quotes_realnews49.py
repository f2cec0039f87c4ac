"""Quotes on constructions of real news, round 49: a name in quote marks right after the cue is who speaks («أعلنت
«حركة X» أمس، في بيان لها، أن»); a body named before and then by the head noun of its name alone («الجبهة»,
«الوكالة») is that body where the last use of the head was its own; «رجل الرئيس» is the president's man, not the
president; «والذي وافق هو فلان، حيث قال»: the one the cleft names; a participle of manner («ساخرا») is no subject;
«النائب الأول للرئيس فلان» names the deputy where the entity layer gave him that title."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _quotes(text: str) -> list[tuple[str, str | None, str, bool]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.entity(q.speaker).name if q.speaker else None,
             doc.text[q.content.start : q.content.end], q.direct) for q in doc.quotes]


def test_a_quoted_name_after_the_cue_is_the_speaker() -> None:
    text = "وفي سياق متصل، أعلنت «حركة أحرار الشام الإسلامية» أمس، في بيان لها، أن المحادثات مع الوفد الروسي توقفت."
    assert _quotes(text) == [("أعلنت", "حركة أحرار الشام الإسلامية", "المحادثات مع الوفد الروسي توقفت", False)]


def test_a_quoted_name_before_an_about_phrase_is_no_quotation() -> None:
    text = "وفي سياق متصل، أعلنت «حركة أحرار الشام الإسلامية» أمس، في بيان لها، عن توقف المحادثات مع الوفد الروسي."
    assert all(content != "حركة أحرار الشام الإسلامية" for _, _, content, _ in _quotes(text))


def test_a_quotation_after_a_colon_stays_direct() -> None:
    text = "وقال الوزير سامر حداد: «سنواصل دعم المفاوضات مع جميع الأطراف»."
    assert _quotes(text) == [("وقال", "سامر حداد", "سنواصل دعم المفاوضات مع جميع الأطراف", True)]


def test_the_front_in_a_statement_is_the_front_named_before() -> None:
    text = ("وشنت جبهة النصرة هجوما على مواقع الفرقة. وجاء في بيان صادر عن الجبهة أن «عناصر الفرقة دخلوا إلى "
            "البلاد قبل أيام».")
    assert quote_speakers(analyze_news(text)) == [("وجاء", "جبهة النصرة")]


def test_another_front_with_a_name_of_its_own_is_not_the_one_before() -> None:
    text = ("وشنت جبهة النصرة هجوما على مواقع الفرقة. وجاء في بيان صادر عن الجبهة الشامية أن «عناصر الفرقة دخلوا "
            "إلى البلاد قبل أيام».")
    assert quote_speakers(analyze_news(text))[0][1] != "جبهة النصرة"


def test_the_agency_that_said_nothing_then_said_is_the_agency_named_before() -> None:
    text = ("ونقلت وكالة رويترز عن مسؤولين أن التحقيق بدأ. ولم تذكر الوكالة أسماء المسؤولين لكنها قالت إن التحقيق "
            "مستمر.")
    assert quote_speakers(analyze_news(text))[-1] == ("قالت", "وكالة رويترز")


def test_an_unnamed_agency_used_the_head_last() -> None:
    text = ("ونقلت وكالة رويترز عن مسؤولين أن التحقيق بدأ. وقالت وكالة مكافحة الفساد إن الأموال وصلت إلى الحسابات. "
            "ولم تذكر الوكالة أسماء المانحين لكنها قالت إنها تواصل التحقيقات.")
    assert quote_speakers(analyze_news(text))[-1][1] != "وكالة رويترز"


def test_the_presidents_man_is_not_the_president() -> None:
    text = ("وألقى الرئيس عمر البشير خطابا أمام البرلمان. وقال النائب الأول للرئيس بكري حسن صالح إن الحكومة ستكافح "
            "الفساد، مشيرًا إلى اتخاذ قرارات لإصلاح الدولة. ووعد رجل الرئيس القوي بإجراء إصلاحات تشريعية، وأضاف: "
            "«نسعى لتوفير الحريات للصحافة».")
    assert quote_speakers(analyze_news(text))[-1] == ("وأضاف", "بكري حسن صالح")


def test_the_president_himself_still_speaks() -> None:
    text = ("وقال النائب الأول للرئيس بكري حسن صالح إن الحكومة ستكافح الفساد. ووعد الرئيس عمر البشير بإجراء "
            "إصلاحات تشريعية، وأضاف: «نسعى لتوفير الحريات للصحافة».")
    assert quote_speakers(analyze_news(text))[-1] == ("وأضاف", "عمر البشير")


def test_the_first_deputy_of_the_president_is_the_named_one() -> None:
    doc = analyze_news("وقال النائب الأول للرئيس بكري حسن صالح إن الحكومة ستكافح الفساد.")
    assert quote_speakers(doc) == [("وقال", "بكري حسن صالح")]


def test_an_adviser_to_the_president_is_not_the_president() -> None:
    doc = analyze_news("وقال مستشار للرئيس عمر البشير إن الحكومة ستكافح الفساد.")
    assert quote_speakers(doc)[0][1] != "عمر البشير"


def test_the_one_a_cleft_names_speaks() -> None:
    text = ("وتحدث الكاتب محفوظ عبد الرحمن عن الرواية، وقال إن الرقابة منعتها. ولم يجرؤ أحد على التصريح بالفيلم، "
            "والذي وافق هو جمال عبد الناصر، حيث قال لهم ساخرا «هل أنا الطاغية حتى أمنع الفيلم؟».")
    assert quote_speakers(analyze_news(text))[-1] == ("قال", "جمال عبد الناصر")


def test_a_cleft_of_the_other_gender_names_no_one() -> None:
    text = ("وتحدثت الكاتبة سلمى حداد عن الرواية، وقالت إن الرقابة منعتها. ولم يجرؤ أحد على التصريح بالفيلم، "
            "والذي وافق هو جمال عبد الناصر، حيث قالت لهم «لقد انتصرنا».")
    assert quote_speakers(analyze_news(text))[-1][1] != "جمال عبد الناصر"


def test_a_participle_of_manner_is_no_subject() -> None:
    text = "وتحدث الكاتب محفوظ عبد الرحمن عن الرواية، ثم قال ساخرا «هل أنا الطاغية حتى أمنع الفيلم؟»."
    assert quote_speakers(analyze_news(text))[-1] == ("قال", "محفوظ عبد الرحمن")


def test_many_who_say_are_no_named_speaker() -> None:
    text = ("وتحدث الكاتب محفوظ عبد الرحمن عن الرواية، وقال إن الرقابة منعتها. كثيرون بعد أن يسمعوا القصة يقولون "
            "إنها دليل على الحرية.")
    assert quote_speakers(analyze_news(text))[-1] == ("يقولون", "[كثيرون]")  # round 55: the unnamed many
