"""Entities, round 79: a bare committee in a person's apposition takes the one country the apposition names; a
person takes the country of a body named by a town in the title's clause; items of comma and dash lists of
places are places (provinces read by their list, unknown words between two places); a town named by the plural
of a frequent word needs its country named; a participle of affiliation ends a name; a company's quoted name
that goes on with regions is one body; «شبه الجزيرة العربية» whole; a founder king takes the one monarchy his
sentence names; a name after «وأضاف» is the spokesman the sentence before left unnamed."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type


def test_a_bare_committee_takes_the_country_adjective_of_its_members_apposition() -> None:
    doc = analyze_news("وقال سالم ناصر العولقي، وزير النقل اليمني وعضو اللجنة العليا للطوارئ، إن القوافل وصلت.")
    assert entity_named(doc, "اللجنة العليا للطوارئ").country == "YEM"


def test_a_bare_committee_takes_the_country_of_a_later_clause_of_the_same_apposition() -> None:
    doc = analyze_news("وقال المهندس فهد العتيبي، رئيس اللجنة الاستشارية، والمتحدث الرسمي باسم الانتخابات في "
                       "السعودية، إن الإقبال جيد.")
    assert entity_named(doc, "اللجنة الاستشارية").country == "SAU"


def test_a_committee_outside_the_apposition_takes_no_country() -> None:
    doc = analyze_news("وقال فهد العتيبي، عضو اللجنة الاستشارية، إن الاجتماع عقد أمس في السعودية.")
    assert entity_named(doc, "اللجنة الاستشارية").country is None


def test_another_persons_clause_in_a_list_gives_no_country() -> None:
    doc = analyze_news("وحضر اللقاء فهد العتيبي، رئيس اللجنة الاستشارية، والمفتش العام للقوات المسلحة في قطر "
                       "اللواء خالد المري.")
    assert entity_named(doc, "اللجنة الاستشارية").country is None


def test_a_person_takes_the_country_of_a_university_named_by_a_town() -> None:
    doc = analyze_news("وقال الدكتور حسان كريم الجبوري، عميد كلية القانون في جامعة بغداد، إن التعديل ممكن.")
    assert entity_named(doc, "حسان كريم الجبوري").country == "IRQ"


def test_a_university_named_by_a_country_gives_the_person_no_country() -> None:
    doc = analyze_news("ويرى ريتشارد هولمز، الأستاذ في جامعة كولومبيا، أن الأسعار ستنخفض.")
    assert entity_named(doc, "ريتشارد هولمز").country is None


def test_provinces_in_a_comma_list_of_places_are_places() -> None:
    doc = analyze_news("وخرجت مظاهرات العراقيين في المحافظات (النجف، المثنى، واسط، ميسان) ضد الحكومة.")
    places = names_of_type(doc, "LOCATION")
    assert "المثنى" in places and "واسط" in places
    assert entity_named(doc, "واسط").country == "IRQ"


def test_a_two_word_province_in_a_list_of_places_is_no_person() -> None:
    doc = analyze_news("وتسيطر القوات العراقية على محافظات (صلاح الدين، الأنبار، ونينوى) منذ أشهر.")
    assert "صلاح الدين" in names_of_type(doc, "LOCATION")
    assert "صلاح الدين" not in names_of_type(doc, "PERSON")


def test_a_given_name_out_of_any_list_stays_a_person() -> None:
    doc = analyze_news("وقال الشيخ المثنى الحارثي إن العشائر مستعدة للقتال في العراق.")
    assert "المثنى" not in names_of_type(doc, "LOCATION")


def test_unknown_words_of_a_dash_list_of_places_are_places() -> None:
    doc = analyze_news("وقال القائد إن «المقاومة ربطت جبهات عدن - العند - كرفة - الضالع - حبيل، بخط واحد» في اليمن.")
    places = names_of_type(doc, "LOCATION")
    assert {"العند", "كرفة", "الضالع", "حبيل"} <= set(places)
    assert "حبيل" not in names_of_type(doc, "ORGANIZATION")


def test_a_comma_list_of_persons_gets_no_place() -> None:
    doc = analyze_news("واستقبل الوزير في بغداد كلا من سعدون، وحامد، وكريم.")
    assert "حامد" not in names_of_type(doc, "LOCATION")


def test_a_plural_common_noun_is_no_foreign_town() -> None:
    doc = analyze_news("وارتفعت درجات الحرارة في العراق إلى مديات غير مسبوقة هذا الصيف.")
    assert "مديات" not in names_of_type(doc, "LOCATION")


def test_the_town_stays_where_its_country_is_named() -> None:
    doc = analyze_news("واعتقلت الشرطة التركية شخصين في مديات جنوب شرقي البلاد.")
    assert "مديات" in names_of_type(doc, "LOCATION")


def test_a_participle_of_affiliation_ends_a_name() -> None:
    doc = analyze_news("وأطاحت المظاهرات بالرئيس الأسبق مرسي المنتمي لجماعة الإخوان المسلمين.")
    persons = names_of_type(doc, "PERSON")
    assert "مرسي" in persons and "مرسي المنتمي" not in persons


def test_a_companys_quoted_regional_name_is_one_body() -> None:
    doc = analyze_news("وقال المحلل في مجموعة «جيه إل إل الشرق الأوسط وشمال أفريقيا» إن الإيجارات ثابتة.")
    assert "جيه إل إل الشرق الأوسط وشمال أفريقيا" in names_of_type(doc, "ORGANIZATION")
    assert "شمال أفريقيا" not in names_of_type(doc, "LOCATION")


def test_a_company_quoted_alone_leaves_a_region_after_it() -> None:
    doc = analyze_news("وقالت شركة «جيه إل إل» إن الأسعار في الشرق الأوسط تراجعت.")
    assert "الشرق الأوسط" in names_of_type(doc, "LOCATION")


def test_the_arabian_peninsula_whole() -> None:
    doc = analyze_news("وقال الوزير إن هناك تهديدا لأمن شبه الجزيرة العربية كلها.")
    assert "شبه الجزيرة العربية" in names_of_type(doc, "LOCATION")


def test_a_founder_king_takes_the_one_monarchy_of_his_sentence() -> None:
    doc = analyze_news("وللعلاقة مع مصر رمزية خاصة في السعودية أرساها الملك المؤسس عبد العزيز، الذي زار القاهرة.")
    e = entity_named(doc, "عبد العزيز")
    assert (e.country, e.actor) == ("SAU", "SAUELI")


def test_a_founder_king_between_two_monarchies_takes_neither() -> None:
    doc = analyze_news("وزار الوفد الأردن والمغرب حيث أرسى الملك المؤسس عبد الله علاقات قديمة.")
    assert entity_named(doc, "عبد الله").country is None


def test_a_name_after_wa_adaf_is_the_unnamed_spokesman_before() -> None:
    doc = analyze_news("وقال المتحدث باسم المقاومة الجنوبية للصحيفة إن المعارك عنيفة قرب لحج في اليمن. "
                       "وأضاف سالم الحالمي أن القتلى بالعشرات.")
    e = entity_named(doc, "سالم الحالمي")
    assert (e.country, e.actor) == ("YEM", "YEMREB")


def test_a_name_after_wa_adaf_is_no_spokesman_named_before() -> None:
    doc = analyze_news("وقال المتحدث باسم المقاومة الجنوبية علي الأحمدي إن المعارك عنيفة في اليمن. "
                       "وأضاف سالم الحالمي أن القتلى بالعشرات.")
    assert entity_named(doc, "سالم الحالمي").country is None
