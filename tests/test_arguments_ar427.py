"""Round ar427: arguments of verbs with a fronted place. «واستقبل الملك في جدة الرئيس السيسي»: the title after the
verb names no one past the place when the person there has an office of his own before his name (events.own_titles):
the king receives, Sisi is received. A rank or courtesy word before the name («الجنرال», «السيد») is still the post's
holder, and a post's place with the bare name after it («مبعوث الأمم المتحدة في اليمن فلان») the post's."""

from __future__ import annotations

from conftest import news_arg

KING = "واستقبل الملك في جدة الرئيس المصري عبد الفتاح السيسي، وبحثا العلاقات الثنائية."


def test_the_title_past_a_place_is_not_the_named_guest() -> None:
    assert news_arg(KING, "واستقبل", "source") == "الملك"


def test_the_named_guest_with_his_own_office_is_the_target() -> None:
    assert news_arg(KING, "واستقبل", "target") == "عبد الفتاح السيسي"


def test_a_seat_glued_to_its_preposition_parts_them_too() -> None:
    text = "واستقبل ولي العهد في مكتبه بالرياض الأمير فيصل بن خالد."
    assert news_arg(text, "واستقبل", "source") == "ولي العهد"


def test_a_rank_past_the_post_place_is_the_same_man() -> None:
    # counter-case: «الجنرال» is a rank before the commander's own name
    text = "والتقى قائد القوات الأميركية في العراق الجنرال ديفيد بترايوس رئيس الوزراء العراقي."
    assert news_arg(text, "والتقى", "source") == "ديفيد بترايوس"


def test_a_bare_name_past_the_post_place_is_the_holder() -> None:
    # counter-case: no title of his own before the name: the envoy is he
    text = "والتقى مبعوث الأمم المتحدة في اليمن إسماعيل ولد الشيخ أحمد الرئيس هادي في الرياض."
    assert news_arg(text, "والتقى", "source") == "إسماعيل ولد الشيخ أحمد"


def test_the_title_right_before_a_name_is_that_person() -> None:
    # counter-case: no place between: «الملك سلمان» is the king
    text = "واستقبل الملك سلمان في جدة الرئيس المصري عبد الفتاح السيسي."
    assert news_arg(text, "واستقبل", "source") == "سلمان"


# events.levelled_charges: the parties of a charge levelled with a verb of charging

def test_the_prosecutor_levels_the_charge() -> None:
    text = "وأسندت النيابة إلى المتهمين اتهامات بالانضمام لجماعة إرهابية."
    assert news_arg(text, "اتهامات", "source") == "النيابة"


def test_the_ones_after_ila_are_charged() -> None:
    text = "وأسندت النيابة إلى المتهمين اتهامات بالانضمام لجماعة إرهابية."
    assert news_arg(text, "اتهامات", "target") == "المتهمين"


def test_the_charged_after_the_noun_and_a_titled_name() -> None:
    assert news_arg("ووجهت النيابة اتهامات إلى المتهمين بالفساد.", "اتهامات", "target") == "المتهمين"
    text = "وأسندت النيابة العامة إلى الرئيس الأسبق حسني مبارك اتهامات بالفساد."
    assert news_arg(text, "اتهامات", "source") == "النيابة العامة"
    assert news_arg(text, "اتهامات", "target") == "حسني مبارك"


def test_no_subject_said_levels_nothing() -> None:
    # counter-case: «وجهت إلى المتهمين»: passive in sense, the phrase after the verb is governed: no source, and
    # the charged are not read as the ones charging
    text = "ووجهت إلى المتهمين اتهامات بالقتل."
    assert news_arg(text, "اتهامات", "source") == ""


def test_a_charge_not_levelled_by_a_verb_of_charging_has_no_ila_target() -> None:
    # counter-case: «تحدثت» is no verb of charging: the «إلى» phrase is whom she spoke to
    text = "وتحدثت الصحيفة إلى المحققين عن اتهامات بالفساد."
    assert news_arg(text, "اتهامات", "target") != "المحققين"


# events.attack_doers.clash_killers: a killing set in a clash «مع» a side

MILITIA = "وقتل نحو 50 من عناصر الميليشيات الحوثية في مواجهات مع الجيش اليمني في محافظة لحج."


def test_the_side_fought_kills_the_killed() -> None:
    assert news_arg(MILITIA, "وقتل", "source") == "الجيش اليمني"


def test_the_named_killed_fight_the_clash() -> None:
    assert news_arg(MILITIA, "مواجهات", "source") == "الميليشيات الحوثية"


def test_a_noun_killing_in_a_clash_too() -> None:
    text = "وأسفرت المعارك عن مقتل نحو 50 من عناصر الميليشيات الحوثية في مواجهات مع الجيش اليمني."
    assert news_arg(text, "مقتل", "source") == "الجيش اليمني"


def test_an_unnamed_man_killed_is_no_side_of_the_clash() -> None:
    # the killing's source is the side fought; the clash takes no one man as its side
    text = "بينما قتل قائد عسكري في اشتباكات مع قوات النظام السوري في ريف إدلب."
    assert news_arg(text, "قتل", "source") == "قوات النظام السوري"
    assert news_arg(text, "اشتباكات", "source") != "قائد عسكري"


def test_a_killing_with_its_own_doer_keeps_it() -> None:
    # counter-case: «برصاص مسلحين» names who killed; the clash's other side does not replace it
    text = "وقتل جنديان برصاص مسلحين في اشتباكات مع الجيش اليمني."
    assert news_arg(text, "وقتل", "source") != "الجيش اليمني"


