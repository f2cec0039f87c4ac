"""Round ev588: a verb joined by «، و» whose object the argument rules read as its source goes on with the subject
of the act before it («انتقد الرئيس فلان روسيا، وطالب إيران بوقف ...»)."""

from __future__ import annotations

import rasd


def _acts(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = rasd.analyze(text, "2015-05-01")
    names = {e.id: e.name for e in doc.entities}
    return {doc.text[e.trigger.start:e.trigger.end]: (names.get(e.source or ""), names.get(e.target or ""))
            for e in doc.events}


def test_masculine_verb_takes_the_subject_before_not_the_state_after_it() -> None:
    acts = _acts("انتقد الرئيس الأمريكي باراك أوباما روسيا، وطالب إيران بوقف دعم الأسد.")
    assert acts["انتقد"] == ("باراك أوباما", "روسيا")
    assert acts["وطالب"] == ("باراك أوباما", "إيران")


def test_states_after_a_masculine_accusing_verb_are_its_object() -> None:
    acts = _acts("صدام حسين يلقي خطابا في ذكرى الثورة، واتهم دول الخليج بالضلوع في مؤامرة نفطية.")
    assert acts["واتهم"] == ("صدام حسين", "دول الخليج")


def test_verb_in_tahm_is_no_feminine_with_an_object_pronoun() -> None:
    acts = _acts("صدام حسين يلقي خطابا في ذكرى الثورة، واتهم دول الخليج، خصوصا الكويت، بالضلوع في مؤامرة نفطية.")
    assert acts["واتهم"][0] == "صدام حسين"


def test_phrase_opening_with_preposition_and_pronoun_is_no_subject() -> None:
    acts = _acts("وكانت جماعة الحوثي المسلحة اعتقلت الصحافي حمدان الرحبي، ووجهت لهما تهمة كيدية بأنه المتسبب في نشر خبر.")
    assert acts["ووجهت"][0] == "جماعة الحوثي"


def test_feminine_verb_keeps_its_own_feminine_subject() -> None:
    acts = _acts("انتقد الرئيس الأمريكي باراك أوباما روسيا، وطالبت إيران بوقف دعم الأسد.")
    assert acts["وطالبت"] == ("إيران", None)


def test_masculine_state_after_a_masculine_verb_may_be_its_subject() -> None:
    acts = _acts("انتقد الرئيس الأمريكي باراك أوباما روسيا، وطالب العراق بوقف دعم الأسد.")
    assert acts["وطالب"] == ("العراق", None)


def test_new_overt_subject_is_kept() -> None:
    acts = _acts("انتقد الرئيس الأمريكي باراك أوباما الحكومة السورية، واتهمت المعارضة الحكومة بعرقلة المفاوضات.")
    assert acts["واتهمت"] == ("المعارضة", "الحكومة السورية")


def test_coercion_with_no_accusative_stays_unsourced() -> None:
    acts = _acts("انتقد مجلس الأمن الدولي الحكومة السورية، وفرض عليها عقوبات جديدة.")
    assert acts["وفرض"] == (None, "الحكومة السورية")
