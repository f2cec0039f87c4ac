"""Entities in news constructions, round 45: a person's country from the body his role names («X، الأمين العام
للحزب الاشتراكي الفرنسي»; «للحزب» alone after the party was named) and from the person a possessive title refers
to («ووزير خارجيته»); one-word tagger names that are common words by their forms (an indefinite adjective or noun
frequent with the article, an imperfect verb, a verb spelt «يؤ»); a town's name inside a woman's name («فاطمة
الزهراء» + a family name); a place that is a town of two countries takes the one its neighbours name («المرج»).
Counter-cases: a body after another phrase («للحزب الحاكم»), a title with no pronoun, given names that are also
words, a town after a given name and a common word, the Libyan «المرج» next to Libya."""

from __future__ import annotations

from conftest import analyze_news, entity_named, entity_of_mention, names_of_type


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    e = entity_named(analyze_news(text), name)
    return e.country, e.actor


# a person's country from his role's body

def test_a_secretary_general_of_a_party_named_after_his_role() -> None:
    assert _person("وقال بيتر تاوبر، الأمين العام للحزب الاشتراكي الفرنسي، إن الانتخابات قريبة.", "بيتر تاوبر") \
        == ("FRA", "FRAPTY")


def test_the_party_named_before_by_its_head_noun_alone() -> None:
    text = ("وقال رئيس الحزب المسيحي الديمقراطي الألماني إن الحكومة قوية. "
            "وقال بيتر تاوبر، الأمين العام للحزب، إن الانتخابات قريبة.")
    assert _person(text, "بيتر تاوبر") == ("DEU", "DEUPTY")


def test_a_deputy_of_a_party_named_right_after_his_name() -> None:
    assert _person("وقال رائد فهمي نائب السكرتير العام للحزب الشيوعي العراقي إن النظام فاشل.", "رائد فهمي") \
        == ("IRQ", "IRQPTY")


def test_a_party_of_no_country_gives_none() -> None:
    assert _person("وقال بيتر تاوبر، الأمين العام للحزب الحاكم، إن الانتخابات قريبة.", "بيتر تاوبر") == (None, None)


def test_the_head_noun_before_another_adjective_is_another_party() -> None:
    text = ("وقال رئيس الحزب الاشتراكي الفرنسي إن الحكومة قوية. "
            "وقال بيتر تاوبر، الأمين العام للحزب الحاكم، إن الانتخابات قريبة.")
    assert _person(text, "بيتر تاوبر")[0] is None


# «ووزير خارجيته»: the country of the one the pronoun refers to

def test_his_foreign_minister_is_of_the_presidents_country() -> None:
    d = analyze_news("واستقبل الرئيس الإيراني حسن روحاني ووزير خارجيته كمال منصور في طهران.")
    e = entity_named(d, "كمال منصور")
    assert (e.country, e.actor, e.roles) == ("IRN", "IRNGOV", ["وزير خارجيته"])


def test_his_chief_of_staff_is_of_the_army() -> None:
    assert _person("واستقبل الرئيس الإيراني حسن روحاني ورئيس أركانه كمال منصور في طهران.", "كمال منصور") \
        == ("IRN", "IRNMIL")


def test_a_title_with_no_pronoun_takes_no_country_from_the_man_before() -> None:
    d = analyze_news("واستقبل الرئيس الإيراني حسن روحاني والمهندس كمال منصور في طهران.")
    assert entity_named(d, "كمال منصور").attrs.get("country_from") != "possessor"


# one-word tagger names that are common words

def test_a_verb_spelt_with_waw_hamza_is_no_person() -> None:
    d = analyze_news("وأكد النائب أن «مما يؤسف له أن الفهم السائد خاطئ».")
    assert "يؤسف" not in names_of_type(d, "PERSON")


def test_an_indefinite_adjective_is_no_place() -> None:
    assert "بسيط" not in names_of_type(analyze_news("لسبب بسيط هو أن دوستم يتمتع بشعبية."), "LOCATION")


def test_an_imperfect_verb_is_no_place() -> None:
    d = analyze_news("الموعد النهائي لأي مدينة ترغب في استضافة الدورة.")
    assert "ترغب" not in names_of_type(d, "LOCATION")


def test_a_refugee_is_no_place() -> None:
    d = analyze_news("ووصل نحو 90 ألف مهاجر ولاجئ إلى اليونان.")
    assert names_of_type(d, "LOCATION") == ["اليونان"]


def test_given_names_that_are_words_stay_persons() -> None:
    assert names_of_type(analyze_news("وقال ماجد إن الوضع جيد."), "PERSON") == ["ماجد"]
    assert names_of_type(analyze_news("وقال يونس إن الوضع جيد."), "PERSON") == ["يونس"]


# a town inside a name; a town of two countries

def test_a_town_between_a_womans_given_name_and_her_family_name_is_her_name() -> None:
    d = analyze_news("وشارك في الندوة الدكتورة فاطمة الزهراء الأنصاري والدكتورة منال سبحي.")
    assert names_of_type(d, "PERSON") == ["فاطمة الزهراء الأنصاري", "منال سبحي"]
    assert names_of_type(d, "LOCATION") == []


def test_a_town_after_a_given_name_and_before_a_common_word_stays_a_town() -> None:
    d = analyze_news("وزار الدكتور محمد الزهراء الأسبوع الماضي.")
    assert names_of_type(d, "LOCATION") == ["الزهراء"]


def test_a_district_named_with_cairos_districts_is_egyptian() -> None:
    d = analyze_news("وأغلقت المساجد في حلوان والمطرية وعين شمس والمرج شرق القاهرة.")
    assert entity_of_mention(d, "المرج").country == "EGY"


def test_the_libyan_town_next_to_libya_stays_libyan() -> None:
    d = analyze_news("وقال المسلحون في مدينة المرج بليبيا إن الوضع هادئ.")
    assert entity_of_mention(d, "المرج").country == "LBY"


def test_a_short_city_name_after_its_place_noun_stays_a_place() -> None:
    d = analyze_news("وحذر رجل الدين من الفساد في مدينة قم الإيرانية.")
    assert "قم" in names_of_type(d, "LOCATION")


# a list of titled persons closed by «وعدد من المسؤولين في» a body of a country

def test_a_governor_in_a_list_closed_by_the_officials_of_a_government() -> None:
    d = analyze_news("وكان في استقباله وزير الخارجية ناصر جودة، ومحافظ العاصمة خالد أبو زيد، "
                     "وعدد من المسؤولين في الحكومة الأردنية.")
    assert (entity_named(d, "خالد أبو زيد").country, entity_named(d, "خالد أبو زيد").actor) == ("JOR", "JORGOV")


def test_a_relative_clause_breaks_the_list() -> None:
    d = analyze_news("والتقى الوزير كمال منصور، الذي وصل أمس، وعدد من المسؤولين في الحكومة الأردنية.")
    assert entity_named(d, "كمال منصور").country is None
