"""Event arguments on constructions of real news, round 18: the phrase before a noun act is its agent only where it
can act (a noun of people, of an armed or governing body, of an institution, a title or a name), not an abstraction
or a thing that is the verb's object or an adverbial («تمنى للمجتمعين التوفيق والسداد في اجتماعهم», «كانت فرنسا
الأكثر تشددا خلال جولات المفاوضات»)."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at


def _source(text: str, trigger: str) -> str:
    doc = analyze_news(text)
    return event_arg(doc, event_with_trigger_at(doc, trigger), "source")


def test_an_abstract_object_before_a_noun_act_is_not_its_agent() -> None:
    assert _source("وتمنى الرئيس للمشاركين النجاح والتوفيق في اجتماعهم المقبل.", "اجتماعهم") != "والتوفيق"
    assert _source("وكانت فرنسا الأكثر تشددا خلال جولات المفاوضات في لوزان.", "جولات") != "الأكثر"
    assert _source("وأبدى الوزير ارتياحه للتقدم الكبير في المحادثات مع الجانب الأميركي.", "المحادثات") != \
        "التقدم الكبير"
    # a noun of an armed body or of people still acts
    assert _source("وواصلت المقاومة الشعبية هجماتها على مواقع المتمردين.", "هجماتها") == "المقاومة الشعبية"
    assert _source("وبدأ المعتصمون إضرابا عن الطعام أمس.", "إضرابا") == "المعتصمون"


def test_a_particle_opens_no_phrase_that_could_act() -> None:
    # «وألا», «سوف» are particles, not the subject of the verb after them
    assert _source("ودعا القادة إلى حفظ أرواح المواطنين وأموالهم، وألا يستهدفوا الدول المانحة.", "يستهدفوا") != "وألا"
    # (round 63: «ذلك سوف يهدد مصداقية ...» puts a good at risk, no threat; a threat of «بـ» keeps the check)
    assert _source("وقال الرئيس إن ذلك سوف يهدد بانسحاب الحزب من الحكومة.", "يهدد") != "سوف"
    # «سوف» between a name and its verb is no gap: the name is still the subject
    assert _source("وأعلنت الوكالة أن مديرها العام يوكيا أمانو سوف يلتقي أعضاء اللجنة الأسبوع المقبل.", "يلتقي") == \
        "يوكيا أمانو"
