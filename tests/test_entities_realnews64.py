"""Entities, round 64: an exchange named by its city («بورصة طهران») is a business of that country; a king named by his given name alone («الملك فيصل») is no one whose surname is that name with the article («سعود الفيصل»); a bank's or a council's name ends on its adjective («مصرف الشارقة الإسلامي», «مجلس الأمن
الوطني» of a state, not the UN's); «النيابة العامة» alone is the judiciary of the state the article is about; a
ministry whose portfolio has «و» inside («وزارة الشؤون البلدية والقروية») and IGAD («الإيقاد») are bodies; an
airport named after a man with its city («مطار باريس شارل ديغول») is one place; River Plate is a club; «كوبا أميركا»
is a cup, neither Cuba nor America; a front with no country of its own in a sentence that names one country after
«في» is of that country; Mudrakah, Usfan and Mare' are towns."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type


def test_an_islamic_bank_keeps_its_adjective() -> None:
    doc = analyze_news("وأفاد تقرير لمصرف الشارقة الإسلامي بأن الإيجارات تراجعت هذا العام.")
    assert "مصرف الشارقة الإسلامي" in names_of_type(doc, "ORGANIZATION")


def test_a_national_bank_keeps_its_adjective() -> None:
    doc = analyze_news("وأعلن بنك قطر الوطني ارتفاع أرباحه في الربع الثاني.")
    assert "بنك قطر الوطني" in names_of_type(doc, "ORGANIZATION")


def test_a_bank_before_an_adjective_of_something_else_stays_short() -> None:
    doc = analyze_news("وقال بنك الخليج إن الأسواق الإسلامية تراجعت.")
    assert not any(n.endswith("الإسلامية") for n in names_of_type(doc, "ORGANIZATION"))


def test_a_national_security_council_is_not_the_uns() -> None:
    doc = analyze_news("وعين رئيسا لمجلس الأمن الوطني في بغداد بعد الانتخابات.")
    e = entity_named(doc, "مجلس الأمن الوطني")
    assert e.actor != "IGOUNO"


def test_the_security_council_alone_is_the_uns() -> None:
    doc = analyze_news("وأصدر مجلس الأمن بيانا يدين الهجوم.")
    assert entity_named(doc, "مجلس الأمن").actor == "IGOUNO"


def test_the_public_prosecution_is_of_the_articles_state() -> None:
    doc = analyze_news("وفتحت النيابة العامة في مدينة ديار بكر تحقيقا في الهجوم. وقالت الحكومة التركية إن تركيا "
                       "لن تتهاون. وزار رئيس وزراء تركيا المدينة. وأكدت أنقرة أن تركيا ستحاسب المسؤولين.")
    assert entity_named(doc, "النيابة العامة").actor == "TURJUD"


def test_the_prosecution_with_its_adjective_is_of_its_country() -> None:
    doc = analyze_news("وأعلن مكتب النيابة العامة البريطانية توجيه تهم إلى رجلين.")
    assert entity_named(doc, "النيابة العامة البريطانية").actor == "GBRJUD"


def test_a_ministry_with_waw_inside_its_portfolio() -> None:
    doc = analyze_news("وعقد مؤتمر صحافي في وزارة الشؤون البلدية والقروية أمس.")
    assert "وزارة الشؤون البلدية والقروية" in names_of_type(doc, "ORGANIZATION")


def test_igad_is_a_body() -> None:
    doc = analyze_news("وقال الوزير إن مقترحات «الإيقاد» للسلام غير مقبولة.")
    assert entity_named(doc, "الإيقاد").type == "ORGANIZATION"


def test_an_airport_named_after_a_man_with_its_city() -> None:
    doc = analyze_news("ووصل الوفد إلى مطار باريس شارل ديغول صباح أمس.")
    assert names_of_type(doc, "LOCATION") == ["مطار باريس شارل ديغول"]
    assert names_of_type(doc, "PERSON") == []


def test_a_city_and_a_president_after_it_are_no_airport() -> None:
    doc = analyze_news("وزار مطار باريس الرئيس فرانسوا هولاند أمس.")
    assert "فرانسوا هولاند" in names_of_type(doc, "PERSON")


def test_river_plate_is_a_club() -> None:
    doc = analyze_news("وفاز ريفير بليت على منافسه بهدفين نظيفين.")
    assert entity_named(doc, "ريفير بليت").type == "ORGANIZATION"


def test_copa_america_is_no_place() -> None:
    doc = analyze_news("وخسر المنتخب البرازيلي في بطولة كوبا أميركا.")
    assert names_of_type(doc, "LOCATION") == []


def test_cuba_and_america_are_places() -> None:
    doc = analyze_news("وزار الوفد كوبا وأميركا الشهر الماضي.")
    assert entity_named(doc, "كوبا").country == "CUB"


def test_a_front_in_tunisia_is_tunisian() -> None:
    doc = analyze_news("وانتقد قادة اليسار في تونس، مثل «الجبهة الشعبية» بزعامة حمة الهمامي، الحكومة.")
    assert entity_named(doc, "الجبهة الشعبية").country == "TUN"


def test_a_front_in_a_sentence_of_two_countries_has_none() -> None:
    doc = analyze_news("وانتقد قادة اليسار في تونس ومصر، مثل «الجبهة الشعبية»، الحكومتين.")
    assert entity_named(doc, "الجبهة الشعبية").country is None


def test_mudrakah_is_a_saudi_town() -> None:
    doc = analyze_news("ووقع الحادث في مركز مدركة شمال مكة المكرمة.")
    assert entity_named(doc, "مدركة").country == "SAU"


def test_mare_is_a_syrian_town() -> None:
    doc = analyze_news("وسيطر المقاتلون على بلدة مارع في ريف حلب الشمالي.")
    assert entity_named(doc, "مارع").country == "SYR"


def test_an_adjective_of_another_gender_is_not_the_partys() -> None:
    doc = analyze_news("وتعد البلدة خزانا بشريا لقاعدة حزب الله الشعبية في البقاع.")
    assert not any(n.endswith("الشعبية") for n in names_of_type(doc, "ORGANIZATION"))


def test_a_ministry_with_and_without_affairs_is_one() -> None:
    doc = analyze_news("وقالت وزارة البلدية والقروية إن الانتخابات ستجري. وقال مسؤول في وزارة الشؤون البلدية والقروية "
                       "إن الاستعدادات اكتملت.")
    assert names_of_type(doc, "ORGANIZATION") == ["وزارة الشؤون البلدية والقروية"]


def test_two_ministries_stay_two() -> None:
    doc = analyze_news("وقالت وزارة الشؤون الإسلامية إن المساجد مفتوحة. وقالت وزارة الشؤون البلدية والقروية إن "
                       "الطرق سالكة.")
    assert len(names_of_type(doc, "ORGANIZATION")) == 2


def test_a_king_by_his_given_name_is_no_princes_surname() -> None:
    doc = analyze_news("وقال الأمير سعود الفيصل إن المملكة مستعدة. وأسس أشقاؤه مدارس الملك فيصل بمدينة الرياض.")
    assert entity_named(doc, "سعود الفيصل").roles == ["الأمير"]
    assert entity_named(doc, "فيصل").roles == ["الملك"]


def test_a_king_named_again_by_his_given_name() -> None:
    doc = analyze_news("وصل الملك سلمان بن عبد العزيز إلى جدة. وقال الملك سلمان إن المملكة بخير.")
    assert names_of_type(doc, "PERSON") == ["سلمان بن عبد العزيز"]


def test_an_exchange_is_a_business_of_its_citys_country() -> None:
    doc = analyze_news("ولا يتجاوز الاستثمار الأجنبي في بورصة طهران واحدا في المائة من قيمتها.")
    e = entity_named(doc, "بورصة طهران")
    assert (e.country, e.actor) == ("IRN", "IRNBUS")


def test_an_exchange_word_before_no_place_names_no_body() -> None:
    doc = analyze_news("وتراجعت البورصة أمس بعد موجة بيع واسعة.")
    assert names_of_type(doc, "ORGANIZATION") == []
