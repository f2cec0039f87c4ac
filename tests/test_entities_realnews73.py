"""Entities, round 73: countries a local place or a state's body takes from the article (a province named by a
common word in its country's article, a place before «بـ»/«في» and a located town, a royal court of the one
monarchy its sentence names), places news names (رادفان, العند, سهل الغاب; «حماة»/«حماه» in context, not
«حماة الوطن»), «لواء» + an indefinite noun + a definite word is an armed group, and «الدبلوماسية» + a country
adjective is no body."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type


def test_a_province_named_by_a_common_word_takes_the_country_the_article_names() -> None:
    doc = analyze_news("وتتقدم القوات الحكومية نحو الضالع، بعد معارك عنيفة قرب عدن جنوب اليمن.")
    assert entity_named(doc, "الضالع").country == "YEM"


def test_the_province_word_as_an_adjective_is_no_place() -> None:
    doc = analyze_news("واتهم المتحدث الطرف الضالع في الهجوم على عدن بخرق الهدنة في اليمن.")
    assert "الضالع" not in names_of_type(doc, "LOCATION")


def test_a_palace_before_bi_and_its_city_takes_the_city_country() -> None:
    doc = analyze_news("وعقد المجلس جلسته الأسبوعية أمس في قصر الروضة بجدة برئاسة ولي العهد.")
    assert entity_named(doc, "قصر الروضة").country == "SAU"


def test_a_place_with_no_town_after_it_takes_no_country_from_a_bare_neighbour() -> None:
    doc = analyze_news("وتجمع المحتجون أمام قصر الروضة، ثم ساروا إلى جدة مساء.")
    assert all(e.country is None for e in doc.entities if e.name == "قصر الروضة")


def test_a_royal_court_beside_one_monarchy_officials_is_that_monarchy() -> None:
    doc = analyze_news("ورافق الأمير محمد بن سلمان بن عبد العزيز في الزيارة فهد الحربي المستشار في الديوان الملكي.")
    court = entity_named(doc, "الديوان الملكي")
    assert (court.country, court.actor) == ("SAU", "SAUGOV")


def test_a_royal_court_in_an_article_of_no_monarchy_takes_no_country() -> None:
    doc = analyze_news("وقال مصدر في الديوان الملكي إن الوفد سيصل إلى القاهرة، بينما أكد وزير مصري أن القاهرة "
                       "ترحب بالوفد. وأضاف أن القاهرة مستعدة. وشدد على أن القاهرة لن تتراجع.")
    assert entity_named(doc, "الديوان الملكي").country is None


def test_yemeni_places_radfan_and_al_anad_are_named() -> None:
    doc = analyze_news("وتتقدم القوات من محور العند نحو رادفان في محافظة لحج، بعد معارك في العند.")
    places = {e.name: e.country for e in doc.entities if e.type == "LOCATION"}
    assert places.get("العند") == "YEM"
    assert places.get("رادفان") == "YEM"


def test_the_air_base_keeps_its_name_with_the_town_read_in_context() -> None:
    doc = analyze_news("وسيطرت القوات على قاعدة العند الجوية في محافظة لحج اليمنية.")
    assert "قاعدة العند الجوية" in names_of_type(doc, "LOCATION")
    assert "العند" not in names_of_type(doc, "LOCATION")


def test_the_ghab_plain_and_hama_by_its_other_spelling() -> None:
    doc = analyze_news("وسيطرت الفصائل على قرية في سهل الغاب بريف حماه الغربي في سوريا.")
    places = {e.name: e.country for e in doc.entities if e.type == "LOCATION"}
    assert places.get("سهل الغاب") == "SYR"
    assert places.get("حماة") == "SYR"


def test_hama_as_protectors_before_the_noun_it_governs_is_no_place() -> None:
    doc = analyze_news("وقال المسؤول السوري إن الجنود هم حماة الوطن في سوريا.")
    assert "حماة" not in names_of_type(doc, "LOCATION")


def test_a_brigade_of_martyrs_of_a_place_is_an_armed_group() -> None:
    doc = analyze_news("وهاجمت الفصائل مواقع لواء شهداء اليرموك في ريف درعا أمس.")
    assert "لواء شهداء اليرموك" in names_of_type(doc, "ORGANIZATION")


def test_a_brigade_before_a_definite_word_after_a_proclitic_is_no_group() -> None:
    doc = analyze_news("وأرسلت الحكومة لواء للقوات البرية إلى الحدود أمس.")
    assert "لواء للقوات البرية" not in names_of_type(doc, "ORGANIZATION")


def test_a_general_before_his_name_is_no_brigade() -> None:
    doc = analyze_news("وقال المتحدث للواء أحمد العسيري إن العملية مستمرة.")
    assert not any(n.startswith("للواء") or n.startswith("لواء") for n in names_of_type(doc, "ORGANIZATION"))


def test_a_country_diplomacy_is_no_organisation() -> None:
    doc = analyze_news("وجعل الرئيس الوزير على رأس الدبلوماسية الإيرانية منذ عامين.")
    assert "الدبلوماسية الإيرانية" not in names_of_type(doc, "ORGANIZATION")


def test_a_definite_province_before_a_definite_word_stays_a_place() -> None:
    doc = analyze_news("وقتل قائد الحملة على الضالع المدعو صالح في اليمن أمس.")
    assert entity_named(doc, "الضالع").country == "YEM"


def test_a_short_town_after_wa_in_a_comma_list_of_places_is_a_place() -> None:
    doc = analyze_news("وتتجه القوات نحو الضالع، ورادفان، وتعز، وهي مدن رئيسية في اليمن.")
    assert "تعز" in names_of_type(doc, "LOCATION")


def test_a_short_town_word_after_a_comma_and_no_place_is_no_place() -> None:
    doc = analyze_news("وقال المسؤول إن العلاقات متينة، وتعز الصداقة بين البلدين في اليمن.")
    assert "تعز" not in names_of_type(doc, "LOCATION")
