"""Quotes on constructions of real news, round 54: a title in construct with a body named before («رئيس الحكومة»)
is the one person of that body's actor named with the bare title; a plural cue after «فلان وفلان اللذين» is both
of them; «بأقلام خبراء وأكاديميين، يؤكدون» is the unnamed group; «الشركة» is the company «شركة «X»» introduced;
a long name in guillemets after «وبحسب تقرير» is one source; «كما قالها» reports nothing."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows


def test_a_title_of_the_body_is_the_one_holder_named_before() -> None:
    text = ("اجتمعت الحكومة اللبنانية أمس برئاسة الرئيس تمام سلام في السرايا. وقدّم رئيس الحكومة عرضا لملف "
            "الكهرباء، فقال «لقد اتخذنا إجراءات مؤقتة لكنها ليست كافية».")
    assert news_quote_rows(text) == [("فقال", "تمام سلام", None, "لقد اتخذنا إجراءات مؤقتة لكنها ليست كافية", True)]


def test_a_title_of_another_body_is_not_the_one_named_before() -> None:
    text = ("عقد مجلس النواب اللبناني جلسة برئاسة نبيه بري. وقدّم رئيس الحكومة عرضا لملف الكهرباء، فقال «لقد "
            "اتخذنا إجراءات مؤقتة لكنها ليست كافية».")
    assert [q[1] for q in news_quote_rows(text)] != ["نبيه بري"]


def test_a_plural_cue_after_two_named_and_a_relative_is_both() -> None:
    text = ("أصبحت كلينتون في مواجهة مع المرشحين الجمهوريين مارك روبيو وجيب بوش اللذين انتقدا الاتفاق في ولاية "
            "فلوريدا، معتبرين أنه يشكل مكافأة للحكومة الكوبية.")
    doc = analyze_news(text)
    q = doc.quotes[0]
    assert [doc.entity(e).name for e in q.attrs["speakers"]] == ["مارك روبيو", "جيب بوش"]
    assert doc.entity(q.speaker).name == "مارك روبيو"


def test_a_plural_cue_after_a_relative_on_a_group_has_no_pair() -> None:
    text = ("أصبحت كلينتون في مواجهة مع المرشحين الجمهوريين الذين انتقدوا الاتفاق في ولاية فلوريدا، معتبرين أنه "
            "يشكل مكافأة للحكومة الكوبية.")
    assert "speakers" not in analyze_news(text).quotes[0].attrs


def test_an_indefinite_group_described_by_the_plural_cue_speaks() -> None:
    text = "ونشرت الصحف مقالات كثيرة بأقلام خبراء وأكاديميين، يؤكدون أن الحكومة أخفقت في مواجهة الأزمة."
    assert news_quote_rows(text) == [("يؤكدون", None, "خبراء وأكاديميين", "الحكومة أخفقت في مواجهة الأزمة", False)]


def test_no_group_before_the_comma_gives_no_group() -> None:
    text = "ونشرت الصحف مقالات كثيرة، يؤكدون فيها أن الحكومة أخفقت في مواجهة الأزمة."
    assert news_quote_rows(text)[0][2] is None


def test_the_company_is_the_one_introduced_by_its_head() -> None:
    text = "حققت شركة «سامسونغ» أرباحا كبيرة من هاتفها الجديد، الذي قالت عنه الشركة إن مبيعاته فاقت التوقعات."
    assert news_quote_rows(text)[0][:3] == ("قالت", "سامسونغ", None)


def test_the_company_after_an_unnamed_company_is_not_the_one_before() -> None:
    text = ("حققت شركة «سامسونغ» أرباحا كبيرة هذا العام. واشترت شركة ناشئة حصة في المشروع، وقالت الشركة إن "
            "الصفقة ستكتمل قريبا.")
    assert [q[1] for q in news_quote_rows(text)] != ["سامسونغ"]


def test_a_long_name_in_guillemets_after_according_is_one_source() -> None:
    text = ("قال جون سميث، رئيس الأبحاث في شركة «نايت فرانك»: «السوق تواجه ضغوطا كبيرة هذا العام». وبحسب تقرير "
            "«نايت فرانك الشرق الأوسط وشمال أفريقيا»، فقد أشار إلى أن الأسعار مستقرة.")
    assert news_quote_rows(text)[-1][:2] == ("أشار", "نايت فرانك الشرق الأوسط")


def test_as_he_said_it_reports_nothing() -> None:
    text = "كنت أعرف جوابه مسبقا، وكنت أتوقع إجابته كما قالها، ولكني كنت أريد أن أتأكد منه بنفسي."
    assert news_quote_rows(text) == []


def test_as_he_said_with_no_pronoun_still_reports() -> None:
    text = "وكما قال الوزير خالد الفالح إن الاتفاق بات قريبا."
    assert news_quote_rows(text) == [("قال", "خالد الفالح", None, "الاتفاق بات قريبا", False)]
