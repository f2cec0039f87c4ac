"""Round en375: an agency's article from abroad about its own country, Scotland's spellings, and the other fixes
of the round (each with a counter-case)."""

import rasd

from conftest import analyze_news, entity_named


def _spa(text: str):  # type: ignore[no-untyped-def]
    return rasd.analyze(text, date="2015-08-11", id="http://www.spa.gov.sa/details.php?id=9")


CAIRO_SAUDIS = ("القاهرة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\n"
                "كرمت الفيدرالية عددًا من الشخصيات من المملكة العربية السعودية. ومنحت الفيدرالية "
                "الدكتوراه الفخرية للطبيبة السعودية نورة أحمد رشاد. وكرمت الدكتورة منال سبحي من جامعة الطائف، "
                "والدكتور فهد القاشي من وزارة التعليم.")
CAIRO_EGYPT = ("القاهرة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\n"
               "أعلنت الحكومة المصرية أن مصر ستفتتح قناة السويس الجديدة. وقال مسؤول إن مصر تستعد للحفل، "
               "وأكدت وزارة التعليم أن المدارس في مصر ستغلق يوم الحفل. وحضر وفد من السعودية.")


def test_agency_from_abroad_about_its_own_country() -> None:
    e = entity_named(_spa(CAIRO_SAUDIS), "وزارة التعليم")
    assert (e.country, e.actor) == ("SAU", "SAUGOV")


def test_counter_agency_from_abroad_about_the_host() -> None:
    # the Saudi agency in Cairo on Egypt's affairs: the bare ministry is not Saudi Arabia's
    e = entity_named(_spa(CAIRO_EGYPT), "وزارة التعليم")
    assert e.country != "SAU"


def test_scotland_spellings() -> None:
    doc = analyze_news("وقصة الاستفتاء الأخير الذي جرى في أسكوتلندا لا تزال ماثلة للعيان.")
    assert entity_named(doc, "أسكوتلندا").country == "GBR"
    doc = analyze_news("وقال الوزير الأول الاسكتلندي أليكس سالموند إن الاستفتاء سيجرى.")
    assert entity_named(doc, "أليكس سالموند").country == "GBR"


def test_round_named_after_a_city_is_no_place() -> None:
    doc = analyze_news("والمواقف اليابانية من دورة الدوحة لمنظمة التجارة العالمية.")
    assert "الدوحة" not in [e.name for e in doc.entities if e.type == "LOCATION"]
    assert entity_named(doc, "دورة الدوحة").type == "MISC"  # a named round of talks (round en395), no body


def test_counter_round_held_in_a_city_is_the_place() -> None:
    # «الدورة في الدوحة», «جولة خليجية تشمل الرياض»: the place stays a place
    doc = analyze_news("وعقدت الدورة في الدوحة أمس. وبدأ الوزير جولة خليجية تشمل الرياض.")
    assert entity_named(doc, "الدوحة").type == "LOCATION"
    assert entity_named(doc, "الرياض").type == "LOCATION"


def test_university_takes_the_adjective_of_its_kind() -> None:
    doc = analyze_news("وقالت كلينتون أمام نحو 300 شخص في جامعة فلوريدا الدولية، بينهم منشقون كوبيون.")
    assert entity_named(doc, "جامعة فلوريدا الدولية").country == "USA"


def test_counter_university_before_a_time_word() -> None:
    # «العام» after the university is a time's word, no adjective of its name
    doc = analyze_news("وتخرج في جامعة الطائف العام الماضي.")
    assert entity_named(doc, "جامعة الطائف").actor == "SAUEDU"


def test_mayor_title_of_a_saudi_region() -> None:
    # «أمين منطقة الرياض»: the mayor of a region's capital, an office of the region's state
    doc = analyze_news("وقال أمين منطقة الرياض المهندس إبراهيم السلطان إن المشروع اكتمل.")
    e = next(x for x in doc.entities if x.type == "PERSON")
    assert (e.country, e.actor) == ("SAU", "SAUGOV")
    assert "أمين منطقة الرياض" in e.roles


def test_counter_amin_as_a_given_name() -> None:
    doc = analyze_news("وقال أمين محمد الأحمد إن العمل بدأ.")
    e = next(x for x in doc.entities if x.type == "PERSON")
    assert e.roles == [] and e.name.startswith("أمين")


def test_holy_capital_is_mecca() -> None:
    doc = analyze_news("لبث التوعية الجادة في الأوساط النسائية بالعاصمة المقدسة ومن ثم انطلاقة البرامج.")
    e = next(x for x in doc.entities if x.type == "LOCATION")
    assert (e.country, e.latin) == ("SAU", "Mecca")


def test_counter_other_capital_is_not_mecca() -> None:
    doc = analyze_news("وعقد الاجتماع في العاصمة الرياض أمس.")
    assert "Mecca" not in [x.latin for x in doc.entities]


