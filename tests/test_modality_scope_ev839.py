"""Round ev839: modality scope: the narrator's «، وذلك خلال», a report told to someone («أبلغني ... أنه»), a claim
declared false («التذرع بأن ... كاذب»)."""

from __future__ import annotations

import pytest

from conftest import news_event, news_modality

# 1. «، وذلك خلال/على هامش/أثناء» after an indirect quote: the narrator's occasion, asserted and dated like the verb.


def test_meeting_after_wadhalika_is_the_narrators() -> None:
    text = ("وأكد وزير الخارجية الأردني ناصر جودة أن بلاده ستشارك قريبا في الحملة على تنظيم داعش، "
            "وذلك خلال لقائه نظيره الأميركي جون كيري في عمان أمس.")
    doc, ev = news_event(text, "لقائه")
    assert ev.modality == "asserted"
    assert ev.code == "040"
    said = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "وأكد")
    assert ev.date == said.date


def test_on_the_sidelines_after_wadhalika() -> None:
    text = ("وأعلن الوزير أن الحكومة ستطلق خطة جديدة للإصلاح، وذلك على هامش اجتماعه مع وفد من البنك الدولي في "
            "القاهرة.")
    assert news_modality(text, "اجتماعه") == "asserted"


def test_meeting_inside_the_quote_stays_reported() -> None:
    text = "وقال الرئيس إنه التقى نظيره الفرنسي خلال زيارته إلى باريس الأسبوع الماضي."
    assert news_modality(text, "التقى") == "reported"
    assert news_modality(text, "زيارته") == "reported"


def test_wadhalika_inside_a_direct_quote_stays_reported() -> None:
    text = ("وقال الوزير: «إن بلادنا ستدعم الحل السياسي، وذلك خلال لقائنا مع الوفد الأميركي في الرياض».")
    assert news_modality(text, "لقائنا") == "reported"


def test_what_the_counterpart_said_after_the_aside_stays_reported() -> None:
    text = ("وأكد الوزير أن بلاده ستدعم الحل السياسي، وذلك خلال لقائه نظيره الأميركي، الذي قال إن القوات "
            "هاجمت مواقع التنظيم.")
    assert news_modality(text, "هاجمت") == "reported"


# 2. «أبلغ/أخبر/أعلم + object pronoun + أنه»: the teller's report.


@pytest.mark.parametrize("verb", ["أبلغني", "أخبرني", "أبلغهم", "أخبرته"])
def test_told_with_object_pronoun_is_reported(verb: str) -> None:
    text = f"وخلال الزيارة، {verb} السفير أنه اجتمع مع وزير الخارجية الإيراني في طهران."
    assert news_modality(text, "اجتمع") == "reported"


def test_told_the_council_that_is_reported() -> None:
    text = "وأبلغ رئيس الوزراء مجلس الوزراء أنه تلقى اتصالا من وزير الدفاع."
    assert news_modality(text, "تلقى") == "reported"


def test_meeting_with_no_telling_stays_asserted() -> None:
    text = "وخلال الزيارة، اجتمع السفير مع وزير الخارجية الإيراني في طهران."
    assert news_modality(text, "اجتمع") == "asserted"


# 3. an act in the clause of a claim declared false: negated.


def test_pretext_declared_false_is_negated() -> None:
    text = "وقال المتحدث إن التذرع بأن قواتنا هاجمت السفن التجارية كاذب."
    assert news_modality(text, "هاجمت") == "negated"


def test_news_without_basis_is_negated() -> None:
    text = "وقال الوزير إن الأنباء عن أن الطائرات قصفت المستشفى لا أساس لها من الصحة."
    assert news_modality(text, "قصفت") == "negated"


def test_fabrications_that_is_negated() -> None:
    text = "ووصف المتحدث ما نشر بأنه افتراءات بأن الجيش قصف القرية."
    assert news_modality(text, "قصف") == "negated"


def test_claim_with_no_falsity_word_stays_reported() -> None:
    text = "وقال المتحدث إن هناك ادعاءات بأن الجيش قصف القرية."
    assert news_modality(text, "قصف") == "reported"


def test_denied_claim_stays_negated() -> None:
    text = "ونفى الجيش أن تكون الطائرات قد قصفت المستشفى."
    assert news_modality(text, "قصفت") == "negated"
