"""Quotes on constructions of real news, round 46: a named subject after «كان» set off from its verb by an apposition
between commas («وكانت فلانة، العضو في اللجنة، صرحت أن»); a person the narration presents with «، هي فلانة» is whom
the next sentence's «وقالت» carries to; «بحسب التعبير المفضل لفلان» reports the quotation right before it, not the
writer's whole clause; «عرّف عن نفسه بأنه» is the speaker's self-description, not what he said, and an unnamed man
(«رجل ملثم») goes on speaking; a cue in a temporal clause that opens the sentence takes the subject of the main clause
after it («وبعدما حذر ...، اعتبر فلان»); a content ends before the «(» of an aside («(حسب قوله)»)."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes]


def test_a_subject_after_kana_set_off_by_an_apposition() -> None:
    doc = analyze_news("وقال الوزير خالد العمري إن الاتفاق جيد. وكانت هيلاري كلينتون، العضو في اللجنة الخاصة، صرحت أن "
                       "التقرير يتضمن وقائع مقلقة.")
    assert quote_speakers(doc) == [("وقال", "خالد العمري"), ("صرحت", "هيلاري كلينتون")]


def test_a_subject_after_kana_with_a_verb_of_its_own_is_not_the_next_cues() -> None:
    doc = analyze_news("وقال الوزير خالد العمري إن الاتفاق جيد. وكان سامر حداد، العضو في اللجنة الخاصة، قد زار المدينة، "
                       "قالت الوزيرة إن الوضع صعب.")
    assert quote_speakers(doc)[1] == ("قالت", "[الوزيرة]")


def test_a_person_presented_by_the_narration_is_carried_to() -> None:
    doc = analyze_news("وقال الوزير خالد العمري إن الاتفاق جيد. وبين الزوار الكثيرين في المستشفى، كانت امرأة مرت بتجربة "
                       "مشابهة، هي هيلاري كلينتون، والدة طفلة أصيبت العام الماضي. وقالت للجد إن عليه أن يتحدث معهم.")
    assert quote_speakers(doc) == [("وقال", "خالد العمري"), ("وقالت", "هيلاري كلينتون")]


def test_a_presented_person_of_the_other_gender_is_not_carried_to() -> None:
    doc = analyze_news("وقال الوزير خالد العمري إن الاتفاق جيد. وبين الزوار الكثيرين في المستشفى، كانت امرأة مرت بتجربة "
                       "مشابهة، هي هيلاري كلينتون، والدة طفلة أصيبت العام الماضي. وقال إن الدعم سيستمر.")
    assert quote_speakers(doc) == [("وقال", "خالد العمري"), ("وقال", "خالد العمري")]


def test_in_someones_favourite_wording_reports_the_quotation() -> None:
    text = ("وقال الوزير خالد العمري إن الاتفاق جيد. ورغم أن باريس نجحت في جعله «أكثر صلابة» بحسب التعبير المفضل "
            "للعمري، إلا أن ذلك لم يمنع التحفظات.")
    assert _contents(text)[1] == ("بحسب", "أكثر صلابة")
    assert quote_speakers(analyze_news(text))[1] == ("بحسب", "خالد العمري")


def test_according_to_a_source_after_a_quotation_reports_the_clause() -> None:
    text = "ورغم أن باريس نجحت في جعله «أكثر صلابة» بحسب المصدر، إلا أن ذلك لم يمنع التحفظات."
    assert [content for _, content in _contents(text)] != ["أكثر صلابة"]


def test_a_self_description_is_no_content_and_the_man_goes_on() -> None:
    text = ("وقال أحد الأسرى أمام الكاميرا إنه جند عبر وسطاء. كما أكد رجل ملثم عرف عن نفسه بأنه أحد عناصر الجبهة إن "
            "الجماعة قطعت يد الغرب. وأضاف أن تعاونهم مع الغرب واضح.")
    assert _contents(text)[1] == ("أكد", "الجماعة قطعت يد الغرب")
    speakers = quote_speakers(analyze_news(text))
    assert speakers[2][1] == speakers[1][1] != speakers[0][1]


def test_a_plain_that_after_the_speaker_is_still_the_content() -> None:
    assert _contents("كما أكد رجل ملثم أن الجماعة قطعت يد الغرب.") == [("أكد", "الجماعة قطعت يد الغرب")]


def test_a_cue_in_a_temporal_clause_takes_the_main_clauses_subject() -> None:
    doc = analyze_news("وقال الوزير سامر حداد إن الجيش قوي. وبعدما حذر من أن التآمر على الجيش لن يجدي نفعا، اعتبر "
                       "المشير خليفة حفتر أن الإرهابيين لن تقوم لهم قائمة.")
    assert quote_speakers(doc) == [("وقال", "سامر حداد"), ("حذر", "خليفة حفتر"), ("اعتبر", "خليفة حفتر")]


def test_a_main_clause_of_another_gender_is_another_subject() -> None:
    doc = analyze_news("وقال الوزير سامر حداد إن الجيش قوي. وبعدما حذر من أن التآمر على الجيش لن يجدي نفعا، قالت "
                       "وزارة الخارجية إن الوضع هادئ.")
    assert quote_speakers(doc) == [("وقال", "سامر حداد"), ("حذر", "سامر حداد"), ("قالت", "وزارة الخارجية")]


def test_a_content_ends_before_the_paren_of_an_aside() -> None:
    assert _contents("وقال الوزير خالد العمري إن الخلاف قائم مع الشركاء (حسب قوله).") == [
        ("وقال", "الخلاف قائم مع الشركاء")]


def test_a_paren_inside_the_content_is_kept() -> None:
    assert _contents("وقال الوزير خالد العمري إن النظام (الجديد) جيد.") == [("وقال", "النظام (الجديد) جيد")]