YEMEN = ("قال مسؤول يمني إن الحوثيين في اليمن يحاصرون الصحافيين. وأضاف أن اليمن يشهد حملة اعتقالات. "
         "وفي جنوب اليمن قتل صحافي أمس. وكان مراسل قناة «يمان» مطاردا هو الآخر.")


def test_unlisted_channel_in_an_article_about_one_country() -> None:
    e = entity_named(analyze_news(YEMEN), "يمان")
    assert (e.country, e.actor) == ("YEM", "YEMMED")


def test_counter_unlisted_channel_in_an_article_of_no_one_country() -> None:
    # one sentence on Yemen, one on Iran: the channel stays the bare press
    doc = analyze_news("وقال مسؤول في اليمن إن الوضع صعب. وقال مسؤول في إيران إن الوضع صعب. "
                       "وكان مراسل قناة «يمان» مطاردا هو الآخر.")
    e = entity_named(doc, "يمان")
    assert (e.country, e.actor) == (None, "MED")


def test_command_of_a_listed_army_is_one_body() -> None:
    doc = analyze_news("وحضر أعضاء الحكومة، وكبار ضباط القيادة العليا للقوات المسلحة الملكية، والملحقون العسكريون.")
    e = entity_named(doc, "القيادة العليا للقوات المسلحة الملكية")
    assert (e.country, e.actor) == ("MAR", "MARMIL")


def test_counter_command_before_an_unlisted_army() -> None:
    # «للقوات المشتركة»: no listed army of one country after the command, so no Moroccan or other army's organ
    doc = analyze_news("وحضر كبار ضباط القيادة العليا للقوات المشتركة الحفل.")
    assert not any(e.actor and e.actor.endswith("MIL") for e in doc.entities)


def test_place_spelling_variants() -> None:
    doc = analyze_news("واعتقل سبعة مسؤولين في زيوريخ، ولقي مئات حتفهم في الهند والنيبال، "
                       "ووصل المدرب إلى البيرو ثم كراكاس.")
    got = {e.name: e.country for e in doc.entities if e.type == "LOCATION"}
    assert (got.get("زيوريخ"), got.get("النيبال"), got.get("البيرو"), got.get("كراكاس")) == ("CHE", "NPL", "PER", "VEN")


def test_counter_boys_are_no_benin() -> None:
    # «البنين» (boys) is no definite form of Benin
    doc = analyze_news("وافتتح الوزير مدارس البنين في جدة.")
    assert "BEN" not in [e.country for e in doc.entities]


WINNERS = ("وتم تتويج الفائزين، وهم: حسان مبروك العتيبي (السعودية)، وحيدر عبدالله زياد من (العراق) ـــ "
           "إبراهيم عبدالعزيز مصطفى من (الأردن).")


def test_country_in_brackets_after_a_name() -> None:
    doc = analyze_news(WINNERS)
    got = {e.name: e.country for e in doc.entities if e.type == "PERSON"}
    assert got == {"حسان مبروك العتيبي": "SAU", "حيدر عبدالله زياد": "IRQ", "إبراهيم عبدالعزيز مصطفى": "JOR"}


def test_counter_bracket_of_age_or_place_gives_no_country() -> None:
    doc = analyze_news("وقال طارق سالم (42 عامًا) إن المقاومة انسحبت. وقال محمد علي (القاهرة) إن الوفد وصل.")
    assert all(e.country is None for e in doc.entities if e.type == "PERSON")


def test_german_companies_are_no_places() -> None:
    doc = analyze_news("باستهداف عدة شركات ألمانية نشيطة في اليونان مثل سيمينز وإليانتس وهوشتيف.")
    got = {e.name: (e.type, e.actor) for e in doc.entities}
    assert got["إليانتس"] == got["هوشتيف"] == got["سيمينز"] == ("ORGANIZATION", "DEUBUS")


def test_counter_lidl_is_left_out_as_a_surname() -> None:
    # «ليدل» is also a surname (Liddell): not listed as the company
    doc = analyze_news("وقال البروفيسور جون ليدل إن الدراسة اكتملت.")
    assert "DEUBUS" not in [e.actor for e in doc.entities]


def test_american_networks_are_listed() -> None:
    doc = analyze_news("ونقل تلفزيون «إي بي سي» في صدر نشرته الإخبارية اتهام شرطي.")
    assert entity_named(doc, "إي بي سي").actor == "USAMED"


def test_counter_bbc_stays_british() -> None:
    # a longer listed name ending in «بي سي» is its own network
    doc = analyze_news("وقالت هيئة الإذاعة البريطانية بي بي سي إن التقرير صحيح.")
    assert "USAMED" not in [e.actor for e in doc.entities]
