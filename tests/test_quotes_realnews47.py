"""Quotes on constructions of real news, round 47: a content cut where the next cue's clause begins does not keep
that clause's opener («...، في الوقت الذي [كشف]», «الوزير الذي [أوضح]», «أو كما [قال]»); a person the entity layer
gave no gender, right after the «أن» that opens its clause and right before a feminine verb cue, is that verb's
subject («إلى أن فلانة قالت»); a feminine participle after a noun of measures is an adjective («إجراءات أمنية مشددة
على»), not a cue that cuts the content before it; «تقارير صحافية الأسبوع الماضي تفيد بأن»: a report says it, no one
carried over."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes]


def test_a_content_ends_before_the_next_clauses_opener() -> None:
    text = ("أعلنت الوزارة أن أحد مقاتليها شن هجوما على معسكر للجيش، مبينة أن الهجوم أسفر عن مقتل العشرات، في الوقت "
            "الذي كشف فيه شهود عيان أنهم شاهدوا مروحيات.")
    assert _contents(text)[1] == ("مبينة", "الهجوم أسفر عن مقتل العشرات")


def test_a_relative_before_the_next_cue_is_not_content() -> None:
    # round q304: the relative clause on the minister is part of what was said (the words go on past «الذي أوضح
    # أن»), not the next report's opener; the relative cue is still a quote of its own, Kerry's
    text = "وقال الوزير خالد العمري إن ذلك يعود لموقف وزير الخارجية جون كيري الذي أوضح أن الكونغرس لديه خياران."
    assert _contents(text)[0] == ("وقال", "ذلك يعود لموقف وزير الخارجية جون كيري الذي أوضح أن الكونغرس لديه خياران")
    assert quote_speakers(analyze_news(text))[1] == ("أوضح", "جون كيري")


def test_a_relative_inside_the_content_is_kept() -> None:
    text = "وقال الوزير خالد العمري إن الاتفاق الذي وقع أمس جيد."
    assert _contents(text) == [("وقال", "الاتفاق الذي وقع أمس جيد")]


def test_a_name_after_that_takes_the_gender_of_its_verb() -> None:
    doc = analyze_news("وقال الوزير خالد العمري إن الوضع هادئ. ويشير محضر اجتماع عقد يوم 15 يوليو إلى أن فيدريكا "
                       "موجيريني قالت للمفوضية بعد يوم من الاتفاق، إنه «ينبغي البدء في الإعداد لتجديد الروابط مع "
                       "إيران».")
    assert quote_speakers(doc)[-1] == ("قالت", "فيدريكا موجيريني")


def test_a_name_that_is_an_object_is_not_the_subject() -> None:
    doc = analyze_news("وقالت وزارة الخارجية إن الوضع هادئ. والتقى الوزير فيدريكا موجيريني قالت الوزارة إن اللقاء "
                       "كان مثمرا.")
    assert all(who != "فيدريكا موجيريني" for _, who in quote_speakers(doc))


def test_a_participle_after_a_noun_of_measures_is_an_adjective() -> None:
    text = ("قالت وزارة الخارجية إنها لم تتسلم أي إخطار رسمي. وتم تداول تقارير صحافية الأسبوع الماضي تفيد بأن سلطات "
            "الأمن في الجزائر فرضت إجراءات أمنية مشددة على سفر مواطنيها إلى سبع دول عربية.")
    assert _contents(text)[1] == ("تفيد", "سلطات الأمن في الجزائر فرضت إجراءات أمنية مشددة على سفر مواطنيها إلى "
                                          "سبع دول عربية")
    assert quote_speakers(analyze_news(text))[1] == ("تفيد", "[تقارير صحافية]")  # round 246: the reports


def test_a_participle_after_a_comma_is_still_a_cue() -> None:
    assert _contents("وأعلنت الوزارة فرض إجراءات جديدة، مشددة على أن الأمن أولوية.") == [("مشددة", "الأمن أولوية")]


def test_a_named_subject_after_a_time_phrase_still_speaks() -> None:
    doc = analyze_news("قالت وزارة الخارجية إنها لم تتسلم أي إخطار رسمي. والوزيرة هيلاري كلينتون الأسبوع الماضي "
                       "قالت إن سلطات الأمن فرضت إجراءات.")
    assert quote_speakers(doc)[1] == ("قالت", "هيلاري كلينتون")


def test_a_content_in_a_while_clause_ends_before_the_main_clause() -> None:
    text = ("وقال الوزير خالد العمري إن الوضع هادئ. وبينما رجح المسؤولون أن تصدر القوانين خلال الأيام المقبلة، مؤكدين "
            "أنها على مكتب الرئيس بالفعل، بدأت الحكومة الاستعداد للانتخابات البرلمانية.")
    assert _contents(text)[1] == ("مؤكدين", "على مكتب الرئيس بالفعل")


def test_a_relative_set_off_by_commas_keeps_its_predicate() -> None:
    text = "فيما أكدت الصحيفة أن مشروع القناة الجديدة، الذي كلف نحو 8 مليارات دولار، أثار الحماسة الوطنية للمصريين."
    assert _contents(text) == [("أكدت", "مشروع القناة الجديدة، الذي كلف نحو 8 مليارات دولار، أثار الحماسة الوطنية "
                                         "للمصريين")]


def test_a_comma_and_a_verb_outside_a_while_clause_do_not_cut() -> None:
    assert _contents("وقال الوزير خالد العمري إن الوضع هادئ، بدأت الحكومة الاستعداد للانتخابات.") == [
        ("وقال", "الوضع هادئ، بدأت الحكومة الاستعداد للانتخابات")]
