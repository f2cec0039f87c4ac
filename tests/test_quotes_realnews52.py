"""Quotes on constructions of real news, round 52: «كما اعترف بحرج الموقف» («بـ» + a commoner noun the word layer
left whole) has no subject after it, the man quoted before goes on; a definite description repeated from where a
person was named («فلان، المحلل السياسي ...») is that person; «حسبما أعلنت المملكة» is the home kingdom named in the
article; «ليس أمرا مؤكدا أن» is no cue; «تقريرا هذا الأسبوع قال إن» is the report's, not the man quoted before;
«وقال المسؤول الذي قال إنه ...، إن ...»: two cues, each with its own words."""

from __future__ import annotations

from conftest import analyze_news


def _quotes(text: str) -> list[tuple[str, str | None, str, bool]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.entity(q.speaker).name if q.speaker else None,
             doc.text[q.content.start : q.content.end], q.direct) for q in doc.quotes]


def test_a_verb_with_bi_left_whole_keeps_the_dropped_subject() -> None:
    text = ("وصرح كاميرون بأن بلاده ستحمي حدودها، كما اعترف بحرج الموقف إذ إن هناك آلاف المهاجرين يعبرون "
            "البحر.")
    assert _quotes(text)[-1][:3] == ("اعترف", "كاميرون", "هناك آلاف المهاجرين يعبرون البحر")


def test_a_noun_that_merely_opens_with_ba_is_still_the_subject() -> None:
    text = "وصرح كاميرون بأن بلاده ستحمي حدودها. وقالت بلدية المدينة إن الطرق مغلقة."
    assert _quotes(text)[-1][:2] == ("وقالت", None)


def test_a_description_repeated_is_the_man_it_described() -> None:
    text = ("وأوضح الدكتور سامر الخطيب، المحلل السياسي والاقتصادي الأردني لوكالة الأنباء، أن القرار خطير. "
            "وأشار المحلل السياسي والاقتصادي الأردني إلى أن الانهيار قريب.")
    assert _quotes(text)[-1][:2] == ("وأشار", "سامر الخطيب")


def test_a_description_before_the_name_and_its_title() -> None:
    text = ("وأوضح المحلل الاقتصادي الدكتور سامر الخطيب أن القرار خطير. وأشار المحلل الاقتصادي إلى أن الانهيار "
            "قريب.")
    assert _quotes(text)[-1][:2] == ("وأشار", "سامر الخطيب")


def test_a_description_two_men_shared_names_neither() -> None:
    text = ("وأوضح سامر الخطيب، المحلل الاقتصادي، أن القرار خطير. ورأى فادي حداد، المحلل الاقتصادي، أن القرار "
            "متأخر. وأشار المحلل الاقتصادي إلى أن الانهيار قريب.")
    assert _quotes(text)[-1][:2] == ("وأشار", None)


def test_the_kingdom_alone_is_the_home_state_named() -> None:
    text = ("وقال وزير النفط الكويتي إن الخلاف مع السعودية فني. ولا تزال الحقول البحرية مغلقة منذ شهور لأسباب "
            "بيئية، حسبما أعلنت المملكة.")
    assert _quotes(text)[-1][:2] == ("حسبما", "السعودية")


def test_the_kingdom_alone_with_the_home_state_unnamed() -> None:
    text = ("وقال وزير النفط الكويتي إن الخلاف مع الأردن فني. ولا تزال الحقول البحرية مغلقة منذ شهور لأسباب "
            "بيئية، حسبما أعلنت المملكة.")
    assert _quotes(text)[-1][:2] == ("حسبما", None)


def test_the_united_kingdom_is_not_the_home_kingdom() -> None:
    text = "وقال الوزير إن الخلاف مع السعودية فني. وأعلنت المملكة المتحدة أنها سترسل خبراء."
    assert _quotes(text)[-1][:2] == ("وأعلنت", "المملكة المتحدة")


def test_not_certain_is_no_cue() -> None:
    text = ("وقال الوزير إن التغيير لن يحدث بين ليلة وضحاها، وهو ليس أمرا مؤكدا أن يحدث بالطريقة التي "
            "نريدها.")
    assert [cue for cue, _, _, _ in _quotes(text)] == ["وقال"]


def test_a_participle_after_a_comma_is_still_a_cue() -> None:
    text = "ودعا الوزير سامر حداد إلى الحوار، مؤكدا أن الحل سياسي."
    assert _quotes(text)[-1][:3] == ("مؤكدا", "سامر حداد", "الحل سياسي")


def test_a_report_that_says_it_is_not_the_man_before() -> None:
    text = ("وقال الخبير جيمس سميث إن الأزمة عميقة. وأصدرت مجموعة استثمارية تقريرا هذا الأسبوع قال إن الجزيرة "
            "قد تخرج من أزمتها.")
    assert _quotes(text)[-1][:3] == ("قال", None, "الجزيرة قد تخرج من أزمتها")


def test_a_statement_that_says_it_is_its_issuers() -> None:
    text = "وقال الخبير جيمس سميث إن الأزمة عميقة. ونشرت حركة حماس بيانا يقول إن المعبر سيفتح غدا."
    assert _quotes(text)[-1][:2] == ("يقول", "حركة حماس")


def test_said_in_a_report_is_still_the_man_before() -> None:
    text = "وقال الخبير جيمس سميث إن الأزمة عميقة. وفي تقرير أمس قال إن الجزيرة قد تخرج من أزمتها."
    assert _quotes(text)[-1][:2] == ("قال", "جيمس سميث")


def test_a_cue_in_a_relative_clause_on_the_subject() -> None:
    text = ("وقال المسؤول الذي قال إنه لا يستطيع الكشف عن هويته لأنه غير مخول بالحديث، إن الهجوم أوقع عشرة "
            "قتلى.")
    assert [(cue, what) for cue, _, what, _ in _quotes(text)] == [
        ("وقال", "الهجوم أوقع عشرة قتلى"), ("قال", "لا يستطيع الكشف عن هويته لأنه غير مخول بالحديث")]


def test_a_relative_cue_on_an_object_reports_on() -> None:
    text = "وانتقد الوزير الدول التي قال إنها تحاول إلقاء اللوم على بلاده، لأنها لم تتمكن من رصد المقاتلين."
    assert [(cue, what) for cue, _, what, _ in _quotes(text)] == [
        ("قال", "تحاول إلقاء اللوم على بلاده، لأنها لم تتمكن من رصد المقاتلين")]


def test_a_relative_cue_on_the_last_noun_of_a_reports_words() -> None:
    text = ("وقال الخبير جيمس سميث إن الأزمة عميقة. وأصدرت مجموعة استثمارية تقريرا هذا الأسبوع قال إن الجزيرة "
            "قد تخرج من أزمتها برفع معدل الضرائب الذي قال إنه أقل من المتوسط.")
    assert _quotes(text)[-1][:3] == ("قال", None, "أقل من المتوسط")


def test_a_relative_cue_of_another_gender_is_not_the_words_speaker() -> None:
    text = ("وقال الخبير جيمس سميث إن الأزمة عميقة. وقال الوزير سامر حداد إن الحكومة سترفع معدل الضرائب الذي "
            "قالت إنه أقل من المتوسط.")
    assert _quotes(text)[-1][1] != "سامر حداد"
