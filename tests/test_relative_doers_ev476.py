"""Round ev476: a plural relative clause whose verb takes a direct object is done by the relative's antecedent
(``events.relative_doers``): «التحقيق مع المتطرفين الذين هددوا الرئيس»; not where the unvocalised plural may be a
passive (a preposition or a time after it, no object), nor after one person, nor over a source already read."""

from __future__ import annotations

from conftest import news_arg


def test_the_antecedent_of_an_active_plural_relative_is_its_doer() -> None:
    text = "وطلب الديوان من الشرطة التحقيق مع المتطرفين الذين هددوا الرئيس عبر الإنترنت."
    assert news_arg(text, "هددوا") == "المتطرفين"
    assert news_arg(text, "هددوا", "target") == "الرئيس"
    text = "وتبحث الشرطة عن المستوطنين الذين حرقوا أيضًا منزلاً آخر في القرية."
    assert news_arg(text, "حرقوا") == "المستوطنين"


def test_a_possible_passive_has_no_antecedent_doer() -> None:
    # counter-cases: a preposition or a time right after the plural verb: «قُتِلوا», «يُتَّهمون», «اعتُقِلوا»
    assert news_arg("واستحضرت الصحيفة أسماء الشبان السود الذين قتلوا في حوادث إطلاق نار.", "قتلوا") == ""
    assert news_arg("وأفرجت السلطات عن المعتقلين الذين اعتقلوا أمس في العاصمة.", "اعتقلوا") == ""
    assert news_arg("وينظر المجلس في وضع الضباط الذين يتهمون بقضايا تتعلق بالانضباط.", "يتهمون") == ""


def test_a_source_read_before_stays_and_a_person_is_no_plural_antecedent() -> None:
    # counter-cases: the source the argument finder read stays; one person before «الذين» is not «they»
    text = "وتلاحق الشرطة المسلحين الذين اختطفوا الصحافي الفرنسي."
    assert news_arg(text, "اختطفوا") == "المسلحين"
    text = "والتقى أعضاء في فريق المبعوث الدولي ستيفان دي ميستورا، الذين التقوا ممثلين عن الفصائل."
    assert news_arg(text, "التقوا") != "ستيفان دي ميستورا"
