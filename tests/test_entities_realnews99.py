"""Entities in news constructions, round ents99: an imperfect verb that differs from a father's name in a participle
«م» only is no misspelt mention of the man («نساعد» is not «مساعد»); a titled prince of no country in a list of
princes of one country is of it; «المخلوع» or a president's title before the family name of the one listed past head
of a government names him («وقوات المخلوع صالح»); after a title, a name runs over its fathers' definite names to a
ruling family's one-word name («الشيخ جابر المبارك الحمد الصباح»). Each with a near sentence where it must not
fire. Sentences are hand-made."""

from __future__ import annotations

from conftest import analyze_news, entity_named

from rasd.entities.coref import verb_of_participle


def _code(text: str, name: str) -> tuple[str | None, str | None]:
    e = entity_named(analyze_news(text), name)
    return e.country, e.actor


def _mentions(text: str, name: str) -> list[str]:
    doc = analyze_news(text)
    e = entity_named(doc, name)
    return [doc.text[m.start : m.end] for m in e.mentions]


# an imperfect verb is no misspelt surname

def test_the_imperfect_of_a_fathers_participle_name_is_no_mention_of_the_prince() -> None:
    text = "وقال الأمير عبد الله بن مساعد إن الاتحاد مستقل. وأضاف: نحن نساعد الأندية بكل الإمكانيات."
    assert _mentions(text, "عبد الله بن مساعد") == ["عبد الله بن مساعد"]


def test_a_surname_spelt_one_letter_off_is_still_the_man() -> None:
    text = "وقال النائب البريطاني جيريمي كوربين إن الحزب موحد. وأضاف كوربن أن الانتخابات قريبة."
    assert _mentions(text, "جيريمي كوربين") == ["جيريمي كوربين", "كوربن"]


def test_verb_of_participle_asks_for_the_participle_m_and_a_persons_prefix() -> None:
    assert verb_of_participle("نساعد", "مساعد") and verb_of_participle("يقاتل", "مقاتل")
    assert not verb_of_participle("مصالح", "مساعد") and not verb_of_participle("كوربن", "كوربين")


# a prince in a list of princes

def test_a_prince_of_an_unlisted_father_listed_with_saudi_princes_is_saudi() -> None:
    text = ("ووصل في معية الملك كل من: الأمير خالد بن فهد بن خالد، والأمير منصور بن سعود بن عبد العزيز، "
            "والأمير طلال بن سعود بن عبد العزيز.")
    assert _code(text, "خالد بن فهد بن خالد") == ("SAU", "SAUGOV")


def test_a_prince_beside_a_man_titled_otherwise_takes_no_country_from_him() -> None:
    text = "وحضر الحفل الأمير خالد بن فهد بن خالد، والدكتور منصور بن سعود بن عبد العزيز."
    assert _code(text, "خالد بن فهد بن خالد") == (None, None)


# «المخلوع» or a president's title before a past head of government's family name

def test_the_deposed_saleh_is_yemens_former_president() -> None:
    assert _code("وشنت ميليشيات الحوثيين وقوات المخلوع صالح هجوما على عدن.", "صالح") == ("YEM", "YEMELI")


def test_the_president_saleh_is_yemens_former_president() -> None:
    text = "وكانت ميليشيات الحوثي وقوات الرئيس صالح قد سيطرت على المديرية."
    assert _code(text, "صالح") == ("YEM", "YEMELI")


def test_saleh_alone_after_a_plain_noun_is_no_one_known() -> None:
    assert _code("وقال أحد أنصار صالح إن الحوثيين سيطروا على المديرية.", "صالح") == (None, None)


# a titled name running over its fathers' definite names to a ruling family's name

def test_a_kuwaiti_sheikhs_name_runs_to_the_family_name() -> None:
    text = "وشدد الشيخ جابر المبارك الحمد الصباح على أهمية الحوار."
    assert _code(text, "جابر المبارك الحمد الصباح") == ("KWT", "KWT")


def test_a_kuwaiti_ministers_name_runs_to_the_family_name_and_takes_his_office() -> None:
    text = "وشدد الشيخ محمد عبد الله المبارك الصباح وزير الدولة لشؤون مجلس الوزراء الكويتي على أهمية الحوار."
    assert _code(text, "محمد عبد الله المبارك الصباح") == ("KWT", "KWTGOV")


