"""Round 265: event dates. An act told as recent («التقيت أخيرا», «بالأمس القريب»: no day told, not the article's), an
act told in a relative clause on a named document («إعلان القاهرة الذي أكد خلاله الجانبان»: the document's, not the
article's day) and a relative clause after «نجل الملك الراحل،» (of the living son: round 260's rule does not drop its
date). Hand-made sentences (paraphrases), dated 2015-08-02 by ``analyze_news``: «أمس» is 2015-08-01."""

from __future__ import annotations

from conftest import news_date

DEFAULT = "2015-08-02"


def test_lately_after_a_perfect_verb_is_undated() -> None:
    assert news_date("التقيت أخيرا وزير الخارجية في القاهرة لبحث الأزمة.", "التقيت") is None
    assert news_date("واجتمع الرئيس أخيرا بقادة الأحزاب في القصر.", "واجتمع") is None
    # counter-case: «وأخيرا،» opening the sentence is «and finally»: the act of the article's day
    assert news_date("وأخيرا، التقى الوزير نظيره في القاهرة.", "التقى") == DEFAULT
    # counter-case: no word of recency
    assert news_date("والتقى الوزير نظيره في القاهرة.", "والتقى") == DEFAULT


def test_near_yesterday_is_undated() -> None:
    assert news_date("وقال الوزير: «لقد هاجم المسلحون بالأمس القريب مواقع الجيش».", "هاجم") is None
    # counter-case: «بالأمس» alone is yesterday, also in a quote
    assert news_date("وقال الوزير: «لقد هاجم المسلحون بالأمس مواقع الجيش».", "هاجم") == "2015-08-01"
    assert news_date("وقال الوزير إن المسلحين هاجموا القرية بالأمس.", "هاجموا") == "2015-08-01"


def test_act_within_a_named_document_is_undated() -> None:
    text = ("وأثنى المجلس على إعلان القاهرة الصادر بمناسبة الزيارة الذي أكد خلاله الجانبان الحرص على تعزيز الأمن "
            "ورفض محاولات التدخل في الشؤون الداخلية.")
    assert news_date(text, "أكد") is None
    assert news_date(text, "ورفض") is None
    # counter-case: a statement issued with no name («بيانا أكدت فيه»): the article's day
    assert news_date("وأصدرت الوزارة بيانا أكدت فيه رفض محاولات التدخل في الشؤون الداخلية.", "أكدت") == DEFAULT
    # counter-case: a new clause after a comma, with its own subject, is not the document's
    text = ("وأثنى المجلس على إعلان القاهرة الذي أكد خلاله الجانبان الحرص على تعزيز الأمن، ورفض الوزير محاولات "
            "التدخل في الشؤون الداخلية.")
    assert news_date(text, "أكد") is None
    assert news_date(text, "ورفض") == DEFAULT


def test_relative_on_the_son_of_a_late_king_keeps_its_day() -> None:
    text = "وأشاد الوزير بالأمير خالد نجل الملك الراحل، الذي زار القاهرة على رأس وفد."
    assert news_date(text, "زار") == DEFAULT
    text = "واستقبل الرئيس الشقيق الأصغر للزعيم الراحل، الذي زار البلاد على رأس وفد."
    assert news_date(text, "زار") == DEFAULT
    # counter-case: the late leader himself, no kin noun before the title: his past act
    text = "وتحدث الكاتب عن الملك الراحل، الذي زار القاهرة مرة واحدة."
    assert news_date(text, "زار") is None


def test_running_total_is_undated() -> None:
    assert news_date("وقتل منذ بدء الحرب أكثر من أربعة آلاف شخص في البلاد.", "وقتل") is None
    assert news_date("وبحسب الحصيلة، فإن 5800 شخص خطفوا من قبل التنظيم في الشمال.", "خطفوا") is None
    # counter-case: «منذ بدء» far after the verb, of «the worst since»: the killing of the article's day
    assert news_date("وقتل ثلاثة جنود في هجوم هو الأعنف منذ بدء الهدنة.", "وقتل") == DEFAULT
    # counter-case: «بحسب» + a source, no tally
    assert news_date("وبحسب الشرطة، فإن خمسة أشخاص خطفوا من قبل المسلحين في الشمال.", "خطفوا") == DEFAULT


RELEASED = ("وكانت السلطات قد أطلقت سراح المتهمين مساء أول من أمس، ثم اعتقلت الشرطة المتهمين مساء أول من أمس أمام "
            "المحكمة. واعترف بعض المتهمين بعلاقتهم بالخلية. ")


def test_definite_noun_retells_the_act_before() -> None:
    # «قرار الاعتقال» two sentences after the arrest dated «مساء أول من أمس»: that day, not the article's
    text = RELEASED + "وتوجه أمس الوزير إلى السجن، حيث يحتج عشرات الناشطين على قرار الاعتقال."
    assert news_date(text, "الاعتقال") == "2015-07-31"
    # counter-case: a new indefinite act («اعتقال خمسة آخرين»): not the one told before
    text = RELEASED + "وتوجه أمس الوزير إلى السجن، حيث يحتج عشرات الناشطين على اعتقال خمسة آخرين."
    assert news_date(text, "اعتقال") == DEFAULT
    # counter-case: the act before has no time of its own: no day to take
    text = ("واعتقلت الشرطة المتهمين أمام المحكمة. واعترف بعض المتهمين بعلاقتهم بالخلية. وتوجه أمس الوزير إلى "
            "السجن، حيث يحتج عشرات الناشطين على قرار الاعتقال.")
    assert news_date(text, "الاعتقال") == DEFAULT
