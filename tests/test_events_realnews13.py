"""Triggers on constructions of real news, round 13: a homograph of «طالب» after a number or in a name is a noun
(a student, «أبي طالب»), and the threat nouns («تهديد», «التهديدات») are an act only with what they threaten with
(«بـ») or an object pronoun; otherwise they name a threat («مواجهة التهديدات الإرهابية»)."""

from __future__ import annotations

from conftest import analyze_news


def codes(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(e.code, doc.text[e.trigger.start : e.trigger.end]) for e in doc.events]


def test_a_counted_student_is_no_demand() -> None:
    assert not [c for c, _ in codes("وقالت الشرطة إن نحو 700 طالب تسلقوا الأسوار أمام الوزارة.") if c == "100"]
    assert not [c for c, _ in codes("وتخرج في المعهد آلاف طالب هذا العام.") if c == "100"]


def test_a_name_with_abi_is_no_demand() -> None:
    assert not [c for c, _ in codes("وتحدث الخطيب عن عدالة علي بن أبي طالب في الحكم.") if c == "100"]


def test_the_verb_still_demands_after_a_year_or_on_its_own() -> None:
    assert ("100", "طالب") in codes("وفي 2014 طالب الوزير الحكومة بالإصلاح.")
    assert ("100", "وطالب") in codes("وطالب الوزير الحكومة بالإسراع في الإصلاح.")


def test_a_threat_named_is_no_threat_made() -> None:
    assert not [c for c, _ in codes("وتحدث الوزير عن مواجهة التهديدات الإرهابية في المنطقة.") if c.startswith("13")]
    assert not [c for c, _ in codes("وقال الرئيس إن الإرهاب يمثل تهديدا للمنطقة كلها.") if c.startswith("13")]


def test_a_threat_with_what_it_threatens_with_or_an_object_is_an_act() -> None:
    assert ("130", "تهديد") in codes("وجاء القرار بعد تهديد التنظيم بقتل الرهائن.")
    assert ("130", "وتهديدهم") in codes("وتمت ملاحقة الصحافيين وتهديدهم عبر الإنترنت.")
    assert ("130", "وهدد") in codes("وهدد التنظيم الحكومة أمس.")  # the verb needs nothing more


def modalities(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.modality) for e in doc.events]


def test_an_event_noun_held_by_a_future_verb_is_planned() -> None:
    assert ("اجتماعا", "planned") in modalities("وسيعقد الرئيس اجتماعا مع وزير الدفاع.")
    assert ("محادثات", "planned") in modalities("وستجري الحكومة محادثات مع المعارضة.")
    assert ("بزيارة", "planned") in modalities("وسيقوم الوزير بزيارة إلى بغداد.")
    assert ("اجتماعا", "asserted") in modalities("وعقد الرئيس اجتماعا مع وزير الدفاع.")  # past: it happened


def test_a_trigger_word_inside_a_name_is_part_of_the_name() -> None:
    # «وعدن»: «و» + Aden, not «وعدن» (they promised)
    assert not [c for c, _ in codes("وستقدم الخدمات في محافظتي مأرب وعدن.") if c.startswith("03")]
    assert ("030", "وعد") in codes("وعد الرئيس بإجراء انتخابات حرة.")  # the verb on its own still promises
