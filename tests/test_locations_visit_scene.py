"""Round lo408: a meeting told in a visit's clause right after the visit's place («يزور القاهرة ويلتقي بالرئيس»,
«زار الجزائر، والتقى», «يصل إلى كوالالمبور اليوم للمشاركة في اجتماعات») was held where the visit went
(events.visit_scene). Hand-made sentences (paraphrases of the 347), each kind with a counter-case."""

from __future__ import annotations

from conftest import news_place


def test_meeting_verb_joined_to_a_visit_verb() -> None:
    text = "وفي أبريل الماضي، الأمير يزور القاهرة ويلتقي بالرئيس المصري لبحث العلاقات."
    assert news_place(text, "ويلتقي") == "القاهرة"


def test_meeting_verb_past_a_comma() -> None:
    text = "وقال السفير إنه زار الجزائر، والتقى الرئيس الجزائري عبد العزيز بوتفليقة وكبار مساعديه."
    assert news_place(text, "والتقى") == "الجزائر"


def test_meeting_noun_past_a_comma() -> None:
    text = "واستمع المجلس إلى نتائج زيارة ولي العهد إلى القاهرة، واجتماعه مع الرئيس المصري."
    assert news_place(text, "واجتماعه") == "القاهرة"


def test_meetings_an_arrival_is_for() -> None:
    text = "ودعت المنظمة الوزير الذي يصل إلى كوالالمبور اليوم للمشاركة في اجتماعات وزراء الخارجية إلى إثارة القضية."
    assert news_place(text, "اجتماعات") == "كوالالمبور"


def test_meeting_after_a_visit_said_with_baad_takes_no_place_from_it() -> None:
    # counter-case: «بعد زيارته» tells an earlier time, the meeting may be elsewhere
    text = "وبعد زيارته إلى الجزائر، والتقى الوزير الرئيس الجزائري وكبار مساعديه."
    assert news_place(text, "والتقى") != "الجزائر"


def test_meeting_at_its_own_gathering_takes_no_place_from_the_visit() -> None:
    # counter-case: the meeting names the summit it was held at
    text = "وقال الرئيس: قمنا بزيارات لتشاد، والتقينا أيضا برئيس النيجر في القمة الأفريقية الأخيرة."
    assert news_place(text, "والتقينا") != "تشاد"


def test_talks_said_in_a_complement_take_no_place_from_the_visit() -> None:
    # counter-case: «وأكد أن» opens what he said; the talks told there are not the visit's
    text = "وزار الوزير القاهرة، وأكد أن المحادثات مع الأردن مستمرة."
    assert news_place(text, "المحادثات") != "القاهرة"


# a visit noun's «إلى/لـ» place past a comma that sets off the visitor's title or right before the place
# (where_told.far_visit_places)


def test_visit_place_past_the_visitors_apposition() -> None:
    text = "ولعل زيارة نائب الرئيس، رئيس الوزراء خالد بحاح، إلى عدن، أول من أمس، بينت حجم الدمار في المدينة."
    assert news_place(text, "زيارة") == "عدن"


def test_visit_place_right_after_a_comma() -> None:
    text = "في غضون ذلك، أجرى نائب الرئيس، رئيس الحكومة، خالد بحاح، زيارة خاطفة، إلى عدن أمس، تفقد خلالها المدينة."
    assert news_place(text, "زيارة") == "عدن"


def test_visit_place_not_past_a_comma_before_another_act() -> None:
    # counter-case: the comma closes the visit; «إلى عدن» is where the refugees return
    text = "وتأتي زيارة الوزير للمنطقة، وعودة اللاجئين إلى عدن في وقت حرج."
    assert news_place(text, "زيارة") != "عدن"