def test_a_clash_between_two_sides_lends_no_killer() -> None:
    # counter-case: «بين X وY»: no «مع» side, the killed's foe is not told apart
    text = "وقتل ثلاثة مدنيين في اشتباكات بين الجيش اليمني والميليشيات الحوثية."
    assert news_arg(text, "وقتل", "source") != "الميليشيات الحوثية"


# events.vso.shared_group: counts coordinated over one «من» group

def test_a_count_coordinated_with_another_of_one_group_is_that_group() -> None:
    text = "وقد قتل وجرح نحو 50 وأسر العشرات من عناصر الميليشيات في المعارك."
    assert "الميليشيات" in news_arg(text, "قتل", "target")
    assert news_arg("وقتل وجرح 50 وأسر 20 من الجنود في المعارك.", "وقتل", "target") == "الجنود"


def test_a_coordinated_count_with_no_group_leaves_the_count() -> None:
    # counter-case: no «من» phrase after the second count: the first count stays the patient
    assert news_arg("وقتل وجرح نحو 50 وأسر العشرات في المعارك.", "وقتل", "target") == "50"


def test_a_second_count_with_no_verb_between_is_not_shared() -> None:
    # counter-case: «50 والعشرات من المدنيين»: no verb between: not read as one group by this rule
    assert news_arg("وقتل وجرح نحو 50 والعشرات من المدنيين.", "وقتل", "target") == "50"


# events.own_titles.clause_verb_between: no phrase stands for a person past a «و» verb's clause

def test_a_title_stands_for_no_one_past_the_next_clause_verb() -> None:
    text = "وزار الوزير الجزائر، والتقى الرئيس الجزائري عبد العزيز بوتفليقة."
    assert news_arg(text, "وزار", "source") == "الوزير"


def test_a_plain_phrase_neither() -> None:
    text = "وزار الوفد الجزائر والتقى الرئيس الجزائري عبد العزيز بوتفليقة."
    assert news_arg(text, "وزار", "source") == "الوفد"


def test_a_title_with_its_own_name_before_the_clause_is_that_man() -> None:
    # counter-case: the name right after the title, before the «و» verb, is the title's
    text = "وزار الوزير عادل الجبير الجزائر، والتقى الرئيس الجزائري عبد العزيز بوتفليقة."
    assert news_arg(text, "وزار", "source") == "عادل الجبير"


# events.met_after_clause: a «و» meeting verb going on from a visit before it

VISIT = "وزار الوزير عادل الجبير الجزائر، والتقى الرئيس الجزائري عبد العزيز بوتفليقة"


def test_the_visitor_meets_the_one_named_after_the_verb() -> None:
    assert news_arg(VISIT + ".", "والتقى", "source") == "عادل الجبير"
    assert news_arg(VISIT + ".", "والتقى", "target") == "عبد العزيز بوتفليقة"


def test_a_conjunct_after_the_one_met_does_not_stop_it() -> None:
    text = VISIT + "، وعددا من كبار مساعديه."
    assert news_arg(text, "والتقى", "target") == "عبد العزيز بوتفليقة"


def test_a_meeting_with_a_party_of_its_own_keeps_its_subject() -> None:
    # counter-case: «بالوفد»: the person after the verb meets the delegation
    assert news_arg(VISIT + " بالوفد السعودي.", "والتقى", "source") == "عبد العزيز بوتفليقة"


def test_no_going_on_past_the_sentence_end() -> None:
    # counter-case: a new sentence: its own subject
    text = "وزار الوزير عادل الجبير الجزائر. والتقى الرئيس الجزائري عبد العزيز بوتفليقة الوفد."
    assert news_arg(text, "والتقى", "source") == "عبد العزيز بوتفليقة"


# events.seat_genitives: a body named as a seat's owner is where, not who

def test_the_owner_of_the_seat_a_preposition_governs_holds_no_talks() -> None:
    text = "تبدأ اليوم بمقر الأمم المتحدة في جنيف جولة جديدة من محادثات السلام بين الأطراف الليبية."
    assert news_arg(text, "جولة", "source") != "الأمم المتحدة"
    text = "وعقد في مقر الجامعة العربية بالقاهرة اجتماع لوزراء الخارجية العرب."
    assert news_arg(text, "اجتماع", "source") != "جامعة الدول العربية"
    assert news_arg(text, "اجتماع", "source") != "الجامعة العربية"


def test_a_body_that_holds_the_meeting_itself_keeps_it() -> None:
    # counter-case: the body is the subject, no seat before it
    text = "وعقدت الجامعة العربية اجتماعا طارئا في القاهرة."
    assert news_arg(text, "اجتماعا", "source") in ("الجامعة العربية", "جامعة الدول العربية")


# events.chunks: a title after a noun with its pronoun opens a phrase of its own («مكتبه | الرئيس»)

def test_a_seat_with_its_pronoun_takes_no_title_in_its_genitive() -> None:
    text = "واستقبل الأمير في مكتبه الرئيس الفلسطيني محمود عباس."
    assert news_arg(text, "واستقبل", "source") == "الأمير"
    assert news_arg(text, "واستقبل", "target") == "محمود عباس"
    assert news_arg("واستقبل الأمير في مكتبه السفير الأميركي.", "واستقبل", "target") == "السفير الأميركي"


def test_an_adjective_after_a_noun_with_its_pronoun_stays_in_its_phrase() -> None:
    # counter-case: «القانوني» is no title: «فريقه القانوني» is one phrase
    assert news_arg("وأكد فريقه القانوني أن الحكم ظالم.", "وأكد", "source") == "فريقه القانوني"
