"""Round 87 of real news: more places a clause tells for its act. A statement made from a city («وانتقد الرئيس من
جاكرتا»); a country's land named by its adjective («داخل الأراضي السورية» is Syria where the article names Syria);
a bare compass phrase after the noun of a «في» phrase («في حملة لقوات الجيش شمال سيناء»); a place taken or attacked
with «على» right after the act and its doer («سيطرة القوات الحكومية على عدن»). Counter-cases keep each rule narrow:
a null is better than a wrong place. Hand-made sentences; the sample's articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_place


def test_a_statement_made_from_a_city_is_there() -> None:
    text = "وانتقد الرئيس التركي رجب طيب إردوغان من جاكرتا الدول الغربية التي تلوم بلاده."
    assert news_place(text, "وانتقد") == "جاكرتا"
    # a verb whose complement takes «من» («حذر من»): what is warned of, not where
    text = "وحذر الرئيس التركي رجب طيب إردوغان من دمشق أمس خلال مؤتمر صحافي."
    doc = analyze_news(text)
    assert all(e.location is None for e in doc.events)
    # people from a place, no named subject: where they come from
    text = "وناشد مواطنون من الحديدة السلطات بالتدخل."
    assert news_place(text, "وناشد") is None


def test_a_country_land_named_by_its_adjective_is_that_country() -> None:
    text = "وقالت سوريا إن الطائرات قصفت أمس مواقع داخل الأراضي السورية."
    assert news_place(text, "قصفت") == "سوريا"
    text = "ونفذ مسلحون هجمات على الأراضي التركية، وقالت تركيا إنها سترد."
    assert news_place(text, "هجمات") == "تركيا"
    # the country is not named in the article: no entity to give
    text = "وقصفت الطائرات مواقع داخل الأراضي السورية أمس."
    assert news_place(text, "وقصفت") is None
    # the land with no preposition is an object or a genitive, not where («لن تدخل الأراضي السورية»)
    text = "وقالت سوريا إن قوات أجنبية هاجمت الحدود ولن تدخل الأراضي السورية."
    assert news_place(text, "هاجمت") is None


def test_a_bare_compass_phrase_after_a_noun_of_a_fi_phrase() -> None:
    text = "وقتل خمسة من عناصر التنظيم في حملة لقوات الجيش شمال سيناء."
    assert news_place(text, "وقتل") == "شمال سيناء"
    text = "وتحولت المعركة إلى مواجهات مباشرة تتركز في الأحياء الواقعة جنوب شرقي الزبداني."
    assert news_place(text, "مواجهات") == "الزبداني"
    # an office of the place («محافظ شمال سيناء») is who was arrested, not where
    text = "واعتقلت الشرطة في حملة أمنية محافظ شمال سيناء السابق."
    assert news_place(text, "واعتقلت") is None


def test_a_place_taken_with_ala_is_where_it_was() -> None:
    text = "ومنذ سيطرة القوات الحكومية على عدن، بدأت المساعدات الإنسانية تصل إلى المدينة."
    assert news_place(text, "سيطرة") == "عدن"
    text = "وصد الجيش هجوم المتمردين على مأرب."
    assert news_place(text, "هجوم") == "مأرب"
    # a road taken on the way to a place: the place is no target, no location
    text = "ومنذ سيطرة القوات الحكومية على الطريق المؤدي إلى عدن، بدأت المساعدات تصل."
    assert news_place(text, "سيطرة") is None


def test_a_saying_keeps_its_place_when_the_act_is_another_sayings_matter() -> None:
    text = ("وفي محافظة مأرب، صعد المسلحون الحوثيون هجومهم على المحافظة، وأكدت مصادر قبلية أن القوات الحكومية تواصل "
            "تصديها، وقالت المصادر إن قتالا ضاريا شهدته المحافظة، ووصفت مصادر محلية هجوم الحوثيين على مأرب بأنه كان "
            "كبيرا.")
    assert news_place(text, "وأكدت") == "مأرب"
    assert news_place(text, "هجوم") == "مأرب"
    # the act right after the condemnation is its matter: the condemnation is not in Iraq
    text = "واستنكرت الخارجية القطرية القصف التركي في شمال العراق."
    assert news_place(text, "واستنكرت") is None
    assert news_place(text, "القصف") == "العراق"


def test_a_place_named_as_who_tells_does_not_stop_the_scene() -> None:
    first = "وتنفذ الطائرات التركية يوميا غارات مكثفة على مواقع للمتمردين في جبال شمال العراق."
    text = first + " وقتل ما لا يقل عن 260 مقاتلا كرديا في الغارات الأخيرة بحسب أنقرة."
    assert news_place(text, "وقتل") == "العراق"
    # a place of its own («في أنقرة») is not who tells: the sentence is not given the scene's place (round 110: the
    # killing is where the raids it was done in are told to be)
    text = first + " وقتل ما لا يقل عن 260 مقاتلا كرديا في الغارات الأخيرة في أنقرة."
    assert news_place(text, "وقتل") == "أنقرة"
