"""Round ev444 (events.owned_doers): a noun act whose possessive pronoun is its doer («تصريحاته», «زيارتها»,
«مطالبتها») has the party that pronoun stands for: the agreeing one named last before it in its sentence, else the
one named in the sentence before; none for «ـهم», for two candidates, for a feminine «ـها» after a man, or past an
unnamed title or body the pronoun may stand for."""

from conftest import news_arg


def test_statements_of_the_man_named_in_the_sentence_before() -> None:
    text = ("وطالب متطرفون الرئيس الإسرائيلي رؤوبين رفلين بالاستقالة من منصبه. "
            "وجاء ذلك بسبب تصريحاته التي أطلقها أمس.")
    assert news_arg(text, "تصريحاته") == "رؤوبين رفلين"


def test_claim_of_the_state_named_before_in_its_sentence() -> None:
    text = ("وأثارت الصين القلق في المنطقة بتوسيع أعمال بناء جزر اصطناعية لتعزيز مطالبتها "
            "بوقف الأنشطة العسكرية في البحر.")
    assert news_arg(text, "مطالبتها") == "الصين"


def test_state_named_before_holds_the_meeting_with_no_other_party_between() -> None:
    assert news_arg("وأشادت السعودية بالبيان الصادر في اجتماعها الطارئ بالقاهرة.", "اجتماعها") == "السعودية"


def test_counter_unnamed_committee_between_is_whom_the_pronoun_may_stand_for() -> None:
    text = "وأشادت السعودية بالبيان الصادر عن اللجنة الوزارية في اجتماعها الطارئ بالقاهرة."
    assert news_arg(text, "اجتماعها") == ""


def test_counter_two_men_in_the_sentence_before() -> None:
    text = "والتقى رؤوبين رفلين وبنيامين نتنياهو أمس. وجاء ذلك بسبب تصريحاته التي أطلقها أمس."
    assert news_arg(text, "تصريحاته") == ""


def test_counter_plural_pronoun_is_no_single_person() -> None:
    text = ("وطالب متطرفون الرئيس الإسرائيلي رؤوبين رفلين بالاستقالة من منصبه. "
            "وجاء ذلك بسبب تصريحاتهم التي أطلقوها أمس.")
    assert news_arg(text, "تصريحاتهم") != "رؤوبين رفلين"


def test_counter_feminine_pronoun_after_a_man_alone() -> None:
    text = "والتقى الرئيس المصري عبد الفتاح السيسي أمس في القاهرة، وأكد أن زيارتها كانت مهمة."
    assert news_arg(text, "زيارتها") == ""
