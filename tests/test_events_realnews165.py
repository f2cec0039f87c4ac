"""Round 165 of real news: whom revenge is taken on and allegiance sworn to (events/masdar_objects.py); talks
between two peoples' officials are between their countries (events/between_peoples.py); the two sides of clashes
«بين X وY» (events/clash_sides.py). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg


def test_revenge_masdar_takes_the_party_after_min() -> None:
    text = "وتعهد الرئيس الأمريكي بالانتقام من تنظيم داعش بعد مقتل الرهينة."
    assert news_arg(text, "وتعهد", "target") == "تنظيم داعش"
    assert news_arg(text, "وتعهد", "source") == "الرئيس الأمريكي"


def test_revenge_on_an_unnamed_party_gives_no_target() -> None:
    text = "وتعهد الرئيس الأمريكي بالانتقام من قتلة الرهينة في بغداد."
    # No entity is named: the target stays a phrase, the whole «من» object (on the killers, not the hostage; since
    # round 167 codes the vow 138, whose object reading alone found «الرهينة»).
    assert news_arg(text, "وتعهد", "target") == "قتلة الرهينة"


def test_allegiance_masdar_takes_the_party_after_glued_li() -> None:
    text = "وأعلن قائد جماعة أنصار بيت المقدس مبايعته لتنظيم داعش في تسجيل مصور."
    assert news_arg(text, "وأعلن", "target") == "تنظيم داعش"


def test_li_after_another_masdar_is_no_allegiance() -> None:
    text = "وأعلن قائد الجماعة استعداده لتنظيم انتخابات في البلاد."
    assert news_arg(text, "وأعلن", "target") == ""


def test_meeting_between_two_peoples_officials_is_between_their_countries() -> None:
    text = "وتوترت العلاقات بين تركيا وإيران مؤخرا. وأشار إلى الاجتماعات التي جرت بين المسؤولين الأتراك والإيرانيين."
    # since session 55 (rounds qu983/ev987) a people's plural after a group head is one body with that
    # people's country («المسؤولين الأتراك» TURGOV), and the second people stands for its officials
    assert news_arg(text, "الاجتماعات", "source") == "المسؤولين الأتراك"
    assert news_arg(text, "الاجتماعات", "target") == "الإيرانيين"


def test_meeting_between_peoples_the_article_does_not_name_is_between_their_officials() -> None:
    text = "ووصل الوزير إلى تركيا. وأشار إلى الاجتماعات التي جرت بين المسؤولين الأتراك والإيرانيين."
    assert news_arg(text, "الاجتماعات", "source") == "المسؤولين الأتراك"
    assert news_arg(text, "الاجتماعات", "target") == "الإيرانيين"


def test_revenge_masdar_past_a_long_subject_and_a_date_in_commas() -> None:
    text = "تعهد رئيس إقليم كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام من تنظيم «داعش» المتطرف."
    assert news_arg(text, "تعهد", "target") == "تنظيم داعش"


def test_clash_between_two_named_sides() -> None:
    text = "واندلعت اشتباكات عنيفة بين الجيش السوري ومقاتلي تنظيم داعش في ريف حلب."
    assert news_arg(text, "اشتباكات", "source") == "الجيش السوري"
    assert news_arg(text, "اشتباكات", "target") == "تنظيم داعش"


def test_clash_with_a_second_bayna_takes_the_other_side() -> None:
    text = "ودارت اشتباكات أمس بين الجيش السوري ومقاتلي حزب الله ومسلحين موالين لهما، وبين مقاتلي جبهة النصرة."
    assert news_arg(text, "اشتباكات", "source") == "الجيش السوري"
    assert news_arg(text, "اشتباكات", "target") == "جبهة النصرة"


def test_clash_between_three_conjuncts_gets_no_sides_from_this_rule() -> None:
    text = "ودارت مواجهات عنيفة بين جبهة النصرة وحزب الله والجيش السوري في القلمون."
    assert news_arg(text, "مواجهات", "target") != "حزب الله"


def test_clash_with_min_jiha_takes_the_side_after_it() -> None:
    text = "ودارت اشتباكات بين جبهة النصرة وحزب الله من جهة، والجيش السوري من جهة أخرى في القلمون."
    assert news_arg(text, "اشتباكات", "target") == "الجيش السوري"


def test_the_one_who_receives_an_invitation_makes_the_visit() -> None:
    text = "وقال المتحدث إن الائتلاف الوطني السوري تلقى دعوة من الخارجية الروسية لزيارة موسكو."
    assert news_arg(text, "لزيارة", "source") == "الائتلاف الوطني السوري"


def test_an_invitation_sent_is_not_received() -> None:
    text = "ووجهت الخارجية الروسية دعوة إلى المعارضة لزيارة موسكو."
    assert news_arg(text, "لزيارة", "source") != "الخارجية الروسية"
