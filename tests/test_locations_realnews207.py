"""Round 207: a place right before «حيث» + the act, with no comma («سافر إلى الرياض حيث التقى»); a visit noun whose
«لها» stands for a country («منذ زيارته الأولى لها») went to that country; a place past a verbless hedge on the doers
(«شنه من يشتبه بأنهم عناصر من الحزب في منطقة X») is still the act's. Hand-made sentences (paraphrases), each with a
counter-case."""

from __future__ import annotations

from conftest import news_place


def test_place_right_before_where_without_a_comma() -> None:
    text = "وقال المتحدث إن المبعوث سيتوجه بعد جولته إلى سلطنة عمان حيث التقى من قبل بوفد المعارضة."
    assert news_place(text, "التقى") == "سلطنة عمان"


def test_place_before_where_and_a_verb_then_its_noun() -> None:
    text = "ووصل الرئيس أمس إلى الرياض حيث أجرى محادثات مع ولي العهد."
    assert news_place(text, "محادثات") == "الرياض"


def test_where_meaning_since_gives_no_place() -> None:
    # counter-case: «حيث إن» is «since»: the meeting is not told to be at the place before it
    text = "ووصل الوزير إلى الرياض حيث إن الاجتماع سيعقد غدا."
    assert news_place(text, "الاجتماع") is None


def test_visit_to_her_is_a_visit_to_the_country() -> None:
    text = "وأعرب الكاتب عن إعجابه بإيران منذ زيارته الأولى لها قبل سنوات."
    assert news_place(text, "زيارته") == "إيران"


def test_visit_without_her_keeps_no_place() -> None:
    # counter-case: no «لها» after the visit: the country praised before is not where it went
    text = "وأعرب الكاتب عن إعجابه بإيران منذ زيارته الأولى قبل سنوات."
    assert news_place(text, "زيارته") is None


def test_place_past_a_hedge_on_the_doers_of_the_attack() -> None:
    text = ("وقتل موظف وأصيب شخص آخر في هجوم مسلح مساء الخميس شنه من يشتبه بأنهم عناصر من حزب العمال الكردستاني "
            "في منطقة ساريكاميس شرق تركيا.")
    assert news_place(text, "وقتل") == "ساريكاميس"


def test_place_past_a_hedge_with_a_verb_of_its_own_is_not_the_act_place() -> None:
    # counter-case: «أنهم تدربوا في ...» is a clause of its own: where they trained, not where the soldier was killed
    text = "وقتل جندي في هجوم شنه مسلحون يعتقد أنهم تدربوا في مدينة الموصل."
    assert news_place(text, "وقتل") is None
