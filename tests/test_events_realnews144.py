"""Round 144 of real news: trigger words inside a body's name («المنظمة الدولية لمناهضة التعذيب», «لجنة مكافحة
الاختطاف») tell no event; a masdar of receiving that names a purpose of things set up («20 خيمة لاستقبال الزوار»)
hosts no one; a looming state is no threat; «أعلن ضم <place> إلى» is an annexation (192); an extremist
group storming a police post is 180, and so is a killing with no doer when it came (round ev372: its storming of an
army checkpoint, and the soldiers killed, are combat with troops, 190). Hand-made sentences (paraphrases, no
article text)."""

from __future__ import annotations

from conftest import news_event, news_triggers


def test_torture_in_a_body_name_is_no_event() -> None:
    text = "وقالت منظمات حقوقية بينها المنظمة الدولية لمناهضة التعذيب إن القانون يهدد الحريات."
    assert "التعذيب" not in news_triggers(text)


def test_kidnapping_in_a_committee_name_is_no_event() -> None:
    text = "وأصدرت لجنة مكافحة الاختطاف في المدينة تقريرها السنوي أمس."
    assert "الاختطاف" not in news_triggers(text)


def test_torture_done_by_guards_is_still_an_assault() -> None:
    doc, ev = news_event("وقام الحراس بتعذيب المعتقلين في السجن طوال أيام.", "بتعذيب")
    assert ev.code == "1822"


def test_tents_for_receiving_guests_host_no_visit() -> None:
    text = "وأوضح رئيس الهيئة أن هناك 20 خيمة لاستقبال الزوار في الحفل."
    assert "لاستقبال" not in news_triggers(text)


def test_a_minister_who_receives_guests_in_a_hall_still_hosts() -> None:
    doc, ev = news_event("واستقبل الوزير الضيوف في قاعة كبيرة بمقر الوزارة.", "واستقبل")
    assert ev.code == "043"


def test_a_delegation_came_to_receive_the_guests_still_hosts() -> None:
    doc, ev = news_event("وتوجه الأمير إلى المطار لاستقبال الرئيس الضيف.", "لاستقبال")
    assert ev.code == "043"


def test_a_looming_state_is_no_threat() -> None:
    text = "وشعر المسؤولون بالقلق من تقدم المسلحين والتهديد المباشر بقيام كيان انفصالي على الحدود."
    assert "والتهديد" not in news_triggers(text)


def test_a_threat_to_kill_is_still_a_threat() -> None:
    doc, ev = news_event("ويتعرض المعتقلون للضرب والتهديد بالقتل أثناء التحقيق.", "والتهديد")
    assert ev.code.startswith("13")


def test_an_announced_annexation_is_the_taking_of_land() -> None:
    doc, ev = news_event("وأعلنت الحكومة في يوم 5 مارس ضم القرم إلى روسيا رسميا.", "وأعلنت")
    assert ev.code == "192"


def test_an_announced_signing_of_players_stays_a_statement() -> None:
    doc, ev = news_event("وأعلن النادي أمس ضم لاعبين جديدين إلى الفريق.", "وأعلن")
    assert ev.code == "010"


def test_an_extremist_group_storming_a_police_post_is_unconventional_violence() -> None:
    doc, ev = news_event("وقتل ثلاثة من الشرطة عندما اقتحم مسلحون من تنظيم داعش مركزا للشرطة قرب المدينة.", "اقتحم")
    assert ev.code == "180"


def test_an_extremist_group_storming_an_army_checkpoint_is_military_force() -> None:
    doc, ev = news_event("وقتل ثلاثة جنود عندما اقتحم مسلحون من تنظيم داعش حاجزا للجيش قرب المدينة.", "اقتحم")
    assert ev.code == "190"


def test_an_extremist_group_storming_a_town_stays_military_force() -> None:
    doc, ev = news_event("واقتحم مقاتلو داعش مدينة الرمادي أمس.", "واقتحم")
    assert ev.code == "190"


def test_security_forces_storming_a_checkpoint_stay_military_force() -> None:
    doc, ev = news_event("واقتحمت قوات الأمن حاجزا للمسلحين قرب المدينة.", "واقتحمت")
    assert ev.code == "190"


def test_police_killed_when_an_extremist_group_stormed_are_its_victims() -> None:
    doc, ev = news_event("وقتل ثلاثة من الشرطة عندما اقتحم مسلحون من تنظيم داعش مركزا للشرطة قرب المدينة.", "وقتل")
    assert ev.code == "180"


def test_soldiers_killed_when_an_extremist_group_stormed_a_checkpoint_fell_in_combat() -> None:
    doc, ev = news_event("وقتل ثلاثة جنود عندما اقتحم مسلحون من تنظيم داعش حاجزا للجيش قرب المدينة.", "وقتل")
    assert ev.code == "190"


def test_soldiers_killed_when_the_army_stormed_stay_military_force() -> None:
    doc, ev = news_event("وقتل ثلاثة مسلحين عندما اقتحمت قوات الجيش مخبأهم قرب المدينة.", "وقتل")
    assert ev.code == "190"


def test_an_announcement_asked_for_is_no_statement() -> None:
    text = "وطالبت المعارضة الرئيس بسرعة الإعلان عن موعد الانتخابات."
    assert "الإعلان" not in news_triggers(text)


def test_an_announcement_made_after_a_demand_clause_stays() -> None:
    doc, ev = news_event("وطالب الحزب بالإصلاح، وجاء الإعلان عن موعد الانتخابات أمس.", "الإعلان")
    assert ev.code == "010"
