"""Quote cues and speakers on constructions of real news, round 30: a cue after a comma shares the unnamed title of
the cue before it («وقال الوزير الفرنسي إن ...، وأكد»), defective pasts read as verbs («كما أنه سعى ...، مشيرا»),
the «إن» of a channel's acronym («سي إن إن») is no complementizer, the writer's contrast after what was said
(«...، لكنه لم يحدد موعدا») is cut off, and a second quotation in a «وأن» clause of the same cue is said too."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_a_cue_after_a_comma_shares_the_unnamed_title_of_the_cue_before() -> None:
    doc = analyze_news("وقال الوزير الفرنسي إن العقوبات ستستمر، وأكد أن الحل سياسي.")
    assert quote_speakers(doc) == [("وقال", "الوزير الفرنسي"), ("وأكد", "الوزير الفرنسي")]  # (en530: a person)
    doc = analyze_news("وقالت الوزيرة الفرنسية إن العقوبات ستستمر، وأكدت أن الحل سياسي.")
    assert quote_speakers(doc) == [("وقالت", "الوزيرة الفرنسية"), ("وأكدت", "الوزيرة الفرنسية")]


def test_a_body_quoted_before_does_not_take_over_the_title() -> None:
    doc = analyze_news("وقالت منظمة الصحة العالمية إن الوباء ينتشر. وقالت الطبيبة الفرنسية إن المرضى كثيرون، وأضافت أن "
                       "الأدوية قليلة.")
    assert quote_speakers(doc)[-1] == ("وأضافت", "[الطبيبة الفرنسية]")


def test_a_cue_of_the_other_gender_or_its_own_subject_shares_nothing() -> None:
    doc = analyze_news("وقال الوزير الفرنسي إن العقوبات ستستمر، وأكدت الوزيرة أن الحل سياسي.")
    assert quote_speakers(doc)[-1] == ("وأكدت", "[الوزيرة]")
    doc = analyze_news("وقال الوزير الفرنسي إن العقوبات ستستمر، وأكدت أن الحل سياسي.")
    assert quote_speakers(doc)[-1] == ("وأكدت", None)


def test_a_defective_past_is_a_verb_whose_subject_a_participle_continues() -> None:
    doc = analyze_news("وأكد لوران فابيوس أن الحل سياسي. كما أنه سعى إلى تعزيز العلاقات، مشيرا إلى أن الحوار مستمر.")
    assert quote_speakers(doc) == [("وأكد", "لوران فابيوس"), ("مشيرا", "لوران فابيوس")]


def test_the_in_of_a_channels_acronym_is_no_complementizer() -> None:
    doc = analyze_news("وقال الرئيس لشبكة سي إن إن الأمريكية إن الحل سياسي.")
    assert _contents(doc) == ["الحل سياسي"]
    doc = analyze_news("وقال الرئيس في مقابلة مع شبكة إن بي سي إن الحل سياسي.")
    assert _contents(doc) == ["الحل سياسي"]
    doc = analyze_news("وقال الرئيس لبي بي سي إن الحل سياسي.")
    assert _contents(doc) == ["الحل سياسي"]


def test_the_writers_contrast_after_what_was_said_is_cut_off() -> None:
    doc = analyze_news("وقال الوزير إن المشروع سيكون جاهزا في نهاية العام، لكنه لم يحدد موعدا.")
    assert _contents(doc) == ["المشروع سيكون جاهزا في نهاية العام"]
    doc = analyze_news("وأعلن المتحدث أن الوفد سيحضر الحفل، لكن الرئاسة المصرية نفت ذلك.")
    assert _contents(doc)[0] == "الوفد سيحضر الحفل"
    doc = analyze_news("وقال الوزير إن الغارات استهدفت المسلحين، غير أن المراقبين أكدوا أن الغارات استهدفت المدنيين.")
    assert _contents(doc) == ["الغارات استهدفت المسلحين", "الغارات استهدفت المدنيين"]
    doc = analyze_news("وأكد الوزير أن الخلاف فني، إلا أنه لم يذكر أية تفاصيل.")
    assert _contents(doc) == ["الخلاف فني"]


def test_a_contrast_in_the_speakers_voice_stays() -> None:
    doc = analyze_news("وقال الوزير إن الحوار قائم، لكنه ليس بنفس المستوى.")
    assert _contents(doc) == ["الحوار قائم، لكنه ليس بنفس المستوى"]
    doc = analyze_news("وقال الوزير إن الحوار قائم، لكننا لم نحدد موعدا.")
    assert _contents(doc) == ["الحوار قائم، لكننا لم نحدد موعدا"]
    doc = analyze_news("وقال الوزير إن الحوار «قائم، لكنه لم يحدد موعدا».")
    assert _contents(doc) == ["الحوار «قائم، لكنه لم يحدد موعدا»"]


def test_a_second_quotation_of_the_same_cue_is_said_too() -> None:
    doc = analyze_news("وقال الوزير إنه «سيتم إطلاق المشروع قريبا»، وأن «الحكومة ملتزمة بذلك».")
    assert _contents(doc) == ["سيتم إطلاق المشروع قريبا", "الحكومة ملتزمة بذلك"]
    assert quote_speakers(doc) == [("وقال", "[الوزير]"), ("وقال", "[الوزير]")]
    assert all(q.direct for q in doc.quotes)


def test_a_quotation_with_no_second_one_stays_alone() -> None:
    doc = analyze_news("وقال الوزير إنه «سيتم إطلاق المشروع قريبا»، وأكد أن الحكومة ملتزمة بذلك.")
    assert _contents(doc) == ["سيتم إطلاق المشروع قريبا", "الحكومة ملتزمة بذلك"]
    assert [q.direct for q in doc.quotes] == [True, False]


def test_a_person_named_before_keeps_a_title_that_refers_back_to_him() -> None:
    doc = analyze_news("وقال خالد العطية إن الحوار ضروري. وأكد وزير خارجية الدوحة أن بلاده تدعم الحل السياسي، وأضاف أن "
                       "الاتهامات باطلة.")
    assert quote_speakers(doc)[-1] == ("وأضاف", "خالد العطية")
