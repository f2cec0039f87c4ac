"""Event arguments, modality and dates on constructions of real news, round 25: a 1st person imperfect («ندين»,
«أدين») has the speaker as its subject and the phrase after it as its object; what is expected («يتوقع أن يزور»)
and the act a call carries out («دعا إلى شن هجمات») are planned; a feminine perfect before a feminine phrase
(«ودعت المعارضة إلى») agrees with its subject, no addressee; a time in a relative clause does not date the main verb
after it."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_arg, news_modality


def _date(text: str, trigger: str) -> str | None:
    doc = analyze_news(text)
    return event_with_trigger_at(doc, trigger).date  # type: ignore[no-any-return]


def test_a_first_person_imperfect_has_the_speaker_as_subject() -> None:
    text = 'وقال وزير الخارجية عادل الجبير: "نحن ندين نظام الأسد على جرائمه".'
    assert news_arg(text, "ندين", "target") == "نظام الأسد"
    assert news_arg(text, "ندين") == "عادل الجبير"
    assert news_arg("نحن ندين نظام الأسد على جرائمه بحق المدنيين.", "ندين") == ""
    assert news_arg("نحن ندين نظام الأسد على جرائمه بحق المدنيين.", "ندين", "target") == "نظام الأسد"
    # a perfect with «ن»/«ا» of its root is no 1st person («انتقد الجبير»)
    assert news_arg("وانتقد عادل الجبير نظام الأسد.", "وانتقد") == "عادل الجبير"


def test_what_is_expected_is_planned() -> None:
    assert news_modality("ويتوقع أن يزور الرئيس الفرنسي الرياض الأسبوع المقبل.", "يزور") == "planned"
    assert news_modality("ويتوقع المراقبون أن يزور الرئيس الفرنسي الرياض.", "يزور") == "planned"
    assert news_modality("وتوقع الوزير أن تشن القوات هجمات جديدة.", "هجمات") == "planned"
    # a noun far into the clause, past «منذ», is another time's act
    assert news_modality("ويتوقع أن يصل المحافظ إلى المدينة للمرة الأولى منذ سيطرة المسلحين عليها.",
                     "سيطرة") != "planned"
    assert news_modality("وقال الوزير إن القوات شنت هجمات جديدة.", "هجمات") != "planned"


def test_the_act_a_call_carries_out_is_planned() -> None:
    assert news_modality("ودعا زعيم الجماعة أنصاره إلى شن هجمات على السفارة.", "هجمات") == "planned"
    assert news_modality("ودعا الناشطون إلى تنظيم مظاهرات حاشدة في المدن.", "مظاهرات") == "planned"
    assert news_modality("ونظم الناشطون مظاهرات حاشدة في المدن.", "مظاهرات") == "asserted"


def test_a_feminine_verb_agrees_with_the_feminine_phrase_after_it() -> None:
    text = "ودعت المعارضة إلى التظاهر في ميدان التحرير."
    assert news_arg(text, "ودعت") == "المعارضة"
    assert news_arg(text, "ودعت", "target") != "المعارضة"
    # a masculine verb before the phrase: whom the subject carried from before calls on
    assert news_arg("ودعا المجتمع الدولي إلى التدخل.", "ودعا", "target") == "المجتمع الدولي"


def test_a_time_in_a_relative_clause_does_not_date_the_main_verb() -> None:
    text = "وأكدت المصادر أن الجيش الذي دخل المدينة أمس اعتقل عشرات المسلحين."
    assert _date(text, "اعتقل") == "2015-08-02"
    assert _date("وأكدت المصادر أن الجيش اعتقل أمس عشرات المسلحين.", "اعتقل") == "2015-08-01"
