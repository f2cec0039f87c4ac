"""Quotes on constructions of real news, round 45: the author of a tally («بحسب حصيلة للمرصد», «وبحسب الحصيلة» after
«وأصدرت منظمة X حصيلة»); a spokesman «باسم» a body whose name stands in guillemets speaks for it, and a «كما أوضح»
that carries him carries it; a title set off by a comma after a person's name names him again later («وقال ولي عهد
دبي» after «الشيخ فلان، ولي عهد دبي»); a dual cue's speaker is the first of the two named before it, both in the
added ``speakers`` field; a content ends before the writer's «، فذلك يعني» apodosis of a «عندما» clause and before
his «، حيث» background after the speaker's words in guillemets."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes]


def test_a_tally_named_before_is_its_issuers() -> None:
    doc = analyze_news("وأصدرت منظمة العفو الدولية حصيلة بأعداد القتلى في المدينة. وبحسب الحصيلة، فإن 500 شخص خطفوا من "
                       "قبل التنظيم.")
    assert quote_speakers(doc) == [("وبحسب", "منظمة العفو الدولية")]


def test_a_tally_of_a_named_body() -> None:
    doc = analyze_news("وقتل 25 مسلحا في الاشتباكات، بحسب حصيلة للمرصد السوري لحقوق الإنسان.")
    assert quote_speakers(doc) == [("بحسب", "المرصد السوري لحقوق الإنسان")]


def test_a_tally_of_a_body_named_before_by_its_head() -> None:
    doc = analyze_news("وقال المرصد السوري لحقوق الإنسان إن القتال مستمر. وقتل 25 مسلحا في الاشتباكات، بحسب حصيلة للمرصد.")
    assert quote_speakers(doc) == [("وقال", "المرصد السوري لحقوق الإنسان"), ("بحسب", "المرصد السوري لحقوق الإنسان")]


def test_a_tally_of_a_head_no_body_named_before_has_names_no_one() -> None:
    doc = analyze_news("وقال المرصد السوري لحقوق الإنسان إن القتال مستمر. وقتل 25 مسلحا في الاشتباكات، بحسب حصيلة للمكتب.")
    assert quote_speakers(doc)[1] == ("بحسب", "[حصيلة للمكتب]")


def test_a_tally_of_no_author_found_names_no_one() -> None:
    doc = analyze_news("وارتفعت حصيلة القتلى في المدينة إلى 40 شخصا. وبحسب الحصيلة، فإن 500 شخص خطفوا من قبل التنظيم.")
    assert [who for _, who in quote_speakers(doc)] == ["[الحصيلة]"]


def test_tallies_of_two_authors_name_no_one() -> None:
    doc = analyze_news("وأصدرت منظمة العفو الدولية حصيلة بأعداد القتلى. ونشرت منظمة الصحة العالمية حصيلة أخرى للجرحى. "
                       "وبحسب الحصيلة، فإن 500 شخص خطفوا.")
    assert [who for _, who in quote_speakers(doc)] == ["[الحصيلة]"]


def test_a_spokesman_for_a_body_in_guillemets_and_his_next_words() -> None:
    doc = analyze_news("وبينما رفض ناطق باسم شرطة «سكوتلاند يارد» إعطاء التفاصيل، إلا أنه أكد أن المتهمين مثلا أمام "
                       "المحكمة. كما أوضح أن المتهمين خالفا القانون.")
    body = next(e.id for e in doc.entities if e.name == "سكوتلاند يارد")
    assert [(doc.text[q.cue.start : q.cue.end], q.speaker, q.attrs.get("affiliation")) for q in doc.quotes] == [
        ("أكد", body, body), ("أوضح", body, None)]  # round qu872: Scotland Yard speaks through him, and goes on


def test_a_spokesman_with_no_guillemet_after_him_has_no_such_body() -> None:
    doc = analyze_news("وقال ناطق باسم الشرطة إن المتهمين مثلا أمام المحكمة في «لندن».")
    assert [q.attrs.get("affiliation") for q in doc.quotes] == [None]


def test_a_title_set_off_after_a_name_names_him_again() -> None:
    doc = analyze_news("أكد الشيخ خالد بن سعيد، ولي عهد دبي نائب القائد الأعلى للقوات المسلحة، على دعم الحكومة. وثمن "
                       "الشيخ خالد بن سعيد دور الحلفاء. وقال ولي عهد دبي نائب القائد الأعلى للقوات المسلحة، إن بلاده "
                       "ستواصل الدعم.")
    assert quote_speakers(doc)[-1] == ("وقال", "خالد بن سعيد")


def test_a_title_set_off_after_a_name_does_not_name_him_for_another_title() -> None:
    doc = analyze_news("والتقى الشيخ خالد بن سعيد، ولي عهد دبي، الرئيس سامر حداد. وقال رئيس الوزراء للصحافيين إن الدعم "
                       "سيستمر.")
    assert quote_speakers(doc) == [("وقال", "[رئيس الوزراء]")]


def test_a_title_set_off_after_the_object_names_him() -> None:
    doc = analyze_news("التقى الرئيس سامر حداد الشيخ خالد بن سعيد، ولي عهد دبي. وقال ولي عهد دبي إن الدعم سيستمر.")
    assert quote_speakers(doc) == [("وقال", "خالد بن سعيد")]


def test_a_dual_speaker_is_the_first_of_the_two() -> None:
    doc = analyze_news("وعقد مؤتمر صحافي بين الوزير سامح شكري والوزير عادل الجبير، وكيف أنهما قالا في المؤتمر إن "
                       "البلدين صوت واحد.")
    q = doc.quotes[0]
    assert quote_speakers(doc) == [("قالا", "سامح شكري")]
    assert [doc.entity(i).name for i in q.to_dict(doc.text)["speakers"]] == ["سامح شكري", "عادل الجبير"]


def test_a_dual_cue_after_an_unnamed_group_is_not_the_two_named_before() -> None:
    doc = analyze_news("وأبلغني سامح شكري أنه وعادل الجبير سألا عن التفتيش، وأن رد مسؤولي الوكالة جاء عفويا حيث أفادا "
                       "بأن الاتفاقيات شملت كل التفاصيل.")
    # round 172: not even as the speaker phrase: the cue's own clause names its subject, the agency's officials
    # (judge25 found the pair's phrase wrong on real news)
    # (round qu994: «أبلغ + pronoun + أن» is a quote, so Shoukry's «وأبلغني ... أنه» is one too, before it)
    assert quote_speakers(doc) == [("وأبلغني", "سامح شكري"), ("أفادا", "[مسؤولي الوكالة]")]


def test_a_content_ends_before_the_writers_apodosis() -> None:
    text = ("لكنه عندما يعترف بأن جيشه يواجه نقصا وأنه «لا يستطيع القتال على كل الجبهات»، فذلك يعني اعترافا "
            "بالهزيمة.")
    assert _contents(text) == [("يعترف", "جيشه يواجه نقصا وأنه «لا يستطيع القتال على كل الجبهات»")]


def test_a_conditional_inside_what_was_said_is_kept() -> None:
    text = "وقال الوزير خالد العمري إنه عندما يحرقون طفلا حيا، فإن كل إنسان يندد بهذا العمل."
    assert _contents(text) == [("وقال", "عندما يحرقون طفلا حيا، فإن كل إنسان يندد بهذا العمل")]


def test_a_content_ends_before_the_writers_background_after_quoted_words() -> None:
    text = ("كما سبق للرئيس خالد العمري أن حذر من أنه «لن يتراجع أبدا» أمام المتمردين الذين كثفوا هجماتهم، حيث قتلت "
            "جماعة بوكو حرام عشرة صيادين.")
    assert _contents(text) == [("حذر", "«لن يتراجع أبدا» أمام المتمردين الذين كثفوا هجماتهم")]


def test_a_where_clause_of_the_speakers_own_is_kept() -> None:
    text = "وقال الوزير خالد العمري إن المقاومة تعامل الأسرى بإنسانية، حيث تقوم بإسعاف الجرحى."
    assert _contents(text) == [("وقال", "المقاومة تعامل الأسرى بإنسانية، حيث تقوم بإسعاف الجرحى")]