def test_the_morning_after_a_name_is_no_family_name() -> None:
    doc = analyze_news("وقال الشيخ محمد المبارك صباح اليوم إن الحوار مهم.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["محمد المبارك"]


# country adjectives the generated list missed

def test_a_togolese_president_is_of_togo() -> None:
    text = "ووصل إلى القاهرة أمس الرئيس التوغولي فاوري جانسنبي للمشاركة في الحفل."
    assert _code(text, "فاوري جانسنبي") == ("TGO", "TGOGOV")


def test_a_president_with_no_country_adjective_has_no_country() -> None:
    assert _code("ووصل الرئيس فاوري جانسنبي للمشاركة في الحفل.", "فاوري جانسنبي") == (None, None)


# a tagged name opened on the country adjective of the body before it

def test_the_libyan_congress_adjective_is_no_part_of_its_heads_name() -> None:
    text = "وأشار المحامي إلى أسماء الأشخاص وهم رئيس المؤتمر الليبي النوري بوسهمين وعبد الرحمن السويحلي."
    doc = analyze_news(text)
    e = entity_named(doc, "النوري بوسهمين")
    assert e.country == "LBY"
    assert "الليبي النوري بوسهمين" not in [x.name for x in doc.entities]


def test_a_family_name_that_is_a_country_adjective_stays_in_the_name() -> None:
    doc = analyze_news("وقال الباحث محمد المصري إن الوضع صعب.")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["محمد المصري"]


# a party officer titled by a title of two words before «لـ» + the party and his name

def test_a_party_general_secretary_before_his_name_is_of_the_partys_country() -> None:
    text = "وقال الأمين العام للحزب الاشتراكي الفرنسي جان كريستوف كامباديليس إن الحزب موحد."
    assert _code(text, "جان كريستوف كامباديليس") == ("FRA", "FRAPTY")


def test_a_title_of_two_words_or_with_adjectives_ends_the_words_but_a_noun_does_not() -> None:
    from rasd.entities.gazetteer import load
    from rasd.entities.rolebodies import titled_end

    g = load()
    assert titled_end(g, ["وقال", "الأمين", "العام"])
    assert titled_end(g, ["وقال", "الرئيس", "التنفيذي", "السابق"])
    assert not titled_end(g, ["ووجه", "الشيخ", "رسالة"])


# a coalition of another scope is no anaphor of the one named before

def test_the_regional_coalition_is_not_the_international_one() -> None:
    text = ("وقصف طيران التحالف الدولي مواقع داعش في الرقة. وفي اليمن، شنت طائرات التحالف الإقليمي غارات على "
            "مواقع الحوثيين في صعدة، وقال التحالف إن الغارات دقيقة.")
    assert _mentions(text, "التحالف الدولي") == ["التحالف الدولي"]
    assert _mentions(text, "التحالف الإقليمي") == ["التحالف الإقليمي", "التحالف"]


def test_a_bare_coalition_after_the_international_one_is_it() -> None:
    text = "وقصف طيران التحالف الدولي مواقع داعش في الرقة. وقال التحالف إن الغارات دقيقة."
    assert _mentions(text, "التحالف الدولي") == ["التحالف الدولي", "التحالف"]


def test_a_describing_adjective_keeps_the_group_named_before() -> None:
    text = "وسيطر تنظيم داعش على المدينة. وقال التنظيم الإرهابي إنه قتل عشرة جنود."
    assert _mentions(text, "تنظيم داعش") == ["تنظيم داعش", "التنظيم"]


# «و» + a rank, or + an office of another country, opens a second man's title

def test_and_the_prince_after_a_ministers_title_is_a_second_man_named_turki() -> None:
    doc = analyze_news("وحضر الاجتماع وزير الخارجية عادل الجبير والأمير تركي الفيصل.")
    e = entity_named(doc, "تركي الفيصل")
    assert e.roles == ["الأمير"] and e.country != "TUR"


def test_and_a_president_of_another_country_is_not_the_ambassadors_title() -> None:
    doc = analyze_news("وحضر الاجتماع السفير الأميركي والرئيس التركي رجب طيب أردوغان.")
    assert entity_named(doc, "رجب طيب أردوغان").roles == ["الرئيس التركي"]


def test_a_second_office_of_the_same_man_stays_in_his_title() -> None:
    doc = analyze_news("وقال نائب رئيس الوزراء ووزير الخارجية الأردني ناصر جودة إن الحوار مهم.")
    e = entity_named(doc, "ناصر جودة")
    assert e.roles == ["نائب رئيس الوزراء ووزير الخارجية الأردني"] and e.country == "JOR"


def test_a_former_premier_and_present_deputy_president_is_one_title() -> None:
    doc = analyze_news("ومن أبرز القادة رئيس الوزراء السابق والنائب الحالي لرئيس الجمهورية نوري المالكي.")
    assert entity_named(doc, "نوري المالكي").roles == ["رئيس الوزراء السابق والنائب الحالي لرئيس الجمهورية"]


def test_two_states_alliance_is_no_coalition_of_its_own() -> None:
    doc = analyze_news("كتبنا عن مأزق يواجهه التحالف التركي - الأميركي في سوريا. وقالت المصادر إن طائرات التحالف "
                       "قصفت مواقع النصرة.")
    assert not any(e.name.startswith("التحالف") for e in doc.entities)


def test_the_regional_coalition_is_the_body_named_with_both_adjectives() -> None:
    text = ("وشهدت تشاد، التي تشارك في التحالف الدولي الإقليمي الذي شكل مطلع 2015 ضد بوكو حرام، هجمات. وقال الرئيس "
            "إن المتمردين الذين ألحق بهم التحالف الإقليمي خسائر فادحة عادوا.")
    assert _mentions(text, "التحالف الدولي") == ["التحالف الدولي", "التحالف"]
