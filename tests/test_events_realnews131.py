"""Round 131 of real news: wrong and missing sources. A bare «الجيش» in an article about one country is that
country's army where the article names it, even after the act; a «و» + noun act does not take its sister's object as
its doer (the name a preposition governs right before it, or the name a sister masdar with the same pronoun took);
the subject of a verb of being able acts in the act after «من» and no phrase before that verb does; who relays news of
an act did not do it. Each with a counter-case: a null is better than a wrong party."""

from __future__ import annotations

from conftest import news_arg

ARMY = ("وتستعد مصر لافتتاح القناة الجديدة في الإسماعيلية. وأعلن الجيش أمس انتهاء الاستعدادات لتأمين الحفل في مصر. "
        "وقال مسؤول في القاهرة إن القوات المسلحة المصرية نشرت وحدات في سيناء. وزار السيسي مصر الجديدة.")


def test_a_bare_army_is_the_countrys_army_named_later() -> None:
    assert news_arg(ARMY, "وأعلن") == "القوات المسلحة المصرية"


def test_a_bare_army_with_no_army_named_stays_a_phrase() -> None:
    assert news_arg(ARMY.replace("القوات المسلحة المصرية", "الشرطة المصرية"), "وأعلن") == "الجيش"


def test_a_bare_army_with_another_army_named_stays_a_phrase() -> None:
    assert news_arg(ARMY + " وقاتل الجيش الحر في سوريا.", "وأعلن") == "الجيش"


def test_an_unnamed_owners_appeal_is_not_the_sisters_object() -> None:
    assert news_arg("وأعرب عن إعجابه بتنظيم داعش ودعوته إلى تطبيق حكم الخلافة.", "ودعوته") == ""


def test_a_named_owners_appeal_is_his() -> None:
    assert news_arg("وأبدى شوداري إعجابه بتنظيم داعش ودعوته إلى تطبيق حكم الخلافة.", "ودعوته") == "شوداري"


def test_a_demand_after_a_governed_name_is_not_that_names() -> None:
    text = "وخرج السكان المحاصرون داخل المدينة بالتظاهر للتنديد بالممارسات الوحشية لعناصر تنظيم داعش والمطالبة بخروجهم."
    assert news_arg(text, "والمطالبة") == ""


def test_a_demand_after_a_governed_common_noun_is_the_protesters() -> None:
    text = "وتظاهر السكان أمام مبنى المحافظة للتنديد بنقص الخدمات والمطالبة بإقالة المحافظ."
    assert news_arg(text, "والمطالبة") == "السكان"


ABLE = ("وتقدمت القوات نحو الأحياء السكنية داخل مدينة الرمادي من قبضة تنظيم داعش حيث تمكنت {} من استعادة السيطرة على "
        "الشارع الرئيسي.")


def test_no_phrase_before_an_able_verb_acts_after_it() -> None:
    assert news_arg(ABLE.format("قواتنا الأمنية"), "السيطرة") == ""


def test_the_able_verbs_subject_acts() -> None:
    assert news_arg(ABLE.format("القوات العراقية"), "السيطرة") == "القوات العراقية"


def test_who_relays_an_accusation_did_not_make_it() -> None:
    text = "ونقل تلفزيون «إي بي سي» في نشرته اتهام شرطي في جامعة سنسيناتي بقتل رجل أسود."
    assert news_arg(text, "اتهام") == ""


def test_who_tells_of_a_meeting_he_held_takes_part() -> None:
    text = "وذكر المحافظ نايف البكري خلال اجتماع حضره عدد من المسؤولين أن المطار سيعاد تشغيله."
    assert news_arg(text, "اجتماع") == "نايف البكري"


def test_a_verb_describing_an_unnamed_man_carries_no_one() -> None:
    text = ("وقال الناشط جوشوا وونغ إن الطلاب غاضبون. وبدأت أحدث الاحتجاجات أمام الوزارة ردا على انتحار رجل اعتقل في "
            "أعقاب احتجاج مماثل.")
    assert news_arg(text, "اعتقل") == ""


def test_a_verb_after_its_own_clause_still_carries_its_actor() -> None:
    text = "وقالت الشرطة الفرنسية إنها داهمت منزلا في ضواحي باريس، واعتقلت رجلا يشتبه في تمويله جماعة متطرفة."
    assert news_arg(text, "واعتقلت") == "الشرطة الفرنسية"
