"""Quote speakers in constructions of real news (eleventh hand-judged sample): the maker of the statements after
«according to» («بحسب تصريحات أدلى بها رئيس الهيئة فلان»), not «تصريحات أدلى»; a time adverb after the verb is
never the speaker («وأكدوا وقتها أن», «وكما أكد، حينها، أنه»); the owner of the statements a relative clause
with its pronoun on «في» describes («تصريحات الرئيس فلان التي أكد فيها»); the unnamed antecedent of a relative
(«مع النواب الذين حذروا», «معارضة الجمهوريين، الذين ...، والذين حذروا», «الهيئة العامة للاستثمار، التي أعلنت»; not a phrase of a preposition after a comma)."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers


def test_the_maker_of_statements_after_according_to_is_the_speaker() -> None:
    doc = analyze("وسينتهي المشروع العام المقبل، بحسب تصريحات أدلى بها رئيس الهيئة الفريق سامح فهمي لوكالة الأنباء.")
    assert quote_speakers(doc) == [("بحسب", "سامح فهمي")]


def test_a_feminine_maker_of_statements_after_according_to() -> None:
    doc = analyze("وسينتهي المشروع العام المقبل، وفق تصريحات أدلت بها وزيرة المالية ليلى حداد.")
    assert quote_speakers(doc) == [("وفق", "ليلى حداد")]


def test_an_unnamed_maker_of_statements_is_not_the_statements() -> None:
    doc = analyze("وسينتهي المشروع العام المقبل، بحسب تصريحات أدلى بها مسؤول في الهيئة.")
    assert quote_speakers(doc) == [("بحسب", "[مسؤول]")]


def test_a_time_adverb_after_a_plural_verb_is_no_speaker() -> None:
    doc = analyze("تظاهر الطلاب أمام الجامعة. وأكدوا وقتها أن مطالبهم مشروعة.")
    assert quote_speakers(doc) == [("وأكدوا", None)]


def test_a_time_adverb_between_commas_is_no_speaker() -> None:
    doc = analyze("وكما أكد، حينها، أنه سيعمل من أجل بلده.")
    assert quote_speakers(doc) == [("أكد", None)]


def test_the_owner_of_statements_is_the_speaker_of_the_relative_clause() -> None:
    doc = analyze("وجاءت تصريحات الوزير سامح فهمي التي أكد فيها أن الاتفاق صامد بعد يوم من الهجوم.")
    assert quote_speakers(doc) == [("أكد", "سامح فهمي")]


def test_a_named_subject_after_the_pronoun_still_speaks() -> None:
    doc = analyze("ونقلت الصحيفة تصريحات سامح فهمي التي أكدت فيها الوزيرة ليلى حداد أن الاتفاق صامد.")
    assert quote_speakers(doc) == [("أكدت", "ليلى حداد")]


def test_the_unnamed_antecedent_of_a_plural_relative_speaks() -> None:
    doc = analyze("واجتمع الوزير سامح فهمي مع النواب الذين حذروا من أن الاقتصاد ينهار.")
    assert quote_speakers(doc) == [("حذروا", "[النواب]")]


def test_a_coordinated_relative_takes_the_antecedent_of_the_first() -> None:
    doc = analyze("وفي مواجهة معارضة الجمهوريين، الذين يشكلون غالبية في البرلمان، والذين حذروا من أنهم سيفشلون "
                  "التصويت، رأى الوزير سامح فهمي أن الانتخابات حاسمة.")
    assert quote_speakers(doc) == [("حذروا", "[الجمهوريين]"), ("رأى", "سامح فهمي")]


def test_an_unnamed_body_before_a_relative_after_a_comma_speaks() -> None:
    doc = analyze("وكانت الهيئة العامة للاستثمار، التي أعلنت أن الأرباح ارتفعت، قد نشرت تقريرها.")
    # (a body named by its head noun since entities round 44: the entity, not a phrase)
    assert quote_speakers(doc) == [("أعلنت", "الهيئة العامة للاستثمار")]


def test_an_adjective_of_a_quoted_name_is_no_antecedent() -> None:
    doc = analyze("وغمرت المياه القرى، بحسب تقرير لصحيفة «النهار اليومي» الحكومية التي حذرت من أن إعصارا سيضرب المنطقة.")
    assert ("حذرت", "[الحكومية]") not in quote_speakers(doc)
