"""Round ev571: an act that a law or rule permits, bans or lays down is no event (``events.ruled_acts``): «ويجرم
القانون الاعتداء على», «قانونا يجيز للشرطة اعتقال», «حظر الإضرابات، فضلا عن الاجتماعات», «بحسب لائحة الحملة فإن
اللقاءات ستعقد». Counter-cases: a ban by the police of real protesters keeps their protest, a protest held after the
law's clause stays, talks set by an agreement stay, a curfew imposed keeps what it has, a body that will not let an act
keeps its reading."""

from __future__ import annotations

from conftest import news_codes, news_modality, news_triggers


def test_an_act_a_law_criminalises_is_no_event() -> None:
    assert news_triggers("ويجرم القانون الاعتداء على رجال الأمن أثناء أداء عملهم.") == []
    assert news_triggers("وتحظر المادة 12 من الدستور الاعتقال التعسفي للمواطنين.") == []


def test_an_act_a_law_permits_is_no_event() -> None:
    assert news_triggers("وكان البرلمان قد أصدر قانونا يجيز للشرطة اعتقال المشتبه بهم دون إذن قضائي.") == []
    assert news_triggers("ويمدد الرئيس قانون الطوارئ الذي يسمح للسلطات باعتقال المعارضين دون محاكمة.") == []


def test_an_act_banned_with_another_is_no_event() -> None:
    assert news_triggers("ويتيح قانون الطوارئ للسلطات حظر الإضرابات والاجتماعات في المدن.") == []
    assert news_triggers("ويتيح قانون الطوارئ للسلطات حظر الإضرابات، فضلا عن الاجتماعات التي تخل بالأمن.") == []


def test_meetings_a_rule_lays_down_are_no_event() -> None:
    assert news_triggers("وبحسب لائحة الحملة الانتخابية فإن اللقاءات ستعقد في مكان منفصل للنساء.") == []


def test_a_protest_the_police_blocked_stays() -> None:
    text = "ومنعت الشرطة المتظاهرين من الوصول إلى الميدان بعد أن نظموا مظاهرة حاشدة أمام البرلمان أمس."
    assert news_codes(text) == [("مظاهرة", "141")]


def test_a_protest_held_past_the_law_stays() -> None:
    assert news_codes("ويمنع القانون التظاهر، لكن المحتجين نظموا مظاهرة أمام البرلمان أمس.") == [("مظاهرة", "141")]
    assert news_codes("ويحظر القانون المظاهرات، وقد خرجت مظاهرات في القاهرة أمس.") == [("مظاهرات", "141")]


def test_talks_by_an_agreement_and_joined_protests_stay() -> None:
    text = "وبحسب الاتفاق فإن المحادثات ستعقد في جنيف الأسبوع المقبل."
    assert news_codes(text) == [("المحادثات", "040")]
    assert news_modality(text, "المحادثات") == "planned"
    assert news_codes("وشهدت المدينة مظاهرات واعتصامات أمس احتجاجا على الغلاء.") == [("مظاهرات", "141"), ("احتجاجا", "140")]


def test_a_curfew_and_a_body_that_forbids_keep_their_reading() -> None:
    assert news_codes("وفرضت السلطات حظر التجول في المدينة بعد الاشتباكات.") == [("وفرضت", "1723"), ("الاشتباكات", "193")]
    assert news_codes("وقالت الحكومة إنها لن تسمح للمسلحين بالسيطرة على المدينة.") == [("بالسيطرة", "192")]
    assert news_codes("ويسمح الاتفاق للمفتشين بزيارة المواقع العسكرية.") == [("بزيارة", "042")]
