"""Quotes on constructions of real news, round 185: an «according to his view/claim» that opens its sentence with no
comma before «فإنه» or «فيبدو» («وحسب رأيه فإنه لا يشك بأن», «وبحسب تقديره فيبدو أن») reports what follows; the
pronoun on the word of saying is the one quoted just before (his phrase too, where unnamed), of its gender; «رأيه»
after «حسب» is the noun, no verb cue of its own."""

from __future__ import annotations

from conftest import news_quote_rows

LAWYER = "ولكن محامي الدفاع عن المتهم، قال إن توقيف موكله إجراء دعائي أكثر منه حاجة للتحقيق. "


def test_his_view_with_no_comma_before_fainnahu_is_the_lawyer_quoted_before() -> None:
    rows = news_quote_rows(LAWYER + "وحسب رأيه فإنه لا يشك بأن التوقيف جاء ليغطي على فشل الشرطة في القبض على "
                                    "الجناة.")
    assert rows[1] == ("وحسب", None, "محامي الدفاع عن المتهم",
                       "لا يشك بأن التوقيف جاء ليغطي على فشل الشرطة في القبض على الجناة", False)
    assert len(rows) == 2  # no verb cue «رأيه» of its own


def test_his_claim_then_his_view_both_the_lawyer() -> None:
    rows = news_quote_rows(LAWYER + "وحسب ادعائه، فإنه يبدو أن وحدة خاصة في الشرطة بذلت جهدا كبيرا. وحسب رأيه "
                                    "فإنه لا يشك بأن التوقيف جاء ليغطي على فشل الشرطة.")
    assert rows[1] == ("وحسب", None, "محامي الدفاع عن المتهم", "يبدو أن وحدة خاصة في الشرطة بذلت جهدا كبيرا", False)
    assert rows[2][2] == "محامي الدفاع عن المتهم"


def test_named_speaker_and_fa_before_the_verb() -> None:
    rows = news_quote_rows("وقال المحامي سامي داود إن توقيف موكله إجراء دعائي. وبحسب تقديره فيبدو أن الشرطة "
                           "عاجزة عن القبض على الجناة منذ شهور.")
    assert rows[1] == ("وبحسب", "سامي داود", None, "يبدو أن الشرطة عاجزة عن القبض على الجناة منذ شهور", False)


def test_a_pronoun_of_the_other_gender_is_not_the_one_quoted_before() -> None:
    rows = news_quote_rows("وقالت الوزيرة هند صبري إن الحكومة ماضية في خطتها. وبحسب تقديره فيبدو أن الشرطة "
                           "عاجزة عن القبض على الجناة منذ شهور.")
    assert rows[0][1] == "هند صبري"
    assert rows[1][:3] == ("وبحسب", None, None)


def test_fainnahu_inside_a_sentence_is_the_writers_consequence() -> None:
    rows = news_quote_rows("وقال الوزير إن الحكومة ماضية في خطتها، وإذا تأخر التمويل فإنه سيتم تأجيل بناء ألف "
                           "مسكن في العام المقبل.")
    assert len(rows) == 1 and rows[0][0] == "وقال"


def test_a_plan_not_a_source_opens_no_quote() -> None:
    rows = news_quote_rows("وقال الوزير إن الحكومة ماضية في خطتها. وبحسب الخطة الموضوعة فإنه سيتم بناء ألف "
                           "مسكن في العام المقبل.")
    assert [r[0] for r in rows] == ["وقال"]
