"""Round 223: a plan's country does its acts, a pledge against the party fought, the accepted proposal's country,
passive victims, a resumed relative's doer and object, no doer from a document, coincident acts kept apart."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg, news_event


def _all_args(text: str, trigger: str, role: str) -> list[str]:
    doc = analyze_news(text)
    return [event_arg(doc, e, role) for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger]


PLAN = ("وقال أوباما إن الولايات المتحدة لن تتراجع. واعتبر المؤيدون أن القصف جزء من خطة أميركية بدأت بقصف تنظيم "
        "داعش في سوريا، وتتابع اليوم بقصف جبهة النصرة في إدلب.")


def test_the_acts_of_a_plan_with_a_country_adjective_are_that_country_s() -> None:
    assert _all_args(PLAN, "بقصف", "source") == ["الولايات المتحدة", "الولايات المتحدة"]
    assert _all_args(PLAN, "بقصف", "target") == ["تنظيم داعش", "جبهة النصرة"]


def test_a_plan_with_no_country_adjective_gives_no_doer() -> None:
    text = "وقال أوباما إن الولايات المتحدة لن تتراجع. وأكدت الحكومة أن خطة بدأت بقصف تنظيم داعش في سوريا."
    assert news_arg(text, "بقصف", "source") == ""


def test_a_pledge_to_fight_against_a_party_is_against_it() -> None:
    text = "وتعهد الملا عمر بمواصلة القتال ضد الحكومة الأفغانية في كابل."
    assert news_arg(text, "وتعهد", "target") == "الحكومة الأفغانية"
    assert news_arg(text, "وتعهد", "source") == "عمر"


def test_against_far_inside_the_pledge_content_is_not_the_pledge_target() -> None:
    text = "وتعهد الرئيس بتقديم الدعم للجيش في حربه ضد تنظيم داعش."
    assert news_arg(text, "وتعهد", "target") != "تنظيم داعش"


def test_accepting_a_country_s_proposal_is_towards_that_country() -> None:
    text = "وقالت روسيا إنها تدعم الحل. وأعلن صدام قبوله لاقتراح روسي بالانسحاب من الكويت."
    assert news_arg(text, "وأعلن", "target") == "روسيا"
    text = "وقالت مصر إنها تدعم الحل. وأعلن الرئيس موافقته على مبادرة مصرية لوقف القتال."
    assert news_arg(text, "وأعلن", "target") == "مصر"


def test_a_proposal_of_a_country_the_article_does_not_name_gives_no_target() -> None:
    text = "وأعلن صدام قبوله لاقتراح روسي بالانسحاب من الكويت."
    assert news_arg(text, "وأعلن", "target") == ""
    text = "وقالت روسيا إنها تدعم الحل. وأعلن صدام قبوله للعرض بالانسحاب من الكويت."
    assert news_arg(text, "وأعلن", "target") == ""


def test_killed_while_another_survived_is_the_passive() -> None:
    text = "وقال الجيش إن القائد أحمد الزعبي قتل بينما نجا مرافقه من الهجوم في درعا."
    assert news_arg(text, "قتل", "target") == "أحمد الزعبي"
    assert news_arg(text, "قتل", "source") == ""


def test_a_killer_with_an_object_before_while_stays_the_doer() -> None:
    text = "وقال الجيش إن الجندي أحمد الزعبي قتل المسلح بينما نجا الآخر."
    assert news_arg(text, "قتل", "source") == "أحمد الزعبي"


def test_the_highest_official_killed_is_the_person_named() -> None:
    text = "وكان هشام بركات هو أكبر مسؤول مصري يُقتل في مصر منذ عامين."
    assert news_arg(text, "يُقتل", "target") == "هشام بركات"
    assert news_arg(text, "يُقتل", "source") == ""


def test_killed_in_turn_by_forces_is_the_person_before() -> None:
    text = ("وبعد ذلك صار الإرهابي أحمد التلمسي أميرا لتنظيم المرابطون ليُقتل هو أيضا على يد القوات الفرنسية في "
            "غارة.")
    assert news_arg(text, "ليُقتل", "target") == "أحمد التلمسي"
    assert news_arg(text, "ليُقتل", "source") == "القوات الفرنسية"


def test_a_passive_subject_is_killed_not_the_killer() -> None:
    text = "وقال إن الصحافي علي حسن قُتل على يد مسلحين في بغداد."
    assert news_arg(text, "قُتل", "target") == "علي حسن"
    assert news_arg(text, "قُتل", "source") == "مسلحين"
    text = "وقال أحمد علي ومحمد حسن إن أكبر مسؤول يُقتل هو الوزير."
    assert news_arg(text, "يُقتل", "source") == ""
    assert news_arg(text, "يُقتل", "target") not in ("أحمد علي", "محمد حسن")


def test_a_resumed_relative_after_a_verb_of_being_has_its_subject_as_doer() -> None:
    text = "وطالبوا بمنع الدعم للميليشيات التي كانت الحكومة اليمنية تحاربها منذ سنوات."
    assert news_arg(text, "تحاربها", "source") == "الحكومة اليمنية"
    assert news_arg(text, "تحاربها", "target") == "للميليشيات"


def test_a_resumed_relative_with_no_verb_of_being_is_left_alone() -> None:
    text = "وهي الحكومة التي تحاربها الميليشيات منذ سنوات."
    assert news_arg(text, "تحاربها", "source") == "الميليشيات"
    assert news_arg(text, "تحاربها", "target") == "الحكومة"


def test_a_document_does_no_act_of_force() -> None:
    text = "وأعلن الطبيب أن نتائج التشريح أكدت وجود جرح في رأس الشاب."
    assert news_arg(text, "جرح", "source") == ""


def test_a_coincident_act_does_not_take_the_clash_s_side() -> None:
    text = "واندلعت اشتباكات بين الجيش اليمني والحوثيين في تعز، في وقت قصفت طائرات التحالف مواقع في صنعاء."
    assert news_arg(text, "قصفت", "target") != "الحوثيين"
    assert news_arg(text, "اشتباكات", "target") == "الحوثيين"
    assert news_event(text, "قصفت")[1].target is None
