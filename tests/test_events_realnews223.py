"""Round 223: a plan's country does its acts, a pledge against the party fought, the accepted proposal's country,
passive victims, a resumed relative's doer and object, no doer from a document, coincident acts kept apart."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg, news_event


def _all_args(text: str, trigger: str, role: str) -> list[str]:
    doc = analyze_news(text)
    return [event_arg(doc, e, role) for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger]


PLAN = ("وقال أوباما إن الولايات المتحدة لن تتراجع. ويرى محللون أن الغارات جزء من خطة أميركية بدأت بقصف تنظيم "
        "القاعدة في اليمن، وتواصل الآن بقصف حركة الشباب في الصومال.")


def test_the_acts_of_a_plan_with_a_country_adjective_are_that_country_s() -> None:
    assert _all_args(PLAN, "بقصف", "source") == ["الولايات المتحدة", "الولايات المتحدة"]
    assert _all_args(PLAN, "بقصف", "target") == ["تنظيم القاعدة", "حركة الشباب"]


def test_a_plan_with_no_country_adjective_gives_no_doer() -> None:
    text = "وقال أوباما إن الولايات المتحدة لن تتراجع. وأكدت الحكومة أن خطة بدأت بقصف تنظيم داعش في سوريا."
    assert news_arg(text, "بقصف", "source") == ""


def test_a_pledge_to_fight_against_a_party_is_against_it() -> None:
    text = "وتعهد زعيم الحركة سالم الكعبي بشن الحرب ضد الحكومة الصومالية في مقديشو."
    assert news_arg(text, "وتعهد", "target") == "الحكومة الصومالية"
    assert news_arg(text, "وتعهد", "source") == "سالم الكعبي"


def test_against_far_inside_the_pledge_content_is_not_the_pledge_target() -> None:
    text = "وتعهد الرئيس بتقديم الدعم للجيش في حربه ضد تنظيم داعش."
    assert news_arg(text, "وتعهد", "target") != "تنظيم داعش"


def test_accepting_a_country_s_proposal_is_towards_that_country() -> None:
    text = "وقالت روسيا إنها تدعم الحل. وأعلن الرئيس السوداني قبوله لاقتراح روسي بوقف إطلاق النار في دارفور."
    assert news_arg(text, "وأعلن", "target") == "روسيا"
    text = "وقالت مصر إنها تدعم الحل. وأعلن الرئيس موافقته على مبادرة مصرية لوقف القتال."
    assert news_arg(text, "وأعلن", "target") == "مصر"


def test_a_proposal_of_a_country_the_article_does_not_name_gives_no_target() -> None:
    text = "وأعلن الرئيس السوداني قبوله لاقتراح روسي بوقف إطلاق النار في دارفور."
    assert news_arg(text, "وأعلن", "target") == ""
    text = "وقالت روسيا إنها تدعم الحل. وأعلن الرئيس السوداني قبوله للعرض بوقف إطلاق النار في دارفور."
    assert news_arg(text, "وأعلن", "target") == ""


def test_killed_while_another_survived_is_the_passive() -> None:
    text = "وقال الجيش إن القائد أحمد الزعبي قتل بينما نجا مرافقه من الهجوم في درعا."
    assert news_arg(text, "قتل", "target") == "أحمد الزعبي"
    assert news_arg(text, "قتل", "source") == ""


def test_a_killer_with_an_object_before_while_stays_the_doer() -> None:
    text = "وقال الجيش إن الجندي أحمد الزعبي قتل المسلح بينما نجا الآخر."
    assert news_arg(text, "قتل", "source") == "أحمد الزعبي"


def test_the_highest_official_killed_is_the_person_named() -> None:
    text = "وكان الوزير أحمد سالم هو أرفع مسؤول ليبي يُقتل في طرابلس منذ عامين."
    assert news_arg(text, "يُقتل", "target") == "أحمد سالم"
    assert news_arg(text, "يُقتل", "source") == ""


def test_killed_in_turn_by_forces_is_the_person_before() -> None:
    text = "ثم تولى القيادي سالم الكعبي قيادة الجماعة ليُقتل هو أيضا على يد القوات الأميركية في كمين."
    assert news_arg(text, "ليُقتل", "target") == "سالم الكعبي"
    assert news_arg(text, "ليُقتل", "source") == "القوات الأميركية"


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
    text = "وقال المحقق إن صور الأشعة أظهرت وجود جرح في ساق الشاب."
    assert news_arg(text, "جرح", "source") == ""


def test_a_coincident_act_does_not_take_the_clash_s_side() -> None:
    text = "واندلعت اشتباكات بين الجيش اليمني والحوثيين في تعز، في وقت قصفت طائرات التحالف مواقع في صنعاء."
    assert news_arg(text, "قصفت", "target") != "الحوثيين"
    assert news_arg(text, "اشتباكات", "target") == "الحوثيين"
    assert news_event(text, "قصفت")[1].target is None


def test_talks_between_two_parties_past_the_talks_adjectives() -> None:
    text = ("وتشهد العاصمة القطرية اليوم جولة مباحثات دبلوماسية بين وزير الخارجية الأميركي جون كيري ووزراء الخارجية "
            "في مجلس التعاون الخليجي.")
    assert news_arg(text, "جولة", "source") == "جون كيري"
    # round ev435: the ministers «في مجلس التعاون» are that body (events.member_meetings._phrase_body)
    assert news_arg(text, "جولة", "target") == "مجلس التعاون الخليجي"


def test_talks_between_named_parties_right_after_still_read() -> None:
    text = "وبدأت المحادثات بين طهران ومجموعة 5+1 في فيينا أمس."
    assert news_arg(text, "المحادثات", "source") == "طهران"
    assert news_arg(text, "المحادثات", "target") == "مجموعة 5+1"
    text = "وتتواصل مفاوضات الاتحاد الأوروبي مع تونس حول اتفاق التجارة."
    assert news_arg(text, "مفاوضات", "source") == "الاتحاد الأوروبي"
    assert news_arg(text, "مفاوضات", "target") == "تونس"


def test_between_past_a_place_phrase_is_not_read_as_the_talks_sides() -> None:
    text = "وقال الوزير إن محادثات جرت في العاصمة العمانية مسقط بين الخبراء والفنيين."
    assert news_arg(text, "محادثات", "source") != "الخبراء"
    assert news_arg(text, "محادثات", "target") == ""


def test_a_fronted_object_taken_up_by_a_pronoun_is_the_target() -> None:
    text = "وقال إن العنف الطائفي ترفضه النقابة العامة."
    assert news_arg(text, "ترفضه", "source") == "النقابة العامة"
    assert news_arg(text, "ترفضه", "target") == "العنف الطائفي"


def test_a_verb_with_no_object_pronoun_keeps_its_subject_before() -> None:
    text = "وقال إن النقابة العامة ترفض العنف الطائفي."
    assert news_arg(text, "ترفض", "source") == "النقابة العامة"
